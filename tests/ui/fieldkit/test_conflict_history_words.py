"""The conflict dialog words history and consents as the referral detail does."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from familjecenter_desktop.fieldkit.sides import (
    COMPARED,
    Conflict,
    ConsentLine,
    EventLine,
    ReferralSide,
)
from familjecenter_desktop.ui.fieldkit.conflict_dialog import ConflictDialog
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.referrals.messages import (
    action_name,
    consent_givers,
    consent_methods,
)

AT = datetime(2026, 11, 30, 9, 15, tzinfo=UTC)
CODES = ("create", "send", "update", "field_kit_import", "field_kit_kept_site")


def side(*actions: str, note: str) -> ReferralSide:
    """A made-up version of one referral with these history steps."""
    return ReferralSide(
        version=3,
        status="sent",
        kind="guidance",
        family_ref="KENTTÄ-1",
        family_names="Testi Kenttäläinen",
        phones=("+358401234567",),
        language="fi",
        interpreter_needed=False,
        contact_how=None,
        contact_when=None,
        receiver="Perheneuvonta",
        reasons=("wellbeing",),
        urgency="normal",
        note=note,
        follow_up_on=date(2026, 12, 14),
        outcome=None,
        decline_reason=None,
        updated_at=AT,
        consents=(ConsentLine("guardian", "verbal", AT, False),),
        history=tuple(
            EventLine(AT + timedelta(hours=n), "hoitaja", action, "sent")
            for n, action in enumerate(actions)
        ),
    )


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_history_rows_use_the_detail_words(qtbot, lang):
    """Every history step reads as in the referral detail, in the UI language."""
    site = side("create", "send", "update", "field_kit_kept_site", note="Toimisto")
    field = side("create", "send", "field_kit_import", note="Kenttä")
    translations = Translations()
    translations.install(lang)
    try:
        dialog = ConflictDialog([Conflict("u-1", 7, site, field)])
        qtbot.addWidget(dialog)
        row = COMPARED.index("history")
        texts = dialog.table.item(row, 0).text() + dialog.table.item(row, 1).text()
        words = [action_name(code) for code in CODES]
    finally:
        translations.install("en")

    for code, word in zip(CODES, words, strict=True):
        assert word in texts
        if lang != "en":
            assert word != code
    for raw in (": create →", ": update →", "field_kit_"):
        assert raw not in texts


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_consents_use_the_consent_dialog_words(qtbot, lang):
    """Who gave a consent and how read as in the consent dialog, not as codes."""
    site = side("create", note="Toimisto")
    field = side("create", note="Kenttä")
    translations = Translations()
    translations.install(lang)
    try:
        dialog = ConflictDialog([Conflict("u-1", 7, site, field)])
        qtbot.addWidget(dialog)
        text = dialog.table.item(COMPARED.index("consents"), 0).text()
        giver, method = consent_givers()["guardian"], consent_methods()["verbal"]
    finally:
        translations.install("en")

    assert text.startswith(f"{giver}, {method}, ")
    assert "guardian" not in text and "verbal" not in text
