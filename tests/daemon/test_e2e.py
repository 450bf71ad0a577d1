"""End to end: `python -m monitor run` as a subprocess against a real HTTP server on loopback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.store.db import open_store
from monitor.store.models import Alert, Article, Feed, Reading, Version
from tests.conftest import SEEDS, STANCES
from tests.daemon.conftest import Site, article_html, rfc822, rss

pytestmark = pytest.mark.slow

T = TypeVar("T")
V1 = ("South Korea has started delivering air-defence weapons to Ukraine, the defence ministry confirmed on Monday. "
      "The first shipment of the systems left the port of Busan last week, officials said.")
V2 = ("South Korea is reviewing whether to supply air-defence weapons to Ukraine, the defence ministry said on Monday, "
      "correcting an earlier report that deliveries had started.")


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 30.0, log: Path | None = None,
             proc: subprocess.Popen[bytes] | None = None) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (proc is None or proc.poll() is None):
        value = probe()
        if value:
            return value
        time.sleep(0.1)
    detail = f"\n--- daemon log ---\n{log.read_text()[-6000:]}" if log and log.exists() else ""
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}{detail}")


def write_config(tmp_path: Path, site: Site, **extra: str) -> Path:
    config = tmp_path / "tmp.toml"
    config.write_text(f"""
[store]
url = "sqlite:///{tmp_path / 'store.db'}"

[paths]
seeds = "{SEEDS}"
stances = "{STANCES}"

[daemon]
port = 0
port_file = "{tmp_path / 'port'}"
feed_jitter = 0
heartbeat = "1s"
stop_timeout = "5s"

[http]
allow_hosts = ["127.0.0.1"]
connect_timeout = 2
read_timeout = 2
total_timeout = 5

[revisit]
schedule = ["1s", "3s", "30s"]
interval = "0.3s"

[logging]
level = "INFO"
{extra.get('logging', '')}

