"""What goes on each kind of sheet, as a list of layout blocks.

``service_blocks`` (the service sheet), ``card_blocks`` (the discreet card) and
``referral_blocks`` (the referral sheet) take the plain sheet data and the
phrasebook of the family's language and return the blocks ``layout`` flows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from reportlab.lib.units import mm

from familjecenter_desktop.core.timeutil import to_helsinki
from familjecenter_desktop.sheets import fonts
from familjecenter_desktop.sheets.layout import (
    Block,
    Qr,
    Row,
    Rule,
    Spacer,
    Style,
    Text,
)
from familjecenter_desktop.sheets.model import (
    HoursDay,
    SheetOptions,
    SheetReferral,
    SheetService,
)
from familjecenter_desktop.sheets.phrases import Phrasebook
from familjecenter_desktop.sheets.shaping import has_rtl, shape

log = logging.getLogger(__name__)

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
ROW_LABELS = ("address", "phone", "web", "e_service", "email")
REFERRAL_LABELS = ("referred_on", "contact_by", "your_worker")
CARD_LABEL_MAX = 34 * mm  # of the card half's 77 mm
DOT_TIME_LANGUAGES = {"fi", "fi-selko", "sv", "et"}
SOURCE_NAMES = {"ptv": "Suomi.fi (PTV)"}

GREY = (0.3, 0.3, 0.3)
NOTE_BACKGROUND = (0.92, 0.95, 1.0)
NOTICE_BACKGROUND = (1.0, 0.96, 0.8)
WARNING_BACKGROUND = (1.0, 0.85, 0.75)


@dataclass(frozen=True)
class Styles:
    """The text styles of one sheet, scaled for size, large print and language."""

    title: Style
    heading: Style
    name: Style
    body: Style
    small: Style
    strong: Style
    note: Style
    notice: Style
    warning: Style
    label_width: float
    qr_size: float

    @classmethod
    def make(cls, base: float, label_width: float, qr_size: float) -> Styles:
        return cls(
            title=Style(size=base * 1.8, bold=True, space_after=base * 0.4),
            heading=Style(
                size=base * 1.05,
                bold=True,
                space_before=base * 0.6,
                keep_with_next=True,
            ),
            name=Style(
                size=base * 1.4, bold=True, space_before=base * 0.3, keep_with_next=True
            ),
            body=Style(size=base, space_after=base * 0.2),
            small=Style(size=base * 0.8, color=GREY),
            strong=Style(size=base * 1.15, bold=True),
            note=Style(size=base, background=NOTE_BACKGROUND, space_after=base * 0.3),
            notice=Style(size=base * 0.9, background=NOTICE_BACKGROUND),
            warning=Style(size=base, bold=True, background=WARNING_BACKGROUND),
            label_width=label_width,
            qr_size=qr_size,
        )


def base_size(options: SheetOptions, book: Phrasebook) -> float:
    """The body text size in points."""
    size = {"A4": 11.0, "A5": 9.5}[options.size]
    if options.kind == "card":
        size = 7.0
    if options.large_print:
        size *= 1.4
    return size * book.type_scale


def fit_labels(
    texts: list[str], size: float, minimum: float, maximum: float, bold=False
) -> float:
    """A label column wide enough for the widest of ``texts`` and a gap, kept
    between ``minimum`` and ``maximum`` (a longer label wraps in its column)."""
    widest = max((fonts.text_width(shape(t), size, bold) for t in texts), default=0)
    return min(max(minimum, widest + size), maximum)


def row_labels(book: Phrasebook) -> list[str]:
    """Every label a contact or opening-hours row can have in this language."""
    labels = [book.get(key) for key in ROW_LABELS]
    labels += [day_label(date(2026, 12, 30 - 6 + n), book) for n in range(7)]
    return labels


def styles_for(options: SheetOptions, book: Phrasebook) -> Styles:
    base = base_size(options, book)
    if options.kind == "card":
        width = fit_labels(row_labels(book), base, base * 6, CARD_LABEL_MAX)
        return Styles.make(base, width, 0)
    width = fit_labels(row_labels(book), base, base * 9, base * 16)
    return Styles.make(base, width, (32 if options.size == "A4" else 26) * mm)


# --- small formatters ---------------------------------------------------------


def local_day(moment: date | datetime) -> date:
    """The Finnish calendar day of a moment (aware datetimes are converted)."""
    if isinstance(moment, datetime):
        return to_helsinki(moment).date() if moment.tzinfo else moment.date()
    return moment


def format_date(moment: date | datetime) -> str:
    day = local_day(moment)
    return f"{day.day}.{day.month}.{day.year}"


def format_time(moment: time, lang: str) -> str:
    if lang in DOT_TIME_LANGUAGES:
        return f"{moment.hour}.{moment.minute:02d}"
    return f"{moment.hour:02d}:{moment.minute:02d}"


def day_label(day: date, book: Phrasebook) -> str:
    """Weekday and date; no trailing dot in right-to-left text, where it would
    land on the wrong side."""
    end = "" if book.rtl else "."
    return f"{book.get(WEEKDAYS[day.weekday()])} {day.day}.{day.month}{end}"


def day_text(day: HoursDay, book: Phrasebook) -> str:
    """What a day's opening hours say: times, closed, by appointment, holiday."""
    parts: list[str] = []
    if day.always_open:
        parts.append(book.get("open_24h"))
    elif day.openings:
        parts.append(
            ", ".join(
                f"{format_time(a, book.code)}–{format_time(b, book.code)}"
                for a, b in day.openings
            )
        )
    elif not day.by_appointment:
        parts.append(book.get("closed"))
    if day.by_appointment:
        parts.append(book.get("by_appointment"))
    text = ", ".join(parts)
    if day.holiday_name:
        text = f"{text} ({day.holiday_name})"
    if day.note:
        text = f"{text}. {day.note}"
    return text


