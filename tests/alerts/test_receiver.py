"""Deliveries to a real HTTP receiver on 127.0.0.1 that verifies with ``standardwebhooks``."""

from __future__ import annotations

import json
import logging
import random
import socket
import time
from email.utils import formatdate

import pytest

from monitor.alerts.endpoints import Endpoint, parse_endpoints, subscribers
from monitor.alerts.retry import Outcome, RetryPolicy
from monitor.alerts.webhook import Attempt, send

from .receiver import Receiver, Reply, receiver, redirect  # noqa: F401  (fixture)

BODY = json.dumps(
    {"type": "transition", "id": "alrt_7", "seq": 7, "stance": "kr-ua", "to": "supplies"}
).encode()


def endpoint_for(server: Receiver, timeout: float = 5.0) -> Endpoint:
    return Endpoint(name="local", url=server.url, secret_env="LOCAL_SECRET", timeout=timeout)


def deliver_until_done(
    endpoint: Endpoint, secret: str, msg_id: str, policy: RetryPolicy
) -> tuple[list[Attempt], list[float]]:
    """What the outbox does, without sleeping: attempt, and ask the policy for the wait."""
    attempts: list[Attempt] = []
    waits: list[float] = []
    rng = random.Random(0)
    while True:
        attempt = send(endpoint, secret, msg_id, BODY)
        attempts.append(attempt)
        if attempt.outcome is not Outcome.RETRY:
            return attempts, waits
        wait = policy.next_delay(len(attempts), attempt.retry_after, rng)
        if wait is None:  # dead letter
            return attempts, waits
        waits.append(wait)


def test_delivered_and_verified(receiver: Receiver) -> None:
    attempt = send(endpoint_for(receiver), receiver.secret, "msg_ok", BODY)
    assert attempt.outcome is Outcome.DELIVERED and attempt.status_code == 200
    (got,) = receiver.received
    assert got.verified, got.error
    assert got.msg_id == "msg_ok" and got.body == BODY and got.json()["seq"] == 7
    assert got.timestamp == str(attempt.timestamp)
    assert got.headers["content-type"] == "application/json"


def test_retries_keep_the_id_and_honour_retry_after(receiver: Receiver) -> None:
    receiver.reply(
        Reply(503, {"Retry-After": "30"}),
        Reply(429, {"Retry-After": formatdate(time.time() + 900, usegmt=True)}),
        Reply(500),
        Reply(200),
    )
    attempts, waits = deliver_until_done(endpoint_for(receiver), receiver.secret, "msg_r", RetryPolicy())
    assert [a.outcome for a in attempts] == [Outcome.RETRY] * 3 + [Outcome.DELIVERED]
    assert [a.status_code for a in attempts] == [503, 429, 500, 200]
    assert receiver.ids() == ["msg_r"] * 4
    assert all(r.verified for r in receiver.received)
    assert 30 <= waits[0] <= 33  # Retry-After beats the 5 s step
    assert 890 <= waits[1] <= 990  # the HTTP-date beats the 300 s step
    assert 1620 <= waits[2] <= 1980  # no Retry-After: 1800 s ± 10 %


def test_dead_letter_after_the_last_attempt(receiver: Receiver) -> None:
    receiver.reply(*[Reply(503)] * 10)
    policy = RetryPolicy(schedule=(1, 1), jitter=0)
    attempts, waits = deliver_until_done(endpoint_for(receiver), receiver.secret, "msg_d", policy)
    assert len(attempts) == policy.max_attempts == 3
    assert waits == [1, 1]
    assert attempts[-1].outcome is Outcome.RETRY  # the caller dead-letters: next_delay was None
    assert len(receiver.received) == 3


def test_redirect_is_a_failed_attempt_and_not_followed(receiver: Receiver) -> None:
    receiver.reply(redirect(receiver.url + "/moved", 307))
    attempt = send(endpoint_for(receiver), receiver.secret, "msg_3xx", BODY)
    assert attempt.outcome is Outcome.RETRY and attempt.status_code == 307
    assert "not followed" in (attempt.error or "")
    assert [r.path for r in receiver.received] == ["/hook"]


