"""Laying blocks of text out into frames and pages, as a list of drawing steps.

Lines are broken in logical order (by measured width, breaking a word that is
wider than the column between characters, after ``/``, ``-`` and the like where
possible), then each line is shaped and reordered for display. The result is a
list of pages of plain drawing steps; ``render`` writes them with reportlab.
Laying out first lets the footer say "page 2 of 3".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from familjecenter_desktop.sheets import fonts
from familjecenter_desktop.sheets.shaping import (
    first_strong_is_rtl,
    has_rtl,
    shape,
    visual,
)

log = logging.getLogger(__name__)

Color = tuple[float, float, float]
BLACK: Color = (0, 0, 0)

# Where a word too long for its column (a URL, a compound) is cut: after a
# slash or colon, before other punctuation, so no line ends in a hyphen that
# a reader (or a text extractor) would take for a hyphenation.
BREAK_AFTER = "/:,;"
BREAK_BEFORE = "-?&=._#+~"


# --- blocks -------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    """How a block of text looks."""

    size: float
    bold: bool = False
    leading: float = 1.3
    color: Color = BLACK
    space_before: float = 0.0
    space_after: float = 0.0
    indent: float = 0.0
    background: Color | None = None
    keep_with_next: bool = False

    @property
    def line_height(self) -> float:
        return self.size * self.leading


@dataclass(frozen=True)
class Text:
    """A paragraph; ``rtl`` None means: from its first strong letter.

    ``follow_page`` aligns the lines to the sheet's reading side whatever the
    text's own direction: a Finnish service name or phone number on an Arabic
    sheet sits on the right under its heading, still reading left to right.
    """

    text: str
    style: Style
    rtl: bool | None = None
    follow_page: bool = False


@dataclass(frozen=True)
class Row:
    """A label in a narrow first column and a value beside it (hours, contacts)."""

    label: str
    value: str
    style: Style
    label_width: float
    rtl: bool | None = None


@dataclass(frozen=True)
class Qr:
    """A QR code with a caption and its address printed beside it."""

    url: str
    size: float
    caption: str
    style: Style


@dataclass(frozen=True)
class Spacer:
    height: float


@dataclass(frozen=True)
class Rule:
    """A thin line across the column."""

    space: float = 4.0


Block = Text | Row | Qr | Spacer | Rule


# --- drawing steps ------------------------------------------------------------


@dataclass(frozen=True)
class LineOp:
    """One line of text: runs (font, size, text, x) on a baseline."""

    y: float
    runs: tuple[tuple[str, float, str, float], ...]
    color: Color


@dataclass(frozen=True)
class RectOp:
    x: float
    y: float
    width: float
    height: float
    fill: Color


@dataclass(frozen=True)
class StrokeOp:
    """A straight line; ``dash`` for cut marks, ``dots`` for fold marks."""

    x1: float
    y1: float
    x2: float
    y2: float
    dash: bool = False
    dots: bool = False


@dataclass(frozen=True)
class QrOp:
    x: float
    y: float
    size: float
    url: str


Op = LineOp | RectOp | StrokeOp | QrOp


@dataclass(frozen=True)
class Frame:
    """A rectangle that text flows into (x, bottom y, width, height) in points."""

    x: float
    y: float
    width: float
    height: float

    @property
    def top(self) -> float:
        return self.y + self.height


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)


# --- line breaking ------------------------------------------------------------


def _width(text: str, style: Style) -> float:
    return fonts.text_width(shape(text), style.size, style.bold)


def _soft_cut(piece: str) -> int:
    """Where to cut ``piece`` (which fits) so the rest starts cleanly; 0 if nowhere."""
    after = max((piece.rfind(c) + 1 for c in BREAK_AFTER), default=0)
    before = max((piece.rfind(c, 1) for c in BREAK_BEFORE), default=-1)
    soft = max(after, before)
    return soft if soft >= max(len(piece) // 2, 1) else 0


def _split_long(word: str, width: float, style: Style) -> list[str]:
    """A word wider than ``width`` cut into pieces that fit, none lost.

    Latin and Cyrillic words are measured character by character once (linear
    in the word's length); Arabic is re-measured shaped, since joining changes
    the letters' widths.
    """
    if has_rtl(word):
        return _split_long_shaped(word, width, style)
    widths = [fonts.text_width(c, style.size, style.bold) for c in word]
    pieces: list[str] = []
    start = 0
    while start < len(word):
        end, used = start, 0.0
        while end < len(word) and used + widths[end] <= width:
            used += widths[end]
            end += 1
        end = max(end, start + 1)
        if end < len(word):
            end = start + (_soft_cut(word[start:end]) or end - start)
        pieces.append(word[start:end])
        start = end
    return pieces


def _split_long_shaped(word: str, width: float, style: Style) -> list[str]:
    pieces: list[str] = []
    rest = word
    while rest:
        if _width(rest, style) <= width:
            pieces.append(rest)
            break
        cut = 1
        while cut < len(rest) and _width(rest[: cut + 1], style) <= width:
            cut += 1
        cut = _soft_cut(rest[:cut]) or cut
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return pieces


def wrap(text: str, width: float, style: Style) -> list[str]:
    """``text`` broken into logical lines no wider than ``width``."""
    lines: list[str] = []
    for hard in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        current = ""
        for token in re.split(r"(\s+)", hard.replace("\t", " ")):
            if not token:
                continue
            candidate = current + token
            if _width(candidate.rstrip(), style) <= width:
                current = candidate
                continue
            if token.isspace():
                lines.append(current.rstrip())
                current = ""
                continue
            if current.strip():
                lines.append(current.rstrip())
            current = ""
            pieces = _split_long(token, width, style)
            lines.extend(pieces[:-1])
            current = pieces[-1]
        lines.append(current.rstrip())
    return lines


def line_op(
    line: str,
    x: float,
    width: float,
    y: float,
    style: Style,
    rtl: bool,
    align_right: bool | None = None,
) -> LineOp:
    """A line set font run by font run; right-aligned when ``rtl`` unless told."""
    shown = "".join(c for c in visual(line, rtl) if c not in fonts.INVISIBLE)
    right = rtl if align_right is None else align_right
    parts = list(fonts.runs(shown, style.bold))
    total = sum(fonts.pdfmetrics.stringWidth(t, f, style.size) for f, t in parts)
    cursor = x + width - total if right else x
    placed = []
    for name, part in parts:
        placed.append((name, style.size, part, cursor))
        cursor += fonts.pdfmetrics.stringWidth(part, name, style.size)
    return LineOp(y, tuple(placed), style.color)


# --- flowing ------------------------------------------------------------------


class Flow:
    """Places blocks into frames, page after page."""

    def __init__(self, frames: Sequence[Frame], rtl: bool) -> None:
        if not frames:
            raise ValueError("a page needs at least one frame")
        self.frames = list(frames)
        self.rtl = rtl
        self.pages: list[Page] = [Page()]
        self.index = 0
        self.y = self.frame.top

    @property
    def frame(self) -> Frame:
        return self.frames[self.index]

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def next_frame(self) -> None:
        self.index += 1
        if self.index >= len(self.frames):
            self.index = 0
            self.pages.append(Page())
        self.y = self.frame.top

    def room(self) -> float:
        return self.y - self.frame.y

    def at_top(self) -> bool:
        return self.y >= self.frame.top

    def ensure(self, height: float) -> None:
        """Move to the next frame unless ``height`` fits here (or we are at a top)."""
        if height > self.room() and not self.at_top():
            self.next_frame()

    def place_all(self, blocks: Sequence[Block]) -> list[Page]:
        for index, block in enumerate(blocks):
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if _keeps(block) and (index == 0 or not _keeps(blocks[index - 1])):
                # A run of blocks kept with the next (a service's name, its
                # notices, a heading) starts where the whole run and the first
                # line after it fit, so no heading is left alone at a page end.
                need = self._chain_height(blocks, index)
                if need <= self.frame.height:
                    self.ensure(need)
            self.place(block, following)
        return self.pages

    def _chain_height(self, blocks: Sequence[Block], start: int) -> float:
        need = 0.0
        for block in blocks[start:]:
            if not _keeps(block):
                return need + self._first_height(block)
            need += self._height(block)
        return need

    def _height(self, block: Block) -> float:
        """The whole height a text or row block takes in the current frame."""
        style = block.style
        if isinstance(block, Text):
            count = len(wrap(block.text, self.frame.width - style.indent, style))
        else:
            width = self.frame.width - style.indent - block.label_width
            count = len(wrap(block.value, width, style))
        return style.space_before + count * style.line_height + style.space_after

    def place(self, block: Block, following: Block | None = None) -> None:
        if isinstance(block, Spacer):
            if not self.at_top():
                self.y -= min(block.height, self.room())
        elif isinstance(block, Rule):
            self._rule(block)
        elif isinstance(block, Text):
            self._text(block, following)
        elif isinstance(block, Row):
            self._row(block)
        elif isinstance(block, Qr):
            self._qr(block)

    def _direction(self, text: str, rtl: bool | None) -> bool:
        if rtl is not None:
            return rtl
        # Text without letters (a phone number, a date) reads left to right.
        return bool(first_strong_is_rtl(text))

    def _first_height(self, block: Block | None) -> float:
        if isinstance(block, Text | Row):
            return block.style.space_before + block.style.line_height
        if isinstance(block, Qr):
            return block.size
        return 0.0

    def _text(self, block: Text, following: Block | None) -> None:
        style = block.style
        rtl = self._direction(block.text, block.rtl)
        width = self.frame.width - style.indent
        lines = wrap(block.text, width, style)
        need = style.space_before + style.line_height
        if style.keep_with_next:
            need += self._first_height(following)
        self.ensure(need)
        if not self.at_top():
            self.y -= style.space_before
        right = self.rtl if block.follow_page else None
        for line in lines:
            self.ensure(style.line_height)
            self._draw_line(line, style, rtl, style.indent, width, right)
        self.y -= min(style.space_after, max(self.room(), 0))

    def _draw_line(
        self,
        line: str,
        style: Style,
        rtl: bool,
        indent: float,
        width: float,
        align_right: bool | None = None,
    ) -> None:
        frame = self.frame
        right = rtl if align_right is None else align_right
        x = frame.x if right else frame.x + indent
        top = self.y
        self.y -= style.line_height
        if style.background is not None:
            self.page.ops.append(
                RectOp(frame.x, self.y, frame.width, top - self.y, style.background)
            )
        baseline = self.y + style.line_height - style.size
        if line:
            self.page.ops.append(line_op(line, x, width, baseline, style, rtl, right))

    def _row(self, block: Row) -> None:
        style = block.style
        rtl = self._direction(block.label, block.rtl)
        value_rtl = self._direction(block.value, None)
        frame = self.frame
        value_width = frame.width - style.indent - block.label_width
        # A label longer than its column wraps inside it, clear of the value.
        label_lines = wrap(block.label, block.label_width - style.size * 0.5, style)
        values = wrap(block.value, value_width, style) or [""]
        count = max(len(label_lines), len(values))
        self.ensure(style.space_before + style.line_height * min(count, 2))
        if not self.at_top():
            self.y -= style.space_before
        for number in range(count):
            label = label_lines[number] if number < len(label_lines) else ""
            line = values[number] if number < len(values) else ""
            self.ensure(style.line_height)
            frame = self.frame
            top = self.y
            self.y -= style.line_height
            baseline = self.y + style.line_height - style.size
            if rtl:
                label_x = frame.x + frame.width - style.indent - block.label_width
                value_x = frame.x
            else:
                label_x = frame.x + style.indent
                value_x = label_x + block.label_width
            if style.background is not None:
                self.page.ops.append(
                    RectOp(frame.x, self.y, frame.width, top - self.y, style.background)
                )
            if label:
                self.page.ops.append(
                    line_op(label, label_x, block.label_width, baseline, style, rtl)
                )
            if line:
                self.page.ops.append(
                    line_op(line, value_x, value_width, baseline, style, value_rtl, rtl)
                )
        self.y -= min(style.space_after, max(self.room(), 0))

    def _rule(self, block: Rule) -> None:
        if self.at_top():
            return
        self.ensure(block.space * 2)
        self.y -= block.space
        frame = self.frame
        self.page.ops.append(StrokeOp(frame.x, self.y, frame.x + frame.width, self.y))
        self.y -= block.space

    def _qr(self, block: Qr) -> None:
        style = block.style
        gap = style.size
        text_width = self.frame.width - block.size - gap
        caption = wrap(block.caption, text_width, style)
        url_style = Style(size=style.size * 0.9, color=style.color)
        address = wrap(block.url, text_width, url_style)
        text_height = len(caption) * style.line_height + len(address) * (
            url_style.line_height
        )
        height = max(block.size, text_height) + style.space_before
        if height > self.frame.height:
            self.ensure(block.size)
            self._qr_square(block)
            for line in address:
                self.ensure(url_style.line_height)
                self._draw_line(line, url_style, False, 0, self.frame.width)
            return
        self.ensure(height)
        if not self.at_top():
            self.y -= style.space_before
        top = self.y
        self._qr_square(block)
        frame = self.frame
        text_x = frame.x if self.rtl else frame.x + block.size + gap
        y = top
        for line in caption:
            y -= style.line_height
            baseline = y + style.line_height - style.size
            self.page.ops.append(
                line_op(line, text_x, text_width, baseline, style, self.rtl)
            )
        for line in address:
            y -= url_style.line_height
            baseline = y + url_style.line_height - url_style.size
            self.page.ops.append(
                line_op(line, text_x, text_width, baseline, url_style, False, self.rtl)
            )
        self.y = min(top - block.size, y) - style.space_after

    def _qr_square(self, block: Qr) -> None:
        frame = self.frame
        x = frame.x + frame.width - block.size if self.rtl else frame.x
        self.y -= block.size
        self.page.ops.append(QrOp(x, self.y, block.size, block.url))


def _keeps(block: Block) -> bool:
    return isinstance(block, Text | Row) and block.style.keep_with_next


def lay_out(
    blocks: Sequence[Block],
    frames: Sequence[Frame],
    rtl: bool,
    decorate: Callable[[Page, int, int], None] | None = None,
) -> list[Page]:
    """Flow ``blocks`` through pages of ``frames``; ``decorate`` adds page furniture."""
    pages = Flow(frames, rtl).place_all(blocks)
    if decorate is not None:
        for number, page in enumerate(pages, start=1):
            decorate(page, number, len(pages))
    return pages
