"""Made-up locations: addresses, phone numbers and opening hours.

Most locations keep regular weekday hours; some add an evening or a Saturday,
some close for the summer (an exception) or on a public holiday, and a few
receive visitors by appointment only.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, time

from familjecenter_desktop.synthetic import vocabulary as v
from familjecenter_desktop.synthetic.rows import CatalogueRows, local, source_columns
from familjecenter_desktop.synthetic.texts import make_place

HOURS = [
    [(time(8), time(16))],
    [(time(8), time(11)), (time(12), time(15, 30))],
    [(time(9), time(12))],
    [(time(17), time(19, 30))],
    [(time(6, 30), time(17, 30))],
]
BUILDINGS = [
    ("perhekeskus", "familjecenter", "family centre"),
    ("terveysasema", "hälsostation", "health centre"),
    ("päiväkoti", "daghem", "day-care centre"),
    ("nuorisotalo", "ungdomsgård", "youth house"),
    ("seurakuntatalo", "församlingshem", "parish hall"),
    ("kirjasto", "bibliotek", "library"),
    ("koulu", "skola", "school"),
]


class _Ids:
    """Running ids for the child tables."""

    def __init__(self) -> None:
        self.address = 0
        self.contact = 0
        self.hours = 0
        self.interval = 0


def _channel(row_id: int, org: int, kind: str, name: dict) -> dict:
    return {
        "id": row_id,
        "organisation_id": org,
        "kind": kind,
        "name": name,
        "summary": {},
        "description": {},
        "url": {},
        "languages": ["fi", "sv"],
        "accessibility": {},
        "extra": {},
        **source_columns("channel", row_id),
    }


def _hours(rows: CatalogueRows, ids: _Ids, rng: random.Random, channel: int) -> None:
    ids.hours += 1
    by_appointment = rng.random() < 0.05
    rows.add("opening_hours", _hours_row(ids.hours, channel, "standard", 0))
    rows.tables["opening_hours"][-1]["by_appointment"] = by_appointment
    days = range(6) if rng.random() < 0.1 else range(5)
    spans = rng.choice(HOURS)
    for day in days:
        for opens, closes in spans:
            ids.interval += 1
            rows.add(
                "opening_interval",
                {
                    "id": ids.interval,
                    "hours_id": ids.hours,
                    "weekday": day,
                    "opens": opens,
                    "closes": closes,
                },
            )

    if rng.random() < 0.1:
        ids.hours += 1
        summer = _hours_row(ids.hours, channel, "exception", 1)
        summer.update(
            valid_from=date(2027, 7, 1),
            valid_to=date(2027, 7, 31),
            closed=True,
            info=local("Suljettu heinäkuussa", "Stängt i juli", "Closed in July"),
        )
        rows.add("opening_hours", summer)
    if rng.random() < 0.1:
        ids.hours += 1
        holiday = _hours_row(ids.hours, channel, "holiday", 2)
        eve = date(2026, 12, 24)
        holiday.update(
            valid_from=eve, valid_to=eve, closed=True, holiday_key="christmas_eve"
        )
        rows.add("opening_hours", holiday)


def _hours_row(row_id: int, channel: int, kind: str, position: int) -> dict:
    return {
        "id": row_id,
        "channel_id": channel,
        "kind": kind,
        "valid_from": None,
        "valid_to": None,
        "closed": False,
        "always_open": False,
        "by_appointment": False,
        "holiday_key": None,
        "info": {},
        "position": position,
    }


def _contact(ids: _Ids, channel: int, kind: str, value: str) -> dict:
    ids.contact += 1
    return {
        "id": ids.contact,
        "channel_id": channel,
        "service_id": None,
        "kind": kind,
        "value": value,
        "language": None,
        "label": {},
        "charge_type": "charged" if kind == "phone" else None,
        "charge_info": {},
        "is_service_number": False,
        "position": 0,
    }


def add_locations(
    rows: CatalogueRows,
    rng: random.Random,
    count: int,
    orgs_by_code: dict[str, list[int]],
) -> dict[str, list[int]]:
    """``count`` locations and a phone line per five; channel ids by municipality."""
    ids = _Ids()
    by_code: dict[str, list[int]] = defaultdict(list)
    phones = max(1, count // 5)
    for channel in range(1, count + phones + 1):
        place = make_place(rng)
        org = rng.choice(orgs_by_code[place.code])
        number = f"02 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if channel > count:
            name = local(
                f"{place.municipality_genitive} perhekeskuksen neuvontapuhelin",
                f"Familjecentrets rådgivningstelefon i {place.municipality_sv}",
                f"{place.municipality_fi} family centre helpline",
            )
            rows.add("channel", _channel(channel, org, "phone", name))
            rows.add("contact_point", _contact(ids, channel, "phone", number))
            _hours(rows, ids, rng, channel)
            by_code["phone:" + place.code].append(channel)
            continue

        fi, sv, en = rng.choice(BUILDINGS)
        name = local(
            f"{place.district_genitive} {fi}",
            f"{place.district} {sv}",
            f"{place.district} {en}",
        )
        rows.add("channel", _channel(channel, org, "location", name))
        ids.address += 1
        street = place.district + rng.choice(v.STREET_ENDINGS)
        rows.add(
            "address",
            {
                "id": ids.address,
                "channel_id": channel,
                "kind": "visiting",
                "street": {"fi": street, "sv": street},
                "street_number": str(rng.randint(1, 120)),
                "po_box": {},
                "postal_code": f"2{rng.randint(0, 9999):04d}",
                "post_office": {"fi": place.municipality_fi.upper()},
                "municipality_code": place.code,
                "latitude": round(60.2 + rng.random() * 0.9, 5),
                "longitude": round(21.3 + rng.random() * 2.0, 5),
                "additional_info": {},
                "entrance_accessibility": {},
                "position": 0,
            },
        )
        rows.add("contact_point", _contact(ids, channel, "phone", number))
        _hours(rows, ids, rng, channel)
        by_code[place.code].append(channel)
    return by_code
