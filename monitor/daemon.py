"""`shiftwatch run`: the daemon. APScheduler jobs, signals, health and metrics.

On start it migrates the store, refuses to share a SQLite file with another daemon,
ingests `seeds/` as the baseline (idempotent), makes the `feeds` table match the config,
serves `/healthz` and `/metrics`, and runs a BlockingScheduler in the foreground with

* one job per feed (`feed:<name>`), at the feed's interval with jitter, `coalesce`,
  `max_instances=1` and a misfire grace time. A run first *claims* the feed (a short
  lease in the store, so several daemons on one PostgreSQL never poll a feed twice), polls
  it if it is due, works its new entries, then moves its own next run to the feed's next
  poll time in the store (later after errors: exponential backoff);
* `revisit`: re-fetches due articles (most overdue first) on the revisit schedule;
* `deliver`: sends pending webhook deliveries (`monitor.alerts.outbox.deliver_due`),
  when endpoints are configured;
* `heartbeat`: the `workers` row and the store gauges of `/metrics`;
* `maintenance`: forgets finished feed entries past their retention.

SIGTERM or SIGINT stops it: no new work starts, work in flight finishes (up to
`daemon.stop_timeout` seconds; whatever is cut off was not committed and is redone by the
next run, since every write is one transaction), leases are released, exit code 0.

`shiftwatch poll --once` (`poll_once`) is one cycle of the same work without the scheduler.

The config sections read here (every key optional; errors name the file and the key)::

    [[feeds]]                      # one table per feed
    name = "yonhap"                # unique; shown by `shiftwatch status`
    url = "https://…/rss.xml"
    source = "Yonhap"              # the outlet articles are attributed to (default: name)
    interval = "30m"               # default: daemon.feed_interval

    [daemon]
    host = "127.0.0.1"             # /healthz and /metrics
    port = 8787                    # 0: any free port (see port_file)
    port_file = ""                 # write the port chosen here
    workers = 8                    # feed jobs running at once
    feed_interval = "30m"
    feed_jitter = "1m"             # random delay added to each feed run (at most interval/4)
    misfire_grace = "10m"
    lease = "5m"                   # claim on a feed (revisit claims: at least a run's slowest fetches)
    heartbeat = "15s"
    stop_timeout = "10s"
    failing_after = 5              # consecutive errors before a feed.failing alert
    backoff_cap = "1d"
    max_articles_per_poll = 30
    entry_attempts = 3
    entry_retention = "90d"

    [http]
    allow_hosts = []               # private/loopback hosts, IPs or CIDRs that may be fetched
    connect_timeout = 10           # seconds; also read_timeout, total_timeout
    max_bytes = 5242880
    max_redirects = 5
    concurrency = 16               # fetches at once in `poll --once`
    user_agent = "…"

    [revisit]
    enabled = true
    schedule = ["1h", "3h", "12h", "1d", "3d"]   # after the last change
    max_age = "7d"                 # hard stop after first seen
    interval = "1m"                # how often due revisits are looked for
    batch = 20
    concurrency = 4

    [logging]
    level = "INFO"                 # for `run`, when --log-level is not given
    format = "text"                # or "json"
"""

from __future__ import annotations

import logging
import math
import os
import random
import re
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import utcnow
from monitor.config import Config
from monitor.errors import ConfigError, ShiftwatchError
from monitor.metrics import Metrics, NullMetrics
from monitor.sources import articles as arts
from monitor.sources import poller
from monitor.sources.feeds import Backoff
from monitor.sources.fetch import Fetcher, FetchLimits, FetchPolicy
from monitor.sources.urls import is_http_url
from monitor.store.models import Delivery, Feed, Worker

log = logging.getLogger(__name__)


# =========================================================================== settings


@dataclass(frozen=True)
class DaemonSettings:
    host: str = "127.0.0.1"
    port: int = 8787
    port_file: Path | None = None
    workers: int = 8
    feed_interval: int = 1800
    feed_jitter: float = 60.0
    misfire_grace: float = 600.0
    heartbeat: float = 15.0
    stop_timeout: float = 10.0


