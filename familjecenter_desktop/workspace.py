"""Opening the application's workspace: folders, settings, logging, database.

Both the window and the command line start here. Opening a workspace resolves the
folders, starts logging, connects to the database (SQLite in the data folder unless
a URL is given), checks its integrity, upgrades the schema after a backup, makes
the day's backup, and on a first start with an empty catalogue loads the demo
catalogue.

The SQLite store in the data folder is encrypted (SQLCipher) whenever a key ring
(``db/keyring.py``) sits beside it: opening it takes a user name and password
(``Credentials``). A new store made through the application (``first_admin``)
or ``users create-admin`` (``encrypt_new``) is encrypted. A plain store is used
only where no key ring exists and none is asked for: tests, benchmarks and
server URLs.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, event, func, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from familjecenter_desktop.core.logsetup import configure_logging
from familjecenter_desktop.core.paths import AppPaths, resolve_paths
from familjecenter_desktop.core.settings import Settings
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db import backup, clean_close, migrate
from familjecenter_desktop.db.engine import (
    is_plain_sqlite,
    make_engine,
    redacted,
    session_factory,
    sqlite_url,
    wal_refused_because,
)
from familjecenter_desktop.db.errors import NOT_A_DATABASE, StorageError, classify
from familjecenter_desktop.db.keyring import KeyRing, KeyRingError, new_key
from familjecenter_desktop.db.models import Service
from familjecenter_desktop.referrals.errors import ReferralError

log = logging.getLogger(__name__)

__all__ = [
    "Credentials",
    "IntegrityCheckError",
    "NewAdmin",
    "StorageError",
    "Workspace",
    "WorkspaceLockedError",
    "open_workspace",
    "run_upkeep",
    "store_state",
]

LOCKED = QT_TRANSLATE_NOOP(
    "storage",
    "The database in {folder} is encrypted: log in with your user name and "
    "password to open it.",
)
RING_MISSING = QT_TRANSLATE_NOOP(
    "storage",
    "{file} is encrypted but its key ring (keyring.json) is missing from the "
    "data folder. Put the key ring back, or restore a backup together with it.",
)
DAMAGED_STORE = QT_TRANSLATE_NOOP(
    "storage",
    "The database failed its integrity check ({problem}). Restore a backup, "
    "open it read-only to copy what you need, or quit.",
)
DAMAGED_WHILE_OPEN = QT_TRANSLATE_NOOP(
    "storage",
    "The weekly integrity check of the database found a problem ({problem}). "
    "Ask an administrator to restore a backup (File → Restore a backup…).",
)
NETWORK_DRIVE = QT_TRANSLATE_NOOP(
    "storage",
    "The database is on a network drive ({fstype}). SQLite's write-ahead log "
    "needs memory shared between programs, which network drives do not give "
    "reliably, so the slower rollback journal is used. Keep the data folder on "
    "the computer's own disk if you can.",
)

# The states of a data folder's SQLite store, for the start-up dialog.
NEW, PLAIN, ENCRYPTED = "new", "plain", "encrypted"


@dataclass(frozen=True)
class Credentials:
    """Who opens an encrypted store."""

    username: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class NewAdmin:
    """The first administrator of a new encrypted store."""

    username: str
    display_name: str
    password: str = field(repr=False)


class WorkspaceLockedError(StorageError):
    """The store is encrypted and no (or wrong) credentials were given."""


class SaveRefusedError(StorageError, ReferralError):
    """A save refused by storage (full disk, read-only folder, busy).

    It is also a ``ReferralError`` (``message`` the English sentence), so the
    referral forms, which show those, show it without knowing about storage.
    """

    def __init__(self, problem: StorageError) -> None:
        StorageError.__init__(self, problem.template, **problem.values)
        self.message = str(self)
        self.field = None


class IntegrityCheckError(StorageError):
    """The store failed its integrity check; ``problems`` lists what SQLite said."""

    def __init__(self, problems: list[str], template: str = DAMAGED_STORE) -> None:
        super().__init__(template, problem=problems[0][:200])
        self.problems = problems


# What a window leaves until the store is open (``open_workspace(later=True)``).
FULL_CHECK = "full_check"
START_BACKUP = "start_backup"


@dataclass
class Workspace:
    """Everything a running application holds open: folders, settings, database."""

    paths: AppPaths
    settings: Settings
    engine: Engine
    database_url: str
    sessions: sessionmaker[Session] = field(repr=False)
    key: bytes | None = field(default=None, repr=False)
    keyring: KeyRing | None = None
    read_only: bool = False
    actor: object | None = None  # who unlocked it (referrals.permissions.Actor)
    notices: list[StorageError] = field(default_factory=list)
    saves_since_backup: int = 0
    full_check_at: datetime | None = None  # when the last full check passed
    # FULL_CHECK and START_BACKUP when they were left for run_upkeep.
    upkeep: list[str] = field(default_factory=list)

    @property
    def database_file(self) -> Path | None:
        """The SQLite file, or None when the database is a server."""
        if self.engine.dialect.name != "sqlite":
            return None
        name = self.engine.url.database
        return Path(name) if name and name != ":memory:" else None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error.

        A full disk, a read-only folder or a busy database comes out as a
        ``StorageError`` saying so; nothing of the failed change is kept.
        """
        session = self.sessions()
        try:
            yield session
            session.commit()
        except (OperationalError, DatabaseError) as exc:
            session.rollback()
            problem = classify(exc, self.paths.data, self.database_file or "")
            if problem is not None:
                raise SaveRefusedError(problem) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # --- the key ring (called by referrals/accounts.py) --------------------

    def wrap_key_for(self, username: str, password: str) -> None:
        """Let ``username`` unlock this store with ``password`` (new or changed)."""
        if self.key is None or self.keyring is None:
            return
        if self.keyring.exists():
            self.keyring.add(self.key, username, password)
        else:
            self.keyring.create(self.key, username, password)

    def unwrap_key_of(self, username: str) -> None:
        """``username`` can no longer unlock this store (account closed)."""
        if self.key is not None and self.keyring is not None and self.keyring.exists():
            self.keyring.remove(username)

    def logged_in(self, username: str, password: str) -> None:
        """After a login: an account without a wrap (made before the store was
        encrypted) gets one, so its password opens the store next time."""
        if self.read_only or self.key is None or self.keyring is None:
            return
        if username not in self.keyring.usernames():
            self.keyring.add(self.key, username, password)

    # --- backups --------------------------------------------------------------

    def backup_now(self, reason: str = "manual") -> Path | None:
        """A backup of the SQLite store now (None for a server database)."""
        database = self.database_file
        if database is None:
            return None
        return backup.make_backup(
            self.engine,
            database,
            self.paths.backups,
            self.key,
            reason,
            keep=self.settings.get("backups_keep"),
        )

    def backups(self) -> list[backup.BackupInfo]:
        return backup.list_backups(self.paths.backups)

    def restore(self, chosen: Path) -> Path:
        """Restore ``chosen``; the current database is backed up first."""
        database = self.database_file
        if database is None or self.read_only:
            raise ValueError("only a writable SQLite store can be restored")
        return backup.restore(
            self.engine, database, self.paths.backups, self.key, chosen
        )

    def _count_save(self, session: Session) -> None:
        if not session.info.pop("wrote", False):
            return
        self.saves_since_backup += 1
        every = self.settings.get("backup_every_saves")
        if every > 0 and self.saves_since_backup >= every:
            self.saves_since_backup = 0
            try:
                self.backup_now("saves")
            except Exception:  # a failed backup never fails the save itself
                log.exception("automatic backup after saves failed")

    def close(self) -> None:
        self.engine.dispose()
        database = self.database_file
        if database is not None and not self.read_only and self.full_check_at:
            clean_close.remember(database, self.full_check_at)
        if self.key is not None and self.keyring and not self.keyring.exists():
            # Made encrypted but nobody was given the key: it is unusable.
            _remove_new_store(self.paths.database)


