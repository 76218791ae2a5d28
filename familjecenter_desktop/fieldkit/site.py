"""This installation's site id, and whether the workspace is a field workspace."""

from __future__ import annotations

import logging
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from familjecenter_desktop.db.models import AppSecret, FieldKit

log = logging.getLogger(__name__)

SITE_ID = "site_id"
EXPORTED, OPENED, RETURNED, MERGED = "exported", "opened", "returned", "merged"


def site_id(session: Session) -> str:
    """The site's random id (32 hex digits), made on first use."""
    row = session.get(AppSecret, SITE_ID)
    if row is None:
        row = AppSecret(name=SITE_ID, value=secrets.token_hex(16))
        session.add(row)
        session.flush()
        log.info("site id made: %s", row.value[:8])
    return row.value


def opened_kit(session: Session) -> FieldKit | None:
    """The kit this field workspace was opened from; None at a site."""
    return session.scalar(
        select(FieldKit).where(FieldKit.role == OPENED).order_by(FieldKit.id)
    )


def new_kit_id() -> str:
    return secrets.token_hex(16)


def is_field_workspace(workspace) -> bool:
    """Whether the workspace was opened from a field kit (a laptop's)."""
    with workspace.session() as session:
        return opened_kit(session) is not None
