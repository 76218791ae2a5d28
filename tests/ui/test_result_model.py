"""The result model: pages of ranked ids, rows read lazily and cached."""

from __future__ import annotations

from PySide6.QtCore import Qt

from familjecenter_desktop.catalogue.details import ServiceRow
from familjecenter_desktop.ui.search.result_model import (
    PLACEHOLDER,
    ServiceIdRole,
    ServiceResultModel,
)


class RecordingLoader:
    """Reads rows at once, as the worker would later, and records each batch."""

    def __init__(self, deliver_now: bool = True) -> None:
        self.batches: list[list[int]] = []
        self.pending = []
        self.deliver_now = deliver_now

    def __call__(self, ids, deliver):
        self.batches.append(list(ids))
        rows = [ServiceRow(i, f"Palvelu {i}", "Kunta", "Naantali", "") for i in ids]
        if self.deliver_now:
            deliver(rows)
        else:
            self.pending.append((deliver, rows))


def test_fifty_thousand_ids_are_shown_a_page_at_a_time(qtbot):
    """With 50,000 results only the first page is exposed and read."""
    loader = RecordingLoader()
    model = ServiceResultModel(loader, page_size=100)

    model.set_ids(range(1, 50_001))

    assert model.total() == 50_000
    assert model.rowCount() == 100
    assert model.canFetchMore()
    assert loader.batches == [list(range(1, 101))]
    assert model.cached_rows() == 100


def test_fetch_more_exposes_and_reads_the_next_page(qtbot):
    """Scrolling on asks for the next page only."""
    loader = RecordingLoader()
    model = ServiceResultModel(loader, page_size=100)
    model.set_ids(range(1, 251))

    model.fetchMore()
    model.fetchMore()

    assert model.rowCount() == 250
    assert not model.canFetchMore()
    assert [len(b) for b in loader.batches] == [100, 100, 50]


def test_rows_show_a_placeholder_until_their_page_arrives(qtbot):
    """A row not read yet shows an ellipsis, then its name once delivered."""
    loader = RecordingLoader(deliver_now=False)
    model = ServiceResultModel(loader, page_size=10)
    model.set_ids([7, 8, 9])
    index = model.index(0)
    placeholder = model.data(index)

    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        deliver, rows = loader.pending[0]
        deliver(rows)

    assert placeholder == PLACEHOLDER
    assert model.data(index).startswith("Palvelu 7\n")
    assert model.data(index, ServiceIdRole) == 7


def test_a_new_search_reuses_cached_rows(qtbot):
    """Rows already read are not read again when a later search lists them."""
    loader = RecordingLoader()
    model = ServiceResultModel(loader, page_size=100)
    model.set_ids([1, 2, 3])

    model.set_ids([3, 2, 4])

    assert loader.batches == [[1, 2, 3], [4]]
    assert model.data(model.index(0), Qt.ItemDataRole.DisplayRole).startswith(
        "Palvelu 3"
    )


def test_late_rows_of_an_old_search_do_not_disturb_the_new_one(qtbot):
    """Rows arriving after a newer search are cached but signal nothing."""
    loader = RecordingLoader(deliver_now=False)
    model = ServiceResultModel(loader, page_size=10)
    model.set_ids([1, 2])
    model.set_ids([5])
    changes = []
    model.dataChanged.connect(lambda *args: changes.append(args))

    deliver, rows = loader.pending[0]
    deliver(rows)

    assert changes == []
    assert model.rowCount() == 1
