"""Field kit → Open a field kit… on the laptop, through the real dialog.

The kit is exported from an office store, opened into a new data folder by
typing into the dialog, the window then works on the field workspace (the
kit's referrals in the list, the return kit from the menu), and the return kit
is merged at the office. Every refusal is named in the dialog, in Finnish, and
leaves nothing in the chosen folder.
"""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from familjecenter_desktop.db.keyring import KeyRing
from familjecenter_desktop.fieldkit import errors
from familjecenter_desktop.fieldkit.container import read_header
from familjecenter_desktop.fieldkit.export import export_field_kit
from familjecenter_desktop.fieldkit.open_into import NO_ROOM, NOT_WRITABLE
from familjecenter_desktop.fieldkit.open_kit import NOT_EMPTY, WRONG_PASSWORD
from familjecenter_desktop.fieldkit.return_kit import make_return_kit
from familjecenter_desktop.fieldkit.site import is_field_workspace
from familjecenter_desktop.referrals import accounts, records
from familjecenter_desktop.ui.fieldkit.open_dialog import OpenKitDialog
from familjecenter_desktop.workspace import (
    NEW,
    Credentials,
    open_workspace,
    store_state,
)
from tests.db import test_full_disk
from tests.fieldkit.conftest import FAST_KDF, PASSPHRASE, PASSWORD, build_site
from tests.fieldkit.helpers import referral_input

from .conftest import make_window


def wait(qtbot, window) -> None:
    qtbot.waitUntil(window.worker.is_idle, timeout=60_000)


def type_into(widget, text: str) -> None:
    """Type per character (qtbot.keyClicks aborts on ä and ö)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def flow_of(window):
    return window.field_kit.open_flow


def fill_and_open(qtbot, window, kit, folder, passphrase, password) -> OpenKitDialog:
    """Choose the action, type into the dialog, press "Open the kit", wait."""
    flow = flow_of(window)
    flow.action.trigger()
    dialog = flow.dialog
    assert isinstance(dialog, OpenKitDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    type_into(dialog.file, str(kit))
    dialog.folder.clear()
    type_into(dialog.folder, str(folder))
    type_into(dialog.passphrase_edit, passphrase)
    type_into(dialog.password, password)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    wait(qtbot, window)
    return dialog


def fieldkit_text(template: str, arg: str = "") -> str:
    return QCoreApplication.translate("fieldkit", template).format(arg=arg)


@pytest.fixture
def home(tmp_path):
    """The laptop's own store, where its window starts."""
    workspace = open_workspace(tmp_path / "laptop-home", load_demo=False)
    yield workspace
    workspace.close()


@pytest.fixture
def kit(site, tmp_path):
    """A field kit for the nurse with one open referral of hers (cheap Argon2id)."""
    made = records.create_referral(
        site.workspace, site.nurse, referral_input(site.service_id)
    )
    path = tmp_path / "kit.fckit"
    export_field_kit(site.workspace, site.nurse, PASSPHRASE, path, True, kdf=FAST_KDF)
    return path, made


def test_open_a_kit_work_on_it_and_return_it(qtbot, site, home, tmp_path):
    """Exported in the office window, opened through the dialog, returned, merged."""
    ws, nurse = site.workspace, site.nurse
    made = records.create_referral(ws, nurse, referral_input(site.service_id))
    office = make_window(qtbot, ws, nurse)
    kit = tmp_path / "kit.fckit"
    office.field_kit.start_export(nurse, kit, PASSPHRASE, True)
    wait(qtbot, office)
    assert kit.exists(), office.field_kit.message_box.text()

    laptop = make_window(qtbot, home)
    flow = flow_of(laptop)
    assert laptop.field_kit.menu.actions()[0] is flow.action
    assert flow.action.text() == "&Avaa kenttäpaketti…"
    folder = tmp_path / "field"
    dialog = fill_and_open(qtbot, laptop, kit, folder, PASSPHRASE, PASSWORD)

    assert not dialog.isVisible()
    field = laptop.workspace
    assert field is not home and field.paths.data == folder.resolve()
    assert field.encrypted and is_field_workspace(field)
    assert field.settings.get("ui_language") == "fi"
    view = laptop.referrals_view
    assert view.actor.username == "nurse"
    assert laptop.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 1, timeout=30_000)
    assert laptop.field_kit.return_action.isEnabled()
    assert not laptop.field_kit.export_action.isEnabled()
    text = laptop.field_kit.message_box.text()
    assert "Testi nurse" in text and str(folder.resolve()) in text
    assert "--data-dir" in text
    laptop.field_kit.message_box.close()

    # As the command line's ``kit open`` leaves it: the password opens the folder.
    again = open_workspace(
        folder, load_demo=False, credentials=Credentials("nurse", PASSWORD)
    )
    assert again.actor.username == "nurse"
    again.close()

    # Work offline, then the return kit from the laptop's Field kit menu.
    values = referral_input(site.service_id, note="Kentällä sovittu")
    records.update_referral(field, view.actor, made.id, made.version, values)
    back = tmp_path / "back.fckit"
    laptop.field_kit.start_return(view.actor, back, PASSPHRASE)
    wait(qtbot, laptop)
    assert back.exists(), laptop.field_kit.message_box.text()

    office.field_kit.start_import(nurse, back, PASSPHRASE)
    wait(qtbot, office)
    assert records.get_referral(ws, nurse, made.id).note == "Kentällä sovittu"
    assert "Päivitetty kentältä: 1" in office.field_kit.message_box.text()
    flow.close_opened()


