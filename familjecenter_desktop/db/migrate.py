"""Bringing a database to the newest schema, with a backup (``db/backup.py``) first."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from familjecenter_desktop.db import backup

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError("no migrations found")
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup_file(
    engine: Engine, database: Path, backups: Path, revision: str | None, key=None
) -> Path | None:
    """Back the database up (online backup API, same key) before a schema change."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    target = backup.make_backup(
        engine, database, backups, key, reason=f"before-upgrade-{revision or 'none'}"
    )
    log.info("database backed up to %s before upgrade", target.name)
    return target


def upgrade(
    engine: Engine,
    database: Path | None = None,
    backups: Path | None = None,
    key: bytes | None = None,
) -> bool:
    """Upgrade to the newest revision; return True if anything was done."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return False
    if database is not None and backups is not None and current is not None:
        backup_file(engine, database, backups, current, key)
    log.info("upgrading schema from %s to %s", current, head)
    command.upgrade(alembic_config(engine), "head")
    return True
