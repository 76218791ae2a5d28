"""Actors and their units: organisations from the catalogue or added by hand."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from sqlalchemy import select

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.models import Organisation, Service
from familjecenter_desktop.domain.phones import PhoneNumberError, normalise_phone
from familjecenter_desktop.domain.texts import pick
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.errors import InvalidInputError, NotFoundError
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)

CONTEXT = "referrals"
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class UnitRow:
    """An organisation or unit, named in the user's language."""

    id: int
    name: str
    parent_id: int | None
    parent_name: str
    email: str | None
    phone: str | None
    from_catalogue: bool = False
    # The name in every language it has ({"fi": ..., "sv": ...}), for editing.
    names: dict[str, str] = field(default_factory=dict, compare=False)


def _checked_unit(
    name: dict[str, str], email: str | None, phone: str | None
) -> tuple[dict[str, str], str | None, str | None]:
    """The name, e-mail and phone cleaned; InvalidInputError naming each problem."""
    problems = []
    name = {k: v.strip() for k, v in name.items() if v and v.strip()}
    if not name:
        problems.append(
            ("name", QT_TRANSLATE_NOOP("referrals", "Give the unit a name."))
        )
    email = (email or "").strip() or None
    if email and not EMAIL.fullmatch(email):
        problems.append(
            (
                "email",
                QT_TRANSLATE_NOOP(
                    "referrals", "The e-mail address should look like name@example.fi."
                ),
            )
        )
    stored_phone = None
    if phone and phone.strip():
        try:
            stored_phone = normalise_phone(phone)
        except PhoneNumberError as exc:
            problems.append(("phone", exc.message))
    if problems:
        raise InvalidInputError(problems)
    return name, email, stored_phone


def unit_problems(
    name: dict[str, str], email: str | None, phone: str | None
) -> list[tuple[str, str]]:
    """Every problem of a unit's name, e-mail and phone, as (field, message)."""
    try:
        _checked_unit(name, email, phone)
    except InvalidInputError as exc:
        return exc.problems
    return []


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
    name, email, stored_phone = _checked_unit(name, email, phone)

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
        audit.append(
            session, actor, audit.UNIT, [(None, None)], f"unit {unit.id} added"
        )
        log.info("unit %s added by user %s", unit.id, actor.user_id)
        return unit.id


def update_unit(
    workspace,
    actor: Actor,
    unit_id: int,
    name: dict[str, str],
    email: str | None = None,
    phone: str | None = None,
) -> None:
    """Change a unit's name and contact details (administrator only).

    ``name`` holds only the languages to change: a language given empty is
    removed, a language not given keeps its name. Catalogue organisations keep
    the names the catalogue gives them; only their contact details for
    referrals can be set here.
    """
    perm.require(actor, perm.MANAGE_UNITS)
    with workspace.session() as session:
        unit = session.get(Organisation, unit_id)
        if unit is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("referrals", "No such unit."))
        name = (
            dict(unit.name) if unit.source_system != "manual" else {**unit.name, **name}
        )
        name, email, stored_phone = _checked_unit(name, email, phone)
        unit.name, unit.email, unit.phone = name, email, stored_phone
        audit.append(
            session, actor, audit.UNIT, [(None, None)], f"unit {unit.id} changed"
        )
        log.info("unit %s changed by user %s", unit.id, actor.user_id)


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
                o.source_system != "manual",
                dict(o.name or {}),
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
