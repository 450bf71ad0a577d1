"""One delivery attempt: a signed POST (or an Apprise notification) and what came of it.

No state is kept here. The caller (the outbox) stores each :class:`Attempt`, uses
``Attempt.outcome`` and ``RetryPolicy.next_delay`` to decide what happens next, and
passes the *same* ``msg_id`` on every retry so receivers can deduplicate on it.
Each attempt gets a fresh ``webhook-timestamp``.
"""

from __future__ import annotations

import importlib
import json
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

import requests

from monitor.alerts import signing
from monitor.alerts.endpoints import NOTIFY_HINT, Endpoint
from monitor.alerts.retry import Outcome, classify, parse_retry_after
from monitor.alerts.signing import Secret
from monitor.errors import DeliveryError

log = logging.getLogger(__name__)

MAX_ERROR_CHARS = 200
_ERRNO = re.compile(r"\[Errno -?\d+\] ([^'\")\]]+)")


@dataclass(frozen=True)
class Attempt:
    """The result of one attempt; everything the outbox needs to store (no secret)."""

    endpoint: str  # endpoint name
    msg_id: str
    timestamp: int  # the webhook-timestamp sent (Unix seconds)
    status_code: int | None
    error: str | None  # short, for people; None when delivered
    duration_ms: int
    outcome: Outcome
    retry_after: float | None  # seconds, from the response's Retry-After


def _user_agent() -> str:
    try:
        from importlib.metadata import version

        return f"shiftwatch/{version('shiftwatch')}"
    except Exception:  # not installed as a distribution: still identify ourselves
        return "shiftwatch"


USER_AGENT = _user_agent()


def send(
    endpoint: Endpoint,
    secret: str | Secret,
    msg_id: str,
    body: bytes,
    *,
    now: float | None = None,
    session: requests.Session | None = None,
) -> Attempt:
    """POST ``body`` to a webhook endpoint once, signed for ``msg_id`` at ``now``.

    Never raises for network or HTTP failures (they become the Attempt's outcome); raises
    ConfigError for an invalid secret and ValueError for an invalid msg_id or body.
    Redirects are not followed. ``endpoint.timeout`` bounds connecting and each read.
    """
    if endpoint.kind != "webhook":
        raise DeliveryError(f"endpoint {endpoint.name}: kind {endpoint.kind!r} is not a webhook")
    signing.check_msg_id(msg_id)
    if not isinstance(body, (bytes, bytearray)):
        raise TypeError("body must be bytes: sign exactly what is sent")
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        # Reference verifiers decode the body as UTF-8 before checking the signature.
        raise ValueError("webhook body must be UTF-8 (JSON)") from None
    timestamp = int(time.time() if now is None else now)
    request_headers = {
        **signing.headers(secret, msg_id, timestamp, body),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
    }
    http = session if session is not None else requests
    started = time.monotonic()
    status: int | None = None
    retry_after: float | None = None
    try:
        # stream=True: we only need the status line and headers, never a large body.
        response = http.post(
            endpoint.url,
            data=body,
            headers=request_headers,
            timeout=endpoint.timeout,
            allow_redirects=False,
            stream=True,
        )
    except requests.Timeout:
        error: str | None = f"timeout after {endpoint.timeout:g} s"
    except requests.ConnectionError as exc:
        error = f"connection error: {_reason(exc)}"
    except requests.RequestException as exc:
        error = f"request failed: {_reason(exc)}"
    else:
        with response:
            status = response.status_code
            error = _status_error(response)
            retry_after = parse_retry_after(response.headers.get("retry-after"), now=time.time())
    duration_ms = int((time.monotonic() - started) * 1000)
    outcome = classify(status, error)
    attempt = Attempt(
        endpoint=endpoint.name,
        msg_id=msg_id,
        timestamp=timestamp,
        status_code=status,
        error=_redact(error, secret),
        duration_ms=duration_ms,
        outcome=outcome,
        retry_after=retry_after,
    )
    _log(attempt)
    return attempt


def _status_error(response: requests.Response) -> str | None:
    status = response.status_code
    if 200 <= status <= 299:
        return None
    if 300 <= status <= 399:
        location = response.headers.get("location", "")
        where = f" to {location}" if location else ""
        return f"HTTP {status} redirect{where} not followed; update the endpoint URL"
    reason = (response.reason or "").strip()
    return f"HTTP {status} {reason}".strip()


def _reason(exc: BaseException) -> str:
    """A short reason, e.g. 'Connection refused', instead of urllib3's nested repr."""
    text = str(exc)
    found = _ERRNO.search(text)
    if found:
        return found.group(1).strip()
    return type(exc).__name__


