"""One attempt against mocked HTTP (``responses``) and a fake Apprise."""

from __future__ import annotations

import io
import json
import logging
import sys
import time
import types
from email.utils import formatdate
from typing import Any

import pytest
import requests
import responses
from requests.structures import CaseInsensitiveDict
from standardwebhooks import Webhook

from monitor.alerts import webhook
from monitor.alerts.endpoints import Endpoint
from monitor.alerts.retry import Outcome
from monitor.alerts.signing import Secret, generate_secret
from monitor.alerts.webhook import Attempt, deliver, format_notification, send, send_apprise
from monitor.errors import DeliveryError

URL = "https://hooks.example.org/shiftwatch"
SECRET = generate_secret()
ENDPOINT = Endpoint(name="ops", url=URL, secret_env="OPS_SECRET")
PAYLOAD = {
    "type": "transition",
    "id": "alrt_01",
    "seq": 4,
    "stance": "kr-ua-weapons",
    "from": "refrains",
    "to": "reconsider",
    "source": "example-news",
    "article": {
        "url": "https://news.example/a", "title": "Seoul reviews stance", "published": None, "version": 2,
    },
    "evidence": [{"text": "Seoul is reviewing its ban on arms to Ukraine.", "state": "reconsider"}],
}
BODY = json.dumps(PAYLOAD, separators=(",", ":")).encode()


def secret_free(*texts: str) -> bool:
    core = SECRET.removeprefix("whsec_")
    return all(SECRET not in t and core not in t for t in texts)


@responses.activate
def test_delivered_request_verifies_as_a_receiver_would() -> None:
    responses.add(responses.POST, URL, status=204)
    attempt = send(ENDPOINT, SECRET, "msg_01", BODY)
    assert attempt.outcome is Outcome.DELIVERED
    assert attempt.status_code == 204 and attempt.error is None and attempt.retry_after is None
    assert attempt.endpoint == "ops" and attempt.msg_id == "msg_01"
    assert attempt.duration_ms >= 0
    request = responses.calls[0].request
    assert request.body == BODY
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("shiftwatch")
    assert request.headers["webhook-timestamp"] == str(attempt.timestamp)
    assert Webhook(SECRET).verify(request.body, dict(request.headers)) == PAYLOAD


@responses.activate
def test_secret_wrapper_is_accepted() -> None:
    responses.add(responses.POST, URL, status=200)
    assert send(ENDPOINT, Secret(SECRET), "msg_01", BODY).outcome is Outcome.DELIVERED
    Webhook(SECRET).verify(responses.calls[0].request.body, dict(responses.calls[0].request.headers))


@responses.activate
def test_same_id_and_fresh_timestamp_on_each_retry() -> None:
    responses.add(responses.POST, URL, status=503)
    responses.add(responses.POST, URL, status=200)
    t0 = time.time()
    first = send(ENDPOINT, SECRET, "msg_same", BODY, now=t0)
    second = send(ENDPOINT, SECRET, "msg_same", BODY, now=t0 + 5)
    assert (first.outcome, second.outcome) == (Outcome.RETRY, Outcome.DELIVERED)
    sent = [c.request.headers for c in responses.calls]
    assert [h["webhook-id"] for h in sent] == ["msg_same", "msg_same"]
    assert [h["webhook-timestamp"] for h in sent] == [str(int(t0)), str(int(t0) + 5)]
    assert sent[0]["webhook-signature"] != sent[1]["webhook-signature"]


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@responses.activate
def test_redirects_are_not_followed(status: int) -> None:
    responses.add(responses.POST, URL, status=status, headers={"Location": "https://elsewhere.example/x"})
    responses.add(responses.POST, "https://elsewhere.example/x", status=200)
    attempt = send(ENDPOINT, SECRET, "msg_r", BODY)
    assert len(responses.calls) == 1
    assert attempt.outcome is Outcome.RETRY
    assert attempt.error == (
        f"HTTP {status} redirect to https://elsewhere.example/x not followed; update the endpoint URL"
    )


@pytest.mark.parametrize(
    "status, outcome",
    [
        (400, Outcome.GIVE_UP),
        (401, Outcome.GIVE_UP),
        (403, Outcome.GIVE_UP),
        (404, Outcome.GIVE_UP),
        (422, Outcome.GIVE_UP),
        (408, Outcome.RETRY),
        (409, Outcome.RETRY),
        (425, Outcome.RETRY),
        (429, Outcome.RETRY),
        (500, Outcome.RETRY),
        (502, Outcome.RETRY),
        (503, Outcome.RETRY),
        (504, Outcome.RETRY),
        (410, Outcome.DISABLE),
    ],
)
@responses.activate
def test_status_outcomes(status: int, outcome: Outcome) -> None:
    responses.add(responses.POST, URL, status=status)
    attempt = send(ENDPOINT, SECRET, "msg_s", BODY)
    assert attempt.status_code == status and attempt.outcome is outcome
    assert attempt.error is not None and attempt.error.startswith(f"HTTP {status}")


