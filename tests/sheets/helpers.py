"""Sheet-test helpers: reading PDFs back (text, fonts, pages) and decoding QR codes.

The sheet tests load this file by path (pytest runs in importlib mode, so the
test folders are not packages).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, time
from pathlib import Path
from typing import NamedTuple

import pytest

from familjecenter_desktop.sheets.model import (
    HoursDay,
    SheetLink,
    SheetLocation,
    SheetPhone,
    SheetService,
)

# Direction marks pdftotext adds, and invisible joiners (ZWNJ in Persian) that
# have no glyph to read back.
BIDI_MARKS = dict.fromkeys(
    map(ord, "\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u200c\u200d")
)
PRINTED_ON = date(2026, 12, 4)

_spec = importlib.util.spec_from_file_location(
    "ui_test_data", Path(__file__).resolve().parents[1] / "ui" / "conftest.py"
)
ui_test_data = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ui_test_data)


PASSWORD = "correct horse battery"
SECRET_NOTE = "Sisäinen huomio: ei perheelle"


class MadeUpReferral(NamedTuple):
    """A referral from a clinic nurse to family counselling, and who may act."""

    nurse: object
    admin: object
    coordinator: object
    referral_id: int


def made_up_referral(workspace, **changes) -> MadeUpReferral:
    """A nurse's referral with an internal note to a counselling service (named
    in Finnish and Arabic); ``changes`` go into the referral input."""
    from familjecenter_desktop.db.models import Service
    from familjecenter_desktop.referrals import accounts, actors
    from familjecenter_desktop.referrals.records import create_referral

    spec = importlib.util.spec_from_file_location(
        "referral_test_helpers",
        Path(__file__).resolve().parents[1] / "referrals" / "helpers.py",
    )
    referral_helpers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(referral_helpers)

    admin = accounts.create_first_admin(
        workspace, "admin", "Testi Ylläpitäjä", PASSWORD
    )
    clinic = actors.add_unit(workspace, admin, {"fi": "Lastenneuvola"})
    counselling = actors.add_unit(workspace, admin, {"fi": "Perheneuvola"})
    with workspace.session() as session:
        service = Service(
            name={"fi": "Perheneuvonta", "ar": "الإرشاد الأسري"},
            organisation_id=counselling,
        )
        session.add(service)
        session.flush()
        service_id = service.id
    for username, role in (("nurse", "nurse"), ("coord", "coordinator")):
        accounts.create_user(
            workspace, admin, username, f"Testi {username}", role, clinic, PASSWORD
        )
    nurse = accounts.authenticate(workspace, "nurse", PASSWORD)
    values = dict(note=SECRET_NOTE, follow_up_on=date(2026, 12, 18))
    values.update(changes)
    referral = referral_helpers.referral_input(service_id, **values)
    view = create_referral(workspace, nurse, referral)
    coordinator = accounts.authenticate(workspace, "coord", PASSWORD)
    return MadeUpReferral(nurse, admin, coordinator, view.id)


def access_log_actions(workspace, referral_id: int) -> list[str]:
    """The access-log actions of one referral, oldest first."""
    from sqlalchemy import select

    from familjecenter_desktop.db.models import AccessLogEntry

    with workspace.session() as session:
        return list(
            session.scalars(
                select(AccessLogEntry.action)
                .where(AccessLogEntry.referral_id == referral_id)
                .order_by(AccessLogEntry.id)
            )
        )


def need(tool: str) -> str:
    """The path of a poppler tool; CI installs poppler-utils, so missing fails."""
    found = shutil.which(tool)
    if found is None:
        pytest.fail(f"{tool} not found: install poppler-utils")
    return found


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The text poppler's pdftotext reads from ``pdf``, NFKC-normalised (Arabic
    presentation forms become plain letters), bidi marks removed."""
    path = tmp_path / "readback.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [need("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return unicodedata.normalize("NFKC", out).translate(BIDI_MARKS)


def squeeze(text: str) -> str:
    """``text`` without any whitespace or joiners, to compare across line breaks."""
    return re.sub(r"\s+", "", text.translate(BIDI_MARKS))


def body_text(text: str, *footer_words: str) -> str:
    """``text`` without the page footer lines (those holding a footer word; in
    right-to-left footers the extractor may move the word to the line's end)."""
    return "\n".join(
        line
        for line in text.splitlines()
        if not any(word in line for word in footer_words)
    )


def page_images(pdf: bytes, tmp_path: Path, dpi: int = 200) -> list[Path]:
    """The pages rendered to PNG files by pdftoppm."""
    path = tmp_path / "render.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        [need("pdftoppm"), "-r", str(dpi), "-png", str(path), str(tmp_path / "page")],
        check=True,
    )
    return sorted(tmp_path.glob("page*.png"))


