"""The referral lists (follow-up views and filters) and the chosen referral's detail.

The list is a lazy model: the first page shows at once and more come while
scrolling. Choosing a row loads the detail (history, consents, access log)
through the worker; the view is logged by the referral functions.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.core.settings import Settings
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import followup, records
from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.referrals.listing import ReferralFilter
from familjecenter_desktop.referrals.records import ReferralDetail
from familjecenter_desktop.referrals.views import ReferralView
from familjecenter_desktop.ui.referrals import jobs
from familjecenter_desktop.ui.referrals.actions_bar import ActionsBar
from familjecenter_desktop.ui.referrals.detail_html import detail_html
from familjecenter_desktop.ui.referrals.export_action import (
    ReferralExporter,
    may_export,
)
from familjecenter_desktop.ui.referrals.list_columns import ColumnSizer
from familjecenter_desktop.ui.referrals.messages import (
    status_name,
    translated,
)
from familjecenter_desktop.ui.referrals.referral_model import (
    COLUMNS,
    ID_ROLE,
    ReferralListModel,
)
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)

VIEW_ORDER = ("unit", "mine", "overdue", "waiting", "all")


class ReferralList(QWidget):
    """A follow-up view and filters at the top, the rows, and the chosen referral."""

    # The user chose a referral (its id).
    referral_chosen = Signal(int)
    # The user wants to edit this draft (its view).
    edit_requested = Signal(object)

    def __init__(self, worker: Worker | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = worker or Worker(self)
        self.workspace = None
        self.actor = None
        self.lang = "fi"
        self.current: ReferralView | None = None
        self._current_log: tuple = ()  # the shown referral's access log
        self._wanted_id: int | None = None
        self._quiet = False  # selecting the shown referral again loads nothing
        self.sheet_dialog = None  # the family-sheet dialog last opened

        self.view_choice = QComboBox()
        self.status_choice = QComboBox()
        self.kind_choice = QComboBox()
        self.count = QLabel()
        self.model = ReferralListModel(self.worker, self)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._list_failed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.columns = ColumnSizer(self.table, COLUMNS, stretch="receiver")
        self.detail = QTextBrowser()
        self.actions = ActionsBar(self.worker)
        self.actions.referral_changed.connect(self._changed)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._edit)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print)
        self.export_button = QPushButton(objectName="referral_export")
        self.export_button.clicked.connect(self._export)
        self.exporter = ReferralExporter(self.worker, self)
        self.exporter.finished.connect(self._show_buttons)

        top = QHBoxLayout()
        for widget in (self.view_choice, self.status_choice, self.kind_choice):
            top.addWidget(widget)
        top.addWidget(self.count, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.actions)
        lower_layout.addWidget(self.detail)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter)

        for combo in (self.view_choice, self.status_choice, self.kind_choice):
            combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.retranslate_ui()
        self._show_buttons()

    def retranslate_ui(self) -> None:
        names = {
            "unit": self.tr("My unit's open referrals"),
            "mine": self.tr("My open referrals"),
            "overdue": self.tr("Follow-up overdue"),
            "waiting": self.tr("Waiting for a response"),
            "all": self.tr("All of my unit's referrals"),
        }
        self._fill(self.view_choice, [(k, names[k]) for k in VIEW_ORDER])
        self._fill(
            self.status_choice,
            [("", self.tr("Any status"))]
            + [(s, status_name(s)) for s in rules.STATUSES],
        )
        self._fill(
            self.kind_choice,
            [("", self.tr("Any kind"))]
            + [
                (k, QCoreApplication.translate("referral_rules", rules.KIND_NAMES[k]))
                for k in rules.KINDS
            ],
        )
        self.view_choice.setAccessibleName(self.tr("Which referrals"))
        self.status_choice.setAccessibleName(self.tr("Status"))
        self.kind_choice.setAccessibleName(self.tr("Kind"))
        self.edit_button.setText(self.tr("&Edit draft"))
        self.print_button.setText(self.tr("&Print sheet for the family…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Save the referral as a file for the family's data request")
        )
        self.actions.retranslate_ui()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1
        )
        self.columns.fit()
        if self.current is not None:
            self.detail.setHtml(detail_html(self.current, self._current_log))

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = max(0, combo.currentIndex())
        combo.blockSignals(True)
        combo.clear()
        for key, text in items:
            combo.addItem(text, key)
        combo.setCurrentIndex(min(current, combo.count() - 1))
        combo.blockSignals(False)

    # --- column widths ----------------------------------------------------------

    def keep_columns_in(self, settings: Settings) -> None:
        """Keep the user's column widths in ``settings`` (window state)."""
        self.columns.keep_in(settings)

    def showEvent(self, event: QShowEvent) -> None:
        # In the main window the widths go with the window's own state: the same
        # Settings object writes it on closing, so the two never overwrite. The
        # window takes the workspace's settings when one opens, so look each time.
        settings = getattr(self.window(), "settings", None)
        if isinstance(settings, Settings):
            self.keep_columns_in(settings)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.columns.flush()  # a drag just before closing the window is kept
        super().hideEvent(event)

    # --- the list -------------------------------------------------------------

    def set_context(self, workspace, actor, lang: str) -> None:
        self.workspace, self.actor, self.lang = workspace, actor, lang
        self.refresh()

    def clear(self) -> None:
        """Hide every client detail (on lock or log-out)."""
        self.actor = None
        self.current = None
        self._current_log = ()
        self.model.clear()
        self.detail.clear()
        self.count.clear()
        self.actions.set_referral(None, None, None)
        self._show_buttons()

    def wanted(self) -> ReferralFilter:
        """The filter the choices at the top make."""
        base = followup.VIEWS[self.view_choice.currentData() or "unit"]
        status = self.status_choice.currentData()
        kind = self.kind_choice.currentData()
        return ReferralFilter(
            scope=base.scope,
            statuses=frozenset({status}) if status else frozenset(),
            kinds=frozenset({kind}) if kind else frozenset(),
            open_only=base.open_only and not status,
            overdue_only=base.overdue_only,
            waiting_only=base.waiting_only,
        )

    def refresh(self) -> None:
        """Read the first page again (the chosen referral is shown again after)."""
        if self.workspace is None or self.actor is None:
            return
        if self.current is not None and self._wanted_id is None:
            self._wanted_id = self.current.id
        self.count.setText(self.tr("Loading…"))
        self.model.set_query(self.workspace, self.actor, self.wanted(), self.lang)

    def _loaded(self, rows: int) -> None:
        if self.model.canFetchMore():
            self.count.setText(self.tr("%Ln referral(s) shown; more below", "", rows))
        else:
            self.count.setText(self.tr("%Ln referral(s)", "", rows))
        if self._wanted_id is not None:
            row = self.model.row_of(self._wanted_id)
            if row >= 0:
                self._wanted_id = None
                self._quiet = True
                self.table.selectRow(row)
                self._quiet = False
        self.columns.fit()

    def _list_failed(self, message: str) -> None:
        self.count.setText(message)

    def _chosen(self, selected: QItemSelection, _deselected) -> None:
        indexes = selected.indexes()
        if not indexes or self._quiet:
            return
        referral_id = indexes[0].data(ID_ROLE)
        self.show_referral(referral_id)
        self.referral_chosen.emit(referral_id)

    # --- the detail -----------------------------------------------------------

    def show_referral(self, referral_id: int) -> None:
        """The referral's details, history, consents and log (the view is logged)."""
        if self.workspace is None or self.actor is None:
            return
        workspace, actor, lang = self.workspace, self.actor, self.lang
        jobs.run(
            self.worker,
            lambda: records.referral_detail(workspace, actor, referral_id, lang),
            self._show_detail,
            self._detail_refused,
            write=True,  # the view is written to the access log
            key="referral detail",
            label="referral detail",
        )

    def _show_detail(self, detail: ReferralDetail) -> None:
        if self.actor is None:
            return
        self.current = detail.view
        self._current_log = detail.log
        self.detail.setHtml(detail_html(detail.view, detail.log))
        self.actions.set_referral(self.workspace, self.actor, detail.view)
        self._show_buttons()

    def _detail_refused(self, exc: ReferralError) -> None:
        self.current = None
        self.detail.setPlainText(translated(exc.message))
        self.actions.set_referral(None, None, None)
        self._show_buttons()

    def _show_buttons(self) -> None:
        view = self.current
        editable = (
            view is not None and view.status == rules.DRAFT and view.on_sender_side
        )
        self.edit_button.setEnabled(editable)
        self.print_button.setEnabled(view is not None and view.family is not None)
        self.export_button.setEnabled(
            view is not None and may_export(self.actor) and not self.exporter.busy
        )

    def _edit(self) -> None:
        if self.current is not None:
            self.edit_requested.emit(self.current)

    def _print(self) -> None:
        """The family's sheet: preview, print or save (each print is logged)."""
        if self.current is None:
            return
        # Imported here: the sheet machinery (reportlab) stays out of start-up.
        from familjecenter_desktop.ui.sheets import referral_print

        self.sheet_dialog = referral_print.open_referral_sheet(
            self, self.workspace, self.actor, self.current.id, self.worker
        )

    def _export(self) -> None:
        """The referral as a file for the family's data request (logged)."""
        if self.current is None or not may_export(self.actor):
            return
        self.exporter.choose_and_export(
            self.workspace, self.actor, self.current.id, self.lang
        )
        self._show_buttons()

    def reveal(self, referral_id: int) -> None:
        """Read the list again and show this referral (after a save or a step)."""
        self._wanted_id = referral_id
        self.show_referral(referral_id)
        self.refresh()

    def _changed(self, referral_id: int) -> None:
        self.reveal(referral_id)
