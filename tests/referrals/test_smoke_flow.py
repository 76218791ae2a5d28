"""The nurse's closed loop: guidance and a referral with consent, end to end."""

from __future__ import annotations

from datetime import date

from familjecenter_desktop.domain.identity import make_identity_code
from familjecenter_desktop.referrals import audit, consents, records, status
from familjecenter_desktop.referrals.validation import ReferralInput


def test_nurse_sends_referral_with_consent_and_closes_it(workspace, staff):
    """Consent, send, receive, accept, complete; history and log name the nurse."""
    values = ReferralInput(
        kind="referral_with_consent",
        family_ref="TT-1",
        family_names="Testi Testinen",
        identity_code=make_identity_code(date(2020, 1, 1), 901, "A"),
        phones=["+358 (0)40 123 4567"],
        receiver_service_id=staff.service_id,
        reasons=["parenthood"],
        note="Toivoo perheneuvolan aikaa.",
        follow_up_on=date(2027, 1, 15),
    )
    nurse = staff.nurse

    view = records.create_referral(workspace, nurse, values)
    view = consents.record_consent(
        workspace,
        nurse,
        view.id,
        consents.ConsentInput(
            given_by="guardian",
            data=["identity", "contact", "situation"],
            purpose="Perheneuvolan yhteydenotto",
            method="verbal",
        ),
    )
    for action, extra in [
        ("send", {}),
        ("receive", {}),
        ("accept", {}),
        ("complete", {"outcome": "got_help"}),
    ]:
        view = status.change_status(
            workspace, nurse, view.id, view.version, action, **extra
        )

    assert view.status == "completed"
    assert view.outcome == "got_help"
    assert view.family.phones == ("+358401234567",)
    assert view.family.identity_temporary
    assert [e.action for e in view.events] == [
        "create",
        "consent",
        "send",
        "receive",
        "accept",
        "complete",
    ]
    assert {e.username for e in view.events} == {"Testi nurse"}
    rows = audit.family_access(workspace, staff.admin, "tt-1")
    assert [r.action for r in rows] == ["create", "consent"] + ["status"] * 4
    assert {r.username for r in rows} == {"nurse"}
    assert audit.verify_chain(workspace).intact


def test_guidance_answered_by_the_receiving_unit_names_each_worker(workspace, staff):
    """A guidance sent by the nurse, received, accepted and closed at the family
    counselling: history and access log name the worker of each step."""
    nurse, receiver = staff.nurse, staff.receiver_worker
    view = records.create_referral(
        workspace,
        nurse,
        ReferralInput(
            family_ref="TT-G",
            receiver_service_id=staff.service_id,
            reasons=["wellbeing"],
        ),
    )
    view = status.change_status(workspace, nurse, view.id, view.version, "send")
    for action, extra in [
        ("receive", {}),
        ("accept", {}),
        ("complete", {"outcome": "did_not_attend"}),
    ]:
        view = status.change_status(
            workspace, receiver, view.id, view.version, action, **extra
        )

    steps = [(e.action, e.username) for e in view.events]
    assert steps == [
        ("create", "Testi nurse"),
        ("send", "Testi nurse"),
        ("receive", "Testi receiver"),
        ("accept", "Testi receiver"),
        ("complete", "Testi receiver"),
    ]
    rows = audit.family_access(workspace, staff.admin, "TT-G")
    assert [(r.action, r.username) for r in rows] == [
        ("create", "nurse"),
        ("status", "nurse"),
        ("status", "receiver"),
        ("status", "receiver"),
        ("status", "receiver"),
    ]
    assert view.family is None  # a guidance passes no family data on
