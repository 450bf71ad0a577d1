"""Kill -9 the delivering process again and again: every alert still arrives, in order, once or more.

``python -m monitor deliver`` runs as a subprocess against a real loopback receiver that
verifies each request with ``standardwebhooks`` and fails about half of them (scripted
per alert, so the script does not depend on how requests interleave). The process is
SIGKILLed several times after a given number of requests and restarted until the store
says every delivery is done.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from standardwebhooks import Webhook

from monitor.store import repo
from monitor.store.db import open_store
from monitor.store.models import Delivery

from .receiver import Received, Receiver, Reply

ALERTS = 100
STANCES = ("kr-ua-weapons", "jp-ua-weapons")
SECRET_ENV = "SW_CRASH_TEST_SECRET"
KILL_AFTER = (20, 60, 110, 150)  # SIGKILL once the receiver has seen this many requests in all
FAILURES = (500, 503, 429, 408, 502)  # all retryable


class ScriptedReceiver(Receiver):
    """Fails the first ``fails(sequence)`` attempts of each alert (0, 1 or 2: half of all requests)."""

    def __init__(self) -> None:
        super().__init__()
        self.attempts: dict[str, int] = defaultdict(int)
        self._kill: tuple[int, int] | None = None  # (request count, pid)
        self.killed_in_flight = 0
        self.killed_at: list[int] = []  # index in `received` of the request in flight at each kill
        # A killed sender resets its connections; that is expected here, not worth a traceback.
        self._server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]

    def kill_at(self, count: int, pid: int) -> None:
        """SIGKILL ``pid`` while request number ``count`` is in flight (received, not answered)."""
        with self._lock:
            self._kill = (count, pid)

    def script(self, body: bytes, msg_id: str | None) -> Reply:
        try:
            sequence = int(json.loads(body)["sequence"])
        except (ValueError, KeyError, TypeError):
            return Reply(400)
        with self._lock:
            self.attempts[msg_id or ""] += 1
            n = self.attempts[msg_id or ""]
        fails = (0, 1, 2, 1)[sequence % 4]
        if n > fails:
            return Reply(200)
        if sequence % 25 == 0 and n == 1:
            return Reply(200, delay=1.5)  # slower than the endpoint timeout: a timeout, then a retry
        return Reply(FAILURES[(sequence + n) % len(FAILURES)])

    def _record(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[Reply, bool]:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        try:
            Webhook(self.secret).verify(body, headers, json_parse=False)
            verified, error = True, None
        except Exception as exc:
            verified, error = False, f"{type(exc).__name__}: {exc}"
        reply = self.script(body, headers.get("webhook-id")) if verified else Reply(401)
        record = Received(path=handler.path, msg_id=headers.get("webhook-id"), timestamp=headers.get("webhook-timestamp"),
                          signature=headers.get("webhook-signature"), body=body, verified=verified, error=error,
                          headers=headers, status=reply.status if not reply.delay else 0)
        with self._arrived:
            self.received.append(record)
            if self._kill and len(self.received) >= self._kill[0]:
                os.kill(self._kill[1], signal.SIGKILL)  # the sender dies before it can record this attempt
                self._kill = None
                self.killed_in_flight += 1
                self.killed_at.append(len(self.received) - 1)
            self._arrived.notify_all()
        return reply, verified


def write_config(path: Path, url: str) -> Path:
    config = path / "shiftwatch.toml"
    config.write_text(f"""
[[endpoints]]
name = "hook"
url = "{url}"
secret_env = "{SECRET_ENV}"
timeout = 1

