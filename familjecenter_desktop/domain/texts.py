"""Texts in several languages and choosing the best one for the reader.

A localised text is a plain mapping from language code to text, for example
``{"fi": "Lastenneuvola", "sv": "Barnrådgivning"}``. Any language code may appear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

LocalText = Mapping[str, str]

# After the reader's own language: the national languages, then English.
FALLBACK_ORDER: tuple[str, ...] = ("fi", "sv", "en")


def language_chain(lang: str, extra: Sequence[str] = ()) -> list[str]:
    """The order in which languages are tried for a reader of ``lang``."""
    chain = [lang, *extra]
    for code in FALLBACK_ORDER:
        if code not in chain:
            chain.append(code)
    return chain


def pick_with_language(
    text: LocalText | None, lang: str, extra: Sequence[str] = ()
) -> tuple[str, str | None]:
    """The best text for ``lang`` and the language it is in; ``("", None)`` if none."""
    if not text:
        return "", None
    for code in language_chain(lang, extra):
        value = text.get(code)
        if value and value.strip():
            return value.strip(), code
    for code in sorted(text):
        value = text[code]
        if value and value.strip():
            return value.strip(), code
    return "", None


def pick(text: LocalText | None, lang: str, extra: Sequence[str] = ()) -> str:
    """The best text for ``lang``, falling back to fi, sv, en and then any language."""
    return pick_with_language(text, lang, extra)[0]


def merge(base: LocalText | None, update: LocalText | None) -> dict[str, str]:
    """A copy of ``base`` with the non-empty texts of ``update`` laid over it."""
    merged = dict(base or {})
    for code, value in (update or {}).items():
        if value and value.strip():
            merged[code] = value.strip()
    return merged
