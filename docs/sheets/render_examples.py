"""Render the example sheets and screenshots in ``docs/sheets``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/sheets/render_examples.py

Imports the real PTV records of ``../shared/data`` into a throw-away workspace,
builds each kind of sheet from the catalogue exactly as the application does
(service sheet and discreet card for three real services, the referral sheet
for a made-up referral to one of them) in Finnish and Arabic, printed on a
fixed date, and turns every page into a PNG with ``pdftoppm`` (poppler-utils).
Then it takes offscreen screenshots of the *Guidance sheet* tab and of the
referral-sheet dialog in Finnish.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import select

from familjecenter_desktop.catalogue.ptv.importer import import_ptv_paths
from familjecenter_desktop.db.models import Service
from familjecenter_desktop.referrals import accounts, actors
from familjecenter_desktop.referrals.records import create_referral
from familjecenter_desktop.referrals.validation import ReferralInput
from familjecenter_desktop.sheets.from_catalogue import build_catalogue_sheet
from familjecenter_desktop.sheets.model import SheetOptions
from familjecenter_desktop.sheets.referral_sheet import print_referral_sheet
from familjecenter_desktop.workspace import open_workspace

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]
SHARED = PROJECT.parent / "shared" / "data"
PRINTED_ON = date(2026, 12, 4)
DPI = "80"
PASSWORD = "correct horse battery"
# Etsivä nuorisotyö, Tilapäinen päivähoito, Avustajapalvelut ja apuvälineet
REAL_SERVICES = ("228738ee", "4b9f3ded", "f8d7f555")


def catalogue(folder: Path):
    """A workspace holding the imported PTV records; the three services' ids."""
    workspace = open_workspace(folder, load_demo=False)
    import_ptv_paths(workspace, [SHARED / "ptv-api-records"])
    workspace.settings.set("site_name", "Perhekeskus Naantali")
    with workspace.session() as session:
        by_prefix = {
            s.source_id[:8]: s.id for s in session.scalars(select(Service)).all()
        }
    return workspace, [by_prefix[p] for p in REAL_SERVICES]


def made_up_referral(workspace, service_id: int) -> tuple[object, int]:
    """A nurse's referral (made-up family, preferred language Arabic)."""
    admin = accounts.create_first_admin(
        workspace, "admin", "Testi Ylläpitäjä", PASSWORD
    )
    clinic = actors.add_unit(
        workspace, admin, {"fi": "Perhekeskuksen neuvonta"}, phone="02 435 0000"
    )
    accounts.create_user(
        workspace, admin, "nurse", "Testi Työntekijä", "nurse", clinic, PASSWORD
    )
    nurse = accounts.authenticate(workspace, "nurse", PASSWORD)
    values = ReferralInput(
        kind="referral_with_consent",
        family_ref="TT-1",
        family_names="Testi Testinen",
        language="arabia",
        receiver_service_id=service_id,
        reasons=["parenthood"],
        follow_up_on=date(2026, 12, 10),
    )
    return nurse, create_referral(workspace, nurse, values).id


def to_png(pdf: bytes, stem: str) -> None:
    for old in HERE.glob(f"{stem}-*.png"):
        old.unlink()
    path = HERE / f"{stem}.pdf"
    path.write_bytes(pdf)
    try:
        subprocess.run(
            ["pdftoppm", "-r", DPI, "-png", str(path), str(HERE / stem)], check=True
        )
    finally:
        path.unlink()


def pages(workspace, ids: list[int], nurse, referral_id: int) -> None:
    for lang in ("fi", "ar"):
        for kind in ("service", "card"):
            note = "Soita ensin & kysy <aikaa>." if kind == "service" else ""
            options = SheetOptions(
                kind=kind, lang=lang, note=note, printed_on=PRINTED_ON
            )
            sheet = build_catalogue_sheet(workspace, ids, options)
            to_png(sheet.pdf, f"{kind}-{lang}")
            print(f"{kind}-{lang}: {sheet.pages} pages")
        options = SheetOptions(kind="referral", lang=lang, printed_on=PRINTED_ON)
        sheet = print_referral_sheet(workspace, nurse, referral_id, options)
        to_png(sheet.pdf, f"referral-{lang}")
        print(f"referral-{lang}: {sheet.pages} pages")


def settle(app) -> None:
    """Let posted layout requests run (the preview grows to its pages)."""
    for _ in range(10):
        app.processEvents()


def screenshots(workspace, ids: list[int], nurse, referral_id: int) -> None:
    from PySide6.QtWidgets import QApplication

    from familjecenter_desktop.ui.i18n import Translations
    from familjecenter_desktop.ui.main_window import MainWindow
    from familjecenter_desktop.ui.sheets.referral_print import open_referral_sheet

    app = QApplication.instance() or QApplication(sys.argv)
    Translations().install("fi")
    window = MainWindow(workspace.settings, Translations())
    window.resize(1280, 820)
    window.show()
    window.attach_workspace(workspace)
    window.worker.wait_idle(60_000)
    view = window.sheets_view
    window.tabs.setCurrentWidget(view)
    for service_id in ids:
        view.add_service(service_id)
    window.worker.wait_idle(60_000)
    view.refresh_preview()
    window.worker.wait_idle(60_000)
    settle(app)
    window.grab().save(str(HERE / "tab-fi.png"))

    dialog = open_referral_sheet(window, workspace, nurse, referral_id, window.worker)
    window.worker.wait_idle(60_000)
    settle(app)
    dialog.grab().save(str(HERE / "referral-dialog-fi.png"))
    dialog.close()
    window.worker.shutdown()
    window.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        workspace, ids = catalogue(Path(folder) / "data")
        try:
            nurse, referral_id = made_up_referral(workspace, ids[0])
            pages(workspace, ids, nurse, referral_id)
            screenshots(workspace, ids, nurse, referral_id)
        finally:
            workspace.close()


if __name__ == "__main__":
    main()
