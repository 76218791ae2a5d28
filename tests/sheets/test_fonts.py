"""Font fallback: each run of text in a shipped font that has its characters."""

from __future__ import annotations

from familjecenter_desktop.sheets.fonts import family_for, missing_glyphs, runs


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
