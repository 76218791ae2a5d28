"""Writing a made-up catalogue as PTV Open API JSON, for the import benchmark.

The layout mirrors the real records in ``shared/data/ptv-api-records``: one file
per record in ``services/``, ``servicechannels/`` and ``organizations/``, named
by the record's id, in the Open API v11 shape.
"""

from __future__ import annotations

import json
import logging
import shutil
import uuid
from collections import defaultdict
from pathlib import Path

from familjecenter_desktop.synthetic.rows import CatalogueRows

log = logging.getLogger(__name__)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"]  # fmt: skip
CHARGE = {"free": "Free", "charged": "Chargeable", None: None}
MODIFIED = "2026-11-30T22:00:00.000"
_KIND_NUMBER = {"service": 1, "channel": 2, "organisation": 3}


def record_id(kind: str, row_id: int) -> str:
    """A stable made-up GUID for a row."""
    return str(uuid.UUID(int=(_KIND_NUMBER[kind] << 96) | row_id))


def _texts(mapping: dict[str, str], kind: str) -> list[dict]:
    return [{"language": lang, "value": text, "type": kind} for lang, text in
            mapping.items()]  # fmt: skip


def _names(mapping: dict[str, str]) -> list[dict]:
    return [{"language": lang, "value": text} for lang, text in mapping.items()]


def _area(codes: list[str]) -> list[dict]:
    municipalities = [{"code": code, "name": []} for code in codes]
    return [{"type": "Municipality", "municipalities": municipalities}]


def service_record(row: dict, links: dict, classes: list[dict]) -> dict:
    """One service in the Open API shape."""
    by_scheme = defaultdict(list)
    for item in classes:
        by_scheme[item["scheme"]].append(
            {"code": item["code"], "name": [], "uri": None, "ontologyType": None}
        )
    descriptions = (
        _texts(row["summary"], "Summary")
        + _texts(row["description"], "Description")
        + _texts(row["user_instruction"], "UserInstruction")
    )
    return {
        "id": record_id("service", row["id"]),
        "sourceId": row["source_id"],
        "type": "Service",
        "fundingType": row["funding_type"],
        "serviceNames": _texts(row["name"], "Name"),
        "serviceDescriptions": descriptions,
        "serviceChargeType": CHARGE[row["charge_type"]],
        "areaType": row["area_type"],
        "areas": _area(row["area_municipalities"]),
        "languages": row["languages"],
        "keywords": [
            {"language": lang, "value": word}
            for lang, words in row["keywords"].items()
            for word in words
        ],
        "serviceClasses": by_scheme["service_class"],
        "targetGroups": by_scheme["target_group"],
        "lifeEvents": by_scheme["life_event"],
        "ontologyTerms": [],
        "industrialClasses": [],
        "requirements": [],
        "organizations": [
            {
                "organization": {"id": record_id("organisation", links["org"])},
                "roleType": "Responsible",
            }
        ],
        "serviceChannels": [
            {"serviceChannel": {"id": record_id("channel", c)}}
            for c in links["channels"]
        ],
        "publishingStatus": "Published",
        "modified": MODIFIED,
    }


def _hours(hours: list[dict], intervals: dict[int, list[dict]]) -> list[dict]:
    kinds = {"standard": "DaysOfTheWeek", "exception": "Exception",
             "holiday": "Exception"}  # fmt: skip
    out = []
    for item in hours:
        opening = [
            {
                "dayFrom": WEEKDAYS[i["weekday"]],
                "dayTo": "",
                "from": i["opens"].strftime("%H:%M:%S"),
                "to": i["closes"].strftime("%H:%M:%S"),
            }
            for i in intervals.get(item["id"], [])
        ]
        out.append(
            {
                "serviceHourType": kinds[item["kind"]],
                "validFrom": item["valid_from"] and item["valid_from"].isoformat(),
                "validTo": item["valid_to"] and item["valid_to"].isoformat(),
                "isClosed": item["closed"],
                "validForNow": item["kind"] == "standard",
                "additionalInformation": _names(item["info"]),
                "openingHour": opening,
            }
        )
    return out


