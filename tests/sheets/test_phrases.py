"""The sheet's own words: complete in every shipped language, every glyph printable."""

from __future__ import annotations

import re

import pytest

from familjecenter_desktop.sheets.fonts import missing_glyphs
from familjecenter_desktop.sheets.phrases import available_languages, load_phrasebook

REQUIRED = {"fi", "sv", "en", "ru", "uk", "et", "ar", "fa", "so", "fi-selko"}


def test_required_languages_ship():
    """fi, sv, en, easy Finnish and at least ru, uk, et, ar, fa, so are shipped."""
    shipped = set(available_languages())

    assert shipped >= REQUIRED


@pytest.mark.parametrize("code", sorted(REQUIRED))
def test_every_phrase_is_translated_with_the_same_placeholders(code):
    """Each language has every English phrase, with the same {placeholders}."""
    english = load_phrasebook("en")

    book = load_phrasebook(code)

    assert set(book.phrases) == set(english.phrases)
    for key, text in english.phrases.items():
        assert text.strip() and book.phrases[key].strip(), key
        assert set(re.findall(r"{\w+}", book.phrases[key])) == set(
            re.findall(r"{\w+}", text)
        ), key


@pytest.mark.parametrize("code", sorted(REQUIRED))
def test_every_phrase_character_has_a_glyph(code):
    """No phrase or language name would print as a missing-glyph box."""
    book = load_phrasebook(code)

    texts = [*book.phrases.values(), *book.language_names.values(), book.name]

    assert set().union(*(missing_glyphs(t) for t in texts)) == set()


def test_review_status_and_direction_are_kept_with_the_phrases():
    """Staff can see whether a language was reviewed; Arabic and Persian are RTL."""
    books = {code: load_phrasebook(code) for code in REQUIRED}

    assert all(isinstance(b.reviewed, bool) and b.status_note for b in books.values())
    assert {c for c, b in books.items() if b.rtl} == {"ar", "fa"}


def test_easy_finnish_prints_larger_with_finnish_content():
    """Selkokieli uses Finnish service texts and a larger type scale."""
    book = load_phrasebook("fi-selko")

    assert book.content_language == "fi"
    assert book.type_scale > 1.0


def test_unknown_language_is_named_in_the_error():
    """Asking for a language that is not shipped says which one and what exists."""
    with pytest.raises(ValueError, match="'xx'.*available"):
        load_phrasebook("xx")
