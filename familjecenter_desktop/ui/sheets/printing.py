"""Printing a finished sheet on a ``QPrinter``, off the GUI thread.

Each page is rasterised from the PDF at the printer's own resolution (at most
``MAX_DPI``) and painted to fill the paper at its real size, so the printed
size never depends on the screen's scaling. Pages are rendered and sent one at
a time, so a long sheet never holds more than one page image in memory. Qt
allows painting on a ``QPrinter`` outside the GUI thread; ``print_pdf`` is what
the worker runs. A printer that cannot start or fails on the way raises
``PrintError``, whose ``describe()`` is the message for the person at the
screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from familjecenter_desktop.sheets.preview import page_count, page_sizes_mm, render_page

log = logging.getLogger(__name__)

MAX_DPI = 600


class PrintError(OSError):
    """The sheet did not reach the printer; ``describe()`` says why."""

    def __init__(self, printer_name: str, done: int | None = None, total: int = 0):
        super().__init__(f"printing failed on {printer_name or 'file'}")
        self.printer_name = printer_name
        self.done = done
        self.total = total

    def describe(self) -> str:
        translate = QCoreApplication.translate
        name = self.printer_name or translate(
            "SheetPrinting", "the chosen printer or file"
        )
        if self.done is None:
            return translate(
                "SheetPrinting",
                "Printing did not start: %1 could not be opened. Check that the "
                "printer is switched on and connected (or that the file can be "
                "written), then print again.",
            ).replace("%1", name)
        return (
            translate(
                "SheetPrinting",
                "The printer %1 reported an error after %2 of %3 pages. "
                "Check the printer and print the sheet again.",
            )
            .replace("%1", name)
            .replace("%2", str(self.done))
            .replace("%3", str(self.total))
        )


def printer_name(printer: QPrinter) -> str:
    """The printer's name, or the file it writes to."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return printer.outputFileName()
    return printer.printerName()


def prepare_printer(printer: QPrinter, pdf: bytes) -> None:
    """Set the paper to the sheet's page size, portrait or landscape, no margins."""
    width, height = page_sizes_mm(pdf)[0]
    orientation = (
        QPageLayout.Orientation.Landscape
        if width > height
        else QPageLayout.Orientation.Portrait
    )
    size = QPageSize(
        QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Millimeter
    )
    printer.setPageLayout(
        QPageLayout(
            size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
        )
    )
    printer.setFullPage(True)


def _image(page) -> QImage:
    """A view of the page's pixels, no copy: keep ``page`` alive while it is used."""
    return QImage(
        page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888
    )


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` onto ``printer``; the number of pages printed."""
    dpi = min(printer.resolution(), MAX_DPI)
    total = page_count(pdf)
    name = printer_name(printer)
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer did not start")
        raise PrintError(name)
    done = 0
    try:
        for number in range(total):
            if number and not printer.newPage():
                raise PrintError(name, done, total)
            page = render_page(pdf, number, dpi)  # one page in memory at a time
            target: QRect = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(target, _image(page))
            del page
            if printer.printerState() == QPrinter.PrinterState.Error:
                raise PrintError(name, done, total)
            done += 1
    finally:
        ended = painter.end()
    if not ended or printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintError(name, done, total)
    log.info("printed %d pages at %d dpi", total, dpi)
    return total
