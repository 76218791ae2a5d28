"""UI fixtures: a clinic, a counselling service and staff, and a Referrals view."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from familjecenter_desktop.db.models import Service
from familjecenter_desktop.referrals import accounts, actors
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.ui.referrals.referrals_view import ReferralsView

PASSWORD = "correct horse battery"


@dataclass
class Setting:
    """The made-up places and people of the window tests."""

    view: ReferralsView
    admin: Actor
    nurse: Actor
    colleague: Actor
    coordinator: Actor
    service_id: int
    clinic_id: int
    counselling_id: int

    def settle(self, qtbot) -> None:
        """Wait until every job of the view's worker has reported back."""
        qtbot.waitUntil(self.view.worker.is_idle, timeout=20_000)


@pytest.fixture
def setting(workspace, qtbot) -> Setting:
    """The view in English (whatever an earlier test left installed)."""
    from familjecenter_desktop.ui.i18n import Translations

    Translations().install("en")
    admin = accounts.create_first_admin(
        workspace, "admin", "Testi Ylläpitäjä", PASSWORD
    )
    clinic = actors.add_unit(workspace, admin, {"fi": "Lastenneuvola"})
    counselling = actors.add_unit(workspace, admin, {"fi": "Perheneuvola"})
    with workspace.session() as session:
        service = Service(
            name={"fi": "Perheneuvonta", "sv": "Familjerådgivning"},
            organisation_id=counselling,
        )
        session.add(service)
        session.flush()
        service_id = service.id

    def user(name: str, display: str, role: str) -> Actor:
        accounts.create_user(workspace, admin, name, display, role, clinic, PASSWORD)
        return accounts.authenticate(workspace, name, PASSWORD)

    view = ReferralsView()
    qtbot.addWidget(view)
    view.attach(workspace)
    view.resize(1000, 760)
    yield Setting(
        view=view,
        admin=admin,
        nurse=user("nurse", "Testi Hoitaja", "nurse"),
        colleague=user("sw", "Testi Sosiaalityöntekijä", "social_worker"),
        coordinator=user("coord", "Testi Koordinaattori", "coordinator"),
        service_id=service_id,
        clinic_id=clinic,
        counselling_id=counselling,
    )
    view.worker.wait_idle()
    view.worker.shutdown()


def type_text(qtbot, widget, text: str) -> None:
    """Type character by character (keyClicks aborts on non-ASCII text)."""
    for char in text:
        qtbot.keyClick(widget, char)


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)
