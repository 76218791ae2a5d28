"""Who may do what: roles, actions and the check every function makes first.

A referral is visible to staff of the sending unit and of the receiving unit
(the receiving organisation, or the organisation of the receiving service).
Meeting-place coordinators see the catalogue and handouts only, never client
data. Administrators manage accounts, units, the access log and retention, but
do not read referrals.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.referrals.errors import PermissionDeniedError

log = logging.getLogger(__name__)

CONTEXT = "referrals"

NURSE, SOCIAL_WORKER, COORDINATOR, ADMIN = (
    "nurse",
    "social_worker",
    "coordinator",
    "admin",
)
ROLES = (NURSE, SOCIAL_WORKER, COORDINATOR, ADMIN)
ROLE_NAMES = {
    NURSE: QT_TRANSLATE_NOOP("referrals", "Public health nurse"),
    SOCIAL_WORKER: QT_TRANSLATE_NOOP("referrals", "Social worker"),
    COORDINATOR: QT_TRANSLATE_NOOP("referrals", "Meeting-place coordinator"),
    ADMIN: QT_TRANSLATE_NOOP("referrals", "Administrator"),
}

# Actions on client data.
CREATE = "referral.create"
VIEW = "referral.view"
LIST = "referral.list"
UPDATE = "referral.update"
CHANGE_STATUS = "referral.change_status"
CONSENT = "referral.consent"
EXPORT = "referral.export"
PRINT = "referral.print"
FOLLOW_UP = "referral.follow_up"
REFERRAL_ACTIONS = (
    CREATE,
    VIEW,
    LIST,
    UPDATE,
    CHANGE_STATUS,
    CONSENT,
    EXPORT,
    PRINT,
    FOLLOW_UP,
)

# Administration.
MANAGE_USERS = "admin.users"
MANAGE_UNITS = "admin.units"
AUDIT = "admin.audit"
RETENTION = "admin.retention"
ADMIN_ACTIONS = (MANAGE_USERS, MANAGE_UNITS, AUDIT, RETENTION)

# The catalogue and handouts, open to everyone logged in.
CATALOGUE = "catalogue.read"

GRANTS: dict[str, frozenset[str]] = {
    NURSE: frozenset(REFERRAL_ACTIONS) | {CATALOGUE},
    SOCIAL_WORKER: frozenset(REFERRAL_ACTIONS) | {CATALOGUE},
    COORDINATOR: frozenset({CATALOGUE}),
    ADMIN: frozenset(ADMIN_ACTIONS) | {CATALOGUE},
}


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a function runs."""

    user_id: int
    username: str
    display_name: str
    role: str
    unit_id: int | None

    @property
    def unit_ids(self) -> frozenset[int]:
        return frozenset() if self.unit_id is None else frozenset({self.unit_id})


def may(actor: Actor, action: str) -> bool:
    """Whether the role allows ``action`` (the unit is checked per referral)."""
    return action in GRANTS.get(actor.role, frozenset())


def require(actor: Actor, action: str) -> None:
    """Raise PermissionDeniedError unless the role allows ``action``."""
    if not may(actor, action):
        log.warning("user %s (%s) refused %s", actor.user_id, actor.role, action)
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("referrals", "Your role does not allow this.")
        )
    if action in REFERRAL_ACTIONS and actor.unit_id is None:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP(
                "referrals",
                "Your account belongs to no unit; ask the administrator to add it "
                "to one.",
            )
        )