def source_name(source: str) -> str:
    return SOURCE_NAMES.get(source, source)


def ltr(text: str, book: Phrasebook) -> str:
    """Latin text set inside a right-to-left phrase keeps its own order
    (an embedding, so "Suomi.fi (PTV)" keeps its brackets)."""
    if book.rtl and text and not has_rtl(text):
        return f"\u202a{text}\u202c"
    return text


def separator(book: Phrasebook) -> str:
    """The dot between stamp parts; strong RTL marks keep RTL parts in order."""
    return "\u200f · \u200f" if book.rtl else " · "


def is_stale(service: SheetService, options: SheetOptions) -> bool:
    """Whether the record was last checked longer ago than the setting allows."""
    checked = service.verified_at or service.last_updated
    if checked is None:
        return True
    limit = options.printed_on - timedelta(days=options.stale_record_days)
    return local_day(checked) < limit


# --- service sheet ------------------------------------------------------------


def service_blocks(
    services: list[SheetService], options: SheetOptions, book: Phrasebook
) -> list[Block]:
    """The whole service sheet: title, the worker's note, then each service."""
    s = styles_for(options, book)
    blocks: list[Block] = [Text(book.get("title_service"), s.title, book.rtl)]
    if options.site_name:
        blocks.append(Text(options.site_name, s.small, follow_page=True))
    blocks.append(Text(book.get("intro_service"), s.body, book.rtl))
    if options.note.strip():
        blocks.append(Text(book.get("worker_note"), s.heading, book.rtl))
        blocks.append(Text(options.note, s.note))
    for service in services:
        blocks.append(Rule())
        blocks.extend(one_service(service, options, book, s))
    return blocks


