"""From the catalogue to sheet data: texts, contacts, two weeks of hours."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from familjecenter_desktop.sheets.adapter import load_sheet_services

_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", Path(__file__).with_name("helpers.py")
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)

START = date(2026, 12, 4)  # a Friday; Sunday 6.12. is Independence Day


@pytest.fixture
def ids(workspace):
    with workspace.session() as session:
        return helpers.ui_test_data.build_catalogue(session)


def test_service_becomes_sheet_data_with_two_weeks_of_hours(workspace, ids):
    """Names, addresses, phones, links and 14 resolved days come across."""
    with workspace.session() as session:
        [clinic] = load_sheet_services(session, [ids["clinic"]], "fi", START)

    assert clinic.name == "Lastenneuvola"
    assert clinic.locations[0].address_lines == ("Opintie 3", "21100 NAANTALI")
    assert clinic.qr_url == "https://www.naantali.fi/neuvola"
    days = clinic.locations[0].hours
    assert len(days) == 14 and days[0].day == START
    assert days[0].openings  # Friday is open
    assert days[2].day == date(2026, 12, 6)
    assert not days[2].openings and days[2].holiday_name == "Itsenäisyyspäivä"


def test_language_without_holiday_names_says_public_holiday(workspace, ids):
    """On an Arabic sheet the holiday is named with the Arabic phrase."""
    with workspace.session() as session:
        [clinic] = load_sheet_services(session, [ids["clinic"]], "ar", START)

    assert clinic.locations[0].hours[2].holiday_name == "عطلة رسمية"


def test_text_in_another_language_is_flagged(workspace, ids):
    """A service without Arabic texts is marked as printed in another language."""
    with workspace.session() as session:
        [clinic] = load_sheet_services(session, [ids["clinic"]], "ar", START)
        [finnish] = load_sheet_services(session, [ids["clinic"]], "fi", START)

    assert clinic.other_language == "fi"
    assert finnish.other_language is None


def test_easy_finnish_reads_finnish_content(workspace, ids):
    """Selkokieli sheets take the Finnish texts of the catalogue."""
    with workspace.session() as session:
        [clinic] = load_sheet_services(session, [ids["clinic"]], "fi-selko", START)

    assert clinic.name == "Lastenneuvola"
    assert clinic.other_language is None


def test_unknown_service_is_named(workspace, ids):
    """An id that is not in the catalogue is refused with the id in the message."""
    with workspace.session() as session, pytest.raises(ValueError, match="424242"):
        load_sheet_services(session, [424242], "fi", START)


def test_family_language_content_is_used_and_gaps_are_marked_as_partial(workspace, ids):
    """A Swedish sheet takes the Swedish name and summary the catalogue holds;
    the Finnish-only description makes it "partly" other-language. With no
    Arabic at all the whole service is other-language."""
    with workspace.session() as session:
        [swedish] = load_sheet_services(session, [ids["clinic"]], "sv", START)
        [arabic] = load_sheet_services(session, [ids["clinic"]], "ar", START)

    assert swedish.name == "Barnrådgivning"
    assert swedish.summary == "Rådgivningen följer barnets växt."
    assert swedish.other_language == "fi" and swedish.other_language_partly
    assert arabic.other_language == "fi" and not arabic.other_language_partly
