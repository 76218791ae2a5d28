"""Opening hours written as people read them, in Finnish, Swedish and English."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from familjecenter_desktop.catalogue.details import HoursBlock, HoursInterval, ShownText
from familjecenter_desktop.core.timeutil import HELSINKI
from familjecenter_desktop.ui.i18n import Translations
from familjecenter_desktop.ui.search import hours_text


def block(*intervals, kind="standard", start=None, end=None, closed=False, info=""):
    return HoursBlock(
        kind=kind,
        valid_from=start,
        valid_to=end,
        closed=closed,
        always_open=False,
        by_appointment=False,
        holiday_key=None,
        info=ShownText(info, "fi" if info else None),
        intervals=tuple(HoursInterval(*i) for i in intervals),
    )


def split_week():
    spans = []
    for day in range(5):
        spans += [(day, time(8), time(11)), (day, time(12), time(16))]
    return block(*spans)


@pytest.fixture
def language(qapp):
    translations = Translations()

    def use(lang):
        translations.install(lang)

    yield use
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

    lines = hours_text.weekly_lines(split_week())

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
    wednesday = datetime(2026, 12, 2, 14, 5, tzinfo=HELSINKI)

    status = hours_text.status_now([split_week()], wednesday)

    assert status == expected


def test_closed_during_the_lunch_break_and_at_the_weekend(language):
    """Between the two openings and on Saturday the place is closed."""
    language("fi")
    lunch = datetime(2026, 12, 2, 11, 30, tzinfo=HELSINKI)
    saturday = datetime(2026, 12, 5, 10, 0, tzinfo=HELSINKI)

    statuses = [hours_text.status_now([split_week()], m) for m in (lunch, saturday)]

    assert statuses == ["suljettu nyt", "suljettu nyt"]


def test_an_opening_over_midnight_is_open_after_midnight(language):
    """Friday 20–02 is still open at 1 o'clock on Saturday night."""
    language("fi")
    night = block((4, time(20), time(2)))
    saturday_night = datetime(2026, 12, 5, 1, 0, tzinfo=HELSINKI)

    status = hours_text.status_now([night], saturday_night)

    assert status == "avoinna nyt, sulkeutuu 2.00"


def test_a_holiday_exception_closes_the_regular_week(language):
    """Independence Day closes the clinic on a Monday and is listed as coming up."""
    language("fi")
    holiday = block(
        kind="holiday",
        start=date(2027, 12, 6),
        end=date(2027, 12, 6),
        closed=True,
        info="Itsenäisyyspäivä",
    )
    monday_noon = datetime(2027, 12, 6, 13, 0, tzinfo=HELSINKI)

    status = hours_text.status_now([split_week(), holiday], monday_noon)
    coming = hours_text.upcoming_exceptions([split_week(), holiday], date(2027, 11, 20))

    assert status == "suljettu nyt"
    assert [hours_text.exception_line(b) for b in coming] == [
        "6.12.2027 Itsenäisyyspäivä suljettu"
    ]


def test_times_with_minutes_keep_them(language):
    """8.30–11.45 keeps its minutes; whole hours are written short."""
    language("fi")
    morning = block((0, time(8, 30), time(11, 45)), (1, time(9), time(0)))

    lines = hours_text.weekly_lines(morning)

    assert lines == ["ma 8.30–11.45", "ti 9–24"]
