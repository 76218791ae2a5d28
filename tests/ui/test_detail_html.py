"""The detail text: escaped, safe links, marks for texts in another language."""

from __future__ import annotations

import dataclasses
import importlib.util
from datetime import UTC, datetime
from pathlib import Path

import pytest

from familjecenter_desktop.catalogue.details import (
    LinkDetail,
    ShownText,
    load_service_detail,
)
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.search.detail_html import ages, service_html

_spec = importlib.util.spec_from_file_location(
    "ui_test_data", Path(__file__).resolve().parent / "conftest.py"
)
ui_test_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ui_test_data)

NOON = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)


@pytest.fixture
def finnish(qapp):
    translations = Translations()
    translations.install("fi")
    yield
    translations.install("en")


@pytest.fixture
def clinic(workspace):
    with workspace.session() as session:
        ids = ui_test_data.build_catalogue(session)
    with workspace.session() as session:
        return load_service_detail(session, ids["clinic"], "fi")


def test_markup_in_the_data_is_shown_as_text(finnish, clinic):
    """A name with HTML in it is escaped, never interpreted."""
    hostile = dataclasses.replace(
        clinic, name=ShownText('<img src=x onerror="alert(1)">Neuvola', "fi")
    )

    page = service_html(hostile, NOON)

    assert "<img" not in page
    assert "&lt;img src=x" in page


def test_only_web_addresses_become_links(finnish, clinic):
    """A javascript: address is shown as text; https: becomes a link."""
    links = [
        LinkDetail("javascript:alert(1)", ShownText("Paha", "fi")),
        LinkDetail("https://example.org/neuvola", ShownText("Hyvä", "fi")),
    ]
    page = service_html(dataclasses.replace(clinic, web_pages=links), NOON)

    assert 'href="javascript' not in page
    assert '<a href="https://example.org/neuvola">Hyvä</a>' in page


def test_text_only_in_finnish_is_marked_for_a_swedish_reader(qapp, workspace):
    """The Finnish-only description carries "(endast på finska)" in Swedish."""
    with workspace.session() as session:
        ids = ui_test_data.build_catalogue(session)
    with workspace.session() as session:
        detail = load_service_detail(session, ids["clinic"], "sv")
    translations = Translations()
    translations.install("sv")

    page = service_html(detail, NOON)
    translations.install("en")

    assert "endast på finska" in page
    assert "Barnrådgivning" in page


def test_phone_numbers_are_dialable_links(finnish, clinic):
    """Phones become tel: links with the digits only."""
    page = service_html(clinic, NOON)

    assert '<a href="tel:+35824351111">+358 2 435 1111</a>' in page


@pytest.mark.parametrize(
    ("minimum", "maximum", "expected"),
    [
        (0, 84, "enintään 7 vuotta"),
        (36, None, "3 vuotta alkaen"),
        (6, 24, "6 kuukautta – 2 vuotta"),
        (None, None, ""),
    ],
)
def test_age_ranges_read_naturally(finnish, minimum, maximum, expected):
    """Ages in months are written in years where they are whole years."""
    assert ages(minimum, maximum) == expected
