"""What goes on a sheet, placed so a family can read it: labels fit their
column, and Latin names on a right-to-left sheet sit on the reading side."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from familjecenter_desktop.sheets import compose, fonts
from familjecenter_desktop.sheets.layout import LineOp, lay_out
from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.sheets.pages import card_template, sheet_template
from familjecenter_desktop.sheets.phrases import available_languages, load_phrasebook

_spec = importlib.util.spec_from_file_location(
    "sheet_test_helpers", Path(__file__).with_name("helpers.py")
)
helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(helpers)


def laid_out(kind: str, lang: str, large: bool = False):
    """The made-up service's sheet (or card) laid out, and its template."""
    book = load_phrasebook(lang)
    options = SheetOptions(
        kind=kind, lang=lang, large_print=large, printed_on=helpers.PRINTED_ON
    )
    blocks = (compose.card_blocks if kind == "card" else compose.service_blocks)(
        [helpers.made_up_service()], options, book
    )
    if kind == "card":
        template = card_template("A4")
    else:
        template = sheet_template("A4", lambda n, total: [], book.rtl, 8)
    return lay_out(blocks, template.frames, book.rtl), template


@pytest.mark.parametrize("lang", available_languages())
@pytest.mark.parametrize("kind", ["service", "card"])
@pytest.mark.parametrize("large", [False, True])
def test_no_label_runs_into_its_value(lang, kind, large):
    """Texts that share a baseline (a label and its value) never overlap, even
    the long Arabic and Somali labels on a large-print card."""
    pages, _template = laid_out(kind, lang, large)

    for page in pages:
        lines: dict[float, list[tuple[float, float]]] = {}
        for op in page.ops:
            if isinstance(op, LineOp):
                lines.setdefault(round(op.y, 2), []).append(
                    (op.runs[0][3], line_right(op))
                )
        for spans in lines.values():
            spans.sort()
            for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
                assert end <= start + 0.01, (lang, kind, spans)


def line_text(op: LineOp) -> str:
    return "".join(run[2] for run in op.runs)


def line_right(op: LineOp) -> float:
    font, size, text, x = op.runs[-1]
    return x + fonts.pdfmetrics.stringWidth(text, font, size)


@pytest.mark.parametrize(("lang", "right_side"), [("ar", True), ("fi", False)])
def test_service_name_sits_on_the_sheets_reading_side(lang, right_side):
    """A Finnish service name is right-aligned on an Arabic sheet (under its
    right-aligned heading) and left-aligned on a Finnish one."""
    pages, template = laid_out("service", lang)
    frame = template.frames[0]

    [name] = [
        op
        for op in pages[0].ops
        if isinstance(op, LineOp) and line_text(op) == "Perheneuvola"
    ]
    if right_side:
        assert line_right(name) == pytest.approx(frame.x + frame.width)
    else:
        assert name.runs[0][3] == pytest.approx(frame.x)


def test_card_label_column_stays_inside_the_card():
    """However long a label, the card keeps room for the number beside it."""
    template = card_template("A4")
    book = load_phrasebook("so")
    options = SheetOptions(kind="card", lang="so", large_print=True)

    styles = compose.styles_for(options, book)

    assert styles.label_width <= template.frames[0].width / 2


def lines_by_page(pages) -> list[tuple[str, int]]:
    return [
        (line_text(op), number)
        for number, page in enumerate(pages)
        for op in page.ops
        if isinstance(op, LineOp)
    ]


def test_a_service_never_starts_alone_at_the_foot_of_a_page():
    """Wherever the page break falls, the second service's name, its notices and
    its first heading land on the same page as the first line of its text, and
    a record's source stamp never opens a page by itself."""
    book = load_phrasebook("fi")
    options = SheetOptions(printed_on=helpers.PRINTED_ON)
    template = sheet_template("A5", lambda n, total: [], False, 8)
    second = helpers.made_up_service(
        name="Toinen palvelu",
        summary="Toisen palvelun tiivistelmä.",
        other_language="sv",
        verified_at=None,
    )
    heading = book.get("what_it_is")

    for words in range(40, 400, 6):
        first = helpers.made_up_service(description="Sana " * words)
        blocks = compose.service_blocks([first, second], options, book)
        pages = lay_out(blocks, template.frames, False)

        where = {}
        for number, page in enumerate(pages):
            for op in page.ops:
                if isinstance(op, LineOp):
                    where.setdefault(line_text(op), []).append(number)
        name_page = where["Toinen palvelu"][0]
        assert where[heading][-1] == name_page, words
        assert where[second.summary][0] == name_page, words
        # The record's stamp is never alone at the top of a page.
        stamps = [n for text, n in lines_by_page(pages) if text.startswith("Lähde")]
        for page in stamps:
            first_text = next(t for t, n in lines_by_page(pages) if n == page)
            assert not first_text.startswith("Lähde"), words