def plain_store_has_admin(data_dir: str | Path | None = None) -> bool:
    """Whether the plain store in the data folder has an administrator yet."""
    import sqlite3

    from familjecenter_desktop.referrals.permissions import ADMIN

    database = resolve_paths(data_dir).database
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        count = connection.execute(
            "SELECT count(*) FROM staff_user WHERE role = ? AND active", (ADMIN,)
        ).fetchone()[0]
    except sqlite3.Error:
        return False
    finally:
        connection.close()
    return count > 0


def store_state(data_dir: str | Path | None = None) -> str:
    """NEW, PLAIN or ENCRYPTED: what the data folder holds (no folder is made)."""
    paths = resolve_paths(data_dir)
    if KeyRing.in_folder(paths.data).exists():
        return ENCRYPTED
    database = paths.database
    if database.exists() and database.stat().st_size > 0:
        return PLAIN if is_plain_sqlite(database) else ENCRYPTED
    return NEW


def open_workspace(
    data_dir: str | Path | None = None,
    database_url: str | None = None,
    load_demo: bool = True,
    *,
    credentials: Credentials | None = None,
    first_admin: NewAdmin | None = None,
    encrypt_new: bool = False,
    encrypt_existing: bool = False,
    read_only: bool = False,
    later: bool = False,
) -> Workspace:
    """Open (and if needed create and upgrade) the workspace.

    ``credentials`` unlock an encrypted store; ``first_admin`` creates a new
    encrypted store with its administrator; ``encrypt_new`` makes a new store
    encrypted and leaves the first administrator (and the key ring) to
    ``referrals.accounts.create_first_admin``. ``read_only`` opens a store
    without changing anything (after a failed integrity check).
    ``encrypt_existing`` with an administrator's ``credentials`` encrypts a
    plain store in the data folder in place.

    ``later`` (the window) leaves the weekly full integrity check of a store
    that was closed cleanly, and the first backup of the day, to
    ``run_upkeep`` after opening: at county scale each takes a minute or two,
    and staff should not wait for them. After a crash, a copy or a change made
    outside the application the full check still runs before anything opens.
    """
    paths = resolve_paths(data_dir).ensure()
    configure_logging(paths.logs)
    settings = Settings(paths.settings_file)

    url = database_url or sqlite_url(paths.database)
    key, ring, created = None, None, False
    if database_url is None:
        key, ring, created = _choose_key(
            paths, credentials, first_admin is not None or encrypt_new
        )
    engine = make_engine(url, key=key, read_only=read_only)
    log.info("opening database %s%s", redacted(url), " (encrypted)" if key else "")
    workspace = Workspace(
        paths=paths,
        settings=settings,
        engine=engine,
        database_url=url,
        sessions=session_factory(engine),
        key=key,
        keyring=ring,
        read_only=read_only,
    )
    try:
        _prepare(workspace, created, first_admin, credentials, later)
        if encrypt_existing and not workspace.encrypted:
            if first_admin is not None:
                _encrypt_existing(workspace, first_admin)
            elif credentials is not None:
                _encrypt_existing(workspace, credentials)
    except BaseException:
        workspace.close()
        if created:
            _remove_new_store(paths.database)
        raise
    if load_demo and not read_only and catalogue_is_empty(workspace):
        from familjecenter_desktop.catalogue.demo import load_demo_catalogue

        log.info("empty catalogue: loading the demo catalogue")
        load_demo_catalogue(workspace)
    return workspace


