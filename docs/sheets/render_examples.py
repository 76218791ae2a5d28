"""Render the example sheets in ``docs/sheets``: each kind in Finnish and Arabic.

    .venv/bin/python docs/sheets/render_examples.py

Uses three real PTV services from ``../shared/data`` (read by the sheet tests'
helper) and a made-up referral, prints with a fixed date, and turns every page
into a PNG with ``pdftoppm`` (poppler-utils).
"""

from __future__ import annotations

import importlib.util
import logging
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

from familjecenter_desktop.sheets.build import build_sheet
from familjecenter_desktop.sheets.model import SheetOptions, SheetReferral

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
PROJECT = HERE.parents[1]
SHARED = PROJECT.parent / "shared" / "data"


def _helpers():
    spec = importlib.util.spec_from_file_location(
        "sheet_test_helpers", PROJECT / "tests" / "sheets" / "helpers.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    helpers = _helpers()
    hours = helpers.two_weeks()
    services = [helpers.real_service(SHARED, p, hours) for p in helpers.REAL_SERVICES]
    referral = SheetReferral(
        service=services[0],
        referred_on=date(2026, 12, 3),
        contact_by=date(2026, 12, 10),
        contact_name="Perhekeskuksen neuvonta",
        contact_phone="02 435 0000",
        worker_name="Testi Työntekijä",
    )
    for lang in ("fi", "ar"):
        if lang != "fi":  # the records hold Finnish only: marked on the sheet
            services = [replace(s, other_language="fi") for s in services]
            referral = replace(referral, service=services[0])
        for kind in ("service", "card", "referral"):
            options = SheetOptions(
                kind=kind,
                lang=lang,
                site_name="Perhekeskus Naantali",
                note="Soita ensin & kysy <aikaa>." if kind == "service" else "",
                printed_on=date(2026, 12, 4),
            )
            if kind == "referral":
                sheet = build_sheet(options, referral=referral)
            else:
                sheet = build_sheet(options, services)
            pdf = HERE / f"{kind}-{lang}.pdf"
            pdf.write_bytes(sheet.pdf)
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    "70",
                    "-png",
                    str(pdf),
                    str(HERE / f"{kind}-{lang}"),
                ],
                check=True,
            )
            pdf.unlink()
            print(f"{kind}-{lang}: {sheet.pages} pages")


if __name__ == "__main__":
    main()
