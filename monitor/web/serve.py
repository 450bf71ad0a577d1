"""`shiftwatch serve`: the dashboard and JSON API on their own, without the daemon.

Binds to 127.0.0.1 unless told otherwise, and refuses any other address unless a token is
set. The token is read from an environment variable (named by `--token-env`), never taken
from the command line, so it does not show up in `ps` or shell history.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from monitor.errors import ConfigError, ShiftwatchError

log = logging.getLogger(__name__)

DEFAULT_HOST, DEFAULT_PORT = "127.0.0.1", 8080
DEFAULT_TOKEN_ENV = "SHIFTWATCH_WEB_TOKEN"


def is_loopback(host: str) -> bool:
    """True when every address `host` names is a loopback address."""
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    if host == "localhost":
        return True
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback for info in infos)


def token_from_env(name: str, environ: Mapping[str, str] = os.environ) -> str | None:
    value = environ.get(name, "")
    return value or None


def check_binding(host: str, token: str | None, token_env: str) -> None:
    """Refuse to expose the dashboard beyond this machine without a token."""
    if token is None and not is_loopback(host):
        raise ConfigError(
            f"refusing to serve on {host!r} without a token: anyone who can reach that address could read the store. "
            f"Put a token in the environment variable {token_env} (or name another with --token-env), "
            f"or bind to 127.0.0.1."
        )


def load_stances_quietly(folder: Path) -> list[Any]:
    """The configured stances, for titles and ladders; the dashboard works without them."""
    try:
        from monitor.detect import load_stances
    except ImportError as exc:  # the detector is optional for a read-only view
        log.warning("stance configuration not loaded (%s); showing stance ids from the store", exc)
        return []
    if not folder.is_dir():
        log.warning("%s: no stance folder; showing stance ids from the store", folder)
        return []
    return list(load_stances(folder))


def database_health(sessions: sessionmaker[Session]) -> dict[str, Any]:
    try:
        with sessions() as session:
            session.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - reported, not raised
        return {"status": "error", "store": str(exc).splitlines()[0][:200]}
    return {"status": "ok"}


def serve(
    db_url: str,
    stances: Sequence[Any] | Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    token_env: str = DEFAULT_TOKEN_ENV,
    environ: Mapping[str, str] = os.environ,
) -> None:
    """Run the web app in the foreground until interrupted (SIGINT/SIGTERM).

    `stances` are the configured stances, or the folder to load them from.
    """
    import uvicorn

    from monitor.store.db import open_store
    from monitor.web.app import create_app

    token = token_from_env(token_env, environ)
    check_binding(host, token, token_env)
    if isinstance(stances, Path):
        stances = load_stances_quietly(stances)
    sessions = open_store(db_url)
    app = create_app(sessions, stances, health=lambda: database_health(sessions), token=token)
    listener = listen(host, port)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False))
    bound = listener.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    print(f"shiftwatch: serving the dashboard on http://{shown}:{bound}/"
          f"{' (token required)' if token else ''}", file=sys.stderr, flush=True)
    server.run(sockets=[listener])


def listen(host: str, port: int) -> socket.socket:
    """A bound socket, so a busy port is a clear error rather than a log line."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    except OSError as exc:
        raise ConfigError(f"--host {host!r}: cannot resolve: {exc}") from None
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise ShiftwatchError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock
