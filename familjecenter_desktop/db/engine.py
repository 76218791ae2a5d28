"""Creating the engine and sessions for SQLite (default) or PostgreSQL.

A SQLite file is opened with SQLCipher (``sqlcipher3``) when a key is given:
the whole file, its WAL or journal, and its temporary files are encrypted with
the 32-byte raw key (no passphrase derivation per connection). On a network
drive the WAL is refused and the rollback journal is used (see
``core/filesystem.py``). Bound parameters are never put into error messages,
so a failing statement cannot carry personal data into a log.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from familjecenter_desktop.core.filesystem import network_filesystem

log = logging.getLogger(__name__)


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def wal_refused_because(database: str | None) -> str | None:
    """The network file system type when WAL must not be used, else None."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return network_filesystem(Path(database))


def _on_sqlite_connect(
    dbapi_connection: Any, _record: Any, wal: bool = True, read_only: bool = False
) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA temp_store=MEMORY")
    if read_only:
        cursor.execute("PRAGMA query_only=ON")
    elif wal:
        cursor.execute("PRAGMA synchronous=NORMAL")
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode and str(mode[0]).lower() not in ("wal", "memory"):
            log.warning("SQLite refused WAL; journal mode is %s", mode[0])
    else:
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def cipher_connect(path: str | Path, key: bytes, **kwargs: Any) -> Any:
    """A SQLCipher connection to ``path`` opened with the raw ``key``."""
    import sqlcipher3.dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(path), check_same_thread=False, **kwargs)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def make_engine(
    url: str, key: bytes | None = None, read_only: bool = False, **kwargs: Any
) -> Engine:
    """An engine for ``url``; SQLite gets WAL (local disks) and foreign keys on.

    With ``key`` the SQLite file is opened through SQLCipher with that key.
    """
    parsed = make_url(url)
    kwargs.setdefault("hide_parameters", True)
    if parsed.get_backend_name() == "sqlite":
        network = wal_refused_because(parsed.database)
        if network:
            log.warning(
                "database on a network drive (%s): rollback journal, not WAL", network
            )
        if key is not None:
            import sqlcipher3.dbapi2 as sqlcipher

            kwargs["module"] = sqlcipher
            kwargs["creator"] = partial(cipher_connect, parsed.database, key)
        engine = create_engine(url, **kwargs)
        listener = partial(_on_sqlite_connect, wal=not network, read_only=read_only)
        event.listen(engine, "connect", listener)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(
            hide_password=False
        )
    return create_engine(url, pool_pre_ping=True, **kwargs)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def redacted(url: str) -> str:
    """The URL with any password hidden, for logs and messages."""
    return make_url(url).render_as_string(hide_password=True)


def is_plain_sqlite(path: Path) -> bool:
    """True when ``path`` starts with SQLite's clear-text header."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == b"SQLite format 3\0"
    except OSError:
        return False
