"""The daemon in-process: the default config offline, many feeds at once, `poll --once`, config and status."""

from __future__ import annotations

import dataclasses
import gc
import json
import logging
import socket
import threading
import time
import tomllib
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.cli import main
from monitor.config import Config, load_config
from monitor.daemon import Daemon, Settings, StoreLock, load_settings, parse_duration, poll_once
from monitor.errors import ConfigError, ShiftwatchError
from monitor.sources.poller import FeedSpec
from monitor.store.db import open_store
from monitor.store.models import Article, Feed, FeedEntry, Version
from tests.conftest import ROOT, SEEDS, STANCES
from tests.daemon.conftest import Site, article_html, rss

DEFAULT_CONFIG = ROOT / "config" / "shiftwatch.toml"


def wait_until(what: str, probe: Callable[[], Any], timeout: float = 30.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


def local_config(tmp_path: Path, raw: dict[str, Any] | None = None) -> Config:
    return Config(source=str(tmp_path / "test.toml"), db_url=f"sqlite:///{tmp_path / 'store.db'}", seeds=SEEDS,
                  stances=STANCES, raw=raw or {})


def with_daemon(settings: Settings, **changes: Any) -> Settings:
    return dataclasses.replace(settings, daemon=dataclasses.replace(settings.daemon, **changes))


class Running:
    """A Daemon in a background thread (no signals: stopped with request_stop)."""

    def __init__(self, config: Config, settings: Settings) -> None:
        self.daemon = Daemon(config, settings, config.db_url)
        self.result: list[int] = []
        self.thread = threading.Thread(target=lambda: self.result.append(self.daemon.run()), daemon=True)

    def __enter__(self) -> Daemon:
        self.thread.start()
        wait_until("the scheduler", lambda: self.daemon.scheduler is not None and self.daemon.scheduler.running
                   or not self.thread.is_alive())
        assert self.thread.is_alive(), "the daemon did not start"
        return self.daemon

    def __exit__(self, *exc: object) -> None:
        self.daemon.request_stop("test done")
        self.thread.join(20)
        assert not self.thread.is_alive(), "the daemon did not stop"
        assert self.result == [0]


# --------------------------------------------------------------------------- the default config


def test_default_config_is_valid_polite_and_sends_nothing() -> None:
    config = load_config(DEFAULT_CONFIG)
    settings = load_settings(config)
    assert len(settings.feeds) >= 6
    assert all(f.interval >= 15 * 60 for f in settings.feeds)
    assert all(f.url.startswith("https://") for f in settings.feeds)
    assert len({f.source for f in settings.feeds}) == len(settings.feeds)
    assert settings.policy.allow_hosts == ()
    assert "endpoints" not in tomllib.loads(DEFAULT_CONFIG.read_text())
    assert (settings.daemon.host, settings.daemon.port) == ("127.0.0.1", 8787)


def test_the_default_config_runs_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         caplog: pytest.LogCaptureFixture) -> None:
    """No network: starts, stores the baseline, logs each unreachable feed once per backoff step, keeps running."""
    real = socket.getaddrinfo

    def offline(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host in ("127.0.0.1", "localhost"):
            return real(host, *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", offline)
    caplog.set_level(logging.INFO)
    default = load_config(DEFAULT_CONFIG)
    config = dataclasses.replace(default, db_url=f"sqlite:///{tmp_path / 'store.db'}", seeds=SEEDS, stances=STANCES)
    settings = with_daemon(load_settings(config), port=0, feed_jitter=0.0)
    names = [f.name for f in settings.feeds]
    with Running(config, settings) as daemon:
        sessions = daemon.runtime.sessions

        def all_failed() -> bool:
            with sessions() as session:
                return session.scalar(select(func.count()).where(Feed.consecutive_errors == 1)) == len(names)

        wait_until("every feed to fail once", all_failed)
        time.sleep(1.0)  # backing off: nobody retries now
        health = daemon.health()
        assert health["status"] == "ok" and health["feeds"]["failing"] == len(names)
        with sessions() as session:
            assert session.scalar(select(func.count()).select_from(Version)) == 5  # the seed baseline
            for feed in session.scalars(select(Feed)):
                assert "cannot resolve host" in feed.error
                assert (feed.next_poll_at - feed.last_poll_at).total_seconds() >= feed.interval_s
    for name in names:
        lines = [r.getMessage() for r in caplog.records
                 if r.levelno == logging.WARNING and r.getMessage().startswith(f"feed {name}: ")]
        assert len(lines) == 1, lines
        assert "1 error in a row; next poll in" in lines[0]


# --------------------------------------------------------------------------- many feeds


def serve_feeds(site: Site, count: int, *, big: int = 1000) -> list[FeedSpec]:
    """`count` small feeds, feed 0 with `big` entries, feed 1 hanging, feed 2 broken."""
    specs = []
    for i in range(count):
        path = f"/f/{i}.xml"
        if i == 0:
            items = [{"title": f"Item {j}", "link": site.url(f"/big/{j}.html"), "guid": f"big-{j}"} for j in range(big)]
            for j in range(big):
                site.put(f"/big/{j}.html", article_html(f"Item {j}", f"Seoul's markets moved on day {j}, traders said."))
        else:
            items = [{"title": f"Feed {i}", "link": site.url(f"/p/{i}.html"), "guid": f"p-{i}"}]
            site.put(f"/p/{i}.html", article_html(f"Feed {i}", f"Story {i}: the port of Busan handled more containers."))
        site.put(path, rss(items), "application/rss+xml", headers={"ETag": f'"{i}"'})
        specs.append(FeedSpec(f"feed-{i:03}", site.url(path), f"Outlet {i % 7}", 3600))
    site.delay["/f/1.xml"] = 3.0  # hangs past the read timeout
    site.put("/f/2.xml", b"<rss><channel><item><title>broken", "application/rss+xml")
    return specs


def fast_settings(site: Site, specs: list[FeedSpec], **daemon: Any) -> Settings:
    base = load_settings(Config(source="test", raw={
        "http": {"allow_hosts": ["127.0.0.1"], "read_timeout": 1, "connect_timeout": 1, "total_timeout": 5,
                 "concurrency": 32},
        "daemon": {"max_articles_per_poll": 5, "feed_jitter": 0, "workers": 16, "port": 0},
        "revisit": {"enabled": False},
    }))
    base = dataclasses.replace(base, feeds=tuple(specs))
    return with_daemon(base, **daemon) if daemon else base


def check_many_feeds(sessions: sessionmaker[Session], count: int) -> None:
    with sessions() as session:
        feeds = {f.name: f for f in session.scalars(select(Feed))}
        assert len(feeds) == count
        assert "no response within" in feeds["feed-001"].error or "stalled" in feeds["feed-001"].error
        assert "feed" in feeds["feed-002"].error
        good = [f for name, f in feeds.items() if name not in ("feed-001", "feed-002")]
        assert all(f.error is None and f.last_success_at is not None for f in good)
        big = feeds["feed-000"]
        assert big.entries_seen == 1000
        statuses = dict(session.execute(select(FeedEntry.status, func.count()).where(FeedEntry.feed_id == big.id)
                                        .group_by(FeedEntry.status)).all())
        assert statuses == {"done": 5, "pending": 995}
        articles = session.scalar(select(func.count()).select_from(Article).where(Article.url.like("http://127.0.0.1%")))
        assert articles == 5 + (count - 3)


def test_poll_once_two_hundred_feeds_one_bad_never_blocks_the_others(tmp_path: Path, site: Site) -> None:
    specs = serve_feeds(site, 200)
    config = local_config(tmp_path)
    started = time.monotonic()
    stats = poll_once(config, fast_settings(site, specs), config.db_url)
    elapsed = time.monotonic() - started
    assert (stats.feeds, stats.ok, stats.errors) == (200, 198, 2)
    assert stats.new_entries == 1000 + 197 and stats.versions == 5 + 197
    check_many_feeds(open_store(config.db_url, migrate=False), 200)
    print(f"\npoll --once, 200 local feeds (one 1,000-entry feed, one hanging, one broken), "
          f"{stats.articles} articles: {elapsed:.1f} s")
    assert elapsed < 60

    # Second cycle: nothing is due; with --all every feed answers 304 and nothing is parsed.
    assert poll_once(config, fast_settings(site, specs), config.db_url).feeds == 0
    site.delay.clear()
    started = time.monotonic()
    again = poll_once(config, fast_settings(site, specs), config.db_url, every_feed=True)
    print(f"poll --once --all, 200 feeds answering 304: {time.monotonic() - started:.2f} s")
    assert (again.not_modified, again.ok, again.errors) == (198, 1, 1)  # feed-001 answers now, feed-002 is still broken
    assert again.new_entries == 1 and again.versions == 5 + 1  # the next five of the 1,000-entry feed, after a 304


def test_daemon_two_hundred_feeds_at_once(tmp_path: Path, site: Site) -> None:
    specs = serve_feeds(site, 200)
    config = local_config(tmp_path)
    settings = fast_settings(site, specs)
    with Running(config, settings) as daemon:
        sessions = daemon.runtime.sessions

        def all_polled() -> bool:
            with sessions() as session:
                polled = session.scalar(select(func.count()).select_from(Feed).where(Feed.last_poll_at.is_not(None)))
                busy = session.scalar(select(func.count()).select_from(Feed).where(Feed.lease_owner.is_not(None)))
                return polled == 200 and busy == 0

        started = time.monotonic()
        wait_until("all 200 feeds polled", all_polled, timeout=90)
        elapsed = time.monotonic() - started
        check_many_feeds(sessions, 200)
        jobs = [j.id for j in daemon.scheduler.get_jobs() if j.id.startswith("feed:")]
        assert len(jobs) == 200
        job = daemon.scheduler.get_job("feed:feed-010")
        assert job.coalesce and job.max_instances == 1 and job.misfire_grace_time
        with sessions() as session:
            due = session.scalar(select(Feed.next_poll_at).where(Feed.name == "feed-010"))
        assert abs((job.next_run_time - due).total_seconds()) < 1  # the job follows the store
        with urllib.request.urlopen(f"http://127.0.0.1:{daemon.port}/metrics", timeout=5) as response:
            metrics = response.read().decode()
        assert 'shiftwatch_feed_polls_total{result="ok"} 198.0' in metrics
        assert 'shiftwatch_feed_poll_errors_total{kind="FetchTimeout"} 1.0' in metrics
        print(f"\ndaemon: 200 feeds polled, {elapsed:.1f} s")


# --------------------------------------------------------------------------- one writer on SQLite


def test_a_second_writer_on_one_sqlite_file_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    first = StoreLock(url)
    first.acquire("daemon")
    try:
        with pytest.raises(ShiftwatchError, match=r"in use by shiftwatch daemon \(pid \d+"):
            StoreLock(url).acquire("poll --once")
    finally:
        first.release()
    StoreLock(url).acquire("daemon")  # free again
    assert StoreLock("postgresql+psycopg://u@h/db").path is None


# --------------------------------------------------------------------------- config


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"feeds": {"name": "x"}}, "feeds: must be an array of tables"),
        ({"feeds": [{"name": "x"}]}, "feeds[0].url: must be an absolute http(s) URL"),
        ({"feeds": [{"name": "x", "url": "ftp://a.test/"}]}, "feeds[0].url"),
        ({"feeds": [{"name": "x", "url": "https://a.test/"}, {"name": "x", "url": "https://b.test/"}]},
         "feeds[1].name: duplicate feed name 'x'"),
        ({"feeds": [{"name": "x", "url": "https://a.test/", "every": 5}]}, "feeds[0].every: unknown key"),
        ({"feeds": [{"name": "x", "url": "https://a.test/", "interval": "soon"}]}, "feeds[0].interval: 'soon' is not a duration"),
        ({"daemon": {"port": 70000}}, "daemon.port: must be a whole number from 0 to 65535"),
        ({"daemon": {"colour": 1}}, "daemon.colour: unknown key"),
        ({"http": {"allow_hosts": "127.0.0.1"}}, "http.allow_hosts: must be a list"),
        ({"http": {"allow_hosts": ["not a host/"]}}, "http.allow_hosts"),
        ({"revisit": {"schedule": ["3h", "1h"]}}, "revisit.schedule: delays must grow"),
        ({"revisit": {"schedule": ["1h", -5]}}, "revisit.schedule[1]: must be at least"),
        ({"logging": {"format": "xml"}}, "logging.format"),
    ],
)
def test_config_errors_name_the_file_and_key(raw: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as error:
        load_settings(Config(source="x.toml", raw=raw))
    assert str(error.value).startswith("x.toml: ") and message in str(error.value)


def test_durations() -> None:
    assert parse_duration(90, "k") == 90
    assert parse_duration("15m", "k") == 900
    assert parse_duration("1h30m", "k") == 5400
    assert parse_duration("3d", "k") == 3 * 86400
    assert parse_duration("0.5s", "k") == 0.5
    for bad in ("", "5 parsecs", True, "m5", [1]):
        with pytest.raises(ConfigError):
            parse_duration(bad, "k")


# --------------------------------------------------------------------------- commands


def test_poll_once_and_status_commands(tmp_path: Path, site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    site.put("/feed.xml", rss([{"title": "Seoul weighs arms", "link": site.url("/a.html"), "guid": "a"}]),
             "application/rss+xml")
    site.put("/a.html", article_html("Seoul weighs arms",
                                     "South Korea is reviewing whether to supply weapons to Ukraine, officials said."))
    config = tmp_path / "test.toml"
    config.write_text(f"""
[store]
url = "sqlite:///{tmp_path / 'store.db'}"
[paths]
seeds = "{SEEDS}"
stances = "{STANCES}"
[http]
allow_hosts = ["127.0.0.1"]
[[feeds]]
name = "local"
source = "Local News"
url = "{site.url('/feed.xml')}"
[[feeds]]
name = "missing"
url = "{site.url('/missing.xml')}"
""")
    assert main(["poll", "--once", "--config", str(config)]) == 1  # one feed failed
    assert gc.isenabled() and gc.get_freeze_count() == 0  # the command's GC pause is over
    out = capsys.readouterr().out
    assert "2 feed(s) polled" in out and "1 new version(s)" in out and "1 failed" in out

    assert main(["status", "--config", str(config)]) == 0
    text = capsys.readouterr().out
    assert "Feeds: 2 (1 active, 1 failing)" in text
    missing = next(line for line in text.splitlines() if line.strip().startswith("missing "))
    assert "HTTP 404" in missing and "never" in missing
    assert "kr-arms-ukraine: reconsider" in text and "Local News" in text

    assert main(["status", "--format", "json", "--config", str(config)]) == 0
    data = json.loads(capsys.readouterr().out)
    local = next(f for f in data["feeds"] if f["name"] == "local")
    assert local["status"] == "active" and local["entries_seen"] == 1 and local["last_success_at"]
    assert local["next_poll_at"] and local["error"] is None
    stance = next(s for s in data["stances"] if s["stance"] == "kr-arms-ukraine")
    assert any(s["source"] == "Local News" and s["state"] == "reconsider" for s in stance["sources"])
    assert data["revisits"]["scheduled"] == 1


# --------------------------------------------------------------------------- the delivery job


def test_the_daemon_delivers_ops_alerts_through_the_outbox(tmp_path: Path, site: Site,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.alerts.receiver import Receiver

    with Receiver() as receiver:
        monkeypatch.setenv("SW_TEST_OPS_SECRET", receiver.secret)
        raw = {
            "http": {"allow_hosts": ["127.0.0.1"]},
            "daemon": {"port": 0, "feed_jitter": 0, "failing_after": 1},
            "endpoints": [{"name": "ops", "url": receiver.url, "secret_env": "SW_TEST_OPS_SECRET",
                           "types": ["feed.failing", "feed.recovered"]}],
            "delivery": {"interval": 0.2},
            "feeds": [{"name": "broken", "url": site.url("/missing.xml")}],
        }
        config = local_config(tmp_path, raw)
        with Running(config, load_settings(config)):
            [request] = receiver.wait_for(1, timeout=20)
        assert request.verified
        body = request.json()
        assert body["type"] == "feed.failing" and body["feed"]["name"] == "broken" and "HTTP 404" in body["error"]


def test_poll_once_command_parses_in_worker_processes_with_the_same_result(
        tmp_path: Path, site: Site, caplog: pytest.LogCaptureFixture) -> None:
    """`shiftwatch poll --once` (a process with one thread) parses many new feeds in worker
    processes; what it stores and logs is what polling in this process (threads running,
    so parsing in the fetching threads) stores and logs."""
    import os
    import subprocess
    import sys

    specs = []
    for i in range(60):
        items = [{"title": f"Feed {i} item {j}", "link": site.url(f"/p/{i}-{j}.html"), "guid": f"g-{i}-{j}",
                  "pubDate": f"Tue, 10 Jun 2025 0{j}:00:00 +0000"} for j in range(3)]
        site.put(f"/f/{i}.xml", rss(items), "application/rss+xml")  # no validators: every feed is parsed
        specs.append({"name": f"feed-{i:02}", "url": site.url(f"/f/{i}.xml")})
    site.put("/f/7.xml", b'<?xml version="1.0"?><rss version="2.0"><channel><title>Tom & Jerry</title>'
                         b"<item><title>kept</title><link>https://x.test/1</link></item>", "application/rss+xml")
    site.put("/f/8.xml", b"<rss><channel><item><title>broken", "application/rss+xml")
    site.put("/f/9.xml", b"<!DOCTYPE html><html><body>not a feed</body></html>", "text/html")

    def config(name: str) -> Path:
        path = tmp_path / f"{name}.toml"
        feeds = "".join(f'[[feeds]]\nname = "{s["name"]}"\nurl = "{s["url"]}"\n' for s in specs)
        path.write_text(f'[store]\nurl = "sqlite:///{tmp_path / name}.db"\n[paths]\nseeds = "{SEEDS}"\n'
                        f'stances = "{STANCES}"\n[http]\nallow_hosts = ["127.0.0.1"]\nconcurrency = 8\n'
                        f"[daemon]\nmax_articles_per_poll = 0\n{feeds}")
        return path

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-m", "monitor", "--log-level", "DEBUG", "--config", str(config("pool")),
                           "poll", "--once", "--all"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr[-3000:]  # two feeds failed
    assert "60 feed(s) polled" in done.stdout and "58 changed" in done.stdout and "2 failed" in done.stdout
    assert "60 feeds to poll: parsing in " in done.stderr  # the pool was used

    with caplog.at_level(logging.WARNING):
        here = load_config(config("threads"))
        stats = poll_once(here, load_settings(here), here.db_url, every_feed=True)
    assert (stats.ok, stats.errors, stats.new_entries) == (58, 2, 57 * 3 + 1)
    import re

    def unjittered(line: str) -> str:  # the backoff delay is jittered
        return re.sub(r"next poll in [^)]*\)", "next poll in …)", line)

    warnings = sorted(unjittered(f"WARNING {r.name}: {r.getMessage()}") for r in caplog.records
                      if r.name.startswith("monitor.sources"))
    assert len(warnings) == 3 and any("not well-formed" in w for w in warnings)
    assert sorted(unjittered(line) for line in done.stderr.splitlines()
                  if line.startswith("WARNING monitor.sources")) == warnings

    def stored(name: str) -> tuple[list[Any], list[Any]]:
        sessions = open_store(f"sqlite:///{tmp_path / name}.db", migrate=False)
        with sessions() as session:
            feeds = session.execute(select(Feed.name, Feed.url, Feed.etag, Feed.status, Feed.error, Feed.consecutive_errors,
                                           Feed.entries_seen).order_by(Feed.name)).all()
            entries = session.execute(select(Feed.name, FeedEntry.key, FeedEntry.url, FeedEntry.title, FeedEntry.published,
                                             FeedEntry.status, FeedEntry.attempts, FeedEntry.error)
                                      .join(Feed, Feed.id == FeedEntry.feed_id).order_by(Feed.name, FeedEntry.key)).all()
        return [tuple(r) for r in feeds], [tuple(r) for r in entries]

    assert stored("pool") == stored("threads")
