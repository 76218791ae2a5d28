"""The referral-sheet dialog: preview in the family's language, logged print/save."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from familjecenter_desktop.ui.sheets.referral_print import open_referral_sheet
from familjecenter_desktop.ui.worker import Worker

TESTS = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", TESTS / "sheets" / "helpers.py"
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)


@pytest.fixture
def setting(workspace):
    """A nurse's referral (the family prefers Arabic, an internal note)."""
    made = helpers.made_up_referral(workspace, language="arabia")
    return workspace, made.nurse, made.coordinator, made.referral_id


@pytest.fixture
def worker(qtbot):
    """A worker, with the interface in Finnish as a family centre would use it."""
    from familjecenter_desktop.ui.i18n import Translations

    translations = Translations()
    translations.install("fi")
    worker = Worker()
    yield worker
    worker.shutdown()
    translations.install("en")


def open_dialog(qtbot, worker, workspace, actor, referral_id):
    dialog = open_referral_sheet(None, workspace, actor, referral_id, worker)
    qtbot.addWidget(dialog)
    assert worker.wait_idle(30_000)
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    """A printer that writes a PDF file (a low resolution keeps the test light)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(150)
    return printer


def test_preview_opens_in_the_familys_language_without_a_print_entry(
    qtbot, worker, setting
):
    """The family prefers Arabic: the preview is Arabic and marked unreviewed; only
    a view is logged until something is printed."""
    workspace, nurse, _coord, referral_id = setting

    dialog = open_dialog(qtbot, worker, workspace, nurse, referral_id)

    assert dialog.built is not None
    assert dialog.built.preview.lang == "ar"
    assert dialog.options_panel.language.currentData() == "ar"
    assert "ei tarkistettu" in dialog.options_panel.language.currentText()
    assert dialog.windowTitle() == "Tiedote perheelle"
    assert len(dialog.preview.labels) == dialog.built.preview.sheet.pages >= 1
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert "print" not in helpers.access_log_actions(workspace, referral_id)
    assert not dialog.options_panel.kind.isVisible()


def test_changing_the_language_rebuilds_the_preview(qtbot, worker, setting):
    """Choosing Finnish and A5 rebuilds the sheet in Finnish on A5, without
    reading the referral again."""
    workspace, nurse, _coord, referral_id = setting
    dialog = open_dialog(qtbot, worker, workspace, nurse, referral_id)

    dialog.options_panel.set_language("fi")
    dialog.options_panel.size.setCurrentIndex(1)
    dialog.refresh_preview()
    assert worker.wait_idle(30_000)

    assert dialog.built.preview.lang == "fi"
    reader = pypdf.PdfReader(io.BytesIO(dialog.built.preview.sheet.pdf))
    assert round(float(reader.pages[0].mediabox.width)) == 420
    # The referral was read (and logged) once, for the first preview.
    assert helpers.access_log_actions(workspace, referral_id).count("view") == 1


def test_save_logs_a_print_and_writes_only_what_the_family_knows(
    qtbot, worker, setting, tmp_path
):
    """Saving as PDF writes the family's sheet and one print entry; no notes."""
    workspace, nurse, _coord, referral_id = setting
    dialog = open_dialog(qtbot, worker, workspace, nurse, referral_id)
    dialog.options_panel.set_language("fi", quiet=True)
    dialog.phone.setText("09 100 200")
    target = tmp_path / "ohjaus.pdf"

    dialog.save_to(str(target))
    assert worker.wait_idle(30_000)

    assert str(target) in dialog.message.text()
    text = helpers.pdf_text(target.read_bytes(), tmp_path)
    assert "Perheneuvonta" in text and "09 100 200" in text
    assert "18.12.2026" in text
    assert helpers.SECRET_NOTE not in text and "Testi Testinen" not in text
    assert helpers.access_log_actions(workspace, referral_id).count("print") == 1
    assert dialog.close_button.isEnabled()


def test_print_runs_off_the_gui_thread_logs_and_keeps_paper_size(
    qtbot, worker, setting, tmp_path
):
    """Printing returns at once, the dialog refuses to close until the pages are
    out, the printed file has the sheet's pages on A4, and the print is logged."""
    workspace, nurse, _coord, referral_id = setting
    dialog = open_dialog(qtbot, worker, workspace, nurse, referral_id)
    target = tmp_path / "printed.pdf"
    printer = pdf_printer(target)

    dialog.print_on(printer)

    assert not worker.is_idle()
    assert not dialog.print_button.isEnabled()
    dialog.close()
    assert dialog.isVisible()
    assert worker.wait_idle(60_000)
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == dialog.built.preview.sheet.pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    assert helpers.access_log_actions(workspace, referral_id).count("print") == 1
    pages = dialog.built.preview.sheet.pages
    assert dialog.message.text() in (
        f"{pages} sivu lähetetty tulostimelle.",
        f"{pages} sivua lähetetty tulostimelle.",
    )


def test_a_failing_printer_is_named_and_the_dialog_recovers(
    qtbot, worker, setting, tmp_path
):
    """A printer that cannot start gives a message naming it; buttons come back."""
    workspace, nurse, _coord, referral_id = setting
    dialog = open_dialog(qtbot, worker, workspace, nurse, referral_id)
    target = tmp_path / "no-such-folder" / "printed.pdf"

    dialog.print_on(pdf_printer(target))
    assert worker.wait_idle(30_000)

    assert "Tulostus ei alkanut" in dialog.message.text()
    assert str(target) in dialog.message.text()
    assert dialog.print_button.isEnabled() and dialog.close_button.isEnabled()
    assert not target.exists()


def test_a_user_who_may_not_print_gets_no_sheet(qtbot, worker, setting):
    """A coordinator sees the refusal and nothing is logged as printed."""
    workspace, _nurse, coordinator, referral_id = setting

    dialog = open_dialog(qtbot, worker, workspace, coordinator, referral_id)

    assert dialog.built is None
    assert "ei salli" in dialog.message.text()
    assert not dialog.print_button.isEnabled()
    assert "print" not in helpers.access_log_actions(workspace, referral_id)


def test_saving_into_a_missing_folder_names_the_problem(
    qtbot, worker, setting, tmp_path
):
    """A target folder that does not exist gives a message naming the file and
    the reason, in the UI language; nothing is written."""
    workspace, nurse, _coord, referral_id = setting
    dialog = open_dialog(qtbot, worker, workspace, nurse, referral_id)
    target = tmp_path / "ei-ole" / "ohjaus.pdf"

    dialog.save_to(str(target))
    assert worker.wait_idle(30_000)

    assert dialog.message.text() == (
        f"Lomaketta ei voitu tallentaa kohteeseen {target}: kansiota ei ole"
    )
    assert not target.parent.exists()
    assert dialog.save_button.isEnabled()


def test_a_phone_with_letters_is_refused_and_nothing_is_saved(
    qtbot, worker, setting, tmp_path
):
    """'040 ABC' as the family's phone: the form's message in Finnish, the save
    and print buttons off, no file and no print entry."""
    workspace, nurse, _coord, referral_id = setting
    dialog = open_dialog(qtbot, worker, workspace, nurse, referral_id)
    dialog.phone.setText("040 ABC")
    target = tmp_path / "ohjaus.pdf"

    dialog.refresh_preview()
    assert worker.wait_idle(30_000)
    shown = dialog.message.text()
    dialog.save_to(str(target))
    assert worker.wait_idle(30_000)

    assert shown.startswith("Puhelinnumerossa voi olla vain numeroita")
    assert "phone number may hold" not in shown
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    assert not target.exists()
    assert "print" not in helpers.access_log_actions(workspace, referral_id)
