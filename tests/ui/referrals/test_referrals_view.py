"""The Referrals tab: login gate, Refer from a service, typing validation, the loop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from familjecenter_desktop.referrals import audit, records
from familjecenter_desktop.referrals.consents import ConsentInput

from .conftest import press, type_text


def test_nothing_is_shown_before_login(setting):
    """Without a login the list and form are out of reach."""
    view = setting.view

    assert view.pages.currentWidget() is view.blank
    assert not view.new_button.isEnabled()


def test_coordinator_gets_no_referral_pages(setting, qtbot):
    """A coordinator who logs in sees neither referrals nor administration."""
    view = setting.view

    view.set_actor(setting.coordinator)
    view.refer_to_service(setting.service_id)
    setting.settle(qtbot)

    assert view.pages.currentWidget() is view.blank
    assert not view.list_button.isEnabled()
    assert view.list.model.rowCount() == 0


def test_refer_fills_receiver_and_validates_while_typing(setting, qtbot):
    """Refer opens the form; problems show as the nurse types, then Ctrl+S saves."""
    view = setting.view
    view.set_actor(setting.nurse)
    view.show()
    qtbot.waitExposed(view)
    view.refer_to_service(setting.service_id)
    setting.settle(qtbot)
    form = view.form

    type_text(qtbot, form.identity_code, "010101A90")
    half_typed = form.problems.text()
    type_text(qtbot, form.identity_code, "1")
    form.identity_code.clear()
    type_text(qtbot, form.family_ref, "TT-1")
    form.reasons["parenthood"].setChecked(True)
    form.kind.setCurrentIndex(form.kind.findData("guidance"))
    leftover = form.problems.text()
    press(qtbot, form.family_ref, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    setting.settle(qtbot)

    assert "Perheneuvonta" in form.receiver.text()
    assert "11 characters" in half_typed
    assert leftover == ""
    assert view.pages.currentWidget() is view.list
    assert view.list.model.rowCount() == 1
    assert "Testi Hoitaja" in view.list.detail.toPlainText()


def test_nurse_closes_the_loop_and_history_and_log_name_her(setting, qtbot, workspace):
    """Consent, send, response, close with outcome: every step by the nurse."""
    view = setting.view
    view.set_actor(setting.nurse)
    view.refer_to_service(setting.service_id)
    setting.settle(qtbot)
    form = view.form
    form.kind.setCurrentIndex(form.kind.findData("referral_with_consent"))
    form.family_ref.setText("TT-2")
    form.phones.setText("0401234567")
    form.reasons["early_support"].setChecked(True)
    form.save()
    setting.settle(qtbot)
    bar = view.list.actions

    bar.record_consent(
        ConsentInput(
            "guardian", ["contact", "identity", "situation"], "Yhteys", "verbal"
        )
    )
    setting.settle(qtbot)
    for action in ("send", "receive", "accept"):
        bar.apply(action)
        setting.settle(qtbot)
    bar.apply("complete", outcome="got_help")
    setting.settle(qtbot)

    detail = view.list.detail.toPlainText()
    assert bar.view.status == "completed"
    assert bar.buttons["reopen"].isEnabled() and not bar.buttons["send"].isEnabled()
    assert detail.count("Testi Hoitaja") == 6  # create, consent and four steps
    assert "Got help" in detail and "Access log" in detail
    rows = audit.family_access(workspace, setting.admin, "TT-2")
    assert {r.username for r in rows} == {"nurse"}
    assert {"create", "consent", "status", "view", "list"} <= {r.action for r in rows}


def test_step_refused_by_the_rules_says_why_and_changes_nothing(
    setting, qtbot, monkeypatch
):
    """Sending family data without consent shows the reason; the draft stays."""
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text: shown.append(text)
    )
    view = setting.view
    view.set_actor(setting.nurse)
    view.refer_to_service(setting.service_id)
    setting.settle(qtbot)
    view.form.kind.setCurrentIndex(view.form.kind.findData("referral_with_consent"))
    view.form.family_ref.setText("TT-3")
    view.form.phones.setText("040 123 4567")
    view.form.reasons["wellbeing"].setChecked(True)
    view.form.save()
    setting.settle(qtbot)

    view.list.actions.apply("send")
    setting.settle(qtbot)

    assert shown and "consent" in shown[0]
    assert view.list.current.status == "draft"


def test_keyboard_only_new_referral(setting, qtbot):
    """Tab through the form from the keyboard, choose with arrows, save with Ctrl+S."""
    view = setting.view
    view.set_actor(setting.nurse)
    view.show()
    qtbot.waitExposed(view)
    view.refer_to_service(setting.service_id)
    setting.settle(qtbot)
    form = view.form
    view.activateWindow()
    form.kind.setFocus()

    press(qtbot, form.kind, Qt.Key.Key_Down)  # guidance -> referral with consent
    press(qtbot, form.kind, Qt.Key.Key_Up)  # back to guidance
    press(qtbot, form.kind, Qt.Key.Key_Tab)  # to "Choose…"
    press(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the reference
    focused_reference = QApplication.focusWidget() is form.family_ref
    type_text(qtbot, QApplication.focusWidget(), "KB-1")
    form.reasons["wellbeing"].setFocus()
    press(qtbot, form.reasons["wellbeing"], Qt.Key.Key_Space)
    press(
        qtbot,
        form.reasons["wellbeing"],
        Qt.Key.Key_S,
        Qt.KeyboardModifier.ControlModifier,
    )
    setting.settle(qtbot)

    assert focused_reference
    assert form.reasons["wellbeing"].isChecked()
    assert view.pages.currentWidget() is view.list
    assert view.list.current is not None
    assert view.list.current.family.reference == "KB-1"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_form_labels_have_mnemonics_for_every_field(setting, lang):
    """Every field is reachable with Alt and a letter, each letter used once."""
    from PySide6.QtWidgets import QFormLayout

    from familjecenter_desktop.ui.i18n import Translations

    translations = Translations()
    translations.install(lang)
    form = setting.view.form
    texts = [form.save_button.text(), form.choose_button.text()]
    texts.append(form.reload_button.text())
    for row in range(form.form.rowCount()):
        label = form.form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        texts.append(label.text())
        assert label.buddy() is not None
    translations.install("en")

    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) >= 14
    assert len(letters) == len(set(letters))


def test_switching_language_retranslates_the_tab(setting, qtbot):
    """A language switch re-translates the form and list at once (Swedish)."""
    from familjecenter_desktop.ui.i18n import Translations

    view = setting.view
    view.set_actor(setting.nurse)
    setting.settle(qtbot)
    translations = Translations()

    translations.install("sv")
    QApplication.processEvents()
    swedish = (view.new_button.text(), view.list.edit_button.text())
    translations.install("en")
    QApplication.processEvents()

    assert swedish == ("&Ny remiss", "&Redigera utkast")


def test_attention_count_shows_on_the_main_window_tab(workspace, qtbot, setting):
    """An overdue follow-up puts its count in the Referrals tab title."""
    from datetime import date

    from familjecenter_desktop.referrals.validation import ReferralInput
    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.main_window import MainWindow

    records.create_referral(
        workspace,
        setting.nurse,
        ReferralInput(
            family_ref="TT-3",
            receiver_org_id=setting.counselling_id,
            reasons=["wellbeing"],
            follow_up_on=date(2020, 1, 1),
        ),
    )
    window = MainWindow(workspace.settings, Translations())
    qtbot.addWidget(window)
    window.attach_workspace(workspace)

    window.referrals_view.set_actor(setting.nurse)
    qtbot.waitUntil(window.worker.is_idle, timeout=20_000)
    index = window.tabs.indexOf(window.referrals_view)

    assert window.tabs.tabText(index).endswith("(1)")
    window.worker.shutdown()


def test_lock_hides_every_client_detail(setting, qtbot, monkeypatch):
    """Locking empties the list and the detail before the password is asked."""
    from familjecenter_desktop.ui.referrals import login_dialog

    view = setting.view
    view.set_actor(setting.nurse)
    view.refer_to_service(setting.service_id)
    setting.settle(qtbot)
    view.form.family_ref.setText("TT-9")
    view.form.reasons["wellbeing"].setChecked(True)
    view.form.save()
    setting.settle(qtbot)
    seen = {}

    def refuse(dialog):
        seen["rows"] = view.list.model.rowCount()
        seen["detail"] = view.list.detail.toPlainText()
        return 0

    monkeypatch.setattr(login_dialog.LoginDialog, "exec", refuse)
    view.lock_session()

    assert seen == {"rows": 0, "detail": ""}
    assert view.actor is None and view.pages.currentWidget() is view.blank


def test_consent_dialog_stays_open_and_says_what_is_missing_in_finnish(qtbot):
    """OK with nothing filled keeps the dialog open; each problem is a Finnish line."""
    from PySide6.QtWidgets import QDialogButtonBox

    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.referrals.actions_bar import ConsentDialog

    Translations().install("fi")
    dialog = ConsentDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)

    ok.click()
    problems = dialog.problems.text().split("\n")
    still_open = dialog.isVisible()
    dialog.purpose.setText("Perheneuvonta")
    dialog.data["contact"].setChecked(True)
    ok.click()
    Translations().install("en")

    assert still_open
    assert problems == [
        "Valitse, mitä tietoja suostumus koskee.",
        "Kirjoita suostumuksen tarkoitus.",
    ]
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()


def test_a_new_referral_opens_at_the_top_of_the_form(qtbot, tmp_path):
    """A form scrolled down before opens again at its title and first fields."""
    from familjecenter_desktop.core.settings import Settings
    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.main_window import MainWindow

    window = MainWindow(Settings(tmp_path / "settings.json"), Translations())
    qtbot.addWidget(window)
    window.resize(800, 400)  # shorter than the form: it scrolls
    window.show()
    view = window.referrals_view
    view.pages.setCurrentWidget(view.form_page)
    bar = view.form_page.verticalScrollBar()
    bar.setValue(bar.maximum())
    scrolled = bar.value()

    view._show_form()

    window.worker.shutdown()
    assert scrolled > 0
    assert bar.value() == 0