def backups_of(data_dir: str | Path | None = None) -> list[backup.BackupInfo]:
    """The backups of a data folder, newest first (the store need not be open)."""
    return backup.list_backups(resolve_paths(data_dir).backups)


def restore_closed(
    data_dir: str | Path | None, credentials: Credentials | None, chosen: Path
) -> Path:
    """Restore ``chosen`` into a store that cannot be opened (failed its check).

    The damaged store is kept: its files are moved into the backups folder
    (``…-damaged``), then the backup is copied into place. Returns the place
    the damaged store was moved to.
    """
    paths = resolve_paths(data_dir).ensure()
    configure_logging(paths.logs)
    ring = KeyRing.in_folder(paths.data)
    key = _unlock(ring, credentials, paths.data) if ring.exists() else None
    if backup.check_file(chosen, key):
        raise StorageError(backup.BACKUP_DAMAGED, file=chosen.name)
    database = paths.database
    damaged = backup.backup_path(database, paths.backups, "damaged")
    suffixes = ("", "-wal", "-shm", "-journal")
    for path, suffix in zip(_store_files(database), suffixes, strict=True):
        if path.exists():
            os.replace(path, damaged.with_name(damaged.name + suffix))
    source = backup.connect(chosen, key)
    try:
        backup.copy_database(source, database, key)
    finally:
        source.close()
    log.info("store restored from %s; the damaged one kept", chosen.name)
    return damaged


