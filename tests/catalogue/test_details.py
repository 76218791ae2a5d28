"""Reading services for the window and the handouts: rows and full details."""

from __future__ import annotations

import importlib.util
from datetime import time
from pathlib import Path

import pytest

from familjecenter_desktop.catalogue.details import (
    load_service_detail,
    load_service_rows,
)

_spec = importlib.util.spec_from_file_location(
    "ui_test_data", Path(__file__).resolve().parents[1] / "ui" / "conftest.py"
)
ui_test_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ui_test_data)


@pytest.fixture
def ids(workspace):
    with workspace.session() as session:
        return ui_test_data.build_catalogue(session)


def test_rows_keep_the_ranked_order_and_skip_unknown_ids(workspace, ids):
    """Rows come back in the order asked for; ids not in the catalogue are left out."""
    wanted = [ids["cafe"], 999_999, ids["clinic"]]

    with workspace.session() as session:
        rows = load_service_rows(session, wanted, "fi")

    assert [r.id for r in rows] == [ids["cafe"], ids["clinic"]]
    assert rows[1].name == "Lastenneuvola"
    assert rows[1].organisation == "Naantalin kaupunki"
    assert rows[1].municipality == "Naantali"
    assert rows[0].municipality == "Turku"


def test_rows_use_the_reader_language(workspace, ids):
    """Swedish readers get Swedish names, municipality names included."""
    with workspace.session() as session:
        rows = load_service_rows(session, [ids["clinic"]], "sv")

    assert (rows[0].name, rows[0].organisation, rows[0].municipality) == (
        "Barnrådgivning",
        "Nådendals stad",
        "Nådendal",
    )


def test_detail_holds_everything_known(workspace, ids):
    """The detail carries texts, labels, places, hours, phones, links and source."""
    with workspace.session() as session:
        detail = load_service_detail(session, ids["clinic"], "fi")

    assert detail.name.text == "Lastenneuvola"
    assert detail.organisation.text == "Naantalin kaupunki"
    assert detail.categories == ["Sosiaali- ja terveyspalvelut"]
    assert detail.tasks == ["Terveyden ja hyvinvoinnin edistäminen"]
    assert detail.target_groups == ["Lapsiperheet"]
    assert detail.service_classes == ["Neuvolapalvelut"]
    assert detail.charge_type == "free"
    assert (detail.min_age_months, detail.max_age_months) == (0, 84)
    place = detail.locations[0]
    assert place.addresses[0].lines() == ["Opintie 3", "21100 NAANTALI"]
    assert place.addresses[0].municipality == "Naantali"
    assert place.addresses[0].latitude == pytest.approx(60.46)
    assert [p.number for p in place.phones] == ["02 435 0000"]
    spans = {(i.weekday, i.opens, i.closes) for i in place.hours[0].intervals}
    assert (0, time(8), time(11)) in spans and (4, time(12), time(16)) in spans
    assert detail.phones[0].number == "+358 2 435 1111"
    assert detail.phones[0].label.text == "Neuvolan ajanvaraus"
    assert detail.phones[0].charge_info.text == "Paikallispuhelumaksu"
    assert detail.web_pages[0].url == "https://www.naantali.fi/neuvola"
    assert (detail.source_system, detail.source_id) == ("ptv", "svc-clinic")
    assert detail.last_updated == ui_test_data.MODIFIED


def test_detail_says_which_language_a_text_is_in(workspace, ids):
    """A description only in Finnish is marked as such for a Swedish reader."""
    with workspace.session() as session:
        detail = load_service_detail(session, ids["clinic"], "sv")

    assert detail.name.text == "Barnrådgivning"
    assert not detail.name.is_other_language("sv")
    assert detail.description.language == "fi"
    assert detail.description.is_other_language("sv")


def test_detail_of_a_removed_service_is_none(workspace, ids):
    """A service that no longer exists gives None, not an error."""
    with workspace.session() as session:
        detail = load_service_detail(session, 999_999, "fi")

    assert detail is None
