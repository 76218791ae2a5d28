"""Page shapes: the frames text flows into and the furniture around them.

A service or referral sheet has one frame per page with a footer (print date,
site, page number). A discreet card page holds cards of 2 × 85 × 55 mm that
fold in the middle into a wallet: each half is a frame, with dashed cut lines
around the card and a dotted fold line, and no branding and no site name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm

from familjecenter_desktop.sheets.layout import Frame, Page, StrokeOp, Style, line_op

log = logging.getLogger(__name__)

PAGE_SIZES = {"A4": A4, "A5": A5}
CARD_WIDTH = 85 * mm
CARD_HEIGHT = 55 * mm
CARD_PADDING = 4 * mm
GREY = (0.35, 0.35, 0.35)


@dataclass(frozen=True)
class Template:
    """A page size, its frames, and a function that adds the page furniture."""

    size: tuple[float, float]
    frames: list[Frame]
    decorate: Callable[[Page, int, int], None]


def sheet_template(
    size: str, footer: Callable[[int, int], list[str]], rtl: bool, font_size: float
) -> Template:
    """One frame per page with margins, and ``footer`` lines at the bottom."""
    width, height = PAGE_SIZES[size]
    margin = (18 if size == "A4" else 12) * mm
    style = Style(size=font_size, color=GREY)
    footer_height = 3 * style.line_height
    frame = Frame(
        margin, margin + footer_height, width - 2 * margin, height - 2 * margin
    )
    frame = Frame(frame.x, frame.y, frame.width, height - margin - frame.y)

    def decorate(page: Page, number: int, pages: int) -> None:
        top = margin + footer_height - 2
        page.ops.append(StrokeOp(margin, top, width - margin, top))
        y = top - style.line_height
        for line in footer(number, pages):
            page.ops.append(line_op(line, margin, width - 2 * margin, y, style, rtl))
            y -= style.line_height

    return Template((width, height), [frame], decorate)


def card_template(size: str) -> Template:
    """Cards to cut out and fold: A4 portrait holds four, A5 landscape two."""
    width, height = A4 if size == "A4" else landscape(A5)
    rows = int((height - 20 * mm) // (CARD_HEIGHT + 6 * mm))
    left = (width - 2 * CARD_WIDTH) / 2
    gap = (height - rows * CARD_HEIGHT) / (rows + 1)
    frames: list[Frame] = []
    cards: list[tuple[float, float]] = []
    for row in range(rows):
        bottom = height - (row + 1) * (gap + CARD_HEIGHT)
        cards.append((left, bottom))
        for half in range(2):
            frames.append(
                Frame(
                    left + half * CARD_WIDTH + CARD_PADDING,
                    bottom + CARD_PADDING,
                    CARD_WIDTH - 2 * CARD_PADDING,
                    CARD_HEIGHT - 2 * CARD_PADDING,
                )
            )

    def decorate(page: Page, number: int, pages: int) -> None:
        del number, pages
        used = {round(op.y) for op in page.ops if hasattr(op, "runs")}
        for x, y in cards:
            if not any(y <= u <= y + CARD_HEIGHT for u in used):
                continue
            right, top = x + 2 * CARD_WIDTH, y + CARD_HEIGHT
            for x1, y1, x2, y2 in (
                (x, y, right, y),
                (x, top, right, top),
                (x, y, x, top),
                (right, y, right, top),
            ):
                page.ops.append(StrokeOp(x1, y1, x2, y2, dash=True))
            fold = x + CARD_WIDTH
            page.ops.append(StrokeOp(fold, y, fold, top, dots=True))

    return Template((width, height), frames, decorate)
