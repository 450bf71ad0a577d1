"""The few functions that read and write the store; callers own the transaction."""

from __future__ import annotations

import hashlib
import importlib
import re
import uuid
import zlib
from collections.abc import Callable, Collection, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, or_, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from monitor.store.models import (
    Alert,
    Article,
    Counter,
    Delivery,
    Feed,
    Reading,
    Source,
    StanceState,
    Version,
)

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"', "′": "'", "″": '"'})
_TYPOGRAPHIC_QUOTE = re.compile("[‘’‚‛“”„‟′″]")


def content_hash(title: str | None, text: str) -> str:
    """SHA-256 of title and text with whitespace and typographic quotes normalised."""
    raw = f"{title or ''}\n{text}"
    if _TYPOGRAPHIC_QUOTE.search(raw):  # translate's slow path is paid only by texts that need it
        raw = raw.translate(_QUOTES)
    return hashlib.sha256(" ".join(raw.split()).encode("utf-8")).hexdigest()


def source_id(session: Session, name: str) -> int:
    """The id of source `name`, created on first use (safe against a concurrent insert)."""
    found = session.scalar(select(Source.id).where(Source.name == name))
    if found is not None:
        return found
    try:
        with session.begin_nested():
            source = Source(name=name)
            session.add(source)
            session.flush()
            return source.id
    except IntegrityError:
        return session.scalars(select(Source.id).where(Source.name == name)).one()


def serialize(session: Session | Connection, name: str) -> None:
    """Hold the lock `name` until the caller's transaction ends; other transactions asking
    for it wait. A PostgreSQL advisory lock (several daemons); SQLite has one writer at a
    time anyway."""
    bind = session.get_bind() if isinstance(session, Session) else session
    if bind.dialect.name == "postgresql":
        key = zlib.crc32(f"shiftwatch:{name}".encode("utf-8"))
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def article_by_url(session: Session, url: str, *, lock: bool = False) -> Article | None:
    query = select(Article).where(Article.url == url)
    if lock:
        query = query.with_for_update()
    return session.scalar(query)


def articles_by_url(session: Session, urls: Collection[str], *, lock: bool = False) -> dict[str, Article]:
    """The stored articles among `urls` (one query; locked in id order with `lock`)."""
    if not urls:
        return {}
    # "url = a OR url = b …", not "url IN (…)": PostgreSQL's generic plan for a prepared IN
    # list picks the trigram index of the dashboard's search (tens of ms, growing with the
    # table) where each equality alone takes the unique index.
    query = select(Article).where(or_(*(Article.url == url for url in sorted(urls)))).order_by(Article.id)
    if lock:
        query = query.with_for_update()
    return {article.url: article for article in session.scalars(query)}


def upsert_insert(session: Session) -> Callable[..., Any]:
    """`insert` of the session's database (PostgreSQL or SQLite), which has ON CONFLICT.

    Taken from the dialect the engine already loaded: a store on SQLite never imports the
    PostgreSQL dialect (≈ 20 ms of every command's start)."""
    return _dialect_insert(session.get_bind().dialect.name)


def _dialect_insert(dialect: str) -> Callable[..., Any]:
    return importlib.import_module(f"sqlalchemy.dialects.{dialect}").insert  # type: ignore[no-any-return]


def add_article(session: Session, *, url: str, **values: Any) -> Article:
    """A new article at `url`, locked for this transaction.

    When another worker inserts the same URL at the same moment (one story in two feeds),
    this waits for it and returns that article instead of failing on the unique URL
    (`INSERT … ON CONFLICT DO NOTHING`, then `SELECT … FOR UPDATE`).
    """
    session.execute(upsert_insert(session)(Article).values(url=url, **values).on_conflict_do_nothing(index_elements=[Article.url]))
    return session.scalars(select(Article).where(Article.url == url).with_for_update()).one()


def add_articles(session: Session, rows: Sequence[dict[str, Any]]) -> dict[str, Article]:
    """`add_article` for many at once: one insert and one locking look-up for them all."""
    if not rows:
        return {}
    session.execute(upsert_insert(session)(Article).values(list(rows)).on_conflict_do_nothing(index_elements=[Article.url]))
    return articles_by_url(session, {row["url"] for row in rows}, lock=True)


