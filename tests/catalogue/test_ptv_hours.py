"""PTV service hours (v7–v11 shapes) as opening-hours sets and intervals."""

from __future__ import annotations

from pathlib import Path

import pytest

from familjecenter_desktop.catalogue.importreport import CatalogueImportError
from familjecenter_desktop.catalogue.ptv.hours import map_service_hours
from familjecenter_desktop.catalogue.ptv.reader import RawRecord


def _map(*entries: dict) -> list[dict]:
    record = RawRecord(
        "channel",
        Path("hours.json"),
        None,
        {"id": "a" * 8, "serviceHours": list(entries)},
    )
    return map_service_hours(record)


def _open(day_from, day_to, start, end, **extra):
    return {"dayFrom": day_from, "dayTo": day_to, "from": start, "to": end, **extra}


def test_split_day_keeps_both_intervals():
    """Monday 8–11 and 12–16 (isExtra) are two intervals."""
    sets = _map(
        {
            "serviceHourType": "Standard",
            "validForNow": True,
            "isClosed": False,
            "openingHour": [
                _open("Monday", "", "08:00:00", "11:00:00"),
                _open("Monday", "", "12:00", "16:00", isExtra=True),
            ],
        }
    )

    assert sets[0]["intervals"] == [[0, "08:00", "11:00"], [0, "12:00", "16:00"]]
    assert sets[0]["kind"] == "standard"
    assert sets[0]["always_open"] is False


def test_day_range_expands_to_each_day():
    """Monday–Friday 8–16 becomes five intervals."""
    sets = _map(
        {
            "serviceHourType": "Standard",
            "openingHour": [_open("Monday", "Friday", "08:00", "16:00")],
        }
    )

    assert sets[0]["intervals"] == [[d, "08:00", "16:00"] for d in range(5)]


def test_over_midnight_standard_and_24_00():
    """Friday 22–02 stays one interval; 24:00 is midnight."""
    sets = _map(
        {
            "serviceHourType": "DaysOfTheWeek",
            "openingHour": [
                _open("Friday", "Saturday", "22:00", "02:00"),
                _open("Saturday", "", "18:00", "24:00"),
            ],
        }
    )

    assert sets[0]["intervals"] == [[4, "22:00", "02:00"], [5, "18:00", "00:00"]]


def test_special_span_over_a_weekend():
    """Special Friday 16:00 to Monday 08:00: evening, two whole days, morning."""
    sets = _map(
        {
            "serviceHourType": "Special",
            "openingHour": [_open("Friday", "Monday", "16:00", "08:00")],
        }
    )

    assert sets[0]["intervals"] == [
        [0, "00:00", "08:00"],
        [4, "16:00", "00:00"],
        [5, "00:00", "00:00"],
        [6, "00:00", "00:00"],
    ]


def test_round_the_clock_and_empty_standard_are_always_open():
    """A week of 00:00–00:00, or a standard set with no openings, is always open."""
    week = [
        _open(day, "", "00:00", "00:00")
        for day in (
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        )
    ]

    sets = _map(
        {"serviceHourType": "Standard", "openingHour": week},
        {"serviceHourType": "Standard", "openingHour": []},
    )

    assert [s["always_open"] for s in sets] == [True, True]


def test_closed_exception_with_dates_in_finnish_time():
    """A closed exception keeps its dates; a UTC evening moment is the next day here."""
    sets = _map(
        {
            "serviceHourType": "Exception",
            "isClosed": True,
            "validFrom": "2018-12-23T22:00:00Z",
            "validTo": "2018-12-26",
            "additionalInformation": [{"language": "fi", "value": "Joulu"}],
            "openingHour": [],
        }
    )

    assert sets == [
        {
            "kind": "exception",
            "valid_from": "2018-12-24",
            "valid_to": "2018-12-26",
            "closed": True,
            "always_open": False,
            "info": {"fi": "Joulu"},
            "intervals": [],
        }
    ]


def test_exception_without_weekday_opens_every_day_of_it():
    """Exception hours with no weekday have weekday None."""
    sets = _map(
        {
            "serviceHourType": "Exceptional",
            "validFrom": "2019-06-21",
            "openingHour": [{"from": "10:00", "to": "14:00"}],
        }
    )

    assert sets[0]["intervals"] == [[None, "10:00", "14:00"]]
    assert sets[0]["kind"] == "exception"


def test_unknown_hour_type_names_the_field():
    """An unknown serviceHourType is a problem at serviceHours[0].serviceHourType."""
    with pytest.raises(CatalogueImportError) as caught:
        _map({"serviceHourType": "serviceHourType", "openingHour": []})

    assert caught.value.field == "serviceHours[0].serviceHourType"


@pytest.mark.parametrize("value", ["25:00", "8", "noon"])
def test_bad_time_names_the_field(value):
    """A time that is none is a problem naming its place."""
    with pytest.raises(CatalogueImportError) as caught:
        _map(
            {
                "serviceHourType": "Standard",
                "openingHour": [_open("Monday", "", value, "16:00")],
            }
        )

    assert caught.value.field == "serviceHours[0].openingHour[0].from"


def test_exception_needs_a_date():
    """An exception without validFrom is refused."""
    with pytest.raises(CatalogueImportError) as caught:
        _map({"serviceHourType": "Exception", "isClosed": True})

    assert caught.value.field == "serviceHours[0].validFrom"
