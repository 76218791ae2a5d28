"""Search as you type: each keystroke's query and first page vs. raw FTS5.

Per keystroke the application runs the catalogue search for the text and reads
the first page of result rows (what the look-up view does off the GUI thread,
without its debounce). The floor is a bare FTS5 ``MATCH`` of the same prefix
(folded, as a word-prefix query) returning every matching rowid by rank, on the
same database file: the app's own word table ``search_words`` (every folded
field, the descriptions too) when the schema has one, otherwise a plain FTS5
table over the services' names and summaries that this benchmark adds to its
cached copy.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from functools import partial
from pathlib import Path

from harness import Result, summarise, timed

log = logging.getLogger(__name__)

QUERIES = ["neuvola", "päivähoito", "perheneuvola", "vertaistuki", "kerho"]
FLOOR_TABLE = "bench_floor_fts"
PAGE = 100


def keystrokes(queries: list[str] = QUERIES) -> list[str]:
    """Every prefix a person types on the way to each query."""
    return [query[:n] for query in queries for n in range(1, len(query) + 1)]


APP_TABLE = "search_words"


def app_fts_table(connection: sqlite3.Connection) -> str | None:
    """The application's FTS5 word table, if the schema has one."""
    found = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
        (APP_TABLE,),
    ).fetchone()
    return found[0] if found else None


def ensure_floor_table(path: Path) -> str:
    """The FTS5 table the floor queries: the app's, or one built here."""
    connection = sqlite3.connect(path)
    try:
        table = app_fts_table(connection)
        if table:
            return table
        exists = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ?", (FLOOR_TABLE,)
        ).fetchone()
        if not exists:
            log.info("building the floor FTS5 table")
            connection.execute(
                f"CREATE VIRTUAL TABLE {FLOOR_TABLE} USING fts5("
                "name, summary, tokenize = 'unicode61 remove_diacritics 2')"
            )
            rows = connection.execute("SELECT id, name, summary FROM service")
            connection.executemany(
                f"INSERT INTO {FLOOR_TABLE}(rowid, name, summary) VALUES (?, ?, ?)",
                ((i, _plain(n), _plain(s)) for i, n, s in rows),
            )
            connection.commit()
        return FLOOR_TABLE
    finally:
        connection.close()


def _plain(raw: str) -> str:
    return " ".join(json.loads(raw or "{}").values())


def fts_query(text: str) -> str:
    """The FTS5 prefix query for typed text: every folded word as a quoted prefix."""
    from familjecenter_desktop.catalogue.searchtext import fold

    words = [w.replace('"', '""') for w in fold(text).split()]
    return " ".join(f'"{w}"*' for w in words)


def measure(database: Path, sizes, workspace) -> list[Result]:
    """Per-keystroke times of the app's search and of the raw FTS5 floor."""
    from familjecenter_desktop.catalogue.details import load_service_rows
    from familjecenter_desktop.catalogue.search import SearchRequest, search

    table = ensure_floor_table(database)
    typed = keystrokes()
    raw = sqlite3.connect(database)

    def app(text: str) -> None:
        with workspace.session() as session:
            hits = search(session, SearchRequest(text=text))
        ids = [hit.service_id for hit in hits]
        with workspace.session() as session:
            load_service_rows(session, ids[:PAGE], "fi")

    def floor(text: str) -> None:
        raw.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rank",
            (fts_query(text),),
        ).fetchall()

    app(typed[0])  # warm the caches as a person's first search would
    floor(typed[0])
    samples, floor_samples = [], []
    for text in typed:
        samples += timed(partial(app, text), sizes.search_repeats)
        floor_samples += timed(partial(floor, text), sizes.search_repeats)
    raw.close()

    median, p95 = summarise(samples)
    floor_median, floor_p95 = summarise(floor_samples)
    ratio = median / floor_median if floor_median else None
    met = p95 < 16 and ratio is not None and ratio <= 3
    result = Result(
        name=f"search per keystroke ({sizes.services:,} services)",
        unit="ms",
        median=median,
        p95=p95,
        floor_name=f"raw FTS5 MATCH on {table} (p95 {floor_p95:.1f} ms)",
        floor_median=floor_median,
        target="p95 < 16 ms and ≤ 3× floor",
        met=met,
        samples=samples,
        floor_samples=floor_samples,
        note=f"{len(typed)} keystrokes × {sizes.search_repeats}: " + ", ".join(QUERIES),
    )
    return [result]
