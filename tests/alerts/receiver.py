"""A real webhook receiver on 127.0.0.1 for tests, verifying like any consumer would.

Every request is checked with the reference ``standardwebhooks`` package and recorded.
Replies are scripted: queue :class:`Reply` objects (status, headers such as Retry-After
or Location, a delay before answering); when the queue is empty it answers ``200``.
A request that fails verification is answered 401 unless ``reject_unverified=False``.

Usage in a test module::

    from .receiver import Receiver, Reply, receiver  # noqa: F401  (the fixture)

    def test_x(receiver: Receiver) -> None:
        receiver.reply(Reply(503, {"Retry-After": "1"}), Reply(200))
        ...  # POST to receiver.url signed with receiver.secret
        assert receiver.received[0].verified
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from standardwebhooks import Webhook

from monitor.alerts.signing import generate_secret


@dataclass(frozen=True)
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (timeouts)
    body: bytes = b""


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status, {"Location": location})


@dataclass(frozen=True)
class Received:
    path: str
    msg_id: str | None
    timestamp: str | None
    signature: str | None
    body: bytes
    verified: bool
    error: str | None  # why verification failed
    headers: dict[str, str]
    status: int  # what the receiver answered

    def json(self) -> Any:
        return json.loads(self.body)


class Receiver:
    """An HTTP server in a thread; ``url`` is where to POST."""

    def __init__(self, secret: str | None = None, *, reject_unverified: bool = True) -> None:
        self.secret = secret or generate_secret()
        self.reject_unverified = reject_unverified
        self.received: list[Received] = []
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._arrived = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/hook"

    def reply(self, *replies: Reply) -> None:
        """Queue replies for the next requests, in order."""
        with self._lock:
            self._replies.extend(replies)

    def ids(self) -> list[str | None]:
        with self._lock:
            return [r.msg_id for r in self.received]

    def wait_for(self, count: int, timeout: float = 5.0) -> list[Received]:
        """Block until ``count`` requests arrived (for senders in other threads)."""
        with self._arrived:
            if not self._arrived.wait_for(lambda: len(self.received) >= count, timeout):
                raise TimeoutError(f"{len(self.received)} of {count} requests arrived")
            return list(self.received)

    def start(self) -> Receiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # releases handlers sleeping in a delay
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Receiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _record(self, handler: BaseHTTPRequestHandler, body: bytes) -> tuple[Reply, bool]:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        try:
            Webhook(self.secret).verify(body, headers, json_parse=False)
            verified, error = True, None
        except Exception as exc:  # any failure to verify is a rejection
            verified, error = False, f"{type(exc).__name__}: {exc}"
        with self._lock:
            reply = self._replies.popleft() if self._replies else Reply()
        if not verified and self.reject_unverified:
            reply = Reply(401, delay=reply.delay)
        record = Received(
            path=handler.path,
            msg_id=headers.get("webhook-id"),
            timestamp=headers.get("webhook-timestamp"),
            signature=headers.get("webhook-signature"),
            body=body,
            verified=verified,
            error=error,
            headers=headers,
            status=reply.status,
        )
        with self._arrived:
            self.received.append(record)
            self._arrived.notify_all()
        return reply, verified

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                if len(body) < length:
                    return  # the sender died mid-body: like any server, drop the truncated request
                reply, _ = receiver._record(self, body)
                if reply.delay and receiver._stopping.wait(reply.delay):
                    return
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except OSError:
                    pass  # the sender gave up (timeout); nothing to answer

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output quiet

        return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as server:
        yield server
