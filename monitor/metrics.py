"""Prometheus metrics of the daemon, on a registry of their own (served at `/metrics`).

Every name starts with `shiftwatch_`. Counters count what this process did since it
started; the gauges read from the store (`shiftwatch_feeds`, `shiftwatch_deliveries`,
`shiftwatch_revisits_due`) are refreshed by the heartbeat job and describe the whole store,
so several daemons on one PostgreSQL report the same values there.

| metric | type | labels | what |
| --- | --- | --- | --- |
| `shiftwatch_feed_polls_total` | counter | `result` = ok, not_modified, error, gone | feed polls |
| `shiftwatch_feed_poll_errors_total` | counter | `kind` (error class, e.g. FetchTimeout) | failed polls by cause |
| `shiftwatch_feed_poll_seconds` | histogram | | duration of one poll (HTTP and parsing) |
| `shiftwatch_feed_entries_total` | counter | | new feed entries recorded |
| `shiftwatch_article_fetches_total` | counter | `kind` = new, revisit; `result` = changed, unchanged, known, error | article fetches |
| `shiftwatch_versions_stored_total` | counter | `origin` = feed, revisit, baseline | new versions stored |
| `shiftwatch_readings_total` | counter | `stance`, `state` | readings recorded |
| `shiftwatch_alerts_raised_total` | counter | `type` | alerts written to the outbox |
| `shiftwatch_delivery_attempts_total` | counter | `result` = delivered, retrying, dead, parked | delivery attempts made here |
| `shiftwatch_deliveries` | gauge | `status` = pending, delivered, dead | deliveries in the store |
| `shiftwatch_feeds` | gauge | `status` = active, failing, gone, removed | feeds in the store |
| `shiftwatch_revisits_due` | gauge | | articles whose revisit is due now |
| `shiftwatch_job_lag_seconds` | histogram | `job` = feed, revisit, deliver, heartbeat | start delay behind schedule |
| `shiftwatch_job_runs_total` | counter | `job`, `result` = ok, error | scheduler job runs |
| `shiftwatch_heartbeat_timestamp_seconds` | gauge | | last heartbeat (Unix time) |
| `shiftwatch_started_timestamp_seconds` | gauge | | when this daemon started |
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

_LAG_BUCKETS = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 3600)
_POLL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60)


class NullMetrics:
    """The same interface, recording nothing (`shiftwatch poll --once`, library use)."""

    registry: Any = None

    def poll(self, result: str, seconds: float | None = None) -> None: ...
    def poll_error(self, kind: str) -> None: ...
    def entries(self, count: int) -> None: ...
    def article(self, kind: str, result: str) -> None: ...
    def outcome(self, events: Any, origin: str) -> None: ...
    def ops_alert(self, type_: str) -> None: ...
    def deliveries(self, stats: Any) -> None: ...
    def job(self, job: str, *, lag: float | None = None, ok: bool = True) -> None: ...
    def store_gauges(self, feeds: Mapping[str, int], deliveries: Mapping[str, int], revisits_due: int) -> None: ...
    def heartbeat(self) -> None: ...


class Metrics(NullMetrics):
    """The daemon's collectors on `registry` (a fresh `CollectorRegistry` by default)."""

    def __init__(self, registry: Any = None) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

        self.registry = registry if registry is not None else CollectorRegistry()
        r = self.registry
        self._polls = Counter("shiftwatch_feed_polls", "Feed polls by result", ["result"], registry=r)
        self._poll_errors = Counter("shiftwatch_feed_poll_errors", "Failed feed polls by error class", ["kind"], registry=r)
        self._poll_seconds = Histogram("shiftwatch_feed_poll_seconds", "Duration of one feed poll", buckets=_POLL_BUCKETS, registry=r)
        self._entries = Counter("shiftwatch_feed_entries", "New feed entries recorded", registry=r)
        self._articles = Counter("shiftwatch_article_fetches", "Article fetches by kind and result", ["kind", "result"], registry=r)
        self._versions = Counter("shiftwatch_versions_stored", "New article versions stored", ["origin"], registry=r)
        self._readings = Counter("shiftwatch_readings", "Readings recorded", ["stance", "state"], registry=r)
        self._alerts = Counter("shiftwatch_alerts_raised", "Alerts written to the outbox", ["type"], registry=r)
        self._delivery_results = Counter("shiftwatch_delivery_attempts", "Delivery attempts made by this process, by result", ["result"], registry=r)
        self._deliveries = Gauge("shiftwatch_deliveries", "Deliveries in the store by status", ["status"], registry=r)
        self._feeds = Gauge("shiftwatch_feeds", "Feeds in the store by status (failing: active with errors)", ["status"], registry=r)
        self._revisits_due = Gauge("shiftwatch_revisits_due", "Articles whose revisit is due", registry=r)
        self._job_lag = Histogram("shiftwatch_job_lag_seconds", "Job start delay behind its schedule", ["job"], buckets=_LAG_BUCKETS, registry=r)
        self._job_runs = Counter("shiftwatch_job_runs", "Scheduler job runs", ["job", "result"], registry=r)
        self._heartbeat = Gauge("shiftwatch_heartbeat_timestamp_seconds", "Last heartbeat, Unix time", registry=r)
        started = Gauge("shiftwatch_started_timestamp_seconds", "When this daemon started, Unix time", registry=r)
        started.set(time.time())
        for result in ("ok", "not_modified", "error", "gone"):
            self._polls.labels(result)
        for status in ("pending", "delivered", "dead"):
            self._deliveries.labels(status)

    def poll(self, result: str, seconds: float | None = None) -> None:
        self._polls.labels(result).inc()
        if seconds is not None:
            self._poll_seconds.observe(seconds)

    def poll_error(self, kind: str) -> None:
        self._poll_errors.labels(kind).inc()

    def entries(self, count: int) -> None:
        if count:
            self._entries.inc(count)

    def article(self, kind: str, result: str) -> None:
        self._articles.labels(kind, result).inc()

    def outcome(self, events: Any, origin: str) -> None:
        """Count what one `Pipeline.ingest` did from its contract events."""
        for event in events:
            kind = event.get("event")
            if kind == "version" and event.get("changed"):
                self._versions.labels(origin).inc()
            elif kind == "reading":
                self._readings.labels(event["stance"], event["state"]).inc()
            elif kind == "alert":
                self._alerts.labels(event["type"]).inc()

    def ops_alert(self, type_: str) -> None:
        self._alerts.labels(type_).inc()

    def deliveries(self, stats: Any) -> None:
        for result in ("delivered", "retrying", "dead", "parked"):
            count = getattr(stats, result, 0)
            if count:
                self._delivery_results.labels(result).inc(count)

    def job(self, job: str, *, lag: float | None = None, ok: bool = True) -> None:
        if lag is not None:
            self._job_lag.labels(job).observe(max(0.0, lag))
        else:
            self._job_runs.labels(job, "ok" if ok else "error").inc()

    def store_gauges(self, feeds: Mapping[str, int], deliveries: Mapping[str, int], revisits_due: int) -> None:
        for status in ("active", "failing", "gone", "removed"):
            self._feeds.labels(status).set(feeds.get(status, 0))
        for status in ("pending", "delivered", "dead"):
            self._deliveries.labels(status).set(deliveries.get(status, 0))
        self._revisits_due.set(revisits_due)

    def heartbeat(self) -> None:
        self._heartbeat.set(time.time())
