"""Start-up in the window: first administrator, unlocking, integrity, restore."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from familjecenter_desktop.workspace import ENCRYPTED, open_workspace, store_state

from .conftest import PASSWORD, damage, make_store, unlock


def test_the_first_start_creates_the_administrator_and_an_encrypted_store(
    qtbot, tmp_path, started
):
    """A new folder asks for the administrator; then it is logged in, encrypted."""
    run = started(tmp_path / "data", "fi")
    dialog = run.startup.dialog
    assert dialog.windowTitle() == "Ensimmäinen käynnistys: pääkäyttäjä"
    dialog.username.setText("admin")
    dialog.display_name.setText("Testi Ylläpitäjä")
    dialog.password.setText(PASSWORD)
    dialog.password_again.setText("eri-salasana-000")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == "Salasanat eivät täsmää."
    dialog.password_again.setText(PASSWORD)
    dialog.buttons.accepted.emit()

    qtbot.waitUntil(lambda: bool(run.opened), timeout=60_000)

    assert run.opened[0].encrypted
    assert store_state(tmp_path / "data") == ENCRYPTED
    assert run.window.referrals_view.actor.username == "admin"
    assert run.actions.backup_action.isEnabled()


def test_a_wrong_password_asks_again_and_the_right_one_opens(qtbot, tmp_path, started):
    """The unlock dialog comes back with the message; the right password opens."""
    make_store(tmp_path / "data").close()
    run = started(tmp_path / "data")
    dialog = run.startup.dialog
    dialog.username.setText("admin")
    dialog.password.setText("vaara-salasana-1")
    dialog.buttons.accepted.emit()

    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=60_000)
    run.worker.wait_idle(60_000)
    assert dialog.isVisible()
    assert dialog.error.text() == "Wrong user name or password."
    assert run.opened == []

    dialog.password.setText(PASSWORD)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(run.opened), timeout=60_000)
    assert run.window.referrals_view.actor.username == "admin"


def test_a_damaged_store_offers_read_only(qtbot, tmp_path, started, monkeypatch):
    """The integrity dialog's read-only choice opens without saving anything.

    Reading the damaged page later fails with a warning box; it is recorded
    here instead of waiting for a click.
    """
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args))
    data = tmp_path / "data"
    ws = make_store(data, units=30)
    ws.close()
    damage(data)
    run = started(data)
    unlock(run)

    qtbot.waitUntil(lambda: run.startup.integrity is not None, timeout=60_000)
    integrity = run.startup.integrity
    assert "integrity check" in integrity.text()
    integrity.read_only_button.click()
    qtbot.waitUntil(lambda: bool(run.opened), timeout=60_000)

    assert run.opened[0].read_only
    assert not run.actions.backup_action.isEnabled()
    assert "(read-only)" in run.window.windowTitle()


def test_a_damaged_store_is_repaired_from_a_backup(qtbot, tmp_path, started):
    """Restore from the integrity dialog: choose, confirm, and the store opens."""
    data = tmp_path / "data"
    ws = make_store(data, units=30)
    ws.backup_now()
    ws.close()
    damage(data)
    run = started(data)
    unlock(run)
    qtbot.waitUntil(lambda: run.startup.integrity is not None, timeout=60_000)
    run.startup.integrity.restore_button.click()

    restore = run.startup.restore_dialog
    assert restore.list.count() >= 1
    assert not restore.ok.isEnabled(), "nothing is restored without confirming"
    restore.confirm.setChecked(True)
    restore.ok.click()
    qtbot.waitUntil(lambda: bool(run.opened), timeout=60_000)

    assert not run.opened[0].read_only
    assert any(b.reason == "damaged" for b in run.opened[0].backups())


def test_restore_from_the_file_menu(qtbot, tmp_path, started):
    """An administrator restores a backup from the window; the data goes back."""
    data = tmp_path / "data"
    make_store(data, units=2).close()
    run = started(data)
    unlock(run)
    qtbot.waitUntil(lambda: bool(run.opened), timeout=60_000)
    workspace = run.opened[0]
    chosen = workspace.backup_now()
    from familjecenter_desktop.referrals import actors

    actors.add_unit(workspace, workspace.actor, {"fi": "Myöhemmin lisätty"})

    run.actions.choose_restore()
    dialog = run.actions.dialog
    for row in range(dialog.list.count()):
        if dialog.list.item(row).data(256) == str(chosen):
            dialog.list.setCurrentRow(row)
    dialog.confirm.setChecked(True)
    dialog.ok.click()
    run.worker.wait_idle(60_000)

    names = {u.name for u in actors.list_units(workspace)}
    assert not any("Myöhemmin" in str(n) for n in names)
    assert "restored" in run.window.statusBar().currentMessage()


def test_a_plain_store_is_encrypted_at_the_administrators_login(
    qtbot, tmp_path, started
):
    """A store from before encryption asks an administrator in, then is encrypted."""
    from familjecenter_desktop.referrals import accounts

    data = tmp_path / "data"
    plain = open_workspace(data, load_demo=False)
    accounts.create_first_admin(plain, "admin", "Testi", PASSWORD)
    plain.close()
    run = started(data)
    qtbot.waitUntil(lambda: run.startup.dialog is not None, timeout=60_000)

    assert run.startup.dialog.windowTitle() == "Encrypt the data"
    unlock(run)
    qtbot.waitUntil(lambda: bool(run.opened), timeout=60_000)

    assert run.opened[0].encrypted
    assert store_state(data) == ENCRYPTED


def test_a_user_name_with_a_space_is_refused_in_the_first_start_dialog(
    qtbot, tmp_path, started
):
    """The dialog says why and stays open; nothing is created, the window lives on."""
    run = started(tmp_path / "data", "fi")
    dialog = run.startup.dialog
    dialog.username.setText("ad min")
    dialog.display_name.setText("Testi Ylläpitäjä")
    dialog.password.setText(PASSWORD)
    dialog.password_again.setText(PASSWORD)

    dialog.buttons.accepted.emit()

    assert dialog.isVisible()
    assert dialog.error.text() == "Käyttäjätunnus on 1–64 merkkiä ilman välilyöntejä."
    assert run.opened == [] and run.worker.is_idle()


def test_refused_details_from_opening_come_back_to_the_dialog(qtbot, tmp_path, started):
    """Input refused while the store is made is shown in the dialog, not a dead end."""
    from familjecenter_desktop.referrals.errors import InvalidInputError

    run = started(tmp_path / "data")
    dialog = run.startup.dialog
    dialog.hide()

    run.startup._outcome(
        InvalidInputError(
            [
                ("username", "The user name is 1–64 characters without spaces."),
                ("display_name", "Give the person's name."),
            ]
        )
    )

    assert dialog.isVisible()
    assert dialog.error.text() == (
        "The user name is 1–64 characters without spaces.\nGive the person's name."
    )
