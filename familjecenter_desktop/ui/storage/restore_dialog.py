"""Choosing a backup to restore, with a confirmation that says what happens."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)


class RestoreDialog(QDialog):
    """Lists the backups (newest first); ``chosen`` is the one to restore."""

    def __init__(self, backups: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.intro = QLabel(
            self.tr(
                "Choose the backup to restore. The current database is backed up "
                "first, so the restore itself can be undone; changes made after "
                "the chosen backup are not in it."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        locale = QLocale()
        reasons = self._reasons()
        for info in backups:
            when = locale.toString(info.made_at, QLocale.FormatType.ShortFormat)
            reason = reasons.get(info.reason.split("-upgrade")[0], info.reason)
            size = locale.formattedDataSize(info.size)
            item = QListWidgetItem(f"{when} — {reason} — {size}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        self.empty = QLabel(self.tr("There are no backups yet."))
        self.empty.setVisible(not backups)
        self.confirm = QCheckBox(
            self.tr("Yes, replace the current data with the chosen backup")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Restore"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._update)
        self.confirm.toggled.connect(self._update)

        layout = QVBoxLayout(self)
        for widget in (self.intro, self.list, self.empty, self.confirm, self.buttons):
            layout.addWidget(widget)
        self.resize(560, 380)
        if backups:
            self.list.setCurrentRow(0)
        self._update()

    def _reasons(self) -> dict[str, str]:
        return {
            "start": self.tr("automatic, at start"),
            "saves": self.tr("automatic, after saves"),
            "manual": self.tr("made by hand"),
            "before-restore": self.tr("before a restore"),
            "before": self.tr("before a program update"),
            "damaged": self.tr("damaged database set aside"),
        }

    def _update(self) -> None:
        self.ok.setEnabled(
            self.list.currentItem() is not None and self.confirm.isChecked()
        )

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is None or not self.confirm.isChecked():
            return
        self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()
