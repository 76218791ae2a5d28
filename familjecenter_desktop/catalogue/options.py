"""The choices the filter panel offers, named in the reader's language.

Bundle categories and family-centre tasks come in their fixed order; target
groups, municipalities and languages only as far as some service uses them.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Session

from familjecenter_desktop.catalogue.choices import (
    LANGUAGE_NAMES,
    FilterOptions,
    Option,
)
from familjecenter_desktop.catalogue.details import MUNICIPALITY_SCHEME
from familjecenter_desktop.db.models import (
    Address,
    BundleCategory,
    CodeLabel,
    FamilyTask,
    Service,
    ServiceChannelLink,
    ServiceClassification,
)
from familjecenter_desktop.domain.texts import pick

log = logging.getLogger(__name__)


def load_filter_options(session: Session, lang: str) -> FilterOptions:
    """The filter choices for a reader of ``lang``."""
    categories = [
        Option(c.key, pick(c.name, lang) or c.key)
        for c in session.scalars(
            select(BundleCategory).order_by(BundleCategory.position)
        )
    ]
    tasks = [
        Option(t.key, pick(t.name, lang) or t.key)
        for t in session.scalars(select(FamilyTask).order_by(FamilyTask.position))
    ]
    return FilterOptions(
        categories=categories,
        tasks=tasks,
        target_groups=_target_groups(session, lang),
        municipalities=_municipalities(session, lang),
        languages=_languages(session, lang),
    )


def _labels(session: Session, scheme: str, codes: set[str], lang: str) -> list[Option]:
    """Options for ``codes`` named from the code list, sorted by name."""
    names = dict(
        session.execute(
            select(CodeLabel.code, CodeLabel.name)
            .where(CodeLabel.scheme == scheme)
            .where(CodeLabel.code.in_(codes))
        ).all()
    )
    options = [Option(code, pick(names.get(code), lang) or code) for code in codes]
    return sorted(options, key=lambda o: (o.name.casefold(), o.key))


def _target_groups(session: Session, lang: str) -> list[Option]:
    codes = set(
        session.scalars(
            select(ServiceClassification.code)
            .where(ServiceClassification.scheme == "target_group")
            .distinct()
        )
    )
    options = _labels(session, "target_group", codes, lang)
    return sorted(options, key=lambda o: _code_order(o.key))


def _code_order(code: str) -> tuple:
    """KR1.2 before KR1.10: numbers compared as numbers."""
    head, _, rest = code.partition(".")
    parts = [head, *rest.split(".")] if rest else [head]
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)


def _municipalities(session: Session, lang: str) -> list[Option]:
    codes = set(
        session.scalars(
            select(Address.municipality_code)
            .join(
                ServiceChannelLink,
                ServiceChannelLink.channel_id == Address.channel_id,
            )
            .where(Address.municipality_code.is_not(None))
            .distinct()
        )
    )
    for areas in _distinct_lists(session, Service.area_municipalities):
        codes.update(str(c) for c in areas if c)
    return _labels(session, MUNICIPALITY_SCHEME, codes, lang)


def _distinct_lists(session: Session, column) -> list[list]:
    """The distinct values of a JSON list column, decoded.

    The database de-duplicates the JSON texts first: a county has 100,000
    services but only some hundred different lists, so few are decoded here.
    """
    lists = []
    for raw in session.scalars(select(cast(column, String)).distinct()):
        try:
            value = json.loads(raw) if raw else None
        except ValueError:
            log.warning("filter options: a %s value is not JSON", column.key)
            continue
        if isinstance(value, list):
            lists.append(value)
    return lists


def _languages(session: Session, lang: str) -> list[Option]:
    codes: set[str] = set()
    for languages in _distinct_lists(session, Service.languages):
        codes.update(str(c).lower() for c in languages if c)
    listed = dict(
        session.execute(
            select(CodeLabel.code, CodeLabel.name)
            .where(CodeLabel.scheme == "language")
            .where(CodeLabel.code.in_(codes))
        ).all()
    )
    options = []
    for code in codes:
        if code in LANGUAGE_NAMES:
            options.append(Option(code, LANGUAGE_NAMES[code], translatable=True))
        else:
            options.append(Option(code, pick(listed.get(code), lang) or code))
    first = {"fi": 0, "sv": 1, "en": 2}
    return sorted(options, key=lambda o: (first.get(o.key, 3), o.key))