def tampered(data: bytes) -> bytes:
    changed = bytearray(data)
    changed[-20] ^= 0x01
    return bytes(changed)


REFUSALS = {
    "wrong passphrase": (
        lambda data: data,
        "väärä salalause 12",
        PASSWORD,
        lambda: fieldkit_text(errors.MESSAGES[errors.WRONG_PASSPHRASE]),
    ),
    "tampered": (
        tampered,
        PASSPHRASE,
        PASSWORD,
        lambda: fieldkit_text(errors.MESSAGES[errors.TAMPERED]),
    ),
    "truncated": (
        lambda data: data[:-100],
        PASSPHRASE,
        PASSWORD,
        lambda: fieldkit_text(errors.MESSAGES[errors.TRUNCATED], "100"),
    ),
    "not a kit": (
        lambda data: b"%PDF-1.7 not a kit at all",
        PASSPHRASE,
        PASSWORD,
        lambda: fieldkit_text(errors.MESSAGES[errors.NOT_A_KIT]),
    ),
    "another worker's password": (
        lambda data: data,
        PASSPHRASE,
        "jonkun toisen salasana",
        lambda: fieldkit_text(WRONG_PASSWORD, "nurse"),
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_refused_kit_is_named_and_leaves_nothing(qtbot, kit, home, tmp_path, case):
    """The dialog stays with the reason in Finnish; the chosen folder is untouched."""
    change, passphrase, password, expected = REFUSALS[case]
    path, _made = kit
    path.write_bytes(change(path.read_bytes()))
    window = make_window(qtbot, home)
    folder = tmp_path / "field"

    dialog = fill_and_open(qtbot, window, path, folder, passphrase, password)

    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == expected()
    assert not folder.exists()
    assert window.workspace is home
    assert dialog.passphrase() == "" and dialog.user_password() == ""
    assert dialog.kit_file() == path  # kept, to correct only what was wrong
    dialog.reject()


def test_a_return_kit_is_not_opened_as_a_field_kit(qtbot, site, kit, home, tmp_path):
    """The laptop's return kit, chosen by mistake, is named as such."""
    path, _made = kit
    laptop_store = open_workspace(
        tmp_path / "other-laptop", load_demo=False, encrypt_new=True
    )
    from familjecenter_desktop.fieldkit.files import read_kit
    from familjecenter_desktop.fieldkit.open_kit import open_field_kit

    open_field_kit(laptop_store, read_kit(path), PASSPHRASE, PASSWORD)
    field_nurse = accounts.authenticate(laptop_store, "nurse", PASSWORD)
    back = tmp_path / "back.fckit"
    make_return_kit(laptop_store, field_nurse, PASSPHRASE, back, kdf=FAST_KDF)
    laptop_store.close()
    window = make_window(qtbot, home)

    dialog = fill_and_open(qtbot, window, back, tmp_path / "f", PASSPHRASE, PASSWORD)

    assert dialog.error.text() == fieldkit_text(errors.NOT_FIELD_KIT)
    assert not (tmp_path / "f").exists()


def test_a_folder_with_a_kit_already_open_is_refused(qtbot, kit, home, tmp_path):
    """Opening again into the same folder says it is not empty; the first stays."""
    path, _made = kit
    window = make_window(qtbot, home)
    folder = tmp_path / "field"
    fill_and_open(qtbot, window, path, folder, PASSPHRASE, PASSWORD)
    flow = flow_of(window)
    first = window.workspace
    assert first.paths.data == folder.resolve()
    window.field_kit.message_box.close()
    ring = KeyRing.in_folder(folder).path.read_bytes()

    dialog = fill_and_open(qtbot, window, path, folder, PASSPHRASE, PASSWORD)

    assert dialog.error.text() == fieldkit_text(NOT_EMPTY)
    assert window.workspace is first
    assert KeyRing.in_folder(folder).path.read_bytes() == ring
    dialog.reject()
    flow.close_opened()


def test_an_empty_folder_that_existed_is_left_empty(qtbot, kit, home, tmp_path):
    """A refusal in a folder the nurse made herself removes only what was made."""
    path, _made = kit
    folder = tmp_path / "chosen"
    folder.mkdir()
    (folder / "muistio.txt").write_text("oma tiedosto")
    window = make_window(qtbot, home)

    dialog = fill_and_open(qtbot, window, path, folder, "väärä salalause 12", PASSWORD)

    assert dialog.error.isVisible()
    assert [p.name for p in folder.iterdir()] == ["muistio.txt"]
    assert store_state(folder) == NEW


def test_a_missing_file_is_named(qtbot, home, tmp_path):
    """A kit file that is not there: the message names it."""
    window = make_window(qtbot, home)
    missing = tmp_path / "ei-ole.fckit"

    dialog = fill_and_open(qtbot, window, missing, tmp_path / "f", PASSPHRASE, "x")

    assert str(missing) in dialog.error.text()
    assert not (tmp_path / "f").exists()


small_disk = test_full_disk.small_disk  # a 2 MiB tmpfs (root only)


def leave_free(point, kib: int) -> None:
    """Fill the small disk until only ``kib`` KiB are free."""
    stat = os.statvfs(point)
    (point / "filler").write_bytes(b"x" * (stat.f_bavail * stat.f_frsize - kib * 1024))


# Free space that runs out while the folders are made (16), while the schema is
# made (300) and while the kit's content is written (900).
@pytest.mark.parametrize("free_kib", [16, 300, 900])
def test_a_full_disk_is_named_and_leaves_nothing(
    qtbot, kit, home, small_disk, free_kib
):
    """On a really full file system the dialog says so; the disk is as before."""
    path, _made = kit
    leave_free(small_disk, free_kib)
    window = make_window(qtbot, home)
    folder = small_disk / "field"

    dialog = fill_and_open(qtbot, window, path, folder, PASSPHRASE, PASSWORD)

    assert dialog.error.text() == fieldkit_text(NO_ROOM, str(folder))
    assert "levy on täynnä" in dialog.error.text()
    assert [p.name for p in small_disk.iterdir()] == ["filler"]
    assert window.workspace is home
    dialog.reject()


def test_a_read_only_disk_is_named(qtbot, kit, home, small_disk):
    """A folder on a read-only file system: named, and the window stays as it was."""
    path, _made = kit
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    window = make_window(qtbot, home)
    folder = small_disk / "field"

    dialog = fill_and_open(qtbot, window, path, folder, PASSPHRASE, PASSWORD)

    assert dialog.error.text() == fieldkit_text(NOT_WRITABLE, str(folder))
    assert not folder.exists() and window.workspace is home
    dialog.reject()


def test_the_return_kit_is_refused_at_another_site(qtbot, kit, home, tmp_path):
    """Opened through the dialog, returned from the menu; another office says no."""
    path, _made = kit
    laptop = make_window(qtbot, home)
    dialog = fill_and_open(
        qtbot, laptop, path, tmp_path / "field", PASSPHRASE, PASSWORD
    )
    assert not dialog.isVisible()
    laptop.field_kit.message_box.close()
    back = tmp_path / "back.fckit"
    laptop.field_kit.start_return(laptop.referrals_view.actor, back, PASSPHRASE)
    wait(qtbot, laptop)
    assert back.exists(), laptop.field_kit.message_box.text()
    flow_of(laptop).close_opened()
    other = build_site(open_workspace(tmp_path / "other-site", load_demo=False))
    office = make_window(qtbot, other.workspace, other.nurse)

    office.field_kit.start_import(other.nurse, back, PASSPHRASE)
    wait(qtbot, office)

    site_id = read_header(back.read_bytes()).site_id
    assert office.field_kit.message_box.text() == fieldkit_text(
        errors.MESSAGES[errors.OTHER_SITE], site_id[:8]
    )
    other.workspace.close()