class VersionKey(NamedTuple):
    """What deciding about a new text needs of a stored version: not its text."""

    id: int
    number: int
    content_hash: str
    fetched_at: datetime


def version_keys(session: Session, article_id: int) -> list[VersionKey]:
    """Every version of an article, without texts, in one query (by number)."""
    query = select(Version.id, Version.number, Version.content_hash, Version.fetched_at)
    rows = session.execute(query.where(Version.article_id == article_id).order_by(Version.number))
    return [VersionKey(*row) for row in rows]


def readings_of(session: Session, version_id: int) -> dict[str, Reading]:
    return {r.stance: r for r in session.scalars(select(Reading).where(Reading.version_id == version_id))}


def stance_states(session: Session, stances: Collection[str], sources: Collection[str]) -> dict[tuple[str, str, str], StanceState]:
    """The stored state rows of `stances`, global and of `sources`, locked in id order (one
    query), by (stance, scope, source)."""
    query = select(StanceState).where(StanceState.stance.in_(sorted(stances)),
                                      StanceState.source.in_(sorted({"", *sources})))
    return {(row.stance, row.scope, row.source): row for row in session.scalars(query.order_by(StanceState.id).with_for_update())}


def stance_state(session: Session, stance: str, scope: str, source: str, *, initial: str, now: datetime) -> StanceState:
    """The state row, locked for this transaction; created at the stance's initial state."""
    query = select(StanceState).where(StanceState.stance == stance, StanceState.scope == scope, StanceState.source == source)
    row = session.scalar(query.with_for_update())
    if row is not None:
        return row
    try:
        with session.begin_nested():
            row = StanceState(stance=stance, scope=scope, source=source, state=initial, since=None, updated_at=now)
            session.add(row)
            session.flush()
            return row
    except IntegrityError:
        return session.scalars(query.with_for_update()).one()


def next_seq(session: Session, stream: str) -> int:
    """The next number of a monotonic counter, gap-free because the row is locked until commit.

    A Core upsert on the session's connection: as an ORM statement it would also search the
    session's objects to keep them in step, which costs more than the statement in a batch
    holding thousands."""
    return session.connection().execute(_next_seq_statement(session.get_bind().dialect.name), {"stream": stream}).scalar_one()


@lru_cache(maxsize=None)
def _next_seq_statement(dialect: str) -> Any:
    counters = Counter.__table__
    statement = _dialect_insert(dialect)(counters).values(name=bindparam("stream"), value=1)
    statement = statement.on_conflict_do_update(index_elements=[counters.c.name], set_={"value": counters.c.value + 1})
    return statement.returning(counters.c.value)


def add_alert(
    session: Session,
    *,
    type: str,
    stance: str | None,
    payload: dict[str, Any],
    endpoints: Sequence[str],
    now: datetime,
) -> Alert:
    """Write an alert and one pending delivery per subscribed endpoint, in the caller's transaction."""
    stream = stance or "ops"
    alert_id = f"msg_{uuid.uuid4().hex}"
    seq = next_seq(session, stream)
    body = {"type": type, "id": alert_id, "sequence": seq, **payload}
    alert = Alert(id=alert_id, type=type, stance=stance, stream=stream, seq=seq, payload=body, created_at=now)
    session.add(alert)  # inserted with the next flush, before its deliveries (their foreign key)
    for endpoint in endpoints:
        session.add(Delivery(alert_id=alert_id, endpoint=endpoint, status="pending", attempts=0, next_attempt_at=now, created_at=now))
    return alert


def release_leases(sessions: sessionmaker[Session], model: type[Article] | type[Feed], owner: str) -> int:
    """Drop every lease `owner` holds on `model`'s rows (on shutdown): they are due again at once."""
    with sessions.begin() as session:
        result = session.execute(
            update(model).where(model.lease_owner == owner).values(lease_owner=None, lease_until=None),
            execution_options={"synchronize_session": False},
        )
        return int(getattr(result, "rowcount", 0) or 0)
