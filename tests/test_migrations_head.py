"""`monitor.store.db.HEAD` names the newest migration, so an up-to-date store opens without Alembic."""

import subprocess
import sys

from alembic.config import Config
from alembic.script import ScriptDirectory

from monitor.store import db


def test_head_constant_is_the_migrations_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_heads() == [db.HEAD]


def test_a_store_at_head_opens_without_alembic(sqlite_url: str) -> None:
    engine = db.create_store_engine(sqlite_url)
    assert not db.at_head(engine)  # a new file: no alembic_version table yet
    db.open_store(sqlite_url)
    assert db.at_head(engine)
    probe = f"import sys; from monitor.store.db import open_store; open_store({sqlite_url!r}); print('alembic' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "False"
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0003'")
    assert not db.at_head(engine)  # an older store is upgraded as before
