"""Field kit → Open a field kit…: ``kit open`` for the window, on the laptop.

As on the command line (``--data-dir NEW_FOLDER kit open FILE``) the kit goes
into a new, empty data folder, which becomes an encrypted field workspace that
the worker's password opens. The kit is read and opened on the worker; the
dialog shows a refusal in the UI language and nothing is left in the folder.
Once open, the window works on the field workspace with the worker logged in:
the Referrals tab shows the kit's referrals, and the Field kit menu makes the
return kit. The message says how to start on that data folder again later.
"""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtGui import QAction

from familjecenter_desktop.ui.fieldkit import jobs
from familjecenter_desktop.workspace import NEW, store_state

log = logging.getLogger(__name__)

FOLDER_NAME = "familjecenter-field-kit"


def default_folder(home: Path | None = None) -> Path:
    """The first of ~/familjecenter-field-kit, …-2, …-3 that holds no store."""
    home = home or Path.home()
    for number in range(1, 1000):
        name = FOLDER_NAME if number == 1 else f"{FOLDER_NAME}-{number}"
        if store_state(home / name) == NEW:
            return home / name
    return home / FOLDER_NAME


class OpenKitFlow(QObject):
    """The "Open a field kit…" action, its dialog and the switch to the kit."""

    def __init__(self, field_kit_menu) -> None:
        window = field_kit_menu.window
        super().__init__(window)
        self.window = window
        self.worker = window.worker
        self.show_message = field_kit_menu.show_message  # its message box
        self.dialog = None  # the OpenKitDialog while it is shown
        # The data folder the application starts on, when the kit goes there.
        self.usual_folder: Path | None = None
        self.opened: list = []  # the field workspaces this window opened
        self.action = QAction(self, objectName="kit_open")
        self.action.triggered.connect(lambda _checked=False: self.choose())
        window.language_changed.connect(lambda _lang: self.retranslate_ui())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_opened)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.action.setText(self.tr("&Open a field kit…"))
        self.action.setStatusTip(
            self.tr("On the laptop: work offline on the kit made at the site")
        )

    # --- the dialog -------------------------------------------------------------

    def choose(self, folder: Path | None = None, on_cancel=None) -> None:
        """Show the dialog; ``folder`` suggested (else a new one in the home folder).

        At a laptop's first start the suggestion is its usual data folder, and
        ``on_cancel`` goes back to the first-start dialog.
        """
        from familjecenter_desktop.ui.fieldkit.open_dialog import OpenKitDialog

        self.usual_folder = folder.resolve() if folder is not None else None

        self.dialog = OpenKitDialog(folder or default_folder(), self.window)
        self.dialog.submitted.connect(self._submitted)
        if on_cancel is not None:
            self.dialog.rejected.connect(on_cancel)
        self.dialog.open()

    def _submitted(self) -> None:
        dialog = self.dialog
        dialog.set_busy(True)
        self.start(
            dialog.kit_file(),
            dialog.data_folder(),
            dialog.passphrase(),
            dialog.user_password(),
        )

    def start(self, kit_file: Path, folder: Path, passphrase: str, password: str):
        """Open the kit into ``folder`` on the worker."""
        current = getattr(self.window, "workspace", None)
        log_dir = current.paths.logs if current is not None else None
        self.worker.submit(
            partial(jobs.open_kit, kit_file, folder, passphrase, password, log_dir),
            self._opened,
            self._refused,
            write=True,
            label="open field kit",
        )

    def _refused(self, message: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_error(message)
        else:
            self.show_message(message, error=True)

    # --- working on the kit ---------------------------------------------------------

    def _opened(self, kit) -> None:
        """``kit`` is the ``OpenedKit``: the window works on it from now on."""
        self.opened.append(kit.workspace)
        if self.dialog is not None:
            self.dialog.set_busy(False)
            self.dialog.accept()
        window = self.window
        try:  # the field workspace keeps the language the nurse chose
            kit.workspace.settings.set("ui_language", window.language)
        except OSError:
            log.exception("the UI language could not be kept for the field workspace")
        window.attach_workspace(kit.workspace)
        view = window.referrals_view
        view.set_actor(kit.actor)
        window.tabs.setCurrentWidget(view)
        summary = kit.summary
        folder = str(kit.workspace.paths.data)
        log.info("window switched to the field workspace of kit %s", summary.kit_id[:8])
        self.show_message(
            self.tr(
                "The field kit is open. You work as %1 on %2 services and %3 "
                "referrals, without a network. Your work is kept in the data "
                "folder %4 until you make a return kit (Field kit menu) and it is "
                "imported at the site."
            )
            .replace("%1", kit.actor.display_name)
            .replace("%2", QLocale().toString(summary.services))
            .replace("%3", QLocale().toString(summary.referrals))
            .replace("%4", folder)
            + "\n\n"
            + self._next_time(kit.workspace.paths.data, folder)
        )

    def _next_time(self, data: Path, folder: str) -> str:
        """How to go on after a restart: as usual, or on the kit's own folder."""
        if data == self.usual_folder:
            return self.tr(
                "After closing the application, start it as usual to go on; "
                "your password opens the kit."
            )
        return (
            self.tr(
                "After closing the application, start it on this data folder to "
                "go on; your password opens it:"
            )
            + f'\nfamiljecenter-desktop --data-dir "{folder}"'
        )

    def close_opened(self) -> None:
        """Close the field workspaces opened here (the application is quitting)."""
        while self.opened:
            self.opened.pop().close()


def install(field_kit_menu) -> OpenKitFlow:
    """Put "Open a field kit…" first in the window's Field kit menu."""
    flow = OpenKitFlow(field_kit_menu)
    menu = field_kit_menu.menu
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, flow.action)
    menu.insertSeparator(first)
    return flow