def channel_record(row: dict, children: dict) -> dict:
    """One service channel (location or phone) in the Open API shape."""
    kind = "ServiceLocation" if row["kind"] == "location" else "Phone"
    addresses = []
    for address in children["addresses"]:
        street = {
            "street": _names(address["street"]),
            "streetNumber": address["street_number"],
            "postalCode": address["postal_code"],
            "postOffice": _names(address["post_office"]),
            "municipality": {"code": address["municipality_code"], "name": []},
            "additionalInformation": [],
            "latitude": str(address["latitude"]),
            "longitude": str(address["longitude"]),
        }
        addresses.append(
            {
                "type": "Location",
                "subType": "Single",
                "streetAddress": street,
                "country": "FI",
            }  # fmt: skip
        )
    phones = [
        {
            "type": "Phone",
            "serviceChargeType": "Chargeable",
            "prefixNumber": "+358",
            "isFinnishServiceNumber": False,
            "number": point["value"].replace(" ", "").lstrip("0"),
            "language": "fi",
        }
        for point in children["contacts"]
    ]
    return {
        "id": record_id("channel", row["id"]),
        "sourceId": row["source_id"],
        "serviceChannelType": kind,
        "organizationId": record_id("organisation", row["organisation_id"]),
        "serviceChannelNames": _texts(row["name"], "Name"),
        "serviceChannelDescriptions": [],
        "languages": row["languages"],
        "phoneNumbers": phones,
        "emails": [],
        "webPages": [],
        "addresses": addresses,
        "serviceHours": _hours(children["hours"], children["intervals"]),
        "publishingStatus": "Published",
        "modified": MODIFIED,
    }


def organisation_record(row: dict) -> dict:
    """One organisation in the Open API shape."""
    parent = row["parent_id"]
    return {
        "id": record_id("organisation", row["id"]),
        "sourceId": row["source_id"],
        "parentOrganizationId": parent and record_id("organisation", parent),
        "organizationType": row["kind"],
        "municipality": row["municipality_code"]
        and {"code": row["municipality_code"], "name": []},
        "organizationNames": _texts(row["name"], "Name"),
        "organizationDescriptions": [],
        "emails": [],
        "phoneNumbers": [],
        "webPages": [],
        "addresses": [],
        "publishingStatus": "Published",
        "modified": MODIFIED,
    }


def _children(rows: CatalogueRows) -> dict[int, dict]:
    children: dict[int, dict] = defaultdict(
        lambda: {"addresses": [], "contacts": [], "hours": [], "intervals": {}}
    )
    hours_channel = {}
    for address in rows.tables.get("address", []):
        children[address["channel_id"]]["addresses"].append(address)
    for point in rows.tables.get("contact_point", []):
        children[point["channel_id"]]["contacts"].append(point)
    for hours in rows.tables.get("opening_hours", []):
        children[hours["channel_id"]]["hours"].append(hours)
        hours_channel[hours["id"]] = hours["channel_id"]
    for interval in rows.tables.get("opening_interval", []):
        channel = hours_channel[interval["hours_id"]]
        children[channel]["intervals"].setdefault(interval["hours_id"], []).append(
            interval
        )
    return children


def write_ptv_catalogue(rows: CatalogueRows, folder: Path) -> dict[str, int]:
    """Write the rows as PTV JSON files under ``folder``; return counts by type."""
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    for sub in ("services", "servicechannels", "organizations"):
        (partial / sub).mkdir(parents=True)

    links: dict[int, dict] = defaultdict(lambda: {"org": None, "channels": []})
    for link in rows.tables.get("service_channel", []):
        links[link["service_id"]]["channels"].append(link["channel_id"])
    classes = defaultdict(list)
    for item in rows.tables.get("service_classification", []):
        classes[item["service_id"]].append(item)

    counts = {"services": 0, "servicechannels": 0, "organizations": 0}
    for row in rows.tables.get("organisation", []):
        _dump(partial / "organizations", organisation_record(row))
        counts["organizations"] += 1
    children = _children(rows)
    for row in rows.tables.get("channel", []):
        _dump(partial / "servicechannels", channel_record(row, children[row["id"]]))
        counts["servicechannels"] += 1
    for row in rows.tables.get("service", []):
        service_links = links[row["id"]]
        service_links["org"] = row["organisation_id"]
        _dump(
            partial / "services",
            service_record(row, service_links, classes[row["id"]]),
        )
        counts["services"] += 1

    shutil.rmtree(folder, ignore_errors=True)
    partial.rename(folder)
    log.info("synthetic PTV catalogue written: %d services", counts["services"])
    return counts


def _dump(folder: Path, record: dict) -> None:
    path = folder / f"{record['id']}.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
