"""SQLAlchemy 2 models: one table per stage of the data flow.

The schema itself is created by the Alembic migrations in ``migrations/``; these classes only
map it. Every timestamp is stored and returned as an aware UTC datetime.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every engine (SQLite drops the zone on the way out)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} would be ambiguous in the store")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Source(Base):
    """Who published: a feed's outlet or the name a manifest gives."""

    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Feed(Base):
    """One RSS/Atom feed and its polling state (leased by one worker at a time)."""

    __tablename__ = "feeds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(Text)  # where it is polled: the config's URL, or where a 301 moved it
    # The URL as the config last gave it: a change there is the operator's edit (reset the
    # feed); a `url` that differs from it while it is unchanged is a 301 we followed.
    configured_url: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    interval_s: Mapped[int] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | gone (410) | removed (not in config)
    last_poll_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    next_poll_at: Mapped[datetime | None] = mapped_column(index=True)
    error: Mapped[str | None] = mapped_column(Text)
    consecutive_errors: Mapped[int] = mapped_column(Integer, default=0)
    failing_alerted: Mapped[bool] = mapped_column(Boolean, default=False)
    entries_seen: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]


class FeedEntry(Base):
    """An entry already seen in a feed, so restarts and re-polls skip it."""

    __tablename__ = "feed_entries"
    __table_args__ = (UniqueConstraint("feed_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id"))
    key: Mapped[str] = mapped_column(String(2000))
    url: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime]
    # pending: its article is still to be fetched (retried on later polls, even after a 304);
    # done: ingested (or nothing to fetch); failed: given up after `attempts`, `error` says why.
    status: Mapped[str] = mapped_column(String(16), default="done", server_default="done")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    error: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)  # as the feed gave them, for the article's document
    published: Mapped[datetime | None]


class Article(Base):
    """One article, identified by its canonical URL, across all its versions."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"))
    title: Mapped[str | None] = mapped_column(Text)
    current_version: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_at: Mapped[datetime]
    last_checked_at: Mapped[datetime]
    last_changed_at: Mapped[datetime]
    next_check_at: Mapped[datetime | None] = mapped_column(index=True)
    check_step: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]


class Version(Base):
    """One distinct content of an article, stored once per content hash."""

    __tablename__ = "versions"
    __table_args__ = (
        UniqueConstraint("article_id", "number"),
        UniqueConstraint("article_id", "content_hash"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[datetime | None]
    fetched_at: Mapped[datetime]
    diff: Mapped[list[Any] | None]  # diff-match-patch ops against the previous version


class Sighting(Base):
    """Each time an article's live text became a version: new content or a flip back."""

    __tablename__ = "sightings"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"))
    seen_at: Mapped[datetime]
    flip_back: Mapped[bool] = mapped_column(Boolean, default=False)
    # relationships let one flush insert a version with its sighting and readings (the ids
    # are filled in by the flush), and a batch of them together
    version: Mapped[Version] = relationship()


class Reading(Base):
    """What one version says about one stance, with the evidence that decided it."""

    __tablename__ = "readings"
    __table_args__ = (UniqueConstraint("version_id", "stance"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id"), index=True)
    stance: Mapped[str] = mapped_column(String(100), index=True)
    state: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]]
    created_at: Mapped[datetime]
    version: Mapped[Version] = relationship()


class StanceState(Base):
    """The current state of a stance, globally (source "") or as one source reports it."""

    __tablename__ = "stance_states"
    __table_args__ = (UniqueConstraint("stance", "scope", "source"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    stance: Mapped[str] = mapped_column(String(100))
    scope: Mapped[str] = mapped_column(String(16))  # global | source
    source: Mapped[str] = mapped_column(String(200), default="")
    state: Mapped[str] = mapped_column(String(32))
    since: Mapped[datetime | None]  # publication time of the reading that set it
    reading_id: Mapped[int | None] = mapped_column(ForeignKey("readings.id"))
    updated_at: Mapped[datetime]
    reading: Mapped[Reading | None] = relationship()


class Transition(Base):
    """A move of a stance state, with the reading that caused it."""

    __tablename__ = "transitions"
    id: Mapped[int] = mapped_column(primary_key=True)
    stance: Mapped[str] = mapped_column(String(100), index=True)
    scope: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(200), default="")
    from_state: Mapped[str] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    reading_id: Mapped[int] = mapped_column(ForeignKey("readings.id"))
    published: Mapped[datetime | None]
    baseline: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    reading: Mapped[Reading] = relationship()


class Counter(Base):
    """Monotonic counters, e.g. the per-stance alert sequence."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Alert(Base):
    """An alert in the outbox; written in the transaction that raised it."""

    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("stream", "seq"),)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # the webhook-id
    type: Mapped[str] = mapped_column(String(64))
    stance: Mapped[str | None] = mapped_column(String(100))
    stream: Mapped[str] = mapped_column(String(200))  # the stance id, or "ops"
    seq: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime] = mapped_column(index=True)


class Endpoint(Base):
    """Delivery state of a configured endpoint (its URL and secret live in config/env)."""

    __tablename__ = "endpoints"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    disabled_at: Mapped[datetime | None]
    disabled_reason: Mapped[str | None] = mapped_column(Text)


class Delivery(Base):
    """One alert to one endpoint: pending until delivered or dead-lettered."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("alert_id", "endpoint"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    alert_id: Mapped[str] = mapped_column(ForeignKey("alerts.id"), index=True)
    endpoint: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), index=True)  # pending|delivered|dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(index=True)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    delivered_at: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    # `attempts` made before the last redeliver: the retry schedule counts from here.
    retry_base: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Attempt(Base):
    """One HTTP attempt of a delivery, kept for audit."""

    __tablename__ = "attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("deliveries.id"), index=True)
    at: Mapped[datetime]
    status_code: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[float] = mapped_column(Float)
    outcome: Mapped[str] = mapped_column(String(16))
    retry_after: Mapped[float | None] = mapped_column(Float)  # seconds, from the response


class Worker(Base):
    """A running daemon, so a second writer on SQLite can be refused and PG peers seen."""

    __tablename__ = "workers"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hostname: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime]
    heartbeat_at: Mapped[datetime]


# Indexes for the dashboard's queries (migration 0004): the timeline walks versions by
# publication time, a stance's transitions come in time order, articles by last change.
Index("ix_versions_effective", func.coalesce(Version.published, Version.fetched_at), Version.id)
Index("ix_transitions_stance_at", Transition.stance, func.coalesce(Transition.published, Transition.created_at), Transition.id)
Index("ix_articles_last_changed_at", Article.last_changed_at, Article.id)
# Article search on PostgreSQL uses trigram indexes on articles.title and .url, which
# migration 0004 creates only where the pg_trgm extension could be installed.
