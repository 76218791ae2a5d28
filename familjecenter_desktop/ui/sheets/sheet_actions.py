"""What the sheet tab and the referral-sheet dialog share: the layout of the
choices beside the preview, asking for a file name or a printer, and saving
with a message in the UI language when the file cannot be written."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.sheets.output import (
    CANNOT_WRITE,
    SheetWriteError,
    write_pdf_atomically,
)
from familjecenter_desktop.ui.sheets.printing import prepare_printer

log = logging.getLogger(__name__)

STRETCH = object()
translate = QCoreApplication.translate


def beside_preview(owner: QWidget, parts: list, preview: QWidget) -> None:
    """Lay ``parts`` (widgets, layouts, ``STRETCH``) out in a column on the left
    and ``preview`` on the right; the column's free space goes to the stretch."""
    left = QWidget()
    column = QVBoxLayout(left)
    for part in parts:
        if part is STRETCH:
            column.addStretch(1)
        elif isinstance(part, tuple):
            column.addWidget(part[0], part[1])
        elif isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(preview)
    splitter.setStretchFactor(1, 2)
    QVBoxLayout(owner).addWidget(splitter)


def row(*widgets: QWidget) -> QHBoxLayout:
    """Widgets side by side."""
    layout = QHBoxLayout()
    for widget in widgets:
        layout.addWidget(widget)
    return layout


def ask_pdf_path(parent: QWidget, suggested: str) -> str:
    """A file name for the PDF from the save dialog; empty when cancelled.

    The dialog opens in the user's Documents folder (else the home folder)
    with ``suggested`` as the name; a name typed without a suffix gets ".pdf".
    """
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("SheetActions", "Save the sheet"),
        str(documents_folder() / suggested),
        translate("SheetActions", "PDF files (*.pdf)"),
    )
    return with_pdf_suffix(path)


def documents_folder() -> Path:
    """Where saved sheets go first: Documents when it exists, else home."""
    found = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    )
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def with_pdf_suffix(path: str) -> str:
    """``path`` with ".pdf" added when its name has no suffix; "" stays ""."""
    if not path:
        return ""
    chosen = Path(path)
    if chosen.suffix:
        return path
    return str(chosen.with_name(chosen.name + ".pdf"))


# --- the messages both places show -------------------------------------------


class SheetMessages(QObject):
    """The status texts both places show (a class, so that plural forms are
    found by ``lupdate`` through ``self.tr``)."""

    def building(self) -> str:
        return self.tr("Building the sheet…")

    def built(self, pages: int, missing_glyphs) -> str:
        if missing_glyphs:
            return self.tr("Some characters cannot be printed: %1").replace(
                "%1", " ".join(sorted(missing_glyphs))
            )
        return self.tr("%n page(s)", "", pages)

    def saving(self) -> str:
        return self.tr("Saving…")

    def saved(self, path: str) -> str:
        return self.tr("Saved to %1").replace("%1", path)

    def printing(self) -> str:
        return self.tr("Printing…")

    def sent(self, pages: int) -> str:
        return self.tr("Sent %n page(s) to the printer.", "", pages)

    def save(self) -> str:
        return self.tr("Save as PDF…")

    def print(self) -> str:
        return self.tr("Print…")


def building_text() -> str:
    return SheetMessages().building()


def built_text(pages: int, missing_glyphs) -> str:
    """How many pages the preview has, or which characters cannot print."""
    return SheetMessages().built(pages, missing_glyphs)


def saving_text() -> str:
    return SheetMessages().saving()


def saved_text(path: str) -> str:
    return SheetMessages().saved(path)


def printing_text() -> str:
    return SheetMessages().printing()


def sent_text(pages: int) -> str:
    return SheetMessages().sent(pages)


def save_text() -> str:
    return SheetMessages().save()


def print_text() -> str:
    return SheetMessages().print()


class SaveError(OSError):
    """The sheet was not saved; ``describe()`` says why, in the UI language."""

    def __init__(self, error: SheetWriteError) -> None:
        super().__init__(str(error))
        self.error = error

    def describe(self) -> str:
        text = QCoreApplication.translate("sheets", CANNOT_WRITE)
        reason = QCoreApplication.translate("sheets", self.error.reason)
        return text.replace("{path}", str(self.error.path)).replace("{reason}", reason)


def save_pdf(pdf: bytes, path: str) -> str:
    """Write ``pdf`` to ``path`` atomically (run it on the worker); the path."""
    try:
        return str(write_pdf_atomically(pdf, path))
    except SheetWriteError as exc:
        raise SaveError(exc) from exc


def ask_printer(parent: QWidget, pdf: bytes) -> QPrinter | None:
    """A printer set to the sheet's paper, chosen in the system's print dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, pdf)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        return printer
    return None
