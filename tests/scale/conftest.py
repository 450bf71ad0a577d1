"""Fixtures for the scale-out tests: the real PostgreSQL of SHIFTWATCH_TEST_PG_URL, emptied first."""

from __future__ import annotations

import pytest

from tests.conftest import PG_URL, reset_postgres


@pytest.fixture
def pg_url() -> str:
    """An empty PostgreSQL schema; skipped when SHIFTWATCH_TEST_PG_URL is not set."""
    if not PG_URL:
        pytest.skip("SHIFTWATCH_TEST_PG_URL is not set: scale-out tests need PostgreSQL")
    reset_postgres(PG_URL)
    return PG_URL
