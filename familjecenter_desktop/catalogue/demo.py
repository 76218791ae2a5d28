"""The demo catalogue: real public data, loaded on a first start.

Built from the copies in ``resources/catalogue/demo/`` (see its SOURCES.md):

* the 20 PTV services, 26 service channels and 2 organisations of the City of
  Naantali and the Population Register Centre (2017–2019 snapshot), imported as
  any PTV data is;
* the national service descriptions (PTV general descriptions) that concern
  families, children and young people, as services of a clearly marked demo
  organisation "Demo: Esimerkkikunta". They carry the real national texts and
  classes, but no addresses, phones or hours: none are invented.

Every record keeps its source system and source id; the demo import is
idempotent like any other and places the services through the bundle mapping.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue import bundle, mapping
from familjecenter_desktop.catalogue.codelists import CodeResolver, ensure_code_lists
from familjecenter_desktop.catalogue.importreport import ImportReport
from familjecenter_desktop.catalogue.ptv import store
from familjecenter_desktop.catalogue.ptv.general import import_general_descriptions
from familjecenter_desktop.catalogue.ptv.importer import _reindex, import_ptv
from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.db.models import Organisation

log = logging.getLogger(__name__)

DEMO_DIR = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "demo"
PTV_RECORDS = DEMO_DIR / "ptv-api-records"
GENERAL_DESCRIPTIONS = (
    DEMO_DIR
    / "general-descriptions"
    / "GeneralDescription_fi-sv-en_110_release-1_4.json",
    DEMO_DIR
    / "general-descriptions"
    / "GeneralDescription_SOTE_fi_101_release-3_4.json",
)

DEMO_SYSTEM = "demo"
DEMO_ORGANISATION_ID = "example-municipality"
DEMO_ORGANISATION = {
    "name": {
        "fi": "Demo: Esimerkkikunta",
        "sv": "Demo: Exempelkommun",
        "en": "Demo: Example municipality",
    },
    "description": {
        "fi": "Esittelyaineisto. Palvelujen tekstit ovat Suomi.fi-palvelutietovarannon "
        "valtakunnallisia palvelukuvauksia; yhteystietoja ja aukioloaikoja ei ole.",
        "sv": "Demonstrationsmaterial. Tjänsternas texter är riksomfattande "
        "servicebeskrivningar ur Suomi.fi-servicedatalagret; kontaktuppgifter och "
        "öppettider saknas.",
        "en": "Demo content. The services' texts are national service descriptions "
        "from the Suomi.fi Service Catalogue; there are no contact details or hours.",
    },
    "kind": "Municipality",
}

# Families, children and young people: these target groups and service classes.
FAMILY_TARGET_GROUPS = ("KR1.2", "KR1.3")
FAMILY_CLASSES = ("P3", "P5.2", "P5.9", "P4.9", "P4.12", "P28")
# Further national descriptions a family centre refers to, by reference code.
FAMILY_REFERENCES = frozenset(
    {"SOTE-0025", "SOTE-0044", "SOTE-0064", "SOTE-0067", "SOTE-0090", "SOTE-0060"}
)


def is_family_service(normalised: dict) -> bool:
    """Whether a national description concerns families, children or the young."""
    if normalised["source_id"] in FAMILY_REFERENCES:
        return True
    for scheme, code, _ in normalised["classifications"]:
        if scheme == "target_group" and code in FAMILY_TARGET_GROUPS:
            return True
        if scheme == "service_class" and any(
            code == c or code.startswith(c + ".") for c in FAMILY_CLASSES
        ):
            return True
    return False


def _demo_organisation(session: Session) -> int:
    row = store.find(session, "organisation", DEMO_ORGANISATION_ID, DEMO_SYSTEM)
    if row is None:
        row = Organisation(
            source_system=DEMO_SYSTEM,
            source_id=DEMO_ORGANISATION_ID,
            imported_at=utcnow(),
            **DEMO_ORGANISATION,
        )
        session.add(row)
        session.flush()
    return row.id


def load_demo(session: Session, rules=None) -> ImportReport:
    """Import the demo catalogue within the caller's transaction."""
    report = ImportReport(source="demo catalogue")
    ensure_code_lists(session)
    bundle.ensure_bundle_reference_data(session)
    import_ptv(session, [PTV_RECORDS], report, rules)

    organisation_id = _demo_organisation(session)
    resolver = CodeResolver.from_session(session)
    touched: set[int] = set()
    for path in GENERAL_DESCRIPTIONS:
        touched |= import_general_descriptions(
            session, path, resolver, report, is_family_service, organisation_id
        )
    mapping.apply_mapping(session, touched, rules)
    _reindex(session, touched)
    report.changed_service_ids |= touched
    return report


def load_demo_catalogue(workspace) -> ImportReport:
    """Load the demo catalogue into the workspace in one transaction.

    A broken mapping override must not stop the first start: the shipped rules
    are used then, and the problem is logged.
    """
    try:
        rules = mapping.load_mapping(workspace.paths.config)
    except mapping.MappingError as exc:
        log.warning("mapping override not used for the demo: %s", exc)
        rules = mapping.load_mapping(None)
    with workspace.session() as session:
        report = load_demo(session, rules)
    log.info("demo catalogue: %s", "; ".join(report.lines()))
    return report
