"""The referral sheet from a real referral: logged, and only what the family knows."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from familjecenter_desktop.referrals.errors import PermissionDeniedError
from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.sheets.referral_sheet import (
    preview_referral_sheet,
    print_referral_sheet,
    sheet_language,
)

_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", Path(__file__).with_name("helpers.py")
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)


@pytest.fixture
def referral(workspace):
    """A referral with an internal note; the family prefers Arabic."""
    return helpers.made_up_referral(workspace, language="Arabic")


def test_referral_sheet_is_logged_and_keeps_internal_notes_out(
    workspace, referral, tmp_path
):
    """Printing writes a print entry to the access log; the note never prints."""
    options = SheetOptions(kind="referral", lang="fi", printed_on=date(2026, 12, 4))

    sheet = print_referral_sheet(
        workspace, referral.nurse, referral.referral_id, options, "09 100 200"
    )

    text = helpers.pdf_text(sheet.pdf, tmp_path)
    assert "Perheneuvonta" in text
    assert "Palvelu ottaa yhteyttä sinuun." in text
    assert "18.12.2026" in text and "09 100 200" in text
    assert "Testi nurse" in text
    assert helpers.SECRET_NOTE not in text
    assert "Testi Testinen" not in text and "040 123 4567" not in text
    assert "parenthood" not in text
    actions = helpers.access_log_actions(workspace, referral.referral_id)
    assert actions.count("print") == 1


def test_preview_is_a_view_in_the_familys_language(workspace, referral, tmp_path):
    """The preview logs a view, not a print, and suggests the family's language;
    the service name comes in Arabic where the catalogue has it."""
    options = SheetOptions(kind="referral", lang="fi", printed_on=date(2026, 12, 4))

    preview = preview_referral_sheet(
        workspace, referral.nurse, referral.referral_id, options, suggest_language=True
    )

    assert preview.lang == "ar"
    assert "الإرشاد الأسري" in helpers.pdf_text(preview.sheet.pdf, tmp_path)
    actions = helpers.access_log_actions(workspace, referral.referral_id)
    assert "print" not in actions and actions[-1] == "view"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("arabia", "ar"),
        ("Arabic", "ar"),
        ("العربية", "ar"),
        (" UK ", "uk"),
        ("ukraina", "uk"),
        ("somali", "so"),
        ("klingon", None),
        ("", None),
        (None, None),
    ],
)
def test_family_language_as_typed_finds_the_sheet_language(typed, code):
    """A preferred language typed in Finnish, English, its own name or as a code
    picks the sheet language; anything else suggests nothing."""
    assert sheet_language(typed) == code


def test_printing_needs_the_right_to_print(workspace, referral):
    """A user who may not print the referral gets a refusal, no sheet, no entry."""
    options = SheetOptions(kind="referral", lang="fi")

    for actor in (referral.admin, referral.coordinator):
        with pytest.raises(PermissionDeniedError):
            print_referral_sheet(workspace, actor, referral.referral_id, options)
        with pytest.raises(PermissionDeniedError):
            preview_referral_sheet(workspace, actor, referral.referral_id, options)

    actions = helpers.access_log_actions(workspace, referral.referral_id)
    assert "print" not in actions