def _unlock(ring: KeyRing, credentials: Credentials | None, folder: Path) -> bytes:
    """The database key from the key ring; a missing or wrong login is refused."""
    if credentials is None:
        raise WorkspaceLockedError(LOCKED, folder=folder)
    try:
        return ring.unlock(credentials.username, credentials.password)
    except KeyRingError as exc:
        raise WorkspaceLockedError(exc.message) from exc


def _choose_key(
    paths: AppPaths, credentials: Credentials | None, encrypt: bool
) -> tuple[bytes | None, KeyRing | None, bool]:
    """The database key (None: plain), the key ring, and whether the store is new."""
    ring = KeyRing.in_folder(paths.data)
    database = paths.database
    exists = database.exists() and database.stat().st_size > 0
    if ring.exists():
        return _unlock(ring, credentials, paths.data), ring, not exists
    if exists and not is_plain_sqlite(database):
        raise StorageError(RING_MISSING, file=database)
    if encrypt and not exists:
        for leftover in _store_files(database):
            leftover.unlink(missing_ok=True)  # an empty file, or a stale WAL
        return new_key(), ring, True
    return None, None, False


def _prepare(
    workspace: Workspace,
    created: bool,
    first_admin: NewAdmin | None,
    credentials: Credentials | None,
    later: bool = False,
) -> None:
    """Check, upgrade, back up, and create or identify the user."""
    database = workspace.database_file
    if database is not None:
        network = wal_refused_because(str(database))
        if network:
            workspace.notices.append(StorageError(NETWORK_DRIVE, fstype=network))
        _check(workspace, database, fresh=created, later=later)
    if workspace.read_only:
        return
    migrate.upgrade(
        workspace.engine,
        database
        if workspace.database_url == sqlite_url(workspace.paths.database)
        else None,
        workspace.paths.backups,
        workspace.key,
    )
    if first_admin is not None:
        from familjecenter_desktop.referrals import accounts

        workspace.actor = accounts.create_first_admin(
            workspace,
            first_admin.username,
            first_admin.display_name,
            first_admin.password,
        )
    elif credentials is not None and workspace.encrypted:
        from familjecenter_desktop.referrals import accounts

        workspace.actor = accounts.authenticate(
            workspace, credentials.username, credentials.password
        )
    if workspace.encrypted and database is not None:
        _watch_saves(workspace)
        if not created:
            _daily_backup(workspace, later)


def _watch_saves(workspace: Workspace) -> None:
    event.listen(workspace.sessions, "after_flush", _mark_written)
    event.listen(workspace.sessions, "after_commit", workspace._count_save)


ONLY_ADMIN_ENCRYPTS = QT_TRANSLATE_NOOP(
    "storage",
    "This data folder is not encrypted yet. An administrator must log in once "
    "to encrypt it.",
)


def _encrypt_existing(workspace: Workspace, credentials) -> None:
    from familjecenter_desktop.referrals import accounts
    from familjecenter_desktop.referrals.errors import AuthenticationError
    from familjecenter_desktop.referrals.permissions import ADMIN

    if workspace.read_only or workspace.database_url != sqlite_url(
        workspace.paths.database
    ):
        return
    try:
        actor = accounts.authenticate(
            workspace, credentials.username, credentials.password
        )
    except AuthenticationError as exc:
        raise WorkspaceLockedError(exc.message) from exc
    if actor.role != ADMIN:
        raise WorkspaceLockedError(ONLY_ADMIN_ENCRYPTS)
    encrypt_in_place(workspace, credentials.username.strip(), credentials.password)
    workspace.actor = actor


def encrypt_in_place(workspace: Workspace, username: str, password: str) -> None:
    """Encrypt the workspace's plain SQLite store with a new key (sqlcipher_export).

    The encrypted copy is made beside the store, checked, given the key ring
    (a wrap for ``username``), then renamed over the plain file; the plain
    backups are encrypted the same way. The workspace goes on with the new key.
    """
    database = workspace.database_file
    key = new_key()
    part = database.with_name(f".{database.name}.encrypting")
    workspace.engine.dispose()
    _export_encrypted(database, part, key)
    if backup.check_file(part, key):
        part.unlink(missing_ok=True)
        raise StorageError(NOT_A_DATABASE, file=part)
    ring = KeyRing.in_folder(workspace.paths.data)
    ring.create(key, username, password)
    os.replace(part, database)
    for leftover in _store_files(database)[1:]:
        leftover.unlink(missing_ok=True)
    for old in backup.list_backups(workspace.paths.backups):
        if is_plain_sqlite(old.path):
            _export_encrypted(old.path, part, key)
            os.replace(part, old.path)
    engine = make_engine(workspace.database_url, key=key)
    workspace.engine = engine
    workspace.sessions.configure(bind=engine)
    workspace.key, workspace.keyring = key, ring
    _watch_saves(workspace)
    log.info("plain store encrypted in place at an administrator's first login")


