"""Search parity at county scale: a made-up catalogue on SQLite and PostgreSQL.

The synthetic generator's catalogue (1,500 services in fi/sv/en) goes into
both engines through the same rows and the catalogue's own index builder.
Every query must give the same ranked services on both, also where more match
than one search returns (``MAX_HITS``): PostgreSQL picks the same bounded
candidates as SQLite's FTS5 tiers, and both re-rank them the same way.
"""

from __future__ import annotations

import logging

from sqlalchemy import text

from familjecenter_desktop.catalogue.search import MAX_HITS, SearchRequest, search
from familjecenter_desktop.catalogue.searchindex import reindex
from familjecenter_desktop.db import migrate
from familjecenter_desktop.db.engine import make_engine, session_factory, sqlite_url
from familjecenter_desktop.synthetic.catalogue import generate_catalogue
from familjecenter_desktop.synthetic.database import insert_rows
from familjecenter_desktop.synthetic.rows import CatalogueSize

log = logging.getLogger(__name__)

SIZE = CatalogueSize(services=1_500, locations=150)
QUERIES = (
    "neuvola",
    "perheneuvola",
    "lastenneuvola",
    "päivähoito",
    "paivahoito",
    "kotipalvelu",
    "perhetyö",
    "koulu",
    "nuoriso",
    "terveys",
    "rådgivning",
    "familj",
    "barn",
    "hälsovård",
    "halsovard",
    "family",
    "child",
    "youth",
    "school",
    "counselling",
    "ko",
    "pe",
    "a",
    "neuvola espoo",
    "perhe ko",
    "zzqqxx",
    "100%",
)


def _build(url: str):
    engine = make_engine(url)
    migrate.upgrade(engine)
    with engine.begin() as connection:
        insert_rows(connection, generate_catalogue(SIZE, seed=7))
    with session_factory(engine)() as session:
        reindex(session)
        session.commit()
    return engine


def _results(engine) -> dict[str, tuple[list[int], bool]]:
    with session_factory(engine)() as session:
        if engine.dialect.name == "postgresql":
            session.execute(text("ANALYZE search_document"))
        found = {}
        for query in QUERIES:
            hits = search(session, SearchRequest(text=query))
            found[query] = ([h.service_id for h in hits], hits.more)
        return found


def test_same_ranked_services_at_scale(tmp_path, postgres_url):
    """Same ranked lists and the same "more" flag for every query on both engines."""
    lite = _build(sqlite_url(tmp_path / "scale.sqlite3"))
    pg = _build(postgres_url)
    try:
        on_sqlite, on_pg = _results(lite), _results(pg)
    finally:
        lite.dispose()
        pg.dispose()

    different = [q for q in QUERIES if on_sqlite[q] != on_pg[q]]
    bounded = [q for q in QUERIES if on_sqlite[q][1]]
    log.info(
        "scale parity: %d services, %d queries, %d identical, %d of them bounded "
        "at %d hits with more matching, %d with hits",
        SIZE.services,
        len(QUERIES),
        len(QUERIES) - len(different),
        len(bounded),
        MAX_HITS,
        sum(bool(v[0]) for v in on_sqlite.values()),
    )
    assert different == []
    assert bounded  # the bound was reached, so the tiers' choice was compared
    assert sum(bool(v[0]) for v in on_sqlite.values()) >= len(QUERIES) // 2
