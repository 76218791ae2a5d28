"""The service bundle look-up: search field, filters, result list and detail pane.

Typing searches after a short pause (``DEBOUNCE_MS``); every read goes through
the worker, and a newer search supersedes an older one still running. Keyboard:
Down from the search field moves into the results, Enter on a result moves into
its details, Esc in the search field clears it and Esc in the results goes back
to the search field.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.catalogue.choices import FilterOptions
from familjecenter_desktop.catalogue.searchrequest import SearchRequest
from familjecenter_desktop.catalogue.shown import ServiceDetail
from familjecenter_desktop.ui.search import queries
from familjecenter_desktop.ui.search.detail_pane import DetailPane
from familjecenter_desktop.ui.search.filter_panel import FilterPanel
from familjecenter_desktop.ui.search.result_delegate import ServiceResultDelegate
from familjecenter_desktop.ui.search.result_model import ServiceResultModel
from familjecenter_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from familjecenter_desktop.workspace import Workspace

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150


class SearchView(QWidget):
    """The look-up: what the nurse searches, filters, browses and reads."""

    # A search finished and its result is shown (number of services found).
    results_shown = Signal(int)
    # The details of a service are shown (service id).
    service_shown = Signal(int)

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._workspace: Workspace | None = None
        self._lang = "fi"
        self._searched_once = False
        self._more = False  # the last search had more matches than it returned

        self.search_label = QLabel()
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setObjectName("searchField")
        self.search_label.setBuddy(self.search_field)
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")

        self.filter_panel = FilterPanel()
        filter_scroll = QScrollArea()
        filter_scroll.setWidget(self.filter_panel)
        filter_scroll.setWidgetResizable(True)
        filter_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        filter_scroll.setMinimumWidth(220)
        filter_scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )

        self.model = ServiceResultModel(self._load_rows, self)
        self.result_list = QListView()
        self.result_list.setObjectName("resultList")
        self.result_list.setModel(self.model)
        self.result_list.setUniformItemSizes(True)
        self.result_list.setAlternatingRowColors(True)
        self.result_list.setSelectionMode(
            QAbstractItemView.SelectionMode.SingleSelection
        )
        self.result_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.result_list.setItemDelegate(ServiceResultDelegate(self.result_list))
        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.results = QStackedWidget()
        self.results.addWidget(self.result_list)
        self.results.addWidget(self.empty_label)

        self.detail_pane = DetailPane()
        self.refer_requested = self.detail_pane.refer_requested
        self.add_to_basket_requested = self.detail_pane.add_to_basket_requested

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)

        self._build_layout(filter_scroll)
        self._connect()
        self.retranslate_ui()
        self.set_ready(False)

    # --- building -----------------------------------------------------------

    def _build_layout(self, filter_scroll: QScrollArea) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search_field, 1)
        top.addWidget(self.count_label)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.results)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("searchSplitter")
        self.splitter.addWidget(filter_scroll)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.detail_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([240, 400, 620])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        QWidget.setTabOrder(self.search_field, self.result_list)
        QWidget.setTabOrder(self.result_list, self.detail_pane.browser)
        QWidget.setTabOrder(self.detail_pane.browser, self.detail_pane.refer_button)
        QWidget.setTabOrder(
            self.detail_pane.refer_button, self.detail_pane.basket_button
        )
        QWidget.setTabOrder(self.detail_pane.basket_button, self.filter_panel.category)

    def _connect(self) -> None:
        self.search_field.textEdited.connect(self._schedule_search)
        self.search_field.textChanged.connect(self._text_changed)
        self.filter_panel.filters_changed.connect(self.run_search)
        self.result_list.selectionModel().currentChanged.connect(self._current_changed)
        self.result_list.activated.connect(self._activated)
        self.search_field.installEventFilter(self)
        self.result_list.installEventFilter(self)

    # --- public -------------------------------------------------------------

    def attach(self, workspace: Workspace, lang: str) -> None:
        """Start working on an opened workspace."""
        self._workspace = workspace
        self._lang = lang
        self.set_ready(True)
        self.reload_options()
        self.run_search()

    def set_ready(self, ready: bool) -> None:
        """Enable the view once the workspace is open."""
        self.search_field.setEnabled(ready)
        self.filter_panel.setEnabled(ready)
        self.result_list.setEnabled(ready)

    def set_language(self, lang: str) -> None:
        """Show names and texts in another language."""
        self._lang = lang
        if self._workspace is None:
            return
        self.model.clear_cache()
        self.reload_options()
        if not self.search_field.text().strip():
            self.run_search()  # a list by name follows the reader's language
        shown = self.detail_pane.service_id()
        if shown is not None:
            self.open_service(shown)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def reload_options(self) -> None:
        if self._workspace is None:
            return
        self._worker.submit(
            partial(queries.filter_options, self._workspace, self._lang),
            self._options_loaded,
            key="filter-options",
            label="filter options",
        )

    def run_search(self) -> None:
        """Search now with the current text and filters."""
        self._debounce.stop()
        if self._workspace is None:
            return
        request = SearchRequest(
            text=self.search_field.text(),
            filters=self.filter_panel.filters(),
            lang=self._lang,
        )
        self._worker.submit(
            partial(queries.search_ids, self._workspace, request),
            self._results_arrived,
            key="search",
            label="search",
        )

    def open_service(self, service_id: int) -> None:
        """Read and show one service's details."""
        if self._workspace is None:
            return
        self._worker.submit(
            partial(queries.detail, self._workspace, service_id, self._lang),
            self._detail_arrived,
            key="detail",
            label="service detail",
        )

    # --- arriving results ---------------------------------------------------

    def _options_loaded(self, options: FilterOptions) -> None:
        self.filter_panel.set_options(options)

    def _results_arrived(self, ids: list[int]) -> None:
        self._searched_once = True
        self._more = bool(getattr(ids, "more", False))
        self.model.set_ids(ids)
        self._update_count()
        self.results.setCurrentWidget(self.result_list if ids else self.empty_label)
        shown = self.detail_pane.service_id()
        if shown is not None and shown not in ids:
            # Its "Refer…" and "Add to sheet" would act on a service not listed.
            self.detail_pane.show_message("")
        self.results_shown.emit(len(ids))

    def _detail_arrived(self, detail: ServiceDetail | None) -> None:
        if detail is None:
            self.detail_pane.show_message(
                self.tr("This service is no longer in the catalogue.")
            )
            return
        self.detail_pane.show_detail(detail)
        self.service_shown.emit(detail.id)

    def _load_rows(self, ids: list[int], deliver) -> None:
        if self._workspace is None:
            return
        self._worker.submit(
            partial(queries.rows, self._workspace, ids, self._lang),
            deliver,
            label="result rows",
        )

    # --- reacting to the person ---------------------------------------------

    def _schedule_search(self, _text: str) -> None:
        self._debounce.start()

    def _text_changed(self, text: str) -> None:
        if not text and not self._debounce.isActive():
            self._debounce.start()  # the clear button was used

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        service_id = self.model.service_id(current.row()) if current.isValid() else None
        if service_id is not None:
            self.open_service(service_id)

    def _activated(self, index: QModelIndex) -> None:
        service_id = self.model.service_id(index.row())
        if service_id is None:
            return
        if self.detail_pane.service_id() != service_id:
            self.open_service(service_id)
        self.detail_pane.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.search_field:
            if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self._enter_results()
                return True
            if key == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                self.run_search()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.run_search()
                return True
        elif watched is self.result_list:
            if key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.result_list.currentIndex()
                if current.isValid():
                    self._activated(current)
                return True
        return super().eventFilter(watched, event)

    def _enter_results(self) -> None:
        self.result_list.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.result_list.currentIndex().isValid():
            first = self.model.index(0)
            self.result_list.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    # --- language -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search_field.setPlaceholderText(
            self.tr("Service, place or organisation, e.g. neuvola")
        )
        self.search_field.setAccessibleName(self.tr("Search services"))
        self.result_list.setAccessibleName(self.tr("Services found"))
        self.empty_label.setText(
            self.tr(
                "No service matches the search. Try a shorter word, another "
                "spelling, or clear the filters."
            )
        )
        self._update_count()

    def _update_count(self) -> None:
        if not self._searched_once:
            self.count_label.setText("")
            return
        total = self.model.total()
        if self._more:
            text = self.tr("More than %Ln service(s): type more to narrow", "", total)
        else:
            text = self.tr("%Ln service(s)", "", total)
        self.count_label.setText(text)
