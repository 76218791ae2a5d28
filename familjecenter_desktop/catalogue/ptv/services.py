"""A PTV service record as a normalised, JSON-ready dictionary.

The dictionary holds everything the catalogue stores of the service, so its hash
tells whether a re-imported record changed. Classification codes are resolved to
the current codes; an unknown code stops the import (see ``codelists``).
Service-specific details of a service–channel connection (its own hours and
contacts) are not imported: in the real records they hold the API's example
values. They stay in the raw payload.
"""

from __future__ import annotations

import logging

from familjecenter_desktop.catalogue.codelists import CodeResolver
from familjecenter_desktop.catalogue.importreport import CatalogueImportError
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
from familjecenter_desktop.catalogue.ptv.reader import RawRecord

log = logging.getLogger(__name__)

CHARGE_TYPES = {
    "free": "free",
    "freeofcharge": "free",
    "charged": "charged",
    "chargeable": "charged",
    "other": "other",
}
AREA_TYPES = {
    "nationwide": "nationwide",
    "wholecountry": "nationwide",
    "nationwideexceptalandislands": "nationwide_except_aland",
    "wholecountryexceptalandislands": "nationwide_except_aland",
    "limitedtype": "limited",
    "areatype": "limited",
}
TEXT_FIELDS = {
    "Description": "description",
    "Summary": "summary",
    "ShortDescription": "summary",
    "UserInstruction": "user_instruction",
    "ChargeTypeAdditionalInfo": "charge_info",
}
CLASS_FIELDS = (
    ("serviceClasses", "service_class"),
    ("targetGroups", "target_group"),
    ("lifeEvents", "life_event"),
)


def charge_type(value: object, record: RawRecord, field: str) -> str | None:
    """PTV's charge type as "free", "charged", "other" or None."""
    text = clean(value, field)
    if text is None:
        return None
    mapped = CHARGE_TYPES.get(text.lower())
    if mapped is None:
        raise CatalogueImportError(
            f"unknown charge type {text!r}",
            file=record.file,
            record=record.label,
            field=field,
        )
    return mapped


def area(record: RawRecord) -> tuple[str | None, list[str]]:
    """The area type and the municipality codes of the areas."""
    raw = clean(record.data.get("areaType"), "areaType")
    area_type = AREA_TYPES.get(raw.lower(), raw) if raw else None
    codes: list[str] = []
    for item in record.data.get("areas") or []:
        if not isinstance(item, dict):
            continue
        for municipality in item.get("municipalities") or []:
            code = clean((municipality or {}).get("code"), "code")
            if code and code not in codes:
                codes.append(code)
        own = clean(item.get("code"), "code")
        if item.get("type") == "Municipality" and own and own not in codes:
            codes.append(own)
    return area_type, codes


def classifications(record: RawRecord, resolver: CodeResolver) -> list[list]:
    """``[scheme, code, uri]`` of the service's PTV classes, groups, events, terms."""
    out: list[list] = []
    for field, scheme in CLASS_FIELDS:
        for i, item in enumerate(record.data.get(field) or []):
            if not isinstance(item, dict):
                continue
            uri, code = clean(item.get("uri")), clean(item.get("code"), "code")
            current = resolver.resolve(scheme, uri, code)
            if current is None:
                raise CatalogueImportError(
                    f"unknown code {code or uri!r} (not in the {scheme} code list)",
                    file=record.file,
                    record=record.label,
                    field=f"{field}[{i}]",
                )
            out.append([scheme, current, resolver.current_uri(scheme, current)])
    for item in record.data.get("ontologyTerms") or []:
        uri = clean((item or {}).get("uri"))
        if uri:
            out.append(["ontology_term", ontology_code(uri), uri])
    for item in record.data.get("industrialClasses") or []:
        code = clean((item or {}).get("code"), "code")
        if code:
            out.append(["industrial", code, clean(item.get("uri"))])
    unique = {(s, c): [s, c, u] for s, c, u in out}
    return sorted(unique.values(), key=lambda x: (x[0], x[1]))