def test_gone_disables(receiver: Receiver) -> None:
    receiver.reply(Reply(410))
    assert send(endpoint_for(receiver), receiver.secret, "msg_410", BODY).outcome is Outcome.DISABLE


def test_not_found_gives_up(receiver: Receiver) -> None:
    receiver.reply(Reply(404))
    attempts, _ = deliver_until_done(endpoint_for(receiver), receiver.secret, "msg_404", RetryPolicy())
    assert [a.outcome for a in attempts] == [Outcome.GIVE_UP]


def test_timeout(receiver: Receiver) -> None:
    receiver.reply(Reply(200, delay=3))
    attempt = send(endpoint_for(receiver, timeout=0.3), receiver.secret, "msg_slow", BODY)
    assert attempt.outcome is Outcome.RETRY and attempt.status_code is None
    assert attempt.error == "timeout after 0.3 s"
    assert 250 <= attempt.duration_ms < 2500


def test_connection_refused() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    endpoint = Endpoint(name="down", url=f"http://127.0.0.1:{port}/hook", secret_env="X", timeout=2)
    with Receiver() as unused:
        attempt = send(endpoint, unused.secret, "msg_down", BODY)
    assert attempt.outcome is Outcome.RETRY and attempt.status_code is None
    assert attempt.error == "connection error: Connection refused"


def test_stale_timestamp_is_rejected_by_the_receiver(receiver: Receiver) -> None:
    attempt = send(endpoint_for(receiver), receiver.secret, "msg_old", BODY, now=time.time() - 3600)
    (got,) = receiver.received
    assert not got.verified and "too old" in (got.error or "")
    assert attempt.status_code == 401 and attempt.outcome is Outcome.GIVE_UP


def test_wrong_secret_is_rejected_by_the_receiver(receiver: Receiver) -> None:
    with Receiver() as other:
        attempt = send(endpoint_for(receiver), other.secret, "msg_wrong", BODY)
    (got,) = receiver.received
    assert not got.verified and "No matching signature" in (got.error or "")
    assert attempt.outcome is Outcome.GIVE_UP


def test_each_endpoint_gets_its_own_secret_and_filter() -> None:
    with Receiver() as a, Receiver() as b:
        environ = {"A_SECRET": a.secret, "B_SECRET": b.secret}
        config = {
            "endpoints": [
                {"name": "a", "url": a.url, "secret_env": "A_SECRET"},
                {"name": "b", "url": b.url, "secret_env": "B_SECRET", "stances": ["jp-ua"]},
            ]
        }
        endpoints = parse_endpoints(config, "test.toml", environ)
        for stance in ("kr-ua", "jp-ua"):
            for endpoint in subscribers(endpoints, "transition", stance, ("refrains", "supplies")):
                attempt = send(endpoint, endpoint.load_secret(environ), f"msg_{stance}", BODY)
                assert attempt.outcome is Outcome.DELIVERED
    assert a.ids() == ["msg_kr-ua", "msg_jp-ua"] and b.ids() == ["msg_jp-ua"]
    assert all(r.verified for r in a.received + b.received)


def test_no_secret_in_any_log_record(receiver: Receiver, caplog: pytest.LogCaptureFixture) -> None:
    receiver.reply(Reply(503, {"Retry-After": "1"}), redirect("/elsewhere"), Reply(410), Reply(200))
    with caplog.at_level(logging.DEBUG):  # includes urllib3's connection logging
        attempts = [send(endpoint_for(receiver), receiver.secret, f"msg_{i}", BODY) for i in range(4)]
    core = receiver.secret.removeprefix("whsec_")
    assert caplog.records
    for text in [caplog.text, *(repr(a) for a in attempts)]:
        assert receiver.secret not in text and core not in text
