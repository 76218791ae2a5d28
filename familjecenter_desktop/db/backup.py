"""Backups of the SQLite database: online, encrypted, rotated; restore; checks.

A backup is made with SQLite's online backup API from a live connection, so it
is consistent even while the application writes. The copy is written to a
hidden part file (with the same SQLCipher key as the database, so it is as
encrypted as the original), flushed, and renamed into ``backups/``. The oldest
automatic backups are removed beyond the number to keep. A restore checks the
chosen backup, backs up the current database first, then copies the backup
into the live database with the same API.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.engine import cipher_connect
from familjecenter_desktop.db.errors import StorageError, classify

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z0-9_.-]+)$"
)
# Backups made before an upgrade or a restore are kept apart from the rotation.
ROTATED_REASONS = ("start", "saves", "daily", "manual")

BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "storage",
    "The backup {file} is damaged or was made with another key; nothing was restored.",
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the backups folder."""

    path: Path
    made_at: datetime
    reason: str
    size: int


def connect(path: Path, key: bytes | None) -> Any:
    """A driver connection (SQLCipher with ``key``, plain SQLite without)."""
    if key is not None:
        return cipher_connect(path, key)
    return sqlite3.connect(str(path))


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_database(source: Any, target: Path, key: bytes | None) -> Path:
    """Copy the database behind driver connection ``source`` to ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.part")
    part.unlink(missing_ok=True)
    try:
        destination = connect(part, key)
        try:
            source.backup(destination)
        finally:
            destination.close()
        with open(part, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(part, target)
    except BaseException as exc:
        part.unlink(missing_ok=True)
        Path(f"{part}-journal").unlink(missing_ok=True)
        problem = classify(exc, target.parent) if isinstance(exc, Exception) else None
        if problem is not None:
            raise problem from exc
        raise
    _fsync_folder(target.parent)
    return target


def backup_path(database: Path, backups: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backups / f"{database.stem}-{stamp}-{reason}{SUFFIX}"


def make_backup(
    engine: Engine,
    database: Path,
    backups: Path,
    key: bytes | None,
    reason: str = "manual",
    keep: int | None = None,
) -> Path:
    """Back up the live database now; rotate when ``keep`` is given."""
    target = backup_path(database, backups, reason)
    raw = engine.raw_connection()
    try:
        copy_database(raw.driver_connection, target, key)
    finally:
        raw.close()
    log.info("backup made (%s): %s", reason, target.name)
    if keep is not None:
        rotate(backups, keep)
    return target


def list_backups(backups: Path) -> list[BackupInfo]:
    """The backups in the folder, newest first."""
    found = []
    if not backups.is_dir():
        return found
    for path in backups.glob(f"*{SUFFIX}"):
        match = _NAME.match(path.stem)
        if not match:
            continue
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
        found.append(BackupInfo(path, made, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def rotate(backups: Path, keep: int) -> list[Path]:
    """Remove the oldest rotated backups beyond ``keep``; return what went."""
    rotated = [b for b in list_backups(backups) if b.reason in ROTATED_REASONS]
    removed = []
    for old in rotated[max(1, keep) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    if removed:
        log.info("%d old backups removed", len(removed))
    return removed


def check_connection(connection: Any, encrypted: bool) -> list[str]:
    """Problems found by SQLite's (and SQLCipher's) integrity checks; [] if none."""
    problems = []
    try:
        if encrypted:
            problems += [
                str(row[0])
                for row in connection.execute("PRAGMA cipher_integrity_check")
            ]
        rows = connection.execute("PRAGMA integrity_check(20)").fetchall()
        problems += [str(row[0]) for row in rows if str(row[0]).lower() != "ok"]
    except Exception as exc:  # a file that is not a database at all
        problems.append(str(exc))
    return problems


def check_engine(engine: Engine, encrypted: bool) -> list[str]:
    raw = engine.raw_connection()
    try:
        return check_connection(raw.driver_connection, encrypted)
    finally:
        raw.close()


def check_file(path: Path, key: bytes | None) -> list[str]:
    connection = connect(path, key)
    try:
        return check_connection(connection, key is not None)
    finally:
        connection.close()


def restore(
    engine: Engine,
    database: Path,
    backups: Path,
    key: bytes | None,
    chosen: Path,
) -> Path:
    """Replace the database's content with ``chosen``; return the safety backup."""
    if check_file(chosen, key):
        raise StorageError(BACKUP_DAMAGED, file=chosen.name)
    safety = make_backup(engine, database, backups, key, reason="before-restore")
    source = connect(chosen, key)
    raw = engine.raw_connection()
    try:
        source.backup(raw.driver_connection)
    finally:
        raw.close()
        source.close()
    engine.dispose()
    log.info("database restored from %s", chosen.name)
    return safety
