"""Search gives the same ranked services on SQLite (FTS5) and PostgreSQL (pg_trgm).

The same real data (the demo catalogue: the PTV records and the national
general descriptions, then the PTV records from the shared folder imported
again through the importer) goes into a SQLite file and a PostgreSQL database;
realistic queries in Finnish, Swedish and English, short words, accents,
compounds and odd characters must give the same services in the same order.
"""

from __future__ import annotations

import logging

from sqlalchemy import select, text

from familjecenter_desktop.catalogue.ptv.importer import import_ptv_paths
from familjecenter_desktop.catalogue.search import SearchRequest, search
from familjecenter_desktop.catalogue.searchbackend import backend_for
from familjecenter_desktop.db import pgtrigram
from familjecenter_desktop.db.models import Service
from familjecenter_desktop.workspace import open_workspace

log = logging.getLogger(__name__)

QUERIES = (
    # Finnish, as staff type it
    "neuvola",
    "lastenneuvola",
    "päivähoito",
    "paivahoito",
    "PÄIVÄHOITO",
    "varhaiskasvatus",
    "perheneuvonta",
    "kasvatus- ja perheneuvonta",
    "kouluterveydenhuolto",
    "terveydenhuolto",
    "koulupsykologi",
    "perhetyö",
    "kotipalvelu",
    "nuoriso",
    "nuorisotyö",
    "esiopetus",
    "naantali",
    "neuvola naantali",
    "lasten",
    "äitiysneuvola",
    # Swedish
    "rådgivning",
    "radgivning",
    "barnrådgivning",
    "familjerådgivning",
    "småbarnspedagogik",
    "dagvård",
    "skolhälsovård",
    "ungdomsarbete",
    "nådendal",
    # English
    "child health clinic",
    "family counselling",
    "early childhood education",
    "school",
    "youth work",
    "social services",
    # short words and mixes
    "ko",
    "pe",
    "nä",
    "a",
    "perhe ko",
    "lapsi 7",
    # odd input
    "100%",
    "a_b",
    "o'brien",
    '"neuvola"',
    "zzqqxx",
)


def _load(workspace, shared_data) -> None:
    import_ptv_paths(workspace, [str(shared_data / "ptv-api-records")])


def _ranked(workspace, query: str) -> list[tuple]:
    """The ranked services as engine-independent keys (source and id)."""
    with workspace.session() as session:
        ids = [h.service_id for h in search(session, SearchRequest(text=query))]
        keys = dict(
            (row.id, (row.source_system, row.source_id, row.id))
            for row in session.execute(
                select(Service.id, Service.source_system, Service.source_id)
            )
        )
    return [keys[i] for i in ids]


def test_same_ranked_services_on_sqlite_and_postgresql(
    tmp_path, postgres_url, shared_data
):
    """Every query gives the same list on both engines; most find something."""
    lite = open_workspace(tmp_path / "lite", load_demo=True)
    pg = open_workspace(tmp_path / "pg", database_url=postgres_url, load_demo=True)
    try:
        _load(lite, shared_data)
        _load(pg, shared_data)
        with pg.session() as session:
            assert backend_for(session).name == "pg_trgm"
            assert pgtrigram.has_index(session.connection())
        with lite.session() as session:
            assert backend_for(session).name == "fts5"
            services = session.scalar(text("SELECT count(*) FROM service"))

        different = {}
        found = 0
        longest = 0
        for query in QUERIES:
            on_sqlite, on_pg = _ranked(lite, query), _ranked(pg, query)
            if on_sqlite != on_pg:
                different[query] = (on_sqlite[:5], on_pg[:5])
            found += bool(on_sqlite)
            longest = max(longest, len(on_sqlite))
    finally:
        lite.close()
        pg.close()

    log.info(
        "search parity: %d queries over %d services, %d with hits, longest %d",
        len(QUERIES),
        services,
        found,
        longest,
    )
    assert different == {}
    assert found >= len(QUERIES) * 2 // 3
