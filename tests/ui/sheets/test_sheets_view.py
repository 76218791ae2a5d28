"""The guidance-sheet tab: basket from the look-up, preview, save, print."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter

from familjecenter_desktop.sheets.phrases import load_phrasebook

_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", Path(__file__).resolve().parents[2] / "sheets" / "helpers.py"
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)


def sheets(window):
    return window.sheets_view


def fill_basket(window, qtbot, *keys: str):
    view = sheets(window)
    for key in keys:
        window.add_to_basket_requested.emit(window.ids[key])
    assert window.worker.wait_idle()
    view.refresh_preview()
    qtbot.waitUntil(lambda: view.built is not None, timeout=10_000)
    assert window.worker.wait_idle()
    return view


def test_sheet_tab_is_in_the_window(window):
    """The main window has a guidance-sheet tab next to the look-up."""
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]

    assert window.tabs.indexOf(sheets(window)) >= 0
    assert "Ohjauslomake" in titles


def test_family_language_starts_as_finnish(window):
    """Until the worker picks another language, the sheet is in Finnish."""
    assert sheets(window).options_panel.options().lang == "fi"


def test_services_from_the_look_up_land_in_the_basket_once(window, qtbot):
    """Adding from search results puts each service in the basket once, by name."""
    view = fill_basket(window, qtbot, "clinic", "cafe", "clinic")

    assert view.basket.ids() == [window.ids["clinic"], window.ids["cafe"]]
    assert view.basket.item(0).text() == "Lastenneuvola"


def test_preview_shows_every_page(window, qtbot):
    """The preview shows one image per page of the built sheet."""
    view = fill_basket(window, qtbot, "clinic", "counselling", "cafe")

    assert len(view.preview.labels) == view.built.sheet.pages >= 1
    assert view.save_button.isEnabled() and view.print_button.isEnabled()


def test_preview_pages_are_whole_and_fit_the_pane(window, qtbot):
    """Each page is shown whole, in A4 proportions, no wider than the pane, one
    below the other from the moment it is shown; a narrower pane shrinks the
    pages instead of cutting them."""
    from familjecenter_desktop.ui.sheets.preview import PreviewArea

    built = fill_basket(window, qtbot, "clinic", "counselling", "cafe").built
    preview = PreviewArea()
    qtbot.addWidget(preview)
    preview.show()

    for width in (900, 420):
        preview.resize(width, 600)
        preview.show_pages(built.images)
        bottom = 0
        for label in preview.labels:
            pixmap = label.pixmap()
            shown = pixmap.width() / pixmap.devicePixelRatio()
            high = pixmap.height() / pixmap.devicePixelRatio()
            assert shown <= preview.viewport().width()
            assert high / shown == pytest.approx(297 / 210, rel=0.01)
            assert label.height() >= high and label.y() >= bottom
            bottom = label.y() + label.height()
    assert shown < 420


def test_language_and_kind_choices_shape_the_sheet(window, qtbot):
    """Choosing Arabic and the card builds an Arabic card; unreviewed is shown."""
    view = sheets(window)
    view.options_panel.set_language("ar")
    view.options_panel.kind.setCurrentIndex(1)

    view = fill_basket(window, qtbot, "cafe")

    assert view.built.options.lang == "ar" and view.built.options.kind == "card"
    assert not load_phrasebook("ar").reviewed
    language_text = view.options_panel.language.currentText()
    assert "العربية" in language_text and "ei tarkistettu" in language_text
    assert "ei ole tarkistanut" in view.options_panel.status.text()
    assert view.options_panel.status.toolTip() == load_phrasebook("ar").status_note


def test_save_writes_the_pdf(window, qtbot, tmp_path):
    """Save as PDF writes the previewed sheet on the worker."""
    view = fill_basket(window, qtbot, "clinic")
    target = tmp_path / "arkki.pdf"

    view.save_to(str(target))

    assert window.worker.wait_idle()
    assert target.read_bytes() == view.built.sheet.pdf
    assert str(target) in view.message.text()


def test_print_keeps_the_real_paper_size(window, qtbot, tmp_path):
    """Printing (to a PDF printer here) gives A4 pages whatever the screen scale."""
    view = fill_basket(window, qtbot, "clinic", "counselling", "cafe")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    from familjecenter_desktop.ui.sheets.printing import prepare_printer

    prepare_printer(printer, view.built.sheet.pdf)
    view.print_on(printer)

    assert window.worker.wait_idle(60_000)
    reader = pypdf.PdfReader(io.BytesIO(target.read_bytes()))
    assert len(reader.pages) == view.built.sheet.pages
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    # The printed pages carry the sheet itself: its QR codes still scan.
    wanted = helpers.decode_qr(view.built.sheet.pdf, tmp_path)
    (tmp_path / "printed").mkdir()
    assert wanted and helpers.decode_qr(target.read_bytes(), tmp_path / "printed") == (
        wanted
    )


def test_empty_basket_disables_saving(window, qtbot):
    """With nothing in the basket there is nothing to save or print."""
    view = fill_basket(window, qtbot, "cafe")

    view.basket.clear_all()
    view.refresh_preview()

    assert not view.save_button.isEnabled()
    assert view.preview.labels == []


def test_a_printer_that_cannot_start_is_named(window, qtbot, tmp_path):
    """Printing to a file in a missing folder fails with a Finnish message naming
    it; the buttons come back and nothing is written."""
    view = fill_basket(window, qtbot, "cafe")
    target = tmp_path / "puuttuu" / "tuloste.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))

    view.print_on(printer)
    assert window.worker.wait_idle(30_000)

    assert view.message.text().startswith("Tulostus ei alkanut")
    assert str(target) in view.message.text()
    assert view.print_button.isEnabled()
    assert not target.exists()


def test_save_as_pdf_proposes_a_name_in_documents_and_adds_pdf(
    window, qtbot, monkeypatch, tmp_path
):
    """The dialog opens in Documents (else home) with 'ohjauslomake.pdf'; a name
    typed without a suffix is saved with '.pdf' added."""
    from PySide6.QtWidgets import QFileDialog

    from familjecenter_desktop.ui.sheets import sheet_actions

    view = fill_basket(window, qtbot, "clinic")
    monkeypatch.setattr(sheet_actions, "documents_folder", lambda: tmp_path)
    asked = {}

    def answer(parent, title, start, filters):
        asked["start"] = start
        return str(tmp_path / "sheet_fi"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)

    view.choose_and_save()
    assert window.worker.wait_idle()

    assert asked["start"] == str(tmp_path / "ohjauslomake.pdf")
    assert (tmp_path / "sheet_fi.pdf").read_bytes().startswith(b"%PDF")
    assert not (tmp_path / "sheet_fi").exists()


def test_documents_folder_is_a_real_folder_not_the_working_folder(
    tmp_path, monkeypatch
):
    """The start folder never depends on where the program was started."""
    from familjecenter_desktop.ui.sheets.sheet_actions import documents_folder

    monkeypatch.chdir(tmp_path)

    folder = documents_folder()

    assert folder.is_dir() and folder != tmp_path


@pytest.mark.parametrize(
    ("typed", "saved"),
    [
        ("/tmp/ux/sheet_fi", "/tmp/ux/sheet_fi.pdf"),
        ("/tmp/ux/sheet.pdf", "/tmp/ux/sheet.pdf"),
        ("/tmp/ux/sheet.PDF", "/tmp/ux/sheet.PDF"),
        ("", ""),
    ],
)
def test_a_name_without_a_suffix_gets_pdf(typed, saved):
    from familjecenter_desktop.ui.sheets.sheet_actions import with_pdf_suffix

    assert with_pdf_suffix(typed) == saved
