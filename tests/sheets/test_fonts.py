"""Font fallback: each run of text in a shipped font that has its characters."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from familjecenter_desktop.sheets.fonts import family_for, missing_glyphs, runs
from familjecenter_desktop.sheets.phrases import available_languages


def test_scripts_go_to_their_fonts():
    """Latin and Cyrillic in Noto Sans, Arabic in Noto Naskh, the rest in DejaVu."""
    assert family_for("ä") == "NotoSans"
    assert family_for("Ж") == "NotoSans"
    assert family_for("\ufee3") == "NotoNaskhArabic"  # a joined Arabic form
    assert family_for("✓") == "DejaVuSans"


def test_a_line_is_split_into_runs_per_font():
    """Mixed text becomes runs that together hold every character in order."""
    text = "Päivä ✓ Привет \ufee3\ufeae"

    parts = list(runs(text, bold=True))

    assert "".join(t for _, t in parts) == text
    assert [f for f, _ in parts] == [
        "NotoSans-Bold",
        "DejaVuSans-Bold",
        "NotoSans-Bold",
        "NotoNaskhArabic-Bold",
    ]


def test_characters_no_font_has_are_reported():
    """A Chinese character has no glyph in the shipped fonts and is named."""
    assert missing_glyphs("Hei 中 \u200c") == {"中"}


def drawn_characters(lang: str):
    """Every (font, character) the sheets in ``lang`` draw, after joining Arabic
    letters: all phrases (regular and bold), the language names, and an
    Arabic/Persian text with lam-alef ligatures and vowel marks."""
    import importlib.util
    from pathlib import Path

    from familjecenter_desktop.sheets import compose
    from familjecenter_desktop.sheets.layout import LineOp, lay_out
    from familjecenter_desktop.sheets.model import SheetOptions, SheetReferral
    from familjecenter_desktop.sheets.pages import sheet_template
    from familjecenter_desktop.sheets.phrases import load_phrasebook

    spec = importlib.util.spec_from_file_location(
        "sheet_test_helpers", Path(__file__).with_name("helpers.py")
    )
    helpers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helpers)
    book = load_phrasebook(lang)
    texts = [*book.phrases.values(), *book.language_names.values()]
    texts.append("السلام عليكم، لا إله إلا الله. مَدْرَسَة — پدر، چای، ژاله، گل، یک")
    service = helpers.made_up_service(description="\n".join(texts))
    options = SheetOptions(lang=lang, large_print=True)
    referral = SheetReferral(service=service, referred_on=helpers.PRINTED_ON)
    for blocks in (
        compose.service_blocks([service], options, book),
        compose.referral_blocks(referral, options, book),
        compose.card_blocks([service], options, book),
    ):
        template = sheet_template("A4", lambda n, total: [], book.rtl, 8)
        for page in lay_out(blocks, template.frames, book.rtl):
            for op in page.ops:
                if isinstance(op, LineOp):
                    for name, _size, text, _x in op.runs:
                        for char in text:
                            yield name, char


@pytest.mark.parametrize("lang", available_languages())
def test_every_drawn_character_is_in_the_font_it_is_drawn_with(lang):
    """No missing-glyph box: each character actually drawn (joined Arabic forms
    and ligatures included) is in the character map of the font that draws it."""
    missing = {
        (name, f"U+{ord(char):04X}")
        for name, char in drawn_characters(lang)
        if ord(char) not in pdfmetrics.getFont(name).face.charToGlyph
    }

    assert missing == set()
