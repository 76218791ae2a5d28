"""The sheet's own words in each language, with each language's review status.

One JSON file per language in ``resources/sheets/phrases``: ``phrases`` (the
words), ``language_names``, ``direction`` (``ltr``/``rtl``), ``reviewed`` (has a
translator checked it) and an optional ``type_scale`` (easy-to-read Finnish
prints larger). A missing phrase falls back to English and is logged.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

PHRASES_DIR = Path(__file__).resolve().parents[2] / "resources" / "sheets" / "phrases"
FALLBACK = "en"


@dataclass(frozen=True)
class Phrasebook:
    """The phrases of one sheet language."""

    code: str
    name: str
    direction: str
    reviewed: bool
    status_note: str
    content_language: str
    type_scale: float
    phrases: dict[str, str]
    language_names: dict[str, str]

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    def get(self, key: str, **values: str) -> str:
        """The phrase ``key`` with ``{name}`` placeholders filled in."""
        text = self.phrases.get(key)
        if text is None:
            log.warning("sheet phrase %r missing in %s; using English", key, self.code)
            text = load_phrasebook(FALLBACK).phrases[key]
        return text.format(**values) if values else text

    def language_name(self, code: str) -> str:
        """The name of language ``code`` in this language, or the code itself."""
        return self.language_names.get(code, code)


def available_languages() -> list[str]:
    """The codes of the shipped sheet languages, sorted."""
    return sorted(p.stem for p in PHRASES_DIR.glob("*.json"))


@cache
def load_phrasebook(code: str) -> Phrasebook:
    """The phrasebook of language ``code``; ValueError names an unknown language."""
    path = PHRASES_DIR / f"{code}.json"
    if not path.is_file():
        known = ", ".join(available_languages())
        raise ValueError(f"no sheet language {code!r} (available: {known})")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        phrases = {str(k): str(v) for k, v in raw["phrases"].items()}
    except (OSError, ValueError, KeyError, AttributeError) as exc:
        raise ValueError(f"sheet phrases {path.name} are damaged: {exc}") from exc
    return Phrasebook(
        code=code,
        name=str(raw.get("name", code)),
        direction="rtl" if raw.get("direction") == "rtl" else "ltr",
        reviewed=bool(raw.get("reviewed", False)),
        status_note=str(raw.get("status_note", "")),
        content_language=str(raw.get("content_language", code)),
        type_scale=float(raw.get("type_scale", 1.0)),
        phrases=phrases,
        language_names={
            str(k): str(v) for k, v in raw.get("language_names", {}).items()
        },
    )
