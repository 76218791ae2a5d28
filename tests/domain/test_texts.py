"""Choosing the best text for the reader's language, and merging texts."""

from __future__ import annotations

from familjecenter_desktop.domain.texts import (
    language_chain,
    merge,
    pick,
    pick_with_language,
)

FULL = {"fi": "Lastenneuvola", "sv": "Barnrådgivning", "en": "Child health clinic"}


def test_reader_language_first():
    """Each UI language gets its own text when it exists."""
    chosen = [pick(FULL, lang) for lang in ("fi", "sv", "en")]

    assert chosen == ["Lastenneuvola", "Barnrådgivning", "Child health clinic"]


def test_fallback_order_is_fi_sv_en():
    """A missing language falls back to Finnish, then Swedish, then English."""
    no_english = {"fi": "Neuvola", "sv": "Rådgivning"}
    only_swedish_english = {"sv": "Rådgivning", "en": "Clinic"}
    only_english = {"en": "Clinic"}

    assert pick(no_english, "en") == "Neuvola"
    assert pick(only_swedish_english, "fi") == "Rådgivning"
    assert pick(only_english, "sv") == "Clinic"


def test_other_languages_come_last_in_code_order():
    """With none of fi, sv, en, the first other language by code is used."""
    others = {"se": "Mánáidrávvehus", "ru": "Детская консультация"}

    text, lang = pick_with_language(others, "fi")

    assert (text, lang) == ("Детская консультация", "ru")


def test_extra_languages_come_before_the_fallbacks():
    """An extra preferred language (the family's) is tried before fi, sv, en."""
    texts = {"fi": "Neuvola", "so": "Xarunta caafimaadka"}

    chosen = pick(texts, "en", extra=("so",))

    assert chosen == "Xarunta caafimaadka"
    assert language_chain("en", ("so",)) == ["en", "so", "fi", "sv"]


def test_blank_texts_are_skipped_and_trimmed():
    """Empty or whitespace-only texts do not count; the chosen text is trimmed."""
    texts = {"sv": "   ", "fi": "", "en": "  Clinic  "}

    text, lang = pick_with_language(texts, "sv")

    assert (text, lang) == ("Clinic", "en")


def test_nothing_gives_empty_text():
    """None, an empty mapping or only blanks give an empty string and no language."""
    assert pick_with_language(None, "fi") == ("", None)
    assert pick_with_language({}, "fi") == ("", None)
    assert pick({"fi": " "}, "fi") == ""


def test_merge_lays_new_texts_over_old():
    """Merging keeps old languages, replaces updated ones and ignores blanks."""
    base = {"fi": "Vanha", "sv": "Gammal"}
    update = {"fi": " Uusi ", "sv": "", "en": "New"}

    merged = merge(base, update)

    assert merged == {"fi": "Uusi", "sv": "Gammal", "en": "New"}
    assert base == {"fi": "Vanha", "sv": "Gammal"}
