"""National PTV service descriptions (general descriptions) as catalogue services.

A general description is the statutory, nationally written text of a service
(``ReferenceCode``, ``Name``, ``ShortDescription``, ``Description``,
``ServiceRestrictions``, ``UserInstructions``, ``ChargeType``, the …AdditionalInfo
texts, ``Laws`` and the PTV classes as ``{"Key": uri}``). Each selected one
becomes a ``Service`` with source system ``ptv-general-description``, in every
language the file has. A class key that is a Finto ontology URI (one record has
one) is kept as an ontology term.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.codelists import CodeResolver, read_json
from familjecenter_desktop.catalogue.importreport import (
    CatalogueImportError,
    ImportReport,
)
from familjecenter_desktop.catalogue.ptv import store
from familjecenter_desktop.catalogue.ptv.fields import local_text
from familjecenter_desktop.catalogue.ptv.services import CHARGE_TYPES, ontology_code
from familjecenter_desktop.core.timeutil import utcnow

log = logging.getLogger(__name__)

SOURCE_SYSTEM = "ptv-general-description"
CLASS_KEYS = (
    ("ServiceClass", "service_class"),
    ("TargetGroup", "target_group"),
    ("LifeEvent", "life_event"),
)
OTHER_TEXTS = {
    "DeadLineAdditionalInfo": "DeadLine",
    "ProcessingTimeAdditionalInfo": "ProcessingTime",
    "ValidityTimeAdditionalInfo": "ValidityTime",
}


def _texts(entry: dict, key: str) -> dict[str, str]:
    return local_text(entry.get(key), value_key="Label")


def _classifications(
    entry: dict, resolver: CodeResolver, file: Path, ident: str
) -> list[list]:
    out = []
    for key, scheme in CLASS_KEYS:
        for i, item in enumerate(entry.get(key) or []):
            uri = (item or {}).get("Key")
            if isinstance(uri, str) and "/onto/" in uri:
                out.append(["ontology_term", ontology_code(uri), uri])
                continue
            code = resolver.resolve(scheme, uri, None)
            if code is None:
                raise CatalogueImportError(
                    f"unknown code {uri!r} (not in the {scheme} code list)",
                    file=file,
                    record=ident,
                    field=f"{key}[{i}]",
                )
            out.append([scheme, code, resolver.current_uri(scheme, code)])
    for item in entry.get("OntologyTerm") or []:
        uri = (item or {}).get("Key")
        if isinstance(uri, str) and uri.strip():
            out.append(["ontology_term", ontology_code(uri), uri.strip()])
    unique = {(s, c): [s, c, u] for s, c, u in out}
    return sorted(unique.values(), key=lambda x: (x[0], x[1]))


def _laws(entry: dict) -> list[dict]:
    laws = []
    for law in entry.get("Laws") or []:
        names = local_text((law or {}).get("Names"), value_key="Label")
        links = local_text((law or {}).get("Links"), value_key="Label")
        if names or links:
            laws.append({"name": names, "url": links})
    return laws


def normalise_general_description(
    entry: dict, resolver: CodeResolver, file: Path, index: int
) -> dict:
    """One general description as a normalised service."""
    ident = entry.get("ReferenceCode") if isinstance(entry, dict) else None
    if not isinstance(ident, str) or not ident.strip():
        raise CatalogueImportError(
            "required field is missing",
            file=file,
            record=f"#{index}",
            field="ReferenceCode",
        )
    ident = ident.strip()
    name = _texts(entry, "Name")
    if not name:
        raise CatalogueImportError(
            "required field is missing: no name in any language",
            file=file,
            record=ident,
            field="Name",
        )
    charge = entry.get("ChargeType")
    other = {kind: _texts(entry, key) for key, kind in OTHER_TEXTS.items()}
    other = {k: v for k, v in other.items() if v}
    laws = _laws(entry)
    if laws:
        other["Laws"] = laws
    return {
        "source_id": ident,
        "name": name,
        "summary": _texts(entry, "ShortDescription"),
        "description": _texts(entry, "Description"),
        "user_instruction": _texts(entry, "UserInstructions"),
        "eligibility": _texts(entry, "ServiceRestrictions"),
        "charge_info": _texts(entry, "ChargeTypeAdditionalInfo"),
        "other_texts": other,
        "service_type": entry.get("ServiceType"),
        "charge_type": CHARGE_TYPES.get(str(charge).lower()) if charge else None,
        "languages": sorted(name),
        "classifications": _classifications(entry, resolver, file, ident),
        "source_modified": None,
    }


def import_general_descriptions(
    session: Session,
    file: Path,
    resolver: CodeResolver,
    report: ImportReport,
    wanted: Callable[[dict], bool] = lambda n: True,
    organisation_id: int | None = None,
) -> set[int]:
    """Import the descriptions of one file that ``wanted`` accepts; returns ids."""
    data = read_json(file)
    if not isinstance(data, list):
        raise CatalogueImportError("wrong shape: expected a list", file=file)
    now = utcnow()
    touched: set[int] = set()
    for index, entry in enumerate(data):
        normalised = normalise_general_description(entry, resolver, file, index)
        if not wanted(normalised):
            continue
        digest = store.content_hash({**normalised, "organisation": organisation_id})
        row = store.find(session, "service", normalised["source_id"], SOURCE_SYSTEM)
        if row is not None and row.content_hash == digest:
            report.count("service", "unchanged")
            continue
        report.count("service", "added" if row is None else "updated")
        row = store.write(
            session, "service", row, normalised, digest, now, SOURCE_SYSTEM
        )
        row.organisation_id = organisation_id
        store.keep_payload(
            session, "service", normalised["source_id"], entry, now, SOURCE_SYSTEM
        )
        session.flush()
        touched.add(row.id)
    log.info(
        "general descriptions from %s: %d added or updated", file.name, len(touched)
    )
    return touched
