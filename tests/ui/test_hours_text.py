"""Opening hours written as people read them, in Finnish, Swedish and English."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from familjecenter_desktop.core.timeutil import HELSINKI
from familjecenter_desktop.domain.hours import HoursSet, Interval
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.search import hours_text

WEDNESDAY = date(2026, 12, 2)


def split_week() -> HoursSet:
    spans = []
    for day in range(5):
        spans += [Interval(day, time(8), time(11)), Interval(day, time(12), time(16))]
    return HoursSet(intervals=tuple(spans))


@pytest.fixture
def language(qapp):
    translations = Translations()
    yield translations.install
    translations.install("en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "ma–pe 8–11 ja 12–16"),
        ("sv", "mån–fre 8–11 och 12–16"),
        ("en", "Mon–Fri 8–11 and 12–16"),
    ],
)
def test_a_split_working_week_reads_naturally(language, lang, expected):
    """Equal weekdays are grouped and the two openings joined with "and"."""
    language(lang)

    lines = hours_text.weekly_lines([split_week()], WEDNESDAY, lang)

    assert lines == [expected]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "avoinna nyt, sulkeutuu 16.00"),
        ("sv", "öppet nu, stänger 16.00"),
        ("en", "open now, closes 16:00"),
    ],
)
def test_open_now_says_when_it_closes(language, lang, expected):
    """On a Wednesday afternoon in Helsinki the place is open until 16."""
    language(lang)
    afternoon = datetime(2026, 12, 2, 14, 5, tzinfo=HELSINKI)

    status = hours_text.status_now([split_week()], afternoon)

    assert status == expected


def test_closed_now_says_when_it_opens(language):
    """In the lunch break it reopens at 12; on Saturday on Monday morning."""
    language("fi")
    lunch = datetime(2026, 12, 2, 11, 30, tzinfo=HELSINKI)
    saturday = datetime(2026, 12, 5, 10, 0, tzinfo=HELSINKI)

    statuses = [hours_text.status_now([split_week()], m) for m in (lunch, saturday)]

    assert statuses == [
        "suljettu nyt, avautuu 12.00",
        "suljettu nyt, avautuu ma 8.00",
    ]


def test_an_opening_over_midnight_is_open_after_midnight(language):
    """Friday 20–02 is still open at 1 o'clock on Saturday night."""
    language("fi")
    night = HoursSet(intervals=(Interval(4, time(20), time(2)),))
    saturday_night = datetime(2026, 12, 5, 1, 0, tzinfo=HELSINKI)

    status = hours_text.status_now([night], saturday_night)

    assert status == "avoinna nyt, sulkeutuu 2.00"


def test_coming_exceptions_and_holidays_are_listed(language):
    """A closed week is one range; Christmas Eve on a weekday is listed by name."""
    language("fi")
    closure = HoursSet(
        kind="exception",
        valid_from=date(2026, 12, 14),
        valid_to=date(2026, 12, 18),
        closed=True,
        info={"fi": "Koulutusviikko"},
    )

    lines = hours_text.exception_lines([split_week(), closure], WEDNESDAY, "fi")

    assert lines[0] == "14.12.–18.12. Koulutusviikko suljettu"
    assert "to 24.12. Jouluaatto suljettu" in lines


def test_a_holiday_on_a_closed_day_is_not_listed(language):
    """Independence Day on a Sunday changes nothing for a weekday clinic."""
    language("fi")

    days = hours_text.upcoming_exceptions([split_week()], date(2026, 12, 4), 3)

    assert days == []


def test_times_with_minutes_keep_them(language):
    """8.30–11.45 keeps its minutes; a closing at midnight is written 24."""
    language("fi")
    hours = HoursSet(
        intervals=(
            Interval(0, time(8, 30), time(11, 45)),
            Interval(1, time(9), time(0)),
        )
    )

    lines = hours_text.weekly_lines([hours], WEDNESDAY, "fi")

    assert lines == ["ma 8.30–11.45", "ti 9–24"]
