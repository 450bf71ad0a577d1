"""Where alerts go: the ``[[endpoints]]`` tables of the config, validated up front.

Each endpoint names an environment variable for its secret; the config file never holds
one. A ``webhook`` endpoint's variable holds its ``whsec_`` signing secret; an
``apprise`` endpoint's variable holds its Apprise URL (``slack://…``, ``mailto://…``),
since those URLs embed tokens and passwords.

Example::

    [[endpoints]]
    name = "ops"
    url = "https://hooks.example.org/shiftwatch"
    secret_env = "SHIFTWATCH_OPS_SECRET"
    timeout = 10                      # seconds per attempt, default 15
    stances = ["kr-ukraine-weapons"]  # empty or absent: all
    types = ["transition"]            # alert types; empty or absent: all
    states = ["supplies"]             # alerts whose from/to is one of these; absent: all

    [[endpoints]]
    name = "team-chat"
    kind = "apprise"                  # needs: pip install 'shiftwatch[notify]'
    secret_env = "SHIFTWATCH_CHAT_APPRISE_URL"
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlsplit

from monitor.alerts.signing import Secret, parse_secret
from monitor.errors import ConfigError

log = logging.getLogger(__name__)

Kind = Literal["webhook", "apprise"]
KINDS: tuple[str, ...] = ("webhook", "apprise")
DEFAULT_TIMEOUT = 15.0  # the spec recommends 15-30 s
MAX_TIMEOUT = 300.0
NOTIFY_HINT = "install the notify extra: pip install 'shiftwatch[notify]'"

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_KEYS = frozenset({"name", "kind", "url", "secret_env", "timeout", "stances", "types", "states"})
# Keys people reach for when they mean "put the secret here"; refuse them by name.
_SECRET_KEYS = frozenset({"secret", "token", "password", "key", "apprise_url"})
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class Endpoint:
    """One destination for alerts. Holds the *name* of the secret's env var, not the secret."""

    name: str
    url: str
    secret_env: str
    timeout: float = DEFAULT_TIMEOUT
    stances: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    states: tuple[str, ...] = ()
    kind: Kind = "webhook"

    def __post_init__(self) -> None:
        for field in ("stances", "types", "states"):
            object.__setattr__(self, field, tuple(getattr(self, field)))
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        if not _timeout_ok(self.timeout):
            raise ValueError(f"timeout must be a number of seconds in (0, {MAX_TIMEOUT:g}]")

    def wants(self, alert_type: str, stance: str | None, states: tuple[str, ...]) -> bool:
        """Whether this endpoint subscribes to an alert.

        An empty filter accepts everything. A filter only applies to alerts that carry
        that attribute: an alert about no stance (``stance=None``, ``states=()``), such as
        an operational notice, is selected by ``types`` alone.
        """
        if self.types and alert_type not in self.types:
            return False
        if self.stances and stance is not None and stance not in self.stances:
            return False
        if self.states and states and not any(s in self.states for s in states):
            return False
        return True

    def load_secret(self, environ: Mapping[str, str] | None = None) -> Secret:
        """Read and check this endpoint's secret (or Apprise URL) from the environment."""
        environ = os.environ if environ is None else environ
        value = environ.get(self.secret_env, "").strip()
        if not value:
            raise ConfigError(
                f"endpoint {self.name}: environment variable {self.secret_env} is not set"
            )
        if self.kind == "webhook":
            parse_secret(value, what=f"endpoint {self.name}: environment variable {self.secret_env}")
        return Secret(value)


def apprise_available() -> bool:
    return importlib.util.find_spec("apprise") is not None


def parse_endpoints(
    table: Mapping[str, Any], source: str, environ: Mapping[str, str] | None = None
) -> list[Endpoint]:
    """Validate the ``endpoints`` list of a TOML-decoded config.

    Errors read ``{source}: endpoints[{i}].{key}: {problem}`` (``i`` counts from 0) and
    never contain a secret value. Every endpoint's variable must be set and valid now,
    so a bad deployment fails at start rather than at the first alert.
    """
    environ = os.environ if environ is None else environ
    raw = table.get("endpoints", [])
    if not isinstance(raw, list):
        raise ConfigError(f"{source}: endpoints: must be an array of tables ([[endpoints]])")
    endpoints: list[Endpoint] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        where = f"{source}: endpoints[{i}]"
        endpoint = _parse_one(item, where, environ)
        if endpoint.name in seen:
            raise ConfigError(f"{where}.name: duplicate endpoint name {endpoint.name!r}")
        seen.add(endpoint.name)
        endpoints.append(endpoint)
    return endpoints


