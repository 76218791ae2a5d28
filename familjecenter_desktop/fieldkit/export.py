"""Exporting a field kit at the site: the catalogue and, if chosen, open referrals.

The kit carries the worker's own account (so they can log in on the laptop),
the units and actors (part of the catalogue), the worker's open referrals with
their consents and history, and the colleagues named in that history (without
passwords, closed). The export is recorded with each referral's version, and
each exported referral is written to the access log, in the same transaction;
if the file cannot be written nothing is recorded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from familjecenter_desktop import __version__
from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db import migrate
from familjecenter_desktop.db.models import (
    FieldKit,
    FieldKitReferral,
    Referral,
    StaffUser,
)
from familjecenter_desktop.db.models.referrals import new_global_id
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.fieldkit import container, payload, site
from familjecenter_desktop.fieldkit.errors import KitError, WorkspaceStateError
from familjecenter_desktop.fieldkit.files import kit_transaction
from familjecenter_desktop.fieldkit.referral_data import referral_data, usernames
from familjecenter_desktop.fieldkit.rows import encode
from familjecenter_desktop.fieldkit.snapshot import dump_catalogue
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)

CLOSED_PASSWORD = "!field-kit-no-login"


@dataclass(frozen=True)
class ExportSummary:
    """What went into a kit."""

    kit_id: str
    site_id: str
    services: int
    referrals: int
    size: int


def check_passphrase(passphrase: str) -> None:
    weakness = container.check_passphrase(passphrase)
    if weakness:
        raise KitError(weakness)


def user_data(user: StaffUser, with_password: bool) -> dict:
    values = {c.name: encode(getattr(user, c.key)) for c in StaffUser.__table__.columns}
    if not with_password:
        values["password_hash"] = CLOSED_PASSWORD
        values["active"] = False
    return values


def _referrals(session: Session, actor: Actor) -> list[Referral]:
    """The actor's own open referrals (sent by them from their unit)."""
    referrals = list(
        session.scalars(
            select(Referral)
            .where(
                Referral.sender_user_id == actor.user_id,
                Referral.sender_unit_id == actor.unit_id,
                Referral.status.in_(sorted(rules.OPEN)),
            )
            .order_by(Referral.id)
            .options(selectinload(Referral.events), selectinload(Referral.consents))
        )
    )
    for referral in referrals:
        if referral.uuid is None:
            referral.uuid = new_global_id()
    session.flush()
    return referrals


def _colleagues(session: Session, referrals: list[Referral], worker_id: int):
    ids = set()
    for referral in referrals:
        ids.add(referral.sender_user_id)
        ids.update(e.user_id for e in referral.events)
        ids.update(c.recorded_by for c in referral.consents)
    ids.discard(None)
    ids.discard(worker_id)
    if not ids:
        return []
    return list(session.scalars(select(StaffUser).where(StaffUser.id.in_(ids))))


def build_payload(
    workspace, session: Session, actor: Actor, kit_id: str, with_referrals: bool
) -> tuple[dict, list[Referral]]:
    """The field kit's contents and the referrals it carries."""
    worker = session.get(StaffUser, actor.user_id)
    referrals = _referrals(session, actor) if with_referrals else []
    names = usernames(session)
    users = [user_data(worker, True)] + [
        user_data(u, False) for u in _colleagues(session, referrals, worker.id)
    ]
    content = {
        "format": payload.PAYLOAD_FORMAT,
        "site_id": site.site_id(session),
        "kit_id": kit_id,
        "schema": migrate.current_revision(session.get_bind()),
        "app_version": __version__,
        "made_at": utcnow().isoformat(),
        "worker": worker.username,
        "users": users,
        "secrets": {"family_key": audit.installation_secret(session).hex()},
        "catalogue": dump_catalogue(session),
        "referrals": [referral_data(r, names) for r in referrals],
    }
    return content, referrals


def export_field_kit(
    workspace,
    actor: Actor,
    passphrase: str,
    out: Path,
    with_referrals: bool = False,
    kdf: container.KdfParams = container.DEFAULT_KDF,
) -> ExportSummary:
    """Write a field kit to ``out``; record it and log each referral exported."""
    perm.require(actor, perm.CATALOGUE)
    if with_referrals:
        perm.require(actor, perm.EXPORT)
    check_passphrase(passphrase)
    with kit_transaction(workspace, out) as (session, write):
        if site.opened_kit(session) is not None:
            raise WorkspaceStateError(FIELD_WORKSPACE)
        kit_id = site.new_kit_id()
        content, referrals = build_payload(
            workspace, session, actor, kit_id, with_referrals
        )
        data = container.seal(
            payload.to_bytes(content),
            passphrase,
            kind=container.FIELD,
            site_id=content["site_id"],
            kit_id=kit_id,
            kdf=kdf,
        )
        _record(session, actor, content, referrals)
        write(data)
    log.info(
        "field kit %s exported by user %s: %d referrals, %d bytes",
        kit_id[:8],
        actor.user_id,
        len(referrals),
        len(data),
    )
    return ExportSummary(
        kit_id,
        content["site_id"],
        len(content["catalogue"]["service"]["rows"]),
        len(referrals),
        len(data),
    )


FIELD_WORKSPACE = QT_TRANSLATE_NOOP(
    "fieldkit",
    "This is a field workspace opened from a kit. Make a return kit here and "
    "import it at the site instead.",
)


def _record(session: Session, actor: Actor, content: dict, referrals) -> None:
    kit_id = content["kit_id"]
    session.add(
        FieldKit(
            kit_id=kit_id,
            role=site.EXPORTED,
            site_id=content["site_id"],
            user_id=actor.user_id,
            username=actor.username,
            at=utcnow(),
            referral_count=len(referrals),
            log_upto=0,
        )
    )
    for referral in referrals:
        session.add(
            FieldKitReferral(
                kit_id=kit_id,
                referral_uuid=referral.uuid,
                site_version=referral.version,
                field_version=referral.version,
            )
        )
    audit.append(
        session,
        actor,
        audit.EXPORT,
        [(r.id, r.family_key) for r in referrals],
        detail=f"field kit {kit_id[:8]}",
    )
    session.flush()