@dataclass(frozen=True)
class Settings:
    """Everything `run` and `poll --once` need, validated from the config."""

    feeds: tuple[poller.FeedSpec, ...] = ()
    daemon: DaemonSettings = field(default_factory=DaemonSettings)
    poll: poller.PollSettings = field(default_factory=poller.PollSettings)
    limits: FetchLimits = field(default_factory=FetchLimits)
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    concurrency: int = 16
    revisit: arts.RevisitSchedule = field(default_factory=arts.RevisitSchedule)
    log_level: str | None = None
    log_format: str | None = None


_DAEMON_KEYS = {"host", "port", "port_file", "workers", "feed_interval", "feed_jitter", "misfire_grace", "lease",
                "heartbeat", "stop_timeout", "failing_after", "backoff_cap", "max_articles_per_poll",
                "entry_attempts", "entry_retention"}
_HTTP_KEYS = {"allow_hosts", "connect_timeout", "read_timeout", "total_timeout", "max_bytes", "max_redirects",
              "concurrency", "user_agent"}
_REVISIT_KEYS = {"enabled", "schedule", "max_age", "interval", "batch", "concurrency"}
_LOGGING_KEYS = {"level", "format"}
_FEED_KEYS = {"name", "url", "source", "interval"}
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])")


class _Reader:
    """Typed access to one table of the config; every error names file and key."""

    def __init__(self, raw: Mapping[str, Any], section: str, source: str, allowed: set[str]) -> None:
        value = raw.get(section, {})
        if not isinstance(value, Mapping):
            raise ConfigError(f"{source}: {section}: must be a table ([{section}])")
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise ConfigError(f"{source}: {section}.{unknown[0]}: unknown key (known: {', '.join(sorted(allowed))})")
        self.table, self.section, self.source = value, section, source

    def where(self, key: str) -> str:
        return f"{self.source}: {self.section}.{key}"

    def duration(self, key: str, default: float, *, minimum: float = 0.001) -> float:
        if key not in self.table:
            return default
        return parse_duration(self.table[key], self.where(key), minimum=minimum)

    def integer(self, key: str, default: int, low: int, high: int) -> int:
        value = self.table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ConfigError(f"{self.where(key)}: must be a whole number from {low} to {high}")
        return value

    def string(self, key: str, default: str | None) -> str | None:
        value = self.table.get(key, default)
        if value is not None and not isinstance(value, str):
            raise ConfigError(f"{self.where(key)}: must be a string")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.table.get(key, default)
        if not isinstance(value, bool):
            raise ConfigError(f"{self.where(key)}: must be true or false")
        return value


def parse_duration(value: Any, where: str, *, minimum: float = 0.001) -> float:
    """Seconds from a number or a string such as "90s", "15m", "1h30m", "3d"."""
    if isinstance(value, bool):
        raise ConfigError(f"{where}: must be a number of seconds or a duration such as \"15m\"")
    if isinstance(value, (int, float)):
        seconds = float(value)
    elif isinstance(value, str) and value.strip():
        text_value = value.strip().lower().replace(" ", "")
        parts = _DURATION.findall(text_value)
        if not parts or "".join(n + u for n, u in parts) != text_value:
            raise ConfigError(f"{where}: {value!r} is not a duration (use seconds or e.g. \"90s\", \"15m\", \"1h30m\", \"3d\")")
        seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    else:
        raise ConfigError(f"{where}: must be a number of seconds or a duration such as \"15m\"")
    if not math.isfinite(seconds) or seconds < minimum:
        raise ConfigError(f"{where}: must be at least {minimum:g} s")
    return seconds


