"""Imported PTV hours read back by the opening-hours logic give the right answers."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select

from familjecenter_desktop.catalogue.hours_load import load_hours_for_channels
from familjecenter_desktop.catalogue.ptv.importer import import_ptv_paths
from familjecenter_desktop.core.timeutil import HELSINKI
from familjecenter_desktop.db.models import Channel
from familjecenter_desktop.domain.hours import is_open_at

CHANNEL_ID = "aaaaaaaa-0000-4000-8000-000000000001"


def _channel(hours: list[dict]) -> dict:
    return {
        "id": CHANNEL_ID,
        "serviceChannelType": "ServiceLocation",
        "serviceChannelNames": [
            {"language": "fi", "value": "Testipaikka", "type": "Name"}
        ],
        "serviceHours": hours,
        "modified": "2019-01-01T00:00:00Z",
    }


def _open_at(workspace, *moments: datetime) -> list[bool]:
    with workspace.session() as session:
        channel_id = session.scalar(
            select(Channel.id).where(Channel.source_id == CHANNEL_ID)
        )
        sets = load_hours_for_channels(session, [channel_id])[channel_id]
    return [is_open_at(sets, m, holidays_close=False) for m in moments]


def test_split_day_over_midnight_and_closed_exception(workspace, tmp_path):
    """Split weekday hours, a Friday night past midnight and a closed exception."""
    hours = [
        {
            "serviceHourType": "Standard",
            "validForNow": True,
            "openingHour": [
                {
                    "dayFrom": "Monday",
                    "dayTo": "Thursday",
                    "from": "08:00",
                    "to": "11:00",
                },
                {
                    "dayFrom": "Monday",
                    "dayTo": "Thursday",
                    "from": "12:00",
                    "to": "16:00",
                    "isExtra": True,
                },
                {
                    "dayFrom": "Friday",
                    "dayTo": "Saturday",
                    "from": "20:00",
                    "to": "02:00",
                },
            ],
        },
        {
            "serviceHourType": "Exception",
            "isClosed": True,
            "validFrom": "2019-03-05",
            "validTo": "2019-03-05",
        },
    ]
    path = tmp_path / "channel.json"
    path.write_text(json.dumps(_channel(hours)), encoding="utf-8")

    import_ptv_paths(workspace, [path])

    at = lambda d, h, m=0: datetime(2019, 3, d, h, m, tzinfo=HELSINKI)  # noqa: E731
    assert _open_at(
        workspace,
        at(4, 9),  # Monday morning
        at(4, 11, 30),  # Monday lunch break
        at(5, 9),  # Tuesday, closed by the exception
        at(6, 15),  # Wednesday afternoon
        at(9, 1),  # Saturday 01:00, Friday night still open
        at(9, 3),  # Saturday 03:00
    ) == [True, False, False, True, True, False]
