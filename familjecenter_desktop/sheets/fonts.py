"""The fonts shipped in ``resources/fonts``, registered with reportlab once.

Each run of text is set in the first font whose character map has its
characters: Noto Sans (Latin, Cyrillic), Noto Naskh Arabic (Arabic, Persian),
then DejaVu Sans for anything else. ``missing_glyphs`` lists the characters
that no shipped font can show.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

# (reportlab name, regular file, bold file), in the order they are tried.
FAMILIES: tuple[tuple[str, str, str], ...] = (
    ("NotoSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("NotoNaskhArabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    ("DejaVuSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
)

# Characters that take no glyph of their own (joiners, direction marks and
# embeddings); they steer shaping and ordering and are never drawn.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff"
)

_lock = threading.Lock()


def font_name(family: str, bold: bool) -> str:
    return f"{family}-Bold" if bold else family


@cache
def register_fonts() -> tuple[str, ...]:
    """Register every shipped font with reportlab; the family names in order."""
    with _lock:
        for family, regular, bold in FAMILIES:
            for name, file in ((family, regular), (f"{family}-Bold", bold)):
                path = FONTS_DIR / file
                if not path.is_file():
                    raise FileNotFoundError(f"shipped font missing: {path}")
                pdfmetrics.registerFont(TTFont(name, str(path)))
    log.debug("registered %d font families", len(FAMILIES))
    return tuple(f[0] for f in FAMILIES)


@cache
def _cmap(family: str) -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(family)
    return frozenset(font.face.charToGlyph)


def _has(family: str, char: str) -> bool:
    return ord(char) in _cmap(family)


def family_for(char: str) -> str | None:
    """The first shipped family that has a glyph for ``char``, or None."""
    return _family_for(char)


@cache
def _family_for(char: str) -> str | None:
    code = ord(char)
    for family, _, _ in FAMILIES:
        if code in _cmap(family):
            return family
    return None


def runs(text: str, bold: bool = False) -> Iterator[tuple[str, str]]:
    """Split ``text`` into (font name, text) runs, each set in one font."""
    first = FAMILIES[0][0]
    current: str | None = None
    start = 0
    for index, char in enumerate(text):
        if char == " " or char in INVISIBLE:
            family = current or first
        elif current is not None and not char.isalpha() and _has(current, char):
            # Punctuation and digits stay in the running font: fewer switches,
            # and text extractors keep them with their words.
            family = current
        else:
            family = _family_for(char) or FAMILIES[-1][0]
        if family != current:
            if current is not None and index > start:
                yield font_name(current, bold), text[start:index]
            current, start = family, index
    if current is not None and start < len(text):
        yield font_name(current, bold), text[start:]


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` in points, font by font."""
    return sum(
        pdfmetrics.stringWidth(part, name, size) for name, part in runs(text, bold)
    )


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` that no shipped font has (whitespace excepted)."""
    return {
        c
        for c in set(text)
        if not c.isspace() and c not in INVISIBLE and _family_for(c) is None
    }
