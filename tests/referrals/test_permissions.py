"""Every action for every role: coordinators and admins read no referral.

The list of actions is every referral or administration function the window
calls (the form, the lists, the detail, the action bar, the family sheet, the
administration page), each tried as every role.
"""

from __future__ import annotations

import itertools
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
from familjecenter_desktop.sheets import referral_sheet
from familjecenter_desktop.sheets.model import SheetOptions

from .conftest import PASSWORD
from .helpers import full_consent, referral_input

ROLES = ("nurse", "social_worker", "coordinator", "admin")


def actions(workspace, staff, state):
    """Each function the window calls, as (name, call) pairs."""
    s = staff.service_id
    s_unit = staff.clinic_id
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
        "page": lambda a: listing.fetch_page(workspace, a),
        "page_in_session": lambda a: _page_in_session(workspace, a),
        "detail": lambda a: records.referral_detail(workspace, a, referral_id),
        "sheet_preview": lambda a: referral_sheet.preview_referral_sheet(
            workspace, a, referral_id, SheetOptions(kind="referral")
        ),
        "sheet_print": lambda a: referral_sheet.print_referral_sheet(
            workspace, a, referral_id, SheetOptions(kind="referral")
        ),
        "add_user": lambda a: accounts.create_user(
            workspace, a, f"new{next(NUMBERS)}", "Testi Uusi", "nurse", s_unit, PASSWORD
        ),
        "change_role": lambda a: accounts.change_role(
            workspace, a, staff.social_worker.user_id, "social_worker", s_unit
        ),
        "reset_password": lambda a: accounts.reset_password(
            workspace, a, staff.social_worker.user_id, PASSWORD
        ),
        "close_account": lambda a: accounts.set_active(
            workspace, a, staff.receiver_worker.user_id, True
        ),
        "edit_unit": lambda a: actors.update_unit(
            workspace, a, s_unit, {"fi": "Lastenneuvola"}, "neuvola@example.fi"
        ),
    }


NUMBERS = itertools.count(1)


def _page_in_session(workspace, actor):
    with workspace.session() as session:
        return listing.list_page(session, actor)


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
    "page",
    "page_in_session",
    "detail",
    "sheet_preview",
    "sheet_print",
}
ADMIN_ACTIONS = {
    "audit_list",
    "audit_csv",
    "retention_due",
    "retention_run",
    "users",
    "add_unit",
    "add_user",
    "change_role",
    "reset_password",
    "close_account",
    "edit_unit",
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

    attempts = {
        "view": lambda: records.get_referral(workspace, outsider, made.id),
        "detail": lambda: records.referral_detail(workspace, outsider, made.id),
        "export": lambda: records.export_referral(workspace, outsider, made.id),
        "print": lambda: records.record_print(workspace, outsider, made.id),
        "update": lambda: records.update_referral(
            workspace, outsider, made.id, made.version, referral_input(1)
        ),
        "follow_up": lambda: records.set_follow_up(
            workspace, outsider, made.id, made.version, date(2030, 1, 1)
        ),
        "status": lambda: status.change_status(
            workspace, outsider, made.id, made.version, "cancel"
        ),
        "consent": lambda: consents.record_consent(
            workspace, outsider, made.id, full_consent()
        ),
    }
    refused = set()
    for name, attempt in attempts.items():
        with pytest.raises(NotFoundError):
            attempt()
        refused.add(name)

    assert refused == set(attempts)
    assert listing.list_referrals(workspace, outsider) == []
    assert followup.attention_count(workspace, outsider) == 0
    assert records.get_referral(workspace, staff.nurse, made.id).version == 1


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


@pytest.mark.parametrize("role", ["coordinator", "admin"])
def test_refused_roles_leave_no_trace_of_reading_a_referral(workspace, staff, role):
    """Refused calls neither return referral data nor write a log entry for it."""
    actor = staff.coordinator if role == "coordinator" else staff.admin
    made = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id)
    )
    state = {"id": made.id, "version": made.version, "consent": 0}

    for name in REFERRAL_ACTIONS:
        with pytest.raises(PermissionDeniedError):
            actions(workspace, staff, state)[name](actor)

    with workspace.engine.connect() as connection:
        from sqlalchemy import text

        touched = connection.execute(
            text(
                "SELECT count(*) FROM access_log "
                "WHERE user_id = :user AND referral_id IS NOT NULL"
            ),
            {"user": actor.user_id},
        ).scalar_one()
    assert touched == 0
