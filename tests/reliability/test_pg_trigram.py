"""PostgreSQL's trigram index: made by the migration, used by the planner, optional.

The index exists only on PostgreSQL, serves the search's LIKE conditions, and a
server that cannot give pg_trgm still migrates and searches (the reason logged).
"""

from __future__ import annotations

import logging
import uuid

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from familjecenter_desktop.catalogue.search import SearchRequest, search
from familjecenter_desktop.catalogue.searchindex import reindex
from familjecenter_desktop.db import migrate, pgtrigram
from familjecenter_desktop.db.engine import make_engine, session_factory
from familjecenter_desktop.db.models import Service


def test_index_only_on_postgresql(database_url):
    """After the migrations PostgreSQL has the GIN index and SQLite has none."""
    engine = make_engine(database_url)
    migrate.upgrade(engine)
    with engine.connect() as connection:
        present = pgtrigram.has_index(connection)
        names = {
            i["name"] for i in sa.inspect(connection).get_indexes("search_document")
        }
    engine.dispose()

    assert present == (engine.dialect.name == "postgresql")
    assert (pgtrigram.INDEX in names) == (engine.dialect.name == "postgresql")


def test_planner_serves_substring_search_from_the_index(postgres_url):
    """Substring, word-start LIKE and word-start regex all scan the trigram index."""
    engine = make_engine(postgres_url)
    migrate.upgrade(engine)
    sessions = session_factory(engine)
    with sessions() as session:
        session.add_all(
            Service(name={"fi": f"Testipalvelu {i}", "sv": "Familjerådgivning"})
            for i in range(300)
        )
        session.flush()
        reindex(session)
        session.commit()
        session.execute(sa.text("ANALYZE search_document"))
        session.execute(sa.text("SET enable_seqscan = off"))
        plans = []
        for condition in (
            "name LIKE '%radgivn%'",
            "body LIKE '% familj%'",
            "name ~ '(^|[^[:alnum:]])testip'",
        ):
            rows = session.execute(
                sa.text(
                    f"EXPLAIN SELECT service_id FROM search_document WHERE {condition}"
                )
            )
            plans.append("\n".join(r[0] for r in rows))
    engine.dispose()

    assert all(pgtrigram.INDEX in plan for plan in plans), plans


def test_server_without_pg_trgm_migrates_and_searches(postgres_url, caplog):
    """A role that may not create extensions: the upgrade says why, search works.

    The database belongs to a role without the right to create extensions, so
    CREATE EXTENSION is really refused; the rest of the migration commits.
    """
    role = "fc_no_ext_" + uuid.uuid4().hex[:8]
    admin = make_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f"CREATE ROLE {role} LOGIN"))
        connection.execute(sa.text(f"GRANT CREATE ON SCHEMA public TO {role}"))
    limited_url = make_url(postgres_url).set(username=role)
    engine = make_engine(limited_url.render_as_string(hide_password=False))
    try:
        with caplog.at_level(logging.WARNING, logger=pgtrigram.__name__):
            migrate.upgrade(engine)
        sessions = session_factory(engine)
        with sessions() as session:
            session.add(Service(name={"fi": "Perheneuvola", "sv": "Familjerådgivning"}))
            session.flush()
            reindex(session)
            hits = search(session, SearchRequest(text="rådgivning"))
            present = pgtrigram.has_index(session.connection())
            revision = migrate.current_revision(engine)
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(sa.text(f"DROP OWNED BY {role}"))
            connection.execute(sa.text(f"DROP ROLE {role}"))
        admin.dispose()

    assert revision == migrate.head_revision()
    assert not present
    assert len(hits) == 1
    assert "pg_trgm is not available" in caplog.text
    assert "CREATE EXTENSION pg_trgm" in caplog.text
