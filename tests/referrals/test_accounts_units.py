"""Administration: accounts (add, role and unit, new password, close) and units."""

from __future__ import annotations

import pytest

from familjecenter_desktop.referrals import accounts, actors, audit
from familjecenter_desktop.referrals.errors import (
    AuthenticationError,
    InvalidInputError,
    PermissionDeniedError,
)

from .conftest import PASSWORD

NEW_PASSWORD = "another long secret"


def test_reset_password_lets_the_person_in_with_the_new_one(workspace, staff):
    """After a reset the old password fails and the new one works."""
    accounts.reset_password(workspace, staff.admin, staff.nurse.user_id, NEW_PASSWORD)

    with pytest.raises(AuthenticationError):
        accounts.authenticate(workspace, "nurse", PASSWORD)
    assert accounts.authenticate(workspace, "nurse", NEW_PASSWORD).role == "nurse"


def test_weak_password_is_refused_with_a_reason(workspace, staff):
    """A short password is refused and the old one still works."""
    with pytest.raises(InvalidInputError) as caught:
        accounts.reset_password(workspace, staff.admin, staff.nurse.user_id, "lyhyt")

    assert "10 characters" in caught.value.message
    assert accounts.authenticate(workspace, "nurse", PASSWORD)


def test_role_and_unit_change_takes_effect_at_next_login(workspace, staff):
    """A nurse moved to counselling as a social worker logs in as such."""
    accounts.change_role(
        workspace,
        staff.admin,
        staff.nurse.user_id,
        "social_worker",
        staff.counselling_id,
    )

    again = accounts.authenticate(workspace, "nurse", PASSWORD)
    assert (again.role, again.unit_id) == ("social_worker", staff.counselling_id)


@pytest.mark.parametrize(
    ("role", "unit", "field"),
    [("nurse", None, "unit"), ("chief", 1, "role")],
)
def test_role_change_needs_a_known_role_and_a_unit_for_referrers(
    workspace, staff, role, unit, field
):
    """Nurses need a unit; unknown roles are refused; nothing changes."""
    with pytest.raises(InvalidInputError) as caught:
        accounts.change_role(workspace, staff.admin, staff.nurse.user_id, role, unit)

    assert caught.value.field == field
    assert accounts.authenticate(workspace, "nurse", PASSWORD).role == "nurse"


def test_admin_cannot_demote_or_close_themself(workspace, staff):
    """The last way back into administration is not cut by accident."""
    with pytest.raises(PermissionDeniedError):
        accounts.change_role(
            workspace, staff.admin, staff.admin.user_id, "nurse", staff.clinic_id
        )
    with pytest.raises(PermissionDeniedError):
        accounts.set_active(workspace, staff.admin, staff.admin.user_id, False)


def test_closed_account_cannot_log_in_until_reopened(workspace, staff):
    """Closing refuses the login; a new password and reopening let them in."""
    accounts.set_active(workspace, staff.admin, staff.nurse.user_id, False)
    with pytest.raises(AuthenticationError):
        accounts.authenticate(workspace, "nurse", PASSWORD)

    accounts.reset_password(workspace, staff.admin, staff.nurse.user_id, NEW_PASSWORD)
    accounts.set_active(workspace, staff.admin, staff.nurse.user_id, True)

    assert accounts.authenticate(workspace, "nurse", NEW_PASSWORD)


def test_account_changes_are_in_the_log_without_personal_data(workspace, staff):
    """Each administrative change adds an entry naming the account by id only."""
    accounts.reset_password(workspace, staff.admin, staff.nurse.user_id, NEW_PASSWORD)

    with workspace.engine.connect() as connection:
        from sqlalchemy import text

        details = connection.execute(
            text("SELECT detail FROM access_log WHERE action = 'account'")
        ).scalars()
        details = list(details)

    assert f"user {staff.nurse.user_id} password reset" in details
    assert not any("Testi" in (d or "") for d in details)
    assert audit.verify_chain(workspace).intact


def test_unit_contact_details_are_checked_and_stored(workspace, staff):
    """A national service number is stored in international form; a bad e-mail
    address is refused with a reason."""
    actors.update_unit(
        workspace,
        staff.admin,
        staff.clinic_id,
        {"fi": "Lastenneuvola", "sv": "Barnrådgivningen"},
        "neuvola@example.fi",
        "029 123 4567",
    )
    with pytest.raises(InvalidInputError) as caught:
        actors.update_unit(
            workspace, staff.admin, staff.clinic_id, {"fi": "X"}, "neuvola.example"
        )

    unit = next(
        u for u in actors.list_units(workspace, "sv") if u.id == staff.clinic_id
    )
    assert (unit.name, unit.email, unit.phone) == (
        "Barnrådgivningen",
        "neuvola@example.fi",
        "+358291234567",
    )
    assert caught.value.field == "email"


def test_catalogue_organisation_keeps_its_name(workspace, staff):
    """Only contact details of a catalogue organisation change here."""
    from familjecenter_desktop.db.models import Organisation

    with workspace.session() as session:
        org = Organisation(
            name={"fi": "Esimerkkikunta"}, source_system="ptv", source_id="org-x"
        )
        session.add(org)
        session.flush()
        org_id = org.id

    actors.update_unit(
        workspace, staff.admin, org_id, {"fi": "Väärä nimi"}, "kirjaamo@example.fi"
    )

    unit = next(u for u in actors.list_units(workspace) if u.id == org_id)
    assert unit.name == "Esimerkkikunta" and unit.from_catalogue
    assert unit.email == "kirjaamo@example.fi"


def test_unit_update_changes_only_the_languages_given(workspace, staff):
    """A Swedish name given alone keeps the Finnish name; an empty one removes it."""
    actors.update_unit(
        workspace, staff.admin, staff.clinic_id, {"fi": "Lastenneuvola", "sv": "BR"}
    )
    actors.update_unit(
        workspace, staff.admin, staff.clinic_id, {"sv": "Barnrådgivning"}
    )
    kept = next(u for u in actors.list_units(workspace) if u.id == staff.clinic_id)
    actors.update_unit(workspace, staff.admin, staff.clinic_id, {"sv": ""})
    cleared = next(u for u in actors.list_units(workspace) if u.id == staff.clinic_id)

    assert kept.names == {"fi": "Lastenneuvola", "sv": "Barnrådgivning"}
    assert cleared.names == {"fi": "Lastenneuvola"}


def test_a_user_name_differing_only_in_case_is_taken(workspace, staff):
    """'NURSE' next to 'nurse' would be one person to the staff: refused."""
    with pytest.raises(InvalidInputError) as caught:
        accounts.create_user(
            workspace, staff.admin, "NURSE", "Testi Toinen", "admin", None, NEW_PASSWORD
        )

    assert caught.value.message == "This user name is taken."
