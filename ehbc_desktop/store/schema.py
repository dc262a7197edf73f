"""Brings a vault database to the newest schema with Alembic, configured in code (no ini file)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the package's migrations, bound to `connection`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest revision known to this version of the program."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    """Create or upgrade the schema of the database behind `engine` to the newest revision."""
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


# 64 MiB of decrypted pages: SQLCipher decrypts every page it reads from disk, so a page cache
# that holds the working set (a 10,000-case vault is about 40 MB) makes the lists 3-5x faster.
CACHE_KIB = 65536


def tune_connection(engine: Engine) -> None:
    """Set per-connection settings the store relies on for speed (the page cache size)."""
    with engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")


def is_known_revision(revision: str | None) -> bool:
    """True when this program knows `revision` (None: an empty database, which it can build)."""
    if revision is None:
        return True
    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())
