"""The main window driven as a person would: typing, filtering, reading, keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from familjecenter_desktop.ui.search.search_view import SearchView


def type_text(widget, text: str) -> None:
    """Type one character at a time (keyClicks aborts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def wait_search(qtbot, window) -> None:
    view: SearchView = window.search_view
    qtbot.waitUntil(lambda: not view._debounce.isActive(), timeout=2000)
    assert window.worker.wait_idle()


def shown_names(window) -> list[str]:
    model = window.search_view.model
    return [model.data(model.index(r)).split("\n")[0] for r in range(model.rowCount())]


def test_the_window_lists_the_catalogue_and_counts_it(window):
    """After opening, every service is listed and counted in Finnish."""
    names = shown_names(window)

    assert sorted(names) == ["Lastenneuvola", "Perhekahvila", "Perheneuvola"]
    assert window.search_view.count_label.text() == "3 palvelua"


def test_typing_a_query_searches_after_a_pause(qtbot, window):
    """Typed text reaches the search through the debounce, then results show."""
    view = window.search_view

    with qtbot.waitSignal(view.results_shown, timeout=3000):
        qtbot.keyClicks(view.search_field, "neuvola")
    wait_search(qtbot, window)

    assert view.search_field.text() == "neuvola"
    assert sorted(shown_names(window)) == ["Lastenneuvola", "Perheneuvola"]
    assert view.count_label.text() == "2 palvelua"


def test_typing_non_ascii_text_one_character_at_a_time(qtbot, window):
    """Finnish letters typed key by key arrive intact in the search field."""
    view = window.search_view
    view.search_field.setFocus()

    with qtbot.waitSignal(view.results_shown, timeout=3000):
        type_text(view.search_field, "päivähoito")
    wait_search(qtbot, window)

    assert view.search_field.text() == "päivähoito"
    assert view.model.total() == 0
    assert view.results.currentWidget() is view.empty_label


def test_choosing_a_filter_runs_a_search_with_it(qtbot, window):
    """Picking a bundle category searches again with that category."""
    panel = window.search_view.filter_panel
    position = panel.category.findData("ngo")

    with qtbot.waitSignal(window.search_view.results_shown, timeout=3000):
        panel.category.setCurrentIndex(position)
    wait_search(qtbot, window)

    assert panel.category.currentText() == "Järjestöt ja seurakunnat"
    assert panel.filters().categories == frozenset({"ngo"})
    assert shown_names(window) == ["Perhekahvila"]


def test_the_age_filter_reads_years_and_months(qtbot, window):
    """A child of 2 years 6 months is asked for as 30 months."""
    panel = window.search_view.filter_panel

    panel.age_years.setValue(2)
    panel.age_months.setValue(6)
    wait_search(qtbot, window)

    assert panel.filters().child_age_months == 30
    assert panel.age_months.isEnabled()


def test_opening_a_result_shows_its_details(qtbot, window):
    """Choosing the child health clinic shows its hours, address and phone."""
    view = window.search_view
    row = view.model.row_of(window.ids["clinic"])

    with qtbot.waitSignal(view.service_shown, timeout=3000):
        view.result_list.setCurrentIndex(view.model.index(row))
    text = view.detail_pane.plain_text()

    assert "Lastenneuvola" in text
    assert "ma–pe 8–11 ja 12–16" in text
    assert "Opintie 3" in text
    assert "+358 2 435 1111" in text
    assert "Tiedot päivitetty viimeksi 14.3.2019." in text
    assert "Tuotu 1.12.2026." in text
    assert view.detail_pane.refer_button.isEnabled()


def test_refer_and_basket_buttons_name_the_service(qtbot, window):
    """The action buttons emit the shown service's id for the other views."""
    view = window.search_view
    view.open_service(window.ids["cafe"])
    assert window.worker.wait_idle()

    with qtbot.waitSignal(window.refer_requested) as referred:
        view.detail_pane.refer_button.click()
    with qtbot.waitSignal(window.add_to_basket_requested) as added:
        view.detail_pane.basket_button.click()

    assert referred.args == [window.ids["cafe"]]
    assert added.args == [window.ids["cafe"]]


def test_switching_the_language_changes_texts_and_is_remembered(qtbot, window):
    """Swedish menus, labels and details appear at once; the choice is saved."""
    view = window.search_view
    view.open_service(window.ids["clinic"])
    assert window.worker.wait_idle()

    window.set_language("sv")
    assert window.worker.wait_idle()

    assert window.file_menu.title() == "&Arkiv"
    assert view.search_label.text() == "&Sök:"
    assert view.count_label.text() == "3 tjänster"
    assert "mån–fre 8–11 och 12–16" in view.detail_pane.plain_text()
    assert shown_names(window)[0] in {"Barnrådgivning", "Familjerådgivning"}
    assert window.settings.get("ui_language") == "sv"


def test_keyboard_moves_from_search_to_results_to_details(qtbot, window):
    """Ctrl+F focuses the search, Down enters the list, Enter opens the details."""
    view = window.search_view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.result_list.setFocus()

    window.find_action.trigger()
    qtbot.waitUntil(view.search_field.hasFocus, timeout=2000)
    qtbot.keyClick(view.search_field, Qt.Key.Key_Down)
    qtbot.waitUntil(view.result_list.hasFocus, timeout=2000)
    with qtbot.waitSignal(view.service_shown, timeout=3000):
        qtbot.keyClick(view.result_list, Qt.Key.Key_Down)
    qtbot.keyClick(view.result_list, Qt.Key.Key_Return)
    assert window.worker.wait_idle()

    assert view.result_list.currentIndex().row() == 1
    assert view.detail_pane.browser.hasFocus()


def test_escape_clears_the_search(qtbot, window):
    """Esc in the search field empties it and shows every service again."""
    view = window.search_view
    view.search_field.setText("neuvola")

    with qtbot.waitSignal(view.results_shown, timeout=3000):
        qtbot.keyClick(view.search_field, Qt.Key.Key_Escape)

    assert view.search_field.text() == ""


def test_window_geometry_and_splitter_are_remembered(qtbot, window):
    """Closing the window saves its geometry and splitter in the settings."""
    window.resize(900, 600)

    window.close()

    assert window.settings.window_state("main_window/geometry")
    assert window.settings.window_state("main_window/search_splitter")


def test_many_results_are_read_a_page_at_a_time(qtbot, workspace):
    """With 1,000 services only the first page of rows is read until scrolling."""
    from sqlalchemy import insert

    from familjecenter_desktop.db.models import Service
    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.main_window import MainWindow
    from familjecenter_desktop.ui.search.result_model import PAGE_SIZE

    with workspace.session() as session:
        session.execute(
            insert(Service),
            [
                {"name": {"fi": f"Palvelu {i}"}, "source_id": str(i)}
                for i in range(1000)
            ],
        )
    translations = Translations()
    translations.install("fi")
    window = MainWindow(workspace.settings, translations)
    qtbot.addWidget(window)
    window.show()
    window.attach_workspace(workspace)
    assert window.worker.wait_idle()
    model = window.search_view.model
    first_page = (model.rowCount(), model.cached_rows())

    window.search_view.result_list.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE, timeout=3000)
    assert window.worker.wait_idle()

    assert first_page == (PAGE_SIZE, PAGE_SIZE)
    assert model.total() == 1000
    assert model.cached_rows() == model.rowCount()
    # Digits grouped as Finnish writes them (a no-break space), not "1000".
    assert window.search_view.count_label.text() == "1\u00a0000 palvelua"
    window.worker.shutdown()
    translations.install("en")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_window_fits_an_outreach_laptop_screen(qtbot, tmp_path, lang):
    """Every tab fits a 1366 x 768 screen: the window's smallest size is under it.

    The referral form used to be taller than such a screen and the referral
    steps wider, which forced the whole window past the screen's edges.
    """
    from familjecenter_desktop.core.settings import Settings
    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.main_window import MainWindow

    translations = Translations()
    translations.install(lang)
    window = MainWindow(Settings(tmp_path / "settings.json"), translations)
    qtbot.addWidget(window)
    window.show()

    smallest = window.minimumSizeHint()
    window.worker.shutdown()
    translations.install("en")

    assert smallest.width() <= 1366
    assert smallest.height() <= 700  # 768 less a task bar and the title bar


