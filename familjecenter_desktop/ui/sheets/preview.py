"""The preview: a sheet's pages as images, one under another, each whole.

Pages are rendered at ``PREVIEW_DPI`` times the screen's scaling, shown at
their real size when they fit and scaled down (keeping their shape) to the
width of the pane when they do not; the pane scrolls through the pages.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

PREVIEW_DPI = 96
MARGIN = 12


class PreviewArea(QScrollArea):
    """Shows whole page images, fitted to the pane's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sheet_preview")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._pages = QWidget()
        self._layout = QVBoxLayout(self._pages)
        self._layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._layout.setSpacing(MARGIN)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._pages)
        self.labels: list[QLabel] = []
        self._pixmaps: list[QPixmap] = []

    def dpi(self) -> int:
        """The rendering resolution that looks sharp on this screen."""
        return round(PREVIEW_DPI * self.devicePixelRatioF())

    def show_pages(self, images: list[bytes]) -> None:
        """Replace the shown pages with ``images`` (PNG bytes)."""
        for label in self.labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self.labels = []
        self._pixmaps = []
        ratio = self.devicePixelRatioF()
        for data in images:
            pixmap = QPixmap()
            pixmap.loadFromData(data, "PNG")
            pixmap.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setStyleSheet("border: 1px solid #999; background: white;")
            self._layout.addWidget(label)
            label.show()  # at once: a hidden label would take no room yet
            self.labels.append(label)
            self._pixmaps.append(pixmap)
        self._fit()

    def page_size(self, index: int) -> QSize:
        """The size a page is shown at, in device-independent pixels."""
        return self.labels[index].size()

    def _fit(self) -> None:
        room = self.viewport().width() - 2 * MARGIN - 2
        for label, pixmap in zip(self.labels, self._pixmaps, strict=True):
            ratio = pixmap.devicePixelRatio()
            width = pixmap.width() / ratio
            scale = min(1.0, max(room, 50) / width) if width else 1.0
            if scale < 1.0:
                shown = pixmap.scaledToWidth(
                    round(pixmap.width() * scale),
                    Qt.TransformationMode.SmoothTransformation,
                )
                shown.setDevicePixelRatio(ratio)
            else:
                shown = pixmap
            label.setPixmap(shown)
            label.setFixedSize(
                round(shown.width() / ratio) + 2, round(shown.height() / ratio) + 2
            )
        # Lay the pages out now, not at the next turn of the event loop, so they
        # are never shown squeezed on top of each other.
        self._layout.activate()
        self._pages.resize(self._pages.sizeHint().expandedTo(self.viewport().size()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
