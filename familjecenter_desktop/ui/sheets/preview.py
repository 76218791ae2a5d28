"""The preview: a sheet's pages as images, one under another."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

PREVIEW_DPI = 96


class PreviewArea(QScrollArea):
    """Shows page images rendered at ``PREVIEW_DPI`` times the screen's scaling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_preview")
        self.setWidgetResizable(True)
        self._pages = QWidget()
        self._layout = QVBoxLayout(self._pages)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._pages)
        self.labels: list[QLabel] = []

    def dpi(self) -> int:
        """The rendering resolution that looks sharp on this screen."""
        return round(PREVIEW_DPI * self.devicePixelRatioF())

    def show_pages(self, images: list[bytes]) -> None:
        """Replace the shown pages with ``images`` (PNG bytes)."""
        for label in self.labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        ratio = self.devicePixelRatioF()
        for data in images:
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setPixmap(pixmap)
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self._layout.addWidget(label)
            self.labels.append(label)
