"""A PTV service channel record as a normalised, JSON-ready dictionary.

Channel kinds: ServiceLocation → "location" (addresses, coordinates, entrance
accessibility, phones, e-mails, web pages, service hours); Phone → "phone";
WebPage → "web_page"; EChannel → "e_service"; PrintableForm →
"printable_form". Phone numbers keep the number as given with its prefix;
Finnish national service numbers (0295…, 0800…, 010…) are marked. The API's
example values found in some records (``"oid": "oid"``, an ``otherAddress``
of ``"value"`` texts) are left out.
"""

from __future__ import annotations

import logging
import re

from familjecenter_desktop.catalogue.importreport import CatalogueImportError
from familjecenter_desktop.catalogue.ptv.coordinates import to_wgs84
from familjecenter_desktop.catalogue.ptv.fields import (
    clean,
    language_list,
    language_of,
    local_text,
    optional_id,
    parse_modified,
    record_id,
    texts_by_type,
)
from familjecenter_desktop.catalogue.ptv.hours import map_service_hours
from familjecenter_desktop.catalogue.ptv.reader import RawRecord
from familjecenter_desktop.catalogue.ptv.services import area, charge_type

log = logging.getLogger(__name__)

CHANNEL_KINDS = {
    "servicelocation": "location",
    "phone": "phone",
    "webpage": "web_page",
    "echannel": "e_service",
    "printableform": "printable_form",
}
ADDRESS_KINDS = {
    "location": "visiting",
    "visiting": "visiting",
    "postal": "postal",
    "delivery": "delivery",
}
PHONE_KINDS = {"phone": "phone", "fax": "fax", "sms": "sms"}
# Finnish national service numbers, written nationally (0295…) …
SERVICE_PREFIXES = ("0800", "0295", "010", "020", "029", "030", "060", "070", "075")
# … and after +358 without the leading zero.
SERVICE_PREFIXES_INTL = tuple(p[1:] for p in SERVICE_PREFIXES)
EXAMPLE_COORDINATES = (61.6887, 27.2721)
EXTRA_FIELDS = (
    "formIdentifier",
    "signatureQuantity",
    "requiresSignature",
    "requiresAuthentication",
    "accessibilityClassificationLevel",
    "wcagLevel",
    "oid",
)


def is_service_number(prefix: str | None, number: str, flagged: object) -> bool:
    """Whether a phone number is a Finnish national service number."""
    if flagged is True:
        return True
    digits = re.sub(r"\D", "", number)
    if not prefix:
        return digits.startswith(SERVICE_PREFIXES)
    if re.sub(r"\D", "", prefix) == "358":
        return digits.startswith(SERVICE_PREFIXES_INTL)
    return False


def phones(record: RawRecord, field: str) -> list[dict]:
    out = []
    for i, item in enumerate(record.data.get(field) or []):
        if not isinstance(item, dict):
            continue
        number = clean(item.get("number"), "number")
        if not number:
            continue
        prefix = clean(item.get("prefixNumber"), "prefixNumber")
        kind = PHONE_KINDS.get((clean(item.get("type"), "type") or "phone").lower())
        label = clean(item.get("additionalInformation"), "additionalInformation")
        charge = clean(item.get("chargeDescription"), "chargeDescription")
        lang = language_of(item)
        out.append(
            {
                "kind": kind or "phone",
                "value": f"{prefix} {number}" if prefix else number,
                "language": lang,
                "label": {lang or "fi": label} if label else {},
                "charge_type": charge_type(
                    item.get("serviceChargeType"),
                    record,
                    f"{field}[{i}].serviceChargeType",
                ),
                "charge_info": {lang or "fi": charge} if charge else {},
                "is_service_number": is_service_number(
                    prefix, number, item.get("isFinnishServiceNumber")
                ),
            }
        )
    return out


def emails(record: RawRecord, field: str) -> list[dict]:
    out = []
    for item in record.data.get(field) or []:
        value = clean(item.get("value") if isinstance(item, dict) else item, "value")
        if value and "@" in value:
            lang = language_of(item) if isinstance(item, dict) else None
            out.append({"kind": "email", "value": value, "language": lang})
    return out


def web_links(items: object, kind: str = "web") -> list[dict]:
    out = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        url = clean(item.get("url")) or clean(item.get("value"))
        if not url or not re.match(r"^https?://", url, re.IGNORECASE):
            continue
        lang = language_of(item)
        title = clean(item.get("value")) if item.get("url") else None
        out.append(
            {
                "kind": kind,
                "value": url,
                "language": lang,
                "label": {lang or "fi": title} if title and title != url else {},
            }
        )
    return out


def _accessibility(entrances: object) -> dict[str, str]:
    lines: dict[str, list[str]] = {}
    for entrance in entrances if isinstance(entrances, list) else []:
        for sentence in (entrance or {}).get("accessibilitySentences") or []:
            group = local_text((sentence or {}).get("sentenceGroup"))
            for lang, text in local_text((sentence or {}).get("sentence")).items():
                head = group.get(lang)
                lines.setdefault(lang, []).append(f"{head}: {text}" if head else text)
    return {lang: "\n".join(texts) for lang, texts in lines.items()}


