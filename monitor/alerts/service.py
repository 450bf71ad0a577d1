"""Alerting as configured: endpoints, their secrets, the ``[delivery]`` settings, the worker loop.

What the rest of shiftwatch calls::

    alerting = load_alerting(config.raw, config.source)       # ConfigError names the bad key/env var
    pipeline = Pipeline(sessions, stances, subscribers=alerting.subscribers)
    stats = alerting.deliver(sessions, worker_id)              # one batch (a scheduler job)
    run_worker(sessions, alerting, worker_id=..., stop=event)  # `shiftwatch deliver`

The ``[delivery]`` table (all keys optional)::

    [delivery]
    schedule = [5, 300, 1800, 7200, 18000, 36000, 36000]  # seconds between attempts
    jitter = 0.1              # ± fraction applied to each delay
    max_delay = 86400         # cap, also for Retry-After
    interval = 5              # seconds between delivery runs (daemon job, `shiftwatch deliver`)
    batch_size = 100          # deliveries per run at most
    concurrency = 4           # attempts in flight at once
    lease_seconds = 45        # default: 2 x the longest endpoint timeout + 15
"""

from __future__ import annotations

import logging
import math
import os
import socket
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.alerts import outbox
from monitor.alerts.endpoints import Endpoint, parse_endpoints, subscribers
from monitor.alerts.retry import RetryPolicy, parse_retry_policy
from monitor.alerts.signing import Secret
from monitor.errors import ConfigError

log = logging.getLogger(__name__)

_RETRY_KEYS = ("schedule", "jitter", "max_delay")
_WORKER_KEYS = ("interval", "batch_size", "concurrency", "lease_seconds")
DELIVERY_KEYS = _RETRY_KEYS + _WORKER_KEYS


@dataclass(frozen=True)
class DeliverySettings:
    """The ``[delivery]`` table: the retry policy and how the delivery worker runs."""

    policy: RetryPolicy = field(default_factory=RetryPolicy)
    interval: float = 5.0
    batch_size: int = outbox.DEFAULT_LIMIT
    concurrency: int = outbox.DEFAULT_CONCURRENCY
    lease_seconds: float | None = None  # None: outbox.default_lease(endpoints)


def parse_delivery(table: Mapping[str, Any], source: str) -> DeliverySettings:
    """Validate the optional ``[delivery]`` table; errors read ``{source}: delivery.{key}: ...``."""
    section = table.get("delivery", {})
    if not isinstance(section, Mapping):
        raise ConfigError(f"{source}: delivery: must be a table")
    unknown = sorted(set(section) - set(DELIVERY_KEYS))
    if unknown:
        raise ConfigError(f"{source}: delivery.{unknown[0]}: unknown key (expected {', '.join(DELIVERY_KEYS)})")
    policy = parse_retry_policy({"delivery": {k: v for k, v in section.items() if k in _RETRY_KEYS}}, source)
    lease = section.get("lease_seconds")
    return DeliverySettings(
        policy=policy,
        interval=_positive(section, "interval", 5.0, source),
        batch_size=_count(section, "batch_size", outbox.DEFAULT_LIMIT, source),
        concurrency=_count(section, "concurrency", outbox.DEFAULT_CONCURRENCY, source),
        lease_seconds=None if lease is None else _positive(section, "lease_seconds", 0.0, source),
    )


def _positive(section: Mapping[str, Any], key: str, default: float, source: str) -> float:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
        raise ConfigError(f"{source}: delivery.{key}: must be a positive number of seconds")
    return float(value)


def _count(section: Mapping[str, Any], key: str, default: int, source: str) -> int:
    value = section.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 10_000:
        raise ConfigError(f"{source}: delivery.{key}: must be a whole number from 1 to 10000")
    return value