[delivery]
schedule = [0.2, 0.2, 0.3, 0.3, 0.5, 0.5, 0.5, 0.5]
jitter = 0
interval = 0.1
batch_size = 20
concurrency = 4
lease_seconds = 2.5
""", encoding="utf-8")
    return config


def pending(sessions: Any) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Delivery).where(Delivery.status != "delivered")) or 0


@pytest.mark.slow
def test_sigkill_during_delivery_loses_nothing(store_url: str, tmp_path: Path) -> None:
    started = time.monotonic()
    sessions = open_store(store_url)
    for i in range(ALERTS):  # one transaction per alert, as the pipeline raises them
        stance = STANCES[i % 2]
        with sessions.begin() as session:
            repo.add_alert(session, type="stance.shift", stance=stance, endpoints=["hook"], now=repo_now(), payload={
                "stance": stance, "from": "refrains", "to": "reconsider", "source": "Harbor Wire",
                "article": {"url": f"https://news.example/{i}", "title": f"Report {i}", "published": None, "version": 1},
                "evidence": [{"text": "Seoul is reviewing its ban.", "state": "reconsider"}], "confidence": 0.8,
            })

    with ScriptedReceiver() as receiver:
        config = write_config(tmp_path, receiver.url)
        env = {**os.environ, SECRET_ENV: receiver.secret, "PYTHONUNBUFFERED": "1"}
        command = [sys.executable, "-m", "monitor", "--config", str(config), "--log-level", "DEBUG",
                   "deliver", "--db", store_url]
        outputs: list[str] = []
        kills = 0

        def start(n: int) -> tuple[subprocess.Popen[bytes], Path]:
            log_path = tmp_path / f"deliver-{n}.log"
            return subprocess.Popen(command, cwd=tmp_path, env=env, stdout=log_path.open("wb"), stderr=subprocess.STDOUT), log_path

        for n, threshold in enumerate(KILL_AFTER):
            process, log_path = start(n)
            receiver.kill_at(threshold, process.pid)
            deadline = time.monotonic() + 30
            while process.poll() is None and pending(sessions) and time.monotonic() < deadline:
                time.sleep(0.02)
            process.send_signal(signal.SIGKILL)  # no-op when the receiver already killed it
            assert process.wait(10) == -signal.SIGKILL
            kills += 1
            outputs.append(log_path.read_text(encoding="utf-8", errors="replace"))

        process, log_path = start(len(KILL_AFTER))
        deadline = time.monotonic() + 60
        while pending(sessions) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = pending(sessions)
        process.send_signal(signal.SIGTERM)  # a clean stop
        code = process.wait(15)
        outputs.append(log_path.read_text(encoding="utf-8", errors="replace"))
        assert left == 0, f"{left} deliveries not done:\n{outputs[-1][-3000:]}"
        assert code == 0 and "stopped: " in outputs[-1]
        received = list(receiver.received)
        secret = receiver.secret
        killed_in_flight = receiver.killed_in_flight
        killed_at = list(receiver.killed_at)

    # Every request was signed correctly; every alert was accepted (2xx) at least once.
    assert all(r.verified for r in received), [r.error for r in received if not r.verified][:3]
    with sessions() as session:
        from monitor.store.models import Alert

        alerts = {a.id: a for a in session.scalars(select(Alert))}
    accepted = defaultdict(int)
    for r in received:
        if 200 <= r.status < 300:
            accepted[r.msg_id] += 1
    assert set(accepted) == set(alerts)

    # Per stance, the sequence numbers received are 1..n with no gap; one webhook-id per
    # sequence number, and a repeat carries the same id and the same bytes.
    by_stance: dict[str, set[int]] = defaultdict(set)
    ids_of: dict[tuple[str, int], set[str]] = defaultdict(set)
    bodies: dict[str, set[bytes]] = defaultdict(set)
    for r in received:
        body = r.json()
        assert body["id"] == r.msg_id
        by_stance[body["stance"]].add(body["sequence"])
        ids_of[(body["stance"], body["sequence"])].add(r.msg_id)
        bodies[r.msg_id].add(r.body)
    assert {s: sorted(seqs) for s, seqs in by_stance.items()} == {s: list(range(1, ALERTS // 2 + 1)) for s in STANCES}
    assert all(len(ids) == 1 for ids in ids_of.values())
    assert all(len(b) == 1 for b in bodies.values())

    # Secrets never reach the worker's output or `alerts show`/`alerts list`.
    core = secret.removeprefix("whsec_")
    some = sorted(alerts)[:5] + [max(accepted, key=accepted.get)]
    for alert_id in some:
        shown = subprocess.run([sys.executable, "-m", "monitor", "--config", str(config), "alerts", "show", alert_id,
                                "--db", store_url], env=env, capture_output=True, text=True, timeout=60)
        assert shown.returncode == 0 and alert_id in shown.stdout
        outputs.append(shown.stdout + shown.stderr)
    listed = subprocess.run([sys.executable, "-m", "monitor", "--config", str(config), "alerts", "list", "--limit", "0",
                             "--format", "json", "--db", store_url], env=env, capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == ALERTS
    outputs.append(listed.stdout + listed.stderr)
    assert all(secret not in text and core not in text for text in outputs)
    assert any("delivered" in text for text in outputs[:-1])  # the logs did say something

    figures = {
        "store": store_url.split(":")[0], "alerts": ALERTS, "kills": kills, "killed_mid_request": killed_in_flight,
        "requests": len(received),
        "failed_requests": sum(1 for r in received if not 200 <= r.status < 300),
        "accepted_more_than_once": sum(1 for c in accepted.values() if c > 1),
        "duplicate_accepts": sum(c - 1 for c in accepted.values()),
        "seconds": round(time.monotonic() - started, 1),
    }
    print(f"\ncrash test: {json.dumps(figures)}")
    assert kills == killed_in_flight == len(KILL_AFTER)
    # The request in flight when the sender died was never recorded by it: it must have been
    # sent again later, with the same webhook-id and the same bytes.
    for index in killed_at:
        lost = received[index]
        assert any(r.msg_id == lost.msg_id and r.body == lost.body for r in received[index + 1:]), lost.msg_id


def repo_now() -> Any:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)
