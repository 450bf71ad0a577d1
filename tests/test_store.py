"""The store on a real SQLite file and on PostgreSQL: migrations, hashing, counters."""

from datetime import datetime, timezone

from sqlalchemy import inspect, select

from monitor.store import repo
from monitor.store.db import create_store_engine, current_revision, open_store, upgrade
from monitor.store.models import Base, Counter, Delivery, Source

NOW = datetime(2025, 1, 1, tzinfo=timezone.utc)


def test_migrations_create_exactly_the_mapped_schema(store_url: str) -> None:
    engine = create_store_engine(store_url)
    upgrade(engine)
    assert current_revision(engine) is not None
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    assert tables == set(Base.metadata.tables)
    for name, table in Base.metadata.tables.items():
        assert {c["name"] for c in inspect(engine).get_columns(name)} == {c.name for c in table.columns}
    upgrade(engine)  # a second upgrade is a no-op


def test_sqlite_store_uses_wal(sqlite_url: str) -> None:
    engine = create_store_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_content_hash_ignores_whitespace_and_typographic_quotes() -> None:
    plain = repo.content_hash("Title", 'Seoul said "no" to the \'request\'.')
    assert repo.content_hash("Title", "Seoul  said “no”\nto the ‘request’.  ") == plain
    assert repo.content_hash("Title", 'Seoul said "yes" to the \'request\'.') != plain
    assert repo.content_hash("Other title", 'Seoul said "no" to the \'request\'.') != plain


def test_sources_are_created_once(store_url: str) -> None:
    sessions = open_store(store_url)
    with sessions.begin() as session:
        first = repo.source_id(session, "Harbor Wire")
        assert repo.source_id(session, "Harbor Wire") == first
    with sessions() as session:
        assert session.scalars(select(Source.name)).all() == ["Harbor Wire"]


def test_alert_sequence_is_per_stream_and_gap_free(store_url: str) -> None:
    sessions = open_store(store_url)
    with sessions.begin() as session:
        first = repo.add_alert(session, type="stance.shift", stance="a", payload={"stance": "a"}, endpoints=["ops", "news"], now=NOW)
        second = repo.add_alert(session, type="stance.shift", stance="a", payload={"stance": "a"}, endpoints=[], now=NOW)
        other = repo.add_alert(session, type="stance.shift", stance="b", payload={"stance": "b"}, endpoints=[], now=NOW)
    assert (first.seq, second.seq, other.seq) == (1, 2, 1)
    assert first.payload["sequence"] == 1 and first.payload["id"] == first.id
    with sessions() as session:
        assert sorted(session.scalars(select(Delivery.endpoint).where(Delivery.alert_id == first.id))) == ["news", "ops"]
        assert session.get(Counter, "a").value == 2