@responses.activate
def test_gone_disables_and_logs_an_error(caplog: pytest.LogCaptureFixture) -> None:
    responses.add(responses.POST, URL, status=410)
    with caplog.at_level(logging.INFO, logger="monitor.alerts.webhook"):
        attempt = send(ENDPOINT, SECRET, "msg_g", BODY)
    assert attempt.outcome is Outcome.DISABLE
    (record,) = caplog.records
    assert record.levelno == logging.ERROR and "ops" in record.getMessage() and "disable" in record.getMessage()


@pytest.mark.parametrize(
    "exc", [requests.exceptions.ReadTimeout("read timed out"), requests.exceptions.ConnectTimeout("connect")]
)
@responses.activate
def test_timeout_is_retried(exc: Exception) -> None:
    responses.add(responses.POST, URL, body=exc)
    attempt = send(Endpoint(name="slow", url=URL, secret_env="X", timeout=2.5), SECRET, "msg_t", BODY)
    assert attempt.status_code is None
    assert attempt.error == "timeout after 2.5 s"
    assert attempt.outcome is Outcome.RETRY


@responses.activate
def test_connection_refused_is_retried_with_a_short_reason() -> None:
    responses.add(
        responses.POST,
        URL,
        body=requests.exceptions.ConnectionError(
            "HTTPSConnectionPool(host='hooks.example.org', port=443): Max retries exceeded with url: "
            "/shiftwatch (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at "
            "0x7f>: Failed to establish a new connection: [Errno 111] Connection refused'))"
        ),
    )
    attempt = send(ENDPOINT, SECRET, "msg_c", BODY)
    assert attempt.outcome is Outcome.RETRY
    assert attempt.error == "connection error: Connection refused"


@responses.activate
def test_other_request_errors_are_retried() -> None:
    responses.add(responses.POST, URL, body=requests.exceptions.ChunkedEncodingError("broken"))
    attempt = send(ENDPOINT, SECRET, "msg_x", BODY)
    assert attempt.outcome is Outcome.RETRY
    assert attempt.error == "request failed: ChunkedEncodingError"


@responses.activate
def test_retry_after_seconds() -> None:
    responses.add(responses.POST, URL, status=429, headers={"Retry-After": "120"})
    attempt = send(ENDPOINT, SECRET, "msg_ra", BODY)
    assert attempt.outcome is Outcome.RETRY and attempt.retry_after == 120.0


@responses.activate
def test_retry_after_http_date() -> None:
    later = formatdate(time.time() + 600, usegmt=True)
    responses.add(responses.POST, URL, status=503, headers={"Retry-After": later})
    attempt = send(ENDPOINT, SECRET, "msg_rd", BODY)
    assert attempt.outcome is Outcome.RETRY
    assert attempt.retry_after is not None and 590 <= attempt.retry_after <= 600


@responses.activate
def test_garbage_retry_after_is_ignored() -> None:
    responses.add(responses.POST, URL, status=429, headers={"Retry-After": "later please"})
    assert send(ENDPOINT, SECRET, "msg_rg", BODY).retry_after is None


class SpySession:
    def __init__(self, status: int = 200) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.status = status

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        self.calls.append((url, kwargs))
        response = requests.Response()
        response.status_code = self.status
        response.headers = CaseInsensitiveDict()
        response.raw = io.BytesIO(b"")
        return response


def test_session_gets_timeout_and_no_redirects() -> None:
    spy = SpySession()
    endpoint = Endpoint(name="ops", url=URL, secret_env="X", timeout=7)
    attempt = send(endpoint, SECRET, "msg_k", BODY, session=spy)  # type: ignore[arg-type]
    assert attempt.outcome is Outcome.DELIVERED
    ((url, kwargs),) = spy.calls
    assert url == URL
    assert kwargs["timeout"] == 7 and kwargs["allow_redirects"] is False
    assert kwargs["data"] == BODY


