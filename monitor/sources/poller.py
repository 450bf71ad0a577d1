"""Feeds in the store: sync from the config, claim, poll, record, dedupe entries, back off, alert.

One poll of one feed is four short steps, and no database transaction is open while HTTP
runs:

1. **claim** (`claim_feeds`): in one transaction, lease due feeds to this worker until
   `now + lease` (`SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL; the conditional
   `UPDATE` that sets the lease re-checks due-ness and the lease on every store, so two
   workers never hold one feed). A dead worker's lease simply expires.
2. **poll** (`poll_claim`): conditional GET through the guarded fetcher and parse
   (`monitor.sources.feeds.poll`). A 304 costs one request and no parsing.
3. **record** (`record_polls`): validators, a 301's new URL, 410 → `gone` (never polled
   again), errors → per-feed exponential backoff with the error kept for
   `shiftwatch status`, new entries inserted as `pending` (deduplicated by guid/link per
   feed, across polls and restarts), and the `feed.failing` / `feed.recovered` /
   `feed.gone` operational alerts, written to the same outbox as stance alerts. Only
   while the lease is still ours; a worker that lost it drops its result.
4. **articles**: each pending entry's page is fetched and extracted
   (`monitor.sources.articles`) and handed to the pipeline; the entry is then marked
   `done`, or kept `pending` after a transient error (tried again on later polls, even
   after a 304) until `entry_attempts` is reached (`failed`). An entry whose link is
   already a stored article (one article linked from several feeds) is not fetched
   again. Then the lease is released.

`FeedPoller.run_feed` does this for one feed (the daemon's per-feed job);
`FeedPoller.run_cycle` does it for every due feed at once with a thread pool, writing
poll results in batches (`shiftwatch poll --once`): a batch of feeds costs a few
statements (feeds with the same changes, e.g. a run of 304s, share one UPDATE; new
entries go in one INSERT), and many feeds are shared out between forked processes that
poll and parse on every core (`ForkedPolls`; where that cannot be, worker processes
parse for the threads, `ParserPool`).
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import Subscribers, no_subscribers, utcnow
from monitor.document import Document
from monitor.errors import FetchError, InputError
from monitor.metrics import NullMetrics
from monitor.sources import articles as arts
from monitor.sources.feeds import Backoff, ParserPool, PollResult, poll
from monitor.sources.fetch import Fetcher
from monitor.sources.forked import ForkedPolls
from monitor.store import repo
from monitor.store.models import Feed, Source
from monitor.store.models import FeedEntry as EntryRow

log = logging.getLogger(__name__)

ACTIVE, GONE, REMOVED = "active", "gone", "removed"
PENDING, DONE, FAILED = "pending", "done", "failed"
FEED_FAILING, FEED_RECOVERED, FEED_GONE = "feed.failing", "feed.recovered", "feed.gone"
MAX_KEY = 1000  # longer guids are stored as their SHA-256 (feed_entries.key is VARCHAR(2000))
PARSE_POOL_FROM = 50  # feeds without validators in a cycle from which run_cycle parses in worker processes
SPLIT_FROM = 200  # feeds in a cycle from which run_cycle shares them out between processes, one per core
RECORDER_SHARE = 0.8  # of a forked process's share of the feeds, polled by the one that also records them all


# --------------------------------------------------------------------------- settings


@dataclass(frozen=True)
class FeedSpec:
    """One `[[feeds]]` entry of the config."""

    name: str
    url: str
    source: str  # the outlet name articles are attributed to
    interval: int  # seconds between polls


@dataclass(frozen=True)
class PollSettings:
    lease: float = 300.0  # seconds a claim on a feed lasts (renewed while its articles are fetched)
    failing_after: int = 5  # consecutive errors before `feed.failing`
    backoff: Backoff = field(default_factory=Backoff)
    max_articles: int = 30  # article fetches per feed per poll; the rest wait for the next poll
    entry_attempts: int = 3  # tries of an article before its entry is given up
    entry_retention: float = 90 * 86400.0  # finished entries older than this are forgotten


# --------------------------------------------------------------------------- sync


@dataclass(frozen=True)
class FeedState:
    id: int
    name: str
    interval: int
    next_poll_at: datetime | None


_SYNC_COLUMNS = ("id", "name", "url", "configured_url", "source_id", "interval_s", "status", "consecutive_errors",
                 "next_poll_at")


def sync_feeds(sessions: sessionmaker[Session], specs: Sequence[FeedSpec], now: datetime) -> list[FeedState]:
    """Make the `feeds` table match the config; return the active feeds.

    A new name is added, due now. A changed URL in the config resets the feed (new URL,
    no validators, errors cleared, active again even if it was gone); a URL that differs
    only because a 301 moved it is kept. Feeds no longer configured become `removed`.
    Daemons starting together on PostgreSQL sync one after another, so none of them adds a
    feed another has just added.

    One read of the feeds, then one INSERT for the new ones and one UPDATE per set of
    changed columns (usually none): a thousand feeds cost a handful of statements.
    """
    table = Feed.__table__
    with sessions.begin() as session:
        repo.serialize(session, "sync_feeds")
        query = select(*(table.c[c] for c in _SYNC_COLUMNS)).order_by(table.c.id).with_for_update()
        rows = {row.name: dict(row._mapping) for row in session.execute(query)}
        sources: dict[str, int] = {name: id_ for name, id_ in session.execute(select(Source.name, Source.id))}
        missing = [name for name in dict.fromkeys(spec.source for spec in specs) if name not in sources]
        if missing:
            sources.update(_add_sources(session, missing))
        added: list[dict[str, Any]] = []
        changed: list[_FeedRow] = []
        for spec in specs:
            source_id = sources[spec.source]
            loaded = rows.get(spec.name)
            if loaded is None:
                added.append({"name": spec.name, "url": spec.url, "configured_url": spec.url, "source_id": source_id,
                              "interval_s": spec.interval, "status": ACTIVE, "consecutive_errors": 0,
                              "failing_alerted": False, "entries_seen": 0, "next_poll_at": None})
                rows[spec.name] = {**added[-1], "id": None}
                log.info("feed %s added: %s every %d s", spec.name, spec.url, spec.interval)
                continue
            if (loaded["configured_url"] == spec.url and loaded["status"] == ACTIVE
                    and loaded["interval_s"] == spec.interval and loaded["source_id"] == source_id):
                continue  # as configured: nothing to write
            feed = _FeedRow(loaded, _SYNC_COLUMNS)
            if feed.configured_url != spec.url:
                if feed.configured_url is not None:
                    log.info("feed %s: URL changed in the config to %s; polling it afresh", spec.name, spec.url)
                feed.url = feed.configured_url = spec.url
                # reset columns this sync does not read: written whatever they hold
                feed.force(etag=None, last_modified=None, error=None)
                feed.consecutive_errors = 0
                feed.status = ACTIVE
                feed.next_poll_at = None
            if feed.status == REMOVED:
                feed.status = ACTIVE
            if feed.interval_s != spec.interval:
                feed.interval_s = spec.interval
                if feed.next_poll_at is not None and feed.consecutive_errors == 0:
                    feed.next_poll_at = min(feed.next_poll_at, now + timedelta(seconds=spec.interval))
            if feed.source_id != source_id:
                feed.source_id = source_id
            changed.append(feed)
            loaded.update(status=feed.status)
        configured = {spec.name for spec in specs}
        for name, loaded in rows.items():
            if name not in configured and loaded["status"] == ACTIVE:
                feed = _FeedRow(loaded, _SYNC_COLUMNS)
                feed.status = REMOVED
                changed.append(feed)
                loaded.update(status=REMOVED)
                log.info("feed %s is no longer in the config: not polled", name)
        if added:
            session.connection().execute(insert(table), added)
        _write(session, changed)
        active = session.execute(select(table.c.id, table.c.name, table.c.interval_s, table.c.next_poll_at)
                                 .where(table.c.status == ACTIVE)).all()
        return sorted((FeedState(*row) for row in active), key=lambda f: f.name)  # Python's order, not a collation's


def _add_sources(session: Session, names: Sequence[str]) -> dict[str, int]:
    """Create sources in one INSERT (a thousand new feeds must not cost a thousand round trips)."""
    try:
        with session.begin_nested():
            inserted = session.execute(insert(Source).returning(Source.name, Source.id), [{"name": n} for n in names])
            return dict(inserted.all())
    except IntegrityError:  # another worker added one of them meanwhile: one by one, as repo does
        return {name: repo.source_id(session, name) for name in names}


def feed_state(sessions: sessionmaker[Session], feed_id: int) -> tuple[str | None, datetime | None]:
    """(status, next_poll_at) of a feed, (None, None) when it does not exist."""
    with sessions() as session:
        row = session.execute(select(Feed.status, Feed.next_poll_at).where(Feed.id == feed_id)).first()
    return (row[0], row[1]) if row else (None, None)


# --------------------------------------------------------------------------- claim


@dataclass(frozen=True)
class FeedClaim:
    """A feed leased to `owner`, with everything needed to poll it."""

    id: int
    name: str
    url: str
    source: str
    interval: int
    etag: str | None
    last_modified: str | None
    due: datetime | None
    owner: str
    claimed_at: datetime


def _free(now: datetime) -> Any:
    return or_(Feed.lease_until.is_(None), Feed.lease_until <= now)


def _due(now: datetime) -> Any:
    return or_(Feed.next_poll_at.is_(None), Feed.next_poll_at <= now)


def claim_feeds(
    sessions: sessionmaker[Session],
    owner: str,
    now: datetime,
    lease_seconds: float,
    *,
    ids: Iterable[int] | None = None,
    limit: int | None = None,
    slack: float = 1.0,
) -> list[FeedClaim]:
    """Lease active feeds due by `now + slack` whose lease is free; most overdue first."""
    due_by = now + timedelta(seconds=slack)
    with sessions.begin() as session:
        query = select(Feed.id).where(Feed.status == ACTIVE, _due(due_by), _free(now))
        if ids is not None:
            query = query.where(Feed.id.in_(list(ids)))
        query = query.order_by(Feed.next_poll_at.asc().nulls_first(), Feed.id)
        if limit is not None:
            query = query.limit(limit)
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        chosen = list(session.scalars(query))
        if not chosen:
            return []
        until = now + timedelta(seconds=lease_seconds)
        rows = session.execute(
            update(Feed).where(Feed.id.in_(chosen), Feed.status == ACTIVE, _due(due_by), _free(now))
            .values(lease_owner=owner, lease_until=until)
            .returning(Feed.id, Feed.name, Feed.url, Feed.source_id, Feed.interval_s, Feed.etag,
                       Feed.last_modified, Feed.next_poll_at),
            execution_options={"synchronize_session": False},
        ).all()
        names = dict(session.execute(select(Source.id, Source.name).where(Source.id.in_({r[3] for r in rows}))).all())
    claims = [FeedClaim(id=r[0], name=r[1], url=r[2], source=names[r[3]], interval=r[4], etag=r[5],
                        last_modified=r[6], due=r[7], owner=owner, claimed_at=now) for r in rows]
    claims.sort(key=lambda c: (c.due is not None, c.due or now, c.id))
    return claims


def renew_leases(sessions: sessionmaker[Session], owner: str, now: datetime, lease_seconds: float) -> int:
    """Extend every feed lease `owner` holds (a long `run_cycle` keeps its claims)."""
    with sessions.begin() as session:
        result = session.execute(
            update(Feed).where(Feed.lease_owner == owner).values(lease_until=now + timedelta(seconds=lease_seconds)),
            execution_options={"synchronize_session": False},
        )
        return int(result.rowcount or 0)


def release_feeds(sessions: sessionmaker[Session], owner: str) -> int:
    """Drop every feed lease `owner` holds (on shutdown): those feeds can be polled at once."""
    return repo.release_leases(sessions, Feed, owner)


# --------------------------------------------------------------------------- poll


@dataclass(frozen=True)
class Polled:
    claim: FeedClaim
    result: PollResult | None
    error: BaseException | None
    elapsed: float


def poll_claim(fetcher: Fetcher, claim: FeedClaim, parser: ParserPool | None = None) -> Polled:
    """Poll one claimed feed; never raises (the error is part of the result)."""
    started = time.monotonic()
    try:
        result = poll(fetcher, claim.url, etag=claim.etag, last_modified=claim.last_modified, parser=parser)
        return Polled(claim, result, None, time.monotonic() - started)
    except FetchError as exc:
        return Polled(claim, None, exc, time.monotonic() - started)
    except Exception as exc:  # a parser bug on one feed must not stop the others
        log.exception("feed %s: unexpected error while polling %s", claim.name, claim.url)
        return Polled(claim, None, exc, time.monotonic() - started)


# --------------------------------------------------------------------------- record


@dataclass(frozen=True)
class PendingEntry:
    id: int
    feed_id: int
    url: str | None
    title: str | None
    published: datetime | None
    attempts: int


@dataclass
class Recorded:
    feed_id: int
    name: str
    result: str  # ok | not_modified | error | gone | lost
    new_entries: int = 0
    error: str | None = None
    next_poll_at: datetime | None = None
    pending: list[PendingEntry] = field(default_factory=list)
    released: bool = True


def _error_text(error: BaseException) -> str:
    return str(error) if isinstance(error, FetchError) else f"{type(error).__name__}: {error}"


def _key(key: str) -> str:
    return key if len(key) <= MAX_KEY else "sha256:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def record_polls(
    sessions: sessionmaker[Session],
    polled: Sequence[Polled],
    settings: PollSettings,
    now: datetime,
    *,
    subscribers: Subscribers = no_subscribers,
    metrics: NullMetrics | None = None,
) -> list[Recorded]:
    """Record a batch of polls in one transaction; see the module docstring.

    A feed left with pending entries stays leased (its articles are fetched next, then
    `finish_entries` releases it); every other feed is released here.
    """
    metrics = metrics or NullMetrics()
    if not polled:
        return []
    out: list[Recorded] = []
    with sessions.begin() as session:
        ids = [p.claim.id for p in polled]
        table = Feed.__table__
        query = (select(*(table.c[c] for c in _FeedRow.COLUMNS)).where(table.c.id.in_(ids))
                 .order_by(table.c.id).with_for_update())  # one lock order for every batch: no deadlock
        feeds = {row[0]: _FeedRow(dict(zip(_FeedRow.COLUMNS, row))) for row in session.connection().execute(query)}
        changed: list[tuple[Recorded, _FeedRow, PollResult]] = []
        for item in polled:
            feed = feeds.get(item.claim.id)
            if feed is None or feed.lease_owner != item.claim.owner:
                log.warning("feed %s: lease lost before its poll was recorded; result dropped", item.claim.name)
                out.append(Recorded(item.claim.id, item.claim.name, "lost", released=False))
                continue
            out.append(_record_one(session, feed, item, settings, now, subscribers, metrics))
            if out[-1].result == "ok":
                assert item.result is not None
                changed.append((out[-1], feed, item.result))
        _add_entries(session, changed, now, metrics)
        wanting = [r.feed_id for r in out if r.result in ("ok", "not_modified")]
        pending = _pending(session, wanting, settings.max_articles)
        for rec in out:
            if rec.result == "lost":
                continue
            rec.pending = pending.get(rec.feed_id, [])
            if not rec.pending:
                feed = feeds[rec.feed_id]
                feed.lease_owner = feed.lease_until = None
            else:
                rec.released = False
        _write(session, feeds.values())
    return out


class _FeedRow:
    """Some columns of a feed, with what changed (written in bulk by `_write`)."""

    COLUMNS = ("id", "name", "url", "interval_s", "etag", "last_modified", "status", "last_poll_at",
               "last_success_at", "next_poll_at", "error", "consecutive_errors", "failing_alerted", "entries_seen",
               "lease_owner", "lease_until")

    def __init__(self, row: Any, columns: Sequence[str] = COLUMNS) -> None:
        values = row if isinstance(row, dict) else dict(row._mapping)
        loaded = {name: values[name] for name in columns}
        self.__dict__.update(loaded)
        self._loaded = loaded
        self._forced: dict[str, Any] = {}

    def force(self, **values: Any) -> None:
        """Write these columns even though they were not read."""
        self._forced.update(values)

    def changes(self) -> dict[str, Any]:
        changed = {k: getattr(self, k) for k, v in self._loaded.items() if getattr(self, k) != v}
        return {**self._forced, **changed}


def _write(session: Session, rows: Iterable[_FeedRow]) -> None:
    """UPDATE the changed columns in a few statements.

    Feeds whose changes are the same (a batch of 304s: same poll time, same interval, lease
    released) are written by one `UPDATE … WHERE id IN (…)`; the rest by one executemany
    per set of columns.
    """
    table = Feed.__table__
    alike: dict[tuple[tuple[str, Any], ...], list[int]] = {}
    for row in rows:
        changes = row.changes()
        if changes:
            alike.setdefault(tuple(sorted(changes.items())), []).append(row.id)
    single: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    connection = session.connection()
    for values, ids in alike.items():
        if len(ids) == 1:
            single.setdefault(tuple(c for c, _ in values), []).append(
                {"row_id": ids[0], **{f"new_{c}": v for c, v in values}})
            continue
        for start in range(0, len(ids), 500):
            connection.execute(update(table).where(table.c.id.in_(ids[start:start + 500])).values(dict(values)))
    for columns, params in single.items():
        statement = update(table).where(table.c.id == bindparam("row_id")).values(
            {c: bindparam(f"new_{c}", type_=table.c[c].type) for c in columns})
        connection.execute(statement, params)


def _record_one(
    session: Session,
    feed: _FeedRow,
    item: Polled,
    settings: PollSettings,
    now: datetime,
    subscribers: Subscribers,
    metrics: NullMetrics,
) -> Recorded:
    feed.last_poll_at = now
    if item.error is not None:
        return _record_error(session, feed, item.error, settings, now, subscribers, metrics, item.elapsed)
    result = item.result
    assert result is not None
    if result.gone:
        feed.status = GONE
        feed.next_poll_at = None
        feed.error = f"{result.final_url}: HTTP 410 Gone; polling stopped (change the feed's url in the config to resume)"
        log.warning("feed %s: %s", feed.name, feed.error)
        _ops_alert(session, FEED_GONE, feed, subscribers, now, metrics)
        metrics.poll("gone", item.elapsed)
        return Recorded(feed.id, feed.name, "gone", error=feed.error)

    if result.moved_to and result.moved_to != feed.url:
        log.info("feed %s: moved permanently from %s to %s; stored URL updated", feed.name, feed.url, result.moved_to)
        feed.url = result.moved_to
    feed.etag, feed.last_modified = result.etag, result.last_modified
    feed.last_success_at = now
    feed.error = None
    feed.consecutive_errors = 0
    if feed.failing_alerted:
        feed.failing_alerted = False
        log.warning("feed %s: recovered", feed.name)
        _ops_alert(session, FEED_RECOVERED, feed, subscribers, now, metrics)
    # Counted from the claim, so a slow poll does not drift the feed's phase.
    feed.next_poll_at = max(item.claim.claimed_at + timedelta(seconds=feed.interval_s), now + timedelta(seconds=1))
    if result.not_modified:
        metrics.poll("not_modified", item.elapsed)
        return Recorded(feed.id, feed.name, "not_modified", next_poll_at=feed.next_poll_at)
    metrics.poll("ok", item.elapsed)
    return Recorded(feed.id, feed.name, "ok", next_poll_at=feed.next_poll_at)  # entries: _add_entries


def _record_error(
    session: Session,
    feed: _FeedRow,
    error: BaseException,
    settings: PollSettings,
    now: datetime,
    subscribers: Subscribers,
    metrics: NullMetrics,
    elapsed: float,
) -> Recorded:
    feed.consecutive_errors = (feed.consecutive_errors or 0) + 1
    feed.error = _error_text(error)
    retry_after = getattr(error, "retry_after", None)
    delay = settings.backoff.next_delay(feed.consecutive_errors, feed.interval_s, retry_after=retry_after)
    feed.next_poll_at = now + timedelta(seconds=delay)
    metrics.poll("error", elapsed)
    metrics.poll_error(type(error).__name__)
    log.warning("feed %s: %s (%d error%s in a row; next poll in %s)", feed.name, feed.error, feed.consecutive_errors,
                "" if feed.consecutive_errors == 1 else "s", _duration(delay))
    if feed.consecutive_errors >= settings.failing_after and not feed.failing_alerted:
        feed.failing_alerted = True
        _ops_alert(session, FEED_FAILING, feed, subscribers, now, metrics)
    return Recorded(feed.id, feed.name, "error", error=feed.error, next_poll_at=feed.next_poll_at)


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def _ops_alert(session: Session, type_: str, feed: _FeedRow, subscribers: Subscribers, now: datetime,
               metrics: NullMetrics) -> None:
    payload = {
        "feed": {"name": feed.name, "url": feed.url},
        "error": feed.error,
        "consecutive_errors": feed.consecutive_errors,
        "last_success": _iso(feed.last_success_at),
        "next_poll": _iso(feed.next_poll_at),
    }
    alert = repo.add_alert(session, type=type_, stance=None, payload=payload,
                           endpoints=subscribers(type_, None, ()), now=now)
    metrics.ops_alert(type_)
    log.info("alert %s %s: feed %s", alert.id, type_, feed.name)


def _add_entries(session: Session, changed: Sequence[tuple[Recorded, _FeedRow, PollResult]], now: datetime,
                 metrics: NullMetrics) -> None:
    """Insert the entries each feed has not had before, for a whole batch of feeds at once
    (one lookup per 500 keys, one INSERT); per feed oldest first, so its newest has the highest id."""
    wanted = {feed.id: {_key(e.key): e for e in result.entries} for _rec, feed, result in changed}
    keys = list({key for entries in wanted.values() for key in entries})
    known: set[tuple[int, str]] = set()
    for start in range(0, len(keys), 500):
        known.update(tuple(row) for row in session.execute(select(EntryRow.feed_id, EntryRow.key).where(
            EntryRow.feed_id.in_(list(wanted)), EntryRow.key.in_(keys[start:start + 500]))))
    epoch = datetime.min.replace(tzinfo=timezone.utc)
    rows = []
    for rec, feed, _result in changed:
        fresh = [(k, e) for k, e in wanted[feed.id].items() if (feed.id, k) not in known]
        fresh.reverse()  # feeds list newest first; undated entries keep that order
        fresh.sort(key=lambda item: item[1].published or epoch)
        for key, entry in fresh:
            url = entry.url if entry.url and len(entry.url) <= arts.MAX_URL else None
            rows.append({
                "feed_id": feed.id, "key": key, "url": url, "seen_at": now, "title": entry.title,
                "published": entry.published, "status": PENDING if url else DONE, "attempts": 0,
                "error": None if url or not entry.url else "link longer than 2000 characters",
            })
        rec.new_entries = len(fresh)
        metrics.entries(len(fresh))
        if fresh:
            feed.entries_seen = (feed.entries_seen or 0) + len(fresh)
            log.info("feed %s: %d new entr%s", feed.name, len(fresh), "y" if len(fresh) == 1 else "ies")
    if rows:
        session.connection().execute(insert(EntryRow.__table__), rows)  # Core executemany: no ORM bookkeeping


def _pending(session: Session, feed_ids: Sequence[int], per_feed: int) -> dict[int, list[PendingEntry]]:
    if not feed_ids or per_feed <= 0:
        return {}
    rows = session.execute(
        select(EntryRow.id, EntryRow.feed_id, EntryRow.url, EntryRow.title, EntryRow.published, EntryRow.attempts)
        .where(EntryRow.feed_id.in_(feed_ids), EntryRow.status == PENDING)
        .order_by(EntryRow.feed_id, EntryRow.id.desc())
    ).all()
    found: dict[int, list[PendingEntry]] = {}
    for row in rows:
        bucket = found.setdefault(row[1], [])
        if len(bucket) < per_feed:
            bucket.append(PendingEntry(*row))
    return found


# --------------------------------------------------------------------------- entries


@dataclass(frozen=True)
class Mark:
    entry_id: int
    status: str
    attempts: int
    error: str | None = None


def finish_entries(
    sessions: sessionmaker[Session],
    claim: FeedClaim,
    marks: Sequence[Mark],
    now: datetime,
    *,
    release: bool,
    lease_seconds: float | None = None,
) -> bool:
    """Record entry results and release (or renew) the feed's lease; False when it was lost."""
    with sessions.begin() as session:
        if marks:
            session.execute(update(EntryRow), [
                {"id": m.entry_id, "status": m.status, "attempts": m.attempts, "error": m.error} for m in marks
            ])
        values: dict[str, Any]
        if release:
            values = {"lease_owner": None, "lease_until": None}
        else:
            values = {"lease_until": now + timedelta(seconds=lease_seconds or 0)}
        result = session.execute(
            update(Feed).where(Feed.id == claim.id, Feed.lease_owner == claim.owner).values(**values),
            execution_options={"synchronize_session": False},
        )
        return bool(result.rowcount)


