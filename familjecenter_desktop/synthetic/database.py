"""Building (and caching) a database full of made-up data, fast.

The schema comes from the real migrations; rows go in with bulk inserts of
plain dicts in one transaction; then the search index is built by the
catalogue's own ``reindex`` when it exists. A database is written under a
temporary name and renamed only when complete, so a cache never holds half a
database.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, insert

from familjecenter_desktop.db import migrate
from familjecenter_desktop.db.base import Base
from familjecenter_desktop.db.engine import make_engine, session_factory, sqlite_url
from familjecenter_desktop.synthetic.catalogue import generate_catalogue
from familjecenter_desktop.synthetic.rows import CatalogueRows, CatalogueSize

log = logging.getLogger(__name__)

# Raise when the generated content changes, so cached databases are rebuilt.
GENERATOR_VERSION = 5
CHUNK = 20_000


@dataclass
class BuildReport:
    """What a build did and how long each step took, in seconds."""

    path: Path
    cached: bool = False
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def insert_rows(connection: Connection, rows: CatalogueRows) -> dict[str, int]:
    """Bulk-insert every table's rows, parents first; return the counts."""
    import familjecenter_desktop.db.models  # noqa: F401  (registers every table)

    counts = {}
    for name, table_rows in rows.tables.items():
        table = Base.metadata.tables[name]
        for start in range(0, len(table_rows), CHUNK):
            connection.execute(insert(table), table_rows[start : start + CHUNK])
        counts[name] = len(table_rows)
    return counts


def find_reindex() -> Callable | None:
    """The catalogue's search-index builder, or None while it does not exist."""
    try:
        from familjecenter_desktop.catalogue.searchindex import reindex
    except ImportError:
        return None
    return reindex


def cache_name(size: CatalogueSize, seed: int, extra: str = "") -> str:
    """A file name that changes whenever the content would."""
    head = migrate.head_revision()
    return f"catalogue-{size.key}-seed{seed}{extra}-rev{head}-g{GENERATOR_VERSION}"


def build_database(
    path: Path,
    size: CatalogueSize,
    seed: int = 1,
    extra_rows: Callable[[Connection], dict[str, int]] | None = None,
) -> BuildReport:
    """Create ``path`` with the made-up catalogue (and ``extra_rows``), indexed."""
    report = BuildReport(path=path)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    engine = make_engine(sqlite_url(partial))
    migrate.upgrade(engine)
    report.seconds["migrate"] = time.perf_counter() - started

    started = time.perf_counter()
    rows = generate_catalogue(size, seed)
    report.seconds["generate"] = time.perf_counter() - started

    started = time.perf_counter()
    with engine.begin() as connection:
        report.rows = insert_rows(connection, rows)
        del rows
        if extra_rows is not None:
            report.rows.update(extra_rows(connection))
    report.seconds["insert"] = time.perf_counter() - started

    reindex = find_reindex()
    if reindex is not None:
        started = time.perf_counter()
        with session_factory(engine)() as session:
            reindex(session)
            session.commit()
        report.seconds["reindex"] = time.perf_counter() - started
    else:
        log.warning("no search index builder yet; search_document left empty")

    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()
    partial.rename(path)
    log.info("synthetic database built: %s", path.name)
    return report


def cached_database(
    cache: Path,
    size: CatalogueSize,
    seed: int = 1,
    extra_rows: Callable[[Connection], dict[str, int]] | None = None,
    extra_key: str = "",
) -> BuildReport:
    """The cached database for these parameters, built first if missing."""
    path = cache / (cache_name(size, seed, extra_key) + ".sqlite3")
    if path.exists():
        return BuildReport(path=path, cached=True)
    return build_database(path, size, seed, extra_rows)
