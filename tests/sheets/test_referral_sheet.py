"""The referral sheet from a real referral: logged, and only what the family knows."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from familjecenter_desktop.db.models import AccessLogEntry, Service
from familjecenter_desktop.referrals import accounts, actors
from familjecenter_desktop.referrals.errors import PermissionDeniedError
from familjecenter_desktop.referrals.records import create_referral
from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.sheets.referral_sheet import print_referral_sheet

HERE = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


helpers = _load("sheet_test_helpers", HERE / "helpers.py")
referral_helpers = _load(
    "referral_test_helpers", HERE.parent / "referrals" / "helpers.py"
)
PASSWORD = "correct horse battery"
SECRET_NOTE = "Sisäinen huomio: ei perheelle"


@pytest.fixture
def referral(workspace):
    """A referral with an internal note from a clinic nurse to family counselling."""
    admin = accounts.create_first_admin(
        workspace, "admin", "Testi Ylläpitäjä", PASSWORD
    )
    clinic = actors.add_unit(workspace, admin, {"fi": "Lastenneuvola"})
    counselling = actors.add_unit(workspace, admin, {"fi": "Perheneuvola"})
    with workspace.session() as session:
        service = Service(name={"fi": "Perheneuvonta"}, organisation_id=counselling)
        session.add(service)
        session.flush()
        service_id = service.id
    accounts.create_user(
        workspace, admin, "nurse", "Testi Hoitaja", "nurse", clinic, PASSWORD
    )
    nurse = accounts.authenticate(workspace, "nurse", PASSWORD)
    values = referral_helpers.referral_input(
        service_id, note=SECRET_NOTE, follow_up_on=date(2026, 12, 18)
    )
    view = create_referral(workspace, nurse, values)
    return nurse, admin, view.id


def test_referral_sheet_is_logged_and_keeps_internal_notes_out(
    workspace, referral, tmp_path
):
    """Printing writes a print entry to the access log; the note never prints."""
    nurse, _admin, referral_id = referral
    options = SheetOptions(kind="referral", lang="fi", printed_on=date(2026, 12, 4))

    sheet = print_referral_sheet(workspace, nurse, referral_id, options, "09 100 200")

    text = helpers.pdf_text(sheet.pdf, tmp_path)
    assert "Perheneuvonta" in text
    assert "Palvelu ottaa yhteyttä sinuun." in text
    assert "18.12.2026" in text and "09 100 200" in text
    assert "Testi Hoitaja" in text
    assert SECRET_NOTE not in text
    assert "parenthood" not in text
    with workspace.session() as session:
        actions = session.scalars(
            select(AccessLogEntry.action).where(
                AccessLogEntry.referral_id == referral_id
            )
        ).all()
    assert actions.count("print") == 1


def test_printing_needs_the_right_to_print(workspace, referral):
    """A user who may not print the referral gets a refusal and no sheet."""
    _nurse, admin, referral_id = referral
    options = SheetOptions(kind="referral", lang="fi")

    with pytest.raises(PermissionDeniedError):
        print_referral_sheet(workspace, admin, referral_id, options)
