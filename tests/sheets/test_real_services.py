"""Done-when check: three real services in fi, sv, ar and uk, read back and scanned."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from familjecenter_desktop.sheets.build import build_sheet
from familjecenter_desktop.sheets.model import SheetOptions

_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", Path(__file__).with_name("helpers.py")
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)

FOOTERS = {
    "fi": ("Tulostettu", "Sivu"),
    "sv": ("Utskriven", "Sida"),
    "ar": ("تاريخ الطباعة", "صفحة"),
    "uk": ("Надруковано", "Сторінка"),
}


@pytest.fixture
def services(shared_data):
    hours = helpers.two_weeks()
    return [
        helpers.real_service(shared_data, prefix, hours)
        for prefix in helpers.REAL_SERVICES
    ]


@pytest.mark.parametrize("lang", sorted(FOOTERS))
def test_real_services_print_whole_and_scan(lang, services, tmp_path):
    """Every glyph prints, catalogue text reads back as held, QR codes scan."""
    options = SheetOptions(
        lang=lang, site_name="Perhekeskus", printed_on=helpers.PRINTED_ON
    )

    sheet = build_sheet(options, services)

    assert not sheet.missing_glyphs
    text = helpers.pdf_text(sheet.pdf, tmp_path)
    body = helpers.squeeze(helpers.body_text(text, *FOOTERS[lang]))
    for service in services:
        for held in (service.name, service.summary, service.description):
            assert helpers.squeeze(held) in body, held[:60]
        for phone in service.phones:
            assert helpers.squeeze(phone.number) in body
    wanted = [s.qr_url for s in services]
    assert all(wanted)
    assert helpers.decode_qr(sheet.pdf, tmp_path) == wanted
