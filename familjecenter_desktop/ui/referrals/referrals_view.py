"""The Referrals tab: who is logged in, lock and switch user, the list and the form.

Nothing about a family is shown before someone logs in; locking clears the
lists and the detail, and the password brings them back. An administrator sees
the administration page instead (accounts, units, retention, access lists).
Every database call runs through the window's worker.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.referrals import accounts, actors, followup
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.views import ReferralView
from familjecenter_desktop.ui.admin.admin_view import AdminView
from familjecenter_desktop.ui.referrals import jobs
from familjecenter_desktop.ui.referrals.login_dialog import (
    FIRST_ADMIN,
    LOGIN,
    UNLOCK,
    LoginDialog,
)
from familjecenter_desktop.ui.referrals.referral_form import ReferralForm
from familjecenter_desktop.ui.referrals.referral_list import ReferralList
from familjecenter_desktop.ui.referrals.session_lock import InactivityLock
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class ReferralsView(QWidget):
    """The referral area; ``attention_changed`` carries the count needing attention."""

    # How many of the unit's referrals need attention (overdue or waiting).
    attention_changed = Signal(int)

    def __init__(self, worker: Worker | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = worker or Worker(self)
        self.workspace = None
        self.actor: perm.Actor | None = None
        self.lang = "fi"
        self.attention_count: int | None = None
        # What to do once the form's draft is saved ("Save as draft" on leaving).
        self.after_save = None
        self.lock = InactivityLock(10, self)
        self.lock.lock_requested.connect(self.lock_session)

        self.who = QLabel()
        self.attention = QLabel()
        self.login_button = QPushButton()
        self.login_button.clicked.connect(self.log_in)
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.lock_session)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_referral)
        self.list_button = QPushButton()
        self.list_button.clicked.connect(self.show_list)

        self.list = ReferralList(self.worker)
        self.list.edit_requested.connect(self.edit_draft)
        self.form = ReferralForm(self.worker)
        self.form.referral_saved.connect(self._saved)
        self.admin = AdminView(self.worker)
        self.blank = QLabel()
        self.blank.setWordWrap(True)
        # The form is taller than a laptop screen: it scrolls instead.
        self.form_page = QScrollArea()
        self.form_page.setWidget(self.form)
        self.form_page.setWidgetResizable(True)
        self.form_page.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QStackedWidget()
        for page in (self.blank, self.list, self.form_page, self.admin):
            self.pages.addWidget(page)

        bar = QHBoxLayout()
        for widget in (self.who, self.attention):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (
            self.list_button,
            self.new_button,
            self.lock_button,
            self.login_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages)
        self.retranslate_ui()
        self._show_state()

    def _show_form(self) -> None:
        """The form page, from its top (a form scrolled before opens at its title)."""
        self.pages.setCurrentWidget(self.form_page)
        self.form_page.verticalScrollBar().setValue(0)

    def retranslate_ui(self) -> None:
        self.login_button.setText(self.tr("&Log in / switch user…"))
        self.lock_button.setText(self.tr("Loc&k"))
        self.new_button.setText(self.tr("&New referral"))
        self.list_button.setText(self.tr("Referral &list"))
        self.blank.setText(
            self.tr(
                "Log in with your own account to see and make referrals. Several "
                "people can share this workstation: each logs in in turn."
            )
        )
        self.form.retranslate_ui()
        self.list.retranslate_ui()
        self.admin.retranslate_ui()
        self._show_texts()

    def attach(self, workspace) -> None:
        self.workspace = workspace
        self.lock.set_minutes(workspace.settings.get("lock_after_minutes"))
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.lock)

    def set_ui_language(self, lang: str) -> None:
        """Names of services and units in ``lang`` from now on; lists read again."""
        self.lang = lang
        self.form.lang = lang
        self.admin.set_language(lang)
        if self.actor is not None and perm.may(self.actor, perm.LIST):
            self.list.set_context(self.workspace, self.actor, lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_actor(self, actor: perm.Actor | None) -> None:
        """Work as ``actor`` (None: nobody logged in)."""
        self.actor = actor
        self.attention_count = None
        self.after_save = None
        self.list.clear()
        self.form.set_context(self.workspace, None, self.lang)
        self.admin.set_context(None, None, self.lang)
        if actor is not None and perm.may(actor, perm.LIST):
            self.list.set_context(self.workspace, actor, self.lang)
            self.form.set_context(self.workspace, actor, self.lang)
            self.update_attention()
        elif actor is not None and perm.may(actor, perm.MANAGE_USERS):
            self.admin.set_context(self.workspace, actor, self.lang)
        if actor is not None:
            self.lock.start()
        else:
            self.lock.stop()
        self._show_state()

    def _show_texts(self) -> None:
        """Who is logged in and how many need attention (the page stays)."""
        if self.actor is None:
            self.who.setText(self.tr("Nobody is logged in."))
            self.attention.clear()
            return
        role = QCoreApplication.translate(
            "referrals", perm.ROLE_NAMES.get(self.actor.role, self.actor.role)
        )
        self.who.setText(f"{self.actor.display_name} ({role})")
        if self.attention_count is not None:
            self.attention.setText(
                self.tr("%n need(s) attention", "", self.attention_count)
            )

    def _show_state(self) -> None:
        can_refer = self.actor is not None and perm.may(self.actor, perm.LIST)
        for button in (self.new_button, self.list_button):
            button.setEnabled(can_refer)
        self.lock_button.setEnabled(self.actor is not None)
        self._show_texts()
        if can_refer:
            self.pages.setCurrentWidget(self.list)
        elif self.actor is not None and perm.may(self.actor, perm.MANAGE_USERS):
            self.pages.setCurrentWidget(self.admin)
        else:
            self.pages.setCurrentWidget(self.blank)

    def update_attention(self) -> None:
        """Count the unit's referrals that need attention (through the worker)."""
        if self.actor is None or not perm.may(self.actor, perm.FOLLOW_UP):
            return
        workspace, actor = self.workspace, self.actor
        jobs.run(
            self.worker,
            lambda: followup.attention_count(workspace, actor),
            lambda count: self._show_attention(actor, count),
            key="attention count",
            label="attention count",
        )

    def _show_attention(self, actor: perm.Actor, count: int) -> None:
        if actor != self.actor:
            return
        self.attention_count = count
        self._show_texts()
        self.attention_changed.emit(count)

    def log_in(self) -> None:
        if self.workspace is None:
            return
        jobs.run(
            self.worker,
            lambda: accounts.needs_first_admin(self.workspace),
            self._ask_login,
            label="first start?",
        )

    def _ask_login(self, first: bool) -> None:
        mode = FIRST_ADMIN if first else LOGIN
        dialog = LoginDialog(self.workspace, mode, worker=self.worker, parent=self)
        if dialog.exec():
            self.set_actor(dialog.actor)

    def lock_session(self) -> None:
        """Hide client data and ask for the password (or let another log in)."""
        if self.actor is None:
            return
        locked = self.actor
        self.set_actor(None)
        dialog = LoginDialog(
            self.workspace, UNLOCK, locked, worker=self.worker, parent=self
        )
        if dialog.exec():
            self.set_actor(dialog.actor)

    def refer_to_service(self, service_id: int) -> None:
        """The look-up's "Refer": open the form with the receiver filled in."""
        if self.actor is None or not perm.may(self.actor, perm.CREATE):
            self.pages.setCurrentWidget(self.blank)
            return
        if not self.may_leave_form(lambda: self.refer_to_service(service_id)):
            return
        self.form.new_referral()
        self._show_form()
        self.form.family_ref.setFocus()
        workspace, lang = self.workspace, self.lang
        jobs.run(
            self.worker,
            lambda: actors.service_receiver(workspace, service_id, lang),
            lambda names: self._receiver_named(service_id, names),
            label="receiver name",
        )

    def _receiver_named(self, service_id: int, names: tuple[str, str]) -> None:
        name, org = names
        untouched = not self.form.has_changes()
        self.form.set_receiver_service(service_id, f"{name} ({org})" if org else name)
        if untouched:  # a receiver filled in by "Refer" is nothing to lose
            self.form.mark_unchanged()

    def new_referral(self) -> None:
        """An empty form for a new referral."""
        if not self.may_leave_form(self.new_referral):
            return
        self.form.new_referral()
        self._show_form()
        self.form.kind.setFocus()

    def edit_draft(self, view: ReferralView) -> None:
        """Open a draft from the list in the form."""
        if not self.may_leave_form(lambda: self.edit_draft(view)):
            return
        self.form.load(view)
        self._show_form()
        self.form.family_ref.setFocus()

    def show_list(self) -> None:
        if not self.may_leave_form(self.show_list):
            return
        self.list.refresh()
        self.pages.setCurrentWidget(self.list)

    def _saved(self, referral_id: int) -> None:
        if self.actor is None:  # locked while saving: the draft is kept, not shown
            return
        self.pages.setCurrentWidget(self.list)
        self.list.reveal(referral_id)
        self.update_attention()
        then, self.after_save = self.after_save, None
        if then is not None:
            then()

    def may_leave_form(self, then) -> bool:
        """Whether the form may be left now; asks first if it holds unsaved input.

        "Save as draft" saves through the worker and runs ``then`` once saved.
        """
        if self.pages.currentWidget() is not self.form_page:
            return True
        if not self.form.has_changes():
            return True
        can_save = not self.form.validate() and not self.form.saving
        answer = ask_discard(self, can_save)
        if answer == "save":
            self.after_save = then
            self.form.save()
        return answer == "discard"

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Closing the window with an unsaved referral asks first."""
        if (
            event.type() == QEvent.Type.Close
            and watched is self.window()
            and not self.may_leave_form(watched.close)
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)


def ask_discard(parent: QWidget, can_save: bool) -> str:
    """Ask about an unsaved referral: "save", "discard" or "cancel"."""
    tr = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("ReferralsView", "Unsaved referral"))
    box.setText(tr("ReferralsView", "Discard the unsaved referral?"))
    save = None
    if can_save:
        save = box.addButton(
            tr("ReferralsView", "&Save as draft"), QMessageBox.ButtonRole.AcceptRole
        )
    discard = box.addButton(
        tr("ReferralsView", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        tr("ReferralsView", "&Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save or cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if save is not None and clicked is save:
        return "save"
    return "discard" if clicked is discard else "cancel"


def tab_title() -> str:
    return QCoreApplication.translate("ReferralsView", "Referrals")


def install(window) -> ReferralsView:
    """Add the Referrals tab to the main window and connect it to the look-up."""
    view = ReferralsView(window.worker)
    index = window.add_view(view, tab_title())

    def refer(service_id: int) -> None:
        window.tabs.setCurrentIndex(index)
        view.refer_to_service(service_id)

    shown = [0]

    def show_count(count: int) -> None:
        shown[0] = count
        title = tab_title()
        window.tabs.setTabText(index, f"{title} ({count})" if count else title)

    def switch_language(lang: str) -> None:
        view.set_ui_language(lang)
        show_count(shown[0])

    window.refer_requested.connect(refer)
    view.attention_changed.connect(show_count)
    window.workspace_attached.connect(view.attach)
    window.language_changed.connect(switch_language)
    window.installEventFilter(view)
    view.set_ui_language(window.language)
    return view