def test_a_first_start_fits_the_screen_it_opens_on():
    """1280 x 800 where there is room; on a 1366 x 768 laptop (728 free) less tall."""
    from PySide6.QtCore import QSize

    from familjecenter_desktop.ui.main_window import first_size

    assert first_size(QSize(1920, 1040)) == QSize(1280, 800)
    assert first_size(QSize(1366, 728)) == QSize(1280, 688)
    assert first_size(QSize(1024, 600)) == QSize(1024, 560)


def test_the_found_count_follows_a_language_switch(window):
    """The status bar's count is worded again in the new language.

    With text typed there is no new search to word it again.
    """
    window.search_view.search_field.setText("neuvola")
    window.search_view.run_search()
    assert window.worker.wait_idle()
    before = window.status_label.text()

    window.set_language("sv")
    QApplication.processEvents()  # the language change arrives as an event
    after = window.status_label.text()
    window.set_language("fi")
    QApplication.processEvents()

    assert "palvelu" in before
    assert "tjänst" in after


def test_a_service_no_longer_listed_leaves_the_detail_pane(window, qtbot):
    """After a search that does not list it, its Refer and Add buttons go away."""
    view = window.search_view
    view.open_service(view.model.service_id(0))
    qtbot.waitUntil(lambda: view.detail_pane.service_id() is not None, timeout=10_000)

    view.search_field.setText("zzzz-ei-mitaan")
    view.run_search()
    qtbot.waitUntil(window.worker.is_idle, timeout=10_000)

    assert view.model.total() == 0
    assert view.detail_pane.service_id() is None
    assert not view.detail_pane.refer_button.isEnabled()