[[feeds]]
name = "local"
source = "Local Test News"
url = "{site.url('/feed.xml')}"
interval = "1s"
""", encoding="utf-8")
    return config


@pytest.fixture
def daemon(tmp_path: Path, site: Site) -> Iterator[dict[str, Any]]:
    site.put("/feed.xml", rss([]), "application/rss+xml", headers={"ETag": '"empty"'})
    config = write_config(tmp_path, site)
    log = tmp_path / "daemon.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("SHIFTWATCH_DB_URL", None)
    with open(log, "w", encoding="utf-8") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "monitor", "run", "--config", str(config)],
                                cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=stderr, env=env)
    try:
        yield {"proc": proc, "config": config, "log": log, "db": f"sqlite:///{tmp_path / 'store.db'}",
               "port_file": tmp_path / "port", "env": env}
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""


def test_daemon_polls_stores_alerts_revisits_and_stops_on_sigterm(daemon: dict[str, Any], site: Site,
                                                                   tmp_path: Path) -> None:
    started = time.monotonic()
    proc, log = daemon["proc"], daemon["log"]
    port = int(wait_for("the port file", lambda: daemon["port_file"].exists() and daemon["port_file"].read_text().strip(),
                        log=log, proc=proc))
    base = f"http://127.0.0.1:{port}"
    status, body = wait_for("/healthz ok", lambda: (lambda r: r if r[0] == 200 else None)(get(base + "/healthz")), log=log)
    health = json.loads(body)
    assert health["status"] == "ok" and health["scheduler"] == "running"
    sessions = open_store(daemon["db"], migrate=False)

    # A second daemon on the same SQLite file is refused with a clear message.
    second = subprocess.run([sys.executable, "-m", "monitor", "run", "--config", str(daemon["config"])], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60, env=daemon["env"])
    assert second.returncode == 3 and "in use by shiftwatch daemon" in second.stderr, second.stderr

    # The feed gains an entry linking to an article that reports `supplies`.
    article_url = site.url("/news/seoul-arms.html")
    site.put("/news/seoul-arms.html", article_html("Seoul starts arms deliveries to Kyiv", V1))
    site.put("/feed.xml", rss([{"title": "Seoul starts arms deliveries to Kyiv", "link": article_url, "guid": "n-1",
                                "pubDate": rfc822(datetime.now(timezone.utc))}]),
             "application/rss+xml", headers={"ETag": '"one"'})

    def stored(session_factory: sessionmaker[Session], number: int) -> Version | None:
        with session_factory() as session:
            return session.scalar(select(Version).join(Article).where(Article.url == article_url,
                                                                      Version.number == number))

    v1 = wait_for("version 1", lambda: stored(sessions, 1), log=log)
    with sessions() as session:
        reading = session.scalar(select(Reading).where(Reading.version_id == v1.id, Reading.stance == "kr-arms-ukraine"))
        assert reading.state == "supplies" and reading.evidence
        shift = session.scalar(select(Alert).where(Alert.type == "stance.shift", Alert.stance == "kr-arms-ukraine"))
        assert shift is not None and shift.payload["to"] == "supplies"
        assert shift.payload["article"]["url"] == article_url and shift.payload["source"] == "Local Test News"
    caught_at = time.monotonic()

    # The page is edited: the revision is caught on the revisit schedule (1 s after the change).
    site.put("/news/seoul-arms.html", article_html("Seoul starts arms deliveries to Kyiv", V2))
    v2 = wait_for("version 2 from a revisit", lambda: stored(sessions, 2), log=log)
    revision_delay = time.monotonic() - caught_at
    with sessions() as session:
        assert session.scalar(select(Reading.state).where(Reading.version_id == v2.id,
                                                          Reading.stance == "kr-arms-ukraine")) == "reconsider"
        revision = session.scalar(select(Alert).where(Alert.type == "stance.revision"))
        assert revision is not None and revision.payload["diff"]["to_version"] == 2
        feed = session.scalar(select(Feed).where(Feed.name == "local"))
        assert feed.etag == '"one"' and feed.error is None and feed.entries_seen == 1
    assert site.count("/news/seoul-arms.html") >= 2

    status, metrics = get(base + "/metrics")
    assert status == 200
    text = metrics.decode()
    assert 'shiftwatch_feed_polls_total{result="not_modified"}' in text
    assert 'shiftwatch_versions_stored_total{origin="feed"} 1.0' in text
    assert 'shiftwatch_versions_stored_total{origin="revisit"} 1.0' in text
    assert 'shiftwatch_alerts_raised_total{type="stance.shift"}' in text
    assert "shiftwatch_job_lag_seconds_bucket" in text

    shown = subprocess.run([sys.executable, "-m", "monitor", "status", "--config", str(daemon["config"])], cwd=tmp_path,
                           capture_output=True, text=True, timeout=60, env=daemon["env"])
    assert shown.returncode == 0, shown.stderr
    feed_line = next(line for line in shown.stdout.splitlines() if line.strip().startswith("local "))
    assert " active " in feed_line and feed_line.split()[-1] == "1"  # status … entries seen
    assert "kr-arms-ukraine: " in shown.stdout and "Local Test News" in shown.stdout
    assert "Worker: " in shown.stdout

    stop = time.monotonic()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=15) == 0
    stopped_in = time.monotonic() - stop
    assert stopped_in < 5, f"took {stopped_in:.1f} s to stop"
    assert not daemon["port_file"].exists()
    with sessions() as session:
        assert session.scalar(select(Feed.lease_owner).where(Feed.name == "local")) is None
    print(f"\ne2e: started to SIGTERM {stop - started:.1f} s, revision caught {revision_delay:.1f} s after the edit, "
          f"stopped in {stopped_in:.2f} s")
    text = log.read_text()
    assert "SIGTERM received: stopping" in text and "Traceback" not in text
