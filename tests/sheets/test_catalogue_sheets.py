"""Done-when, end to end: real PTV records imported, sheets built from the catalogue."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from familjecenter_desktop.catalogue.details import load_service_detail
from familjecenter_desktop.catalogue.ptv.importer import import_ptv_paths
from familjecenter_desktop.db.models import Service
from familjecenter_desktop.sheets.adapter import load_sheet_services
from familjecenter_desktop.sheets.from_catalogue import build_catalogue_sheet
from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.sheets.phrases import load_phrasebook

_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", Path(__file__).with_name("helpers.py")
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)

PRINTED_ON = date(2026, 12, 4)


@pytest.fixture
def real_ids(workspace, shared_data):
    """The three real services, imported from the shared PTV records."""
    import_ptv_paths(workspace, [shared_data / "ptv-api-records"])
    with workspace.session() as session:
        services = session.scalars(select(Service)).all()
        by_prefix = {s.source_id[:8]: s.id for s in services}
    return [by_prefix[prefix] for prefix in helpers.REAL_SERVICES]


@pytest.mark.parametrize("lang", ["fi", "sv", "ar", "uk"])
def test_catalogue_sheet_reads_back_as_the_catalogue_holds(
    workspace, real_ids, lang, tmp_path
):
    """Every glyph prints, each service's texts read back as stored, QR codes
    decode to the services' addresses, other-language content is marked."""
    book = load_phrasebook(lang)
    options = SheetOptions(lang=lang, printed_on=PRINTED_ON)

    sheet = build_catalogue_sheet(workspace, real_ids, options)

    assert not sheet.missing_glyphs
    text = helpers.pdf_text(sheet.pdf, tmp_path)
    footer = (book.get("printed"), book.get("page", page="", pages="").split()[0])
    body = helpers.squeeze(helpers.body_text(text, *footer))
    with workspace.session() as session:
        details = [load_service_detail(session, i, lang) for i in real_ids]
        wanted = [
            s.qr_url for s in load_sheet_services(session, real_ids, lang, PRINTED_ON)
        ]
    for detail in details:
        for held in (detail.name, detail.summary, detail.description):
            assert helpers.squeeze(held.text) in body, held.text[:60]
    # Tilapäinen päivähoito has web pages only on its locations: its code
    # points to the first location's page.
    assert all(wanted)
    assert "keskustan_pk" in wanted[1]
    assert helpers.decode_qr(sheet.pdf, tmp_path) == wanted
    marker = book.get("content_language", language=book.language_name("fi"))
    # Word by word: poppler may move a word across the colon in RTL lines.
    words = set(helpers.body_text(text, *footer).replace(":", " ").split())
    assert set(marker.replace(":", " ").split()) <= words or lang == "fi"
    assert helpers.squeeze(marker) not in body or lang != "fi"


@pytest.mark.parametrize(
    ("lang", "name", "marker"),
    [
        ("fi", "Lastenneuvola", None),
        ("sv", "Barnrådgivning", "En del av informationen finns bara på: finska"),
        ("en", "Child health clinic", "Part of this information is available only"),
    ],
)
def test_service_text_comes_in_the_familys_language_where_held(
    workspace, lang, name, marker, tmp_path
):
    """The sheet prints the catalogue's text in the family's language where it
    exists, and says on the sheet when part of it is in another language."""
    with workspace.session() as session:
        ids = helpers.ui_test_data.build_catalogue(session)
    options = SheetOptions(lang=lang, printed_on=PRINTED_ON)

    sheet = build_catalogue_sheet(workspace, [ids["clinic"]], options)

    text = " ".join(helpers.pdf_text(sheet.pdf, tmp_path).split())
    assert name in text
    if marker is None:
        assert "kielellä:" not in text
    else:
        assert marker in text
