"""Finnish public holidays: dates, stable keys and names in fi, sv and en."""

from __future__ import annotations

from datetime import date

import pytest

from familjecenter_desktop.domain.holidays_fi import (
    holiday_key,
    holiday_name,
    holidays_between,
    is_public_holiday,
    named_day_key,
    normalise_key,
)


@pytest.mark.parametrize(
    ("day", "key"),
    [
        (date(2027, 3, 26), "good_friday"),
        (date(2027, 3, 28), "easter_sunday"),
        (date(2027, 3, 29), "easter_monday"),
        (date(2026, 6, 19), "midsummer_eve"),
        (date(2026, 6, 20), "midsummer_day"),
        (date(2026, 12, 6), "independence_day"),
        (date(2026, 12, 24), "christmas_eve"),
        (date(2026, 12, 26), "second_day_of_christmas"),
    ],
)
def test_known_holidays_have_stable_keys(day, key):
    """Easter 2027, Midsummer 2026 and Christmas 2026 fall on the right dates."""
    found = holiday_key(day)

    assert found == key
    assert is_public_holiday(day)


def test_ordinary_days_and_flag_days_are_not_holidays():
    """A plain Tuesday and Runeberg's day (a flag day) are not public holidays."""
    tuesday = date(2026, 12, 1)
    runeberg = date(2026, 2, 5)

    assert holiday_key(tuesday) is None
    assert not is_public_holiday(runeberg)
    assert holiday_name(tuesday, "fi") is None


@pytest.mark.parametrize(
    ("lang", "name"),
    [("fi", "Juhannusaatto"), ("sv", "Midsommarafton"), ("en", "Midsummer Eve")],
)
def test_names_in_each_ui_language(lang, name):
    """Midsummer Eve is named in Finnish, Swedish and English."""
    midsummer_eve = date(2026, 6, 19)

    found = holiday_name(midsummer_eve, lang)

    assert found == name


def test_unknown_language_falls_back_to_english():
    """A language the calendar lacks gets the English name."""
    christmas = date(2026, 12, 25)

    found = holiday_name(christmas, "de")

    assert found == "Christmas Day"


def test_holidays_between_spans_the_new_year():
    """From Christmas Eve 2026 to Epiphany 2027 there are five holidays."""
    found = holidays_between(date(2026, 12, 24), date(2027, 1, 6))

    assert list(found.values()) == [
        "christmas_eve",
        "christmas_day",
        "second_day_of_christmas",
        "new_years_day",
        "epiphany",
    ]


@pytest.mark.parametrize(
    ("day", "key", "sv_name"),
    [
        (date(2026, 12, 31), "new_years_eve", "Nyårsafton"),
        (date(2027, 3, 27), "easter_saturday", "Påskafton"),
    ],
)
def test_named_eves_are_not_public_holidays(day, key, sv_name):
    """New Year's Eve and Holy Saturday are named but are not public holidays."""
    found = named_day_key(day)

    assert found == key
    assert not is_public_holiday(day)
    assert holiday_key(day) is None
    assert holiday_name(day, "sv") == sv_name


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("ChristmasEve", "christmas_eve"),
        ("midsummerEve", "midsummer_eve"),
        ("christmas_eve", "christmas_eve"),
        (" New Year's Day ", "new_years_day"),
        ("EasterMonday", "easter_monday"),
    ],
)
def test_source_codes_normalise_to_keys(code, key):
    """Codes in camel case, snake case or words become the same key."""
    found = normalise_key(code)

    assert found == key
