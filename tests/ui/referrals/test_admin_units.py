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


# The lookers of the running test; stopped when it ends, so that one still
# waiting cannot act on a dialog of a later test.
_LOOKING: list[list[bool]] = []


@pytest.fixture(autouse=True)
def _stop_looking():
    yield
    for active in _LOOKING:
        active[0] = False
    _LOOKING.clear()


def when_dialog_opens(qtbot, step) -> list:
    """Run ``step(dialog)`` on the next modal dialog; return what it reports."""
    seen = []
    active = [True]
    _LOOKING.append(active)

    def look() -> None:
        if not active[0]:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        try:
            seen.append(step(dialog))
        finally:
            if dialog.isVisible():  # a failed step must not leave the test hanging
                dialog.reject()

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


def test_a_bad_email_and_phone_keep_the_unit_dialog_open(
    setting, qtbot, workspace, monkeypatch
):
    """Each problem is shown on its own line inside the dialog; what was typed
    stays, and OK works once the values are fixed."""
    from PySide6.QtWidgets import QMessageBox

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    page = open_units_page(setting, qtbot, "fi")
    before = len(page.units)

    def fill_badly(dialog: UnitDialog):
        dialog.name_fi.setText("Perhekeskus Pohjoinen")
        dialog.email.setText("not-an-email")
        dialog.phone.setText("040 ABC 1234")
        press_ok(dialog)
        seen = (
            dialog.isVisible(),
            dialog.problems.text().split("\n"),
            dialog.name_fi.text(),
            dialog.email.text(),
        )
        dialog.email.setText("pohjoinen@example.fi")
        dialog.phone.setText("040 123 4567")
        press_ok(dialog)
        return seen + (dialog.isVisible(),)

    seen = when_dialog_opens(qtbot, fill_badly)
    page.add_unit()
    setting.settle(qtbot)

    open_then, problems, name, email, open_at_last = seen[0]
    assert open_then and not open_at_last
    assert (name, email) == ("Perhekeskus Pohjoinen", "not-an-email")
    assert len(problems) == 2
    assert problems[0] == "Sähköpostiosoitteen pitäisi olla muotoa nimi@example.fi."
    assert len(page.units) == before + 1 and not warned
    Translations().install("en")


def test_a_new_unit_is_offered_for_a_new_account_at_once(setting, qtbot):
    """The unit choice of "Add account…" lists a unit added a moment ago."""
    from familjecenter_desktop.ui.admin.account_dialogs import AccountDialog

    units = open_units_page(setting, qtbot, "en")
    units.create({"fi": "Perhekeskus Etelä"}, None, "", "")
    setting.settle(qtbot)

    def unit_choices(dialog: AccountDialog):
        labels = [dialog.unit.itemText(i) for i in range(dialog.unit.count())]
        dialog.reject()
        return labels

    seen = when_dialog_opens(qtbot, unit_choices)
    setting.view.admin.staff.add_user()

    assert "Perhekeskus Etelä" in seen[0]