def load_settings(config: Config) -> Settings:
    """Validate `[[feeds]]`, `[daemon]`, `[http]`, `[revisit]` and `[logging]` of `config`."""
    raw, source = config.raw, config.source
    d = _Reader(raw, "daemon", source, _DAEMON_KEYS)
    port_file = d.string("port_file", None)
    daemon = DaemonSettings(
        host=d.string("host", "127.0.0.1") or "127.0.0.1",
        port=d.integer("port", 8787, 0, 65535),
        port_file=Path(port_file) if port_file else None,
        workers=d.integer("workers", 8, 1, 256),
        feed_interval=int(round(d.duration("feed_interval", 1800.0, minimum=1))),
        feed_jitter=d.duration("feed_jitter", 60.0, minimum=0),
        misfire_grace=d.duration("misfire_grace", 600.0, minimum=1),
        heartbeat=d.duration("heartbeat", 15.0, minimum=0.1),
        stop_timeout=d.duration("stop_timeout", 10.0, minimum=0),
    )
    poll = poller.PollSettings(
        lease=d.duration("lease", 300.0, minimum=1),
        failing_after=d.integer("failing_after", 5, 1, 10_000),
        backoff=Backoff(cap=d.duration("backoff_cap", 86400.0, minimum=1)),
        max_articles=d.integer("max_articles_per_poll", 30, 0, 10_000),
        entry_attempts=d.integer("entry_attempts", 3, 1, 100),
        entry_retention=d.duration("entry_retention", 90 * 86400.0, minimum=60),
    )

    h = _Reader(raw, "http", source, _HTTP_KEYS)
    allow = h.table.get("allow_hosts", [])
    if not isinstance(allow, list) or not all(isinstance(a, str) for a in allow):
        raise ConfigError(f"{h.where('allow_hosts')}: must be a list of host names, IP addresses or CIDR networks")
    user_agent = h.string("user_agent", None)
    try:
        policy = FetchPolicy(allow_hosts=tuple(allow), **({"user_agent": user_agent} if user_agent else {}))
    except ValueError as exc:
        raise ConfigError(f"{h.where('allow_hosts')}: {exc}") from None
    concurrency = h.integer("concurrency", 16, 1, 512)
    defaults = FetchLimits()
    limits = FetchLimits(
        connect_timeout=h.duration("connect_timeout", defaults.connect_timeout),
        read_timeout=h.duration("read_timeout", defaults.read_timeout),
        total_timeout=h.duration("total_timeout", defaults.total_timeout),
        max_bytes=h.integer("max_bytes", defaults.max_bytes, 1024, 1 << 31),
        max_redirects=h.integer("max_redirects", defaults.max_redirects, 0, 30),
        pool_hosts=max(defaults.pool_hosts, concurrency, daemon.workers),
        pool_per_host=max(defaults.pool_per_host, min(concurrency, 64)),
    )

    r = _Reader(raw, "revisit", source, _REVISIT_KEYS)
    steps_raw = r.table.get("schedule", ["1h", "3h", "12h", "1d", "3d"])
    if not isinstance(steps_raw, list) or not steps_raw:
        raise ConfigError(f"{r.where('schedule')}: must be a non-empty list of durations, e.g. [\"1h\", \"3h\", \"1d\"]")
    steps = tuple(parse_duration(v, f"{r.where('schedule')}[{i}]") for i, v in enumerate(steps_raw))
    if list(steps) != sorted(set(steps)):
        raise ConfigError(f"{r.where('schedule')}: delays must grow strictly (each counts from the last change)")
    revisit = arts.RevisitSchedule(
        steps=steps,
        max_age=r.duration("max_age", 7 * 86400.0),
        interval=r.duration("interval", 60.0, minimum=0.1),
        batch=r.integer("batch", 20, 1, 10_000),
        concurrency=r.integer("concurrency", 4, 1, 64),
        enabled=r.boolean("enabled", True),
    )

    g = _Reader(raw, "logging", source, _LOGGING_KEYS)
    level = g.string("level", None)
    if level is not None and level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError(f"{g.where('level')}: must be DEBUG, INFO, WARNING or ERROR")
    fmt = g.string("format", None)
    if fmt is not None and fmt not in ("text", "json"):
        raise ConfigError(f"{g.where('format')}: must be \"text\" or \"json\"")

    return Settings(
        feeds=_parse_feeds(raw, source, daemon.feed_interval),
        daemon=daemon, poll=poll, limits=limits, policy=policy, concurrency=concurrency, revisit=revisit,
        log_level=level.upper() if level else None, log_format=fmt,
    )


