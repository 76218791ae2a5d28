"""Taking the laptop's access-log entries into the site's hash chain.

Each entry keeps when, who, what and on which workstation it happened in the
field; it is re-linked into the site's chain (new id, previous hash, own hash)
and names the site's id of the referral. ``detail`` says it came from a kit.
"""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from familjecenter_desktop.db.models import AccessLogEntry, AccessLogHead
from familjecenter_desktop.fieldkit.rows import decode
from familjecenter_desktop.referrals.audit import GENESIS, entry_hash

log = logging.getLogger(__name__)

_TABLE = AccessLogEntry.__table__


def take_entries(
    session: Session,
    entries: list[dict],
    referral_ids: dict[str, int],
    user_ids: dict[str, int],
    origin_kit_id: str,
) -> int:
    """Append the field entries to the chain in their order; return how many."""
    if not entries:
        return 0
    head = session.get(AccessLogHead, 1, with_for_update=True)
    if head is None:
        head = AccessLogHead(id=1, last_id=0, last_hash=GENESIS)
        session.add(head)
    for values in entries:
        detail = f"field kit {origin_kit_id[:8]}"
        if values.get("detail"):
            detail = f"{detail}: {values['detail']}"
        entry = AccessLogEntry(
            id=head.last_id + 1,
            at=decode(_TABLE.c.at, values["at"]),
            user_id=user_ids.get(values["username"]),
            username=values["username"],
            role=values["role"],
            action=values["action"],
            referral_id=referral_ids.get(values.get("referral_uuid")),
            family_key=values.get("family_key"),
            workstation=values["workstation"],
            detail=detail[:255],
            prev_hash=head.last_hash,
        )
        entry.hash = entry_hash(entry)
        session.add(entry)
        head.last_id, head.last_hash = entry.id, entry.hash
    session.flush()
    log.info("%d access-log entries taken from the field", len(entries))
    return len(entries)
