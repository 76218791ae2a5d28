"""An unsaved referral is never dropped silently: a language switch keeps it,
leaving the form or closing the window asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from familjecenter_desktop.db.models import Referral
from familjecenter_desktop.ui.i18n import Translations

from .conftest import type_text

# The lookers of the running test; stopped when it ends, so that one still
# waiting cannot answer a message box of a later test.
_LOOKING: list[list[bool]] = []


@pytest.fixture(autouse=True)
def _stop_looking():
    yield
    for active in _LOOKING:
        active[0] = False
    _LOOKING.clear()


def answer_next_question(button_text: str) -> list:
    """Click the button named ``button_text`` on the next question; list the buttons."""
    seen = []
    tries = [100]  # give up after about two seconds
    active = [True]
    _LOOKING.append(active)

    def look() -> None:
        if not active[0]:
            return
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(20, look)
            return
        names = sorted(b.text().replace("&", "") for b in box.buttons())
        seen.append((box.text(), names))
        chosen = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        button = chosen[0] if chosen else box.escapeButton()
        if button is not None:
            button.click()

    QTimer.singleShot(0, look)
    return seen


def filled_form(setting, qtbot, complete: bool = False):
    view = setting.view
    view.set_actor(setting.nurse)
    setting.settle(qtbot)
    view.new_referral()
    type_text(qtbot, view.form.family_ref, "TT-9")
    if complete:
        view.form.set_receiver_service(setting.service_id, "Perheneuvonta")
        view.form.reasons["wellbeing"].setChecked(True)
    return view


def test_switching_language_keeps_the_form_and_its_content(setting, qtbot):
    """The form stays on screen, retranslated, with what was typed."""
    view = filled_form(setting, qtbot)

    Translations().install("sv")
    view.set_ui_language("sv")
    qtbot.wait(50)
    shown = view.pages.currentWidget()
    typed = view.form.family_ref.text()
    save_text = view.form.save_button.text()
    Translations().install("en")

    assert shown is view.form_page and typed == "TT-9"
    assert "Ctrl+S" in save_text and save_text != "&Save draft (Ctrl+S)"


def test_leaving_a_changed_form_asks_and_cancel_keeps_it(setting, qtbot):
    """Cancel stays in the form; an incomplete form offers only Discard and Cancel."""
    view = filled_form(setting, qtbot)

    seen = answer_next_question("Cancel")
    view.list_button.click()

    assert seen == [("Discard the unsaved referral?", ["Cancel", "Discard"])]
    assert view.pages.currentWidget() is view.form_page
    assert view.form.family_ref.text() == "TT-9"


def test_discard_leaves_and_an_untouched_form_does_not_ask(setting, qtbot):
    view = filled_form(setting, qtbot)

    seen = answer_next_question("Discard")
    view.list_button.click()
    view.new_referral()
    asked_again = []
    QTimer.singleShot(0, lambda: asked_again.append(QApplication.activeModalWidget()))
    view.list_button.click()
    qtbot.wait(20)

    assert len(seen) == 1 and asked_again == [None]
    assert view.pages.currentWidget() is view.list


def test_save_as_draft_on_leaving_saves_then_goes(setting, qtbot, workspace):
    """A complete form offers Save as draft; the draft is saved and listed."""
    view = filled_form(setting, qtbot, complete=True)

    seen = answer_next_question("Save as draft")
    view.new_referral()
    setting.settle(qtbot)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.form_page)

    assert seen[0][1] == ["Cancel", "Discard", "Save as draft"]
    assert view.form.family_ref.text() == ""
    with workspace.session() as session:
        saved = session.scalars(select(Referral)).all()
        assert [r.status for r in saved] == ["draft"]


def test_closing_the_window_with_a_changed_form_asks(setting, qtbot):
    """Cancel keeps the window open; Discard lets it close."""
    window = view = setting.view  # the view stands alone as the window here
    window.installEventFilter(view)
    window.show()
    filled_form(setting, qtbot)

    first = answer_next_question("Cancel")
    window.close()
    open_after_cancel = window.isVisible()
    answer_next_question("Discard")
    window.close()

    assert first and open_after_cancel
    assert not window.isVisible()
    assert view.form.family_ref.text() == "TT-9"  # nothing emptied on the way


def test_the_question_is_asked_in_swedish(setting, qtbot):
    view = filled_form(setting, qtbot)
    Translations().install("sv")

    seen = answer_next_question("Avbryt")
    view.list_button.click()
    Translations().install("en")

    assert seen == [("Kasta bort den osparade remissen?", ["Avbryt", "Kasta bort"])]


def test_a_form_opened_by_refer_and_left_untouched_does_not_ask(setting, qtbot):
    """The receiver that "Refer" fills in is not counted as the user's input."""
    view = setting.view
    view.set_actor(setting.nurse)
    setting.settle(qtbot)
    view.refer_to_service(setting.service_id)
    setting.settle(qtbot)
    asked = answer_next_question("Cancel")

    view.list_button.click()

    assert asked == [] and view.pages.currentWidget() is view.list
