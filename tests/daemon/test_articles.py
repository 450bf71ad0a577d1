"""Articles: canonical URLs, extraction into documents, and the revisit schedule and run."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
import responses
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from monitor.pipeline import Pipeline
from monitor.sources.articles import (
    RevisitSchedule,
    Revisiter,
    article_url,
    claim_revisits,
    fetch_document,
    same_site,
    schedule_after_ingest,
)
from monitor.sources.fetch import Fetcher
from monitor.store.db import open_store
from monitor.store.models import Alert, Article, Sighting, Source, Version
from tests.daemon.conftest import Clock, article_html

T0 = datetime(2025, 6, 1, tzinfo=timezone.utc)
H = 3600.0
URL = "https://news.test/a/1"
V1 = ("South Korea has started delivering air-defence weapons to Ukraine, the defence ministry confirmed on Monday. "
      "The first shipment left the port of Busan last week, officials said.")
V2 = ("South Korea is reviewing whether to supply air-defence weapons to Ukraine, the defence ministry said on Monday, "
      "correcting an earlier report that deliveries had started.")


# --------------------------------------------------------------------------- schedule


def test_schedule_steps_count_from_the_last_change() -> None:
    s = RevisitSchedule(steps=(H, 3 * H, 12 * H), max_age=7 * 86400)
    assert s.next_check(last_changed=T0, first_seen=T0, now=T0, from_step=0) == (0, T0 + timedelta(hours=1))
    assert s.next_check(last_changed=T0, first_seen=T0, now=T0 + timedelta(hours=1), from_step=1) == (
        1, T0 + timedelta(hours=3))
    assert s.next_check(last_changed=T0, first_seen=T0, now=T0 + timedelta(hours=12), from_step=3) == (3, None)


def test_schedule_skips_steps_missed_while_down() -> None:
    s = RevisitSchedule(steps=(H, 3 * H, 12 * H, 24 * H))
    # checked 5 h after the change (daemon was down): the 3 h step is past, next is 12 h
    assert s.next_check(last_changed=T0, first_seen=T0, now=T0 + timedelta(hours=5), from_step=1) == (
        2, T0 + timedelta(hours=12))


def test_schedule_has_a_hard_stop() -> None:
    s = RevisitSchedule(steps=(H, 24 * H), max_age=2 * 86400)
    changed_late = T0 + timedelta(hours=40)  # keeps changing: the schedule restarts, but not past max_age
    assert s.next_check(last_changed=changed_late, first_seen=T0, now=changed_late, from_step=0) == (
        0, changed_late + timedelta(hours=1))
    assert s.next_check(last_changed=changed_late, first_seen=T0, now=changed_late + timedelta(hours=1), from_step=1) == (
        2, None)
    assert RevisitSchedule(enabled=False).next_check(last_changed=T0, first_seen=T0, now=T0, from_step=0)[1] is None


# --------------------------------------------------------------------------- URLs and documents


def test_article_url_prefers_a_same_site_canonical() -> None:
    assert article_url("https://www.news.test/a/1?utm_source=x", None) == "https://www.news.test/a/1"
    assert article_url("https://m.news.test/a/1", "https://www.news.test/story/1?ref=rss") == "https://www.news.test/story/1"
    assert article_url("https://news.test/a/1", "/story/1") == "https://news.test/story/1"
    assert article_url("https://news.test/a/1", "https://aggregator.test/copy/1") == "https://news.test/a/1"
    assert same_site("https://www.bbc.co.uk/x", "https://news.bbc.co.uk/y")
    assert not same_site("https://a.co.uk/x", "https://b.co.uk/y")


def test_fetch_document_extracts_title_text_date_and_canonical(mock: responses.RequestsMock, fetcher: Fetcher) -> None:
    mock.add(responses.GET, "https://news.test/r/1", status=301, headers={"Location": URL + "?utm_campaign=x"})
    mock.add(responses.GET, URL + "?utm_campaign=x", content_type="text/html; charset=utf-8",
             body=article_html("Seoul sends arms", V1 + "\n\nMore on this later.", canonical="https://news.test/story/seoul-arms",
                               date="2025-06-02T08:00:00+00:00"))
    doc = fetch_document(fetcher, "https://news.test/r/1", source="News Test", now=T0)
    assert doc.url == "https://news.test/story/seoul-arms"
    assert doc.title == "Seoul sends arms"
    assert doc.text.startswith("South Korea has started") and "Copyright" not in doc.text and "Home" not in doc.text
    assert doc.published == datetime(2025, 6, 2, tzinfo=timezone.utc)
    assert (doc.source, doc.fetched_at, doc.origin) == ("News Test", T0, "https://news.test/r/1")
    feed_date = datetime(2025, 6, 2, 7, 30, tzinfo=timezone.utc)
    assert fetch_document(fetcher, "https://news.test/r/1", source="S", now=T0, published=feed_date).published == feed_date


# --------------------------------------------------------------------------- revisits


def _seed_article(pipeline: Pipeline, clock: Clock, schedule: RevisitSchedule, fetcher: Fetcher,
                  mock: responses.RequestsMock) -> None:
    mock.add(responses.GET, URL, body=article_html("Seoul sends arms", V1), content_type="text/html")
    document = fetch_document(fetcher, URL, source="News Test", now=clock(), published=clock() - timedelta(hours=1))
    assert pipeline.ingest(document).changed
    schedule_after_ingest(pipeline.sessions, URL, schedule, clock())


def _article(sessions: sessionmaker[Session]) -> Article:
    with sessions() as session:
        return session.scalar(select(Article).where(Article.url == URL))


def test_revisit_catches_an_edit_flip_back_and_ends_on_404(
        mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session], pipeline: Pipeline) -> None:
    clock = Clock()
    pipeline.clock = clock
    schedule = RevisitSchedule(steps=(60.0, 180.0, 600.0), max_age=86400)
    _seed_article(pipeline, clock, schedule, fetcher, mock)
    revisiter = Revisiter(sessions, fetcher, pipeline.ingest, schedule, owner="w", lease_seconds=60, clock=clock)
    assert revisiter.run().claimed == 0  # not due yet
    assert _article(sessions).next_check_at == clock() + timedelta(seconds=60)

    clock.advance(60)
    assert revisiter.run().unchanged == 1  # same text: next step
    article = _article(sessions)
    assert (article.check_step, article.next_check_at) == (1, article.last_changed_at + timedelta(seconds=180))

    clock.advance(120)
    mock.replace(responses.GET, URL, body=article_html("Seoul sends arms", V2), content_type="text/html")
    assert revisiter.run().changed == 1  # the edit: version 2, schedule restarts
    article = _article(sessions)
    assert article.current_version == 2 and article.check_step == 0
    assert article.next_check_at == clock() + timedelta(seconds=60)
    with sessions() as session:
        alerts = session.scalars(select(Alert.type).where(Alert.stream != "ops")).all()
        assert "stance.revision" in alerts
        v2 = session.scalar(select(Version).where(Version.article_id == article.id, Version.number == 2))
        assert v2.published == clock() - timedelta(hours=1, minutes=3)  # kept from the first version (the feed's date)

    clock.advance(60)
    mock.replace(responses.GET, URL, body=article_html("Seoul sends arms", V1), content_type="text/html")
    alerts_before = len(alerts)
    assert revisiter.run().unchanged == 1  # a flip back: recorded, no new version, no alert
    with sessions() as session:
        assert session.scalar(select(Sighting).where(Sighting.flip_back.is_(True))) is not None
        assert len(session.scalars(select(Alert.type).where(Alert.stream != "ops")).all()) == alerts_before
    assert _article(sessions).current_version == 1

    clock.now = _article(sessions).next_check_at
    mock.replace(responses.GET, URL, status=404)
    stats = revisiter.run()
    assert (stats.errors, stats.stopped) == (1, 1)
    article = _article(sessions)
    assert article.next_check_at is None and article.lease_owner is None


def test_revisit_claims_most_overdue_first_and_skip_leased(store_url: str) -> None:
    sessions = open_store(store_url)
    now = T0
    with sessions.begin() as session:
        session.add(Source(name="S"))
        session.flush()
        source_id = session.scalar(select(Source.id))
        for i, overdue in enumerate([10, 300, 60]):
            session.add(Article(url=f"https://news.test/{i}", source_id=source_id, current_version=0, first_seen_at=now,
                                last_checked_at=now, last_changed_at=now,
                                next_check_at=now - timedelta(seconds=overdue)))
        session.add(Article(url="https://news.test/later", source_id=source_id, current_version=0, first_seen_at=now,
                            last_checked_at=now, last_changed_at=now, next_check_at=now + timedelta(hours=1)))
    claims = claim_revisits(sessions, "a", now, 60, limit=2)
    assert [c.url for c in claims] == ["https://news.test/1", "https://news.test/2"]
    assert [c.url for c in claim_revisits(sessions, "b", now, 60, limit=10)] == ["https://news.test/0"]
    assert claim_revisits(sessions, "c", now, 60, limit=10) == []
    assert len(claim_revisits(sessions, "c", now + timedelta(seconds=61), 60, limit=10)) == 3
    with sessions.begin() as session:
        session.execute(update(Article).values(lease_owner=None, lease_until=None))


@pytest.mark.parametrize("status", [500, 503])
def test_a_transient_revisit_error_moves_on_to_the_next_step(
        status: int, mock: responses.RequestsMock, fetcher: Fetcher, sessions: sessionmaker[Session],
        pipeline: Pipeline) -> None:
    clock = Clock()
    pipeline.clock = clock
    schedule = RevisitSchedule(steps=(60.0, 180.0))
    _seed_article(pipeline, clock, schedule, fetcher, mock)
    clock.advance(60)
    mock.replace(responses.GET, URL, status=status)
    stats = Revisiter(sessions, fetcher, pipeline.ingest, schedule, owner="w", lease_seconds=60, clock=clock).run()
    assert (stats.errors, stats.stopped) == (1, 0)
    assert _article(sessions).check_step == 1