def prune_entries(sessions: sessionmaker[Session], now: datetime, retention: float) -> int:
    """Forget finished entries older than `retention` seconds (their articles stay)."""
    with sessions.begin() as session:
        result = session.execute(
            delete(EntryRow).where(EntryRow.status != PENDING, EntryRow.seen_at < now - timedelta(seconds=retention)),
            execution_options={"synchronize_session": False},
        )
        return int(result.rowcount or 0)


# --------------------------------------------------------------------------- the poller


@dataclass
class FeedRun:
    """What one `run_feed` did; `next_poll_at` is when the feed is due again (None: never)."""

    feed_id: int
    name: str
    result: str  # ok | not_modified | error | gone | lost | not_due | inactive
    new_entries: int = 0
    articles: int = 0  # article pages ingested
    versions: int = 0  # of which stored as new versions
    alerts: int = 0
    article_errors: int = 0
    error: str | None = None
    next_poll_at: datetime | None = None


@dataclass
class CycleStats:
    """What one `run_cycle` did."""

    feeds: int = 0
    ok: int = 0
    not_modified: int = 0
    errors: int = 0
    gone: int = 0
    lost: int = 0
    new_entries: int = 0
    articles: int = 0
    versions: int = 0
    alerts: int = 0
    article_errors: int = 0
    known: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.feeds} feed(s) polled in {self.seconds:.2f} s: {self.ok} changed, {self.not_modified} not modified, "
                f"{self.errors} failed, {self.gone} gone; {self.new_entries} new entr{'y' if self.new_entries == 1 else 'ies'}, "
                f"{self.articles} article(s) fetched ({self.known} already known), {self.versions} new version(s), "
                f"{self.alerts} alert(s), {self.article_errors} article error(s)")


