"""The lazy referral list, dates in the UI language, the receiver picker, pictures."""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QImage

from familjecenter_desktop.db.models import Referral
from familjecenter_desktop.referrals.listing import ReferralFilter
from familjecenter_desktop.ui.referrals.dates import show_date, show_moment
from familjecenter_desktop.ui.referrals.referral_model import ReferralListModel

from .conftest import type_text

PROJECT = Path(__file__).resolve().parents[3]


def test_list_model_fetches_pages_lazily(setting, qtbot, workspace):
    """230 referrals: the model shows 100, then 200, then all 230, on demand."""
    now = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    with workspace.session() as session:
        for number in range(230):
            session.add(
                Referral(
                    version=1,
                    kind="guidance",
                    status="sent",
                    family_ref=f"TT-{number}",
                    sender_unit_id=setting.clinic_id,
                    sender_user_id=setting.nurse.user_id,
                    receiver_service_id=setting.service_id,
                    reasons=["wellbeing"],
                    created_at=now,
                    updated_at=now,
                )
            )
    model = ReferralListModel(setting.view.worker)
    model.set_query(workspace, setting.nurse, ReferralFilter(), "fi")
    setting.settle(qtbot)
    sizes = [model.rowCount()]

    while model.canFetchMore():
        model.fetchMore()
        setting.settle(qtbot)
        sizes.append(model.rowCount())

    assert sizes == [100, 200, 230]
    assert len({model.row_at(r).id for r in range(230)}) == 230


def test_scrolling_the_table_loads_the_next_page(setting, qtbot, workspace):
    """The table asks for more rows when scrolled to the end."""
    now = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
    with workspace.session() as session:
        for number in range(150):
            session.add(
                Referral(
                    version=1,
                    kind="guidance",
                    status="draft",
                    family_ref=f"S-{number}",
                    sender_unit_id=setting.clinic_id,
                    sender_user_id=setting.nurse.user_id,
                    receiver_org_id=setting.counselling_id,
                    reasons=["wellbeing"],
                    created_at=now,
                    updated_at=now,
                )
            )
    view = setting.view
    view.show()
    view.set_actor(setting.nurse)
    setting.settle(qtbot)
    first = view.list.model.rowCount()

    view.list.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 150, timeout=20_000)
    setting.settle(qtbot)

    assert first == 100
    assert "150" in view.list.count.text()


@pytest.mark.parametrize(
    ("lang", "day", "moment"),
    [
        ("fi", "4.12.2026", "4.12.2026 11.05"),
        ("sv", "2026-12-04", "2026-12-04 11:05"),
        ("en", "4 Dec 2026", "4 Dec 2026 11:05"),
    ],
)
def test_dates_follow_the_ui_language(lang, day, moment, qapp):
    """Finnish, Swedish and English dates; moments in Finnish time."""
    locale = QLocale(lang)

    assert show_date(date(2026, 12, 4), locale) == day
    assert show_moment(datetime(2026, 12, 4, 9, 5, tzinfo=UTC), locale) == moment


def test_receiver_picker_finds_services_and_units_by_keyboard(window, qtbot):
    """Typing finds the counselling service; Down and Enter choose it."""
    from familjecenter_desktop.ui.referrals.receiver_picker import ReceiverPicker

    picker = ReceiverPicker(window.worker, window.workspace, "fi")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.search.setFocus()

    type_text(qtbot, picker.search, "perheneuvola")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.services.count() > 0, timeout=20_000)
    qtbot.waitUntil(window.worker.is_idle, timeout=20_000)
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.services, Qt.Key.Key_Return)

    assert picker.chosen is not None
    assert picker.chosen.service_id == window.ids["counselling"]
    assert "Perheneuvola" in picker.chosen.label


def test_screenshots_go_where_they_are_asked_to(workspace, qtbot, tmp_path):
    """The screenshot script writes only into the folder it is given."""
    spec = importlib.util.spec_from_file_location(
        "referral_screenshots", PROJECT / "packaging" / "referral_screenshots.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from tests.ui.conftest import build_catalogue

    with workspace.session() as session:
        build_catalogue(session)

    shots = module.shoot_referrals(workspace, "sv", tmp_path)

    assert [p.parent for p in shots] == [tmp_path, tmp_path]
    assert all(QImage(str(p)).width() >= 1000 for p in shots)
