"""Follow-up views: mine, my unit's, overdue, waiting for a response; the count."""

from __future__ import annotations

import logging
from datetime import datetime

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.listing import (
    ReferralFilter,
    count_attention,
    list_referrals,
)
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.referrals.views import ReferralRow

log = logging.getLogger(__name__)

VIEWS = {
    "unit": ReferralFilter(scope="unit", open_only=True),
    "mine": ReferralFilter(scope="mine", open_only=True),
    "overdue": ReferralFilter(scope="unit", overdue_only=True),
    "waiting": ReferralFilter(scope="unit", waiting_only=True),
    "all": ReferralFilter(scope="unit"),
}


def follow_up_list(
    workspace, actor: Actor, view: str, lang: str = "fi", now: datetime | None = None
) -> list[ReferralRow]:
    """One of the follow-up views by name (see ``VIEWS``), every page of it."""
    return list_referrals(workspace, actor, VIEWS[view], lang, now)


def attention_count(workspace, actor: Actor, now: datetime | None = None) -> int:
    """How many of the unit's open referrals are overdue or waiting too long.

    Only a number: nothing about a family is shown, so nothing is logged.
    """
    perm.require(actor, perm.FOLLOW_UP)
    now = now or utcnow()
    days = workspace.settings.get("waiting_response_days")
    with workspace.session() as session:
        return count_attention(session, actor, days, now)
