"""The family-centre service bundle: its eight categories and seven tasks.

Reference data in Finnish, Swedish and English (names as in the project's
DOMAIN.md; THL's official wording may differ slightly). ``ensure_bundle_reference_data``
writes them and may be called any number of times.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from familjecenter_desktop.db.models import BundleCategory, FamilyTask

log = logging.getLogger(__name__)

CATEGORIES: tuple[tuple[str, dict[str, str]], ...] = (
    (
        "social_health",
        {
            "fi": "Lasten, nuorten ja perheiden sosiaali- ja terveyspalvelut",
            "sv": "Social- och hälsovårdstjänster för barn, unga och familjer",
            "en": "Social and health services for children, young people and families",
        },
    ),
    (
        "specialised",
        {
            "fi": "Erityis- ja vaativan tason palvelut",
            "sv": "Tjänster på special- och krävande nivå",
            "en": "Specialised and demanding-level services",
        },
    ),
    (
        "education_municipal",
        {
            "fi": "Kasvatus, opetus ja muut kunnan palvelut",
            "sv": "Fostran, utbildning och andra kommunala tjänster",
            "en": "Education and other municipal services",
        },
    ),
    (
        "health_promotion",
        {
            "fi": "Kunnan hyvinvoinnin ja terveyden edistäminen",
            "sv": "Kommunens främjande av välfärd och hälsa",
            "en": "Municipal health and wellbeing promotion",
        },
    ),
    (
        "ngo_parish",
        {
            "fi": "Järjestöjen ja seurakuntien toiminta ja palvelut",
            "sv": "Organisationers och församlingars verksamhet och tjänster",
            "en": "Activities and services of NGOs and parishes",
        },
    ),
    (
        "kela",
        {
            "fi": "Kelan etuudet",
            "sv": "FPA:s förmåner",
            "en": "Kela benefits",
        },
    ),
    (
        "meeting_place",
        {
            "fi": "Avoin kohtaamispaikkatoiminta",
            "sv": "Öppen mötesplatsverksamhet",
            "en": "Open meeting-place activities",
        },
    ),
    (
        "e_services",
        {
            "fi": "Sähköiset palvelut",
            "sv": "Elektroniska tjänster",
            "en": "Electronic services",
        },
    ),
)

TASKS: tuple[tuple[str, dict[str, str]], ...] = (
    (
        "wellbeing",
        {
            "fi": "Lapsen ja perheen terveyden ja hyvinvoinnin edistäminen ja seuranta",
            "sv": "Främja och följa upp barnets och familjens hälsa och välbefinnande",
            "en": "Promote and monitor the child's and family's health and wellbeing",
        },
    ),
    (
        "parenthood",
        {
            "fi": "Vanhemmuuden ja parisuhteen tuki",
            "sv": "Stöd i föräldraskapet och parförhållandet",
            "en": "Support for parenthood and the couple relationship",
        },
    ),
    (
        "early_support",
        {
            "fi": "Varhainen tuki, hoito ja kuntoutus",
            "sv": "Tidigt stöd, vård och rehabilitering",
            "en": "Early support, care and rehabilitation",
        },
    ),
    (
        "separation",
        {
            "fi": "Sovinnollisen eron ja yhteisen vanhemmuuden edistäminen",
            "sv": "Separation i samförstånd och fortsatt föräldraskap",
            "en": "Consensual separation and continued shared parenthood",
        },
    ),
    (
        "diversity",
        {
            "fi": "Perheiden moninaisuuden huomioiminen",
            "sv": "Beakta familjernas mångfald",
            "en": "Take family diversity into account",
        },
    ),
    (
        "violence_prevention",
        {
            "fi": "Lähisuhdeväkivallan ehkäisy",
            "sv": "Förebygga våld i nära relationer",
            "en": "Prevent intimate partner and family violence",
        },
    ),
    (
        "meeting_place",
        {
            "fi": "Kohtaamispaikka: osallisuus, vertaistuki, yhteisöllisyys",
            "sv": "Mötesplats: delaktighet, kamratskap, gemenskap",
            "en": "Meeting place: participation, peer support, community",
        },
    ),
)

CATEGORY_KEYS = tuple(key for key, _ in CATEGORIES)
TASK_KEYS = tuple(key for key, _ in TASKS)


def ensure_bundle_reference_data(session: Session) -> None:
    """Write the categories and tasks, correcting names and order; idempotent."""
    for model, entries in ((BundleCategory, CATEGORIES), (FamilyTask, TASKS)):
        existing = {row.key: row for row in session.scalars(select(model))}
        for position, (key, name) in enumerate(entries):
            row = existing.get(key)
            if row is None:
                session.add(model(key=key, position=position, name=dict(name)))
                continue
            if row.position != position:
                row.position = position
            if row.name != name:
                row.name = dict(name)
    session.flush()
