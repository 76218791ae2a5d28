"""Printing a finished sheet on a ``QPrinter``, off the GUI thread.

Each page is rasterised at the printer's own resolution and painted to fill the
paper at its real size, so the printed size never depends on the screen's
scaling. Qt allows painting on a ``QPrinter`` outside the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMarginsF, QRect, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from familjecenter_desktop.sheets.preview import page_images, page_sizes_mm

log = logging.getLogger(__name__)

MAX_DPI = 600


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


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Paint every page of ``pdf`` onto ``printer``; the number of pages printed."""
    dpi = min(printer.resolution(), MAX_DPI)
    images = page_images(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        for number, data in enumerate(images):
            if number:
                printer.newPage()
            image = QImage.fromData(data, "PNG")
            target: QRect = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(target, image)
    finally:
        painter.end()
    log.info("printed %d pages at %d dpi", len(images), dpi)
    return len(images)