def _parse_one(item: object, where: str, environ: Mapping[str, str]) -> Endpoint:
    if not isinstance(item, Mapping):
        raise ConfigError(f"{where}: must be a table")
    for key in item:
        if key in _SECRET_KEYS:
            # Never echo the value: it may be a real secret pasted into the file.
            raise ConfigError(
                f"{where}.{key}: secrets must not be in the config file; set secret_env "
                "to the name of an environment variable that holds it"
            )
        if key not in _KEYS:
            raise ConfigError(
                f"{where}.{key}: unknown key (expected one of {', '.join(sorted(_KEYS))})"
            )

    name = item.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigError(
            f"{where}.name: required; 1-64 letters, digits, '.', '_' or '-'"
        )
    kind = item.get("kind", "webhook")
    if kind not in KINDS:
        raise ConfigError(f"{where}.kind: must be one of {', '.join(KINDS)}")
    if kind == "apprise" and not apprise_available():
        raise ConfigError(f"{where}.kind: 'apprise' is configured but not installed; {NOTIFY_HINT}")

    url = item.get("url", "")
    if kind == "webhook":
        url = _check_url(url, f"{where}.url")
    elif url:
        raise ConfigError(
            f"{where}.url: not used with kind = 'apprise'; put the Apprise URL in the "
            "environment variable named by secret_env"
        )

    secret_env = item.get("secret_env")
    if not isinstance(secret_env, str) or not _ENV_NAME.match(secret_env):
        raise ConfigError(
            f"{where}.secret_env: required; the name of an environment variable "
            "(letters, digits, '_')"
        )
    value = environ.get(secret_env, "").strip()
    if not value:
        raise ConfigError(f"{where}.secret_env: environment variable {secret_env} is not set")
    if kind == "webhook":
        parse_secret(value, what=f"{where}.secret_env: environment variable {secret_env}")

    timeout = item.get("timeout", DEFAULT_TIMEOUT)
    if not _timeout_ok(timeout):
        raise ConfigError(f"{where}.timeout: must be a number of seconds in (0, {MAX_TIMEOUT:g}]")

    return Endpoint(
        name=name,
        url=url,
        secret_env=secret_env,
        timeout=float(timeout),
        stances=_strings(item.get("stances", []), f"{where}.stances"),
        types=_strings(item.get("types", []), f"{where}.types"),
        states=_strings(item.get("states", []), f"{where}.states"),
        kind=kind,
    )


def _check_url(url: object, where: str) -> str:
    if not isinstance(url, str) or not url:
        raise ConfigError(f"{where}: required for a webhook endpoint")
    if any(c.isspace() or ord(c) < 32 for c in url):
        raise ConfigError(f"{where}: must not contain spaces or control characters")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise ConfigError(f"{where}: must be http or https")
    try:
        host, _port = parts.hostname, parts.port
    except ValueError:
        raise ConfigError(f"{where}: has an invalid port") from None
    if not host:
        raise ConfigError(f"{where}: has no host")
    if parts.username is not None or parts.password is not None:
        # The URL is logged and stored with attempts; credentials belong in the env.
        raise ConfigError(f"{where}: must not contain user:password@")
    if parts.scheme == "http" and host not in _LOOPBACK:
        log.warning("%s: plain http sends alerts unencrypted; prefer https", where)
    return url


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}: must be a list of non-empty strings")
    return tuple(dict.fromkeys(value))  # drop repeats, keep order


def _timeout_ok(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 < value <= MAX_TIMEOUT
    )


def subscribers(
    endpoints: Iterable[Endpoint], alert_type: str, stance: str | None, states: tuple[str, ...]
) -> list[Endpoint]:
    """The endpoints that want an alert, in config order (one outbox row each)."""
    return [e for e in endpoints if e.wants(alert_type, stance, states)]
