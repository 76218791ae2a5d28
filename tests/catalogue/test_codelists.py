"""The PTV code lists: loading, the three URI spellings, and the known quirks."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from familjecenter_desktop.catalogue.codelists import (
    CODELIST_DIR,
    CodeResolver,
    code_list_rows,
    ensure_code_lists,
    load_code_lists,
    read_json,
)
from familjecenter_desktop.db.models import CodeLabel


def test_shipped_lists_load_every_scheme(workspace):
    """All seven shipped lists land in code_label with their counts."""
    with workspace.session() as session:
        load_code_lists(session)

        counts = dict(
            session.execute(
                select(CodeLabel.scheme, func.count()).group_by(CodeLabel.scheme)
            ).all()
        )

    assert counts["service_class"] == 229
    assert counts["target_group"] == 17
    assert counts["life_event"] == 19
    assert counts["municipality"] == 311
    assert counts["postal_code"] == 4158


def test_postal_code_file_with_bom_is_read(shared_data):
    """PostalCode.json starts with a BOM and still parses."""
    path = shared_data / "ptv-codelists" / "PostalCode.json"

    data = read_json(path)

    assert path.read_bytes()[:3] == b"\xef\xbb\xbf"
    assert len(data) == 4158


def test_loading_twice_adds_nothing(workspace):
    """Loading the lists again changes no row count."""
    with workspace.session() as session:
        first = load_code_lists(session)
        ensure_code_lists(session)
        load_code_lists(session)

        total = session.scalar(select(func.count(CodeLabel.id)))

    assert total == first


def test_three_spellings_resolve_to_the_current_code(workspace):
    """Current URI, old v-number URI and old code URI all give P5.2."""
    with workspace.session() as session:
        load_code_lists(session)
        resolver = CodeResolver.from_session(session)

    spellings = [
        "http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P5.2",
        "http://urn.fi/URN:NBN:fi:au:ptvl:v1040",
        "http://urn.fi/URN:NBN:fi:au:ptvl:P5.2",
        "https://URN.fi/URN:NBN:fi:au:ptvl:v1040/",
    ]

    assert {resolver.resolve("service_class", s, None) for s in spellings} == {"P5.2"}
    assert (
        resolver.resolve(
            "target_group", "http://urn.fi/URN:NBN:fi:au:ptvl:v2004", "KR1.3"
        )
        == "KR1.3"
    )
    assert (
        resolver.resolve(
            "service_class", "http://urn.fi/URN:NBN:fi:au:ptvl:v9999", "P99"
        )
        is None
    )


def test_life_event_ke43_gets_a_correct_swedish_label(workspace):
    """KE4.3 (moving abroad) no longer says 'moving to Finland' in Swedish."""
    raw = {e["Notation"]: e for e in read_json(CODELIST_DIR / "LifeEvents.json")}

    with workspace.session() as session:
        load_code_lists(session)
        label = session.scalar(
            select(CodeLabel).where(
                CodeLabel.scheme == "life_event", CodeLabel.code == "KE4.3"
            )
        )

    assert raw["KE4.3"]["Label"]["Sv"] == "Flyttning till Finland"
    assert label.name["sv"] == "Flyttning från Finland"
    assert label.name["en"] == "Moving abroad"
    assert label.parent_code == "KE4"


def test_service_class_without_uri_is_left_out():
    """The withdrawn P7.12 without a URI does not shadow the current P7.12."""
    rows = [r for r in code_list_rows() if r["scheme"] == "service_class"]

    p712 = [r for r in rows if r["code"] == "P7.12"]

    assert len(p712) == 1
    assert p712[0]["name"]["fi"] == "Immateriaalioikeudet"


def test_shipped_copies_equal_the_shared_data(shared_data):
    """The shipped lists are byte-exact copies of the shared data."""
    for path in sorted(CODELIST_DIR.glob("*.json")):
        original = shared_data / "ptv-codelists" / path.name

        assert path.read_bytes() == original.read_bytes(), path.name
        assert json.loads(path.read_text(encoding="utf-8-sig"))
