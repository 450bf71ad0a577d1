"""Articles from the web: fetch a page, extract it into a `Document`, and revisit it for edits.

A new article (linked from a feed entry) and a revisit go through the same steps: the
guarded fetcher (HTML types only), trafilatura (`monitor.extract`), then the pipeline.
Nothing here holds a database transaction while HTTP runs: revisits are *claimed* with a
short lease in one transaction, fetched and extracted with none open, ingested by the
pipeline in its own transaction, then their next check is recorded in a third.

**Revisit schedule.** An article is checked again at growing delays counted from the last
time its text changed (default 1 h, 3 h, 12 h, 1 d, 3 d; then never). A check that finds
new text (or a flip back to an older text) starts the schedule again from the first step;
a check that finds the same text moves to the next step whose time is still ahead, so a
daemon that was down for a day does not fire every missed step at once. `max_age` is the
hard stop: no check is scheduled later than that long after the article was first seen,
however often it changes. The most overdue articles are claimed first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urljoin, urlsplit

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import utcnow
from monitor.document import Document
from monitor.errors import FetchError, InputError
from monitor.metrics import NullMetrics
from monitor.sources.fetch import (
    ConnectionFailed,
    Fetcher,
    FetchTimeout,
    Gone,
    HTTPStatusError,
)
from monitor.sources.urls import canonical_url
from monitor.store import repo
from monitor.store.models import Article, Source, Version

log = logging.getLogger(__name__)

#: Media types an article page may be served as (the fetcher sniffs untyped bodies).
HTML_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml")
#: The longest URL the store keeps (articles.url is VARCHAR(2000)).
MAX_URL = 2000

Ingest = Callable[[Document], Any]  # Pipeline.ingest: returns an Outcome(events, changed)


# --------------------------------------------------------------------------- schedule


@dataclass(frozen=True)
class RevisitSchedule:
    """When to check an article again; see the module docstring."""

    steps: tuple[float, ...] = (3600.0, 3 * 3600.0, 12 * 3600.0, 86400.0, 3 * 86400.0)
    max_age: float = 7 * 86400.0  # hard stop, counted from first_seen_at
    interval: float = 60.0  # how often the revisit job looks for due articles
    batch: int = 20  # articles claimed per run at most
    concurrency: int = 4  # fetches at once within a run
    enabled: bool = True

    def next_check(
        self, *, last_changed: datetime, first_seen: datetime, now: datetime, from_step: int
    ) -> tuple[int, datetime | None]:
        """(step, when) of the next check: the first step >= `from_step` still ahead of
        `now`, or (len(steps), None) when the schedule or the hard stop is reached."""
        if not self.enabled:
            return len(self.steps), None
        stop = first_seen + timedelta(seconds=self.max_age)
        for step in range(max(from_step, 0), len(self.steps)):
            when = last_changed + timedelta(seconds=self.steps[step])
            if when > now:
                return (step, when) if when <= stop else (len(self.steps), None)
        return len(self.steps), None


# --------------------------------------------------------------------------- fetch + extract


def same_site(a: str, b: str) -> bool:
    """Whether two URLs belong to one site: the same registrable-looking domain.

    Without a public-suffix list this keeps the last two labels, or three when the
    second-level label is a generic one under a country code (co.uk, co.kr, com.au…).
    """
    return _site(urlsplit(a).hostname or "") == _site(urlsplit(b).hostname or "")


_GENERIC_SLD = frozenset({"co", "com", "net", "org", "gov", "ac", "edu", "or", "go", "ne", "re", "mil"})


def _site(host: str) -> str:
    labels = host.lower().rstrip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _GENERIC_SLD:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def article_url(final_url: str, declared: str | None) -> str:
    """The URL an article is stored under: the page's declared canonical URL when it is
    on the same site as the page we reached (after redirects), else that page's URL;
    canonicalised either way (tracking parameters dropped)."""
    reached = canonical_url(final_url)
    if declared:
        try:
            candidate = canonical_url(urljoin(final_url, declared.strip()))
        except ValueError:
            return reached
        if same_site(candidate, reached) and len(candidate) <= MAX_URL:
            return candidate
    return reached


def fetch_document(
    fetcher: Fetcher,
    url: str,
    *,
    source: str,
    now: datetime,
    title: str | None = None,
    published: datetime | None = None,
    keep_url: str | None = None,
) -> Document:
    """GET an article page and extract it.

    `title`/`published` come from the feed entry and fill in what the page lacks (the feed's
    timestamp wins over trafilatura's date-only guess, which is then not looked for).
    `keep_url` pins the stored URL (revisits). Raises FetchError for HTTP problems and InputError when the page holds no
    article text.
    """
    from monitor.extract import extract_html  # trafilatura: paid only when there is a page

    result = fetcher.get(url, accept=HTML_TYPES)
    extracted = extract_html(result.body, url=result.url, name=url, date=published is None)
    target = keep_url or article_url(result.url, extracted.url)
    if len(target) > MAX_URL:
        raise InputError(f"{url}: URL longer than {MAX_URL} characters")
    return Document(
        url=target,
        source=source,
        title=extracted.title or title,
        text=extracted.text,
        published=published or extracted.published,
        fetched_at=now,
        origin=url,
    )


def is_transient(error: BaseException) -> bool:
    """Worth trying again later: timeouts, broken connections, 5xx, 408 and 429."""
    if isinstance(error, (FetchTimeout, ConnectionFailed)):
        return True
    if isinstance(error, HTTPStatusError) and not isinstance(error, Gone):
        return error.status >= 500 or error.status in (408, 425, 429)
    return False


def is_dead_page(error: BaseException) -> bool:
    """The page is gone for good (404, 410): stop revisiting it."""
    return isinstance(error, HTTPStatusError) and error.status in (404, 410)


# --------------------------------------------------------------------------- store helpers


def known_article(session: Session, url: str) -> bool:
    return session.scalar(select(Article.id).where(Article.url == url)) is not None


def schedule_after_ingest(
    sessions: sessionmaker[Session], url: str, schedule: RevisitSchedule, now: datetime
) -> datetime | None:
    """Start (or restart) the revisit schedule of an article whose text just changed."""
    with sessions.begin() as session:
        article = session.scalar(select(Article).where(Article.url == url))
        if article is None:
            return None
        step, when = schedule.next_check(
            last_changed=article.last_changed_at, first_seen=article.first_seen_at, now=now, from_step=0
        )
        article.check_step, article.next_check_at = step, when
        return when


@dataclass(frozen=True)
class RevisitClaim:
    id: int
    url: str
    source: str
    step: int
    published: datetime | None  # of the current version, kept for the new one
    owner: str
    claimed_at: datetime


def claim_revisits(
    sessions: sessionmaker[Session], owner: str, now: datetime, lease_seconds: float, limit: int
) -> list[RevisitClaim]:
    """Lease up to `limit` due articles, most overdue first (SKIP LOCKED on PostgreSQL)."""
    with sessions.begin() as session:
        free = or_(Article.lease_until.is_(None), Article.lease_until <= now)
        due = Article.next_check_at <= now
        query = select(Article.id).where(Article.next_check_at.is_not(None), due, free)
        query = query.order_by(Article.next_check_at, Article.id).limit(limit)
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        chosen = list(session.scalars(query))
        if not chosen:
            return []
        until = now + timedelta(seconds=lease_seconds)
        claimed = set(session.scalars(
            update(Article).where(Article.id.in_(chosen), due, free)
            .values(lease_owner=owner, lease_until=until).returning(Article.id),
            execution_options={"synchronize_session": False},
        ))
        rows = session.execute(
            select(Article.id, Article.url, Source.name, Article.check_step, Article.current_version)
            .join(Source, Source.id == Article.source_id).where(Article.id.in_(claimed))
        ).all()
        published = dict(session.execute(
            select(Version.article_id, Version.published).join(Article, Article.id == Version.article_id)
            .where(Article.id.in_(claimed), Version.number == Article.current_version)
        ).all())
    by_id = {row[0]: row for row in rows}
    return [
        RevisitClaim(id=i, url=by_id[i][1], source=by_id[i][2], step=by_id[i][3], published=published.get(i),
                     owner=owner, claimed_at=now)
        for i in chosen if i in by_id
    ]


def record_check(
    sessions: sessionmaker[Session],
    claim: RevisitClaim,
    schedule: RevisitSchedule,
    now: datetime,
    *,
    dead: bool = False,
) -> tuple[bool, datetime | None]:
    """Schedule the next check of a revisited article and release its lease.

    Returns (still ours, next check). A check whose lease was lost records nothing.
    """
    with sessions.begin() as session:
        article = session.get(Article, claim.id, with_for_update=True)
        if article is None or article.lease_owner != claim.owner:
            return False, None
        if dead:
            step, when = len(schedule.steps), None
        else:
            changed = article.last_changed_at >= claim.claimed_at
            step, when = schedule.next_check(
                last_changed=article.last_changed_at, first_seen=article.first_seen_at, now=now,
                from_step=0 if changed else claim.step + 1,
            )
        article.check_step, article.next_check_at = step, when
        article.lease_owner = article.lease_until = None
        return True, when


def release_articles(sessions: sessionmaker[Session], owner: str) -> int:
    """Drop every article lease `owner` holds (on shutdown); the checks become due again."""
    return repo.release_leases(sessions, Article, owner)


def revisits_due(session: Session, now: datetime) -> int:
    return int(session.scalar(select(func.count()).select_from(Article).where(Article.next_check_at <= now)) or 0)


# --------------------------------------------------------------------------- the revisit run


@dataclass
class RevisitStats:
    claimed: int = 0
    changed: int = 0
    unchanged: int = 0
    errors: int = 0
    stopped: int = 0  # dead pages: revisits ended
    lost: int = 0

    def summary(self) -> str:
        return (f"revisited {self.claimed}: {self.changed} changed, {self.unchanged} unchanged, "
                f"{self.errors} failed, {self.stopped} ended")


class Revisiter:
    """Claims due articles, fetches them again, ingests the text, schedules the next check."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        fetcher: Fetcher,
        ingest: Ingest,
        schedule: RevisitSchedule,
        *,
        owner: str,
        lease_seconds: float,
        metrics: NullMetrics | None = None,
        clock: Callable[[], datetime] = utcnow,
        stop: threading.Event | None = None,
    ) -> None:
        self.sessions = sessions
        self.fetcher = fetcher
        self.ingest = ingest
        self.schedule = schedule
        self.owner = owner
        self.lease_seconds = lease_seconds
        self.metrics = metrics or NullMetrics()
        self.clock = clock
        self.stop = stop or threading.Event()

    def run(self) -> RevisitStats:
        """One run: up to `schedule.batch` due articles, `schedule.concurrency` fetches at once."""
        stats = RevisitStats()
        if not self.schedule.enabled or self.stop.is_set():
            return stats
        claims = claim_revisits(self.sessions, self.owner, self.clock(), self.lease_seconds, self.schedule.batch)
        stats.claimed = len(claims)
        if not claims:
            return stats
        workers = max(1, min(self.schedule.concurrency, len(claims)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="revisit") as pool:
            futures = [(claim, pool.submit(self._fetch, claim)) for claim in claims]
            for claim, future in futures:
                if self.stop.is_set():
                    future.cancel()
                    continue  # the lease expires (or is released on shutdown): checked again later
                self._finish(claim, future.result(), stats)
        if stats.claimed:
            log.info("%s", stats.summary())
        return stats

    def _fetch(self, claim: RevisitClaim) -> Document | BaseException:
        if self.stop.is_set():
            return InputError("stopping")
        try:
            return fetch_document(self.fetcher, claim.url, source=claim.source, now=self.clock(),
                                  published=claim.published, keep_url=claim.url)
        except (FetchError, InputError) as exc:
            return exc
        except Exception as exc:  # a bug in one page must not stop the others
            log.exception("revisit of %s failed unexpectedly", claim.url)
            return exc

    def _finish(self, claim: RevisitClaim, fetched: Document | BaseException, stats: RevisitStats) -> None:
        dead = False
        if isinstance(fetched, Document):
            try:
                outcome = self.ingest(fetched)
            except Exception:
                log.exception("revisit of %s: ingesting failed; it is checked again later", claim.url)
                stats.errors += 1
                self.metrics.article("revisit", "error")
                outcome = None
            if outcome is not None:
                self.metrics.outcome(outcome.events, "revisit")
                result = "changed" if outcome.changed else "unchanged"
                if outcome.changed:
                    stats.changed += 1
                    log.info("revisit of %s: new version stored", claim.url)
                else:
                    stats.unchanged += 1
                self.metrics.article("revisit", result)
        else:
            dead = is_dead_page(fetched)
            stats.errors += 1
            stats.stopped += dead
            self.metrics.article("revisit", "error")
            log.warning("revisit of %s failed: %s%s", claim.url, fetched, " (revisits ended)" if dead else "")
        try:
            ours, _ = record_check(self.sessions, claim, self.schedule, self.clock(), dead=dead)
        except Exception:
            log.exception("revisit of %s: recording the next check failed; the lease expires and it is retried", claim.url)
            return
        if not ours:
            stats.lost += 1
            log.warning("revisit of %s: lease lost to another worker; its result was dropped", claim.url)

