"""The filter panel: choices in, ``SearchFilters`` out."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone

from familjecenter_desktop.catalogue.choices import FilterOptions, Option
from familjecenter_desktop.catalogue.searchrequest import SearchFilters
from familjecenter_desktop.ui.search.filter_panel import OPEN_AT, OPEN_NOW, FilterPanel

OPTIONS = FilterOptions(
    categories=[Option("social_health", "Sosiaali- ja terveyspalvelut")],
    tasks=[Option("wellbeing", "Hyvinvointi")],
    municipalities=[Option("529", "Naantali"), Option("853", "Turku")],
    languages=[Option("fi", "Finnish", translatable=True)],
)


def test_nothing_chosen_means_no_filters(qtbot):
    """A fresh panel asks for everything."""
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_options(OPTIONS)

    assert panel.filters() == SearchFilters()


def test_choices_become_filters(qtbot):
    """Municipality, free of charge and open now end up in the request."""
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_options(OPTIONS)
    now = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)

    panel.municipality.setCurrentIndex(panel.municipality.findData("853"))
    panel.free_only.setChecked(True)
    panel.open_mode.setCurrentIndex(OPEN_NOW)
    filters = panel.filters(now=now)

    assert filters.municipalities == frozenset({"853"})
    assert filters.free_only
    assert filters.open_at == now


def test_a_chosen_time_is_taken_as_a_moment(qtbot):
    """ "Open at" turns the chosen wall-clock time into an aware UTC moment."""
    panel = FilterPanel()
    qtbot.addWidget(panel)
    chosen = QDateTime(2026, 12, 7, 9, 30, 0, 0, QTimeZone(b"Europe/Helsinki"))

    panel.open_mode.setCurrentIndex(OPEN_AT)
    panel.open_at.setDateTime(chosen)
    moment = panel.filters().open_at

    assert panel.open_at.isEnabled()
    assert moment.tzinfo is not None
    assert moment == datetime(2026, 12, 7, 7, 30, tzinfo=UTC)


def test_new_options_keep_the_chosen_key(qtbot):
    """Reloading the choices (a language switch) keeps what was chosen."""
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_options(OPTIONS)
    panel.municipality.setCurrentIndex(panel.municipality.findData("529"))
    swedish = FilterOptions(
        municipalities=[Option("529", "Nådendal"), Option("853", "Åbo")]
    )

    panel.set_options(swedish)

    assert panel.municipality.currentText() == "Nådendal"
    assert panel.filters().municipalities == frozenset({"529"})


def test_clear_goes_back_to_any_and_signals_once(qtbot):
    """Clear filters resets every choice and emits one change."""
    panel = FilterPanel()
    qtbot.addWidget(panel)
    panel.set_options(OPTIONS)
    panel.category.setCurrentIndex(1)
    panel.age_years.setValue(3)
    changes = []
    panel.filters_changed.connect(lambda: changes.append(1))

    panel.clear()

    assert panel.filters() == SearchFilters()
    assert changes == [1]
