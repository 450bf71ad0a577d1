"""Shared fixtures: a real SQLite file and, when SHIFTWATCH_TEST_PG_URL is set, the real PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
STANCES = ROOT / "config" / "stances"
DEV_CORPUS = SHARED / "corpus" / "dev"
PG_URL = os.environ.get("SHIFTWATCH_TEST_PG_URL")


def reset_postgres(url: str) -> None:
    """An empty public schema, so every test starts from the migrations."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each store test runs on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shiftwatch.db'}"
        return
    if not PG_URL:
        pytest.skip("SHIFTWATCH_TEST_PG_URL is not set: PostgreSQL tests skipped")
    reset_postgres(PG_URL)
    yield PG_URL


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'shiftwatch.db'}"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.fail(f"{DEV_CORPUS} is missing: the shared corpus must sit beside the repository")
    return SHARED
