"""The administration page: only for administrators, each step through the worker."""

from __future__ import annotations

import csv
from datetime import timedelta

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.referrals import accounts, records, status
from familjecenter_desktop.referrals.validation import ReferralInput

from .conftest import PASSWORD


def test_admin_sees_administration_and_no_referral_list(setting, qtbot):
    """The administrator lands on the administration page with every account."""
    view = setting.view

    view.set_actor(setting.admin)
    setting.settle(qtbot)

    assert view.pages.currentWidget() is view.admin
    assert not view.list_button.isEnabled()
    names = {
        view.admin.staff.table.item(row, 0).text()
        for row in range(view.admin.staff.table.rowCount())
    }
    assert names == {"admin", "nurse", "sw", "coord"}


def test_nurse_never_gets_the_administration_page(setting, qtbot):
    """Staff who refer see their lists; the administration page stays empty."""
    view = setting.view

    view.set_actor(setting.nurse)
    setting.settle(qtbot)

    assert view.pages.currentWidget() is view.list
    assert view.admin.staff.table.rowCount() == 0


def test_add_account_change_role_and_reset_password(setting, qtbot, workspace):
    """Accounts made and changed on the page work at the next login."""
    page = setting.view.admin.staff
    setting.view.set_actor(setting.admin)
    setting.settle(qtbot)

    page.create("uusi", "Testi Uusi", "nurse", setting.clinic_id, PASSWORD)
    setting.settle(qtbot)
    added = next(u for u in page.users if u.username == "uusi")
    page.set_role(added, "social_worker", setting.counselling_id)
    setting.settle(qtbot)
    page.new_password(added, "vaihdettu salasana 1")
    setting.settle(qtbot)

    again = accounts.authenticate(workspace, "uusi", "vaihdettu salasana 1")
    assert (again.role, again.unit_id) == ("social_worker", setting.counselling_id)
    assert "new password" in page.status.text()


def test_refused_step_is_shown_in_plain_words(setting, qtbot, monkeypatch):
    """A taken user name is refused with the reason, nothing is added."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    page = setting.view.admin.staff
    setting.view.set_actor(setting.admin)
    setting.settle(qtbot)

    page.create("nurse", "Testi Toinen", "nurse", setting.clinic_id, PASSWORD)
    setting.settle(qtbot)

    assert shown == ["This user name is taken."]
    assert [u.username for u in page.users].count("nurse") == 1


def test_units_page_adds_a_unit_with_contact_details(setting, qtbot):
    """A unit added by hand shows with its phone in national form."""
    page = setting.view.admin.units
    setting.view.set_actor(setting.admin)
    setting.settle(qtbot)

    page.create({"fi": "Perhekeskus"}, None, "perhekeskus@example.fi", "029 123 4567")
    setting.settle(qtbot)

    added = next(u for u in page.units if u.name == "Perhekeskus")
    assert added.phone == "+358291234567" and not added.from_catalogue
    assert "Unit added." in page.status.text()


def test_retention_shows_what_is_due_and_anonymises_it(
    setting, qtbot, workspace, monkeypatch
):
    """A referral closed 13 months ago is listed, then anonymised on confirmation."""
    from familjecenter_desktop.db.models import Referral

    made = records.create_referral(
        workspace,
        setting.nurse,
        ReferralInput(
            family_ref="TT-R",
            family_names="Testi Vanha",
            receiver_service_id=setting.service_id,
            reasons=["wellbeing"],
        ),
    )
    status.change_status(workspace, setting.nurse, made.id, made.version, "cancel")
    with workspace.session() as session:
        session.get(Referral, made.id).closed_at = utcnow() - timedelta(days=400)
    page = setting.view.admin.retention
    setting.view.set_actor(setting.admin)
    setting.settle(qtbot)
    due = [row.id for row in page.due]

    page.anonymise_now()
    setting.settle(qtbot)

    assert due == [made.id]
    assert page.due == [] and not page.anonymise_button.isEnabled()
    gone = records.get_referral(workspace, setting.nurse, made.id)
    assert gone.anonymised and gone.family.names is None


def test_family_access_list_and_csv_export(setting, qtbot, workspace, tmp_path):
    """The list names the nurse's steps; the CSV holds the same rows."""
    made = records.create_referral(
        workspace,
        setting.nurse,
        ReferralInput(
            family_ref="TT-A",
            receiver_service_id=setting.service_id,
            reasons=["wellbeing"],
        ),
    )
    records.get_referral(workspace, setting.nurse, made.id)
    page = setting.view.admin.access
    setting.view.set_actor(setting.admin)
    setting.settle(qtbot)
    page.reference.setText("tt-a")

    page.show_list()
    setting.settle(qtbot)
    page.export_to(tmp_path / "access.csv")
    setting.settle(qtbot)

    shown = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    with open(tmp_path / "access.csv", encoding="utf-8") as handle:
        exported = list(csv.DictReader(handle))
    assert shown == ["nurse", "nurse"]
    assert [row["action"] for row in exported] == ["create", "view"]
    assert "Saved to" in page.status.text()


def test_lock_clears_the_administration_page(setting, qtbot, monkeypatch):
    """Locking hides the accounts list too."""
    from familjecenter_desktop.ui.referrals import login_dialog

    setting.view.set_actor(setting.admin)
    setting.settle(qtbot)
    monkeypatch.setattr(login_dialog.LoginDialog, "exec", lambda dialog: 0)

    setting.view.lock_session()

    assert setting.view.admin.staff.table.rowCount() == 0


def test_accounts_arriving_after_a_lock_are_not_shown(setting, qtbot, monkeypatch):
    """The account list read before a lock does not reappear after it."""
    from familjecenter_desktop.ui.referrals import login_dialog

    monkeypatch.setattr(login_dialog.LoginDialog, "exec", lambda dialog: 0)
    view = setting.view

    view.set_actor(setting.admin)  # the account list is being read
    view.lock_session()  # locked before it arrives
    setting.settle(qtbot)

    assert view.admin.staff.table.rowCount() == 0