def test_invalid_inputs_raise_before_any_request() -> None:
    spy = SpySession()
    with pytest.raises(ValueError, match="webhook id"):
        send(ENDPOINT, SECRET, "msg.with.dots", BODY, session=spy)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="UTF-8"):
        send(ENDPOINT, SECRET, "msg_1", b"\xff\xfe", session=spy)  # type: ignore[arg-type]
    apprise_endpoint = Endpoint(name="chat", url="", secret_env="X", kind="apprise")
    with pytest.raises(DeliveryError, match="endpoint chat"):
        send(apprise_endpoint, SECRET, "msg_1", BODY, session=spy)  # type: ignore[arg-type]
    assert spy.calls == []


@responses.activate
def test_secret_never_in_attempt_errors_or_logs(caplog: pytest.LogCaptureFixture) -> None:
    # A pathological error message that carries the secret must still be redacted.
    responses.add(responses.POST, URL, body=requests.exceptions.ConnectionError(f"[Errno 1] {SECRET} boom"))
    responses.add(responses.POST, URL, body=requests.exceptions.InvalidURL(f"bad {SECRET.removeprefix('whsec_')}"))
    responses.add(responses.POST, URL, status=500)
    responses.add(responses.POST, URL, status=200)
    with caplog.at_level(logging.DEBUG):
        attempts = [send(ENDPOINT, SECRET, f"msg_{i}", BODY) for i in range(4)]
    assert attempts[0].error == "connection error: [redacted] boom"
    shown = [repr(a) for a in attempts] + [str(a.error) for a in attempts] + [caplog.text]
    assert secret_free(*shown)
    assert len(caplog.records) >= 4


# --- Apprise ---------------------------------------------------------------------------

CHAT = Endpoint(name="chat", url="", secret_env="CHAT_URL", kind="apprise")
CHAT_URL = "slack://TokenA/TokenB/TokenCsecretsecret"


def fake_apprise(*, add: bool = True, notify: Any = True) -> types.ModuleType:
    module = types.ModuleType("apprise")
    sent: list[dict[str, str]] = []

    class Apprise:
        def add(self, url: str) -> bool:
            return add

        def notify(self, body: str, title: str) -> bool:
            if isinstance(notify, Exception):
                raise notify
            sent.append({"title": title, "body": body})
            return bool(notify)

    module.Apprise = Apprise  # type: ignore[attr-defined]
    module.sent = sent  # type: ignore[attr-defined]
    return module


@pytest.mark.parametrize(
    "kwargs, outcome, error",
    [
        ({}, Outcome.DELIVERED, None),
        ({"notify": False}, Outcome.RETRY, "apprise could not notify"),
        ({"add": False}, Outcome.GIVE_UP, "the Apprise URL in CHAT_URL is not recognised"),
        (
            {"notify": RuntimeError(f"token {CHAT_URL} rejected")},
            Outcome.RETRY,
            "apprise failed: RuntimeError",
        ),
    ],
)
def test_send_apprise(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], outcome: Outcome, error: str | None
) -> None:
    module = fake_apprise(**kwargs)
    monkeypatch.setitem(sys.modules, "apprise", module)
    attempt = send_apprise(CHAT, Secret(CHAT_URL), "msg_a", BODY, now=1700000000)
    assert attempt == Attempt(
        endpoint="chat", msg_id="msg_a", timestamp=1700000000, status_code=None,
        error=error, duration_ms=attempt.duration_ms, outcome=outcome, retry_after=None,
    )
    assert "Token" not in repr(attempt)
    if outcome is Outcome.DELIVERED:
        (message,) = module.sent  # type: ignore[attr-defined]
        assert message["title"] == "[transition] kr-ua-weapons refrains → reconsider"
        assert "Seoul is reviewing" in message["body"] and "https://news.example/a" in message["body"]


def test_apprise_not_installed_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "apprise", None)  # makes `import apprise` fail
    with pytest.raises(DeliveryError, match=r"pip install 'shiftwatch\[notify\]'"):
        send_apprise(CHAT, CHAT_URL, "msg_a", BODY)


def test_apprise_is_not_imported_by_the_module() -> None:
    assert "apprise" not in vars(webhook)


def test_deliver_dispatches_on_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "apprise", fake_apprise())
    assert deliver(CHAT, CHAT_URL, "msg_d", BODY).outcome is Outcome.DELIVERED
    spy = SpySession(status=202)
    assert deliver(ENDPOINT, SECRET, "msg_d", BODY, session=spy).status_code == 202  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "body, title",
    [
        (b"not json", "shiftwatch alert"),
        (b"[1, 2]", "shiftwatch alert"),
        (json.dumps({"type": "revision", "stance": "s"}).encode(), "[revision] s"),
    ],
)
def test_format_notification_is_defensive(body: bytes, title: str) -> None:
    got_title, text = format_notification(body)
    assert got_title == title and text
