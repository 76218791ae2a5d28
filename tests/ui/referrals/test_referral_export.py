"""Export… in the referral detail: a whole file or none, logged, refusals in words."""

from __future__ import annotations

import errno
import json
import os

import pytest
from PySide6.QtWidgets import QFileDialog

from familjecenter_desktop.core import atomic
from familjecenter_desktop.db.models import AccessLogEntry
from familjecenter_desktop.referrals import records
from familjecenter_desktop.ui.referrals.export_action import may_export
from tests.referrals.helpers import referral_input


def chosen_referral(setting, qtbot, workspace):
    """The nurse's list with one referral chosen in the detail."""
    made = records.create_referral(
        workspace, setting.nurse, referral_input(setting.service_id)
    )
    setting.view.show()
    setting.view.set_actor(setting.nurse)
    setting.settle(qtbot)
    setting.view.list.table.selectRow(0)
    setting.settle(qtbot)
    return setting.view.list, made


def exports_logged(workspace, referral_id: int) -> int:
    with workspace.session() as session:
        return (
            session.query(AccessLogEntry)
            .filter_by(referral_id=referral_id, action="export")
            .count()
        )


def click_export(monkeypatch, qtbot, setting, listing, target) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    listing.export_button.click()
    setting.settle(qtbot)


def leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".referral-")]


def test_the_nurse_exports_the_referral_to_the_chosen_file(
    setting, qtbot, workspace, tmp_path, monkeypatch
):
    """Export… writes the referral as JSON to the chosen file and logs the export."""
    listing, made = chosen_referral(setting, qtbot, workspace)
    target = tmp_path / "perheen-pyynto.json"
    assert listing.export_button.isEnabled()

    click_export(monkeypatch, qtbot, setting, listing, target)

    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["id"] == made.id
    assert data["family"]["reference"] == "TT-1"
    assert exports_logged(workspace, made.id) == 1
    assert str(target) in listing.exporter.message_box.text()
    assert leftovers(tmp_path) == []
    assert listing.export_button.isEnabled()


def test_only_roles_the_permissions_allow_may_export(setting):
    """Nurses and social workers may export; coordinators and administrators not."""
    assert may_export(setting.nurse) and may_export(setting.colleague)
    assert not may_export(setting.coordinator)
    assert not may_export(setting.admin)
    assert not may_export(None)


def test_a_refused_export_writes_nothing(setting, qtbot, workspace, tmp_path):
    """A role without the export right is refused in words; no file, no log."""
    listing, made = chosen_referral(setting, qtbot, workspace)
    target = tmp_path / "export.json"

    listing.exporter.export(workspace, setting.coordinator, made.id, "fi", target)
    setting.settle(qtbot)

    assert "role does not allow" in listing.exporter.message_box.text()
    assert not target.exists() and leftovers(tmp_path) == []
    assert exports_logged(workspace, made.id) == 0


def test_a_full_disk_leaves_the_earlier_file_whole(
    setting, qtbot, workspace, tmp_path, monkeypatch
):
    """No space while writing: the message says so, the old file is untouched."""
    listing, made = chosen_referral(setting, qtbot, workspace)
    target = tmp_path / "export.json"
    target.write_text("the earlier export\n", encoding="utf-8")

    def no_space(_fd):  # the disk fills up while the file is written
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    click_export(monkeypatch, qtbot, setting, listing, target)

    assert "disk is full" in listing.exporter.message_box.text()
    assert target.read_text(encoding="utf-8") == "the earlier export\n"
    assert leftovers(tmp_path) == []


def test_a_read_only_folder_is_named_before_anything_is_logged(
    setting, qtbot, workspace, tmp_path, monkeypatch
):
    """A folder that cannot be written to is refused before the export is logged."""
    listing, made = chosen_referral(setting, qtbot, workspace)
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:  # root writes anyway: answer as the OS does for others

        def refused(*_args, **_kwargs):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)

    try:
        click_export(monkeypatch, qtbot, setting, listing, folder / "export.json")
    finally:
        folder.chmod(0o755)

    assert "read-only" in listing.exporter.message_box.text()
    assert list(folder.iterdir()) == []
    assert exports_logged(workspace, made.id) == 0


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_missing_folder_is_told_in_the_ui_language(
    setting, qtbot, workspace, tmp_path, monkeypatch, lang
):
    """The folder no longer exists: the message is in Finnish or Swedish."""
    from familjecenter_desktop.ui.i18n import Translations

    listing, made = chosen_referral(setting, qtbot, workspace)
    translations = Translations()
    translations.install(lang)
    try:
        click_export(monkeypatch, qtbot, setting, listing, tmp_path / "gone" / "x.json")
        text = listing.exporter.message_box.text()
    finally:
        translations.install("en")

    expected = {"fi": "kansiota ei ole olemassa", "sv": "finns inte"}[lang]
    assert expected in text
    assert exports_logged(workspace, made.id) == 0