def _redact(text: str | None, secret: str | Secret) -> str | None:
    """Cut to size and make sure no part of the secret can leak through an error."""
    if text is None:
        return None
    value = secret.reveal() if isinstance(secret, Secret) else secret
    for part in (value, value.removeprefix(signing.SECRET_PREFIX)):  # whole value first
        if len(part) >= 8:
            text = text.replace(part, "[redacted]")
    if len(text) > MAX_ERROR_CHARS:
        text = text[: MAX_ERROR_CHARS - 1] + "…"
    return text


def _log(attempt: Attempt) -> None:
    if attempt.outcome is Outcome.DISABLE:
        log.error(
            "endpoint %s answered 410 Gone for msg %s: it wants no more alerts; disable it",
            attempt.endpoint,
            attempt.msg_id,
        )
        return
    level = logging.INFO if attempt.outcome is Outcome.DELIVERED else logging.WARNING
    log.log(
        level,
        "endpoint %s msg %s: %s (%s) in %d ms",
        attempt.endpoint,
        attempt.msg_id,
        attempt.outcome.value,
        attempt.error or attempt.status_code,
        attempt.duration_ms,
    )


# --- Apprise (optional: pip install 'shiftwatch[notify]') --------------------------------


def load_apprise() -> Any:
    """Import apprise on first use, so it stays an optional dependency."""
    try:
        return importlib.import_module("apprise")
    except ImportError:
        raise DeliveryError(f"apprise is not installed; {NOTIFY_HINT}") from None


def format_notification(body: bytes) -> tuple[str, str]:
    """A human title and text for chat/e-mail channels from the webhook JSON body."""
    try:
        payload = json.loads(body)
    except ValueError:
        return "shiftwatch alert", body.decode("utf-8", "replace")
    if not isinstance(payload, dict):
        return "shiftwatch alert", json.dumps(payload)
    stance = payload.get("stance") or "shiftwatch"
    change = f"{payload.get('from')} → {payload.get('to')}" if payload.get("to") else ""
    title = " ".join(p for p in (f"[{payload.get('type', 'alert')}]", str(stance), change) if p)
    lines: list[str] = []
    if payload.get("source"):
        lines.append(f"Source: {payload['source']}")
    article = payload.get("article")
    if isinstance(article, dict):
        lines.extend(str(article[k]) for k in ("title", "url") if article.get(k))
    evidence = payload.get("evidence")
    if isinstance(evidence, list):
        for item in evidence[:3]:
            text = item.get("text") if isinstance(item, dict) else item
            if text:
                lines.append(f"> {text}")
    return title, "\n".join(lines) or title


def send_apprise(
    endpoint: Endpoint,
    apprise_url: str | Secret,
    msg_id: str,
    body: bytes,
    *,
    now: float | None = None,
) -> Attempt:
    """Send one alert through Apprise (Slack, Teams, e-mail, ...).

    Apprise reports only success or failure, so failures are retried on the same
    schedule; an URL Apprise does not recognise gives up. ``endpoint.timeout`` does not
    apply: use the Apprise URL's own ``cto``/``rto`` parameters.
    """
    if endpoint.kind != "apprise":
        raise DeliveryError(f"endpoint {endpoint.name}: kind {endpoint.kind!r} is not apprise")
    apprise = load_apprise()
    timestamp = int(time.time() if now is None else now)
    url = apprise_url.reveal() if isinstance(apprise_url, Secret) else apprise_url
    title, text = format_notification(body)
    started = time.monotonic()
    error: str | None = None
    try:
        notifier = apprise.Apprise()
        if not notifier.add(url):
            error = f"the Apprise URL in {endpoint.secret_env} is not recognised"
            outcome = Outcome.GIVE_UP
        elif notifier.notify(body=text, title=title):
            outcome = Outcome.DELIVERED
        else:
            error = "apprise could not notify"
            outcome = Outcome.RETRY
    except Exception as exc:  # a plugin failing must not stop the delivery loop
        error = f"apprise failed: {type(exc).__name__}"
        outcome = Outcome.RETRY
    attempt = Attempt(
        endpoint=endpoint.name,
        msg_id=msg_id,
        timestamp=timestamp,
        status_code=None,
        error=_redact(error, url),
        duration_ms=int((time.monotonic() - started) * 1000),
        outcome=outcome,
        retry_after=None,
    )
    _log(attempt)
    return attempt


def deliver(
    endpoint: Endpoint,
    secret: str | Secret,
    msg_id: str,
    body: bytes,
    *,
    now: float | None = None,
    session: requests.Session | None = None,
) -> Attempt:
    """One attempt through the endpoint's kind: signed webhook or Apprise."""
    if endpoint.kind == "apprise":
        return send_apprise(endpoint, secret, msg_id, body, now=now)
    return send(endpoint, secret, msg_id, body, now=now, session=session)
