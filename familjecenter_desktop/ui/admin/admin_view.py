"""The administration page: staff, units, retention, and the family access list.

Shown only to administrators; the referral functions check the role again for
every step, so a hidden page is not the only guard.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from familjecenter_desktop.ui.admin.access_page import AccessPage
from familjecenter_desktop.ui.admin.retention_page import RetentionPage
from familjecenter_desktop.ui.admin.staff_page import StaffPage
from familjecenter_desktop.ui.admin.units_page import UnitsPage
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


class AdminView(QWidget):
    """Tabs for each administration task."""

    def __init__(self, worker: Worker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff = StaffPage(worker)
        self.units = UnitsPage(worker)
        self.retention = RetentionPage(worker)
        self.access = AccessPage(worker)
        self.units.units_changed.connect(self.staff.reload)
        self.tabs = QTabWidget()
        for page in self.pages():
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate_ui()

    def pages(self):
        return (self.staff, self.units, self.retention, self.access)

    def retranslate_ui(self) -> None:
        titles = (
            self.tr("&Staff accounts"),
            self.tr("U&nits"),
            self.tr("Re&tention"),
            self.tr("&Family access list"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        for page in self.pages():
            page.retranslate_ui()

    def set_language(self, lang: str) -> None:
        """Names of units in ``lang`` from now on: the shown pages read again."""
        for page in self.pages():
            page.lang = lang
            if page.actor is not None:
                page.reload()

    def set_context(self, workspace, actor, lang: str) -> None:
        """Work as ``actor`` (None hides everything)."""
        for page in self.pages():
            page.set_context(workspace, actor, lang)
