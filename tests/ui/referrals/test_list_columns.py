"""Referral list columns: whole headers in every language, full width, kept widths."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from familjecenter_desktop.core.settings import Settings
from familjecenter_desktop.referrals import records
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.referrals.list_columns import WIDTHS_KEY
from familjecenter_desktop.ui.referrals.referral_list import ReferralList
from familjecenter_desktop.ui.referrals.referral_model import COLUMNS
from tests.referrals.helpers import referral_input

RECEIVER = COLUMNS.index("receiver")
FIRST_HEADER = {"fi": "Perhe", "sv": "Familj", "en": "Family"}


def show_list(setting, qtbot, workspace, count: int = 2) -> ReferralList:
    for number in range(count):
        values = referral_input(setting.service_id, family_ref=f"PERHE-2026-00{number}")
        records.create_referral(workspace, setting.nurse, values)
    setting.view.show()
    setting.view.set_actor(setting.nurse)
    setting.settle(qtbot)
    return setting.view.list


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_headers_are_whole_and_the_table_is_filled(setting, qtbot, workspace, lang):
    """Each header fits its column in the language shown; the receiver fills up."""
    listing = show_list(setting, qtbot, workspace)
    translations = Translations()
    try:
        translations.install(lang)  # the view retranslates on LanguageChange
        qtbot.wait(10)
        header = listing.table.horizontalHeader()

        cut = [
            header.model().headerData(n, header.orientation())
            for n in range(len(COLUMNS))
            if n != RECEIVER and header.sectionSize(n) < header.sectionSizeHint(n)
        ]
        used = sum(header.sectionSize(n) for n in range(len(COLUMNS)))

        assert header.model().headerData(0, header.orientation()) == FIRST_HEADER[lang]
        assert cut == []
        assert used == listing.table.viewport().width()
        assert header.sectionSize(RECEIVER) > header.sectionSize(0)
    finally:
        translations.install("en")


def test_user_widths_come_back_after_a_restart(setting, qtbot, workspace, tmp_path):
    """A dragged column keeps its width in the settings file and in a new list."""
    listing = show_list(setting, qtbot, workspace)
    settings = Settings(tmp_path / "settings.json")
    listing.keep_columns_in(settings)
    header = listing.table.horizontalHeader()

    header.resizeSection(0, 210)  # what a drag does
    qtbot.waitUntil(lambda: settings.window_state(WIDTHS_KEY) is not None)
    stored = json.loads(
        json.loads((tmp_path / "settings.json").read_text())["window_state"][WIDTHS_KEY]
    )
    again = ReferralList(setting.view.worker)
    qtbot.addWidget(again)
    again.keep_columns_in(Settings(tmp_path / "settings.json"))
    again.set_context(workspace, setting.nurse, "fi")
    setting.settle(qtbot)

    assert stored == {"family": 210}
    assert again.table.horizontalHeader().sectionSize(0) == 210


def test_a_narrow_width_is_widened_for_a_longer_header(setting, qtbot, workspace):
    """A width chosen narrower than the header is widened when the list is fitted."""
    listing = show_list(setting, qtbot, workspace)
    header = listing.table.horizontalHeader()
    follow_up = COLUMNS.index("follow_up")

    header.resizeSection(follow_up, 45)
    listing.refresh()
    setting.settle(qtbot)

    assert listing.columns.user_widths["follow_up"] == 45
    assert header.sectionSize(follow_up) >= header.sectionSizeHint(follow_up)


def test_the_list_keeps_widths_with_its_windows_settings(setting, qtbot, tmp_path):
    """Shown in a window holding ``settings``, the list keeps its widths there."""
    host = QWidget()
    host.settings = Settings(tmp_path / "settings.json")
    host.settings.set_window_state(WIDTHS_KEY, json.dumps({"sender": 150}))
    listing = ReferralList(setting.view.worker)
    QVBoxLayout(host).addWidget(listing)
    qtbot.addWidget(host)

    host.show()

    assert listing.columns.settings is host.settings
    sender = COLUMNS.index("sender")
    assert listing.table.horizontalHeader().sectionSize(sender) == 150


def test_widths_survive_closing_and_opening_the_main_window(setting, qtbot, workspace):
    """A drag in the window's list is in the settings file after the window closes."""
    from familjecenter_desktop.ui.main_window import MainWindow

    translations = Translations()
    translations.install("en")

    def opened_window() -> MainWindow:
        window = MainWindow(workspace.settings, translations)
        qtbot.addWidget(window)
        window.show()
        window.attach_workspace(workspace)
        window.referrals_view.set_actor(setting.nurse)
        window.tabs.setCurrentWidget(window.referrals_view)
        qtbot.waitUntil(window.worker.is_idle, timeout=20_000)
        return window

    first = opened_window()
    first.referrals_view.list.table.horizontalHeader().resizeSection(1, 190)
    first.close()  # at once: the width is saved on the way out
    stored = Settings(workspace.paths.settings_file).window_state(WIDTHS_KEY)
    second = opened_window()
    width = second.referrals_view.list.table.horizontalHeader().sectionSize(1)
    second.close()

    assert json.loads(stored) == {"kind": 190}
    assert width == 190
