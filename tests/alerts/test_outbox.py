"""The outbox on a real SQLite file and on PostgreSQL: claims, leases, recording, redelivery.

``deliver_due`` runs against the real loopback receiver, which verifies every request
with ``standardwebhooks``.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import select

from monitor.alerts import outbox
from monitor.alerts.endpoints import Endpoint
from monitor.alerts.retry import Outcome, RetryPolicy
from monitor.alerts.service import Alerting, DeliverySettings, load_alerting, parse_delivery, subscribers_for
from monitor.alerts.signing import Secret, generate_secret
from monitor.alerts.webhook import Attempt
from monitor.errors import ConfigError
from monitor.store import repo
from monitor.store.db import open_store
from monitor.store.models import Alert, Delivery
from monitor.store.models import Attempt as AttemptRow
from monitor.store.models import Endpoint as EndpointRow

from .receiver import Receiver, Reply, receiver  # noqa: F401  (fixture)

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=timezone.utc)
POLICY = RetryPolicy(schedule=(10, 20), jitter=0)  # three attempts: now, +10 s, +20 s


@pytest.fixture
def sessions(store_url: str) -> Any:
    return open_store(store_url)


def add_alerts(sessions: Any, count: int, endpoints: list[str], *, stance: str | None = "kr-ua", now: datetime = NOW) -> list[str]:
    ids = []
    with sessions.begin() as session:
        for i in range(count):
            payload = {"stance": stance, "from": "refrains", "to": "reconsider", "source": "Wire", "n": i}
            ids.append(repo.add_alert(session, type="stance.shift", stance=stance, payload=payload, endpoints=endpoints, now=now).id)
    return ids


def delivery(sessions: Any, alert_id: str, endpoint: str = "ops") -> Delivery:
    with sessions() as session:
        return session.scalars(select(Delivery).where(Delivery.alert_id == alert_id, Delivery.endpoint == endpoint)).one()


def attempts_of(sessions: Any, delivery_id: int) -> list[AttemptRow]:
    with sessions() as session:
        return list(session.scalars(select(AttemptRow).where(AttemptRow.delivery_id == delivery_id).order_by(AttemptRow.id)))


def result(claim: outbox.Claim, status: int | None, *, error: str | None = None, retry_after: float | None = None,
           outcome: Outcome | None = None) -> Attempt:
    from monitor.alerts.retry import classify

    error = error if error is not None else (None if status and 200 <= status < 300 else f"HTTP {status}")
    return Attempt(endpoint=claim.endpoint, msg_id=claim.alert_id, timestamp=int(NOW.timestamp()), status_code=status,
                   error=error, duration_ms=12, outcome=outcome or classify(status, error), retry_after=retry_after)


# -- body bytes -------------------------------------------------------------------------------

def test_body_bytes_are_deterministic_compact_sorted_utf8() -> None:
    a = {"type": "stance.shift", "id": "msg_1", "evidence": [{"text": "Séoul « non »"}], "confidence": 0.75}
    b = dict(reversed(list(a.items())))
    assert outbox.body_bytes(a) == outbox.body_bytes(b)
    assert outbox.body_bytes(a) == '{"confidence":0.75,"evidence":[{"text":"Séoul « non »"}],"id":"msg_1","type":"stance.shift"}'.encode()


def test_claim_body_is_the_stored_payload_and_id_is_the_webhook_id(sessions: Any) -> None:
    [alert_id] = add_alerts(sessions, 1, ["ops"])
    [claim] = outbox.claim_due(sessions, "w1", NOW, 10, 30)
    with sessions() as session:
        payload = session.get(Alert, alert_id).payload
    assert claim.alert_id == alert_id == payload["id"]
    assert claim.body == outbox.body_bytes(payload)
    assert json.loads(claim.body)["sequence"] == 1


# -- claims and leases ------------------------------------------------------------------------

def test_claim_leases_due_rows_in_order_and_commits(sessions: Any) -> None:
    ids = add_alerts(sessions, 3, ["ops"])
    first = outbox.claim_due(sessions, "w1", NOW, 2, 30)
    assert [c.alert_id for c in first] == ids[:2]
    assert all(c.lease_owner == "w1" and c.lease_until == NOW + timedelta(seconds=30) for c in first)
    stored = delivery(sessions, ids[0])  # committed: visible from another session
    assert (stored.lease_owner, stored.lease_until) == ("w1", NOW + timedelta(seconds=30))
    second = outbox.claim_due(sessions, "w2", NOW, 5, 30)
    assert [c.alert_id for c in second] == ids[2:]
    assert outbox.claim_due(sessions, "w3", NOW, 5, 30) == []


def test_claim_skips_rows_not_yet_due_and_filters_endpoints(sessions: Any) -> None:
    [now_id] = add_alerts(sessions, 1, ["ops", "chat"])
    [later_id] = add_alerts(sessions, 1, ["ops"], now=NOW + timedelta(minutes=5))
    claims = outbox.claim_due(sessions, "w1", NOW, 10, 30, endpoints=["ops"])
    assert [(c.alert_id, c.endpoint) for c in claims] == [(now_id, "ops")]
    assert outbox.claim_due(sessions, "w1", NOW, 10, 30, endpoints=[]) == []
    later = outbox.claim_due(sessions, "w2", NOW + timedelta(minutes=5), 10, 30, endpoints=["ops", "chat"])
    # w1's lease on (now_id, ops) has expired by then, so w2 takes it over too.
    assert sorted((c.alert_id, c.endpoint) for c in later) == sorted([(now_id, "ops"), (now_id, "chat"), (later_id, "ops")])


def test_expired_lease_is_taken_over_and_the_old_owner_result_is_dropped(sessions: Any, caplog: pytest.LogCaptureFixture) -> None:
    [alert_id] = add_alerts(sessions, 1, ["ops"])
    [old] = outbox.claim_due(sessions, "w1", NOW, 10, 30)
    assert outbox.claim_due(sessions, "w2", NOW + timedelta(seconds=29), 10, 30) == []  # still leased
    [new] = outbox.claim_due(sessions, "w2", NOW + timedelta(seconds=30), 10, 30)  # w1 died: taken over
    assert (new.delivery_id, new.alert_id, new.lease_owner) == (old.delivery_id, alert_id, "w2")

    with caplog.at_level(logging.WARNING, logger="monitor.alerts.outbox"):
        assert outbox.record(sessions, old, result(old, 200), POLICY, NOW + timedelta(seconds=31)) is None
    assert "lease lost" in caplog.text
    row = delivery(sessions, alert_id)
    assert (row.status, row.attempts, row.lease_owner) == ("pending", 0, "w2")
    assert attempts_of(sessions, row.id) == []

    recorded = outbox.record(sessions, new, result(new, 204), POLICY, NOW + timedelta(seconds=32))
    assert recorded is not None and recorded.result == "delivered"
    row = delivery(sessions, alert_id)
    assert (row.status, row.attempts, row.lease_owner, row.lease_until) == ("delivered", 1, None, None)
    assert row.delivered_at == NOW + timedelta(seconds=32)
    # Recording the same claim twice is refused too: the lease was given up.
    assert outbox.record(sessions, new, result(new, 204), POLICY, NOW + timedelta(seconds=33)) is None


def test_release_gives_unsent_claims_back(sessions: Any) -> None:
    add_alerts(sessions, 2, ["ops"])
    claims = outbox.claim_due(sessions, "w1", NOW, 10, 300)
    assert outbox.release(sessions, claims) == 2
    assert len(outbox.claim_due(sessions, "w2", NOW, 10, 300)) == 2


def test_concurrent_claimers_never_claim_the_same_row(sessions: Any) -> None:
    """Four threads claim at once; on PostgreSQL this exercises FOR UPDATE SKIP LOCKED."""
    total = 120
    add_alerts(sessions, total // 2, ["ops", "chat"])
    claimed: dict[str, list[int]] = {f"w{i}": [] for i in range(4)}
    start = threading.Barrier(len(claimed))
    errors: list[BaseException] = []

    def work(worker: str) -> None:
        try:
            start.wait()
            while batch := outbox.claim_due(sessions, worker, NOW, 7, 60):
                claimed[worker].extend(c.delivery_id for c in batch)
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in claimed]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors
    every = [d for ids in claimed.values() for d in ids]
    assert len(every) == len(set(every)) == total
    with sessions() as session:
        owners = {i: owner for i, owner in session.execute(select(Delivery.id, Delivery.lease_owner))}
    assert all(owners[d] == worker for worker, ids in claimed.items() for d in ids)


# -- recording --------------------------------------------------------------------------------

def test_retry_is_scheduled_from_when_the_attempt_finished(sessions: Any) -> None:
    [alert_id] = add_alerts(sessions, 1, ["ops"])
    [claim] = outbox.claim_due(sessions, "w1", NOW, 10, 30)
    finished = NOW + timedelta(seconds=3)
    recorded = outbox.record(sessions, claim, result(claim, 503), POLICY, finished)
    assert recorded is not None and recorded.result == "retry"
    row = delivery(sessions, alert_id)
    assert (row.status, row.attempts, row.last_error) == ("pending", 1, "HTTP 503")
    assert row.next_attempt_at == finished + timedelta(seconds=10)
    assert (row.lease_owner, row.lease_until) == (None, None)
    [attempt] = attempts_of(sessions, row.id)
    assert (attempt.status_code, attempt.error, attempt.duration_ms, attempt.outcome, attempt.retry_after) == (503, "HTTP 503", 12, "retry", None)
    assert attempt.at == finished - timedelta(milliseconds=12)

    assert outbox.claim_due(sessions, "w1", finished + timedelta(seconds=9), 10, 30) == []
    [claim] = outbox.claim_due(sessions, "w1", finished + timedelta(seconds=10), 10, 30)
    assert claim.number == 2
    # A Retry-After longer than the schedule wins.
    again = finished + timedelta(seconds=11)
    outbox.record(sessions, claim, result(claim, 429, retry_after=120), POLICY, again, rng=random.Random(1))
    row = delivery(sessions, alert_id)
    assert row.attempts == 2 and row.next_attempt_at >= again + timedelta(seconds=120)
    assert attempts_of(sessions, row.id)[-1].retry_after == 120


def test_dead_letter_after_the_last_attempt(sessions: Any) -> None:
    [alert_id] = add_alerts(sessions, 1, ["ops"])
    when = NOW
    for number in (1, 2, 3):
        [claim] = outbox.claim_due(sessions, "w1", when, 10, 30)
        assert claim.number == number
        recorded = outbox.record(sessions, claim, result(claim, None, error="connection error: Connection refused"), POLICY, when)
        when = recorded.next_attempt_at or when
    assert recorded.result == "dead" and recorded.next_attempt_at is None
    row = delivery(sessions, alert_id)
    assert (row.status, row.attempts, row.next_attempt_at) == ("dead", 3, None)
    assert "dead letter after 3 attempts" in row.last_error
    assert outbox.claim_due(sessions, "w1", when + timedelta(days=2), 10, 30) == []


def test_give_up_dead_letters_at_once(sessions: Any) -> None:
    [alert_id] = add_alerts(sessions, 1, ["ops"])
    [claim] = outbox.claim_due(sessions, "w1", NOW, 10, 30)
    assert outbox.record(sessions, claim, result(claim, 404), POLICY, NOW).result == "dead"
    assert delivery(sessions, alert_id).status == "dead"


def test_gone_disables_the_endpoint_and_parks_its_rows(sessions: Any) -> None:
    ids = add_alerts(sessions, 3, ["ops", "chat"])
    [claim] = outbox.claim_due(sessions, "w1", NOW, 1, 30, endpoints=["ops"])
    recorded = outbox.record(sessions, claim, result(claim, 410, error="HTTP 410 Gone"), POLICY, NOW)
    assert recorded is not None and recorded.result == "parked"
    with sessions() as session:
        endpoint = session.scalars(select(EndpointRow).where(EndpointRow.name == "ops")).one()
        assert endpoint.disabled_at == NOW and "410" in endpoint.disabled_reason
    for alert_id in ids:
        row = delivery(sessions, alert_id, "ops")
        assert (row.status, row.next_attempt_at) == ("pending", None)  # parked, not dead
        assert "disabled" in row.last_error
    [later] = add_alerts(sessions, 1, ["ops", "chat"])  # raised after the 410: not sent either
    due = outbox.claim_due(sessions, "w1", NOW + timedelta(hours=1), 50, 30)
    assert {c.endpoint for c in due} == {"chat"} and len(due) == 4

    assert outbox.enable_endpoint(sessions, "ops", now=NOW + timedelta(hours=2)) == 3
    due = outbox.claim_due(sessions, "w1", NOW + timedelta(hours=2), 50, 30, endpoints=["ops"])
    assert sorted(c.alert_id for c in due) == sorted(ids + [later])
    with pytest.raises(outbox.AlertNotFound):
        outbox.enable_endpoint(sessions, "nobody")


# -- redelivery -------------------------------------------------------------------------------

def test_redeliver_requeues_dead_and_delivered_keeping_attempts(sessions: Any) -> None:
    [alert_id] = add_alerts(sessions, 1, ["ops", "chat"])
    for claim in outbox.claim_due(sessions, "w1", NOW, 10, 30):
        outbox.record(sessions, claim, result(claim, 200 if claim.endpoint == "chat" else 400), POLICY, NOW)
    assert delivery(sessions, alert_id, "ops").status == "dead"

    later = NOW + timedelta(hours=1)
    done = outbox.redeliver(sessions, alert_id, "ops", now=later)
    assert [(r.endpoint, r.before, r.action) for r in done] == [("ops", "dead", "requeued")]
    row = delivery(sessions, alert_id, "ops")
    assert (row.status, row.next_attempt_at, row.attempts, row.retry_base, row.last_error) == ("pending", later, 1, 1, None)
    assert len(attempts_of(sessions, row.id)) == 1  # history kept
    assert delivery(sessions, alert_id, "chat").status == "delivered"  # --endpoint: only that one

    [claim] = outbox.claim_due(sessions, "w1", later, 10, 30)
    assert (claim.alert_id, claim.number) == (alert_id, 1)  # the schedule starts over
    assert outbox.record(sessions, claim, result(claim, 503), POLICY, later).result == "retry"

    done = outbox.redeliver(sessions, alert_id[:12], now=later)  # a unique prefix works
    assert sorted((r.endpoint, r.before, r.action) for r in done) == [("chat", "delivered", "requeued"), ("ops", "pending", "due now")]
    assert delivery(sessions, alert_id, "ops").next_attempt_at == later


def test_redeliver_unknown_alert_or_endpoint(sessions: Any) -> None:
    [alert_id] = add_alerts(sessions, 1, ["ops"])
    with pytest.raises(outbox.AlertNotFound, match="no such alert"):
        outbox.redeliver(sessions, "msg_nope")
    with pytest.raises(outbox.AlertNotFound, match="no delivery to endpoint 'chat'"):
        outbox.redeliver(sessions, alert_id, "chat")


# -- deliver_due against the real receiver ----------------------------------------------------

def endpoint_for(server: Receiver, name: str = "ops", **kwargs: Any) -> Endpoint:
    return Endpoint(name=name, url=server.url, secret_env="OPS_SECRET", timeout=5, **kwargs)


def test_deliver_due_end_to_end(sessions: Any, receiver: Receiver, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    ids = add_alerts(sessions, 5, ["ops"])
    receiver.reply(Reply(503), Reply(200), Reply(500), Reply(200), Reply(200))  # two of five fail once
    endpoints, secrets = {"ops": endpoint_for(receiver)}, {"ops": Secret(receiver.secret)}
    stats = outbox.deliver_due(sessions, endpoints, secrets, POLICY, "w1", now=NOW, concurrency=2)
    assert (stats.claimed, stats.delivered, stats.retrying, stats.dead) == (5, 3, 2, 0)
    assert outbox.deliver_due(sessions, endpoints, secrets, POLICY, "w1", now=NOW + timedelta(seconds=5)).claimed == 0
    stats = outbox.deliver_due(sessions, endpoints, secrets, POLICY, "w1", now=NOW + timedelta(seconds=11))
    assert (stats.claimed, stats.delivered) == (2, 2)

    assert len(receiver.received) == 7 and all(r.verified for r in receiver.received)
    with sessions() as session:
        payloads = {a.id: a.payload for a in session.scalars(select(Alert))}
    for request in receiver.received:
        assert request.body == outbox.body_bytes(payloads[request.msg_id])  # the same bytes on every attempt
        assert request.json()["id"] == request.msg_id
    retried = [i for i in ids if receiver.ids().count(i) == 2]
    assert len(retried) == 2
    for alert_id in ids:
        row = delivery(sessions, alert_id)
        assert row.status == "delivered"
        assert [a.outcome for a in attempts_of(sessions, row.id)] == (["retry", "delivered"] if alert_id in retried else ["delivered"])
    secret_core = receiver.secret.removeprefix("whsec_")
    assert receiver.secret not in caplog.text and secret_core not in caplog.text


def test_wrong_secret_is_rejected_by_the_receiver_and_dead_lettered(sessions: Any, receiver: Receiver) -> None:
    [alert_id] = add_alerts(sessions, 1, ["ops"])
    stats = outbox.deliver_due(sessions, {"ops": endpoint_for(receiver)}, {"ops": generate_secret()}, POLICY, "w1", now=NOW)
    assert stats.dead == 1 and receiver.received[0].verified is False and receiver.received[0].status == 401
    assert delivery(sessions, alert_id).status == "dead"


def test_tampered_body_and_stale_timestamp_are_rejected_by_the_receiver(sessions: Any, receiver: Receiver) -> None:
    import time

    import requests

    from monitor.alerts import signing, webhook

    add_alerts(sessions, 2, ["ops"])
    tampered, stale = outbox.claim_due(sessions, "w1", NOW, 10, 30)
    signed = signing.headers(receiver.secret, tampered.alert_id, int(time.time()), tampered.body)
    body = tampered.body.replace(b"reconsider", b"supplies")
    assert requests.post(receiver.url, data=body, headers=signed, timeout=5).status_code == 401
    old = webhook.send(endpoint_for(receiver), receiver.secret, stale.alert_id, stale.body, now=time.time() - 600)
    assert old.status_code == 401 and old.outcome is Outcome.GIVE_UP
    assert outbox.record(sessions, stale, old, POLICY, NOW).result == "dead"
    assert [r.verified for r in receiver.received] == [False, False]
    assert "Message timestamp too old" in (receiver.received[1].error or "")


def test_gone_stops_sending_to_that_endpoint(sessions: Any, receiver: Receiver) -> None:
    add_alerts(sessions, 4, ["ops"])
    receiver.reply(Reply(410))
    stats = outbox.deliver_due(sessions, {"ops": endpoint_for(receiver)}, {"ops": receiver.secret}, POLICY, "w1",
                               now=NOW, concurrency=1)
    assert stats.parked == 1 and stats.disabled == ["ops"] and stats.claimed == 1
    assert len(receiver.received) == 1
    assert outbox.deliver_due(sessions, {"ops": endpoint_for(receiver)}, {"ops": receiver.secret}, POLICY, "w1",
                              now=NOW + timedelta(days=1)).claimed == 0
    assert len(receiver.received) == 1


def test_unconfigured_endpoint_stays_pending_with_a_log_line(sessions: Any, receiver: Receiver, caplog: pytest.LogCaptureFixture) -> None:
    [alert_id] = add_alerts(sessions, 1, ["ops", "retired"])
    with caplog.at_level(logging.WARNING, logger="monitor.alerts.outbox"):
        stats = outbox.deliver_due(sessions, {"ops": endpoint_for(receiver)}, {"ops": receiver.secret}, POLICY, "w1", now=NOW)
    assert stats.unconfigured == {"retired": 1} and stats.delivered == 1
    assert "endpoint 'retired' stay pending" in caplog.text
    row = delivery(sessions, alert_id, "retired")
    assert (row.status, row.attempts, row.lease_owner) == ("pending", 0, None)


def test_stop_before_sending_releases_nothing_and_sends_nothing(sessions: Any, receiver: Receiver) -> None:
    add_alerts(sessions, 3, ["ops"])
    stop = threading.Event()
    stop.set()
    stats = outbox.deliver_due(sessions, {"ops": endpoint_for(receiver)}, {"ops": receiver.secret}, POLICY, "w1", now=NOW, stop=stop)
    assert stats.claimed == 0 and receiver.received == []


# -- configuration and subscriptions ----------------------------------------------------------

def test_load_alerting_reads_endpoints_secrets_and_delivery() -> None:
    secret = generate_secret()
    table = {
        "endpoints": [
            {"name": "ops", "url": "https://hooks.example.org/a", "secret_env": "OPS_SECRET", "states": ["supplies"]},
            {"name": "feeds", "url": "https://hooks.example.org/b", "secret_env": "FEEDS_SECRET", "types": ["feed.failing"]},
        ],
        "delivery": {"schedule": [1, 2], "jitter": 0, "batch_size": 10, "concurrency": 2, "lease_seconds": 9, "interval": 0.5},
    }
    alerting = load_alerting(table, "test.toml", {"OPS_SECRET": secret, "FEEDS_SECRET": secret})
    assert alerting.secrets["ops"] == Secret(secret) and secret not in repr(alerting)
    assert alerting.settings == DeliverySettings(RetryPolicy((1.0, 2.0), 0), 0.5, 10, 2, 9.0)
    assert alerting.subscribers("stance.shift", "kr-ua", ("reconsider", "supplies")) == ["ops"]
    assert alerting.subscribers("stance.shift", "kr-ua", ("refrains", "reconsider")) == []
    assert alerting.subscribers("feed.failing", None, ()) == ["ops", "feeds"]
    assert subscribers_for(alerting.endpoints)("feed.failing", None, ()) == ["ops", "feeds"]


def test_missing_secret_env_var_is_named() -> None:
    table = {"endpoints": [{"name": "ops", "url": "https://hooks.example.org/a", "secret_env": "SW_NOT_SET_ANYWHERE"}]}
    with pytest.raises(ConfigError, match="SW_NOT_SET_ANYWHERE is not set"):
        load_alerting(table, "test.toml", {})


@pytest.mark.parametrize(("section", "message"), [
    ({"retries": 3}, "test.toml: delivery.retries: unknown key"),
    ({"schedule": [1, -1]}, "delivery.schedule[1]: must be a positive number"),
    ({"batch_size": 0}, "delivery.batch_size: must be a whole number"),
    ({"concurrency": 2.5}, "delivery.concurrency: must be a whole number"),
    ({"lease_seconds": 0}, "delivery.lease_seconds: must be a positive number"),
    ({"interval": "5s"}, "delivery.interval: must be a positive number"),
])
def test_delivery_table_errors_name_the_key(section: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_delivery({"delivery": section}, "test.toml")


def test_alerting_deliver_uses_its_settings(sessions: Any, receiver: Receiver) -> None:
    add_alerts(sessions, 5, ["ops"])
    alerting = Alerting((endpoint_for(receiver),), {"ops": Secret(receiver.secret)},
                        DeliverySettings(POLICY, batch_size=3, concurrency=2))
    assert alerting.deliver(sessions, "w1", now=NOW).claimed == 3
    assert alerting.deliver(sessions, "w1", now=NOW).claimed == 2
    assert len(receiver.received) == 5