def decode_qr(pdf: bytes, tmp_path: Path) -> list[str]:
    """Every QR code found on the rendered pages, page by page."""
    import zxingcpp
    from PIL import Image

    found: list[str] = []
    for image in page_images(pdf, tmp_path):
        for result in zxingcpp.read_barcodes(Image.open(image)):
            found.append(result.text)
    return found


def two_weeks(start: date = PRINTED_ON) -> tuple[HoursDay, ...]:
    days = []
    for offset in range(14):
        day = date.fromordinal(start.toordinal() + offset)
        open_day = day.weekday() < 5
        days.append(HoursDay(day, ((time(8), time(16)),) if open_day else ()))
    return tuple(days)


def made_up_service(**changes) -> SheetService:
    """A made-up service with every field filled."""
    values = dict(
        name="Perheneuvola",
        organisation="Esimerkkilän kaupunki",
        summary="Tukea perheille arjen pulmiin.",
        description="Perheneuvolassa voi puhua lapsen kasvusta ja perheen arjesta.",
        eligibility="Lapsiperheet, joiden lapsi on alle 18-vuotias.",
        user_instruction="Varaa aika puhelimella. Ota mukaan Kela-kortti.",
        charge_type="free",
        charge_info="",
        locations=(
            SheetLocation(
                name="Perheneuvola, Keskusta",
                address_lines=("Esimerkkikatu 1", "00900 Esimerkkilä"),
                accessibility="Sisäänkäynti ilman portaita.",
                phones=(SheetPhone("09 123 4567", "Ajanvaraus"),),
                hours=two_weeks(),
            ),
        ),
        web_pages=(SheetLink("https://esimerkki.invalid/perheneuvola"),),
        source="ptv",
        last_updated=datetime(2026, 11, 1, 9, 0),
        verified_at=datetime(2026, 11, 1, 9, 0),
    )
    values.update(changes)
    return SheetService(**values)


# --- three real services from the shared PTV records ----------------------------

REAL_SERVICES = (
    "228738ee",  # Etsivä nuorisotyö: a phone channel and a web page
    "4b9f3ded",  # Tilapäinen päivähoito: two day-care locations with web pages
    "f8d7f555",  # Avustajapalvelut ja apuvälineet: a phone and an e-service
)
CHARGE_TYPES = {"FreeOfCharge": "free", "Chargeable": "charged"}


def _fi(items, kind=None) -> str:
    for item in items or []:
        if item.get("language") == "fi" and (kind is None or item.get("type") == kind):
            return (item.get("value") or "").strip()
    return ""


def _phones(channel) -> tuple[SheetPhone, ...]:
    return tuple(
        SheetPhone(f"{p.get('prefixNumber') or ''} {p['number']}".strip())
        for p in channel.get("phoneNumbers") or []
        if p.get("number")
    )


def real_service(shared_data: Path, prefix: str, hours=None) -> SheetService:
    """A real PTV service record (and its channels) as sheet data, texts as held."""
    import json

    records = shared_data / "ptv-api-records"
    record = json.loads(
        next((records / "services").glob(f"{prefix}*.json")).read_text("utf-8")
    )
    texts = record["serviceDescriptions"]
    web, e_services, locations, phones = [], [], [], []
    for link in record.get("serviceChannels") or []:
        path = records / "servicechannels" / f"{link['serviceChannel']['id']}.json"
        if not path.exists():
            continue
        channel = json.loads(path.read_text("utf-8"))
        kind = channel["serviceChannelType"]
        urls = [SheetLink(w["url"], w.get("value") or "") for w in channel["webPages"]]
        if kind == "WebPage":
            web.extend(urls)
        elif kind == "EChannel":
            e_services.extend(urls)
        elif kind == "Phone":
            phones.extend(_phones(channel))
        elif kind == "ServiceLocation":
            street = (channel.get("addresses") or [{}])[0].get("streetAddress") or {}
            number = street.get("streetNumber") or ""
            postal = street.get("postalCode") or ""
            lines = (
                f"{_fi(street.get('street'))} {number}".strip(),
                f"{postal} {_fi(street.get('postOffice'))}",
            )
            locations.append(
                SheetLocation(
                    name=_fi(channel["serviceChannelNames"]),
                    address_lines=lines,
                    phones=_phones(channel),
                    hours=hours,
                    web_pages=tuple(urls),
                )
            )
    modified = datetime.fromisoformat(record["modified"].replace("Z", "+00:00"))
    return SheetService(
        name=_fi(record["serviceNames"], "Name"),
        summary=_fi(texts, "Summary"),
        description=_fi(texts, "Description"),
        user_instruction=_fi(texts, "UserInstruction"),
        charge_type=CHARGE_TYPES.get(record.get("serviceChargeType") or ""),
        charge_info=_fi(texts, "ChargeTypeAdditionalInfo"),
        locations=tuple(locations),
        phones=tuple(phones),
        web_pages=tuple(web),
        e_services=tuple(e_services),
        source="ptv",
        last_updated=modified,
        verified_at=modified,
    )
