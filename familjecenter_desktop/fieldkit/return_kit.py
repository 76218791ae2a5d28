"""Making a return kit on the laptop: every referral and the laptop's access log.

The return kit names the site and the field kit it comes back to. It carries
every referral of the field workspace (those from the kit and those made in the
field) with history and consents, and every access-log entry written on the
laptop, so the site's log shows who processed what in the field. Making it is
logged on the laptop like any export, before the log is packed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.models import AccessLogEntry, FieldKit, Referral
from familjecenter_desktop.fieldkit import container, payload, site
from familjecenter_desktop.fieldkit.errors import WorkspaceStateError
from familjecenter_desktop.fieldkit.export import check_passphrase
from familjecenter_desktop.fieldkit.files import kit_transaction
from familjecenter_desktop.fieldkit.referral_data import referral_data, usernames
from familjecenter_desktop.fieldkit.rows import encode
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)

NOT_FIELD = QT_TRANSLATE_NOOP(
    "fieldkit",
    "This workspace was not opened from a field kit, so there is nothing to "
    "return. Export a field kit here instead.",
)


@dataclass(frozen=True)
class ReturnSummary:
    """What went into a return kit."""

    kit_id: str
    origin_kit_id: str
    referrals: int
    log_entries: int
    size: int


def _log_entries(session, uuids: dict[int, str]) -> list[dict]:
    entries = session.scalars(select(AccessLogEntry).order_by(AccessLogEntry.id))
    packed = []
    for entry in entries:
        values = {
            c.name: encode(getattr(entry, c.key))
            for c in AccessLogEntry.__table__.columns
        }
        values["referral_uuid"] = uuids.get(entry.referral_id)
        packed.append(values)
    return packed


def make_return_kit(
    workspace,
    actor: Actor,
    passphrase: str,
    out: Path,
    kdf: container.KdfParams = container.DEFAULT_KDF,
) -> ReturnSummary:
    """Write the return kit to ``out``; refused outside a field workspace."""
    perm.require(actor, perm.EXPORT)
    check_passphrase(passphrase)
    with kit_transaction(workspace, out) as (session, write):
        opened = site.opened_kit(session)
        if opened is None:
            raise WorkspaceStateError(NOT_FIELD)
        kit_id = site.new_kit_id()
        referrals = list(
            session.scalars(
                select(Referral)
                .order_by(Referral.id)
                .options(selectinload(Referral.events), selectinload(Referral.consents))
            )
        )
        audit.append(
            session,
            actor,
            audit.EXPORT,
            [(r.id, r.family_key) for r in referrals],
            detail=f"return kit {kit_id[:8]}",
        )
        names = usernames(session)
        entries = _log_entries(session, {r.id: r.uuid for r in referrals})
        content = {
            "format": payload.PAYLOAD_FORMAT,
            "site_id": opened.site_id,
            "kit_id": kit_id,
            "origin_kit_id": opened.kit_id,
            "made_at": utcnow().isoformat(),
            "worker": actor.username,
            "referrals": [referral_data(r, names) for r in referrals],
            "log": entries,
        }
        data = container.seal(
            payload.to_bytes(content),
            passphrase,
            kind=container.RETURN,
            site_id=opened.site_id,
            kit_id=kit_id,
            origin_kit_id=opened.kit_id,
            kdf=kdf,
        )
        session.add(
            FieldKit(
                kit_id=kit_id,
                role=site.RETURNED,
                site_id=opened.site_id,
                origin_kit_id=opened.kit_id,
                user_id=actor.user_id,
                username=actor.username,
                at=utcnow(),
                referral_count=len(referrals),
                log_upto=entries[-1]["id"] if entries else 0,
            )
        )
        session.flush()
        write(data)
    log.info(
        "return kit %s made by user %s: %d referrals, %d log entries",
        kit_id[:8],
        actor.user_id,
        len(referrals),
        len(entries),
    )
    return ReturnSummary(kit_id, opened.kit_id, len(referrals), len(entries), len(data))
