"""What ``shiftwatch alerts …`` and ``shiftwatch deliver`` do; ``monitor/cli.py`` only parses arguments.

Nothing here prints a secret: alerts and attempts hold none, endpoints are shown by name
(never by URL, which may embed a token), and attempt errors were redacted when recorded.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from collections.abc import Collection, Mapping
from typing import Any, TextIO

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.alerts import outbox
from monitor.alerts.service import Alerting, default_worker_id, run_worker
from monitor.errors import ConfigError, ShiftwatchError

EXIT_OK, EXIT_NOT_FOUND = 0, 1


def configured_endpoint_names(table: Mapping[str, Any]) -> list[str] | None:
    """Endpoint names in a config's ``[[endpoints]]`` without needing their secrets; None if it has none."""
    items = table.get("endpoints")
    if not isinstance(items, list):
        return None
    return [i["name"] for i in items if isinstance(i, Mapping) and isinstance(i.get("name"), str)]


def list_alerts(
    sessions: sessionmaker[Session],
    *,
    status: str | None = None,
    fmt: str = "text",
    limit: int | None = 100,
    configured: Collection[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """``alerts list``: the latest alerts, oldest first, each with its deliveries."""
    out, err = out or sys.stdout, err or sys.stderr
    with sessions() as session:
        alerts = outbox.list_alerts(session, status=status, limit=limit)
        total = outbox.count_alerts(session, status=status)
    for alert in alerts:
        for delivery in alert["deliveries"]:
            delivery["configured"] = configured is None or delivery["endpoint"] in configured
    if fmt == "json":
        print(json.dumps(alerts, ensure_ascii=False, indent=2), file=out)
    else:
        for alert in alerts:
            print(_alert_line(alert), file=out)
        if not alerts:
            print(f"no {status or ''} alerts".replace("  ", " "), file=out)
    if len(alerts) < total:
        print(f"(showing the latest {len(alerts)} of {total}; use --limit)", file=err)
    return EXIT_OK


def _alert_line(alert: Mapping[str, Any]) -> str:
    change = f"{alert['from']} -> {alert['to']}" if alert.get("to") else ""
    deliveries = "  ".join(_delivery_brief(d) for d in alert["deliveries"]) or "(no endpoint subscribed)"
    created = (alert["created_at"] or "")[:19].replace("T", " ")
    return f"{created}  {alert['id']}  {alert['stream']}#{alert['sequence']:<4} {alert['type']:<16} {change:<24} {deliveries}"


def _delivery_brief(delivery: Mapping[str, Any]) -> str:
    state = _state(delivery)
    tries = delivery["attempts"]
    return f"{delivery['endpoint']}:{state}" + (f"({tries})" if tries else "")


def _state(delivery: Mapping[str, Any]) -> str:
    if delivery["status"] != outbox.PENDING:
        return str(delivery["status"])
    if delivery["parked"]:
        return "parked"
    if not delivery.get("configured", True):
        return "pending[not in config]"
    return "pending"


def show_alert(sessions: sessionmaker[Session], alert_id: str, *, fmt: str = "text",
               configured: Collection[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """``alerts show``: the payload as sent, each delivery and every attempt."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        with sessions() as session:
            detail = outbox.alert_detail(session, alert_id)
    except outbox.AlertNotFound as exc:
        print(f"shiftwatch: {exc}", file=err)
        return EXIT_NOT_FOUND
    for delivery in detail["deliveries"]:
        delivery["configured"] = configured is None or delivery["endpoint"] in configured
    if fmt == "json":
        print(json.dumps(detail, ensure_ascii=False, indent=2), file=out)
        return EXIT_OK
    print(f"alert     {detail['id']}   (the webhook-id)", file=out)
    print(f"type      {detail['type']}", file=out)
    print(f"stream    {detail['stream']}, sequence {detail['sequence']}", file=out)
    print(f"created   {detail['created_at']}", file=out)
    print("payload   (the webhook body, sent as compact JSON with sorted keys)", file=out)
    for line in json.dumps(detail["payload"], ensure_ascii=False, indent=2, sort_keys=True).splitlines():
        print(f"  {line}", file=out)
    print("deliveries" if detail["deliveries"] else "deliveries: none (no endpoint subscribed)", file=out)
    for delivery in detail["deliveries"]:
        print(f"  {delivery['endpoint']}: {_delivery_text(delivery, detail['id'])}", file=out)
        for attempt in delivery["attempt_log"]:
            code = attempt["status_code"] if attempt["status_code"] is not None else "---"
            after = f"  retry-after {attempt['retry_after']:g} s" if attempt["retry_after"] is not None else ""
            error = f"  {attempt['error']}" if attempt["error"] else ""
            print(f"    {attempt['at']}  {code}  {attempt['outcome']:<9} {attempt['duration_ms']:>6.0f} ms{after}{error}", file=out)
    return EXIT_OK


def _delivery_text(delivery: Mapping[str, Any], alert_id: str) -> str:
    state = _state(delivery)
    parts = [state, f"{delivery['attempts']} attempt(s)"]
    if state == "delivered":
        parts.append(f"at {delivery['delivered_at']}")
    elif delivery["status"] == outbox.PENDING and delivery["next_attempt_at"] and not delivery["parked"]:
        parts.append(f"next at {delivery['next_attempt_at']}")
    if delivery["endpoint_disabled"]:
        parts.append(f"endpoint disabled (re-enable: shiftwatch alerts enable {delivery['endpoint']})")
    if delivery["lease_owner"]:
        parts.append(f"leased by {delivery['lease_owner']} until {delivery['lease_until']}")
    if delivery["last_error"] and delivery["status"] != "delivered":
        parts.append(f"last error: {delivery['last_error']}")
    if state == "dead":
        parts.append(f"re-send: shiftwatch alerts redeliver {alert_id} --endpoint {delivery['endpoint']}")
    return ", ".join(parts)


def redeliver(sessions: sessionmaker[Session], alert_id: str, endpoint: str | None = None, *,
              out: TextIO | None = None, err: TextIO | None = None) -> int:
    """``alerts redeliver``: dead or delivered deliveries of one alert become pending now."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        results = outbox.redeliver(sessions, alert_id, endpoint)
        with sessions() as session:
            full_id = outbox.resolve_alert_id(session, alert_id)
    except outbox.AlertNotFound as exc:
        print(f"shiftwatch: {exc}", file=err)
        return EXIT_NOT_FOUND
    for result in results:
        print(f"{full_id} -> {result.endpoint}: {result.action} (was {result.before})", file=out)
    return EXIT_OK


def enable_endpoint(sessions: sessionmaker[Session], name: str, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """``alerts enable``: undo a 410 disable; parked deliveries become due now."""
    out, err = out or sys.stdout, err or sys.stderr
    try:
        count = outbox.enable_endpoint(sessions, name)
    except outbox.AlertNotFound as exc:
        print(f"shiftwatch: {exc}", file=err)
        return EXIT_NOT_FOUND
    print(f"endpoint {name} enabled; {count} parked deliveries due now", file=out)
    return EXIT_OK


def deliver(sessions: sessionmaker[Session], alerting: Alerting, *, once: bool = False, interval: float | None = None,
            out: TextIO | None = None) -> int:
    """``shiftwatch deliver``: a delivery-only worker until SIGTERM/SIGINT (or one run with ``once``)."""
    out = out or sys.stdout
    if not alerting.endpoints:
        raise ConfigError("no [[endpoints]] configured: nothing to deliver (see docs/alerts.md)")
    stop = threading.Event()
    worker_id = default_worker_id()

    def on_signal(signum: int, _frame: Any) -> None:
        stop.set()
        # A second signal stops at once, the default way.
        signal.signal(signum, signal.default_int_handler if signum == signal.SIGINT else signal.SIG_DFL)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        total = run_worker(sessions, alerting, worker_id=worker_id, stop=stop, interval=interval, once=once)
    except SQLAlchemyError as exc:
        raise ShiftwatchError(f"store failure: {type(exc).__name__}: {str(exc).splitlines()[0]}") from exc
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    print(("delivered once: " if once else "stopped: ") + total.summary(), file=out, flush=True)
    return EXIT_OK
