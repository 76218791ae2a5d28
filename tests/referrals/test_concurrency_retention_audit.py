"""Concurrent edits, retention, and a tampered access log being found."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.referrals import audit, consents, records, retention, status
from familjecenter_desktop.referrals.errors import ConflictError, InvalidInputError

from .helpers import full_consent, referral_input


def test_second_editor_gets_a_conflict_not_a_silent_overwrite(workspace, staff):
    """Two workers read version 1; the second save is refused with a clear error."""
    made = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id)
    )
    first = referral_input(staff.service_id, note="Ensimmäinen")
    second = referral_input(staff.service_id, note="Toinen")

    records.update_referral(workspace, staff.nurse, made.id, made.version, first)
    with pytest.raises(ConflictError) as caught:
        records.update_referral(
            workspace, staff.social_worker, made.id, made.version, second
        )

    assert "Reload" in caught.value.message
    assert records.get_referral(workspace, staff.nurse, made.id).note == "Ensimmäinen"


def test_simultaneous_flush_is_caught_by_the_version_column(workspace, staff):
    """A change landing between read and write raises ConflictError at flush."""
    from familjecenter_desktop.db.models import Referral

    made = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id)
    )
    with workspace.session() as session:
        referral = session.get(Referral, made.id)
        with workspace.session() as other:
            other.get(Referral, made.id).note = "Toisen muutos"
        referral.note = "Oma muutos"

        with pytest.raises(ConflictError):
            records.flush_or_conflict(session)
        session.rollback()


def test_referral_without_consent_cannot_be_sent(workspace, staff):
    """Sending family data without consent is refused, and nothing changes."""
    made = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id)
    )

    with pytest.raises(InvalidInputError) as caught:
        status.change_status(workspace, staff.nurse, made.id, made.version, "send")

    assert caught.value.field == "consent"
    assert records.get_referral(workspace, staff.nurse, made.id).status == "draft"


def test_closed_referral_reopens_with_a_note_to_where_it_was(workspace, staff):
    """A declined referral reopens as received, the note in its history."""
    nurse = staff.nurse
    view = records.create_referral(
        workspace, nurse, referral_input(staff.service_id, kind="guidance")
    )
    for action, note in [("send", None), ("receive", None), ("decline", "Ei tilaa")]:
        view = status.change_status(
            workspace, nurse, view.id, view.version, action, note
        )

    view = status.change_status(
        workspace, nurse, view.id, view.version, "reopen", "Tilaa vapautui"
    )

    assert view.status == "received"
    assert view.events[-1].note == "Tilaa vapautui"
    assert view.decline_reason == "Ei tilaa"


def test_retention_anonymises_only_referrals_past_the_period(workspace, staff):
    """Closed 13 months ago: anonymised; closed now or open: untouched."""
    nurse = staff.nurse
    old = records.create_referral(workspace, nurse, referral_input(staff.service_id))
    old = status.change_status(workspace, nurse, old.id, old.version, "cancel")
    recent = records.create_referral(
        workspace, nurse, referral_input(staff.service_id, family_ref="AB")
    )
    recent = status.change_status(workspace, nurse, recent.id, recent.version, "cancel")
    later = utcnow() + timedelta(days=400)

    due = retention.due_for_anonymising(workspace, staff.admin, later)
    count = retention.anonymise_due(workspace, staff.admin, later)
    gone = records.get_referral(workspace, nurse, old.id)

    assert {row.id for row in due} == {old.id, recent.id}
    assert count == 2
    assert gone.anonymised and gone.family.names is None and gone.family.phones == ()
    assert gone.kind == "referral_with_consent" and gone.reasons == ("parenthood",)
    assert retention.due_for_anonymising(workspace, staff.admin, later) == []
    assert retention.due_for_anonymising(workspace, staff.admin) == []


def test_months_before_keeps_the_month_end():
    """31 March minus one month is 28 February (or 29 in a leap year)."""
    moment = utcnow().replace(year=2027, month=3, day=31)

    assert retention.months_before(moment, 1).day == 28
    assert retention.months_before(moment, 12).year == 2026


def _logged(workspace, staff) -> list[int]:
    """Four referral entries at the end of the log; their ids."""
    made = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id)
    )
    consents.record_consent(workspace, staff.nurse, made.id, full_consent())
    records.get_referral(workspace, staff.nurse, made.id)
    records.get_referral(workspace, staff.nurse, made.id)
    with workspace.engine.connect() as connection:
        ids = connection.execute(
            text("SELECT id FROM access_log WHERE referral_id IS NOT NULL ORDER BY id")
        )
        return [row[0] for row in ids]


@pytest.mark.parametrize(
    ("tamper", "says"),
    [
        (
            "UPDATE access_log SET username = 'someone' WHERE id = {second}",
            "entry {second} was altered",
        ),
        ("DELETE FROM access_log WHERE id = {second}", "entry {second} is missing"),
        ("DELETE FROM access_log WHERE id = {last}", "after {third} were removed"),
        (
            "UPDATE access_log SET at = '2020-01-01 00:00:00' WHERE id = {third}",
            "entry {third}",
        ),
    ],
)
def test_tampered_log_is_found_and_named(workspace, staff, tamper, says):
    """Altering, removing a middle entry or cutting the tail is reported."""
    first, second, third, last = _logged(workspace, staff)
    ids = {"second": second, "third": third, "last": last}
    assert audit.verify_chain(workspace).intact

    with workspace.engine.begin() as connection:
        connection.execute(text(tamper.format(**ids)))
    report = audit.verify_chain(workspace)

    assert not report.intact
    assert says.format(**ids) in report.problem


def test_log_holds_no_personal_data(workspace, staff):
    """Names, phone numbers and the family reference never reach the log."""
    _logged(workspace, staff)

    with workspace.engine.connect() as connection:
        rows = connection.execute(text("SELECT * FROM access_log")).all()
    dumped = repr(rows)

    assert rows
    assert "Testinen" not in dumped and "TT-1" not in dumped
    assert "401234567" not in dumped


def test_family_access_csv_lists_who_processed_the_data(workspace, staff, tmp_path):
    """The admin's export names each user and action for the family reference."""
    _logged(workspace, staff)
    out = tmp_path / "access.csv"

    audit.family_access_csv(workspace, staff.admin, " tt-1 ", out)
    lines = out.read_text(encoding="utf-8").splitlines()

    assert lines[0] == "time,user,role,action,referral,workstation"
    assert [line.split(",")[3] for line in lines[1:]] == [
        "create",
        "consent",
        "view",
        "view",
    ]
    assert all(",nurse,nurse," in line for line in lines[1:])


def test_two_workers_saving_at_once_one_wins_one_is_told(workspace, staff):
    """Two threads save the same draft version together: exactly one succeeds,
    the other gets the conflict, and the stored note is the winner's."""
    import threading

    made = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id)
    )
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(actor, note: str) -> None:
        start.wait()
        try:
            records.update_referral(
                workspace,
                actor,
                made.id,
                made.version,
                referral_input(staff.service_id, note=note),
            )
            outcomes[note] = "saved"
        except ConflictError:
            outcomes[note] = "conflict"
        except Exception as exc:  # a locked SQLite file counts as refused too
            outcomes[note] = type(exc).__name__

    threads = [
        threading.Thread(target=save, args=(staff.nurse, "Hoitajan")),
        threading.Thread(target=save, args=(staff.social_worker, "Sosiaalityön")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    stored = records.get_referral(workspace, staff.nurse, made.id)
    winners = [note for note, result in outcomes.items() if result == "saved"]
    assert len(winners) == 1
    assert stored.note == winners[0] and stored.version == made.version + 1
    assert audit.verify_chain(workspace).intact
