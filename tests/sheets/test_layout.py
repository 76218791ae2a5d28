"""Line breaking and right-to-left lines: nothing lost, everything inside its column."""

from __future__ import annotations

from familjecenter_desktop.sheets import fonts
from familjecenter_desktop.sheets.layout import Style, wrap
from familjecenter_desktop.sheets.shaping import shape, visual

STYLE = Style(size=11)
WIDTH = 200.0


def test_long_url_wraps_without_losing_characters():
    """A 400-character URL is cut into lines that fit and join back to the URL."""
    url = "https://esimerkki.invalid/" + "polku/" * 60 + "x" * 14
    url = url[:400]

    lines = wrap(url, WIDTH, STYLE)

    assert len(url) == 400
    assert "".join(lines) == url
    assert all(fonts.text_width(line, 11) <= WIDTH for line in lines)


def test_long_finnish_compound_wraps_inside_the_column():
    """A compound longer than the column is broken between letters, none lost."""
    word = "lastensuojeluilmoitusvelvollisuusasiakirjamallipohjaesimerkkitapaus" * 2

    lines = wrap(f"Katso {word} heti.", WIDTH, STYLE)

    assert "".join(lines).replace(" ", "") == f"Katso{word}heti."
    assert all(fonts.text_width(line, 11) <= WIDTH for line in lines)


def test_text_is_kept_exactly_as_typed():
    """Markup-like characters and quotes survive wrapping untouched."""
    text = "A & B <b>not bold</b> \"quoted\" 'single' 5 > 3 && x < y"

    lines = wrap(text, 2000, STYLE)

    assert lines == [text]


def test_hard_line_breaks_are_kept():
    """A newline typed by the worker starts a new line."""
    assert wrap("eka\ntoka", WIDTH, STYLE) == ["eka", "toka"]


def test_arabic_lines_are_reordered_after_breaking():
    """Each wrapped Arabic line starts, at its right end, with the next word."""
    sentence = "يمكن للعائلة أن تتصل بمركز الخدمة في أي يوم من أيام الأسبوع "
    text = (sentence * 6).strip()

    lines = wrap(text, WIDTH, STYLE)

    assert len(lines) > 2
    assert " ".join(lines) == text
    for line in lines:
        first_word = line.split(" ")[0]
        rightmost = visual(line, True).split(" ")[-1]
        assert rightmost == shape(first_word)[::-1]


def test_arabic_letters_are_joined():
    """Shaping turns Arabic letters into their joined presentation forms."""
    shaped = shape("مرحبا")

    assert shaped != "مرحبا"
    assert all(0xFB50 <= ord(c) <= 0xFEFF for c in shaped)
