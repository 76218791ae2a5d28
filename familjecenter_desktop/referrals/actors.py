"""Actors and their units: organisations from the catalogue or added by hand."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import select

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.models import Organisation, Service
from familjecenter_desktop.domain.phones import PhoneNumberError, normalise_phone
from familjecenter_desktop.domain.texts import pick
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.errors import InvalidInputError
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)

CONTEXT = "referrals"


@dataclass(frozen=True)
class UnitRow:
    """An organisation or unit, named in the user's language."""

    id: int
    name: str
    parent_id: int | None
    parent_name: str
    email: str | None
    phone: str | None


def add_unit(
    workspace,
    actor: Actor,
    name: dict[str, str],
    parent_id: int | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> int:
    """Add an actor or a unit of one by hand (administrator only); return its id."""
    perm.require(actor, perm.MANAGE_UNITS)
    problems = []
    name = {k: v.strip() for k, v in name.items() if v and v.strip()}
    if not name:
        problems.append(
            ("name", QT_TRANSLATE_NOOP("referrals", "Give the unit a name."))
        )
    stored_phone = None
    if phone:
        try:
            stored_phone = normalise_phone(phone)
        except PhoneNumberError as exc:
            problems.append(("phone", exc.message))
    if problems:
        raise InvalidInputError(problems)

    with workspace.session() as session:
        if parent_id is not None and session.get(Organisation, parent_id) is None:
            raise InvalidInputError(
                [("parent", QT_TRANSLATE_NOOP("referrals", "No such organisation."))]
            )
        unit = Organisation(
            name=name,
            parent_id=parent_id,
            email=email or None,
            phone=stored_phone,
            source_system="manual",
            kind="unit" if parent_id else None,
        )
        session.add(unit)
        session.flush()
        log.info("unit %s added by user %s", unit.id, actor.user_id)
        return unit.id


def list_units(workspace, lang: str = "fi") -> list[UnitRow]:
    """Every organisation and unit, for choosing a sender or receiver."""
    with workspace.session() as session:
        rows = session.scalars(select(Organisation)).all()
        by_id = {o.id: o for o in rows}
        units = [
            UnitRow(
                o.id,
                pick(o.name, lang),
                o.parent_id,
                pick(by_id[o.parent_id].name, lang) if o.parent_id in by_id else "",
                o.email,
                o.phone,
            )
            for o in rows
        ]
    return sorted(units, key=lambda u: (u.parent_name.casefold(), u.name.casefold()))


def service_receiver(workspace, service_id: int, lang: str = "fi") -> tuple[str, str]:
    """A catalogue service's name and its organisation's name, for a new referral."""
    with workspace.session() as session:
        service = session.get(Service, service_id)
        if service is None:
            return "", ""
        org = service.organisation
        return pick(service.name, lang), pick(org.name, lang) if org else ""