def _export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    import sqlcipher3.dbapi2 as sqlcipher

    target.unlink(missing_ok=True)
    connection = sqlcipher.connect(str(plain))
    try:
        connection.execute(
            f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),)
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        connection.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        connection.commit()
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()


def _mark_written(session: Session, _context: object) -> None:
    session.info["wrote"] = True


def _check(workspace: Workspace, database: Path, fresh: bool, later: bool) -> None:
    """Open the store and run the integrity checks; raise when they fail."""
    try:
        with workspace.engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except DatabaseError as exc:
        problem = classify(exc, workspace.paths.data, database)
        if problem is not None and problem.template == NOT_A_DATABASE:
            raise IntegrityCheckError([str(problem)]) from exc
        raise (problem or exc) from exc
    if fresh:
        workspace.full_check_at = datetime.now(UTC)
        return
    every_days = workspace.settings.get("integrity_check_every_days")
    checked_at = clean_close.last_full_check(database)
    if checked_at is not None:
        # Unchanged since a clean close: the long check is skipped when recent,
        # and after opening (run_upkeep) when a week old and the window asks.
        due = not clean_close.check_is_recent(checked_at, every_days)
        if not due or later:
            workspace.full_check_at = checked_at
            clean_close.forget(database)
            if due:
                workspace.upkeep.append(FULL_CHECK)
            log.info(
                "store closed cleanly; full check %s", "later" if due else "skipped"
            )
            return
    clean_close.forget(database)
    problems = backup.check_engine(workspace.engine, workspace.encrypted)
    if problems:
        log.error("integrity check failed: %d problems", len(problems))
        if not workspace.read_only:
            raise IntegrityCheckError(problems)
        workspace.notices.append(IntegrityCheckError(problems))
        return
    workspace.full_check_at = datetime.now(UTC)


def run_upkeep(workspace: Workspace) -> list[str]:
    """The full check and the start-up backup left by ``open_workspace(later=True)``.

    Runs off the GUI thread while the store is in use (both only read it).
    Returns the problems the full check found (empty when it passed or did not
    run); a store with problems is not backed up, so the rotation keeps the
    good backups.
    """
    due, workspace.upkeep = workspace.upkeep, []
    if FULL_CHECK in due:
        problems = backup.check_engine(workspace.engine, workspace.encrypted)
        if problems:
            log.error("weekly integrity check failed: %d problems", len(problems))
            return problems
        workspace.full_check_at = datetime.now(UTC)
        log.info("weekly integrity check passed")
    if START_BACKUP in due:
        try:
            workspace.backup_now("start")
        except Exception:  # a failed backup is reported, the store stays open
            log.exception("start-up backup failed")
    return []


def _daily_backup(workspace: Workspace, later: bool = False) -> None:
    hours = workspace.settings.get("backup_every_hours")
    newest = next(
        (b for b in workspace.backups() if b.reason in backup.ROTATED_REASONS), None
    )
    if newest is not None and datetime.now() - newest.made_at < timedelta(hours=hours):
        return
    if later:
        workspace.upkeep.append(START_BACKUP)
        return
    try:
        workspace.backup_now("start")
    except Exception:  # a failed backup is reported, the store still opens
        log.exception("start-up backup failed")


def _store_files(database: Path) -> list[Path]:
    return [
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        database.with_name(database.name + "-journal"),
    ]


def _remove_new_store(database: Path) -> None:
    """A store created by this call that failed: remove it (its key is gone)."""
    for path in _store_files(database):
        path.unlink(missing_ok=True)
    log.info("a new store that could not be set up was removed")


def catalogue_is_empty(workspace: Workspace) -> bool:
    with workspace.session() as session:
        return session.scalar(select(func.count(Service.id))) == 0
