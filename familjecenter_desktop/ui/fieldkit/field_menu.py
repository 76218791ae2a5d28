"""The Field kit menu of the main window and the flows behind it.

At a site: export a field kit, import a return kit (with the conflict dialog).
In a field workspace (a laptop opened from a kit): make the return kit. Every
step that reads or writes runs on the worker; results and refusals come back
as messages that do not block the window.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.ui.fieldkit import jobs
from familjecenter_desktop.ui.fieldkit.conflict_dialog import ConflictDialog
from familjecenter_desktop.ui.fieldkit.export_dialog import ExportDialog
from familjecenter_desktop.ui.fieldkit.passphrase import PassphraseDialog

log = logging.getLogger(__name__)


class FieldKitMenu(QObject):
    """Builds the menu and runs export, return and import for the window."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.workspace = None
        self.field = False
        self.plan = None
        self.conflict_dialog: ConflictDialog | None = None
        self.message_box: QMessageBox | None = None

        self.menu = QMenu(window)
        self.export_action = QAction(self, objectName="kit_export")
        self.return_action = QAction(self, objectName="kit_return")
        self.import_action = QAction(self, objectName="kit_import")
        self.export_action.triggered.connect(self.choose_export)
        self.return_action.triggered.connect(self.choose_return)
        self.import_action.triggered.connect(self.choose_import)
        for action in (self.export_action, self.return_action, self.import_action):
            self.menu.addAction(action)
            action.setEnabled(False)
        window.menuBar().insertMenu(window.help_menu.menuAction(), self.menu)
        window.workspace_attached.connect(self.attach)
        window.language_changed.connect(lambda _lang: self.retranslate_ui())
        self.retranslate_ui()
        from familjecenter_desktop.ui.fieldkit import open_flow

        self.open_flow = open_flow.install(self)  # "Open a field kit…", first

    def retranslate_ui(self) -> None:
        self.menu.setTitle(self.tr("Field &kit"))
        self.export_action.setText(self.tr("&Export a field kit…"))
        self.export_action.setStatusTip(
            self.tr("The catalogue and your open referrals for a laptop offline")
        )
        self.return_action.setText(self.tr("Make a &return kit…"))
        self.return_action.setStatusTip(
            self.tr("This laptop's referrals and access log, back to the site")
        )
        self.import_action.setText(self.tr("&Import a return kit…"))
        self.import_action.setStatusTip(
            self.tr("Merge the work done on a laptop into this site's referrals")
        )

    # --- state ----------------------------------------------------------------

    def attach(self, workspace) -> None:
        self.workspace = workspace
        self.worker.submit(
            partial(jobs.field_workspace, workspace),
            self._role_known,
            label="field workspace?",
        )

    def _role_known(self, field: bool) -> None:
        self.field = field
        self.export_action.setEnabled(not field)
        self.import_action.setEnabled(not field)
        self.return_action.setEnabled(field)
        if field:
            self.window.statusBar().showMessage(
                self.tr(
                    "Field workspace: your work is kept here until you make a "
                    "return kit (Field kit menu) and import it at the site."
                ),
                15000,
            )

    def actor(self):
        """The logged-in staff member, or None after telling how to log in."""
        actor = getattr(self.window.referrals_view, "actor", None)
        if actor is None:
            self.show_message(
                self.tr(
                    "Log in first (on the Referrals tab); kits are made and "
                    "imported in a staff member's name."
                ),
                error=True,
            )
        return actor

    def _lang(self) -> str:
        return getattr(self.window, "language", "fi") or "fi"

    # --- export and return ------------------------------------------------------

    def choose_export(self) -> None:
        actor = self.actor()
        if actor is None or self.workspace is None:
            return
        default = Path.home() / "field-kit.fckit"
        dialog = ExportDialog(default, perm.may(actor, perm.EXPORT), parent=self.window)
        if dialog.exec():
            self.start_export(
                actor, dialog.path(), dialog.passphrase(), dialog.with_referrals()
            )

    def start_export(self, actor, path: Path, passphrase: str, with_referrals: bool):
        """Write the field kit on the worker."""
        self.worker.submit(
            partial(
                jobs.export, self.workspace, actor, passphrase, path, with_referrals
            ),
            self._exported,
            partial(self.show_message, error=True),
            write=True,
            label="export field kit",
        )

    def _exported(self, summary) -> None:
        self.show_message(
            self.tr(
                "The field kit was written: %1 services and %2 referrals. Open it "
                "on the laptop with the passphrase you chose."
            )
            .replace("%1", str(summary.services))
            .replace("%2", str(summary.referrals))
        )

    def choose_return(self) -> None:
        actor = self.actor()
        if actor is None or self.workspace is None:
            return
        default = Path.home() / "return-kit.fckit"
        dialog = ExportDialog(default, False, return_kit=True, parent=self.window)
        if dialog.exec():
            self.start_return(actor, dialog.path(), dialog.passphrase())

    def start_return(self, actor, path: Path, passphrase: str) -> None:
        """Write the return kit on the worker."""
        self.worker.submit(
            partial(jobs.make_return, self.workspace, actor, passphrase, path),
            self._returned,
            partial(self.show_message, error=True),
            write=True,
            label="make return kit",
        )

    def _returned(self, summary) -> None:
        self.show_message(
            self.tr(
                "The return kit was written: %1 referrals and %2 access-log "
                "entries. Import it at the site."
            )
            .replace("%1", str(summary.referrals))
            .replace("%2", str(summary.log_entries))
        )

    # --- import -------------------------------------------------------------------

    def choose_import(self) -> None:
        actor = self.actor()
        if actor is None or self.workspace is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a return kit"),
            str(Path.home()),
            self.tr("Field kits (*.fckit);;All files (*)"),
        )
        if not chosen:
            return
        dialog = PassphraseDialog(new_kit=False, parent=self.window)
        if dialog.exec():
            self.start_import(actor, Path(chosen), dialog.passphrase())

    def start_import(self, actor, path: Path, passphrase: str) -> None:
        """Read and plan the return kit on the worker; conflicts go to the dialog."""
        self.worker.submit(
            partial(
                jobs.plan_import, self.workspace, actor, path, passphrase, self._lang()
            ),
            partial(self._planned, actor),
            partial(self.show_message, error=True),
            write=True,
            label="plan return kit",
        )

    def _planned(self, actor, plan) -> None:
        self.plan = plan
        if plan.already_merged and not plan.has_changes:
            self.show_message(
                self.tr("This return kit was imported before; nothing new was found.")
            )
            return
        if not plan.conflicts:
            self._apply(actor, plan, {})
            return
        self.conflict_dialog = ConflictDialog(plan.conflicts, self.window)
        self.conflict_dialog.accepted.connect(
            lambda: self._apply(actor, plan, self.conflict_dialog.choices())
        )
        self.conflict_dialog.rejected.connect(
            lambda: self.show_message(
                self.tr("Nothing was imported. Import the kit again when ready.")
            )
        )
        self.conflict_dialog.open()

    def _apply(self, actor, plan, choices: dict[str, str]) -> None:
        self.worker.submit(
            partial(jobs.apply_import, self.workspace, actor, plan, choices),
            self._imported,
            partial(self.show_message, error=True),
            write=True,
            label="merge return kit",
        )

    def _imported(self, report) -> None:
        lines = [
            self.tr("The return kit was imported."),
            self.tr("New referrals: %1").replace("%1", str(report.created)),
            self.tr("Updated from the field: %1").replace("%1", str(report.updated)),
            self.tr("Kept as at the site: %1").replace("%1", str(report.kept_site)),
            self.tr("Taken from the laptop: %1").replace("%1", str(report.kept_field)),
            self.tr("Status events added: %1").replace("%1", str(report.events_added)),
            self.tr("Consents added: %1").replace("%1", str(report.consents_added)),
            self.tr("Access-log entries added: %1").replace(
                "%1", str(report.log_entries)
            ),
        ]
        if report.receivers_missing:
            lines.append(
                self.tr(
                    "%1 receiver(s) are no longer in this site's catalogue and were "
                    "left empty; check those referrals."
                ).replace("%1", str(report.receivers_missing))
            )
        self.show_message("\n".join(lines))
        view = self.window.referrals_view
        if getattr(view, "actor", None) is not None:
            view.show_list()

    # --- messages -----------------------------------------------------------------

    def show_message(self, text: str, error: bool = False) -> None:
        """A message box that does not block the window (kept in ``message_box``)."""
        icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Field kit"), text, parent=self.window)
        box.setObjectName("kit_message")
        self.message_box = box
        box.open()


def install(window) -> FieldKitMenu:
    """Add the Field kit menu to the main window."""
    return FieldKitMenu(window)
