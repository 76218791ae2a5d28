"""Turning the catalogue's ``ServiceDetail`` into the plain data a sheet prints.

Opening hours are resolved day by day for the coming two weeks with
``domain.hours.days_ahead`` (exceptions and public holidays applied).
Holiday names come in Finnish, Swedish or English only; in other languages
the sheet says "public holiday" in the family's language instead. A
location's own web pages (the detail pane does not carry them) are read here,
so a service whose only address is its location's page still gets a QR code.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from familjecenter_desktop.catalogue.details import (
    LinkDetail,
    LocationDetail,
    PhoneDetail,
    ServiceDetail,
)
from familjecenter_desktop.db.models import Channel
from familjecenter_desktop.domain import holidays_fi
from familjecenter_desktop.domain.hours import DaySchedule, days_ahead
from familjecenter_desktop.domain.texts import pick
from familjecenter_desktop.sheets.model import (
    HoursDay,
    SheetLink,
    SheetLocation,
    SheetPhone,
    SheetService,
)
from familjecenter_desktop.sheets.phrases import load_phrasebook

log = logging.getLogger(__name__)

HOURS_DAYS = 14
HOLIDAY_NAME_LANGUAGES = ("fi", "sv", "en")


def hours_day(schedule: DaySchedule, lang: str, holiday_word: str) -> HoursDay:
    """One resolved day in the sheet's terms."""
    openings = tuple((a.time(), b.time()) for a, b in schedule.openings)
    name = None
    if schedule.kind in ("holiday", "public_holiday") or schedule.holiday_key:
        if lang in HOLIDAY_NAME_LANGUAGES:
            name = holidays_fi.holiday_name(schedule.day, lang)
        if name is None and holidays_fi.is_public_holiday(schedule.day):
            name = holiday_word
    return HoursDay(
        day=schedule.day,
        openings=() if schedule.always_open else openings,
        always_open=schedule.always_open,
        by_appointment=schedule.by_appointment,
        holiday_name=name,
        note=pick(dict(schedule.info), lang) if schedule.info else "",
    )


def _phone(phone: PhoneDetail) -> SheetPhone:
    return SheetPhone(phone.number, phone.label.text)


def _link(link: LinkDetail) -> SheetLink:
    return SheetLink(link.url, link.name.text)


def _location(
    location: LocationDetail,
    start: date,
    lang: str,
    holiday_word: str,
    web_pages: tuple[SheetLink, ...] = (),
) -> SheetLocation:
    hours = None
    if location.hours:
        hours = tuple(
            hours_day(day, lang, holiday_word)
            for day in days_ahead(location.hours, start, HOURS_DAYS)
        )
    lines: list[str] = []
    for address in location.addresses[:1]:
        lines.extend(address.lines())
        if address.additional_info:
            lines.append(address.additional_info.text)
    return SheetLocation(
        name=location.name.text,
        address_lines=tuple(lines),
        accessibility=location.accessibility.text,
        phones=tuple(_phone(p) for p in location.phones),
        hours=hours,
        web_pages=web_pages,
    )


def sheet_service(
    detail: ServiceDetail,
    start: date,
    sheet_lang: str,
    location_web: dict[int, tuple[SheetLink, ...]] | None = None,
) -> SheetService:
    """The sheet data of one service; ``start`` is the first day of the hours,
    ``location_web`` the web pages of its locations by location id."""
    location_web = location_web or {}
    book = load_phrasebook(sheet_lang)
    lang = detail.lang
    main = [t for t in (detail.name, detail.summary, detail.description) if t]
    foreign = [t for t in main if t.is_other_language(lang)]
    other = sorted({t.language for t in foreign})[0] if foreign else None
    return SheetService(
        name=detail.name.text,
        organisation=detail.organisation.text,
        summary=detail.summary.text,
        description=detail.description.text,
        eligibility=detail.eligibility.text,
        user_instruction=detail.user_instruction.text,
        charge_type=detail.charge_type,
        charge_info=detail.charge_info.text,
        locations=tuple(
            _location(
                loc,
                start,
                lang,
                book.get("public_holiday"),
                location_web.get(loc.id, ()),
            )
            for loc in detail.locations
        ),
        phones=tuple(_phone(p) for p in detail.phones),
        emails=tuple(detail.emails),
        web_pages=tuple(_link(link) for link in detail.web_pages),
        e_services=tuple(_link(link) for link in detail.e_services),
        other_language=other,
        other_language_partly=0 < len(foreign) < len(main),
        source=detail.source_system,
        last_updated=detail.last_updated,
        verified_at=detail.verified_at,
    )


def location_web_pages(
    session, location_ids: list[int], lang: str
) -> dict[int, tuple[SheetLink, ...]]:
    """Each location's own web addresses (its page, then web contact points)."""
    if not location_ids:
        return {}
    channels = session.scalars(
        select(Channel)
        .where(Channel.id.in_(location_ids))
        .options(selectinload(Channel.contact_points))
    )
    found: dict[int, tuple[SheetLink, ...]] = {}
    for channel in channels:
        urls = [pick(channel.url, lang)] if channel.url else []
        points = sorted(channel.contact_points, key=lambda p: p.position)
        urls += [p.value for p in points if p.kind == "web"]
        unique = dict.fromkeys(u.strip() for u in urls if u and u.strip())
        found[channel.id] = tuple(SheetLink(url) for url in unique)
    return found


def load_sheet_services(
    session, service_ids: list[int], sheet_lang: str, start: date
) -> list[SheetService]:
    """Sheet data for ``service_ids`` in order; ValueError names a missing id."""
    from familjecenter_desktop.catalogue.details import load_service_detail

    content_lang = load_phrasebook(sheet_lang).content_language
    services = []
    for service_id in service_ids:
        detail = load_service_detail(session, service_id, content_lang)
        if detail is None:
            raise ValueError(f"no service with id {service_id} in the catalogue")
        web = location_web_pages(
            session, [loc.id for loc in detail.locations], content_lang
        )
        services.append(sheet_service(detail, start, sheet_lang, web))
    return services
