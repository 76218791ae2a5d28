"""File → Import PTV data: the import runs off the GUI thread and reports back."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from familjecenter_desktop.ui import import_action
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.main_window import MainWindow


@pytest.fixture
def empty_window(qtbot, workspace):
    """The window in Finnish on an empty catalogue."""
    translations = Translations()
    translations.install("fi")
    window = MainWindow(workspace.settings, translations)
    qtbot.addWidget(window)
    window.show()
    window.attach_workspace(workspace)
    assert window.worker.wait_idle()
    yield window
    window.worker.shutdown()
    translations.install("en")


def message_box(window) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_importing_real_ptv_records_reports_and_refreshes(
    qtbot, empty_window, shared_data
):
    """The real PTV records are imported; the report names what was added."""
    window = empty_window
    folder = shared_data / "ptv-api-records"

    with qtbot.waitSignal(window.search_view.results_shown, timeout=30_000):
        import_action.start_import(window, window.worker, window.workspace, [folder])
    box = message_box(window)

    assert box.text() == "Tuonti valmis"
    assert "palvelut: 20 lisätty" in box.informativeText()
    assert "palvelut: 20 lisätty" not in box.detailedText()  # said once
    assert "Ohitettu" in box.detailedText()  # the code lists, behind the button
    assert window.search_view.model.total() == 20
    box.close()


def test_a_broken_file_is_named_and_nothing_is_imported(qtbot, empty_window, tmp_path):
    """Broken JSON gives a message naming the file; the catalogue is unchanged."""
    window = empty_window
    broken = tmp_path / "services" / "broken.json"
    broken.parent.mkdir()
    broken.write_text('{"id": "x", ', encoding="utf-8")

    import_action.start_import(window, window.worker, window.workspace, [broken])
    assert window.worker.wait_idle(30_000)
    box = message_box(window)

    assert box.text() == "Tuonti epäonnistui"
    assert "broken.json" in box.informativeText()
    assert "Mitään ei tuotu" in box.informativeText()
    assert window.search_view.model.total() == 0
    box.close()


def test_an_empty_folder_is_refused_in_the_ui_language(qtbot, empty_window, tmp_path):
    """An empty folder: 'no PTV JSON files' in Finnish, not 'Import done'."""
    window = empty_window
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)

    import_action.start_import(window, window.worker, window.workspace, [empty])
    assert window.worker.wait_idle(30_000)
    box = message_box(window)

    assert box.text() == "Tuonti epäonnistui"
    assert str(empty) in box.informativeText()
    assert "ei ole PTV:n JSON-tiedostoja" in box.informativeText()
    box.close()


def test_a_wrong_shape_is_said_once_and_in_finnish(qtbot, empty_window, tmp_path):
    """A record of no known kind: the message once (no copy under details), in fi."""
    window = empty_window
    odd = tmp_path / "odd.json"
    odd.write_text('[{"colour": "blue"}]', encoding="utf-8")

    import_action.start_import(window, window.worker, window.workspace, [odd])
    assert window.worker.wait_idle(30_000)
    box = message_box(window)

    assert "tietue #0: väärä rakenne: ei PTV:n palvelu" in box.informativeText()
    assert "wrong shape" not in box.informativeText()
    assert box.detailedText() == ""
    box.close()


def test_skipped_code_lists_are_listed_once_in_finnish(qtbot, empty_window, tmp_path):
    """The counts in the text; each skip only under details, in Finnish."""
    window = empty_window
    codes = tmp_path / "language.json"
    codes.write_text('[{"code": "fi", "names": []}]', encoding="utf-8")

    import_action.start_import(window, window.worker, window.workspace, [codes])
    assert window.worker.wait_idle(30_000)
    box = message_box(window)

    assert box.text() == "Tuonti valmis"
    assert "PTV:n koodisto, ei palveluluettelon tietue" in box.detailedText()
    assert "koodisto, ei" not in box.informativeText()
    box.close()