def ontology_code(uri: str) -> str:
    """A short code for a Finto ontology URI: ``koko/p68279``."""
    return uri.rstrip("/").split("/onto/", 1)[-1][-64:]


def ontology_labels(record: RawRecord) -> dict[str, dict[str, str]]:
    """Labels of the record's ontology terms, by code."""
    labels = {}
    for item in record.data.get("ontologyTerms") or []:
        uri = clean((item or {}).get("uri"))
        if uri:
            labels[ontology_code(uri)] = local_text(item.get("name"))
    return labels


def keywords(record: RawRecord) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in record.data.get("keywords") or []:
        if isinstance(item, dict):
            lang, word = language_of(item), clean(item.get("value"))
            if lang and word and word not in out.setdefault(lang, []):
                out[lang].append(word)
    return {k: v for k, v in out.items() if v}


def organisation_refs(record: RawRecord) -> tuple[str | None, list[str]]:
    """The responsible organisation's id and the producers' ids."""
    responsible, producers, anyone = None, [], []
    items = record.data.get("organizations") or record.data.get("serviceOrganizations")
    for item in items or []:
        if not isinstance(item, dict):
            continue
        ident = optional_id(item.get("organization") or item.get("organizationId"))
        if not ident:
            continue
        role = (clean(item.get("roleType")) or "").lower()
        if role == "responsible" and responsible is None:
            responsible = ident
        elif role == "producer" and ident not in producers:
            producers.append(ident)
        anyone.append(ident)
    main = optional_id(record.data.get("mainResponsibleOrganization"))
    chosen = main or responsible or (producers[0] if producers else None)
    return chosen or (anyone[0] if anyone else None), producers


def channel_refs(record: RawRecord) -> list[str]:
    refs = []
    for item in record.data.get("serviceChannels") or []:
        if isinstance(item, dict):
            ident = optional_id(
                item.get("serviceChannel") or item.get("serviceChannelId")
            )
            if ident and ident not in refs:
                refs.append(ident)
    return sorted(refs)


def normalise_service(record: RawRecord, resolver: CodeResolver) -> dict:
    """The service record as the catalogue stores it."""
    source_id = record_id(record)
    names = record.data.get("serviceNames")
    name = local_text(names, "Name")
    if not name:
        raise CatalogueImportError(
            "required field is missing: no name in any language",
            file=record.file,
            record=source_id,
            field="serviceNames",
        )
    texts = texts_by_type(record.data.get("serviceDescriptions"))
    mapped = {column: {} for column in set(TEXT_FIELDS.values())}
    other = {}
    for kind, text in texts.items():
        column = TEXT_FIELDS.get(kind)
        if column:
            mapped[column] = {**mapped[column], **text}
        else:
            other[kind] = text
    area_type, municipalities = area(record)
    organisation, producers = organisation_refs(record)
    modified = parse_modified(record)
    return {
        "source_id": source_id,
        "name": name,
        "alternative_name": local_text(names, "AlternativeName"),
        **mapped,
        "other_texts": other,
        "eligibility": local_text(record.data.get("requirements")),
        "keywords": keywords(record),
        "service_type": clean(record.data.get("type"), "type"),
        "funding_type": clean(record.data.get("fundingType"), "fundingType"),
        "charge_type": charge_type(
            record.data.get("serviceChargeType"), record, "serviceChargeType"
        ),
        "languages": language_list(record.data.get("languages")),
        "area_type": area_type,
        "area_municipalities": municipalities,
        "general_description_id": optional_id(record.data.get("generalDescriptionId")),
        "classifications": classifications(record, resolver),
        "channel_refs": channel_refs(record),
        "organisation_ref": organisation,
        "producer_refs": producers,
        "source_modified": modified.isoformat() if modified else None,
    }
