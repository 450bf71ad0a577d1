"""The outbox: claim due deliveries, send them, record every attempt.

An alert and one ``pending`` delivery per subscribed endpoint are written in the
transaction that raised the alert (``repo.add_alert``). From there:

1. :func:`claim_due` leases due deliveries to one worker in a short transaction of its
   own (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, one atomic ``UPDATE`` on SQLite). No
   transaction is open while HTTP runs.
2. The worker sends the stored payload's bytes (:func:`body_bytes`), always with the
   alert id as ``webhook-id``.
3. :func:`record` stores the attempt and moves the delivery on -- delivered, retry at a
   time from the :class:`~monitor.alerts.retry.RetryPolicy`, dead-lettered, or parked
   because the endpoint answered 410 -- but only while the lease is still this worker's.
   A worker that lost its lease drops its result: the new owner sends again.

A worker killed at any point loses nothing: its leased rows become due again when the
lease expires, and are sent again with the same ``webhook-id`` (at least once, never
zero times). :func:`deliver_due` does all three for one batch and is what the daemon's
scheduler job and ``shiftwatch deliver`` call.

Delivery states: ``pending`` (due at ``next_attempt_at``; *parked* when that is NULL,
i.e. its endpoint was disabled by a 410), ``delivered``, ``dead`` (dead letter, re-sent
with :func:`redeliver`).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Collection, Iterable, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from monitor.clock import utcnow
from monitor.alerts.endpoints import Endpoint
from monitor.alerts.retry import Outcome, RetryPolicy, UniformRNG
from monitor.alerts.signing import Secret
from monitor.errors import ShiftwatchError
from monitor.store.models import Alert, Delivery
from monitor.store.models import Attempt as AttemptRow
from monitor.store.models import Endpoint as EndpointRow
from monitor.store.repo import upsert_insert

if TYPE_CHECKING:  # imported where deliveries are sent: requests costs a poll that sends none
    from monitor.alerts import webhook

log = logging.getLogger(__name__)

PENDING, DELIVERED, DEAD = "pending", "delivered", "dead"
STATUSES = (PENDING, DELIVERED, DEAD)
DEFAULT_LIMIT = 100
DEFAULT_CONCURRENCY = 4
LEASE_MARGIN = 15.0  # seconds on top of the worst case of one attempt


class AlertNotFound(ShiftwatchError):
    """No alert (or no delivery of it to the named endpoint) matches."""


def body_bytes(payload: Mapping[str, Any]) -> bytes:
    """The exact bytes sent for a stored payload: the same on every attempt, every worker."""
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class Claim:
    """A delivery leased to one worker until ``lease_until``; everything needed to send it."""

    delivery_id: int
    alert_id: str  # the webhook-id
    endpoint: str
    attempts: int  # attempts made before this one
    retry_base: int  # attempts made before the last redeliver
    body: bytes
    lease_owner: str
    lease_until: datetime

    @property
    def number(self) -> int:
        """The number of the attempt about to be made, counted in the current retry round."""
        return self.attempts - self.retry_base + 1


@dataclass(frozen=True)
class Recorded:
    """What :func:`record` did with one attempt."""

    delivery_id: int
    endpoint: str
    result: str  # delivered | retry | dead | parked
    next_attempt_at: datetime | None


@dataclass
class DeliveryStats:
    """What one :func:`deliver_due` run did."""

    claimed: int = 0
    delivered: int = 0
    retrying: int = 0
    dead: int = 0
    parked: int = 0  # endpoint answered 410 and was disabled
    lost: int = 0  # lease lost before recording: result dropped, the new owner resends
    released: int = 0  # claimed but not sent because the worker is stopping
    errors: int = 0  # the store failed while recording (the lease expires, it is resent)
    disabled: list[str] = field(default_factory=list)  # endpoints disabled in this run
    unconfigured: dict[str, int] = field(default_factory=dict)  # pending rows per unknown endpoint

    def as_dict(self) -> dict[str, Any]:
        return {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v) for k, v in self.__dict__.items()}

    def summary(self) -> str:
        text = (f"claimed {self.claimed}: delivered {self.delivered}, retrying {self.retrying}, "
                f"dead {self.dead}, parked {self.parked}")
        extra = [f"{name} {count}" for name, count in (("lost lease", self.lost), ("released", self.released),
                                                      ("store errors", self.errors)) if count]
        if self.disabled:
            extra.append(f"disabled endpoint(s) {', '.join(self.disabled)}")
        return text + (f"; {'; '.join(extra)}" if extra else "")


def default_lease(endpoints: Iterable[Endpoint]) -> float:
    """A lease outlasting one attempt: connect and read are each bounded by the timeout."""
    longest = max((e.timeout for e in endpoints), default=15.0)
    return 2 * longest + LEASE_MARGIN


# -- claim ------------------------------------------------------------------------------------

def _due(now: datetime, endpoints: Collection[str] | None) -> Any:
    disabled = exists().where(EndpointRow.name == Delivery.endpoint, EndpointRow.disabled_at.is_not(None))
    query = select(Delivery.id).where(
        Delivery.status == PENDING,
        Delivery.next_attempt_at.is_not(None),
        Delivery.next_attempt_at <= now,
        or_(Delivery.lease_until.is_(None), Delivery.lease_until <= now),
        ~disabled,
    )
    if endpoints is not None:
        query = query.where(Delivery.endpoint.in_(sorted(endpoints)))
    return query.order_by(Delivery.next_attempt_at, Delivery.id)


def claim_due(
    sessions: sessionmaker[Session],
    worker_id: str,
    now: datetime,
    limit: int,
    lease_seconds: float,
    *,
    endpoints: Collection[str] | None = None,
) -> list[Claim]:
    """Lease up to ``limit`` due deliveries to ``worker_id`` and commit at once.

    Due: pending, ``next_attempt_at <= now``, not leased or the lease expired (a dead
    worker's claims are taken over), endpoint not disabled, and -- when ``endpoints`` is
    given -- to one of those endpoint names. On PostgreSQL rows are selected
    ``FOR UPDATE SKIP LOCKED``, so concurrent workers never claim the same row.
    """
    if limit <= 0:
        return []
    lease_until = now + timedelta(seconds=lease_seconds)
    leased = {"lease_owner": worker_id, "lease_until": lease_until}
    with sessions.begin() as session:
        if session.get_bind().dialect.name == "postgresql":
            query = _due(now, endpoints).limit(limit).with_for_update(skip_locked=True, of=Delivery)
            ids = list(session.scalars(query))
            if not ids:
                return []
            statement = update(Delivery).where(Delivery.id.in_(ids))
        else:
            # One statement, so it is atomic on SQLite (whose writers are serialised anyway).
            statement = update(Delivery).where(Delivery.id.in_(_due(now, endpoints).limit(limit).scalar_subquery()))
        rows = session.execute(
            statement.values(**leased)
            .returning(Delivery.id, Delivery.alert_id, Delivery.endpoint, Delivery.attempts, Delivery.retry_base)
            .execution_options(synchronize_session=False)
        ).all()
        if not rows:
            return []
        payloads = {k: v for k, v in session.execute(select(Alert.id, Alert.payload).where(Alert.id.in_({r.alert_id for r in rows})))}
    claims = [
        Claim(delivery_id=r.id, alert_id=r.alert_id, endpoint=r.endpoint, attempts=r.attempts, retry_base=r.retry_base,
              body=body_bytes(payloads[r.alert_id]), lease_owner=worker_id, lease_until=lease_until)
        for r in rows
    ]
    claims.sort(key=lambda c: c.delivery_id)
    log.debug("worker %s claimed %d deliveries until %s", worker_id, len(claims), lease_until.isoformat())
    return claims


def release(sessions: sessionmaker[Session], claims: Iterable[Claim]) -> int:
    """Give leases back unsent (a stopping worker), so another worker need not wait for expiry."""
    released = 0
    with sessions.begin() as session:
        for claim in claims:
            result = session.execute(
                _ours(claim).values(lease_owner=None, lease_until=None).execution_options(synchronize_session=False)
            )
            released += result.rowcount
    return released


def _ours(claim: Claim) -> Any:
    return update(Delivery).where(
        Delivery.id == claim.delivery_id,
        Delivery.status == PENDING,
        Delivery.lease_owner == claim.lease_owner,
        Delivery.lease_until == claim.lease_until,
    )


# -- record -----------------------------------------------------------------------------------

def record(
    sessions: sessionmaker[Session],
    claim: Claim,
    attempt: webhook.Attempt,
    policy: RetryPolicy,
    now: datetime,
    *,
    rng: UniformRNG | None = None,
) -> Recorded | None:
    """Store one attempt and move its delivery on, in one transaction; None if the lease was lost.

    ``now`` is when the attempt finished; a retry is scheduled ``policy.next_delay``
    seconds after it. A 410 disables the endpoint and parks all its pending deliveries.
    """
    outcome = Outcome(attempt.outcome)
    values: dict[str, Any] = {"attempts": Delivery.attempts + 1, "lease_owner": None, "lease_until": None,
                              "last_error": attempt.error}
    if outcome is Outcome.DELIVERED:
        result = DELIVERED
        values.update(status=DELIVERED, delivered_at=now, next_attempt_at=None, last_error=None)
    elif outcome is Outcome.RETRY:
        delay = policy.next_delay(claim.number, attempt.retry_after, rng)
        if delay is None:
            result = DEAD
            values.update(status=DEAD, next_attempt_at=None,
                          last_error=f"{attempt.error or 'failed'} (dead letter after {claim.number} attempts)")
        else:
            result = "retry"
            values.update(next_attempt_at=now + timedelta(seconds=delay))
    elif outcome is Outcome.GIVE_UP:
        result = DEAD
        values.update(status=DEAD, next_attempt_at=None)
    else:  # DISABLE
        result = "parked"
        values.update(next_attempt_at=None)

    with sessions.begin() as session:
        # The guarded write comes first: it is the check that the lease is still ours, and on
        # SQLite it takes the write lock before anything is read.
        updated = session.execute(_ours(claim).values(**values).execution_options(synchronize_session=False))
        if updated.rowcount != 1:
            log.warning(
                "delivery %d of %s to %s: lease lost before the attempt was recorded; result (%s) dropped, "
                "the new owner will send it again", claim.delivery_id, claim.alert_id, claim.endpoint, outcome.value)
            session.rollback()
            return None
        session.add(AttemptRow(
            delivery_id=claim.delivery_id,
            at=now - timedelta(milliseconds=attempt.duration_ms),
            status_code=attempt.status_code,
            error=attempt.error,
            duration_ms=attempt.duration_ms,
            outcome=outcome.value,
            retry_after=attempt.retry_after,
        ))
        if outcome is Outcome.DISABLE:
            reason = f"{attempt.error or 'HTTP 410 Gone'} for {claim.alert_id} at {now.isoformat()}"
            disable_endpoint(session, claim.endpoint, reason, now)
    if result == DEAD:
        log.error("delivery of %s to %s is dead-lettered: %s (re-send with: shiftwatch alerts redeliver %s)",
                  claim.alert_id, claim.endpoint, values.get("last_error"), claim.alert_id)
    return Recorded(claim.delivery_id, claim.endpoint, result, values.get("next_attempt_at"))


def disable_endpoint(session: Session, name: str, reason: str, now: datetime) -> int:
    """Mark endpoint ``name`` disabled and park its pending deliveries (in the caller's transaction).

    Returns how many deliveries were parked. They are not sent until the endpoint is
    enabled again (:func:`enable_endpoint`, ``shiftwatch alerts enable NAME``).
    """
    statement = upsert_insert(session)(EndpointRow).values(name=name, disabled_at=now, disabled_reason=reason)
    session.execute(statement.on_conflict_do_update(index_elements=["name"], set_={"disabled_at": now, "disabled_reason": reason}))
    parked = session.execute(
        update(Delivery).where(Delivery.endpoint == name, Delivery.status == PENDING)
        .values(next_attempt_at=None, last_error=f"parked: endpoint {name} disabled ({reason})")
        .execution_options(synchronize_session=False)
    ).rowcount
    log.error("endpoint %s disabled: %s; %d pending deliveries parked (enable with: shiftwatch alerts enable %s)",
              name, reason, parked, name)
    return parked


def enable_endpoint(sessions: sessionmaker[Session], name: str, *, now: datetime | None = None) -> int:
    """Enable a disabled endpoint and make its parked deliveries due now; returns how many."""
    now = now or utcnow()
    with sessions.begin() as session:
        row = session.scalar(select(EndpointRow).where(EndpointRow.name == name))
        known = row is not None or session.scalar(select(func.count()).select_from(Delivery).where(Delivery.endpoint == name))
        if not known:
            raise AlertNotFound(f"endpoint {name!r}: no such endpoint in the store")
        if row is not None:
            row.disabled_at = None
            row.disabled_reason = None
        count = session.execute(
            update(Delivery).where(Delivery.endpoint == name, Delivery.status == PENDING, Delivery.next_attempt_at.is_(None))
            .values(next_attempt_at=now, last_error=None).execution_options(synchronize_session=False)
        ).rowcount
    log.info("endpoint %s enabled; %d parked deliveries due again", name, count)
    return count


# -- deliver ----------------------------------------------------------------------------------

_unconfigured_lock = threading.Lock()
_unconfigured_logged: dict[tuple[str, str], int] = {}  # (store, endpoint) -> count last logged


def pending_unconfigured(sessions: sessionmaker[Session], configured: Collection[str]) -> dict[str, int]:
    """Pending deliveries per endpoint name that is not configured (they stay pending)."""
    with sessions() as session:
        rows = session.execute(
            select(Delivery.endpoint, func.count()).where(Delivery.status == PENDING, Delivery.endpoint.not_in(sorted(configured)))
            .group_by(Delivery.endpoint)
        )
        return {name: count for name, count in rows}


def _report_unconfigured(sessions: sessionmaker[Session], counts: Mapping[str, int]) -> None:
    """Log each unconfigured endpoint once, and again when its count changes (not every run)."""
    bind = sessions.kw.get("bind")
    store = str(getattr(bind, "url", id(sessions)))
    with _unconfigured_lock:
        for name, count in counts.items():
            if _unconfigured_logged.get((store, name)) != count:
                log.warning(
                    "%d deliveries to endpoint %r stay pending: no [[endpoints]] entry named %r is configured "
                    "(add it back to deliver them)", count, name, name)
                _unconfigured_logged[(store, name)] = count
        for key in [k for k in _unconfigured_logged if k[0] == store and k[1] not in counts]:
            del _unconfigured_logged[key]


def deliver_due(
    sessions: sessionmaker[Session],
    endpoints: Mapping[str, Endpoint],
    secrets: Mapping[str, Secret | str],
    policy: RetryPolicy,
    worker_id: str,
    *,
    now: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
    concurrency: int = DEFAULT_CONCURRENCY,
    lease_seconds: float | None = None,
    stop: threading.Event | None = None,
    rng: UniformRNG | None = None,
) -> DeliveryStats:
    """Claim, send and record up to ``limit`` due deliveries, ``concurrency`` at a time.

    Claims are taken as sending slots free up, so each lease (default: twice the longest
    endpoint timeout plus a margin) only has to outlast one attempt. ``now`` (default: the
    clock) is the time of the first claim; later times advance from it with the monotonic
    clock. When ``stop`` is set, attempts in flight finish and are recorded; claims not
    yet sent are released. Deliveries to endpoints missing from ``endpoints`` stay pending
    (logged); deliveries to disabled endpoints are not sent.
    """
    started = time.monotonic()
    base = now or utcnow()

    def clock() -> datetime:
        return base + timedelta(seconds=time.monotonic() - started)

    names = {name for name in endpoints if name in secrets}
    lease = lease_seconds if lease_seconds is not None else default_lease(endpoints[n] for n in names)
    stats = DeliveryStats()
    stats.unconfigured = pending_unconfigured(sessions, set(endpoints))
    _report_unconfigured(sessions, stats.unconfigured)
    if not names or limit <= 0:
        return stats
    from monitor.alerts import webhook

    concurrency = max(1, min(concurrency, limit))

    def attempt_and_record(claim: Claim) -> Recorded | None | str:
        if stop is not None and stop.is_set():
            return "released" if release(sessions, [claim]) else None
        endpoint, secret = endpoints[claim.endpoint], secrets[claim.endpoint]
        try:
            attempt = webhook.deliver(endpoint, secret, claim.alert_id, claim.body)
        except Exception as exc:  # a bug or a bad secret must not stop the other deliveries
            error = webhook._redact(f"internal error: {type(exc).__name__}: {exc}", secret)
            log.error("delivery of %s to %s failed before sending: %s", claim.alert_id, claim.endpoint, error)
            attempt = webhook.Attempt(endpoint=claim.endpoint, msg_id=claim.alert_id, timestamp=int(time.time()),
                                      status_code=None, error=error, duration_ms=0, outcome=Outcome.RETRY, retry_after=None)
        return record(sessions, claim, attempt, policy, clock(), rng=rng)

    in_flight: set[Future[Recorded | None | str]] = set()
    exhausted = False
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="deliver") as pool:
        while True:
            free = concurrency - len(in_flight)
            wanted = min(free, limit - stats.claimed)
            if wanted > 0 and not exhausted and not (stop is not None and stop.is_set()):
                claims = claim_due(sessions, worker_id, clock(), wanted, lease, endpoints=names)
                exhausted = len(claims) < wanted
                stats.claimed += len(claims)
                in_flight.update(pool.submit(attempt_and_record, claim) for claim in claims)
            if not in_flight:
                break
            done, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in done:
                _count(stats, future)
    return stats


def _count(stats: DeliveryStats, future: Future[Recorded | None | str]) -> None:
    try:
        recorded = future.result()
    except Exception as exc:
        stats.errors += 1
        log.error("recording a delivery attempt failed (%s: %s); it will be sent again when its lease expires",
                  type(exc).__name__, exc)
        return
    if recorded == "released":
        stats.released += 1
    elif recorded is None:
        stats.lost += 1
    elif isinstance(recorded, Recorded):
        if recorded.result == DELIVERED:
            stats.delivered += 1
        elif recorded.result == "retry":
            stats.retrying += 1
        elif recorded.result == DEAD:
            stats.dead += 1
        else:
            stats.parked += 1
            if recorded.endpoint not in stats.disabled:
                stats.disabled.append(recorded.endpoint)


# -- redeliver, inspect -----------------------------------------------------------------------

@dataclass(frozen=True)
class Requeued:
    endpoint: str
    before: str  # the delivery's status before
    action: str  # requeued | due now | parked (endpoint disabled)


def resolve_alert_id(session: Session, alert_id: str) -> str:
    """The full id of an alert given its id or a unique prefix of it."""
    if session.get(Alert, alert_id) is not None:
        return alert_id
    if len(alert_id) >= 6:
        found = list(session.scalars(select(Alert.id).where(Alert.id.startswith(alert_id, autoescape=True)).limit(2)))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise AlertNotFound(f"alert {alert_id!r}: ambiguous prefix, give more of the id")
    raise AlertNotFound(f"alert {alert_id!r}: no such alert")


def redeliver(
    sessions: sessionmaker[Session], alert_id: str, endpoint: str | None = None, *, now: datetime | None = None
) -> list[Requeued]:
    """Send an alert again: its dead or delivered deliveries (or only ``endpoint``'s) become pending now.

    The attempt history is kept; the retry schedule starts again from its first delay.
    A pending delivery waiting for a retry is made due now. Deliveries to a disabled
    endpoint stay parked until the endpoint is enabled.
    """
    now = now or utcnow()
    with sessions.begin() as session:
        alert_id = resolve_alert_id(session, alert_id)
        query = select(Delivery).where(Delivery.alert_id == alert_id).order_by(Delivery.id)
        if endpoint is not None:
            query = query.where(Delivery.endpoint == endpoint)
        deliveries = list(session.scalars(query))
        if not deliveries:
            what = f"no delivery to endpoint {endpoint!r}" if endpoint else "no deliveries (no endpoint subscribed)"
            raise AlertNotFound(f"alert {alert_id}: {what}")
        disabled = set(session.scalars(select(EndpointRow.name).where(EndpointRow.disabled_at.is_not(None))))
        results: list[Requeued] = []
        for delivery in deliveries:
            before = delivery.status
            if delivery.endpoint in disabled:
                values: dict[str, Any] = {"next_attempt_at": None}
                action = "parked (endpoint disabled)"
            else:
                values = {"next_attempt_at": now}
                action = "requeued" if before != PENDING else "due now"
            if before != PENDING:
                values.update(status=PENDING, retry_base=Delivery.attempts, delivered_at=None, last_error=None)
            session.execute(
                update(Delivery).where(Delivery.id == delivery.id, Delivery.status == before).values(**values)
                .execution_options(synchronize_session=False)
            )
            results.append(Requeued(delivery.endpoint, before, action))
            log.info("alert %s to %s: %s (was %s)", alert_id, delivery.endpoint, action, before)
    return results


def list_alerts(session: Session, *, status: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Alerts (newest last) with their deliveries; ``status`` keeps alerts with a delivery in it."""
    query = select(Alert).order_by(Alert.created_at.desc(), Alert.stream.desc(), Alert.seq.desc())
    if status is not None:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        query = query.where(exists().where(Delivery.alert_id == Alert.id, Delivery.status == status))
    if limit is not None:
        query = query.limit(limit)
    alerts = list(session.scalars(query))[::-1]
    by_alert: dict[str, list[dict[str, Any]]] = {a.id: [] for a in alerts}
    disabled = _disabled(session)
    if alerts:
        for delivery in session.scalars(select(Delivery).where(Delivery.alert_id.in_(list(by_alert))).order_by(Delivery.id)):
            by_alert[delivery.alert_id].append(_delivery_dict(delivery, disabled))
    return [{**_alert_summary(a), "deliveries": by_alert[a.id]} for a in alerts]


def count_alerts(session: Session, *, status: str | None = None) -> int:
    query = select(func.count()).select_from(Alert)
    if status is not None:
        query = query.where(exists().where(Delivery.alert_id == Alert.id, Delivery.status == status))
    return session.scalar(query) or 0


def alert_detail(session: Session, alert_id: str) -> dict[str, Any]:
    """One alert: summary, the payload as sent, and each delivery with every attempt (``attempt_log``)."""
    alert = session.get(Alert, resolve_alert_id(session, alert_id))
    assert alert is not None
    disabled = _disabled(session)
    deliveries = []
    for delivery in session.scalars(select(Delivery).where(Delivery.alert_id == alert.id).order_by(Delivery.id)):
        attempts = session.scalars(select(AttemptRow).where(AttemptRow.delivery_id == delivery.id).order_by(AttemptRow.at, AttemptRow.id))
        deliveries.append({**_delivery_dict(delivery, disabled), "attempt_log": [
            {"at": _iso(a.at), "status_code": a.status_code, "error": a.error, "duration_ms": a.duration_ms,
             "outcome": a.outcome, "retry_after": a.retry_after}
            for a in attempts
        ]})
    return {**_alert_summary(alert), "payload": alert.payload, "deliveries": deliveries}


def _disabled(session: Session) -> dict[str, str | None]:
    query = select(EndpointRow.name, EndpointRow.disabled_reason).where(EndpointRow.disabled_at.is_not(None))
    return {name: reason for name, reason in session.execute(query)}


def _alert_summary(alert: Alert) -> dict[str, Any]:
    payload = alert.payload or {}
    return {"id": alert.id, "type": alert.type, "stance": alert.stance, "stream": alert.stream, "sequence": alert.seq,
            "created_at": _iso(alert.created_at), "from": payload.get("from"), "to": payload.get("to")}


def _delivery_dict(delivery: Delivery, disabled: Mapping[str, str | None]) -> dict[str, Any]:
    parked = delivery.status == PENDING and (delivery.next_attempt_at is None or delivery.endpoint in disabled)
    return {"endpoint": delivery.endpoint, "status": delivery.status, "parked": parked,
            "endpoint_disabled": delivery.endpoint in disabled, "attempts": delivery.attempts,
            "next_attempt_at": _iso(delivery.next_attempt_at), "delivered_at": _iso(delivery.delivered_at),
            "last_error": delivery.last_error, "lease_owner": delivery.lease_owner, "lease_until": _iso(delivery.lease_until)}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None
