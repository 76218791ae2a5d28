"""Rendering a finished PDF's pages to PNG images, for the preview and printing.

PySide6-Essentials has no QtPdf, so pages are rasterised with PyMuPDF. The
resolution is given in dots per inch, so a printed page keeps its real size
whatever the screen's scaling.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)


def page_images(pdf: bytes, dpi: int = 96) -> list[bytes]:
    """Each page of ``pdf`` as PNG bytes at ``dpi``."""
    images = []
    import pymupdf  # heavy (about 1 s, 120 MB): only when a preview is asked for

    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        for page in document:
            images.append(page.get_pixmap(dpi=dpi, alpha=False).tobytes("png"))
    log.debug("rendered %d pages at %d dpi", len(images), dpi)
    return images


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    """The width and height of each page in millimetres."""
    import pymupdf  # heavy (about 1 s, 120 MB): only when a preview is asked for

    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        return [
            (page.rect.width * 25.4 / 72, page.rect.height * 25.4 / 72)
            for page in document
        ]
