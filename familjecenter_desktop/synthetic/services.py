"""Made-up services with their links: locations, categories, tasks and classes."""

from __future__ import annotations

import random

from familjecenter_desktop.synthetic import vocabulary as v
from familjecenter_desktop.synthetic.rows import CatalogueRows, source_columns
from familjecenter_desktop.synthetic.texts import TextMaker, make_place

AGES = {
    "child_clinic": (0, 84), "maternity_clinic": (None, 0), "daycare": (9, 84),
    "ecec": (9, 84), "family_daycare": (9, 84), "preschool": (72, 84),
    "school_nurse": (84, 192), "student_health": (192, 240),
    "youth_centre": (144, 348), "outreach_youth": (180, 348),
    "music_play": (0, 84), "sports_club": (36, 156), "baby_family_work": (0, 24),
}  # fmt: skip
YOUTH = {"youth_centre", "outreach_youth", "student_health", "school_nurse"}
LANGUAGE_SETS = [["fi"], ["fi"], ["fi", "sv"], ["fi", "sv", "en"], ["sv"],
                 ["fi", "en", "ru", "ar"], ["fi", "so", "uk"]]  # fmt: skip


def _service_row(row_id: int, org: int, kind: tuple, texts: dict, rng) -> dict:
    key = kind[0]
    min_age, max_age = AGES.get(key, (None, None))
    charge = rng.choice(["free", "free", "free", "charged", None])
    return {
        "id": row_id,
        "organisation_id": org,
        "alternative_name": {},
        "eligibility": {},
        "other_texts": {},
        "service_type": "Service",
        "funding_type": "PubliclyFunded",
        "charge_type": charge,
        "charge_info": {},
        "fees": [],
        "languages": rng.choice(LANGUAGE_SETS),
        "min_age_months": min_age,
        "max_age_months": max_age,
        "area_type": "LimitedType",
        "general_description_id": None,
        "placed_by_hand": False,
        "verified_at": None,
        **texts,
        **source_columns("service", row_id),
    }


def _links(rows: CatalogueRows, service: int, kind: tuple, channels: list[int]):
    key, *_names, category, tasks, service_class = kind
    for channel in sorted(set(channels)):
        rows.add("service_channel", {"service_id": service, "channel_id": channel})
    rows.add(
        "service_category",
        {"service_id": service, "category_key": category, "by_hand": False},
    )
    for task in tasks:
        rows.add(
            "service_task", {"service_id": service, "task_key": task, "by_hand": False}
        )

    codes = [("service_class", service_class), ("target_group", "KR1.2")]
    if key in YOUTH:
        codes.append(("target_group", "KR1.3"))
    if key in ("maternity_clinic", "childbirth", "baby_family_work"):
        codes.append(("life_event", "KE1"))
    for scheme, code in codes:
        rows.add(
            "service_classification",
            {
                "id": rows.count("service_classification") + 1,
                "service_id": service,
                "scheme": scheme,
                "code": code,
                "uri": None,
            },
        )


def add_services(
    rows: CatalogueRows,
    rng: random.Random,
    count: int,
    orgs_by_code: dict[str, list[int]],
    channels_by_code: dict[str, list[int]],
) -> None:
    """``count`` services, each at one or two locations of its municipality."""
    texts = TextMaker(rng)
    every_location = [c for k, ids in channels_by_code.items() if ":" not in k
                      for c in ids]  # fmt: skip
    for service in range(1, count + 1):
        kind = rng.choice(v.SERVICE_KINDS)
        audience = rng.choice(v.AUDIENCES)
        place = make_place(rng)
        text = texts.service(kind, audience, place)
        text["area_municipalities"] = [place.code]
        org = rng.choice(orgs_by_code[place.code])
        rows.add("service", _service_row(service, org, kind, text, rng))

        nearby = channels_by_code.get(place.code) or every_location
        channels = [rng.choice(nearby) for _ in range(rng.randint(1, 2))]
        phones = channels_by_code.get("phone:" + place.code)
        if phones and rng.random() < 0.3:
            channels.append(rng.choice(phones))
        _links(rows, service, kind, channels)
