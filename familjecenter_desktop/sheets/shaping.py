"""Right-to-left text: joining Arabic letters and ordering a line for display.

Lines are broken in logical order first; each finished line is then shaped
(``arabic_reshaper``) and put in visual order (``python-bidi``). Doing it per
line keeps wrapped lines in reading order.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import lru_cache

import arabic_reshaper

# The pure-Python algorithm: it mirrors brackets in right-to-left runs (rule
# L4); the compiled ``bidi.get_display`` of python-bidi 0.6 does not.
from bidi.algorithm import get_display

log = logging.getLogger(__name__)

RTL_CLASSES = {"R", "AL"}

# Keep vowel marks: text is printed exactly as typed, nothing dropped.
_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": False, "support_ligatures": True}
)


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds any right-to-left letter."""
    return any(unicodedata.bidirectional(c) in RTL_CLASSES for c in text)


def first_strong_is_rtl(text: str) -> bool | None:
    """The direction of the first strong letter: True for RTL, None if none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return None


@lru_cache(maxsize=8192)
def shape(text: str) -> str:
    """Arabic letters joined into their presentation forms; others unchanged."""
    if not has_rtl(text):
        return text
    return _RESHAPER.reshape(text)


def visual(line: str, rtl_base: bool) -> str:
    """One logical line shaped and reordered for drawing left to right."""
    if not rtl_base and not has_rtl(line):
        return line
    return get_display(shape(line), base_dir="R" if rtl_base else "L")