def _parse_feeds(raw: Mapping[str, Any], source: str, default_interval: int) -> tuple[poller.FeedSpec, ...]:
    items = raw.get("feeds", [])
    if not isinstance(items, list):
        raise ConfigError(f"{source}: feeds: must be an array of tables ([[feeds]] with name and url)")
    specs: list[poller.FeedSpec] = []
    names: set[str] = set()
    for i, item in enumerate(items):
        where = f"{source}: feeds[{i}]"
        if not isinstance(item, Mapping):
            raise ConfigError(f"{where}: must be a table with name and url")
        unknown = sorted(set(item) - _FEED_KEYS)
        if unknown:
            raise ConfigError(f"{where}.{unknown[0]}: unknown key (known: {', '.join(sorted(_FEED_KEYS))})")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > 200:
            raise ConfigError(f"{where}.name: must be a non-empty string of at most 200 characters")
        name = name.strip()
        if name in names:
            raise ConfigError(f"{where}.name: duplicate feed name {name!r}")
        names.add(name)
        url = item.get("url")
        if not isinstance(url, str) or not is_http_url(url):
            raise ConfigError(f"{where}.url: must be an absolute http(s) URL, got {url!r}")
        outlet = item.get("source", name)
        if not isinstance(outlet, str) or not outlet.strip() or len(outlet) > 200:
            raise ConfigError(f"{where}.source: must be a non-empty string of at most 200 characters")
        interval = default_interval
        if "interval" in item:
            interval = int(round(parse_duration(item["interval"], f"{where}.interval", minimum=1)))
        specs.append(poller.FeedSpec(name=name, url=url.strip(), source=outlet.strip(), interval=interval))
    return tuple(specs)


# =========================================================================== the store: one writer on SQLite


