"""Building the search documents from the catalogue."""

import pytest
from sqlalchemy import select, text

from familjecenter_desktop.catalogue.searchindex import ensure_fts, reindex
from familjecenter_desktop.db.models import (
    Address,
    Channel,
    CodeLabel,
    SearchDocument,
    ServiceChannelLink,
)

from .search_helpers import add_service


def test_reindex_folds_every_field_in_every_language(workspace):
    """Names, keywords, organisation, places and body land folded in their columns."""
    with workspace.session() as session:
        session.add(
            CodeLabel(
                scheme="municipality",
                code="091",
                name={"fi": "Helsinki", "sv": "Helsingfors"},
            )
        )
        service = add_service(
            session,
            {"fi": "Perheneuvola", "sv": "Familjerådgivning"},
            keywords={"fi": ["kasvatus"], "sv": ["fostran"]},
            summary={"en": "Help for families"},
            organisation={"fi": "Esimerkkikunta"},
            area_municipalities=["091"],
        )
        channel = Channel(kind="location", name={"fi": "Toimipiste"})
        channel.addresses.append(
            Address(
                street={"fi": "Mäkitie"}, street_number="3", post_office={"fi": "ESPOO"}
            )
        )
        session.add(channel)
        session.flush()
        session.add(ServiceChannelLink(service_id=service.id, channel_id=channel.id))
        session.flush()

        count = reindex(session)
        document = session.get(SearchDocument, service.id)

    assert count == 1
    assert document.name == "perheneuvola | familjeradgivning"
    assert document.keywords == "kasvatus | fostran"
    assert document.organisation == "esimerkkikunta"
    assert "helsingfors" in document.place and "makitie 3" in document.place
    assert "espoo" in document.place
    assert "help for families" in document.body
    assert "familjerådgivning" in document.exact


@pytest.mark.sqlite_only  # reads the FTS5 table; PostgreSQL: tests/reliability
def test_reindex_of_some_services_keeps_the_others(workspace):
    """Re-indexing one service replaces its row only, and the FTS index follows."""
    with workspace.session() as session:
        first = add_service(session, {"fi": "Lastenneuvola"})
        second = add_service(session, {"fi": "Nuorisotyö"})
        reindex(session)
        first.name = {"fi": "Äitiysneuvola"}
        session.flush()

        reindex(session, [first.id])
        names = dict(
            session.execute(
                select(SearchDocument.service_id, SearchDocument.name)
            ).all()
        )
        found = (
            session.execute(
                text("SELECT rowid FROM search_fts WHERE search_fts MATCH '\"aitiys\"'")
            )
            .scalars()
            .all()
        )

    assert names == {first.id: "aitiysneuvola", second.id: "nuorisotyo"}
    assert found == [first.id]


@pytest.mark.sqlite_only  # the FTS5 tables are SQLite's
def test_a_rolled_back_fts_build_is_built_again_next_time(workspace):
    """Building the FTS5 tables in a session that rolls back leaves no empty tables.

    A search session that fails after the tables were (re)built must not keep
    tables whose layout looks current but that hold nothing.
    """
    with workspace.session() as session:
        service = add_service(session, {"fi": "Perheneuvola"})
        reindex(session)
        session.execute(text("DROP TABLE search_names"))  # an older layout
    session = workspace.sessions()
    ensure_fts(session)
    session.rollback()
    session.close()

    with workspace.session() as session:
        ensure_fts(session)
        found = (
            session.execute(
                text(
                    "SELECT rowid FROM search_names "
                    "WHERE search_names MATCH '\"perhe\"*'"
                )
            )
            .scalars()
            .all()
        )

    assert found == [service.id]
