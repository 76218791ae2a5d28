"""The detail pane: everything known about the chosen service, and what to do with it.

Below the text sits the ``service_actions`` row. It holds "Refer…" and "Add to
sheet"; the referral and handout views connect to ``refer_requested`` and
``add_to_basket_requested`` (payload: the service id) and may add buttons of
their own with ``add_action_button``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.catalogue.shown import ServiceDetail
from familjecenter_desktop.ui.search.detail_html import esc, service_html

log = logging.getLogger(__name__)


class DetailPane(QWidget):
    """Shows one ``ServiceDetail``; offers the actions on that service."""

    # The person asked to refer the family to this service (service id).
    refer_requested = Signal(int)
    # The person asked to add this service to the handout basket (service id).
    add_to_basket_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ServiceDetail | None = None
        self._message = ""

        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setOpenLinks(True)
        self.browser.setObjectName("serviceDetail")

        self.refer_button = QPushButton()
        self.refer_button.clicked.connect(self._refer)
        self.basket_button = QPushButton()
        self.basket_button.clicked.connect(self._add_to_basket)
        self.service_actions = QHBoxLayout()
        self.service_actions.addWidget(self.refer_button)
        self.service_actions.addWidget(self.basket_button)
        self.service_actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(self.service_actions)
        self.setFocusProxy(self.browser)
        self.retranslate_ui()
        self.show_message("")

    def service_id(self) -> int | None:
        """The id of the service shown, or None."""
        return self._detail.id if self._detail else None

    def detail(self) -> ServiceDetail | None:
        return self._detail

    def show_detail(self, detail: ServiceDetail, now: datetime | None = None) -> None:
        """Show a service; "open now" is judged at ``now`` (default: this moment)."""
        self._detail = detail
        self.browser.setHtml(service_html(detail, now or datetime.now(UTC)))
        self._update_buttons()

    def show_message(self, message: str) -> None:
        """Show a plain message instead of a service (empty state, errors)."""
        self._detail = None
        self._message = message
        text = message or self.tr("Choose a service from the list to see its details.")
        self.browser.setHtml(f'<p style="color:#555">{esc(text)}</p>')
        self._update_buttons()

    def add_action_button(self, button: QPushButton) -> None:
        """Add another helper's button to the action row, before the stretch."""
        self.service_actions.insertWidget(self.service_actions.count() - 1, button)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.refer_button.setText(self.tr("&Refer…"))
        self.refer_button.setToolTip(self.tr("Refer the family to this service"))
        self.basket_button.setText(self.tr("Add to sh&eet"))
        self.basket_button.setToolTip(
            self.tr("Add this service to the guidance sheet to print")
        )
        self.browser.setAccessibleName(self.tr("Service details"))
        if self._detail is None:
            self.show_message(self._message)

    def _update_buttons(self) -> None:
        shown = self._detail is not None
        self.refer_button.setEnabled(shown)
        self.basket_button.setEnabled(shown)

    def _refer(self) -> None:
        if self._detail is not None:
            self.refer_requested.emit(self._detail.id)

    def _add_to_basket(self) -> None:
        if self._detail is not None:
            self.add_to_basket_requested.emit(self._detail.id)
