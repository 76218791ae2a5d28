"""A new outreach laptop opens a field kit at its first start, with no administrator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from familjecenter_desktop.fieldkit.export import export_field_kit
from familjecenter_desktop.referrals import records
from familjecenter_desktop.workspace import (
    ENCRYPTED,
    Credentials,
    open_workspace,
    store_state,
)
from tests.fieldkit.conftest import FAST_KDF, PASSPHRASE, PASSWORD, build_site
from tests.fieldkit.helpers import referral_input

from .conftest import started  # noqa: F401  (the fixture)


def type_into(widget, text: str) -> None:
    """Type per character (qtbot.keyClicks aborts on ä and ö)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            )


def a_kit(tmp_path):
    """A kit for the nurse of a made-up site, with one referral of hers."""
    workspace = open_workspace(tmp_path / "site", load_demo=False)
    site = build_site(workspace)
    made = records.create_referral(
        workspace, site.nurse, referral_input(site.service_id)
    )
    path = tmp_path / "kit.fckit"
    export_field_kit(workspace, site.nurse, PASSPHRASE, path, True, kdf=FAST_KDF)
    workspace.close()
    return path, made


def test_the_first_start_opens_a_kit_into_the_usual_data_folder(
    qtbot,
    tmp_path,
    started,  # noqa: F811
):
    """No administrator is made; the kit's store is the laptop's store from now on."""
    kit, made = a_kit(tmp_path)
    data = tmp_path / "laptop"
    run = started(data, "fi")
    first = run.startup.dialog
    assert first.kit_button.text() == "Avaa &kenttäpaketti sen sijaan…"

    qtbot.mouseClick(first.kit_button, Qt.MouseButton.LeftButton)
    flow = run.window.field_kit.open_flow
    dialog = flow.dialog
    suggested = dialog.folder.text()
    type_into(dialog.file, str(kit))
    type_into(dialog.passphrase_edit, PASSPHRASE)
    type_into(dialog.password, PASSWORD)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.window.workspace is not None, timeout=60_000)
    run.worker.wait_idle(60_000)
    field = run.window.workspace
    message = run.window.field_kit.message_box.text()
    listed = run.window.referrals_view.list
    qtbot.waitUntil(lambda: listed.model.rowCount() == 1, timeout=30_000)
    run.window.field_kit.message_box.close()
    flow.close_opened()

    assert not first.isVisible()
    assert suggested == str(data.resolve())
    assert field.paths.data == data.resolve()
    assert run.window.referrals_view.actor.username == "nurse"
    assert "tavalliseen tapaan" in message and "--data-dir" not in message
    assert store_state(data) == ENCRYPTED
    again = open_workspace(
        data, load_demo=False, credentials=Credentials("nurse", PASSWORD)
    )
    assert again.actor.username == "nurse"
    assert records.get_referral(again, again.actor, made.id).id == made.id
    again.close()


def test_cancelling_the_kit_goes_back_to_the_first_start(qtbot, tmp_path, started):  # noqa: F811
    """Changing one's mind shows the administrator form again."""
    run = started(tmp_path / "laptop")
    qtbot.mouseClick(run.startup.dialog.kit_button, Qt.MouseButton.LeftButton)

    run.window.field_kit.open_flow.dialog.reject()

    assert run.startup.dialog.isVisible()
    assert run.startup.dialog.windowTitle() == "First start: the administrator"
    assert store_state(tmp_path / "laptop") != ENCRYPTED