_KNOWN = object()  # the entry's link is an article we already store


class FeedPoller:
    """Polls claimed feeds and works their new entries through `ingest` (the pipeline)."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        fetcher: Fetcher,
        ingest: arts.Ingest,
        *,
        owner: str,
        settings: PollSettings | None = None,
        schedule: arts.RevisitSchedule | None = None,
        subscribers: Subscribers = no_subscribers,
        metrics: NullMetrics | None = None,
        clock: Callable[[], datetime] = utcnow,
        stop: threading.Event | None = None,
    ) -> None:
        self.sessions = sessions
        self.fetcher = fetcher
        self.ingest = ingest
        self.owner = owner
        self.settings = settings or PollSettings()
        self.schedule = schedule or arts.RevisitSchedule()
        self.subscribers = subscribers
        self.metrics = metrics or NullMetrics()
        self.clock = clock
        self.stop = stop or threading.Event()

    # ----------------------------------------------------------------- one feed (daemon job)

    def run_feed(self, feed_id: int) -> FeedRun:
        """Poll one feed if it is due and free, then fetch its pending articles."""
        now = self.clock()
        claims = claim_feeds(self.sessions, self.owner, now, self.settings.lease, ids=[feed_id])
        if not claims:
            status, next_poll_at = feed_state(self.sessions, feed_id)
            result = "not_due" if status == ACTIVE else "inactive"
            return FeedRun(feed_id, "", result, next_poll_at=next_poll_at if status == ACTIVE else None)
        claim = claims[0]
        polled = poll_claim(self.fetcher, claim)
        [rec] = record_polls(self.sessions, [polled], self.settings, self.clock(),
                             subscribers=self.subscribers, metrics=self.metrics)
        run = FeedRun(feed_id, claim.name, rec.result, new_entries=rec.new_entries, error=rec.error,
                      next_poll_at=rec.next_poll_at)
        if rec.released:
            return run
        if rec.result == "lost":
            return run
        lease_ok = True
        for entry in rec.pending:
            if self.stop.is_set():
                break
            fetched = self._fetch_entry(claim, entry)
            mark = self._ingest_entry(claim, entry, fetched, run)
            lease_ok = finish_entries(self.sessions, claim, [mark], self.clock(), release=False,
                                      lease_seconds=self.settings.lease)
            if not lease_ok:
                log.warning("feed %s: lease lost while fetching its articles; stopping here", claim.name)
                break
        if lease_ok:
            finish_entries(self.sessions, claim, [], self.clock(), release=True)
        return run

    # ----------------------------------------------------------------- all due feeds (poll --once)

    def run_cycle(self, concurrency: int = 16, *, batch: int = 200, parsers: int | None = None,
                  split: bool | None = None) -> CycleStats:
        """Poll every due feed once, `concurrency` fetches at a time, then their new articles.

        Poll results are written in batches by this thread; article pages are fetched and
        extracted by the pool (one feed's articles one after another, politely) and
        ingested here, one transaction each.

        With `split` (by default from SPLIT_FROM feeds on), when this process has no other
        thread yet (`shiftwatch poll --once`) and the fetcher is the "direct" one, the
        feeds are shared out between this process and forked ones (`ForkedPolls`), one
        per core, each with its share of the `concurrency`: each polls and parses its
        share, this one records them all.

        Otherwise feeds are parsed by `parsers` worker processes (`ParserPool`) when this
        process has no other thread yet. By default one per core when at least
        PARSE_POOL_FROM of the feeds have no validators (new feeds, servers without
        conditional GET: they answer 200 and need parsing; feeds with an ETag or
        Last-Modified usually answer 304 and a pool would only cost its start); 0 or 1:
        in the fetching threads.
        """
        started = time.monotonic()
        stats = CycleStats()
        claims = claim_feeds(self.sessions, self.owner, self.clock(), self.settings.lease)
        stats.feeds = len(claims)
        if not claims:
            stats.seconds = time.monotonic() - started
            return stats
        if split is None:
            split = len(claims) >= SPLIT_FROM
        processes = 1
        if split and self.fetcher.transport == "direct" and ParserPool.usable():
            processes = max(1, min(ParserPool.cores(), concurrency, len(claims)))
        if parsers is None:
            unconditional = sum(1 for c in claims if not (c.etag or c.last_modified))
            parsers = ParserPool.cores() if unconditional >= PARSE_POOL_FROM else 0
        parser = ParserPool(parsers) if processes == 1 and parsers > 1 and ParserPool.usable() else None
        if parser is not None:
            log.debug("%d feeds to poll: parsing in %d worker processes", len(claims), parsers)
        elif processes > 1:
            log.debug("%d feeds to poll: in %d processes", len(claims), processes)
            if parsers > 1:  # many feeds to parse: feedparser imported once, inherited by the forked ones
                import feedparser  # noqa: F401
        try:
            self._cycle(claims, stats, concurrency, batch, parser, processes)
        finally:
            if parser is not None:
                parser.close()
        stats.seconds = time.monotonic() - started
        return stats

    def _cycle(self, claims: list[FeedClaim], stats: CycleStats, concurrency: int, batch: int,
               parser: ParserPool | None, processes: int) -> None:
        results: queue.Queue[tuple[str, FeedClaim, Any, Any]] = queue.Queue()
        marks: dict[int, list[Mark]] = {}
        # `concurrency` pollers take claims in order from one queue (cheaper than a future
        # per feed); article fetches submitted meanwhile run as pollers run out of claims.
        todo: queue.SimpleQueue[FeedClaim] = queue.SimpleQueue()
        done: queue.SimpleQueue[Polled] = queue.SimpleQueue()
        pool = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="poll")  # no thread yet
        mine, pollers, forked = claims, max(1, concurrency), None
        if processes > 1:  # forked before any thread starts
            shares = _deal(claims, [RECORDER_SHARE] + [1.0] * (processes - 1))
            each = concurrency // processes
            mine, pollers = shares[0], concurrency - each * (processes - 1)
            forked = ForkedPolls(shares[1:], self._child_poll, each, done.put,
                                 lambda lost: self._poll_lost(lost, todo, done, pool, pollers))
        with pool, (forked or nullcontext()):
            waiting: list[Polled] = []
            feeds_working = 0
            flushed = time.monotonic()

            def flush() -> int:
                nonlocal flushed
                started_articles = 0
                for rec in record_polls(self.sessions, waiting, self.settings, self.clock(),
                                        subscribers=self.subscribers, metrics=self.metrics):
                    self._count(stats, rec)
                    if rec.pending:
                        claim = by_id[rec.feed_id]
                        pool.submit(self._fetch_feed_entries, claim, rec.pending, results)
                        started_articles += 1
                waiting.clear()
                flushed = time.monotonic()
                return started_articles

            by_id = {c.id: c for c in claims}
            renewed = time.monotonic()

            def renew() -> None:  # claims outlive a cycle longer than one lease
                nonlocal renewed
                if time.monotonic() - renewed > self.settings.lease / 3:
                    renew_leases(self.sessions, self.owner, self.clock(), self.settings.lease)
                    renewed = time.monotonic()

            for claim in mine:
                todo.put(claim)
            for _ in range(min(pollers, len(mine))):
                pool.submit(self._poll_claims, todo, done, parser)
            for _ in range(len(claims)):  # from this process's pollers and the forked ones'
                waiting.append(done.get())
                if len(waiting) >= batch or time.monotonic() - flushed > 0.5:
                    feeds_working += flush()
                feeds_working -= self._drain(results, marks, stats, block=False)
                renew()
            feeds_working += flush()
            while feeds_working > 0:
                feeds_working -= self._drain(results, marks, stats, block=True)
                renew()

    def _child_poll(self) -> Callable[[FeedClaim], Polled]:
        """How a forked process polls: with a fetcher (and connections) of its own."""
        fetcher = Fetcher(self.fetcher.limits, self.fetcher.policy, transport="direct")
        return lambda claim: poll_claim(fetcher, claim)

    def _poll_lost(self, lost: list[FeedClaim], todo: queue.SimpleQueue[FeedClaim], done: queue.SimpleQueue[Polled],
                   pool: ThreadPoolExecutor, pollers: int) -> None:
        """Claims a forked process did not answer: polled here after all."""
        for claim in lost:
            todo.put(claim)
        for _ in range(min(len(lost), pollers)):
            pool.submit(self._poll_claims, todo, done, None)

    def _poll_claims(self, todo: queue.SimpleQueue[FeedClaim], done: queue.SimpleQueue[Polled],
                     parser: ParserPool | None) -> None:
        while True:
            try:
                claim = todo.get_nowait()
            except queue.Empty:
                return
            try:
                polled = poll_claim(self.fetcher, claim, parser)  # returns errors as results
            except BaseException as exc:  # the cycle still hears of this claim, then it stops
                done.put(Polled(claim, None, exc, 0.0))
                raise
            done.put(polled)

    def _count(self, stats: CycleStats, rec: Recorded) -> None:
        if rec.result == "ok":
            stats.ok += 1
        elif rec.result == "not_modified":
            stats.not_modified += 1
        elif rec.result == "error":
            stats.errors += 1
        elif rec.result == "gone":
            stats.gone += 1
        else:
            stats.lost += 1
        stats.new_entries += rec.new_entries

    def _fetch_feed_entries(self, claim: FeedClaim, entries: Sequence[PendingEntry],
                            results: queue.Queue[tuple[str, FeedClaim, Any, Any]]) -> None:
        try:
            for entry in entries:
                if self.stop.is_set():
                    break
                results.put(("entry", claim, entry, self._fetch_entry(claim, entry)))
        finally:
            results.put(("done", claim, None, None))

    def _drain(self, results: queue.Queue[tuple[str, FeedClaim, Any, Any]], marks: dict[int, list[Mark]],
               stats: CycleStats, *, block: bool) -> int:
        """Ingest fetched articles; returns how many feeds finished all their entries."""
        finished = 0
        while True:
            try:
                kind, claim, entry, fetched = results.get(block=block, timeout=0.5 if block else None)
            except queue.Empty:
                return finished
            if kind == "done":
                finish_entries(self.sessions, claim, marks.pop(claim.id, []), self.clock(), release=True)
                finished += 1
                if block:
                    return finished
                continue
            run = FeedRun(claim.id, claim.name, "ok")
            marks.setdefault(claim.id, []).append(self._ingest_entry(claim, entry, fetched, run))
            stats.articles += run.articles
            stats.versions += run.versions
            stats.article_errors += run.article_errors
            stats.known += fetched is _KNOWN
            stats.alerts += run.alerts

    # ----------------------------------------------------------------- one entry

    def _fetch_entry(self, claim: FeedClaim, entry: PendingEntry) -> Any:
        """The entry's article as a Document, `_KNOWN`, or the error (no DB writes)."""
        if not entry.url:
            return _KNOWN
        try:
            with self.sessions() as session:
                if arts.known_article(session, entry.url):
                    return _KNOWN
            return arts.fetch_document(self.fetcher, entry.url, source=claim.source, now=self.clock(),
                                       title=entry.title, published=entry.published)
        except (FetchError, InputError) as exc:
            return exc
        except Exception as exc:  # one odd page must not stop the feed
            log.exception("feed %s: unexpected error fetching %s", claim.name, entry.url)
            return exc

    def _ingest_entry(self, claim: FeedClaim, entry: PendingEntry, fetched: Any, run: FeedRun) -> Mark:
        if fetched is _KNOWN:
            self.metrics.article("new", "known")
            return Mark(entry.id, DONE, entry.attempts)
        if isinstance(fetched, Document):
            try:
                outcome = self.ingest(fetched)
            except Exception as exc:
                log.exception("feed %s: ingesting %s failed", claim.name, entry.url)
                return self._failed(claim, entry, exc, run, transient=True)
            run.articles += 1
            run.versions += outcome.changed
            run.alerts += sum(1 for e in outcome.events if e.get("event") == "alert")
            self.metrics.outcome(outcome.events, "feed")
            self.metrics.article("new", "changed" if outcome.changed else "unchanged")
            if outcome.changed:
                try:
                    arts.schedule_after_ingest(self.sessions, fetched.url, self.schedule, self.clock())
                except Exception:
                    log.exception("feed %s: scheduling revisits of %s failed", claim.name, fetched.url)
            log.info("feed %s: %s %s", claim.name, "stored" if outcome.changed else "unchanged", fetched.url)
            return Mark(entry.id, DONE, entry.attempts + 1)
        return self._failed(claim, entry, fetched, run, transient=arts.is_transient(fetched))

    def _failed(self, claim: FeedClaim, entry: PendingEntry, error: BaseException, run: FeedRun, *,
                transient: bool) -> Mark:
        run.article_errors += 1
        self.metrics.article("new", "error")
        attempts = entry.attempts + 1
        text = _error_text(error)
        if transient and attempts < self.settings.entry_attempts:
            log.warning("feed %s: article %s: %s (attempt %d of %d; tried again at the next poll)",
                        claim.name, entry.url, text, attempts, self.settings.entry_attempts)
            return Mark(entry.id, PENDING, attempts, text)
        log.warning("feed %s: article %s skipped: %s", claim.name, entry.url, text)
        return Mark(entry.id, FAILED, attempts, text)


def _deal(claims: Sequence[FeedClaim], weights: Sequence[float]) -> list[list[FeedClaim]]:
    """Deal `claims` in turn into shares proportional to `weights` (smooth weighted
    round-robin), so every share holds overdue and less overdue feeds alike."""
    shares: list[list[FeedClaim]] = [[] for _ in weights]
    credit = [0.0] * len(weights)
    total = sum(weights)
    for claim in claims:
        for k, weight in enumerate(weights):
            credit[k] += weight
        chosen = max(range(len(weights)), key=credit.__getitem__)
        credit[chosen] -= total
        shares[chosen].append(claim)
    return shares


def feed_counts(session: Session) -> dict[str, int]:
    """Feeds by status, with `failing` = active feeds whose last poll failed."""
    counts = dict(session.execute(select(Feed.status, func.count()).group_by(Feed.status)).all())
    counts["failing"] = int(session.scalar(
        select(func.count()).select_from(Feed).where(Feed.status == ACTIVE, Feed.consecutive_errors > 0)) or 0)
    return counts
