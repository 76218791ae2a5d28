"""The Field kit menu end to end: export, return, a conflict resolved in the dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from familjecenter_desktop.fieldkit.files import read_kit
from familjecenter_desktop.fieldkit.open_kit import open_field_kit
from familjecenter_desktop.referrals import accounts, records
from familjecenter_desktop.ui.fieldkit.conflict_dialog import ConflictDialog
from tests.fieldkit.conftest import PASSPHRASE, PASSWORD
from tests.fieldkit.helpers import referral_input

from .conftest import make_window


def wait(qtbot, window) -> None:
    qtbot.waitUntil(window.worker.is_idle, timeout=60_000)


def test_round_trip_through_the_window(qtbot, site, laptop, tmp_path):
    """Site window exports; laptop window returns; the dialog resolves the conflict."""
    ws, nurse = site.workspace, site.nurse
    made = records.create_referral(ws, nurse, referral_input(site.service_id))
    kit, back = tmp_path / "kit.fckit", tmp_path / "back.fckit"
    site_window = make_window(qtbot, ws, nurse)
    menu = site_window.field_kit
    assert menu.export_action.isEnabled() and not menu.return_action.isEnabled()
    assert menu.menu.title() == "&Kenttäpaketti"

    menu.start_export(nurse, kit, PASSPHRASE, True)
    wait(qtbot, site_window)
    assert kit.exists(), menu.message_box.text()
    assert "1" in menu.message_box.text()
    menu.message_box.close()

    # The laptop: opened from the kit, changed offline, return kit from its window.
    open_field_kit(laptop, read_kit(kit), PASSPHRASE, PASSWORD)
    field_nurse = accounts.authenticate(laptop, "nurse", PASSWORD)
    values = referral_input(site.service_id, note="Kentällä sovittu")
    records.update_referral(laptop, field_nurse, made.id, made.version, values)
    laptop_window = make_window(qtbot, laptop, field_nurse)
    field_menu = laptop_window.field_kit
    assert field_menu.return_action.isEnabled()
    assert not field_menu.export_action.isEnabled()
    field_menu.start_return(field_nurse, back, PASSPHRASE)
    wait(qtbot, laptop_window)
    assert back.exists(), field_menu.message_box.text()

    # Meanwhile at the site, then the import with the real conflict dialog.
    values = referral_input(site.service_id, note="Toimistolla sovittu")
    current = records.get_referral(ws, nurse, made.id)
    records.update_referral(ws, nurse, made.id, current.version, values)
    menu.start_import(nurse, back, PASSPHRASE)
    wait(qtbot, site_window)
    dialog = menu.conflict_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    cells = {
        dialog.table.verticalHeaderItem(row).text(): (
            dialog.table.item(row, 0).text(),
            dialog.table.item(row, 1).text(),
        )
        for row in range(dialog.table.rowCount())
    }
    assert cells["Huomio"] == ("Toimistolla sovittu", "Kentällä sovittu")
    assert dialog.table.item(list(cells).index("Huomio"), 0).font().bold()
    site_history, field_history = cells["Historia (uusimmat)"]
    assert "luotu" in site_history and "muokattu" in field_history
    assert "create →" not in site_history + field_history
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.grab().save(str(tmp_path / "conflict.png"))

    qtbot.mouseClick(dialog.keep_field, Qt.MouseButton.LeftButton)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait(qtbot, site_window)

    assert records.get_referral(ws, nurse, made.id).note == "Kentällä sovittu"
    text = menu.message_box.text()
    assert "Otettu kannettavalta: 1" in text
    view = records.get_referral(ws, nurse, made.id)
    assert view.events[-1].action == "field_kit_kept_field"


def test_a_wrong_passphrase_is_shown_in_finnish(qtbot, site, laptop, tmp_path):
    """A refused kit is named in the UI language and nothing is imported."""
    ws, nurse = site.workspace, site.nurse
    kit = tmp_path / "kit.fckit"
    window = make_window(qtbot, ws, nurse)
    window.field_kit.start_export(nurse, kit, PASSPHRASE, False)
    wait(qtbot, window)
    window.field_kit.message_box.close()

    window.field_kit.start_import(nurse, kit, "väärä salalause 123")
    wait(qtbot, window)

    text = window.field_kit.message_box.text()
    assert "paluupaketti" in text.lower() or "salalause" in text.lower()
