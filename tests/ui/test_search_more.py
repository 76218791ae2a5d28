"""The look-up view says when a search found more services than it lists."""

from sqlalchemy import insert

from familjecenter_desktop.catalogue.search import MAX_HITS
from familjecenter_desktop.catalogue.searchindex import reindex
from familjecenter_desktop.db.models import Service


def test_more_matches_than_listed_are_announced(qtbot, workspace):
    """Typing a word that 250 services share lists the best 200 and says so."""
    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.main_window import MainWindow

    with workspace.session() as session:
        session.execute(
            insert(Service),
            [
                {"name": {"fi": f"Neuvola {i}"}, "source_id": str(i)}
                for i in range(MAX_HITS + 50)
            ],
        )
        reindex(session)
    translations = Translations()
    translations.install("fi")
    window = MainWindow(workspace.settings, translations)
    qtbot.addWidget(window)
    window.show()
    window.attach_workspace(workspace)
    assert window.worker.wait_idle()
    listed_all = window.search_view.count_label.text()

    window.search_view.search_field.setText("neuvola")
    window.search_view.run_search()
    assert window.worker.wait_idle()
    qtbot.waitUntil(lambda: window.search_view.model.total() == MAX_HITS, timeout=3000)
    narrowed = window.search_view.count_label.text()
    window.worker.shutdown()
    translations.install("en")

    assert listed_all == f"{MAX_HITS + 50} palvelua"
    assert narrowed == f"Yli {MAX_HITS} palvelua: tarkenna hakua"
