"""The sheet's options: kind, the family's language, paper size, type, note.

Languages whose phrases no translator has checked are marked in the list and
in a line under it (the phrase file's own note as the tooltip), so staff know
what they hand over. With one kind only (the referral sheet) the kind and the
note rows are hidden: a referral sheet prints no free note.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.sheets.phrases import available_languages, load_phrasebook

log = logging.getLogger(__name__)

KINDS = ("service", "card")
REFERRAL_KINDS = ("referral",)
DEFAULT_LANGUAGE = "fi"
SIZES = ("A4", "A5")


class OptionsPanel(QWidget):
    """The choices that shape one sheet."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, kinds: tuple[str, ...] = KINDS
    ) -> None:
        super().__init__(parent)
        self.kind = QComboBox(objectName="sheet_kind")
        self.language = QComboBox(objectName="sheet_language")
        self.size = QComboBox(objectName="sheet_size")
        self.large_print = QCheckBox(objectName="sheet_large_print")
        self.note = QPlainTextEdit(objectName="sheet_note")
        self.note.setMaximumHeight(90)
        self.status = QLabel(objectName="sheet_language_status")
        self.status.setWordWrap(True)

        for code in available_languages():
            self.language.addItem("", code)
        self.language.setCurrentIndex(self.language.findData(DEFAULT_LANGUAGE))
        for kind in kinds:
            self.kind.addItem("", kind)
        for size in SIZES:
            self.size.addItem(size, size)

        self.form = QFormLayout(self)
        self.kind_label = QLabel()
        self.language_label = QLabel()
        self.size_label = QLabel()
        self.note_label = QLabel()
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow("", self.status)
        self.form.addRow(self.size_label, self.size)
        self.form.addRow("", self.large_print)
        self.form.addRow(self.note_label, self.note)
        if len(kinds) == 1:
            self.form.setRowVisible(self.kind, False)
        if "referral" in kinds:
            self.form.setRowVisible(self.note, False)

        for combo in (self.kind, self.language, self.size):
            combo.currentIndexChanged.connect(self._changed)
        self.large_print.toggled.connect(self._changed)
        self.note.textChanged.connect(self.changed)
        self.retranslate_ui()

    def set_language(self, code: str, quiet: bool = False) -> None:
        """Choose the family's language by its code (``quiet``: no ``changed``)."""
        index = self.language.findData(code)
        if index < 0:
            return
        self.language.blockSignals(quiet)
        self.language.setCurrentIndex(index)
        self.language.blockSignals(False)
        self._show_status()

    def options(self, printed_on: date | None = None) -> SheetOptions:
        """The chosen options (site name and limits come from the settings later)."""
        return SheetOptions(
            kind=self.kind.currentData(),
            lang=self.language.currentData(),
            size=self.size.currentData(),
            large_print=self.large_print.isChecked(),
            note=self.note.toPlainText(),
            printed_on=printed_on or date.today(),
        )

    def _changed(self) -> None:
        self._show_status()
        self.changed.emit()

    def _show_status(self) -> None:
        code = self.language.currentData()
        if not code:
            return
        book = load_phrasebook(code)
        if book.reviewed:
            self.status.setText(self.tr("Sheet wording checked by a translator."))
        else:
            self.status.setText(
                self.tr(
                    "Sheet wording not checked by a translator "
                    "(machine-assisted or unreviewed)."
                )
            )
        self.status.setToolTip(book.status_note)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.kind_label.setText(self.tr("Kind"))
        self.language_label.setText(self.tr("Family's language"))
        self.size_label.setText(self.tr("Paper"))
        self.note_label.setText(self.tr("Your note"))
        self.large_print.setText(self.tr("Large print"))
        kind_names = {
            "service": self.tr("Service sheet"),
            "card": self.tr("Discreet card"),
            "referral": self.tr("Referral sheet"),
        }
        for row in range(self.kind.count()):
            self.kind.setItemText(row, kind_names[self.kind.itemData(row)])
        unreviewed = self.tr("not reviewed")
        for row in range(self.language.count()):
            book = load_phrasebook(self.language.itemData(row))
            text = f"{book.name} ({book.code})"
            if not book.reviewed:
                text = f"{text} – {unreviewed}"
            self.language.setItemText(row, text)
            self.language.setItemData(
                row, book.status_note, Qt.ItemDataRole.ToolTipRole
            )
        self._show_status()
