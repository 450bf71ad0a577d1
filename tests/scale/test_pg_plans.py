"""PostgreSQL plans of the hot look-ups, once psycopg has prepared them (after five runs the
server may switch to a generic plan, blind to the values)."""

from __future__ import annotations

import time
from datetime import datetime, timezone

from sqlalchemy import create_engine, text

from monitor.store import repo
from monitor.store.db import open_store

NOW = datetime(2026, 1, 5, tzinfo=timezone.utc)
BATCH = 32


def index_scans(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT indexrelname, idx_scan FROM pg_stat_user_indexes "
                                           "WHERE relname = 'articles'"))
            return {name: scans for name, scans in rows}
    finally:
        engine.dispose()


def test_a_batch_of_urls_is_looked_up_through_the_unique_index(pg_url: str) -> None:
    sessions = open_store(pg_url)
    url = "https://news.test/world/2026/01/05/story-{}".format
    with sessions.begin() as session:
        source = repo.source_id(session, "Wire")
        repo.add_articles(session, [
            {"url": url(i), "source_id": source, "title": f"Story {i}", "current_version": 0,
             "first_seen_at": NOW, "last_checked_at": NOW, "last_changed_at": NOW}
            for i in range(3000)
        ])
    with sessions() as session:
        session.execute(text("ANALYZE articles"))
        session.commit()
    before = index_scans(pg_url)

    with sessions.begin() as session:
        for batch in range(12):  # past psycopg's prepare threshold (5)
            urls = {url(i) for i in range(batch * BATCH, (batch + 1) * BATCH)}
            assert set(repo.articles_by_url(session, urls, lock=True)) == urls
        session.execute(text("SELECT pg_stat_force_next_flush()"))
    sessions.kw["bind"].dispose()

    deadline = time.monotonic() + 5
    after = index_scans(pg_url)
    while after["articles_url_key"] == before["articles_url_key"] and time.monotonic() < deadline:
        time.sleep(0.1)
        after = index_scans(pg_url)
    assert after["articles_url_key"] > before["articles_url_key"]
    # the dashboard's trigram index would cost tens of ms per look-up, growing with the table
    assert after.get("ix_articles_url_trgm") == before.get("ix_articles_url_trgm")