def one_service(
    service: SheetService, options: SheetOptions, book: Phrasebook, s: Styles
) -> list[Block]:
    """Everything about one service, in the order a family needs it."""
    rtl = book.rtl
    # The name, organisation and notices stay with the first heading and line.
    small, notice, warning = (
        replace(style, keep_with_next=True) for style in (s.small, s.notice, s.warning)
    )
    blocks: list[Block] = [Text(service.name, s.name, follow_page=True)]
    if service.organisation and service.organisation != service.name:
        blocks.append(Text(service.organisation, small, follow_page=True))
    if service.other_language:
        name = book.language_name(service.other_language)
        key = "content_partly" if service.other_language_partly else "content_language"
        blocks.append(Text(book.get(key, language=name), notice, rtl))
    if is_stale(service, options):
        checked = service.verified_at or service.last_updated
        when = format_date(checked) if checked else "?"
        blocks.append(Text(book.get("stale_warning", date=when), warning, rtl))

    about = [t for t in (service.summary, service.description) if t.strip()]
    if len(about) == 2 and service.description.startswith(service.summary):
        about = [service.description]
    if about:
        blocks.append(Text(book.get("what_it_is"), s.heading, rtl))
        blocks.extend(Text(t, s.body) for t in about)
    if service.eligibility.strip():
        blocks.append(Text(book.get("for_whom"), s.heading, rtl))
        blocks.append(Text(service.eligibility, s.body))

    blocks.extend(contact_blocks(service, book, s))
    if service.qr_url:
        blocks.append(Qr(service.qr_url, s.qr_size, book.get("scan_qr"), s.body))
    blocks.extend(hours_blocks(service, book, s))
    blocks.extend(cost_blocks(service, book, s))
    if service.user_instruction.strip():
        blocks.append(Text(book.get("what_to_bring"), s.heading, rtl))
        blocks.append(Text(service.user_instruction, s.body))
    access = [loc.accessibility for loc in service.locations if loc.accessibility]
    if access:
        blocks.append(Text(book.get("accessibility"), s.heading, rtl))
        blocks.extend(Text(t, s.body) for t in dict.fromkeys(access))
    # The record's stamp never stands alone at the top of a page: the last
    # block goes with it.
    last = blocks[-1]
    if isinstance(last, Text | Row):
        blocks[-1] = replace(last, style=replace(last.style, keep_with_next=True))
    stamp_style = replace(s.small, space_before=s.body.size * 0.5)
    blocks.append(Text(stamp(service, book), stamp_style, rtl))
    return blocks


def stamp(service: SheetService, book: Phrasebook) -> str:
    """Where the record comes from and when it was last updated."""
    name = ltr(source_name(service.source) or "-", book)
    parts = [f"{book.get('source')}: {name}"]
    if service.last_updated is not None:
        parts.append(f"{book.get('updated')} {format_date(service.last_updated)}")
    return separator(book).join(parts)


def contact_blocks(service: SheetService, book: Phrasebook, s: Styles) -> list[Block]:
    """Addresses, phones, e-mail, web pages and e-services."""
    rtl = book.rtl
    rows: list[Block] = []
    several = len(service.locations) > 1
    for location in service.locations:
        if several and location.name:
            rows.append(Text(location.name, s.strong, follow_page=True))
        if location.address_lines:
            rows.append(
                Row(
                    book.get("address"),
                    "\n".join(location.address_lines),
                    s.body,
                    s.label_width,
                    rtl,
                )
            )
        for phone in location.phones:
            rows.append(_phone_row(phone.number, phone.label, book, s))
        for link in location.web_pages:
            rows.append(Row(book.get("web"), link.url, s.body, s.label_width, rtl))
    for phone in service.phones:
        rows.append(_phone_row(phone.number, phone.label, book, s))
    for email in service.emails:
        rows.append(Row(book.get("email"), email, s.body, s.label_width, rtl))
    for link in service.web_pages:
        rows.append(Row(book.get("web"), link.url, s.body, s.label_width, rtl))
    for link in service.e_services:
        rows.append(Row(book.get("e_service"), link.url, s.body, s.label_width, rtl))
    if not rows:
        return []
    return [Text(book.get("how_to_reach"), s.heading, rtl), *rows]


def _phone_row(number: str, label: str, book: Phrasebook, s: Styles) -> Row:
    value = f"{number} ({label})" if label and label != number else number
    return Row(book.get("phone"), value, s.body, s.label_width, book.rtl)


def hours_blocks(service: SheetService, book: Phrasebook, s: Styles) -> list[Block]:
    """The coming days' hours of each location, or a note that they are unknown."""
    rtl = book.rtl
    with_hours = [loc for loc in service.locations if loc.hours]
    blocks: list[Block] = [Text(book.get("opening_hours"), s.heading, rtl)]
    if not with_hours:
        blocks.append(Text(book.get("no_hours"), s.body, rtl))
        return blocks
    for location in with_hours:
        if len(with_hours) > 1 and location.name:
            blocks.append(Text(location.name, s.strong, follow_page=True))
        for day in location.hours or ():
            blocks.append(
                Row(
                    day_label(day.day, book),
                    day_text(day, book),
                    s.body,
                    s.label_width,
                    rtl,
                )
            )
    return blocks


