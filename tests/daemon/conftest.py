"""Fixtures for the daemon tests: a store, a pipeline on the real stances, fake DNS, HTTP mocks,
and a small real HTTP server on loopback."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import responses
from sqlalchemy.orm import Session, sessionmaker

from monitor.detect import load_stances
from monitor.pipeline import Pipeline
from monitor.replay import ensure_baseline
from monitor.sources.fetch import Fetcher, FetchLimits, FetchPolicy
from monitor.store.db import open_store
from tests.conftest import SEEDS, STANCES

PUBLIC_IP = "93.184.216.34"


@pytest.fixture
def public_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Names under .test resolve to a public address (no request leaves: `responses` answers)."""
    real = socket.getaddrinfo

    def fake(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if isinstance(host, str) and host.endswith(".test"):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_IP, port or 443))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)


@pytest.fixture
def mock(public_dns: None) -> Iterator[responses.RequestsMock]:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield rsps


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FetchLimits(connect_timeout=2, read_timeout=2, total_timeout=5, max_bytes=256 * 1024),
                 FetchPolicy()) as f:
        yield f


@pytest.fixture
def sessions(sqlite_url: str) -> sessionmaker[Session]:
    return open_store(sqlite_url)


@pytest.fixture(scope="session")
def stances() -> list[Any]:
    return list(load_stances(STANCES))


@pytest.fixture
def pipeline(sessions: sessionmaker[Session], stances: list[Any]) -> Pipeline:
    pipeline = Pipeline(sessions, stances)
    ensure_baseline(pipeline, SEEDS)
    return pipeline


class Clock:
    """A settable clock for leases, due times and schedules."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(timezone.utc).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


# --------------------------------------------------------------------------- a real server


class Site:
    """Mutable pages served on 127.0.0.1: path -> (status, content type, body, extra headers)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}
        self.hits: dict[str, int] = {}
        self.delay: dict[str, float] = {}
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    def put(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200,
            headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self.lock:
            self.pages[path] = (status, content_type, data, headers or {})

    def url(self, path: str) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def count(self, path: str) -> int:
        with self.lock:
            return self.hits.get(path, 0)


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            path = self.path
            with site.lock:
                site.hits[path] = site.hits.get(path, 0) + 1
                page = site.pages.get(path)
                delay = site.delay.get(path, 0.0)
            if delay:
                threading.Event().wait(delay)
            if page is None:
                status, ctype, body, headers = 404, "text/plain", b"not found", {}
            else:
                status, ctype, body, headers = page
            etag = headers.get("ETag")
            if etag and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


class _Server(ThreadingHTTPServer):
    request_queue_size = 512  # many feeds are fetched at once
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that give up (timeouts) are part of the tests


@pytest.fixture
def site() -> Iterator[Site]:
    site = Site()
    server = _Server(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.server = server
    thread = threading.Thread(target=server.serve_forever, name="test-site", daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def rss(items: list[dict[str, str]], title: str = "Test feed") -> bytes:
    """An RSS 2.0 body; each item may have title, link, guid, pubDate."""
    parts = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
             "<link>https://example.invalid/</link>"]
    for item in items:
        parts.append("<item>" + "".join(f"<{k}>{_xml(v)}</{k}>" for k, v in item.items()) + "</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode("utf-8")


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def article_html(title: str, body: str, *, canonical: str | None = None, date: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{link}{meta}</head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>Copyright Test News. All rights reserved.</footer></body></html>")


def rfc822(when: datetime) -> str:
    from email.utils import format_datetime

    return format_datetime(when.astimezone(timezone.utc), usegmt=True)

