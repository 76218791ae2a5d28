"""Building a sheet: data and options in, PDF bytes out.

    pdf = build_sheet(options, services=[...])           # service sheet or card
    pdf = build_sheet(options, referral=SheetReferral(...))  # referral sheet

The same call serves the window, the command line and the benchmark.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from familjecenter_desktop.sheets import compose, fonts
from familjecenter_desktop.sheets.layout import Block, Qr, Row, Text, lay_out
from familjecenter_desktop.sheets.model import SheetOptions, SheetReferral, SheetService
from familjecenter_desktop.sheets.pages import card_template, sheet_template
from familjecenter_desktop.sheets.phrases import Phrasebook, load_phrasebook
from familjecenter_desktop.sheets.render import render

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuiltSheet:
    """A finished PDF and what was printed on it."""

    pdf: bytes
    pages: int
    missing_glyphs: frozenset[str]
    phrasebook: Phrasebook


def footer_lines(
    options: SheetOptions,
    book: Phrasebook,
    services: Sequence[SheetService],
    number: int,
    pages: int,
) -> list[str]:
    """Source, print date and site on one line; the page number on the next."""
    sources = dict.fromkeys(compose.source_name(s.source) for s in services if s.source)
    first = [f"{book.get('printed')} {compose.format_date(options.printed_on)}"]
    if options.site_name:
        first.append(compose.ltr(options.site_name, book))
    if sources:
        named = compose.ltr(", ".join(sources), book)
        first.append(f"{book.get('source')}: {named}")
    page = book.get("page", page=str(number), pages=str(pages))
    return [compose.separator(book).join(first), page]


def block_texts(blocks: Sequence[Block]) -> list[str]:
    """Every text that a list of blocks prints."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Text):
            texts.append(block.text)
        elif isinstance(block, Row):
            texts.extend((block.label, block.value))
        elif isinstance(block, Qr):
            texts.extend((block.caption, block.url))
    return texts


def build_sheet(
    options: SheetOptions,
    services: Sequence[SheetService] = (),
    referral: SheetReferral | None = None,
) -> BuiltSheet:
    """The PDF of one sheet; ValueError names what is missing or wrong."""
    book = load_phrasebook(options.lang)
    if options.kind == "referral":
        if referral is None:
            raise ValueError("a referral sheet needs the referral")
        services = [referral.service]
        blocks = compose.referral_blocks(referral, options, book)
    else:
        if not services:
            raise ValueError("a sheet needs at least one service")
        services = list(services)
        if options.kind == "card":
            blocks = compose.card_blocks(services, options, book)
        else:
            blocks = compose.service_blocks(services, options, book)

    missing = frozenset().union(*(fonts.missing_glyphs(t) for t in block_texts(blocks)))
    if missing:
        log.warning("%d characters have no glyph in the shipped fonts", len(missing))

    if options.kind == "card":
        template = card_template(options.size)
    else:
        small = compose.base_size(options, book) * 0.75
        template = sheet_template(
            options.size,
            lambda n, total: footer_lines(options, book, services, n, total),
            book.rtl,
            small,
        )
    pages = lay_out(blocks, template.frames, book.rtl, template.decorate)
    title = book.get(
        {
            "service": "title_service",
            "card": "title_card",
            "referral": "title_referral",
        }[options.kind]
    )
    # The discreet card names no family centre, not even in the file's properties.
    creator = "" if options.kind == "card" else "Familjecenter Desktop"
    pdf = render(pages, template.size, title, book.content_language, creator)
    log.info(
        "built a %s sheet: %d services, %d pages, %d bytes",
        options.kind,
        len(services),
        len(pages),
        len(pdf),
    )
    return BuiltSheet(pdf, len(pages), missing, book)
