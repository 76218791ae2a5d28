"""Every action for every role: coordinators and admins read no referral."""

from __future__ import annotations

from datetime import date

import pytest

from familjecenter_desktop.referrals import (
    accounts,
    actors,
    audit,
    consents,
    followup,
    listing,
    records,
    retention,
    status,
)
from familjecenter_desktop.referrals.errors import (
    NotFoundError,
    PermissionDeniedError,
)

from .helpers import full_consent, referral_input

ROLES = ("nurse", "social_worker", "coordinator", "admin")


def actions(workspace, staff, state):
    """Each function the window calls, as (name, call) pairs."""
    s = staff.service_id
    referral_id = state["id"]
    return {
        "create": lambda a: records.create_referral(workspace, a, referral_input(s)),
        "view": lambda a: records.get_referral(workspace, a, referral_id),
        "list": lambda a: listing.list_referrals(workspace, a),
        "update": lambda a: records.update_referral(
            workspace, a, referral_id, state["version"], referral_input(s)
        ),
        "follow_up": lambda a: records.set_follow_up(
            workspace, a, referral_id, state["version"], date(2030, 1, 1)
        ),
        "status": lambda a: status.change_status(
            workspace, a, referral_id, state["version"], "cancel"
        ),
        "consent": lambda a: consents.record_consent(
            workspace, a, referral_id, full_consent()
        ),
        "withdraw": lambda a: consents.withdraw_consent(workspace, a, state["consent"]),
        "print": lambda a: records.record_print(workspace, a, referral_id),
        "export": lambda a: records.export_referral(workspace, a, referral_id),
        "mine": lambda a: followup.follow_up_list(workspace, a, "mine"),
        "overdue": lambda a: followup.follow_up_list(workspace, a, "overdue"),
        "waiting": lambda a: followup.follow_up_list(workspace, a, "waiting"),
        "attention": lambda a: followup.attention_count(workspace, a),
        "audit_list": lambda a: audit.family_access(workspace, a, "TT-1"),
        "audit_csv": lambda a: audit.family_access_csv(workspace, a, "TT-1"),
        "retention_due": lambda a: retention.due_for_anonymising(workspace, a),
        "retention_run": lambda a: retention.anonymise_due(workspace, a),
        "users": lambda a: accounts.list_users(workspace, a),
        "add_unit": lambda a: actors.add_unit(workspace, a, {"fi": "Uusi yksikkö"}),
    }


REFERRAL_ACTIONS = {
    "create",
    "view",
    "list",
    "update",
    "follow_up",
    "status",
    "consent",
    "withdraw",
    "print",
    "export",
    "mine",
    "overdue",
    "waiting",
    "attention",
}
ADMIN_ACTIONS = {
    "audit_list",
    "audit_csv",
    "retention_due",
    "retention_run",
    "users",
    "add_unit",
}


@pytest.mark.parametrize("role", ROLES)
def test_every_action_for_every_role(workspace, staff, role):
    """Referral work for nurses and social workers; administration for the admin."""
    actor = {
        "nurse": staff.nurse,
        "social_worker": staff.social_worker,
        "coordinator": staff.coordinator,
        "admin": staff.admin,
    }[role]
    setup = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id)
    )
    setup = consents.record_consent(workspace, staff.nurse, setup.id, full_consent())
    allowed = {
        "nurse": REFERRAL_ACTIONS,
        "social_worker": REFERRAL_ACTIONS,
        "coordinator": set(),
        "admin": ADMIN_ACTIONS,
    }[role]

    state = {"id": setup.id, "version": setup.version, "consent": setup.consents[0].id}

    for name, call in actions(workspace, staff, state).items():
        if name in allowed:
            call(actor)
            state["version"] = records.get_referral(
                workspace, staff.nurse, setup.id
            ).version
        else:
            with pytest.raises(PermissionDeniedError):
                call(actor)

    assert audit.verify_chain(workspace).intact


def test_other_units_cannot_reach_a_referral(workspace, staff):
    """A worker of an unrelated unit gets 'not found', never the referral."""
    outsider_unit = actors.add_unit(workspace, staff.admin, {"fi": "Kirjasto"})
    accounts.create_user(
        workspace,
        staff.admin,
        "out",
        "Testi Ulkopuolinen",
        "nurse",
        outsider_unit,
        "correct horse battery",
    )
    outsider = accounts.authenticate(workspace, "out", "correct horse battery")
    made = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id)
    )

    with pytest.raises(NotFoundError):
        records.get_referral(workspace, outsider, made.id)
    with pytest.raises(NotFoundError):
        records.export_referral(workspace, outsider, made.id)
    assert listing.list_referrals(workspace, outsider) == []


def test_receiver_sees_family_only_while_consent_is_in_force(workspace, staff):
    """Withdrawing consent hides the family from the receiving unit and shows it."""
    nurse, receiver = staff.nurse, staff.receiver_worker
    made = records.create_referral(workspace, nurse, referral_input(staff.service_id))
    made = consents.record_consent(workspace, nurse, made.id, full_consent())
    status.change_status(workspace, nurse, made.id, made.version, "send")

    before = records.get_referral(workspace, receiver, made.id)
    after = consents.withdraw_consent(workspace, nurse, made.consents[0].id)
    hidden = records.get_referral(workspace, receiver, made.id)

    assert before.family.names == "Testi Testinen"
    assert after.consent_withdrawn
    assert hidden.family is None and hidden.note is None
    assert hidden.consent_withdrawn
