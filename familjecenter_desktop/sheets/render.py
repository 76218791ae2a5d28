"""Writing laid-out pages to a PDF with reportlab's canvas.

Right-to-left lines are drawn in visual order with joined letter forms, and no
``/ActualText``: text extractors that rebuild reading order themselves
(poppler's ``pdftotext``, pdf.js) then give the words in logical order. See
``docs/sheets/README.md`` for what was measured. Fonts are the shipped TrueType
fonts, embedded as subsets; no standard (non-embedded) font is ever referenced.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from familjecenter_desktop.sheets.fonts import FAMILIES, register_fonts
from familjecenter_desktop.sheets.layout import LineOp, Page, QrOp, RectOp, StrokeOp

log = logging.getLogger(__name__)


def _draw_line(canvas: Canvas, op: LineOp) -> None:
    canvas.setFillColorRGB(*op.color)
    for name, size, text, x in op.runs:
        canvas.setFont(name, size)
        canvas.drawString(x, op.y, text)


def _draw_qr(canvas: Canvas, op: QrOp) -> None:
    widget = QrCodeWidget(op.url, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        op.size,
        op.size,
        transform=[op.size / (right - left), 0, 0, op.size / (top - bottom), 0, 0],
    )
    drawing.add(widget)
    drawing.initialFontName = FAMILIES[0][0]
    renderPDF.draw(drawing, canvas, op.x, op.y)


def render(
    pages: Sequence[Page],
    page_size: tuple[float, float],
    title: str = "",
    lang: str = "",
    creator: str = "Familjecenter Desktop",
) -> bytes:
    """The PDF bytes of ``pages``; ``creator`` goes into the file's properties."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=page_size,
        pageCompression=1,
        invariant=1,
        initialFontName=FAMILIES[0][0],
        lang=lang or None,
    )
    canvas.setTitle(title)
    canvas.setCreator(creator)

    for page in pages:
        for op in page.ops:
            if isinstance(op, LineOp):
                _draw_line(canvas, op)
            elif isinstance(op, RectOp):
                canvas.setFillColorRGB(*op.fill)
                canvas.rect(op.x, op.y, op.width, op.height, stroke=0, fill=1)
            elif isinstance(op, StrokeOp):
                canvas.saveState()
                canvas.setLineWidth(0.5)
                canvas.setStrokeColorRGB(0.5, 0.5, 0.5)
                if op.dots:
                    canvas.setDash(1, 2)
                elif op.dash:
                    canvas.setDash(3, 3)
                canvas.line(op.x1, op.y1, op.x2, op.y2)
                canvas.restoreState()
            elif isinstance(op, QrOp):
                _draw_qr(canvas, op)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
