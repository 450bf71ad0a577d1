"""`shiftwatch.toml`: validated up front, with errors that name the file and the key.

Secrets never live here: endpoints name the environment variable that holds theirs.
Relative paths are resolved against the working directory, like the default `./var/`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError

DEFAULT_CONFIG = Path("config/shiftwatch.toml")
ENV_DB_URL = "SHIFTWATCH_DB_URL"


@dataclass(frozen=True)
class Config:
    source: str  # where it came from, for messages
    db_url: str = "sqlite:///var/shiftwatch.db"
    seeds: Path = Path("seeds")
    stances: Path = Path("config/stances")
    raw: dict[str, Any] = field(default_factory=dict)  # the whole table, for the sections other stages validate


_TOP_LEVEL = {"store", "paths", "feeds", "endpoints", "daemon", "http", "revisit", "alerts", "delivery", "logging", "dashboard"}


def load_config(path: Path | None, *, environ: os._Environ[str] | dict[str, str] = os.environ) -> Config:
    """Read `path` (or the default file when present); `SHIFTWATCH_DB_URL` overrides the store URL."""
    if path is None:
        path = DEFAULT_CONFIG if DEFAULT_CONFIG.is_file() else None
    raw: dict[str, Any] = {}
    source = "(defaults)"
    if path is not None:
        source = str(path)
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: config file not found") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    unknown = sorted(set(raw) - _TOP_LEVEL)
    if unknown:
        raise ConfigError(f"{source}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_TOP_LEVEL))})")
    store = _table(raw, "store", source, {"url"})
    paths = _table(raw, "paths", source, {"seeds", "stances"})
    db_url = environ.get(ENV_DB_URL) or _string(store, "url", f"{source}: store.url", Config.db_url)
    return Config(
        source=source,
        db_url=db_url,
        seeds=Path(_string(paths, "seeds", f"{source}: paths.seeds", str(Config.seeds))),
        stances=Path(_string(paths, "stances", f"{source}: paths.stances", str(Config.stances))),
        raw=raw,
    )


def _table(raw: dict[str, Any], key: str, source: str, allowed: set[str]) -> dict[str, Any]:
    value = raw.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: {key}: must be a table")
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise ConfigError(f"{source}: {key}.{unknown[0]}: unknown key (known: {', '.join(sorted(allowed))})")
    return value


def _string(table: dict[str, Any], key: str, where: str, default: str) -> str:
    value = table.get(key, default)
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: must be a non-empty string")
    return value
