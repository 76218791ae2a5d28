"""The search filters as SQL: which services pass every chosen filter.

Everything but "open at" is one SQL query; opening hours are then checked in
Python with ``domain.hours.is_open_at`` for the services that remain.
"""

from __future__ import annotations

import logging
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Select, String, and_, cast, exists, or_, select
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.hours_load import load_hours_for_services
from familjecenter_desktop.db.models import (
    Address,
    Channel,
    Service,
    ServiceCategoryLink,
    ServiceChannelLink,
    ServiceClassification,
    ServiceTaskLink,
)
from familjecenter_desktop.domain.hours import is_open_at

log = logging.getLogger(__name__)

TARGET_GROUP_SCHEME = "target_group"
HELSINKI = ZoneInfo("Europe/Helsinki")
NATIONWIDE = ("nationwide", "nationwide_except_aland")
FREE = "free"


def any_filter(filters) -> bool:
    """Whether any filter narrows the search."""
    return bool(
        filters.categories
        or filters.tasks
        or filters.target_groups
        or filters.child_age_months is not None
        or filters.languages
        or filters.municipalities
        or filters.open_at is not None
        or filters.free_only
    )


def filtered_query(filters) -> Select:
    """``SELECT service.id`` narrowed by every filter except "open at"."""
    query = select(Service.id)
    for condition in _conditions(filters):
        query = query.where(condition)
    return query


def allowed_ids(session: Session, filters) -> set[int] | None:
    """The ids of services passing every filter; None when nothing is filtered."""
    if not any_filter(filters):
        return None

    ids = set(session.scalars(filtered_query(filters)))
    if filters.open_at is not None and ids:
        ids = _open_at(session, ids, filters.open_at)
    return ids


def _conditions(filters) -> list:
    conditions = []
    if filters.categories:
        conditions.append(
            Service.id.in_(
                select(ServiceCategoryLink.service_id).where(
                    ServiceCategoryLink.category_key.in_(sorted(filters.categories))
                )
            )
        )
    if filters.tasks:
        conditions.append(
            Service.id.in_(
                select(ServiceTaskLink.service_id).where(
                    ServiceTaskLink.task_key.in_(sorted(filters.tasks))
                )
            )
        )
    if filters.target_groups:
        conditions.append(_target_groups(filters.target_groups))
    if filters.child_age_months is not None:
        age = filters.child_age_months
        conditions.append(
            and_(
                or_(Service.min_age_months.is_(None), Service.min_age_months <= age),
                or_(Service.max_age_months.is_(None), Service.max_age_months >= age),
            )
        )
    if filters.languages:
        conditions.append(_languages(filters.languages))
    if filters.municipalities:
        conditions.append(_municipalities(filters.municipalities))
    if filters.free_only:
        conditions.append(Service.charge_type == FREE)
    return conditions


def _target_groups(codes) -> object:
    """A target group code or any code under it (``KR1`` takes ``KR1.2``)."""
    matches = []
    for code in sorted(codes):
        matches.append(ServiceClassification.code == code)
        matches.append(ServiceClassification.code.like(_escape(code) + ".%", "\\"))
    return Service.id.in_(
        select(ServiceClassification.service_id).where(
            ServiceClassification.scheme == TARGET_GROUP_SCHEME, or_(*matches)
        )
    )


def _languages(languages) -> object:
    """Served in a language: the service's own languages or a channel's."""
    own = [_json_has(Service.languages, lang) for lang in sorted(languages)]
    by_channel = exists(
        select(ServiceChannelLink.channel_id)
        .join(Channel, Channel.id == ServiceChannelLink.channel_id)
        .where(
            ServiceChannelLink.service_id == Service.id,
            or_(*[_json_has(Channel.languages, lang) for lang in sorted(languages)]),
        )
    )
    return or_(*own, by_channel)


def _municipalities(codes) -> object:
    """Serves a municipality: its area, a location there, or the whole country."""
    wanted = sorted(codes)
    in_area = [_json_has(Service.area_municipalities, code) for code in wanted]
    located = exists(
        select(ServiceChannelLink.channel_id)
        .join(Address, Address.channel_id == ServiceChannelLink.channel_id)
        .where(
            ServiceChannelLink.service_id == Service.id,
            Address.municipality_code.in_(wanted),
        )
    )
    return or_(Service.area_type.in_(NATIONWIDE), *in_area, located)


def _json_has(column, value: str) -> object:
    """A JSON list column holds the string ``value`` (portable text match)."""
    needle = '%"' + _escape(str(value)) + '"%'
    return cast(column, String).like(needle, "\\")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _open_at(session: Session, ids: set[int], moment: datetime) -> set[int]:
    """The services with a channel open at ``moment`` (naive means Helsinki time)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=HELSINKI)
    hours = load_hours_for_services(session, ids)
    open_ids = set()
    for service_id, channels in hours.items():
        if any(is_open_at(sets, moment) for sets in channels.values()):
            open_ids.add(service_id)
    return open_ids