def cost_blocks(service: SheetService, book: Phrasebook, s: Styles) -> list[Block]:
    rtl = book.rtl
    texts = []
    charge = (service.charge_type or "").lower()
    if charge == "free":
        texts.append(book.get("free"))
    elif charge == "charged":
        texts.append(book.get("charged"))
    if not texts and not service.charge_info.strip():
        return []
    blocks: list[Block] = [Text(book.get("cost"), s.heading, rtl)]
    blocks.extend(Text(t, s.body, rtl) for t in texts)
    if service.charge_info.strip():
        blocks.append(Text(service.charge_info, s.body))
    return blocks


# --- discreet card ------------------------------------------------------------


def card_blocks(
    services: list[SheetService], options: SheetOptions, book: Phrasebook
) -> list[Block]:
    """A neutral title, then each service's name, phones and web address."""
    s = styles_for(options, book)
    rtl = book.rtl
    blocks: list[Block] = [Text(book.get("title_card"), s.strong, rtl)]
    for service in services:
        blocks.append(Spacer(s.body.size * 0.4))
        name_style = Style(size=s.body.size, bold=True, keep_with_next=True)
        blocks.append(Text(service.name, name_style, follow_page=True))
        phones = [*service.phones]
        for location in service.locations:
            phones.extend(location.phones)
        for phone in phones:
            blocks.append(_phone_row(phone.number, phone.label, book, s))
        if service.qr_url:
            web = service.qr_url
            blocks.append(Row(book.get("web"), web, s.body, s.label_width, rtl))
        always = [
            loc
            for loc in service.locations
            if loc.hours and all(d.always_open for d in loc.hours)
        ]
        if always:
            blocks.append(Text(book.get("open_24h"), s.body, rtl))
    return blocks


# --- referral sheet -----------------------------------------------------------


def referral_blocks(
    referral: SheetReferral, options: SheetOptions, book: Phrasebook
) -> list[Block]:
    """Where the family was referred, who contacts whom by when, whom to call."""
    s = styles_for(options, book)
    rtl = book.rtl
    labels = [book.get(key) for key in REFERRAL_LABELS]
    wide = fit_labels(
        labels, s.strong.size, s.label_width * 1.5, s.body.size * 20, True
    )
    blocks: list[Block] = [Text(book.get("title_referral"), s.title, rtl)]
    if options.site_name:
        blocks.append(Text(options.site_name, s.small, follow_page=True))
    blocks.append(Text(book.get("referred_to"), s.heading, rtl))
    blocks.append(Text(referral.service.name, s.name, follow_page=True))
    blocks.append(
        Row(
            book.get("referred_on"),
            format_date(referral.referred_on),
            s.body,
            wide,
            rtl,
        )
    )
    blocks.append(Text(book.get("who_contacts"), s.heading, rtl))
    who = (
        "service_contacts_you"
        if referral.service_contacts_family
        else ("you_contact_service")
    )
    blocks.append(Text(book.get(who), s.body, rtl))
    if referral.contact_by is not None:
        blocks.append(
            Row(
                book.get("contact_by"),
                format_date(referral.contact_by),
                s.strong,
                wide,
                rtl,
            )
        )
    blocks.append(Text(book.get("if_nothing_happens"), s.heading, rtl))
    # The service calls: "if no one has called by then"; the family calls: "if
    # you cannot reach them".
    default = (
        "if_nothing_default"
        if referral.service_contacts_family
        else "if_nothing_yourself"
    )
    blocks.append(
        Text(
            referral.if_nothing_happens or book.get(default),
            s.body,
            None if referral.if_nothing_happens else rtl,
        )
    )
    if referral.contact_name or referral.contact_phone:
        blocks.append(Text(book.get("whom_to_call"), s.heading, rtl))
        call = " ".join(p for p in (referral.contact_name, referral.contact_phone) if p)
        blocks.append(Text(call, s.strong, follow_page=True))
    if referral.worker_name:
        blocks.append(
            Row(
                book.get("your_worker"),
                referral.worker_name,
                s.body,
                wide,
                rtl,
            )
        )
    blocks.append(Rule())
    blocks.extend(one_service(referral.service, options, book, s))
    return blocks
