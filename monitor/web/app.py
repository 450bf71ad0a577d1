"""FastAPI application factory and a server that runs it beside the scheduler.

The app is read-only. It binds to localhost by default; when a token is configured every
request except `/healthz` must carry it (`Authorization: Bearer …`, `?token=`, or the cookie a
browser gets after opening a page with `?token=`, so the dashboard's links keep working).

Besides `/healthz` and `/metrics` it serves the dashboard pages (`monitor.web.pages`) and the
JSON API under `/api/v1/` (`monitor.web.api`); see docs/dashboard.md.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session, sessionmaker

from monitor.web import api, pages, queries

log = logging.getLogger(__name__)

Health = Callable[[], dict[str, Any]]


def create_app(
    sessions: sessionmaker[Session],
    stances: Sequence[Any],
    *,
    health: Health | None = None,
    registry: Any = None,
    token: str | None = None,
) -> FastAPI:
    """The whole HTTP surface; `registry` is a prometheus_client registry for /metrics."""
    app = FastAPI(title="shiftwatch", version="1", docs_url=None, redoc_url=None, openapi_url="/api/v1/openapi.json")
    app.state.sessions = sessions
    app.state.stances = {s.id: s for s in stances}
    app.state.catalogue = queries.catalogue(stances)

    @app.middleware("http")
    async def require_token(request: Request, call_next: Callable[[Request], Any]) -> Response:
        if token and request.url.path != "/healthz" and not _authorised(request, token):
            return PlainTextResponse("missing or wrong token\n", status_code=401)
        response: Response = await call_next(request)
        if token and request.query_params.get("token"):
            # A browser that opened a page with ?token= keeps working as it follows links.
            response.set_cookie(COOKIE, _cookie_value(token), httponly=True, samesite="strict")
        return response

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> JSONResponse:
        report = health() if health else {"status": "ok"}
        return JSONResponse(report, status_code=200 if report.get("status") == "ok" else 503)

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

        return Response(generate_latest(registry or REGISTRY), media_type=CONTENT_TYPE_LATEST)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=pages.STATIC), name="static")
    return app


def _authorised(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else request.query_params.get("token", "")
    if given:
        return hmac.compare_digest(given.encode(), token.encode())
    cookie = request.cookies.get(COOKIE, "")
    return bool(cookie) and hmac.compare_digest(cookie.encode(), _cookie_value(token).encode())


COOKIE = "shiftwatch_token"


def _cookie_value(token: str) -> str:
    """The cookie carries a digest of the token, not the token itself."""
    return hmac.new(token.encode(), b"shiftwatch dashboard cookie", hashlib.sha256).hexdigest()


class WebServer:
    """uvicorn in a background thread, stopped cleanly with the daemon."""

    def __init__(self, app: FastAPI, host: str, port: int) -> None:
        import uvicorn

        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))
        self.server.install_signal_handlers = lambda: None  # type: ignore[method-assign]  # the daemon owns signals
        self.thread = threading.Thread(target=self.server.run, name="web", daemon=True)

    def start(self, timeout: float = 10.0) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started and self.thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.02)
        if not self.server.started:
            raise RuntimeError("the web server did not start (is the port in use?)")

    @property
    def port(self) -> int:
        sockets = [s for server in self.server.servers for s in server.sockets]
        return int(sockets[0].getsockname()[1]) if sockets else self.server.config.port

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)
