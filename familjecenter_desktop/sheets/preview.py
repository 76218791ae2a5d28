"""Rendering a finished PDF's pages to images, for the preview and printing.

PySide6-Essentials has no QtPdf, so pages are rasterised with PyMuPDF. The
resolution is given in dots per inch, so a printed page keeps its real size
whatever the screen's scaling. MuPDF is not safe to use from two threads at
once, and the preview and a print job may run side by side on the worker, so
every call holds ``RENDER_LOCK``. ``render_page`` renders one page at a time,
so a print job never holds more than one page in memory.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

log = logging.getLogger(__name__)

RENDER_LOCK = threading.Lock()


@dataclass(frozen=True)
class RasterPage:
    """One rendered page: RGB bytes, 3 per pixel, rows ``stride`` bytes apart."""

    width: int
    height: int
    stride: int
    samples: bytes


def _open(pdf: bytes):
    import pymupdf  # heavy (about 1 s, 120 MB): only when a preview is asked for

    return pymupdf.open(stream=pdf, filetype="pdf")


def page_images(pdf: bytes, dpi: int = 96) -> list[bytes]:
    """Each page of ``pdf`` as PNG bytes at ``dpi``."""
    images = []
    with RENDER_LOCK, _open(pdf) as document:
        for page in document:
            images.append(page.get_pixmap(dpi=dpi, alpha=False).tobytes("png"))
    log.debug("rendered %d pages at %d dpi", len(images), dpi)
    return images


def page_count(pdf: bytes) -> int:
    """The number of pages in ``pdf``."""
    with RENDER_LOCK, _open(pdf) as document:
        return document.page_count


def render_page(pdf: bytes, index: int, dpi: int) -> RasterPage:
    """Page ``index`` (from 0) of ``pdf`` as raw RGB pixels at ``dpi``."""
    with RENDER_LOCK, _open(pdf) as document:
        pixmap = document[index].get_pixmap(dpi=dpi, alpha=False)
        return RasterPage(pixmap.width, pixmap.height, pixmap.stride, pixmap.samples)


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    """The width and height of each page in millimetres."""
    with RENDER_LOCK, _open(pdf) as document:
        return [
            (page.rect.width * 25.4 / 72, page.rect.height * 25.4 / 72)
            for page in document
        ]
