"""Feeds at daemon level: store state, leases, HTTP edge cases (with `responses`), entries and articles."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
import requests
import responses
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.pipeline import Pipeline
from monitor.sources import feeds as feeds_module
from monitor.sources import poller
from monitor.sources.articles import RevisitSchedule
from monitor.sources.feeds import Backoff
from monitor.sources.fetch import Fetcher, FetchLimits, FetchPolicy
from monitor.sources.poller import FeedPoller, FeedSpec, PollSettings, claim_feeds, sync_feeds
from monitor.store.db import open_store
from monitor.store.models import Alert, Article, Feed, FeedEntry, Reading, Version
from tests.daemon.conftest import Clock, article_html, rfc822, rss

FEED = "https://news.test/feed.xml"
ARTICLE = ("South Korea has started delivering air-defence weapons to Ukraine, the defence ministry confirmed on Monday. "
           "The first shipment of the systems left the port of Busan last week, officials said.")
OTHER = "Seoul's stock market closed higher on Tuesday as chip makers gained, traders said."


def make_poller(sessions: sessionmaker[Session], fetcher: Fetcher, pipeline: Pipeline | None, clock: Clock,
                **settings: Any) -> FeedPoller:
    ingest = pipeline.ingest if pipeline is not None else _no_ingest
    defaults: dict[str, Any] = {"backoff": Backoff(jitter=0.0)}
    defaults.update(settings)
    return FeedPoller(sessions, fetcher, ingest, owner="test-worker", settings=PollSettings(**defaults),
                      schedule=RevisitSchedule(), clock=clock)


def _no_ingest(_document: Any) -> Any:
    raise AssertionError("no article should be ingested here")


def add_feed(sessions: sessionmaker[Session], clock: Clock, url: str = FEED, name: str = "news",
             interval: int = 1800) -> int:
    [state] = [s for s in sync_feeds(sessions, [FeedSpec(name, url, "News Test", interval)], clock()) if s.name == name]
    return state.id


def feed_row(sessions: sessionmaker[Session], feed_id: int) -> Feed:
    with sessions() as session:
        return session.get(Feed, feed_id)


def entries(sessions: sessionmaker[Session], feed_id: int) -> list[FeedEntry]:
    with sessions() as session:
        return list(session.scalars(select(FeedEntry).where(FeedEntry.feed_id == feed_id).order_by(FeedEntry.id)))


def ops_alerts(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(Alert.type).where(Alert.stream == "ops").order_by(Alert.seq)))


def page(mock: responses.RequestsMock, url: str, title: str, body: str, **kwargs: Any) -> None:
    mock.add(responses.GET, url, body=article_html(title, body, **kwargs), content_type="text/html; charset=utf-8")


# --------------------------------------------------------------------------- the happy path


def test_new_entries_become_stored_versions_with_readings_and_revisit_schedule(
        mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session], pipeline: Pipeline,
        clock: Clock) -> None:
    feed_id = add_feed(sessions, clock)
    published = rfc822(clock() - timedelta(hours=1))
    mock.add(responses.GET, FEED, content_type="application/rss+xml", headers={"ETag": '"v1"'},
             body=rss([{"title": "Seoul sends arms", "link": "https://news.test/a/1?utm_source=rss", "guid": "a-1",
                        "pubDate": published},
                       {"title": "Markets", "link": "https://news.test/a/2", "guid": "a-2", "pubDate": published}]))
    page(mock, "https://news.test/a/1", "Seoul sends arms", ARTICLE)
    page(mock, "https://news.test/a/2", "Markets", OTHER)

    run = make_poller(sessions, fetcher, pipeline, clock).run_feed(feed_id)

    assert (run.result, run.new_entries, run.articles, run.versions, run.article_errors) == ("ok", 2, 2, 2, 0)
    feed = feed_row(sessions, feed_id)
    assert feed.etag == '"v1"' and feed.error is None and feed.consecutive_errors == 0
    assert feed.last_poll_at == feed.last_success_at == clock()
    assert feed.next_poll_at == clock() + timedelta(seconds=1800)
    assert feed.lease_owner is None and feed.entries_seen == 2
    assert [e.status for e in entries(sessions, feed_id)] == ["done", "done"]
    with sessions() as session:
        article = session.scalar(select(Article).where(Article.url == "https://news.test/a/1"))  # utm_ dropped
        assert article is not None and article.title == "Seoul sends arms"
        assert article.next_check_at == article.last_changed_at + timedelta(hours=1) and article.check_step == 0
        version = session.scalar(select(Version).where(Version.article_id == article.id))
        assert version.published is not None and rfc822(version.published) == published  # the feed's date
        readings = {r.stance: r.state for r in session.scalars(select(Reading).where(Reading.version_id == version.id))}
        assert readings["kr-arms-ukraine"] == "supplies"
        assert session.scalar(select(Alert).where(Alert.type == "stance.shift")) is not None


def test_304_costs_one_request_and_no_parsing(mock: responses.RequestsMock, fetcher: Fetcher,
                                              sessions: sessionmaker[Session], clock: Clock,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    feed_id = add_feed(sessions, clock)
    mock.add(responses.GET, FEED, body=rss([]), content_type="application/rss+xml",
             headers={"ETag": '"e1"', "Last-Modified": "Tue, 10 Jun 2025 02:00:00 GMT"})
    p = make_poller(sessions, fetcher, None, clock)
    assert p.run_feed(feed_id).result == "ok"

    mock.replace(responses.GET, FEED, status=304, headers={"ETag": '"e1"'})
    monkeypatch.setattr(feeds_module, "parse_feed", lambda *a, **k: pytest.fail("a 304 must not be parsed"))
    clock.advance(1800)
    calls = len(mock.calls)
    run = p.run_feed(feed_id)
    assert run.result == "not_modified"
    assert len(mock.calls) == calls + 1
    request = mock.calls[-1].request
    assert request.headers["If-None-Match"] == '"e1"'
    assert request.headers["If-Modified-Since"] == "Tue, 10 Jun 2025 02:00:00 GMT"
    feed = feed_row(sessions, feed_id)
    assert feed.last_success_at == clock() and feed.etag == '"e1"'


def test_entries_are_deduplicated_across_polls_restarts_and_feeds(
        mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session], pipeline: Pipeline,
        clock: Clock) -> None:
    first = add_feed(sessions, clock)
    [*_, second_state] = sync_feeds(sessions, [FeedSpec("news", FEED, "News Test", 1800),
                                               FeedSpec("wire", "https://wire.test/rss", "Wire", 1800)], clock())
    second = second_state.id
    item = {"title": "Seoul sends arms", "link": "https://news.test/a/1?utm_medium=feed&fbclid=x", "guid": "a-1"}
    mock.add(responses.GET, FEED, body=rss([item]), content_type="application/rss+xml")
    mock.add(responses.GET, "https://wire.test/rss", content_type="application/rss+xml",
             body=rss([{"title": "Seoul sends arms", "link": "https://news.test/a/1"}]))
    page(mock, "https://news.test/a/1", "Seoul sends arms", ARTICLE)

    make_poller(sessions, fetcher, pipeline, clock).run_feed(first)
    clock.advance(1800)
    restarted = make_poller(sessions, fetcher, pipeline, clock)  # a new process: state is in the store
    assert restarted.run_feed(first).new_entries == 0
    run = restarted.run_feed(second)  # another feed links the same article
    assert (run.new_entries, run.articles) == (1, 0)
    article_requests = [c for c in mock.calls if c.request.url.startswith("https://news.test/a/1")]
    assert len(article_requests) == 1
    with sessions() as session:
        assert session.scalars(select(Article.url).where(Article.url.like("https://news.test/%"))).all() == [
            "https://news.test/a/1"]
    assert [e.status for e in entries(sessions, second)] == ["done"]


# --------------------------------------------------------------------------- HTTP edge cases


def test_301_updates_the_stored_url_and_a_config_change_resets_it(
        mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session], clock: Clock) -> None:
    feed_id = add_feed(sessions, clock)
    new = "https://news.test/new-feed.xml"
    mock.add(responses.GET, FEED, status=301, headers={"Location": new})
    mock.add(responses.GET, new, body=rss([]), content_type="application/rss+xml")
    p = make_poller(sessions, fetcher, None, clock)
    assert p.run_feed(feed_id).result == "ok"
    assert feed_row(sessions, feed_id).url == new

    clock.advance(1800)
    p.run_feed(feed_id)
    assert mock.calls[-1].request.url == new  # polled at the new URL directly
    sync_feeds(sessions, [FeedSpec("news", FEED, "News Test", 1800)], clock())  # config unchanged: keep the move
    assert feed_row(sessions, feed_id).url == new
    other = "https://other.test/rss"
    sync_feeds(sessions, [FeedSpec("news", other, "News Test", 1800)], clock())  # the operator edits the URL
    row = feed_row(sessions, feed_id)
    assert (row.url, row.configured_url, row.etag, row.next_poll_at) == (other, other, None, None)


def test_410_stops_polling(mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session],
                           clock: Clock) -> None:
    feed_id = add_feed(sessions, clock)
    mock.add(responses.GET, FEED, status=410)
    p = make_poller(sessions, fetcher, None, clock)
    run = p.run_feed(feed_id)
    assert run.result == "gone" and run.next_poll_at is None
    row = feed_row(sessions, feed_id)
    assert row.status == "gone" and row.next_poll_at is None and "410" in row.error
    assert ops_alerts(sessions) == ["feed.gone"]
    clock.advance(86400 * 30)
    assert claim_feeds(sessions, "anyone", clock(), 60) == []
    assert p.run_feed(feed_id).result == "inactive"
    assert len(mock.calls) == 1
    sync_feeds(sessions, [FeedSpec("news", FEED, "News Test", 1800)], clock())  # restart: still gone
    assert feed_row(sessions, feed_id).status == "gone"


def test_500_backs_off_exponentially_and_records_the_error(
        mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session], clock: Clock) -> None:
    feed_id = add_feed(sessions, clock, interval=600)
    mock.add(responses.GET, FEED, status=500)
    p = make_poller(sessions, fetcher, None, clock)
    delays = []
    for _ in range(3):
        run = p.run_feed(feed_id)
        assert run.result == "error"
        row = feed_row(sessions, feed_id)
        delays.append((row.next_poll_at - clock()).total_seconds())
        assert p.run_feed(feed_id).result == "not_due"  # backing off: no request
        clock.now = row.next_poll_at
    assert delays == [1200, 2400, 4800]
    row = feed_row(sessions, feed_id)
    assert row.consecutive_errors == 3 and "HTTP 500" in row.error and row.last_success_at is None
    assert len(mock.calls) == 3


def test_retry_after_is_honoured(mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session],
                                 clock: Clock) -> None:
    feed_id = add_feed(sessions, clock, interval=600)
    mock.add(responses.GET, FEED, status=503, headers={"Retry-After": "7200"})
    make_poller(sessions, fetcher, None, clock).run_feed(feed_id)
    assert feed_row(sessions, feed_id).next_poll_at == clock() + timedelta(seconds=7200)


def test_a_failing_feed_raises_feed_failing_once_then_feed_recovered(
        mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session], clock: Clock) -> None:
    feed_id = add_feed(sessions, clock, interval=60)
    mock.add(responses.GET, FEED, body=requests.exceptions.ConnectionError("connection refused"))
    p = make_poller(sessions, fetcher, None, clock, failing_after=2)
    for _ in range(3):
        p.run_feed(feed_id)
        clock.now = feed_row(sessions, feed_id).next_poll_at
    assert ops_alerts(sessions) == ["feed.failing"]
    mock.replace(responses.GET, FEED, body=rss([]), content_type="application/rss+xml")
    p.run_feed(feed_id)
    assert ops_alerts(sessions) == ["feed.failing", "feed.recovered"]
    with sessions() as session:
        failing = session.scalar(select(Alert).where(Alert.type == "feed.failing"))
        assert failing.stance is None and failing.payload["feed"] == {"name": "news", "url": FEED}
        assert failing.payload["consecutive_errors"] == 2 and "connection" in failing.payload["error"]
    assert feed_row(sessions, feed_id).failing_alerted is False


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        ({"body": requests.exceptions.ConnectTimeout("timed out")}, "no connection within"),
        ({"body": requests.exceptions.ReadTimeout("timed out")}, "no response within"),
        ({"body": b"<rss><channel><item><title>broken", "content_type": "application/rss+xml"}, "feed"),
        ({"body": b"\x00\x01garbage\xff", "content_type": "application/rss+xml"}, "feed"),
        ({"body": b"<!DOCTYPE html><html><body><p>Our homepage</p></body></html>", "content_type": "text/html"},
         "HTML page"),
        ({"body": b"<rss>" + b"x" * (300 * 1024) + b"</rss>", "content_type": "application/rss+xml"}, "exceeds the limit"),
    ],
    ids=["connect-timeout", "read-timeout", "malformed-xml", "garbage", "html-as-feed", "oversize"],
)
def test_feed_errors_are_recorded_and_backed_off(mock: responses.RequestsMock, fetcher: Fetcher,
                                                 sessions: sessionmaker[Session], clock: Clock,
                                                 response: dict[str, Any], expected: str) -> None:
    feed_id = add_feed(sessions, clock)
    mock.add(responses.GET, FEED, **response)
    run = make_poller(sessions, fetcher, None, clock).run_feed(feed_id)
    assert run.result == "error"
    row = feed_row(sessions, feed_id)
    assert expected in row.error and row.error.startswith("https://news.test/")
    assert row.consecutive_errors == 1 and row.next_poll_at > clock() + timedelta(seconds=1800)
    assert row.lease_owner is None


def test_a_bozo_feed_with_usable_entries_is_read(mock: responses.RequestsMock, fetcher: Fetcher,
                                                 sessions: sessionmaker[Session], clock: Clock) -> None:
    feed_id = add_feed(sessions, clock)
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Tom & Jerry</title>'
            b"<item><title>Still here</title><guid>b-1</guid></item>")
    mock.add(responses.GET, FEED, body=body, content_type="application/rss+xml")
    run = make_poller(sessions, fetcher, None, clock).run_feed(feed_id)
    assert (run.result, run.new_entries) == ("ok", 1)
    assert feed_row(sessions, feed_id).error is None


def test_redirect_loop_is_an_error(mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session],
                                   clock: Clock) -> None:
    feed_id = add_feed(sessions, clock)
    mock.add(responses.GET, FEED, status=302, headers={"Location": "https://news.test/b"})
    mock.add(responses.GET, "https://news.test/b", status=302, headers={"Location": FEED})
    make_poller(sessions, fetcher, None, clock).run_feed(feed_id)
    assert "redirect loop" in feed_row(sessions, feed_id).error


def test_links_to_loopback_or_metadata_addresses_are_refused(
        mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session], clock: Clock) -> None:
    feed_id = add_feed(sessions, clock)
    mock.add(responses.GET, FEED, content_type="application/rss+xml", body=rss([
        {"title": "local", "link": "http://127.0.0.1:8080/admin", "guid": "l"},
        {"title": "metadata", "link": "http://169.254.169.254/latest/meta-data/", "guid": "m"},
    ]))
    run = make_poller(sessions, fetcher, None, clock).run_feed(feed_id)
    assert (run.result, run.article_errors) == ("ok", 2)
    rows = {e.key: e for e in entries(sessions, feed_id)}
    assert rows["l"].status == rows["m"].status == "failed"
    assert "loopback" in rows["l"].error and "cloud metadata" in rows["m"].error
    assert [c.request.url for c in mock.calls] == [FEED]  # neither was requested

    blocked = add_feed(sessions, clock, url="http://169.254.169.254/feed", name="evil")
    make_poller(sessions, fetcher, None, clock).run_feed(blocked)
    assert "refused" in feed_row(sessions, blocked).error


def test_transient_article_errors_are_retried_after_a_304(
        mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session], pipeline: Pipeline,
        clock: Clock) -> None:
    feed_id = add_feed(sessions, clock)
    mock.add(responses.GET, FEED, content_type="application/rss+xml", headers={"ETag": '"x"'},
             body=rss([{"title": "Seoul sends arms", "link": "https://news.test/a/1", "guid": "a-1"}]))
    mock.add(responses.GET, "https://news.test/a/1", status=503)
    p = make_poller(sessions, fetcher, pipeline, clock, entry_attempts=3)
    assert p.run_feed(feed_id).article_errors == 1
    [entry] = entries(sessions, feed_id)
    assert (entry.status, entry.attempts) == ("pending", 1) and "HTTP 503" in entry.error

    mock.replace(responses.GET, FEED, status=304, headers={"ETag": '"x"'})
    mock.replace(responses.GET, "https://news.test/a/1", body=article_html("Seoul sends arms", ARTICLE),
                 content_type="text/html")
    clock.advance(1800)
    run = p.run_feed(feed_id)
    assert (run.result, run.versions) == ("not_modified", 1)
    [entry] = entries(sessions, feed_id)
    assert entry.status == "done"


def test_permanent_article_errors_give_up(mock: responses.RequestsMock, fetcher: Fetcher,
                                          sessions: sessionmaker[Session], clock: Clock) -> None:
    feed_id = add_feed(sessions, clock)
    mock.add(responses.GET, FEED, content_type="application/rss+xml", body=rss([
        {"title": "missing", "link": "https://news.test/gone", "guid": "g"},
        {"title": "pdf", "link": "https://news.test/file.pdf", "guid": "p"},
        {"title": "empty", "link": "https://news.test/empty", "guid": "e"},
    ]))
    mock.add(responses.GET, "https://news.test/gone", status=404)
    mock.add(responses.GET, "https://news.test/file.pdf", body=b"%PDF-1.4", content_type="application/pdf")
    mock.add(responses.GET, "https://news.test/empty", body=b"<html><body></body></html>", content_type="text/html")
    make_poller(sessions, fetcher, None, clock).run_feed(feed_id)
    rows = {e.key: e for e in entries(sessions, feed_id)}
    assert {k: r.status for k, r in rows.items()} == {"g": "failed", "p": "failed", "e": "failed"}
    assert "404" in rows["g"].error and "application/pdf" in rows["p"].error and "no article text" in rows["e"].error


def test_articles_per_poll_are_capped_newest_first(mock: responses.RequestsMock, fetcher: Fetcher,
                                                   sessions: sessionmaker[Session], pipeline: Pipeline,
                                                   clock: Clock) -> None:
    feed_id = add_feed(sessions, clock)
    items = [{"title": f"Story {i}", "link": f"https://news.test/s/{i}", "guid": f"s-{i}",
              "pubDate": rfc822(clock() - timedelta(minutes=i))} for i in range(5)]  # s-0 is the newest
    mock.add(responses.GET, FEED, body=rss(items), content_type="application/rss+xml")
    for i in range(5):
        page(mock, f"https://news.test/s/{i}", f"Story {i}", f"{OTHER} Story number {i}.")
    p = make_poller(sessions, fetcher, pipeline, clock, max_articles=2)
    assert p.run_feed(feed_id).articles == 2
    fetched = [c.request.url for c in mock.calls if "/s/" in c.request.url]
    assert fetched == ["https://news.test/s/0", "https://news.test/s/1"]
    assert sum(e.status == "pending" for e in entries(sessions, feed_id)) == 3


# --------------------------------------------------------------------------- sync and leases


def test_sync_adds_removes_and_restores_feeds(sessions: sessionmaker[Session], clock: Clock) -> None:
    a, b = FeedSpec("a", "https://a.test/rss", "A", 900), FeedSpec("b", "https://b.test/rss", "B", 900)
    assert [s.name for s in sync_feeds(sessions, [a, b], clock())] == ["a", "b"]
    assert [s.name for s in sync_feeds(sessions, [a], clock())] == ["a"]
    with sessions() as session:
        assert session.scalar(select(Feed.status).where(Feed.name == "b")) == "removed"
    assert [s.name for s in sync_feeds(sessions, [a, b], clock())] == ["a", "b"]


def test_claims_are_exclusive_and_expire(store_url: str, clock: Clock) -> None:
    sessions = open_store(store_url)
    sync_feeds(sessions, [FeedSpec(f"f{i}", f"https://f{i}.test/rss", "F", 900) for i in range(4)], clock())
    first = claim_feeds(sessions, "worker-a", clock(), lease_seconds=60, limit=3)
    assert len(first) == 3
    second = claim_feeds(sessions, "worker-b", clock(), lease_seconds=60)
    assert len(second) == 1 and second[0].id not in {c.id for c in first}
    assert claim_feeds(sessions, "worker-c", clock(), 60) == []
    clock.advance(61)  # worker-a (and -b) died: their leases expire
    taken = claim_feeds(sessions, "worker-c", clock(), 60)
    assert {c.id for c in taken} == {c.id for c in first + second}
    # a late result of worker-a is dropped, not recorded over worker-c's claim
    polled = poller.Polled(first[0], None, RuntimeError("late"), 0.1)
    [recorded] = poller.record_polls(sessions, [polled], PollSettings(), clock())
    assert recorded.result == "lost"
    with sessions() as session:
        assert session.get(Feed, first[0].id).consecutive_errors == 0


def test_concurrent_claims_never_overlap(store_url: str, clock: Clock) -> None:
    sessions = open_store(store_url)
    sync_feeds(sessions, [FeedSpec(f"f{i:03}", f"https://f{i}.test/rss", "F", 900) for i in range(60)], clock())
    results: dict[str, list[int]] = {}
    barrier = threading.Barrier(4)

    def claim(owner: str) -> None:
        barrier.wait()
        got: list[int] = []
        while batch := claim_feeds(sessions, owner, clock(), 60, limit=5):
            got += [c.id for c in batch]
        results[owner] = got

    threads = [threading.Thread(target=claim, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    claimed = [i for ids in results.values() for i in ids]
    assert len(claimed) == 60 and len(set(claimed)) == 60


def test_two_workers_never_poll_a_feed_twice(store_url: str, site: Any, clock: Clock) -> None:
    """Issue 7: several daemons on one store split the due feeds between them through leases."""
    sessions = open_store(store_url)
    specs = []
    for i in range(40):
        site.put(f"/w/{i}.xml", rss([]), "application/rss+xml")
        specs.append(FeedSpec(f"w{i:02}", site.url(f"/w/{i}.xml"), "W", 900))
    sync_feeds(sessions, specs, clock())
    policy = FetchPolicy(allow_hosts=("127.0.0.1",))
    results: dict[str, poller.CycleStats] = {}

    def work(owner: str) -> None:
        with Fetcher(FetchLimits(), policy) as fetcher:
            p = FeedPoller(sessions, fetcher, _no_ingest, owner=owner, clock=clock)
            results[owner] = p.run_cycle(concurrency=4, batch=5)

    threads = [threading.Thread(target=work, args=(f"worker-{i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert sum(r.feeds for r in results.values()) == 40
    assert all(site.count(f"/w/{i}.xml") == 1 for i in range(40))
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Feed).where(Feed.last_success_at.is_not(None))) == 40
        assert session.scalar(select(func.count()).select_from(Feed).where(Feed.lease_owner.is_not(None))) == 0


# --------------------------------------------------------------------------- bulk writes (poll --once at scale)


def test_sync_writes_only_what_the_config_changed(store_url: str, clock: Clock) -> None:
    sessions = open_store(store_url)
    a, b = FeedSpec("a", "https://a.test/rss", "A", 900), FeedSpec("b", "https://b.test/rss", "B", 900)
    sync_feeds(sessions, [a, b], clock())
    with sessions.begin() as session:  # b was polled: validators, an error streak, a 410
        feed = session.scalar(select(Feed).where(Feed.name == "b"))
        feed.etag, feed.last_modified, feed.error = '"x"', "Wed, 01 Jan 2025 00:00:00 GMT", "HTTP 410 Gone"
        feed.consecutive_errors, feed.status, feed.next_poll_at = 3, "gone", None
        a_row = session.scalar(select(Feed).where(Feed.name == "a"))
        a_row.etag, a_row.next_poll_at = '"keep"', clock() + timedelta(seconds=800)
    before = {f.name: (f.etag, f.next_poll_at, f.status) for f in _feeds(sessions)}

    # unchanged config: nothing written, gone stays gone and is not returned
    assert [s.name for s in sync_feeds(sessions, [a, b], clock())] == ["a"]
    assert {f.name: (f.etag, f.next_poll_at, f.status) for f in _feeds(sessions)} == before

    # a shorter interval pulls the next poll in; a new outlet moves the feed; a new URL resets b
    states = sync_feeds(sessions, [FeedSpec("a", a.url, "A2", 300), FeedSpec("b", "https://b2.test/rss", "B", 900)],
                        clock())
    assert [s.name for s in states] == ["a", "b"]
    rows = {f.name: f for f in _feeds(sessions)}
    assert rows["a"].interval_s == 300 and rows["a"].next_poll_at == clock() + timedelta(seconds=300)
    assert rows["a"].etag == '"keep"'
    with sessions() as session:
        assert session.scalar(select(poller.Source.name).where(poller.Source.id == rows["a"].source_id)) == "A2"
    b_row = rows["b"]
    assert (b_row.url, b_row.configured_url, b_row.status) == ("https://b2.test/rss", "https://b2.test/rss", "active")
    assert (b_row.etag, b_row.last_modified, b_row.error, b_row.consecutive_errors, b_row.next_poll_at) == (
        None, None, None, 0, None)


def _feeds(sessions: sessionmaker[Session]) -> list[Feed]:
    with sessions() as session:
        return list(session.scalars(select(Feed).order_by(Feed.name)))


def test_alike_and_single_changes_are_written(store_url: str, clock: Clock) -> None:
    """`_write`: rows with the same changes go in one UPDATE … IN, the rest one by one."""
    sessions = open_store(store_url)
    sync_feeds(sessions, [FeedSpec(f"f{i}", f"https://f{i}.test/rss", "F", 900) for i in range(5)], clock())
    columns = ("id", "etag", "error", "consecutive_errors", "next_poll_at")
    later = clock() + timedelta(hours=1)
    with sessions.begin() as session:
        rows = [poller._FeedRow(dict(zip(columns, r)), columns)
                for r in session.execute(select(*(getattr(Feed, c) for c in columns)).order_by(Feed.id))]
        for row in rows[:3]:  # alike
            row.etag, row.next_poll_at = '"same"', later
        rows[3].error, rows[3].consecutive_errors = "HTTP 500", 1
        rows[4].force(error=None)  # written though unchanged
        poller._write(session, rows)
    feeds = _feeds(sessions)
    assert [(f.etag, f.next_poll_at) for f in feeds[:3]] == [('"same"', later)] * 3
    assert (feeds[3].error, feeds[3].consecutive_errors, feeds[3].etag) == ("HTTP 500", 1, None)
    assert (feeds[4].error, feeds[4].next_poll_at) == (None, None)