def _coordinates(block: dict, entrances: object) -> tuple[float | None, float | None]:
    point = to_wgs84(block.get("latitude"), block.get("longitude"))
    if point is None:
        for entrance in entrances if isinstance(entrances, list) else []:
            if isinstance(entrance, dict) and entrance.get("isMainEntrance"):
                point = to_wgs84(entrance.get("latitude"), entrance.get("longitude"))
    if point is None or point == EXAMPLE_COORDINATES:
        return None, None
    return point


def address(item: dict, kind: str, position: int) -> dict | None:
    """One address; a PO box, a street address, or the flat v7 shape."""
    sub = (clean(item.get("subType"), "subType") or "").lower()
    block = item.get("streetAddress")
    if sub == "postofficebox" or isinstance(item.get("postOfficeBoxAddress"), dict):
        block = item.get("postOfficeBoxAddress") or {}
    if not isinstance(block, dict):
        block = item if "postalCode" in item or "municipality" in item else None
    if block is None:
        abroad = local_text(item.get("locationAbroad"))
        return (
            {"kind": kind, "additional_info": abroad, "position": position}
            if (abroad)
            else None
        )
    municipality = block.get("municipality")
    if isinstance(municipality, dict):
        municipality = municipality.get("code")
    latitude, longitude = _coordinates(block, item.get("entrances"))
    street = block.get("street") or block.get("streetAddress")
    return {
        "kind": kind,
        "street": local_text(street) if isinstance(street, list) else {},
        "street_number": clean(block.get("streetNumber"), "streetNumber"),
        "po_box": local_text(block.get("postOfficeBox")),
        "postal_code": clean(block.get("postalCode"), "postalCode"),
        "post_office": local_text(block.get("postOffice")),
        "municipality_code": clean(municipality, "code"),
        "latitude": latitude,
        "longitude": longitude,
        "additional_info": local_text(block.get("additionalInformation")),
        "entrance_accessibility": _accessibility(item.get("entrances")),
        "position": position,
    }


def addresses(record: RawRecord) -> list[dict]:
    out = []
    for field, default in (
        ("addresses", "visiting"),
        ("deliveryAddresses", "delivery"),
    ):
        for item in record.data.get(field) or []:
            if not isinstance(item, dict):
                continue
            raw_kind = (clean(item.get("type"), "type") or default).lower()
            mapped = address(item, ADDRESS_KINDS.get(raw_kind, default), len(out))
            if mapped:
                out.append(mapped)
    return out


def _url(record: RawRecord) -> dict[str, str]:
    urls: dict[str, str] = {}
    for field in ("channelUrls", "urls", "webPage", "webPages"):
        for link in web_links(record.data.get(field)):
            urls.setdefault(link["language"] or "fi", link["value"])
    if isinstance(record.data.get("url"), str):
        urls.setdefault("fi", record.data["url"].strip())
    return urls


def service_refs(record: RawRecord) -> list[str]:
    refs = []
    for item in record.data.get("services") or []:
        if isinstance(item, dict):
            ident = optional_id(item.get("service") or item.get("serviceId"))
            if ident and ident not in refs:
                refs.append(ident)
    return sorted(refs)


def normalise_channel(record: RawRecord) -> dict:
    """The service channel record as the catalogue stores it."""
    source_id = record_id(record)
    raw_kind = clean(record.data.get("serviceChannelType"), "serviceChannelType")
    kind = CHANNEL_KINDS.get((raw_kind or "").lower())
    if kind is None:
        raise CatalogueImportError(
            f"unknown channel type {record.data.get('serviceChannelType')!r}",
            file=record.file,
            record=source_id,
            field="serviceChannelType",
        )
    names = record.data.get("serviceChannelNames")
    name = local_text(names, "Name") or local_text(names)
    if not name:
        raise CatalogueImportError(
            "required field is missing: no name in any language",
            file=record.file,
            record=source_id,
            field="serviceChannelNames",
        )
    texts = texts_by_type(record.data.get("serviceChannelDescriptions"))
    contacts = (
        phones(record, "phoneNumbers")
        + phones(record, "supportPhones")
        + emails(record, "emails")
        + emails(record, "supportEmails")
    )
    if kind == "location":
        contacts += web_links(record.data.get("webPages"))
    extra = {
        f: record.data[f]
        for f in EXTRA_FIELDS
        if record.data.get(f) not in (None, "", [])
        and not (isinstance(record.data[f], str) and clean(record.data[f], f) is None)
    }
    statement = web_links(record.data.get("accessibilityStatementWebPage"))
    if statement:
        extra["accessibility_statement"] = [s["value"] for s in statement]
    attachments = web_links(record.data.get("attachments"))
    if attachments:
        extra["attachments"] = [a["value"] for a in attachments]
    area_type, municipalities = area(record)
    if municipalities:
        extra["area_municipalities"] = municipalities
    if area_type:
        extra["area_type"] = area_type
    modified = parse_modified(record)
    return {
        "source_id": source_id,
        "kind": kind,
        "name": name,
        "summary": texts.get("Summary", texts.get("ShortDescription", {})),
        "description": texts.get("Description", {}),
        "url": {} if kind == "location" else _url(record),
        "languages": language_list(record.data.get("languages")),
        "extra": extra,
        "organisation_ref": optional_id(record.data.get("organizationId")),
        "service_refs": service_refs(record),
        "addresses": addresses(record)
        if kind in ("location", "printable_form")
        else [],
        "contacts": [dict(c, position=i) for i, c in enumerate(contacts)],
        "hours": map_service_hours(record),
        "source_modified": modified.isoformat() if modified else None,
    }