def worker_id() -> str:
    """`host:pid:random`, at most 64 characters (the lease_owner column)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:6]}"[:64]


class StoreLock:
    """On a SQLite file, an exclusive lock on `<database>.lock`, held while this process runs.

    A second daemon (or `poll --once`) on the same file is refused with a message naming
    the holder, instead of two schedulers writing one file. The OS drops the lock when the
    process dies, so a crash never leaves a stale lock. PostgreSQL needs no lock: workers
    coordinate through leases.
    """

    def __init__(self, db_url: str) -> None:
        self.path: Path | None = None
        self._file: Any = None
        url = make_url(db_url)
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            self.path = Path(url.database).with_name(Path(url.database).name + ".lock")

    def acquire(self, what: str) -> None:
        if self.path is None:
            return
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            database = self.path.with_suffix("")
            raise ShiftwatchError(
                f"{database}: the store is in use by {holder}; stop it first "
                f"(one daemon per SQLite file; use PostgreSQL to run several)") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"shiftwatch {what} (pid {os.getpid()} on {socket.gethostname()}, "
                     f"started {utcnow().isoformat(timespec='seconds')})\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            import fcntl

            try:
                self._file.seek(0)
                self._file.truncate()
                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
            finally:
                self._file.close()
                self._file = None


def register_worker(sessions: sessionmaker[Session], wid: str, now: datetime, *, sqlite: bool, stale_after: float) -> None:
    """Add this worker's row. On SQLite, a fresh heartbeat from another host (a shared file)
    is refused like a second local daemon; rows of dead workers are removed."""
    host = socket.gethostname()[:255]
    with sessions.begin() as session:
        if sqlite:
            fresh = session.scalars(select(Worker).where(
                Worker.heartbeat_at > now - timedelta(seconds=stale_after), Worker.hostname != host)).first()
            if fresh is not None:
                raise ShiftwatchError(
                    f"the store is in use by the shiftwatch daemon {fresh.id} on {fresh.hostname} "
                    f"(heartbeat {fresh.heartbeat_at.isoformat(timespec='seconds')}); "
                    "one daemon per SQLite file: stop it first, or use PostgreSQL to run several")
            session.execute(delete(Worker).where(Worker.hostname == host))
        session.execute(delete(Worker).where(Worker.heartbeat_at < now - timedelta(days=1)))
        session.add(Worker(id=wid, hostname=host, pid=os.getpid(), started_at=now, heartbeat_at=now))


def store_counts(session: Session, now: datetime) -> tuple[dict[str, int], dict[str, int], int]:
    feeds = poller.feed_counts(session)
    deliveries = dict(session.execute(select(Delivery.status, func.count()).group_by(Delivery.status)).all())
    return feeds, deliveries, arts.revisits_due(session, now)


# =========================================================================== runtime shared by run and poll --once


class Runtime:
    """Store, fetcher, alerting and a lazily built pipeline (with its baseline)."""

    def __init__(self, config: Config, settings: Settings, db_url: str, *, metrics: NullMetrics | None = None,
                 what: str = "daemon") -> None:
        from monitor.alerts.service import load_alerting
        from monitor.store.db import open_store

        self.config = config
        self.settings = settings
        self.db_url = db_url
        self.metrics = metrics or NullMetrics()
        self.alerting = load_alerting(config.raw, config.source)  # validates endpoints and secrets up front
        if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
            logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # one line per plugin otherwise
        self.lock = StoreLock(db_url)
        self.lock.acquire(what)
        try:
            self.sessions = open_store(db_url)
        except BaseException:
            self.lock.release()
            raise
        self.sqlite = self.sessions.kw["bind"].dialect.name == "sqlite"
        self.fetcher = Fetcher(settings.limits, settings.policy, transport="direct")
        self.id = worker_id()
        self._pipeline: Any = None
        self._pipeline_lock = threading.Lock()
        self.stances: list[Any] | None = None

    def load_stances(self) -> list[Any]:
        if self.stances is None:
            from monitor.detect import load_stances

            stances = load_stances(self.config.stances)
            if not stances:
                raise ConfigError(f"{self.config.stances}: no stance files (*.toml)")
            self.stances = list(stances)
        return self.stances

    def pipeline(self) -> Any:
        """The pipeline, built on first use after the seed baseline is in the store."""
        with self._pipeline_lock:
            if self._pipeline is None:
                from monitor.pipeline import Pipeline
                from monitor.replay import ensure_baseline

                pipeline = Pipeline(self.sessions, self.load_stances(), subscribers=self.alerting.subscribers)
                ensure_baseline(pipeline, self.config.seeds)
                self._pipeline = pipeline
            return self._pipeline

    def ingest(self, document: Any) -> Any:
        return self.pipeline().ingest(document)

    def close(self) -> None:
        self.fetcher.close()
        self.sessions.kw["bind"].dispose()
        self.lock.release()


def poll_once(config: Config, settings: Settings, db_url: str, *, every_feed: bool = False) -> poller.CycleStats:
    """`shiftwatch poll --once`: one cycle of all due feeds (all active feeds with
    `every_feed`) and their new articles, then return."""
    runtime = Runtime(config, settings, db_url, what="poll --once")
    try:
        now = utcnow()
        poller.sync_feeds(runtime.sessions, settings.feeds, now)
        if every_feed:
            with runtime.sessions.begin() as session:
                session.execute(update(Feed).where(Feed.status == poller.ACTIVE, Feed.next_poll_at > now)
                                .values(next_poll_at=now), execution_options={"synchronize_session": False})
        feed_poller = poller.FeedPoller(
            runtime.sessions, runtime.fetcher, runtime.ingest, owner=runtime.id, settings=settings.poll,
            schedule=settings.revisit, subscribers=runtime.alerting.subscribers,
        )
        return feed_poller.run_cycle(settings.concurrency)
    finally:
        runtime.close()


# =========================================================================== the daemon


class Daemon:
    """The long-running `shiftwatch run`."""

    def __init__(self, config: Config, settings: Settings, db_url: str) -> None:
        self.config = config
        self.settings = settings
        self.db_url = db_url
        self.stop = threading.Event()
        self.metrics = Metrics()
        self.runtime: Runtime | None = None
        self.scheduler: Any = None
        self.web: Any = None
        self.port: int | None = None
        self.started_at = utcnow()
        self.last_heartbeat: datetime | None = None
        self._active = 0
        self._idle = threading.Condition()
        self._scheduled: dict[str, datetime] = {}
        self._signals = 0
        self._scheduler_running = False
        self._token: str | None = None
        self._owns_process = False
        self.poller: poller.FeedPoller | None = None
        self.revisiter: arts.Revisiter | None = None

    # ----------------------------------------------------------------- lifecycle

    def run(self, *, handle_signals: bool | None = None) -> int:
        """Run until SIGTERM/SIGINT (or `request_stop`); returns the exit code.

        Signals are handled when run in the main thread (the command); a daemon run in
        another thread (tests, embedding) is stopped with `request_stop`.
        """
        if handle_signals is None:
            handle_signals = threading.current_thread() is threading.main_thread()
        self._owns_process = handle_signals
        previous = {}
        if handle_signals:
            previous = {sig: signal.signal(sig, self._on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            return self._run()
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def request_stop(self, reason: str = "stop requested") -> None:
        """Stop as on SIGTERM: no new work, work in flight finishes, then `run` returns."""
        log.info("%s: stopping", reason)
        self.stop.set()
        if self._scheduler_running:
            threading.Thread(target=self._shutdown_scheduler, name="shutdown", daemon=True).start()

    def _run(self) -> int:
        d = self.settings.daemon
        self._token = _web_token(d.host)  # refuse a public address without a token before anything starts
        self.runtime = rt = Runtime(self.config, self.settings, self.db_url, metrics=self.metrics)
        try:
            register_worker(rt.sessions, rt.id, utcnow(), sqlite=rt.sqlite, stale_after=max(60.0, 4 * d.heartbeat))
            log.info("worker %s on %s", rt.id, _safe_url(self.db_url))
            rt.load_stances()
            rt.pipeline()  # the baseline, before any feed is read
            states = poller.sync_feeds(rt.sessions, self.settings.feeds, utcnow())
            if not states:
                log.warning("no feeds configured ([[feeds]] in %s): only revisits and deliveries run", self.config.source)
            self.poller = poller.FeedPoller(
                rt.sessions, rt.fetcher, rt.ingest, owner=rt.id, settings=self.settings.poll,
                schedule=self.settings.revisit, subscribers=rt.alerting.subscribers, metrics=self.metrics, stop=self.stop)
            revisit = self.settings.revisit
            rounds = math.ceil(revisit.batch / revisit.concurrency)  # a run's claims must outlast its slowest fetches
            self.revisiter = arts.Revisiter(
                rt.sessions, rt.fetcher, rt.ingest, revisit, owner=rt.id,
                lease_seconds=max(self.settings.poll.lease, rounds * self.settings.limits.total_timeout + 60),
                metrics=self.metrics, stop=self.stop)
            self._heartbeat()
            self._start_web()
            if self.stop.is_set():
                return 0
            self.scheduler = self._build_scheduler(states)
            log.info("running: %d feed(s), revisits %s, %d endpoint(s); SIGTERM or Ctrl-C stops",
                     len(states), "on" if self.settings.revisit.enabled else "off", len(rt.alerting.endpoints))
            self._scheduler_running = True
            if not self.stop.is_set():
                self.scheduler.start()  # blocks until a signal shuts it down
            return self._wind_down()
        finally:
            self._close()

    def _on_signal(self, signum: int, _frame: Any) -> None:
        self._signals += 1
        if self._signals > 1:
            log.warning("second %s: exiting now", signal.Signals(signum).name)
            logging.shutdown()
            os._exit(1)
        self.request_stop(f"{signal.Signals(signum).name} received")

    def _shutdown_scheduler(self) -> None:
        from apscheduler.schedulers import SchedulerNotRunningError

        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                self.scheduler.shutdown(wait=False)
                return
            except SchedulerNotRunningError:
                time.sleep(0.05)  # a signal between our check and start(): try again

    def _wind_down(self) -> int:
        timeout = self.settings.daemon.stop_timeout
        with self._idle:
            self._idle.wait_for(lambda: self._active == 0, timeout=timeout)
            left = self._active
        if left:
            log.warning("%d job(s) still running after %g s: leaving their work to be redone", left, timeout)
        return 0

    def _close(self) -> None:
        rt = self.runtime
        stragglers = self._active > 0
        if rt is not None:
            try:
                released = poller.release_feeds(rt.sessions, rt.id) + arts.release_articles(rt.sessions, rt.id)
                if released:
                    log.info("released %d lease(s)", released)
                with rt.sessions.begin() as session:
                    session.execute(delete(Worker).where(Worker.id == rt.id))
            except Exception as exc:  # the store may be what failed
                log.warning("could not release leases on exit (they expire): %s", exc)
        if self.web is not None:
            self.web.stop()
        port_file = self.settings.daemon.port_file
        if port_file is not None and self.port is not None:
            port_file.unlink(missing_ok=True)
        if rt is not None:
            if stragglers:
                rt.lock.release()
            else:
                rt.close()
        log.info("stopped")
        if stragglers and self._owns_process:
            logging.shutdown()
            os._exit(0)  # threads stuck in HTTP would hold the interpreter open; nothing is half-written

    # ----------------------------------------------------------------- web

    def _start_web(self) -> None:
        from monitor.web.app import WebServer, create_app

        d = self.settings.daemon
        app = create_app(self.runtime.sessions, self.runtime.load_stances(), health=self.health,
                         registry=self.metrics.registry, token=self._token)
        self.web = WebServer(app, d.host, d.port)
        try:
            self.web.start()
        except RuntimeError as exc:
            raise ShiftwatchError(f"cannot serve on {d.host}:{d.port}: {exc}") from None
        self.port = self.web.port
        log.info("serving /healthz and /metrics on http://%s:%d", d.host, self.port)
        if d.port_file is not None:
            d.port_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = d.port_file.with_name(d.port_file.name + ".tmp")
            tmp.write_text(f"{self.port}\n", encoding="utf-8")
            tmp.replace(d.port_file)

    def health(self) -> dict[str, Any]:
        now = utcnow()
        report: dict[str, Any] = {
            "status": "ok",
            "worker": self.runtime.id if self.runtime else None,
            "started": _iso(self.started_at),
            "uptime_s": round((now - self.started_at).total_seconds(), 1),
            "scheduler": "running" if self.scheduler is not None and self.scheduler.running else "stopped",
            "last_heartbeat": _iso(self.last_heartbeat),
        }
        if self.stop.is_set():
            report["status"] = "stopping"
        elif report["scheduler"] != "running":
            report["status"] = "starting"
        try:
            with self.runtime.sessions() as session:  # type: ignore[union-attr]
                session.execute(text("SELECT 1"))
                report["feeds"] = poller.feed_counts(session)
        except Exception as exc:
            report["status"] = "error"
            report["store"] = f"{type(exc).__name__}: {exc}"[:300]
        stale = 3 * self.settings.daemon.heartbeat + 30
        if self.last_heartbeat is not None and (now - self.last_heartbeat).total_seconds() > stale:
            report["status"] = "error"
            report["heartbeat"] = "stale"
        return report

    # ----------------------------------------------------------------- scheduler

    def _build_scheduler(self, states: list[poller.FeedState]) -> Any:
        from apscheduler.events import EVENT_JOB_MISSED, EVENT_JOB_SUBMITTED
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.blocking import BlockingScheduler
        from apscheduler.triggers.interval import IntervalTrigger

        if logging.getLogger().level > logging.DEBUG:
            logging.getLogger("apscheduler").setLevel(logging.WARNING)
        d, revisit = self.settings.daemon, self.settings.revisit
        scheduler = BlockingScheduler(
            executors={"default": ThreadPoolExecutor(d.workers), "background": ThreadPoolExecutor(4)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": int(max(1, d.misfire_grace))},
            timezone=timezone.utc,
        )
        scheduler.add_listener(self._on_submitted, EVENT_JOB_SUBMITTED)
        scheduler.add_listener(self._on_missed, EVENT_JOB_MISSED)
        now = utcnow()
        for state in states:
            jitter = self._jitter(state.interval)
            first = max(now, state.next_poll_at or now) + timedelta(seconds=random.uniform(0, jitter))
            job_id = f"feed:{state.name}"
            scheduler.add_job(self._feed_job, IntervalTrigger(seconds=state.interval, jitter=jitter or None),
                              args=[state.id, job_id], id=job_id, name=f"feed {state.name}", next_run_time=first)
        if revisit.enabled:
            scheduler.add_job(self._revisit_job, IntervalTrigger(seconds=revisit.interval), id="revisit",
                              name="revisit", executor="background", next_run_time=now + timedelta(seconds=1))
        if self.runtime.alerting.endpoints:
            scheduler.add_job(self._deliver_job, IntervalTrigger(seconds=self.runtime.alerting.settings.interval),
                              id="deliver", name="deliver", executor="background", next_run_time=now)
        else:
            log.info("no [[endpoints]] configured: alerts are kept in the store, not sent")
        scheduler.add_job(self._heartbeat_job, IntervalTrigger(seconds=d.heartbeat), id="heartbeat",
                          name="heartbeat", executor="background")
        scheduler.add_job(self._maintenance_job, IntervalTrigger(hours=1), id="maintenance", name="maintenance",
                          executor="background", next_run_time=now + timedelta(seconds=30))
        return scheduler

    def _jitter(self, interval: float) -> float:
        return min(self.settings.daemon.feed_jitter, interval / 4)

    def _on_submitted(self, event: Any) -> None:
        if event.scheduled_run_times:
            self._scheduled[event.job_id] = event.scheduled_run_times[-1]

    def _on_missed(self, event: Any) -> None:
        log.warning("job %s missed its run at %s (later than the misfire grace time)", event.job_id,
                    _iso(event.scheduled_run_time))

    def _guard(self, kind: str, job_id: str, work: Callable[[], None]) -> None:
        with self._idle:  # counted before the stop check, so winding down never misses a starting job
            self._active += 1
        ok = True
        try:
            if self.stop.is_set():
                return
            scheduled = self._scheduled.get(job_id)
            if scheduled is not None:
                self.metrics.job(kind, lag=(utcnow() - scheduled).total_seconds())
            work()
        except Exception:
            ok = False
            log.exception("%s job failed; it runs again on schedule", job_id)
        finally:
            self.metrics.job(kind, ok=ok)
            with self._idle:
                self._active -= 1
                self._idle.notify_all()

    def _feed_job(self, feed_id: int, job_id: str) -> None:
        self._guard("feed", job_id, lambda: self._poll_feed(feed_id, job_id))

    def _poll_feed(self, feed_id: int, job_id: str) -> None:
        assert self.poller is not None
        run = self.poller.run_feed(feed_id)
        if self.stop.is_set():
            return
        now = utcnow()
        if run.result in ("inactive", "gone"):
            self._remove_job(job_id)
            return
        job = self.scheduler.get_job(job_id)
        interval = job.trigger.interval.total_seconds() if job is not None else self.settings.daemon.feed_interval
        when = run.next_poll_at or now + timedelta(seconds=interval)
        if run.result == "not_due" and when <= now:
            when = now + timedelta(seconds=min(30.0, interval))  # leased by another worker
        when = max(when, now + timedelta(seconds=0.2)) + timedelta(seconds=random.uniform(0, self._jitter(interval)))
        try:
            self.scheduler.modify_job(job_id, next_run_time=when)
        except Exception:  # the job was removed or the scheduler is stopping
            pass

    def _remove_job(self, job_id: str) -> None:
        try:
            self.scheduler.remove_job(job_id)
            log.info("%s: no longer polled", job_id)
        except Exception:
            pass

    def _revisit_job(self) -> None:
        self._guard("revisit", "revisit", lambda: self.revisiter.run())  # type: ignore[union-attr]

    def _deliver_job(self) -> None:
        def deliver() -> None:
            rt = self.runtime
            assert rt is not None
            stats = rt.alerting.deliver(rt.sessions, rt.id, stop=self.stop)
            self.metrics.deliveries(stats)
            if stats.claimed:
                log.info("delivery run: %s", stats.summary())

        self._guard("deliver", "deliver", deliver)

    def _heartbeat_job(self) -> None:
        self._guard("heartbeat", "heartbeat", self._heartbeat)

    def _heartbeat(self) -> None:
        rt = self.runtime
        assert rt is not None
        now = utcnow()
        with rt.sessions.begin() as session:
            updated = session.execute(update(Worker).where(Worker.id == rt.id).values(heartbeat_at=now),
                                      execution_options={"synchronize_session": False}).rowcount
            if not updated:  # removed by someone cleaning up: register again
                session.add(Worker(id=rt.id, hostname=socket.gethostname()[:255], pid=os.getpid(),
                                   started_at=self.started_at, heartbeat_at=now))
        with rt.sessions() as session:
            self.metrics.store_gauges(*store_counts(session, now))
        self.metrics.heartbeat()
        self.last_heartbeat = now

    def _maintenance_job(self) -> None:
        def maintain() -> None:
            rt = self.runtime
            assert rt is not None
            pruned = poller.prune_entries(rt.sessions, utcnow(), self.settings.poll.entry_retention)
            if pruned:
                log.info("forgot %d finished feed entries older than the retention", pruned)

        self._guard("maintenance", "maintenance", maintain)


def _web_token(host: str) -> str | None:
    """The dashboard token from $SHIFTWATCH_WEB_TOKEN (as `shiftwatch serve`); a host other
    than loopback is refused without one."""
    from monitor.web.serve import DEFAULT_TOKEN_ENV, check_binding, token_from_env

    token = token_from_env(DEFAULT_TOKEN_ENV)
    check_binding(host, token, DEFAULT_TOKEN_ENV)
    return token


def _safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "(store)"


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds").replace("+00:00", "Z") if value else None
