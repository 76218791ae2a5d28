"""Search ranking and odd typed text, on made-up services."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familjecenter_desktop.catalogue.search import SearchRequest, search

from .search_helpers import add_service, ids


def test_exact_spelling_ranks_first(workspace):
    """`hälsovård` lists the accented spelling before the accent-less one."""
    with workspace.session() as session:
        plain = add_service(session, {"sv": "Halsovard ab"})
        accented = add_service(session, {"sv": "Hälsovård"})

        found = ids(session, "hälsovård")
        folded = ids(session, "HALSOVARD")

    assert found == [accented.id, plain.id]
    assert set(folded) == {accented.id, plain.id}


def test_compound_parts_are_found(workspace):
    """`neuvola` finds Finnish compounds ending in it; a word start ranks first."""
    with workspace.session() as session:
        family = add_service(session, {"fi": "Perheneuvola"})
        child = add_service(session, {"fi": "Lastenneuvola"})
        plain = add_service(session, {"fi": "Neuvola"})
        add_service(session, {"fi": "Nuorisotyö"})

        found = ids(session, "neuvola")

    assert found == [plain.id, child.id, family.id]


def test_name_ranks_over_keyword_organisation_and_body(workspace):
    """A name match beats a keyword, which beats the organisation, then the body."""
    with workspace.session() as session:
        body = add_service(
            session, {"fi": "A"}, description={"fi": "Kotiapu perheille"}
        )
        organisation = add_service(
            session, {"fi": "B"}, organisation={"fi": "Kotiapu Oy"}
        )
        keyword = add_service(session, {"fi": "C"}, keywords={"fi": ["kotiapu"]})
        name = add_service(session, {"fi": "Kotiapu"})

        found = ids(session, "kotiapu")

    assert found == [name.id, keyword.id, organisation.id, body.id]


def test_every_language_and_municipality_matches(workspace):
    """Swedish and English names and the area's municipality find the service."""
    with workspace.session() as session:
        service = add_service(
            session,
            {"fi": "Perhetyö", "sv": "Familjearbete", "en": "Family work"},
            area_municipalities=["049"],
        )
        from familjecenter_desktop.db.models import CodeLabel

        session.add(
            CodeLabel(
                scheme="municipality", code="049", name={"fi": "Espoo", "sv": "Esbo"}
            )
        )
        session.flush()

        results = [ids(session, q) for q in ("familjearbete", "FAMILY", "esbo")]

    assert results == [[service.id]] * 3


def test_all_words_must_match(workspace):
    """Several words narrow the results; a short word matches a word start."""
    with workspace.session() as session:
        both = add_service(session, {"fi": "Lasten puheterapia"})
        add_service(session, {"fi": "Aikuisten puheterapia"})

        found = ids(session, "puheterapia la")

    assert found == [both.id]


def test_empty_text_lists_everything_by_name(workspace):
    """Empty or blank text lists every service ordered by name."""
    with workspace.session() as session:
        b = add_service(session, {"fi": "Bee"})
        a = add_service(session, {"fi": "Aa"})
        c = add_service(session, {"fi": "Cee"})

        found = [ids(session, text) for text in ("", "   ", "\t\n")]

    assert found == [[a.id, b.id, c.id]] * 3


def test_a_list_by_name_follows_the_readers_language(workspace):
    """With no text, a Swedish reader gets the Swedish names in order."""
    with workspace.session() as session:
        mother = add_service(session, {"fi": "Äitiysneuvola", "sv": "Mödrarådgivning"})
        family = add_service(session, {"fi": "Perheneuvola", "sv": "Familjerådgivning"})
        finnish_only = add_service(session, {"fi": "Kerho"})

        finnish = ids(session, "", lang="fi")
        swedish = ids(session, "", lang="sv")

    # Ä after z in Finnish; in Swedish Mödra- after Familj- and Kerho.
    assert finnish == [finnish_only.id, family.id, mother.id]
    assert swedish == [family.id, finnish_only.id, mother.id]


def test_a_service_not_yet_indexed_is_still_listed_by_name(workspace):
    """Mid-import a service may lack its search document: listed first, not lost."""
    from familjecenter_desktop.catalogue.searchindex import reindex
    from familjecenter_desktop.db.models import SearchDocument

    with workspace.session() as session:
        b = add_service(session, {"fi": "Bee"})
        a = add_service(session, {"fi": "Aa"})
        reindex(session)
        missing = add_service(session, {"fi": "Cee"})
        indexed = session.get(SearchDocument, missing.id)

        found = [h.service_id for h in search(session, SearchRequest(""))]

    assert indexed is None
    assert found == [missing.id, a.id, b.id]


def test_limit_cuts_the_ranked_list(workspace):
    """A limit keeps the best hits only."""
    with workspace.session() as session:
        for n in range(5):
            add_service(session, {"fi": f"Neuvola {n}"})

        found = ids(session, "neuvola", limit=2)

    assert len(found) == 2


ODD_TEXTS = [
    '"',
    "'",
    "lasten-neuvola",
    "AND",
    "OR",
    "NOT neuvola",
    "NEAR(a b)",
    "*",
    "^neu",
    "name:neuvola",
    "(((",
    "😀👪",
    "",
    "x" * 10_000,
    "\x00",
    "neu%vola_",
]


def test_odd_text_never_raises(workspace):
    """Operators, quotes, emoji and very long text are plain text to search."""
    with workspace.session() as session:
        service = add_service(session, {"fi": "Lasten-neuvola"})

        results = {text[:20]: ids(session, text) for text in ODD_TEXTS}

    assert results["lasten-neuvola"] == [service.id]
    assert results["AND"] == []
    assert results["*"] == [service.id]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.text(alphabet=st.characters(), max_size=60)
    | st.text(alphabet=string.punctuation + " aeiouAND", max_size=30)
)
def test_any_text_never_raises(workspace, text):
    """Any typed text returns a list of hits."""
    with workspace.session() as session:
        add_service(session, {"fi": "Lasten-neuvola", "sv": "Rådgivning"})
        ids(session)

        hits = search(session, SearchRequest(text=text))

    assert isinstance(hits, list)
