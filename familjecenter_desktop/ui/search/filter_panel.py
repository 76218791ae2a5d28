"""The filter panel: bundle category, task, target group, age, language, place, time.

The panel knows nothing of the database: the window hands it the choices
(``FilterOptions``) and reads the chosen filters back as ``SearchFilters``.
``filters_changed`` is emitted whenever the person changes any filter.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familjecenter_desktop.catalogue.choices import (
    LANGUAGE_CONTEXT,
    FilterOptions,
    Option,
)
from familjecenter_desktop.catalogue.searchrequest import SearchFilters

log = logging.getLogger(__name__)

ANY_TIME, OPEN_NOW, OPEN_AT = 0, 1, 2


class FilterPanel(QWidget):
    """Choices that narrow the search; reads back as ``SearchFilters``."""

    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._options = FilterOptions()
        self._quiet = False

        self.category = QComboBox()
        self.task = QComboBox()
        self.target_group = QComboBox()
        self.language = QComboBox()
        self.municipality = QComboBox()
        for combo in self._combos():
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self._changed)

        self.age_years = QSpinBox()
        self.age_years.setRange(-1, 29)
        self.age_years.setValue(-1)
        self.age_months = QSpinBox()
        self.age_months.setRange(0, 11)
        self.age_months.setEnabled(False)
        self.age_years.valueChanged.connect(self._age_changed)
        self.age_months.valueChanged.connect(self._changed)
        age_row = QHBoxLayout()
        age_row.setContentsMargins(0, 0, 0, 0)
        age_row.addWidget(self.age_years)
        age_row.addWidget(self.age_months)

        self.open_mode = QComboBox()
        self.open_mode.addItems(["", "", ""])
        self.open_mode.currentIndexChanged.connect(self._open_mode_changed)
        self.open_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.open_at.setCalendarPopup(True)
        self.open_at.setDisplayFormat("d.M.yyyy H.mm")
        self.open_at.setEnabled(False)
        self.open_at.dateTimeChanged.connect(self._changed)

        self.free_only = QCheckBox()
        self.free_only.toggled.connect(self._changed)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)

        self._labels = {name: QLabel() for name in _LABELS}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        fields = {
            "category": self.category,
            "task": self.task,
            "target_group": self.target_group,
            "age": age_row,
            "language": self.language,
            "municipality": self.municipality,
            "open": self.open_mode,
        }
        for name, field in fields.items():
            label = self._labels[name]
            form.addRow(label, field)
            buddy = self.age_years if name == "age" else field
            label.setBuddy(buddy)
        form.addRow("", self.open_at)
        form.addRow("", self.free_only)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.retranslate_ui()

    # --- reading and writing ------------------------------------------------

    def set_options(self, options: FilterOptions) -> None:
        """Offer new choices, keeping what was chosen where it still exists."""
        self._options = options
        self._quiet = True
        try:
            for combo, choices in self._combo_choices():
                _fill(combo, choices, self._any_text())
        finally:
            self._quiet = False

    def filters(self, now: datetime | None = None) -> SearchFilters:
        """The chosen filters; "open now" means ``now`` (default: this moment)."""
        age = None
        if self.age_years.value() >= 0:
            age = self.age_years.value() * 12 + self.age_months.value()
        mode = self.open_mode.currentIndex()
        open_at = None
        if mode == OPEN_NOW:
            open_at = now or datetime.now(UTC)
        elif mode == OPEN_AT:
            open_at = self.open_at.dateTime().toPython().astimezone(UTC)
        return SearchFilters(
            categories=_chosen(self.category),
            tasks=_chosen(self.task),
            target_groups=_chosen(self.target_group),
            child_age_months=age,
            languages=_chosen(self.language),
            municipalities=_chosen(self.municipality),
            open_at=open_at,
            free_only=self.free_only.isChecked(),
        )

    def clear(self) -> None:
        """Back to "any" everywhere."""
        self._quiet = True
        try:
            for combo in self._combos():
                combo.setCurrentIndex(0)
            self.age_years.setValue(-1)
            self.age_months.setValue(0)
            self.open_mode.setCurrentIndex(ANY_TIME)
            self.free_only.setChecked(False)
        finally:
            self._quiet = False
        self.filters_changed.emit()

    # --- language -----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        texts = {
            "category": self.tr("&Bundle category:"),
            "task": self.tr("Family-centre &task:"),
            "target_group": self.tr("Target &group:"),
            "age": self.tr("Child's &age:"),
            "language": self.tr("&Language served:"),
            "municipality": self.tr("&Municipality:"),
            "open": self.tr("&Opening:"),
        }
        for name, text in texts.items():
            self._labels[name].setText(text)
        self.age_years.setSpecialValueText(self.tr("any"))
        self.age_years.setSuffix(self.tr(" y"))
        self.age_months.setSuffix(self.tr(" mo"))
        self.age_years.setToolTip(self.tr("The child's age in full years"))
        self.age_months.setToolTip(self.tr("and months"))
        self.open_mode.setItemText(ANY_TIME, self.tr("Any time"))
        self.open_mode.setItemText(OPEN_NOW, self.tr("Open now"))
        self.open_mode.setItemText(OPEN_AT, self.tr("Open at the time below"))
        self.open_at.setToolTip(self.tr("Day and time the service should be open"))
        self.free_only.setText(self.tr("Free of charge o&nly"))
        self.clear_button.setText(self.tr("&Clear filters"))
        self.set_options(self._options)

    def _any_text(self) -> str:
        return self.tr("Any")

    # --- helpers ------------------------------------------------------------

    def _combos(self) -> list[QComboBox]:
        return [
            self.category,
            self.task,
            self.target_group,
            self.language,
            self.municipality,
        ]

    def _combo_choices(self) -> list[tuple[QComboBox, list[Option]]]:
        o = self._options
        return [
            (self.category, o.categories),
            (self.task, o.tasks),
            (self.target_group, o.target_groups),
            (self.language, o.languages),
            (self.municipality, o.municipalities),
        ]

    def _changed(self, *_: object) -> None:
        if not self._quiet:
            self.filters_changed.emit()

    def _age_changed(self, years: int) -> None:
        self.age_months.setEnabled(years >= 0)
        self._changed()

    def _open_mode_changed(self, mode: int) -> None:
        self.open_at.setEnabled(mode == OPEN_AT)
        self._changed()


_LABELS = (
    "category",
    "task",
    "target_group",
    "age",
    "language",
    "municipality",
    "open",
)


def _fill(combo: QComboBox, choices: list[Option], any_text: str) -> None:
    """Refill a combo box, keeping the chosen key when it is still offered."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(any_text, None)
    for option in choices:
        name = option.name
        if option.translatable:
            name = QCoreApplication.translate(LANGUAGE_CONTEXT, option.name)
        combo.addItem(name, option.key)
    position = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(position, 0))


def _chosen(combo: QComboBox) -> frozenset[str]:
    key = combo.currentData()
    return frozenset() if key is None else frozenset({key})
