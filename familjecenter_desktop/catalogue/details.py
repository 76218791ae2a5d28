"""Loading what the window and the handout printer read about services.

``load_service_rows`` reads result lines in batches, ``load_service_detail`` one
service whole, as the plain data of ``catalogue/shown.py`` (re-exported here).
No ORM object leaves here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from familjecenter_desktop.catalogue.hours_load import load_hours_for_channels
from familjecenter_desktop.catalogue.shown import (
    LABELLED_SCHEMES,
    MUNICIPALITY_SCHEME,
    AddressDetail,
    LinkDetail,
    LocationDetail,
    PhoneDetail,
    ServiceDetail,
    ServiceRow,
    ShownText,
    shown,
)
from familjecenter_desktop.db.models import (
    Address,
    BundleCategory,
    Channel,
    CodeLabel,
    ContactPoint,
    FamilyTask,
    Organisation,
    Service,
    ServiceCategoryLink,
    ServiceChannelLink,
    ServiceTaskLink,
)
from familjecenter_desktop.domain.hours import HoursSet
from familjecenter_desktop.domain.texts import pick, pick_with_language

log = logging.getLogger(__name__)


def load_service_rows(
    session: Session, ids: Sequence[int], lang: str
) -> list[ServiceRow]:
    """Rows for ``ids`` in the same order; ids no longer in the catalogue left out."""
    if not ids:
        return []
    # Only the columns a row shows: whole Service objects would decode every
    # description of the page (the slowest part of showing results).
    services = session.execute(
        select(
            Service.id,
            Service.name,
            Service.summary,
            Service.area_municipalities,
            Organisation.name.label("organisation_name"),
            Organisation.municipality_code.label("organisation_municipality"),
        )
        .outerjoin(Organisation, Organisation.id == Service.organisation_id)
        .where(Service.id.in_(list(ids)))
    ).all()
    by_id = {s.id: s for s in services}
    places = _service_municipalities(session, by_id.keys())
    codes_by_id = {
        i: places.get(i) or list(s.area_municipalities or []) for i, s in by_id.items()
    }
    names = _municipality_names(session, _flatten(codes_by_id.values()), lang)

    rows = []
    for service_id in ids:
        service = by_id.get(service_id)
        if service is None:
            continue
        codes = codes_by_id[service_id]
        if not codes and service.organisation_name is not None:
            codes = [service.organisation_municipality or ""]
        municipality = ", ".join(dict.fromkeys(names.get(c, c) for c in codes if c))
        organisation = (
            pick_with_language(service.organisation_name, lang)[0]
            if service.organisation_name is not None
            else ""
        )
        rows.append(
            ServiceRow(
                id=service.id,
                name=pick(service.name, lang),
                organisation=organisation,
                municipality=municipality,
                summary=pick(service.summary, lang),
            )
        )
    return rows


def load_service_detail(
    session: Session, service_id: int, lang: str
) -> ServiceDetail | None:
    """Everything known about one service, or None when it no longer exists."""
    service = session.get(Service, service_id)
    if service is None:
        return None

    channels = _linked_channels(session, service_id)
    labels = _code_labels(session, service, lang)
    municipality_codes = {
        a.municipality_code
        for c in channels
        for a in c.addresses
        if a.municipality_code
    }
    municipalities = _municipality_names(session, municipality_codes, lang)
    hours_sets = _hours_sets(session, [c.id for c in channels])

    phones = [_phone(p, lang) for p in _points(service.contact_points, "phone")]
    emails = [p.value for p in _points(service.contact_points, "email")]
    web_pages = [_link(p, lang) for p in _points(service.contact_points, "web")]
    e_services: list[LinkDetail] = []
    forms: list[LinkDetail] = []
    locations = []
    for channel in channels:
        if channel.kind == "location":
            locations.append(
                _location(channel, lang, municipalities, hours_sets.get(channel.id, []))
            )
        elif channel.kind == "phone":
            phones.extend(_channel_phones(channel, lang, hours_sets.get(channel.id)))
            emails.extend(p.value for p in _points(channel.contact_points, "email"))
        elif channel.kind == "web_page":
            web_pages.extend(_channel_links(channel, lang, "web"))
        elif channel.kind == "e_service":
            e_services.extend(
                _channel_links(channel, lang, "e_service", hours_sets.get(channel.id))
            )
        elif channel.kind == "printable_form":
            forms.extend(_channel_links(channel, lang, "form"))

    return ServiceDetail(
        id=service.id,
        lang=lang,
        name=shown(service.name, lang),
        alternative_name=shown(service.alternative_name, lang),
        summary=shown(service.summary, lang),
        description=shown(service.description, lang),
        user_instruction=shown(service.user_instruction, lang),
        eligibility=shown(service.eligibility, lang),
        charge_type=service.charge_type,
        charge_info=shown(service.charge_info, lang),
        languages=list(service.languages or []),
        min_age_months=service.min_age_months,
        max_age_months=service.max_age_months,
        organisation=ShownText(*_organisation_text(service.organisation, lang)),
        categories=_category_names(session, service_id, lang),
        tasks=_task_names(session, service_id, lang),
        target_groups=labels.get("target_group", []),
        service_classes=labels.get("service_class", []),
        life_events=labels.get("life_event", []),
        locations=locations,
        phones=phones,
        emails=list(dict.fromkeys(emails)),
        web_pages=web_pages,
        e_services=e_services,
        forms=forms,
        source_system=service.source_system,
        source_id=service.source_id,
        source_modified=service.source_modified,
        imported_at=service.imported_at,
        verified_at=service.verified_at,
    )


# --- rows ---------------------------------------------------------------------


def _flatten(groups: Iterable[list[str]]) -> set[str]:
    return {code for group in groups for code in group}


def _service_municipalities(
    session: Session, service_ids: Iterable[int]
) -> dict[int, list[str]]:
    """Municipality codes of each service's locations, in address order."""
    ids = list(service_ids)
    if not ids:
        return {}
    found = session.execute(
        select(ServiceChannelLink.service_id, Address.municipality_code)
        .join(Address, Address.channel_id == ServiceChannelLink.channel_id)
        .where(ServiceChannelLink.service_id.in_(ids))
        .where(Address.municipality_code.is_not(None))
        .order_by(ServiceChannelLink.service_id, Address.position)
    ).all()
    places: dict[int, list[str]] = {}
    for service_id, code in found:
        codes = places.setdefault(service_id, [])
        if code not in codes:
            codes.append(code)
    return places


