"""Editing a draft from the list: save, a colleague's change is never overwritten."""

from __future__ import annotations

from familjecenter_desktop.referrals import records

from .conftest import type_text


def _draft(setting, qtbot, reference="TT-5"):
    view = setting.view
    view.set_actor(setting.nurse)
    view.refer_to_service(setting.service_id)
    setting.settle(qtbot)
    view.form.family_ref.setText(reference)
    view.form.reasons["parenthood"].setChecked(True)
    view.form.save()
    setting.settle(qtbot)
    return view


def test_open_a_draft_edit_and_save(setting, qtbot):
    """Edit draft loads the form; the saved change shows in the detail."""
    view = _draft(setting, qtbot)

    view.list.edit_button.click()
    loaded_reference = view.form.family_ref.text()
    view.form.note.setPlainText("Soittaa itse maanantaina.")
    view.form.save()
    setting.settle(qtbot)

    assert loaded_reference == "TT-5"
    assert view.pages.currentWidget() is view.list
    assert view.list.current.note == "Soittaa itse maanantaina."
    assert view.list.current.version == 2


def test_conflict_is_shown_and_nothing_is_overwritten(setting, qtbot, workspace):
    """A colleague saved first: the form says so, keeps the typing, and loads
    their version on request."""
    view = _draft(setting, qtbot)
    view.list.edit_button.click()
    draft = records.get_referral(workspace, setting.colleague, view.list.current.id)
    theirs = records.update_referral(
        workspace,
        setting.colleague,
        draft.id,
        draft.version,
        _values_with(view.form.values(), note="Kollegan muutos"),
    )
    type_text(qtbot, view.form.family_names, "Testi Perhe")

    view.form.save()
    setting.settle(qtbot)
    banner = view.form.conflict.text()
    kept = view.form.family_names.text()
    stored = records.get_referral(workspace, setting.nurse, draft.id)
    view.form.reload_button.click()
    setting.settle(qtbot)

    assert view.form.conflict_box.isVisibleTo(view.form) is False
    assert "Someone else changed this referral" in banner
    assert kept == "Testi Perhe"
    assert stored.note == "Kollegan muutos" and stored.family.names is None
    assert view.form.note.toPlainText() == "Kollegan muutos"
    assert view.form.version == theirs.version


def test_sent_referral_cannot_be_opened_for_editing(setting, qtbot):
    """Edit draft is off once the referral is sent."""
    view = _draft(setting, qtbot)
    editable_as_draft = view.list.edit_button.isEnabled()

    view.list.actions.apply("send")
    setting.settle(qtbot)

    assert editable_as_draft
    assert view.list.current.status == "sent"
    assert not view.list.edit_button.isEnabled()


def _values_with(values, **changes):
    for key, value in changes.items():
        setattr(values, key, value)
    return values


def test_print_sheet_button_opens_the_family_sheet_dialog(setting, qtbot):
    """The detail's print button opens the sheet dialog for this referral; it is
    off while no referral is shown."""
    from familjecenter_desktop.ui.sheets.referral_print import ReferralSheetDialog

    view = setting.view
    view.set_actor(setting.nurse)
    setting.settle(qtbot)
    off_without_referral = not view.list.print_button.isEnabled()
    _draft(setting, qtbot, "TT-P")

    view.list.print_button.click()
    qtbot.waitUntil(lambda: view.list.sheet_dialog.isVisible(), timeout=20_000)
    setting.settle(qtbot)
    dialog = view.list.sheet_dialog

    assert off_without_referral
    assert isinstance(dialog, ReferralSheetDialog)
    dialog.close()
    setting.settle(qtbot)


def test_follow_up_date_moves_from_the_detail(setting, qtbot):
    """A sent referral's follow-up date is moved and shows in the detail."""
    from datetime import date

    view = _draft(setting, qtbot, "TT-F")
    view.list.actions.move_follow_up(date(2027, 2, 1))
    setting.settle(qtbot)

    assert view.list.current.follow_up_on == date(2027, 2, 1)
    assert "follow-up moved" in view.list.detail.toPlainText()
