"""Newer PTV channel shapes (v9–v11): street addresses, entrances, e-service links."""

from __future__ import annotations

from pathlib import Path

import pytest

from familjecenter_desktop.catalogue.ptv.channels import (
    is_service_number,
    normalise_channel,
)
from familjecenter_desktop.catalogue.ptv.reader import RawRecord


def _record(data: dict) -> RawRecord:
    base = {
        "id": "bbbbbbbb-0000-4000-8000-000000000002",
        "serviceChannelNames": [
            {"language": "sv", "value": "Rådgivning", "type": "Name"}
        ],
    }
    return RawRecord("channel", Path("v11.json"), None, {**base, **data})


def test_v11_location_with_entrance_and_degrees():
    """A street address in degrees, with a main entrance's accessibility sentences."""
    data = {
        "serviceChannelType": "ServiceLocation",
        "addresses": [
            {
                "type": "Location",
                "subType": "Street",
                "country": "FI",
                "streetAddress": {
                    "street": [{"language": "sv", "value": "Storgatan"}],
                    "streetNumber": "1 A",
                    "postalCode": "00100",
                    "postOffice": [{"language": "sv", "value": "HELSINGFORS"}],
                    "municipality": {"code": "091", "name": []},
                    "latitude": "60.1699",
                    "longitude": "24.9384",
                },
                "entrances": [
                    {
                        "isMainEntrance": True,
                        "accessibilitySentences": [
                            {
                                "sentenceGroup": [
                                    {"language": "sv", "value": "Ingång"}
                                ],
                                "sentence": [
                                    {"language": "sv", "value": "Ramp vid ingången."}
                                ],
                            }
                        ],
                    }
                ],
            }
        ],
        "emails": ["info@example.fi"],
        "phoneNumbers": [
            {
                "number": "10 123 4567",
                "prefixNumber": "+358",
                "serviceChargeType": "Charged",
                "language": "sv",
            }
        ],
    }

    channel = normalise_channel(_record(data))

    address = channel["addresses"][0]
    assert channel["kind"] == "location"
    assert address["street"] == {"sv": "Storgatan"}
    assert address["postal_code"] == "00100"
    assert (address["latitude"], address["longitude"]) == (60.1699, 24.9384)
    assert address["entrance_accessibility"] == {"sv": "Ingång: Ramp vid ingången."}
    assert [c["value"] for c in channel["contacts"]] == [
        "+358 10 123 4567",
        "info@example.fi",
    ]
    assert channel["contacts"][0]["is_service_number"] is True
    assert channel["contacts"][0]["charge_type"] == "charged"


def test_v11_e_service_link():
    """An EChannel's localized web page becomes its URL."""
    data = {
        "serviceChannelType": "EChannel",
        "webPage": [{"language": "fi", "value": "https://asiointi.example.fi/"}],
    }

    channel = normalise_channel(_record(data))

    assert channel["kind"] == "e_service"
    assert channel["url"] == {"fi": "https://asiointi.example.fi/"}


@pytest.mark.parametrize(
    ("prefix", "number", "expected"),
    [
        (None, "0295 000", True),
        (None, "0800 12345", True),
        ("+358", "10 123 4567", True),
        ("+358", "9 310 1234", False),
        ("+358", "40 123 4567", False),
        ("+46", "10 123 4567", False),
    ],
)
def test_service_number_rules(prefix, number, expected):
    """Finnish service numbers are recognised with or without +358."""
    assert is_service_number(prefix, number, False) is expected
