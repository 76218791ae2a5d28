"""Pictures of the referral form and list for the README, made by a made-up nurse.

Called by ``packaging/screenshots.py`` (``--only referrals``); tests call
``shoot_referrals`` with a temporary folder. Every name and code is made up.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from familjecenter_desktop.catalogue.search import SearchRequest
from familjecenter_desktop.referrals import accounts, actors, consents, records, status
from familjecenter_desktop.referrals.validation import ReferralInput
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.main_window import MainWindow
from familjecenter_desktop.ui.search import queries

log = logging.getLogger(__name__)

PASSWORD = "Kuvakaappaus-2026"
QUERIES = ("perheneuvola", "perheneuvonta", "neuvola", "")


def nurse_of(workspace):
    """The made-up nurse (and the admin, units and colleagues on the first call)."""
    if not accounts.needs_first_admin(workspace):
        return accounts.authenticate(workspace, "hoitaja", PASSWORD)
    admin = accounts.create_first_admin(workspace, "yllapito", "Ylläpito", PASSWORD)
    clinic = actors.add_unit(
        workspace, admin, {"fi": "Lastenneuvola", "sv": "Barnrådgivningen"}
    )
    accounts.create_user(
        workspace, admin, "hoitaja", "Terhi Testaaja", "nurse", clinic, PASSWORD
    )
    return accounts.authenticate(workspace, "hoitaja", PASSWORD)


def receiver_service(workspace) -> int:
    """A family counselling service of the catalogue (or any service)."""
    for text in QUERIES:
        ids = queries.search_ids(workspace, SearchRequest(text=text, limit=1))
        if ids:
            return ids[0]
    raise SystemExit("the catalogue has no service to refer to")


def earlier_referrals(workspace, nurse, service_id: int) -> None:
    """A few referrals in other states, so the list shows what it is for."""
    sent = records.create_referral(
        workspace,
        nurse,
        ReferralInput(
            kind="referral_with_consent",
            family_ref="MK-7",
            phones=["+358 (0)40 765 4321"],
            receiver_service_id=service_id,
            reasons=["separation"],
            follow_up_on=date.today() - timedelta(days=3),
        ),
    )
    sent = consents.record_consent(
        workspace,
        nurse,
        sent.id,
        consents.ConsentInput(data=["contact", "situation"], purpose="Yhteydenotto"),
    )
    status.change_status(workspace, nurse, sent.id, sent.version, "send")
    guidance = records.create_referral(
        workspace,
        nurse,
        ReferralInput(
            family_ref="AB",
            receiver_service_id=service_id,
            reasons=["wellbeing"],
        ),
    )
    for action, extra in (("send", {}), ("accept", {})):
        guidance = status.change_status(
            workspace, nurse, guidance.id, guidance.version, action, **extra
        )


def settle(window) -> None:
    window.worker.wait_idle()
    QApplication.processEvents()
    window.worker.wait_idle()
    QApplication.processEvents()


def shoot_referrals(workspace, lang: str, target: Path) -> list[Path]:
    """Save ``referral-form-<lang>.png`` and ``referral-list-<lang>.png``."""
    first = accounts.needs_first_admin(workspace)
    nurse = nurse_of(workspace)
    service_id = receiver_service(workspace)
    if first:
        earlier_referrals(workspace, nurse, service_id)
    translations = Translations()
    translations.install(lang)
    window = MainWindow(workspace.settings, translations)
    window.resize(1280, 860)
    window.show()
    window.attach_workspace(workspace)
    settle(window)
    view = window.referrals_view
    view.set_actor(nurse)
    window.refer_requested.emit(service_id)
    settle(window)

    form = view.form
    form.kind.setCurrentIndex(form.kind.findData("referral_with_consent"))
    form.family_ref.setText("TT-1" if lang == "fi" else "TT-2")
    form.phones.setText("+358 (0)40 123 4567")
    form.language.setText("sv" if lang == "sv" else "fi")
    form.contact_how.setText("puhelimitse" if lang == "fi" else "per telefon")
    form.reasons["parenthood"].setChecked(True)
    form.identity_code.setText("010101A90")  # half typed: the form says why
    QApplication.processEvents()
    target.mkdir(parents=True, exist_ok=True)
    shots = [target / f"referral-form-{lang}.png", target / f"referral-list-{lang}.png"]
    window.grab().save(str(shots[0]))

    form.identity_code.clear()
    form.save()
    settle(window)
    settle(window)
    window.grab().save(str(shots[1]))
    window.worker.shutdown()
    window.deleteLater()
    translations.install("en")
    return shots
