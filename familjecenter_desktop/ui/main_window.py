"""The main window: menus, status bar, and the views in tabs.

The first tab is the service bundle look-up (``SearchView``). Other views (the
referrals, the guidance sheets, the field-kit menu) are installed by
``install_views``: they add tabs with ``add_view`` and connect to the look-up's
``refer_requested`` and ``add_to_basket_requested`` signals. Their modules pull
in the database layer and reportlab, so they are imported there, not at the
top: at start-up ``ui/app.py`` shows the window first, loads them on the
worker thread and then calls ``install_views`` (``defer_views=True``).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QSize, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QWidget,
)

from familjecenter_desktop import __version__
from familjecenter_desktop.core.settings import Settings
from familjecenter_desktop.ui.i18n import LANGUAGE_AUTONYMS, UI_LANGUAGES, Translations
from familjecenter_desktop.ui.search.search_view import SearchView
from familjecenter_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)

# What ``install_views`` imports; ``ui/app.py`` loads them off the GUI thread.
VIEW_MODULES = (
    "familjecenter_desktop.ui.sheets.sheets_view",
    "familjecenter_desktop.ui.referrals.referrals_view",
    "familjecenter_desktop.ui.fieldkit.field_menu",
    "familjecenter_desktop.ui.import_action",
)

GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
SPLITTER_KEY = "main_window/search_splitter"


# The window's size at a first start, where the screen has room for it.
FIRST_SIZE = QSize(1280, 800)
# Room left for the title bar, which a screen's free geometry still includes.
TITLE_BAR = 40


def first_size(room: QSize) -> QSize:
    """``FIRST_SIZE``, or less on a smaller screen (a 1366 x 768 laptop)."""
    return FIRST_SIZE.boundedTo(QSize(room.width(), room.height() - TITLE_BAR))


class MainWindow(QMainWindow):
    """The application's window."""

    # The workspace is open and the views work on it.
    workspace_attached = Signal(object)
    # The UI language was switched (language code).
    language_changed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        translations: Translations,
        worker: Worker | None = None,
        parent: QWidget | None = None,
        defer_views: bool = False,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.translations = translations
        self.worker = worker or Worker(self)
        self.workspace: Workspace | None = None
        self.language = translations.language or settings.get("ui_language")

        self.search_view = SearchView(self.worker)
        self.refer_requested = self.search_view.refer_requested
        self.add_to_basket_requested = self.search_view.add_to_basket_requested
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.addTab(self.search_view, "")
        self.setCentralWidget(self.tabs)

        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setVisible(False)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.statusBar().addPermanentWidget(self.busy_bar)

        self._build_actions()
        self._build_menus()
        self.worker.failed.connect(self.show_error)
        self.worker.busy_changed.connect(self.busy_bar.setVisible)
        self.search_view.results_shown.connect(self._results_shown)
        self.sheets_view = None
        self.referrals_view = None
        self.field_kit = None
        self.retranslate_ui()
        self.restore_window_state()
        if not defer_views:
            self.install_views()

    # --- building -----------------------------------------------------------

    def _build_actions(self) -> None:
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self._import_ptv)
        self.import_action.setEnabled(False)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.find_action = QAction(self)
        self.find_action.setShortcuts([QKeySequence("Ctrl+F"), QKeySequence("Ctrl+L")])
        self.find_action.triggered.connect(self.search_view.focus_search)
        self.addAction(self.find_action)

        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang in UI_LANGUAGES:
            action = QAction(LANGUAGE_AUTONYMS[lang], self)
            action.setCheckable(True)
            action.setChecked(lang == self.language)
            action.setData(lang)
            action.triggered.connect(lambda _=False, code=lang: self.set_language(code))
            self.language_group.addAction(action)
            self.language_actions[lang] = action

        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = QMenu(self)
        self.view_menu.addAction(self.find_action)
        self.language_menu = self.view_menu.addMenu("")
        for action in self.language_actions.values():
            self.language_menu.addAction(action)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.about_action)
        for menu in (self.file_menu, self.view_menu, self.help_menu):
            self.menuBar().addMenu(menu)

    # --- extension points ---------------------------------------------------

    def install_views(self) -> None:
        """Add the referrals and sheets tabs and the field-kit menu (once)."""
        if self.referrals_view is not None:
            return
        from familjecenter_desktop.ui.fieldkit import field_menu
        from familjecenter_desktop.ui.referrals import referrals_view
        from familjecenter_desktop.ui.sheets import sheets_view

        self.sheets_view = sheets_view.install(self)
        self.referrals_view = referrals_view.install(self)
        self.field_kit = field_menu.install(self)
        if self.workspace is not None:
            # Opened before the views were there: hand it to them alone.
            for view in (self.sheets_view, self.referrals_view, self.field_kit):
                view.attach(self.workspace)

    def add_view(self, widget: QWidget, title: str) -> int:
        """Add another view as a tab; retranslate its title in its changeEvent."""
        return self.tabs.addTab(widget, title)

    # --- workspace ----------------------------------------------------------

    def show_opening(self) -> None:
        """The busy state while the workspace opens."""
        self.busy_bar.setVisible(True)
        self.statusBar().showMessage(
            self.tr("Opening the catalogue… The first start loads the demo catalogue.")
        )

    def attach_workspace(self, workspace: Workspace) -> None:
        """Start working on the opened workspace."""
        self.workspace = workspace
        self.settings = workspace.settings
        self.import_action.setEnabled(True)
        self.busy_bar.setVisible(not self.worker.is_idle())
        self.statusBar().showMessage(self.tr("Catalogue ready."), 5000)
        self.search_view.attach(workspace, self.language)
        self.search_view.focus_search()
        self.workspace_attached.emit(workspace)

    def workspace_failed(self, message: str) -> None:
        """The workspace could not be opened: say so and keep the window usable."""
        self.busy_bar.setVisible(False)
        self.statusBar().showMessage(self.tr("The catalogue could not be opened."))
        QMessageBox.critical(
            self,
            self.tr("Familjecenter Desktop"),
            self.tr("The catalogue could not be opened:\n%1").replace("%1", message),
        )

    # --- language -----------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Switch the UI language now and remember it."""
        if lang not in UI_LANGUAGES:
            raise ValueError(f"unknown UI language {lang!r}")
        self.language = lang
        self.language_actions[lang].setChecked(True)
        self.translations.install(lang)
        self.settings.set("ui_language", lang)
        self.search_view.set_language(lang)
        self.language_changed.emit(lang)
        log.info("UI language switched to %s", lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Familjecenter Desktop – service bundle"))
        self.tabs.setTabText(
            self.tabs.indexOf(self.search_view), self.tr("Service bundle")
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.import_action.setText(self.tr("&Import PTV data…"))
        self.import_action.setStatusTip(
            self.tr("Import services from PTV Open API files in a folder")
        )
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.find_action.setText(self.tr("&Find a service"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Familjecenter Desktop"))
        if getattr(self, "_found", None) is not None:
            self._results_shown(self._found)

    # --- actions ------------------------------------------------------------

    def _import_ptv(self) -> None:
        if self.workspace is not None:
            from familjecenter_desktop.ui import import_action

            import_action.choose_and_import(self, self.worker, self.workspace)

    def catalogue_changed(self) -> None:
        """The catalogue was changed (an import): read choices and results again."""
        self.search_view.reload_options()
        self.search_view.run_search()

    def show_error(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        QMessageBox.warning(self, self.tr("Familjecenter Desktop"), message)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Familjecenter Desktop"),
            self.tr(
                "<p><b>Familjecenter Desktop</b> %1</p>"
                "<p>Service bundle look-up, referrals and guidance sheets for "
                "Finnish family centres.</p>"
                "<p>Service data: the Suomi.fi service catalogue (PTV), open data. "
                "Check opening hours and contacts with the service before relying "
                "on them.</p>"
            ).replace("%1", __version__),
        )

    def _results_shown(self, count: int) -> None:
        self._found = count
        self.status_label.setText(self.tr("%Ln service(s) found", "", count))

    # --- window state -------------------------------------------------------

    def restore_window_state(self) -> None:
        """Geometry, toolbars and splitter as they were when the window closed."""
        geometry = self.settings.window_state(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(self._first_size())
        state = self.settings.window_state(STATE_KEY)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        splitter = self.settings.window_state(SPLITTER_KEY)
        if splitter:
            self.search_view.splitter.restoreState(
                QByteArray.fromBase64(splitter.encode("ascii"))
            )

    def _first_size(self) -> QSize:
        """The size of a first start: ``first_size`` of the screen's free room."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or QGuiApplication.platformName() == "offscreen":
            return FIRST_SIZE  # no real screen to fit (tests, screenshots)
        return first_size(screen.availableGeometry().size())

    def save_window_state(self) -> None:
        def encoded(data: QByteArray) -> str:
            return bytes(data.toBase64().data()).decode("ascii")

        self.settings.set_window_state(GEOMETRY_KEY, encoded(self.saveGeometry()))
        self.settings.set_window_state(STATE_KEY, encoded(self.saveState()))
        self.settings.set_window_state(
            SPLITTER_KEY, encoded(self.search_view.splitter.saveState())
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_window_state()
        except OSError:
            log.exception("could not save the window state")
        self.worker.shutdown()
        event.accept()
