"""The Units page: editing keeps every language's name, checks stay in the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from familjecenter_desktop.db.models import Organisation
from familjecenter_desktop.referrals import actors
from familjecenter_desktop.ui.admin.units_page import UnitDialog
from familjecenter_desktop.ui.i18n import Translations

NAMES = {"fi": "Neuvola Keskusta", "sv": "Rådgivningen Centrum"}


def when_dialog_opens(qtbot, step) -> list:
    """Run ``step(dialog)`` on the next modal dialog; return what it reports."""
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(step(dialog))

    QTimer.singleShot(0, look)
    return seen


def press_ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok
    ).click()


def open_units_page(setting, qtbot, lang: str):
    Translations().install(lang)
    setting.view.set_ui_language(lang)
    setting.view.set_actor(setting.admin)
    setting.settle(qtbot)
    return setting.view.admin.units


def select_unit(page, unit_id: int) -> None:
    for row in range(page.table.rowCount()):
        if page.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == unit_id:
            page.table.selectRow(row)
            return
    raise AssertionError("unit not listed")


@pytest.mark.parametrize("lang", ["sv", "fi"])
def test_changing_the_phone_keeps_both_names(setting, qtbot, workspace, lang):
    """Each name field shows its own language; only the phone changes."""
    unit_id = actors.add_unit(workspace, setting.admin, dict(NAMES))
    page = open_units_page(setting, qtbot, lang)
    select_unit(page, unit_id)

    def change_phone(dialog: UnitDialog):
        shown = (dialog.name_fi.text(), dialog.name_sv.text())
        dialog.phone.setText("029 123 4567")
        press_ok(dialog)
        return shown

    seen = when_dialog_opens(qtbot, change_phone)
    page.edit_unit()
    setting.settle(qtbot)

    with workspace.session() as session:
        unit = session.get(Organisation, unit_id)
        stored = (dict(unit.name), unit.phone)
    assert seen == [(NAMES["fi"], NAMES["sv"])]
    assert stored == (NAMES, "+358291234567")
    Translations().install("en")


def test_changing_one_name_keeps_the_other(setting, qtbot, workspace):
    """A new Swedish name changes only the Swedish name."""
    unit_id = actors.add_unit(workspace, setting.admin, dict(NAMES))
    page = open_units_page(setting, qtbot, "sv")
    select_unit(page, unit_id)

    def rename(dialog: UnitDialog):
        dialog.name_sv.setText("Rådgivningen Torget")
        press_ok(dialog)

    when_dialog_opens(qtbot, rename)
    page.edit_unit()
    setting.settle(qtbot)

    with workspace.session() as session:
        name = dict(session.get(Organisation, unit_id).name)
    assert name == {"fi": NAMES["fi"], "sv": "Rådgivningen Torget"}
    Translations().install("en")
