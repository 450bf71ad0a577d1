"""Opening a store: engine, SQLite pragmas, and migrations to the newest schema."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from monitor.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///var/shiftwatch.db"
MIGRATIONS = Path(os.environ.get("SHIFTWATCH_MIGRATIONS", Path(__file__).resolve().parents[2] / "migrations"))
#: The newest migration in `migrations/versions/` (tests/test_migrations_head.py keeps the two
#: in step). A store already there opens without importing Alembic.
HEAD = "0004"


def create_store_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files get WAL, foreign keys and a busy timeout."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ConfigError(f"database URL {url!r} is not a SQLAlchemy URL: {exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to `revision` on `engine`.

    On PostgreSQL several daemons starting at once migrate one after another (an advisory
    lock held for the migration's transaction): the later ones find the schema current.
    """
    from alembic import command
    from alembic.config import Config

    from monitor.store.repo import serialize

    if not (MIGRATIONS / "env.py").is_file():
        raise ConfigError(f"migrations folder {MIGRATIONS} not found (set SHIFTWATCH_MIGRATIONS)")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        serialize(connection, "migrate")
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def at_head(engine: Engine) -> bool:
    """Whether the store is at `HEAD`: one query, no Alembic (whose import costs ~0.1 s)."""
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]
    except SQLAlchemyError:  # no alembic_version table yet (or no store): let the upgrade say
        return False


def open_store(url: str, *, migrate: bool = True) -> sessionmaker[Session]:
    """A session factory on `url`, migrated to the newest schema unless told not to."""
    engine = create_store_engine(url)
    if migrate and not at_head(engine):
        upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)
