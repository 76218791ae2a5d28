"""The Referrals tab: login gate, Refer from a service, typing validation, list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from familjecenter_desktop.db.models import Service
from familjecenter_desktop.referrals import accounts, actors
from familjecenter_desktop.ui.referrals.referrals_view import ReferralsView

PASSWORD = "correct horse battery"
SCREENSHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


@pytest.fixture
def nurse_view(workspace, qtbot):
    """A view on a workspace with a clinic, a counselling service and a nurse."""
    admin = accounts.create_first_admin(
        workspace, "admin", "Testi Ylläpitäjä", PASSWORD
    )
    clinic = actors.add_unit(workspace, admin, {"fi": "Lastenneuvola"})
    counselling = actors.add_unit(workspace, admin, {"fi": "Perheneuvola"})
    with workspace.session() as session:
        service = Service(
            name={"fi": "Perheneuvonta", "sv": "Familjerådgivning"},
            organisation_id=counselling,
        )
        session.add(service)
        session.flush()
        service_id = service.id
    accounts.create_user(
        workspace, admin, "nurse", "Testi Hoitaja", "nurse", clinic, PASSWORD
    )
    accounts.create_user(
        workspace,
        admin,
        "coord",
        "Testi Koordinaattori",
        "coordinator",
        clinic,
        PASSWORD,
    )
    view = ReferralsView()
    qtbot.addWidget(view)
    view.attach(workspace)
    view.resize(900, 700)
    return view, service_id


def type_text(qtbot, widget, text):
    for char in text:
        qtbot.keyClick(widget, char)


def test_nothing_is_shown_before_login(nurse_view):
    """Without a login the list and form are out of reach."""
    view, _ = nurse_view

    assert view.pages.currentWidget() is view.blank
    assert not view.new_button.isEnabled()


def test_coordinator_gets_no_referral_pages(nurse_view, workspace):
    """A coordinator who logs in still sees no list and cannot refer."""
    view, service_id = nurse_view

    view.set_actor(accounts.authenticate(workspace, "coord", PASSWORD))
    view.refer_to_service(service_id)

    assert view.pages.currentWidget() is view.blank
    assert not view.list_button.isEnabled()


def test_refer_fills_receiver_and_validates_while_typing(nurse_view, workspace, qtbot):
    """Refer opens the form; problems show as the nurse types, then it saves."""
    view, service_id = nurse_view
    view.set_actor(accounts.authenticate(workspace, "nurse", PASSWORD))
    view.show()
    qtbot.waitExposed(view)
    view.refer_to_service(service_id)
    form = view.form

    type_text(qtbot, form.identity_code, "010101A90")
    half_typed = form.problems.text()
    type_text(qtbot, form.identity_code, "1")
    form.identity_code.clear()
    type_text(qtbot, form.family_ref, "TT-1")
    form.reasons["parenthood"].setChecked(True)
    form.kind.setCurrentIndex(form.kind.findData("guidance"))
    leftover = form.problems.text()
    qtbot.keyClick(form.save_button, Qt.Key.Key_Space)

    assert "Perheneuvonta" in form.receiver.text()
    assert "11 characters" in half_typed
    assert leftover == ""
    assert view.pages.currentWidget() is view.list
    assert view.list.table.rowCount() == 1
    assert "Testi Hoitaja" in view.list.detail.toPlainText()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_screenshots_of_form_and_list(nurse_view, workspace, qtbot, lang):
    """Pictures of the form and the list for the README (the UI language's files)."""
    from familjecenter_desktop.ui.i18n import Translations

    Translations().install(lang)
    view, service_id = nurse_view
    view.retranslate_ui()
    view.set_actor(accounts.authenticate(workspace, "nurse", PASSWORD))
    view.refer_to_service(service_id)
    type_text(qtbot, view.form.family_ref, "TT-1")
    type_text(qtbot, view.form.phones, "040 123 4567")
    view.form.reasons["parenthood"].setChecked(True)
    view.show()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    view.grab().save(str(SCREENSHOTS / f"referral-form-{lang}.png"))
    view.form.save()
    view.grab().save(str(SCREENSHOTS / f"referral-list-{lang}.png"))
    Translations().install("en")

    assert (SCREENSHOTS / f"referral-list-{lang}.png").stat().st_size > 0


def test_nurse_takes_each_step_from_the_detail(nurse_view, workspace):
    """Consent, send, receive, accept and close from the window's action bar."""
    from familjecenter_desktop.referrals.consents import ConsentInput

    view, service_id = nurse_view
    view.set_actor(accounts.authenticate(workspace, "nurse", PASSWORD))
    view.refer_to_service(service_id)
    form = view.form
    form.kind.setCurrentIndex(form.kind.findData("referral_with_consent"))
    form.family_ref.setText("TT-2")
    form.phones.setText("0401234567")
    form.reasons["early_support"].setChecked(True)
    form.save()
    bar = view.list.actions

    bar.record_consent(
        ConsentInput(
            "guardian", ["contact", "identity", "situation"], "Yhteys", "verbal"
        )
    )
    for action in ("send", "receive", "accept"):
        bar.apply(action)
    bar.apply("complete", outcome="got_help")

    history = view.list.detail.toPlainText()
    assert bar.view.status == "completed"
    assert bar.buttons["reopen"].isEnabled() and not bar.buttons["send"].isEnabled()
    assert history.count("Testi Hoitaja") == 6


def test_attention_count_shows_on_the_main_window_tab(workspace, qtbot):
    """An overdue follow-up puts its count in the Referrals tab title."""
    from datetime import date

    from familjecenter_desktop.referrals.validation import ReferralInput
    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.main_window import MainWindow

    admin = accounts.create_first_admin(
        workspace, "admin", "Testi Ylläpitäjä", PASSWORD
    )
    clinic = actors.add_unit(workspace, admin, {"fi": "Lastenneuvola"})
    accounts.create_user(
        workspace, admin, "nurse", "Testi Hoitaja", "nurse", clinic, PASSWORD
    )
    nurse = accounts.authenticate(workspace, "nurse", PASSWORD)
    from familjecenter_desktop.referrals import records

    records.create_referral(
        workspace,
        nurse,
        ReferralInput(
            family_ref="TT-3",
            receiver_org_id=clinic,
            reasons=["wellbeing"],
            follow_up_on=date(2020, 1, 1),
        ),
    )
    window = MainWindow(workspace.settings, Translations())
    qtbot.addWidget(window)
    window.attach_workspace(workspace)

    window.referrals_view.set_actor(nurse)
    index = window.tabs.indexOf(window.referrals_view)

    assert window.tabs.tabText(index).endswith("(1)")
