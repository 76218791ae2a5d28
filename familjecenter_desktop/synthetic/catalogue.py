"""Rows of a made-up county catalogue, as plain dicts ready for bulk inserts.

``generate_catalogue`` returns every table's rows for a given size and seed;
ids are assigned here so the rows need no round trips to the database.
"""

from __future__ import annotations

import logging
import random
from collections import defaultdict

from familjecenter_desktop.synthetic import vocabulary as v
from familjecenter_desktop.synthetic.locations import add_locations
from familjecenter_desktop.synthetic.rows import (
    CatalogueRows,
    CatalogueSize,
    local,
    source_columns,
)
from familjecenter_desktop.synthetic.services import add_services

log = logging.getLogger(__name__)


CATEGORIES = [
    ("social_health", "Sosiaali- ja terveyspalvelut", "Social- och hälsovård",
     "Social and health services"),
    ("specialised", "Erityistason palvelut", "Tjänster på specialnivå",
     "Specialised services"),
    ("education", "Kasvatus ja opetus", "Fostran och utbildning",
     "Education and upbringing"),
    ("municipal_wellbeing", "Hyvinvoinnin edistäminen", "Främjande av välfärd",
     "Wellbeing promotion"),
    ("ngo", "Järjestöt ja seurakunnat", "Organisationer och församlingar",
     "NGOs and parishes"),
    ("kela", "Kelan etuudet", "FPA:s förmåner", "Kela benefits"),
    ("meeting_place", "Kohtaamispaikat", "Mötesplatser", "Meeting places"),
    ("e_services", "Sähköiset palvelut", "E-tjänster", "Electronic services"),
]  # fmt: skip
TASKS = [
    ("wellbeing", "Terveyden ja hyvinvoinnin edistäminen",
     "Främja hälsa och välbefinnande", "Health and wellbeing"),
    ("parenthood", "Vanhemmuuden ja parisuhteen tuki",
     "Stöd i föräldraskapet", "Support for parenthood"),
    ("early_support", "Varhainen tuki, hoito ja kuntoutus", "Tidigt stöd",
     "Early support, care and rehabilitation"),
    ("separation", "Sovinnollinen ero", "Separation i samförstånd",
     "Consensual separation"),
    ("diversity", "Perheiden moninaisuus", "Familjernas mångfald",
     "Family diversity"),
    ("violence_prevention", "Lähisuhdeväkivallan ehkäisy",
     "Förebygga våld i nära relationer", "Preventing family violence"),
    ("meeting_place", "Kohtaamispaikka", "Mötesplats", "Meeting place"),
]  # fmt: skip
TARGET_GROUPS = {
    "KR1.2": ("Lapsiperheet", "Barnfamiljer", "Families with children"),
    "KR1.3": ("Nuoret", "Unga", "Young people"),
}
LIFE_EVENTS = {"KE1": ("Lapsen saaminen", "Att få barn", "Having a child")}


def _organisation(row_id: int, parent: int | None, name: dict, kind: str, code):
    return {
        "id": row_id,
        "parent_id": parent,
        "name": name,
        "description": {},
        "kind": kind,
        "business_id": None,
        "oid": None,
        "municipality_code": code,
        "web": {},
        "email": None,
        "phone": None,
        **source_columns("org", row_id),
    }


def add_code_lists(rows: CatalogueRows) -> None:
    """Bundle categories, family tasks and the code labels the filters show."""
    for position, (key, fi, sv, en) in enumerate(CATEGORIES):
        rows.add(
            "bundle_category",
            {"key": key, "position": position, "name": local(fi, sv, en)},
        )
    for position, (key, fi, sv, en) in enumerate(TASKS):
        rows.add(
            "family_task", {"key": key, "position": position, "name": local(fi, sv, en)}
        )

    labels = [("municipality", code, local(fi, sv, fi)) for code, fi, _g, sv in
              v.MUNICIPALITIES]  # fmt: skip
    classes = {kind[6]: kind for kind in v.SERVICE_KINDS}
    labels += [
        ("service_class", code, local(k[1].capitalize(), k[2].capitalize(), k[3]))
        for code, k in sorted(classes.items())
    ]
    labels += [("target_group", c, local(*n)) for c, n in TARGET_GROUPS.items()]
    labels += [("life_event", c, local(*n)) for c, n in LIFE_EVENTS.items()]
    for row_id, (scheme, code, name) in enumerate(labels, start=1):
        rows.add(
            "code_label",
            {
                "id": row_id,
                "scheme": scheme,
                "code": code,
                "uri": None,
                "old_uri": None,
                "parent_code": None,
                "name": name,
            },
        )


def add_organisations(rows: CatalogueRows) -> dict[str, list[int]]:
    """The county, each municipality with units, and invented NGOs; ids by code."""
    county = local(
        "Kuvitteellinen hyvinvointialue",
        "Fiktivt välfärdsområde",
        "Fictional wellbeing services county",
    )
    rows.add("organisation", _organisation(1, None, county, "Region", None))
    by_code: dict[str, list[int]] = defaultdict(list)
    next_id = 2
    for code, fi, genitive, sv in v.MUNICIPALITIES:
        city = next_id
        rows.add(
            "organisation",
            _organisation(
                city, None, local(f"{genitive} kunta", f"{sv} kommun", fi),
                "Municipality", code,
            ),
        )  # fmt: skip
        by_code[code].append(city)
        next_id += 1
        units = [
            local(f"{genitive} perhekeskus", f"Familjecentret i {sv}",
                   f"{fi} family centre"),
            local(f"{genitive} varhaiskasvatus", f"Småbarnspedagogiken i {sv}",
                   f"{fi} early childhood education"),
            local(f"{genitive} nuorisopalvelut", f"Ungdomstjänsterna i {sv}",
                   f"{fi} youth services"),
            local(f"{genitive} seudun perheyhdistys ry",
                   f"Familjeföreningen i {sv} rf", f"{fi} family association"),
            local(f"{genitive} seurakunnan perhetyö",
                   f"Församlingens familjearbete i {sv}", f"{fi} parish family work"),
        ]  # fmt: skip
        for position, name in enumerate(units):
            parent = city if position < 3 else None
            kind = "Municipality" if position < 3 else "Organization"
            rows.add("organisation", _organisation(next_id, parent, name, kind, code))
            by_code[code].append(next_id)
            next_id += 1
    log.debug("synthetic organisations: %d", rows.count("organisation"))
    return by_code


def generate_catalogue(size: CatalogueSize, seed: int = 1) -> CatalogueRows:
    """All rows of a made-up county catalogue; the same size and seed, the same rows."""
    rng = random.Random(seed)
    rows = CatalogueRows()

    add_code_lists(rows)
    orgs = add_organisations(rows)
    channels = add_locations(rows, rng, size.locations, orgs)
    add_services(rows, rng, size.services, orgs, channels)

    log.info(
        "synthetic catalogue: %d services, %d channels, %d organisations",
        rows.count("service"),
        rows.count("channel"),
        rows.count("organisation"),
    )
    return rows