def _municipality_names(
    session: Session, codes: Iterable[str], lang: str
) -> dict[str, str]:
    wanted = [c for c in set(codes) if c]
    if not wanted:
        return {}
    labels = session.execute(
        select(CodeLabel.code, CodeLabel.name)
        .where(CodeLabel.scheme == MUNICIPALITY_SCHEME)
        .where(CodeLabel.code.in_(wanted))
    ).all()
    return {code: pick(name, lang) or code for code, name in labels}


def _organisation_text(
    organisation: Organisation | None, lang: str
) -> tuple[str, str | None]:
    if organisation is None:
        return "", None
    return pick_with_language(organisation.name, lang)


def _organisation_name(organisation: Organisation | None, lang: str) -> str:
    return _organisation_text(organisation, lang)[0]


# --- detail -------------------------------------------------------------------


def _linked_channels(session: Session, service_id: int) -> list[Channel]:
    return list(
        session.scalars(
            select(Channel)
            .join(ServiceChannelLink, ServiceChannelLink.channel_id == Channel.id)
            .where(ServiceChannelLink.service_id == service_id)
            .options(
                selectinload(Channel.addresses),
                selectinload(Channel.contact_points),
            )
            .order_by(Channel.kind, Channel.id)
        ).all()
    )


def _code_labels(session: Session, service: Service, lang: str) -> dict[str, list[str]]:
    """Labels of the service's PTV codes by scheme; unknown codes show as codes."""
    wanted = [c for c in service.classifications if c.scheme in LABELLED_SCHEMES]
    if not wanted:
        return {}
    known = session.execute(
        select(CodeLabel.scheme, CodeLabel.code, CodeLabel.name).where(
            CodeLabel.code.in_({c.code for c in wanted})
        )
    ).all()
    names = {(scheme, code): name for scheme, code, name in known}
    labels: dict[str, list[str]] = {}
    for item in sorted(wanted, key=lambda c: c.code):
        label = pick(names.get((item.scheme, item.code)), lang) or item.code
        labels.setdefault(item.scheme, []).append(label)
    return labels


