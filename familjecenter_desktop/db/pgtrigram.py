"""PostgreSQL's trigram index over the folded search columns (pg_trgm).

SQLite finds search candidates through its FTS5 tables; PostgreSQL puts the
same conditions as LIKE (substrings) and regular expressions (word starts),
both served by one GIN ``gin_trgm_ops`` index over the five folded columns of
``search_document`` (see ``catalogue/searchbackend_pg.py``). The index needs the
``pg_trgm`` extension (part of PostgreSQL's contrib, trusted since 13, so a
database owner may create it). A server without it still searches correctly,
only by scanning every row; the reason is logged with what to do.

The index exists only on PostgreSQL and only through the migration, so it is
not part of the models: ``include_object`` hides it from schema comparisons.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, text

log = logging.getLogger(__name__)

EXTENSION = "pg_trgm"
INDEX = "ix_search_document_trgm"
TABLE = "search_document"
COLUMNS = ("name", "keywords", "organisation", "place", "body")
POSTGRESQL_ONLY_INDEXES = frozenset({INDEX})

MISSING = (
    "PostgreSQL extension pg_trgm is not available on this server ({reason}); "
    "search works but reads every row. Install the server's contrib package, "
    "then as the database owner run: CREATE EXTENSION pg_trgm; {create}"
)


def create_index(connection: Connection) -> bool:
    """Create pg_trgm and the GIN index if possible; False (logged) when not.

    Runs inside the caller's transaction: a refused CREATE EXTENSION is rolled
    back to a savepoint, so the rest of the migration still commits.
    """
    if connection.dialect.name != "postgresql":
        return False
    reason = _enable_extension(connection)
    if reason is not None:
        log.warning(MISSING.format(reason=reason, create=create_index_sql()))
        return False
    connection.execute(text(create_index_sql()))
    log.info("search: trigram index %s ready", INDEX)
    return True


def create_index_sql() -> str:
    columns = ", ".join(f"{c} gin_trgm_ops" for c in COLUMNS)
    return f"CREATE INDEX IF NOT EXISTS {INDEX} ON {TABLE} USING gin ({columns});"


def drop_index(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text(f"DROP INDEX IF EXISTS {INDEX}"))


def has_index(connection: Connection) -> bool:
    """Whether this PostgreSQL database has the trigram index."""
    if connection.dialect.name != "postgresql":
        return False
    found = connection.execute(
        text("SELECT 1 FROM pg_indexes WHERE tablename = :t AND indexname = :i"),
        {"t": TABLE, "i": INDEX},
    ).first()
    return found is not None


def _enable_extension(connection: Connection) -> str | None:
    """None when pg_trgm is installed in the database, else why it is not."""
    installed = connection.execute(
        text("SELECT 1 FROM pg_extension WHERE extname = :name"), {"name": EXTENSION}
    ).first()
    if installed:
        return None
    available = connection.execute(
        text("SELECT 1 FROM pg_available_extensions WHERE name = :name"),
        {"name": EXTENSION},
    ).first()
    if not available:
        return "not installed on the server"
    savepoint = connection.begin_nested()
    try:
        connection.execute(text(f"CREATE EXTENSION IF NOT EXISTS {EXTENSION}"))
    except Exception as error:  # noqa: BLE001 - any refusal means "no index"
        savepoint.rollback()
        return f"CREATE EXTENSION refused: {type(error).__name__}"
    savepoint.commit()
    return None


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic hook: leave the PostgreSQL-only index out of model comparisons."""
    return not (type_ == "index" and name in POSTGRESQL_ONLY_INDEXES)
