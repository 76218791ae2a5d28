"""Search text: case and accent folding, tokens, Snowball stems.

Both the index and the query go through ``fold`` so that ``Hälsovård`` and
``halsovard`` meet; ``lower_exact`` keeps the accents for the exact-spelling bonus.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

log = logging.getLogger(__name__)

# Letters that NFKD does not split into base letter + mark.
_SPECIAL = {
    "ß": "ss",
    "æ": "ae",
    "ø": "o",
    "œ": "oe",
    "đ": "d",
    "ð": "d",
    "þ": "th",
    "ł": "l",
    "ı": "i",
}
# A regular expression finds them faster than str.translate walks long texts.
_SPECIAL_RE = re.compile("[" + "".join(_SPECIAL) + "]")
# Combining marks that NFKD splits off (Latin, Greek, Cyrillic and extensions).
_COMBINING = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_WORD = re.compile(r"\w+", re.UNICODE)
_PLAIN_WORD = re.compile(r"[^\W_]+")
_STEMMERS = {"fi": "finnish", "sv": "swedish", "en": "english"}

# Longer typed text is cut: nobody types more, and the index stays fast.
MAX_QUERY_CHARS = 200
MAX_QUERY_TOKENS = 8


def lower_exact(text: str) -> str:
    """Lower-cased text with accents kept (for the exact-spelling bonus)."""
    return unicodedata.normalize("NFC", text).casefold()


def fold(text: str) -> str:
    """Case- and accent-folded text: ``Hälsovård`` → ``halsovard``."""
    lowered = text.casefold()
    if lowered.isascii():
        return lowered
    if _SPECIAL_RE.search(lowered):
        lowered = _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group()], lowered)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return _COMBINING.sub("", decomposed)


def tokens(text: str) -> list[str]:
    """Folded words of ``text`` (letters and digits; punctuation splits)."""
    return _WORD.findall(fold(text))


def plain_words(folded: str) -> list[str]:
    """The words of folded text, split at anything but letters and digits."""
    return _PLAIN_WORD.findall(folded)


def exact_tokens(text: str) -> list[str]:
    """Lower-cased words of ``text`` with accents kept."""
    return _WORD.findall(lower_exact(text))


def query_tokens(text: str) -> list[str]:
    """The folded, de-duplicated words of typed text, capped in length and number."""
    seen: dict[str, None] = {}
    for token in tokens((text or "")[:MAX_QUERY_CHARS]):
        seen.setdefault(token, None)
    return list(seen)[:MAX_QUERY_TOKENS]


@lru_cache(maxsize=8)
def _stemmer(lang: str):
    return snowballstemmer.stemmer(_STEMMERS[lang])


def stems(words: list[str], lang: str) -> list[str]:
    """Snowball stems (folded) of ``words`` that differ from the words themselves.

    Stems are cached per language and word: a catalogue repeats its vocabulary,
    so re-indexing stems each distinct word once (in C with PyStemmer).
    """
    if lang not in _STEMMERS:
        return []
    unique = list(dict.fromkeys(words))
    cache = _cached_stems(unique, lang)
    return [stem for stem in map(cache.__getitem__, unique) if stem]


def stem_set(words: list[str], lang: str) -> list[str]:
    """``sorted(set(stems(words, lang)))``, with less work per word."""
    if lang not in _STEMMERS:
        return []
    unique = set(words)
    cache = _STEM_CACHE.get(lang)
    if cache is None or not cache.keys() >= unique:
        cache = _cached_stems(unique, lang)
    found = set(map(cache.__getitem__, unique))
    found.discard("")
    return sorted(found)


def _cached_stems(words, lang: str) -> dict[str, str]:
    """The stem cache of ``lang``, holding every one of ``words`` (distinct)."""
    cache = _STEM_CACHE.setdefault(lang, {})
    missing = [word for word in words if word not in cache]
    if missing:
        if len(cache) + len(missing) > MAX_CACHED_STEMS:
            cache.clear()
            missing = list(words)
        stemmed = _stemmer(lang).stemWords(missing)
        for word, stem in zip(missing, stemmed, strict=True):
            stem = fold(stem)
            cache[word] = stem if len(stem) >= 3 and stem != word else ""
    return cache


# {lang: {word: stem or ""}}, cleared when it grows past MAX_CACHED_STEMS.
_STEM_CACHE: dict[str, dict[str, str]] = {}
MAX_CACHED_STEMS = 300_000
