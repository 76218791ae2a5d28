"""What the sheet tab and the referral-sheet dialog share: the layout of the
choices beside the preview, asking for a file name or a printer, and saving
with a message in the UI language when the file cannot be written."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
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


def ask_pdf_path(parent: QWidget, suggested: str = "") -> str:
    """A file name for the PDF from the save dialog; empty when cancelled."""
    translate = QCoreApplication.translate
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("SheetActions", "Save the sheet"),
        suggested,
        translate("SheetActions", "PDF files (*.pdf)"),
    )
    return path


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