def _category_names(session: Session, service_id: int, lang: str) -> list[str]:
    names = session.scalars(
        select(BundleCategory.name)
        .join(
            ServiceCategoryLink, ServiceCategoryLink.category_key == BundleCategory.key
        )
        .where(ServiceCategoryLink.service_id == service_id)
        .order_by(BundleCategory.position)
    ).all()
    return [pick(n, lang) for n in names]


def _task_names(session: Session, service_id: int, lang: str) -> list[str]:
    names = session.scalars(
        select(FamilyTask.name)
        .join(ServiceTaskLink, ServiceTaskLink.task_key == FamilyTask.key)
        .where(ServiceTaskLink.service_id == service_id)
        .order_by(FamilyTask.position)
    ).all()
    return [pick(n, lang) for n in names]


def _hours_sets(session: Session, channel_ids: list[int]) -> dict[int, list[HoursSet]]:
    """Opening-hour sets of each location, through the hours loader."""
    if not channel_ids:
        return {}
    return load_hours_for_channels(session, channel_ids)


def _points(points: Iterable[ContactPoint], *kinds: str) -> list[ContactPoint]:
    wanted = set(kinds)
    if "phone" in wanted:
        wanted |= {"sms", "fax"}
    return sorted((p for p in points if p.kind in wanted), key=lambda p: p.position)


def _phone(point: ContactPoint, lang: str) -> PhoneDetail:
    return PhoneDetail(
        number=point.value,
        label=shown(point.label, lang),
        kind=point.kind,
        charge_type=point.charge_type,
        charge_info=shown(point.charge_info, lang),
    )


def _link(point: ContactPoint, lang: str, kind: str = "web") -> LinkDetail:
    return LinkDetail(url=point.value, name=shown(point.label, lang), kind=kind)


def _channel_phones(
    channel: Channel, lang: str, hours: list[HoursSet] | None = None
) -> list[PhoneDetail]:
    """A phone channel's numbers, named after the channel and with its hours."""
    phones = []
    for point in _points(channel.contact_points, "phone"):
        phone = _phone(point, lang)
        label = phone.label or shown(channel.name, lang)
        phones.append(replace(phone, label=label, hours=list(hours or [])))
    return phones


def _channel_links(
    channel: Channel, lang: str, kind: str, hours: list[HoursSet] | None = None
) -> list[LinkDetail]:
    """The channel's own address (in the best language) and any link points."""
    links = []
    url = pick(channel.url, lang)
    name = shown(channel.name, lang)
    if url:
        links.append(LinkDetail(url, name, kind, list(hours or [])))
    for point in _points(channel.contact_points, "web", "e_service", "form"):
        if point.value != url:
            label = shown(point.label, lang) or name
            links.append(LinkDetail(point.value, label, kind, list(hours or [])))
    return links


def _location(
    channel: Channel,
    lang: str,
    municipalities: dict[str, str],
    hours_sets: list,
) -> LocationDetail:
    addresses = [
        AddressDetail(
            kind=a.kind,
            street=pick(a.street, lang),
            street_number=a.street_number or "",
            po_box=pick(a.po_box, lang),
            postal_code=a.postal_code or "",
            post_office=pick(a.post_office, lang),
            municipality=municipalities.get(a.municipality_code or "", "")
            or (a.municipality_code or ""),
            latitude=a.latitude,
            longitude=a.longitude,
            additional_info=shown(a.additional_info, lang),
            entrance_accessibility=shown(a.entrance_accessibility, lang),
        )
        for a in sorted(
            channel.addresses, key=lambda a: (a.kind != "visiting", a.position)
        )
    ]
    return LocationDetail(
        id=channel.id,
        name=shown(channel.name, lang),
        addresses=addresses,
        accessibility=shown(channel.accessibility, lang),
        phones=[_phone(p, lang) for p in _points(channel.contact_points, "phone")],
        emails=[p.value for p in _points(channel.contact_points, "email")],
        hours=hours_sets,
    )
