"""A PTV organisation record as a normalised, JSON-ready dictionary."""

from __future__ import annotations

import logging

from familjecenter_desktop.catalogue.importreport import CatalogueImportError
from familjecenter_desktop.catalogue.ptv.channels import emails, phones, web_links
from familjecenter_desktop.catalogue.ptv.fields import (
    clean,
    local_text,
    optional_id,
    parse_modified,
    record_id,
    texts_by_type,
)
from familjecenter_desktop.catalogue.ptv.reader import RawRecord

log = logging.getLogger(__name__)


def normalise_organisation(record: RawRecord) -> dict:
    """The organisation record as the catalogue stores it."""
    source_id = record_id(record)
    names = record.data.get("organizationNames")
    name = local_text(names, "Name") or local_text(names)
    if not name:
        raise CatalogueImportError(
            "required field is missing: no name in any language",
            file=record.file,
            record=source_id,
            field="organizationNames",
        )
    texts = texts_by_type(record.data.get("organizationDescriptions"))
    municipality = record.data.get("municipality")
    if isinstance(municipality, dict):
        municipality = municipality.get("code")
    web: dict[str, str] = {}
    for link in web_links(record.data.get("webPages")):
        web.setdefault(link["language"] or "fi", link["value"])
    mails = emails(record, "emails")
    numbers = phones(record, "phoneNumbers")
    modified = parse_modified(record)
    return {
        "source_id": source_id,
        "name": name,
        "description": texts.get("Description") or texts.get("Summary", {}),
        "kind": clean(record.data.get("organizationType"), "organizationType"),
        "business_id": clean(record.data.get("businessCode"), "businessCode"),
        "oid": clean(record.data.get("oid"), "oid"),
        "municipality_code": clean(municipality, "code"),
        "web": web,
        "email": mails[0]["value"] if mails else None,
        "phone": numbers[0]["value"] if numbers else None,
        "parent_ref": optional_id(record.data.get("parentOrganizationId")),
        "source_modified": modified.isoformat() if modified else None,
    }
