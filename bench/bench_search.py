"""Search as you type: each keystroke's query and first page vs. raw FTS5.

Per keystroke the application runs the catalogue search for the text and reads
the first page of result rows (what the look-up view does off the GUI thread,
without its debounce). Two floors are measured beside it on the same file:

- the raw FTS5 query for the same text: a plain FTS5 table (unicode61, accents
  removed) over the services' names and summaries that this benchmark adds to
  its cached copy, queried with every typed word as a prefix and every match
  returned by rank (what a straightforward FTS5 search does);
- the application's own FTS5 candidate queries alone (``searchfts``), without
  the ranking in Python or the rows: what the app adds on top of SQLite.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from functools import partial
from pathlib import Path

from harness import Result, summarise, timed

from familjecenter_desktop.ui.search.result_model import PAGE_SIZE

log = logging.getLogger(__name__)

QUERIES = ["neuvola", "päivähoito", "perheneuvola", "vertaistuki", "kerho"]
FLOOR_TABLE = "bench_floor_fts"
# The first page of rows the look-up view reads with each keystroke's results.
PAGE = PAGE_SIZE


def keystrokes(queries: list[str] = QUERIES) -> list[str]:
    """Every prefix a person types on the way to each query."""
    return [query[:n] for query in queries for n in range(1, len(query) + 1)]


def ensure_floor_table(path: Path) -> str:
    """The plain FTS5 table the floor queries, built here on first use."""
    connection = sqlite3.connect(path)
    try:
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
    """Per-keystroke times of the app's search and of the two floors."""
    from familjecenter_desktop.catalogue import searchfts
    from familjecenter_desktop.catalogue.details import load_service_rows
    from familjecenter_desktop.catalogue.search import (
        MAX_HITS,
        SearchRequest,
        query_words,
        search,
    )

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

    def app_sql(text: str) -> None:
        with workspace.session() as session:
            searchfts.candidates(session, query_words(text), MAX_HITS)

    for fn in (app, floor, app_sql):  # warm the caches as a first search would
        fn(typed[0])
    samples, floor_samples, sql_samples = [], [], []
    for text in typed:
        samples += timed(partial(app, text), sizes.search_repeats)
        floor_samples += timed(partial(floor, text), sizes.search_repeats)
        sql_samples += timed(partial(app_sql, text), sizes.search_repeats)
    raw.close()

    median, p95 = summarise(samples)
    floor_median, floor_p95 = summarise(floor_samples)
    sql_median, sql_p95 = summarise(sql_samples)
    ratio = median / floor_median if floor_median else None
    met = p95 < 16 and ratio is not None and ratio <= 3
    note = f"{len(typed)} keystrokes × {sizes.search_repeats}: " + ", ".join(QUERIES)
    main = Result(
        name=f"search per keystroke ({sizes.services:,} services)",
        unit="ms",
        median=median,
        p95=p95,
        floor_name=f"raw FTS5 prefix MATCH by rank on {table} (p95 {floor_p95:.1f} ms)",
        floor_median=floor_median,
        target="p95 < 16 ms and ≤ 3× floor",
        met=met,
        samples=samples,
        floor_samples=floor_samples,
        note=note + f"; at most {MAX_HITS} hits ranked, first {PAGE} rows read",
    )
    overhead = Result(
        name="search per keystroke, vs. the app's own FTS5 queries",
        unit="ms",
        median=median,
        p95=p95,
        floor_name=f"searchfts candidate queries alone (p95 {sql_p95:.1f} ms)",
        floor_median=sql_median,
        target="— (what ranking and rows add)",
        met=None,
        samples=samples,
        floor_samples=sql_samples,
        note="the same keystrokes; the floor is the bounded tier queries only",
    )
    return [main, overhead]
