"""`run_cycle` with the feeds shared out between forked processes (what `poll --once` does
on several cores): the store ends up as if one process had polled them all."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.sources import poller
from monitor.sources.feeds import ParserPool
from monitor.sources.fetch import Fetcher, FetchLimits, FetchPolicy
from monitor.sources.poller import FeedPoller, FeedSpec, PollSettings, sync_feeds
from monitor.store.models import Feed, FeedEntry
from tests.daemon.conftest import Clock, Site, _handler, _Server, rss

FEEDS = 20
MISSING = 4  # feeds answering 404


@pytest.fixture
def forked_site() -> Iterator[Site]:
    """The test site served by a forked process, so this one keeps a single thread."""
    if not ParserPool.usable():  # another test left a thread running: never fork then
        pytest.skip("this process has other threads: a fork could copy a held lock")
    site = Site()
    for i in range(FEEDS):
        items = [{"title": f"Story {i}-{n}", "link": f"https://news.test/{i}/{n}", "guid": f"g-{i}-{n}"}
                 for n in range(3)]
        site.put(f"/feed/{i}.xml", rss(items), "application/rss+xml", headers={"ETag": f'"v{i}"'})
    server = _Server(("127.0.0.1", 0), _handler(site))
    site.server = server
    process = multiprocessing.get_context("fork").Process(target=server.serve_forever, daemon=True)
    process.start()
    try:
        yield site
    finally:
        process.kill()
        process.join()
        server.server_close()


def test_split_cycle_polls_and_records_every_feed_once(
        forked_site: Site, sessions: sessionmaker[Session], clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    if ParserPool.cores() < 2:
        pytest.skip("one core: nothing to share out")
    splits: list[list[int]] = []

    class Spy(poller.ForkedPolls):  # type: ignore[type-arg]
        def __init__(self, shares: Any, *args: Any) -> None:
            splits.append([len(share) for share in shares])
            super().__init__(shares, *args)

    monkeypatch.setattr(poller, "ForkedPolls", Spy)
    missing = [FeedSpec(f"missing-{i}", forked_site.url(f"/gone/{i}.xml"), "News", 1800) for i in range(MISSING)]
    sync_feeds(sessions, [FeedSpec(f"feed-{i}", forked_site.url(f"/feed/{i}.xml"), "News", 1800)
                          for i in range(FEEDS)] + missing, clock())
    with Fetcher(FetchLimits(connect_timeout=2, read_timeout=2), FetchPolicy(allow_hosts=("127.0.0.1",)),
                 transport="direct") as fetcher:
        feed_poller = FeedPoller(sessions, fetcher, lambda _doc: None, owner="w", clock=clock,
                                 settings=PollSettings(max_articles=0))
        first = feed_poller.run_cycle(concurrency=4, split=True)
        clock.advance(3600)
        second = feed_poller.run_cycle(concurrency=4, split=True)

    assert len(splits) == 2 and all(0 < sum(share) < FEEDS + MISSING for share in splits)
    assert (first.feeds, first.ok, first.new_entries, first.errors) == (FEEDS + MISSING, FEEDS, 3 * FEEDS, MISSING)
    assert (second.feeds, second.not_modified, second.new_entries, second.errors) == (FEEDS + MISSING, FEEDS, 0, MISSING)
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(FeedEntry)) == 3 * FEEDS
        feeds = {f.name: f for f in session.scalars(select(Feed))}
    polled = [feeds[f"feed-{i}"] for i in range(FEEDS)]
    assert {f.etag for f in polled} == {f'"v{i}"' for i in range(FEEDS)}
    assert all(f.lease_owner is None and f.entries_seen == 3 and f.error is None for f in polled)
    assert all("HTTP 404" in (feeds[f"missing-{i}"].error or "") for i in range(MISSING))
