"""Draws one result: the service's name in bold, organiser and place below it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from familjecenter_desktop.ui.search.result_model import (
    MunicipalityRole,
    NameRole,
    OrganisationRole,
)

log = logging.getLogger(__name__)

PADDING = 5
Index = QModelIndex | QPersistentModelIndex


class ServiceResultDelegate(QStyledItemDelegate):
    """Two lines per service, elided to the width of the list."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).height() + QFontMetrics(option.font).height()
        return QSize(option.rect.width(), height + 2 * PADDING + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name = index.data(NameRole) or opt.text or ""
        organisation = index.data(OrganisationRole) or ""
        municipality = index.data(MunicipalityRole) or ""
        second = " · ".join(p for p in (organisation, municipality) if p)

        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget
            )

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        area = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)

        painter.save()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(opt.palette.color(group, text_role))
        bold_metrics = QFontMetrics(bold)
        first_line = QRect(area.left(), area.top(), area.width(), bold_metrics.height())
        painter.drawText(
            first_line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, area.width()),
        )

        painter.setFont(opt.font)
        if not selected:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
        metrics = QFontMetrics(opt.font)
        second_line = QRect(
            area.left(), first_line.bottom() + 2, area.width(), metrics.height()
        )
        painter.drawText(
            second_line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(second, Qt.TextElideMode.ElideRight, area.width()),
        )
        painter.restore()
