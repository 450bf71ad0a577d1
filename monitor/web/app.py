"""FastAPI application factory and a server that runs it beside the scheduler.

The app is read-only. It binds to localhost by default; when a token is configured every
request except `/healthz` must carry it (`Authorization: Bearer …` or `?token=`).
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from sqlalchemy.orm import Session, sessionmaker

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
    app = FastAPI(title="shiftwatch", version="1", docs_url="/api/docs", openapi_url="/api/v1/openapi.json")
    app.state.sessions = sessions
    app.state.stances = {s.id: s for s in stances}

    @app.middleware("http")
    async def require_token(request: Request, call_next: Callable[[Request], Any]) -> Response:
        if token and request.url.path != "/healthz" and not _authorised(request, token):
            return PlainTextResponse("missing or wrong token\n", status_code=401)
        return await call_next(request)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> JSONResponse:
        report = health() if health else {"status": "ok"}
        return JSONResponse(report, status_code=200 if report.get("status") == "ok" else 503)

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest

        return Response(generate_latest(registry or REGISTRY), media_type=CONTENT_TYPE_LATEST)

    return app


def _authorised(request: Request, token: str) -> bool:
    header = request.headers.get("authorization", "")
    given = header[7:] if header.lower().startswith("bearer ") else request.query_params.get("token", "")
    return hmac.compare_digest(given.encode(), token.encode())


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
