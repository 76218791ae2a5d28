"""Moving a referral through its statuses, stamped with who and when."""

from __future__ import annotations

import logging

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.errors import InvalidInputError
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.referrals.records import (
    add_event,
    check_version,
    flush_or_conflict,
    load_visible,
)
from familjecenter_desktop.referrals.validation import ReferralInput, family_data
from familjecenter_desktop.referrals.views import (
    ReferralView,
    build_view,
    consent_facts,
)

log = logging.getLogger(__name__)


def _held(referral) -> frozenset[str]:
    values = ReferralInput(
        kind=referral.kind,
        family_ref=referral.family_ref or "",
        family_names=referral.family_names or "",
        identity_code=referral.identity_code or "",
        phones=list(referral.phones or ()),
        language=referral.language or "",
        interpreter_needed=referral.interpreter_needed,
        contact_how=referral.contact_how or "",
        contact_when=referral.contact_when or "",
        reasons=list(referral.reasons or ()),
        note=referral.note or "",
    )
    return rules.held_categories(family_data(values))


def _reopen_target(referral) -> str | None:
    for event in reversed(referral.events):
        if event.to_status == referral.status and event.from_status in rules.OPEN:
            return event.from_status
    return None


def change_status(
    workspace,
    actor: Actor,
    referral_id: int,
    expected_version: int,
    action: str,
    note: str | None = None,
    outcome: str | None = None,
    lang: str = "fi",
) -> ReferralView:
    """Apply ``action`` (send, receive, accept, decline, complete, cancel, reopen)."""
    perm.require(actor, perm.CHANGE_STATUS)
    with workspace.session() as session:
        referral = load_visible(session, actor, referral_id)
        check_version(referral, expected_version)
        before = referral.status
        try:
            after = rules.next_status(
                before,
                action,
                reopen_to=_reopen_target(referral),
                note=note,
                outcome=outcome,
            )
            if action == rules.SEND:
                if referral.sender_unit_id != actor.unit_id:
                    raise rules.RuleError("Only the sending unit can send.", "status")
                referral.disclosure_ground = rules.check_disclosure(
                    referral.kind,
                    referral.urgency,
                    _held(referral),
                    [consent_facts(c) for c in referral.consents],
                    (referral.receiver_org_id, referral.receiver_service_id),
                    utcnow(),
                )
        except rules.RuleError as exc:
            raise InvalidInputError([(exc.field or "status", exc.message)]) from None

        now = utcnow()
        referral.status = after
        referral.updated_at = now
        if action == rules.SEND:
            referral.sent_at = now
        if action in (rules.RECEIVE, rules.ACCEPT, rules.DECLINE):
            referral.responded_at = referral.responded_at or now
        if action == rules.DECLINE:
            referral.decline_reason = note.strip()
        if action == rules.COMPLETE:
            referral.outcome = outcome
        if after in rules.CLOSED:
            referral.closed_at = now
        if action == rules.REOPEN:
            referral.closed_at = None
            referral.outcome = None
        add_event(referral, actor, action, before, after, (note or "").strip() or None)
        flush_or_conflict(session)

        audit.append(
            session,
            actor,
            audit.STATUS,
            [(referral.id, referral.family_key)],
            detail=f"{before}->{after}",
        )
        log.info(
            "referral %s: %s -> %s by user %s",
            referral.id,
            before,
            after,
            actor.user_id,
        )
        return build_view(session, actor, referral, lang)
