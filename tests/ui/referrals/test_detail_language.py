"""The referral detail after a language switch: the same sections, in new words."""

from __future__ import annotations

from familjecenter_desktop.referrals import records
from familjecenter_desktop.ui.i18n import Translations
from tests.referrals.helpers import referral_input


def test_the_access_log_stays_after_a_language_switch(setting, qtbot, workspace):
    """Switching to Swedish words the shown detail again, its access log included."""
    records.create_referral(
        workspace, setting.nurse, referral_input(setting.service_id)
    )
    setting.view.show()
    setting.view.set_actor(setting.nurse)
    setting.settle(qtbot)
    listing = setting.view.list
    listing.table.selectRow(0)
    setting.settle(qtbot)
    assert "Access log" in listing.detail.toPlainText()

    translations = Translations()
    translations.install("sv")
    try:
        qtbot.wait(10)
        text = listing.detail.toPlainText()
    finally:
        translations.install("en")

    assert "Behandlingslogg" in text
    assert "skapad" in text and "visad" in text