def subscribers_for(endpoints: Sequence[Endpoint]) -> Callable[[str, str | None, tuple[str, ...]], list[str]]:
    """The pipeline's ``subscribers`` callable: (type, stance, states) -> endpoint names."""
    endpoints = tuple(endpoints)

    def names(alert_type: str, stance: str | None, states: tuple[str, ...]) -> list[str]:
        return [e.name for e in subscribers(endpoints, alert_type, stance, states)]

    return names


@dataclass(frozen=True)
class Alerting:
    """Configured endpoints with their secrets (never shown by repr) and delivery settings."""

    endpoints: tuple[Endpoint, ...] = ()
    secrets: Mapping[str, Secret] = field(default_factory=dict, repr=False)
    settings: DeliverySettings = field(default_factory=DeliverySettings)

    @property
    def by_name(self) -> dict[str, Endpoint]:
        return {e.name: e for e in self.endpoints}

    def subscribers(self, alert_type: str, stance: str | None, states: tuple[str, ...]) -> list[str]:
        """Endpoint names that want an alert; pass as ``Pipeline(subscribers=...)`` or to ``repo.add_alert``."""
        return [e.name for e in subscribers(self.endpoints, alert_type, stance, states)]

    def deliver(
        self,
        sessions: sessionmaker[Session],
        worker_id: str,
        *,
        now: datetime | None = None,
        stop: threading.Event | None = None,
    ) -> outbox.DeliveryStats:
        """One delivery run with the configured settings (what a scheduler job calls)."""
        s = self.settings
        return outbox.deliver_due(
            sessions, self.by_name, self.secrets, s.policy, worker_id,
            now=now, limit=s.batch_size, concurrency=s.concurrency, lease_seconds=s.lease_seconds, stop=stop,
        )


def load_alerting(table: Mapping[str, Any], source: str, environ: Mapping[str, str] | None = None) -> Alerting:
    """Validate ``[[endpoints]]`` and ``[delivery]`` and read every endpoint's secret from the environment.

    Raises ConfigError naming the file, key and -- for a missing or invalid secret -- the
    environment variable (never its value).
    """
    environ = os.environ if environ is None else environ
    endpoints = parse_endpoints(table, source, environ)
    secrets = {e.name: e.load_secret(environ) for e in endpoints}
    return Alerting(tuple(endpoints), secrets, parse_delivery(table, source))


def default_worker_id() -> str:
    """``host:pid:random``, at most 64 characters (the lease_owner column)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:6]}"[:64]


def run_worker(
    sessions: sessionmaker[Session],
    alerting: Alerting,
    *,
    worker_id: str,
    stop: threading.Event,
    interval: float | None = None,
    once: bool = False,
) -> outbox.DeliveryStats:
    """Deliver until ``stop`` is set: a run, then wait ``interval`` (none after a full batch).

    With ``once``: one run, and a store failure raises. Otherwise store failures are
    logged and retried at the next interval. Returns the totals of all runs.
    """
    interval = alerting.settings.interval if interval is None else interval
    names = ", ".join(e.name for e in alerting.endpoints) or "none"
    log.info("delivery worker %s: endpoints %s, every %g s", worker_id, names, interval)
    total = outbox.DeliveryStats()
    while not stop.is_set():
        try:
            stats = alerting.deliver(sessions, worker_id, stop=stop)
        except SQLAlchemyError as exc:
            if once:
                raise
            log.error("delivery run failed, retrying in %g s: %s", interval, type(exc).__name__)
            stop.wait(interval)
            continue
        _add(total, stats)
        if stats.claimed:
            log.info("delivery run: %s", stats.summary())
        if once:
            break
        if stats.claimed < alerting.settings.batch_size:
            stop.wait(interval)
    return total


def _add(total: outbox.DeliveryStats, stats: outbox.DeliveryStats) -> None:
    for name in ("claimed", "delivered", "retrying", "dead", "parked", "lost", "released", "errors"):
        setattr(total, name, getattr(total, name) + getattr(stats, name))
    total.disabled.extend(n for n in stats.disabled if n not in total.disabled)
    total.unconfigured = dict(stats.unconfigured)
