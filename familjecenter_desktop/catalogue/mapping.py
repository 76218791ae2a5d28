"""Placing services in bundle categories and family-centre tasks by rules.

The rules ship in ``resources/catalogue/bundle_mapping.json``. An administrator
adjusts them by putting a file of the same shape at
``<config folder>/bundle_mapping.json`` (with ``--data-dir D`` that is
``D/config/bundle_mapping.json``); when present it replaces the shipped rules.
A rule::

    {"match": {"service_class": "P5.2"}, "categories": ["social_health"],
     "tasks": ["wellbeing"], "note": "Neuvolapalvelut"}

``match`` keys are ``service_class``, ``target_group``, ``life_event`` (a code,
matching itself and its sub-codes: P5.2 matches P5.2 and P5.2.1 but not P5.20),
``channel_kind`` (a channel of that kind) and ``organisation_business_id``;
every key of a rule must hold. A service gets the union of all matching rules.
Optional ``min_age_months``/``max_age_months`` fill ages only where the service
has none. Services placed by hand (``placed_by_hand``) are never changed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from familjecenter_desktop.catalogue.bundle import CATEGORY_KEYS, TASK_KEYS
from familjecenter_desktop.db.models import (
    Channel,
    Organisation,
    Service,
    ServiceCategoryLink,
    ServiceChannelLink,
    ServiceClassification,
    ServiceTaskLink,
)

log = logging.getLogger(__name__)

DEFAULT_MAPPING = (
    Path(__file__).resolve().parents[2]
    / "resources"
    / "catalogue"
    / "bundle_mapping.json"
)
OVERRIDE_NAME = "bundle_mapping.json"
CODE_KEYS = ("service_class", "target_group", "life_event")
MATCH_KEYS = (*CODE_KEYS, "channel_kind", "organisation_business_id")
AGE_KEYS = ("min_age_months", "max_age_months")


class MappingError(ValueError):
    """A mapping file that cannot be used; names the file, the rule and the field."""


@dataclass(frozen=True)
class Rule:
    """One mapping rule."""

    match: tuple[tuple[str, str], ...]
    categories: tuple[str, ...]
    tasks: tuple[str, ...]
    min_age_months: int | None = None
    max_age_months: int | None = None


@dataclass(frozen=True)
class ServiceFacts:
    """What the rules look at for one service."""

    codes: dict[str, set[str]]
    channel_kinds: set[str]
    business_id: str | None


def _code_matches(rule_code: str, codes: set[str]) -> bool:
    return any(c == rule_code or c.startswith(rule_code + ".") for c in codes)


def rule_matches(rule: Rule, facts: ServiceFacts) -> bool:
    for key, value in rule.match:
        if key in CODE_KEYS:
            if not _code_matches(value, facts.codes.get(key, set())):
                return False
        elif key == "channel_kind":
            if value not in facts.channel_kinds:
                return False
        elif key == "organisation_business_id" and value != facts.business_id:
            return False
    return True


def _problem(path: Path, where: str, reason: str) -> MappingError:
    return MappingError(f"{path}: {where}: {reason}")


def _rule(path: Path, index: int, raw: object) -> Rule:
    where = f"rule #{index}"
    if not isinstance(raw, dict):
        raise _problem(path, where, "expected an object")
    match = raw.get("match")
    if not isinstance(match, dict) or not match:
        raise _problem(path, where + " field match", "expected a non-empty object")
    for key, value in match.items():
        if key not in MATCH_KEYS:
            raise _problem(
                path,
                f"{where} field match.{key}",
                f"unknown key (use one of {', '.join(MATCH_KEYS)})",
            )
        if not isinstance(value, str) or not value.strip():
            raise _problem(path, f"{where} field match.{key}", "expected a code")
    lists = {}
    for field, allowed in (("categories", CATEGORY_KEYS), ("tasks", TASK_KEYS)):
        values = raw.get(field, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise _problem(path, f"{where} field {field}", "expected a list of keys")
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise _problem(
                path,
                f"{where} field {field}",
                f"unknown key {unknown[0]!r} (use one of {', '.join(allowed)})",
            )
        lists[field] = tuple(values)
    if not lists["categories"] and not lists["tasks"]:
        raise _problem(path, where, "names neither categories nor tasks")
    ages = {}
    for field in AGE_KEYS:
        value = raw.get(field)
        if value is not None and (not isinstance(value, int) or value < 0):
            raise _problem(
                path, f"{where} field {field}", "expected months (0 or more)"
            )
        ages[field] = value
    return Rule(
        match=tuple(sorted((k, v.strip()) for k, v in match.items())),
        categories=lists["categories"],
        tasks=lists["tasks"],
        **ages,
    )


def read_mapping(path: Path) -> list[Rule]:
    """Read and check a mapping file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise MappingError(f"{path}: cannot read: {exc.strerror}") from exc
    except json.JSONDecodeError as exc:
        raise MappingError(
            f"{path}: broken JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from exc
    rules = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(rules, list):
        raise MappingError(f"{path}: field rules: expected a list of rules")
    return [_rule(path, i, raw) for i, raw in enumerate(rules)]


def mapping_path(config_dir: Path | None) -> Path:
    """The administrator's override when present, else the shipped default."""
    if config_dir is not None:
        override = Path(config_dir) / OVERRIDE_NAME
        if override.exists():
            return override
    return DEFAULT_MAPPING


def load_mapping(config_dir: Path | None = None) -> list[Rule]:
    """The rules in force: the override in ``config_dir`` or the shipped ones."""
    path = mapping_path(config_dir)
    rules = read_mapping(path)
    log.info("bundle mapping: %d rules from %s", len(rules), path.name)
    return rules


def _facts(session: Session, service_ids: list[int]) -> dict[int, ServiceFacts]:
    facts = {sid: ServiceFacts({}, set(), None) for sid in service_ids}
    for start in range(0, len(service_ids), 900):
        chunk = service_ids[start : start + 900]
        for sid, scheme, code in session.execute(
            select(
                ServiceClassification.service_id,
                ServiceClassification.scheme,
                ServiceClassification.code,
            ).where(ServiceClassification.service_id.in_(chunk))
        ):
            facts[sid].codes.setdefault(scheme, set()).add(code)
        for sid, kind in session.execute(
            select(ServiceChannelLink.service_id, Channel.kind)
            .join(Channel, Channel.id == ServiceChannelLink.channel_id)
            .where(ServiceChannelLink.service_id.in_(chunk))
        ):
            facts[sid].channel_kinds.add(kind)
        for sid, business_id in session.execute(
            select(Service.id, Organisation.business_id)
            .join(Organisation, Organisation.id == Service.organisation_id)
            .where(Service.id.in_(chunk))
        ):
            facts[sid] = ServiceFacts(
                facts[sid].codes, facts[sid].channel_kinds, business_id
            )
    return facts


def placement(rules: Sequence[Rule], facts: ServiceFacts) -> Rule:
    """The union of every matching rule, as one rule."""
    categories: list[str] = []
    tasks: list[str] = []
    ages: dict[str, int | None] = dict.fromkeys(AGE_KEYS)
    for rule in rules:
        if not rule_matches(rule, facts):
            continue
        categories += [c for c in rule.categories if c not in categories]
        tasks += [t for t in rule.tasks if t not in tasks]
        for field in AGE_KEYS:
            if ages[field] is None:
                ages[field] = getattr(rule, field)
    return Rule((), tuple(categories), tuple(tasks), **ages)


def apply_mapping(
    session: Session, service_ids: Iterable[int], rules: Sequence[Rule] | None = None
) -> int:
    """Place the given services by the rules, except those placed by hand.

    Works through the services 900 at a time; services with the same facts
    (codes, channel kinds, organisation) share one evaluation of the rules.
    """
    rules = load_mapping() if rules is None else rules
    wanted = sorted(set(service_ids))
    placed: dict[tuple, Rule] = {}
    count = 0
    for start in range(0, len(wanted), 900):
        count += _apply_chunk(session, wanted[start : start + 900], rules, placed)
    session.flush()
    log.info("bundle mapping applied to %d services", count)
    return count


def _facts_key(facts: ServiceFacts) -> tuple:
    return (
        tuple(sorted((k, tuple(sorted(v))) for k, v in facts.codes.items())),
        tuple(sorted(facts.channel_kinds)),
        facts.business_id,
    )


def _apply_chunk(
    session: Session, chunk: list[int], rules: Sequence[Rule], placed: dict
) -> int:
    by_hand = set(
        session.scalars(
            select(Service.id).where(Service.id.in_(chunk), Service.placed_by_hand)
        )
    )
    targets = [sid for sid in chunk if sid not in by_hand]
    if not targets:
        return 0
    facts = _facts(session, targets)
    session.execute(
        delete(ServiceCategoryLink).where(ServiceCategoryLink.service_id.in_(targets))
    )
    session.execute(
        delete(ServiceTaskLink).where(ServiceTaskLink.service_id.in_(targets))
    )
    category_rows, task_rows, aged = [], [], []
    for sid in targets:
        signature = _facts_key(facts[sid])
        rule = placed.get(signature)
        if rule is None:
            rule = placed[signature] = placement(rules, facts[sid])
        category_rows += [
            {"service_id": sid, "category_key": key, "by_hand": False}
            for key in rule.categories
        ]
        task_rows += [
            {"service_id": sid, "task_key": key, "by_hand": False} for key in rule.tasks
        ]
        if rule.min_age_months is not None or rule.max_age_months is not None:
            aged.append(
                {"sid": sid, "low": rule.min_age_months, "high": rule.max_age_months}
            )
    for model, rows in (
        (ServiceCategoryLink, category_rows),
        (ServiceTaskLink, task_rows),
    ):
        if rows:
            session.execute(model.__table__.insert(), rows)
    if aged:
        _fill_ages(session, aged)
    return len(targets)


def _fill_ages(session: Session, aged: list[dict]) -> None:
    """Ages from the rules, only where the service has none."""
    table = Service.__table__
    session.execute(
        update(table)
        .where(
            table.c.id == bindparam("sid"),
            table.c.min_age_months.is_(None),
            table.c.max_age_months.is_(None),
        )
        .values(min_age_months=bindparam("low"), max_age_months=bindparam("high")),
        aged,
    )
    for row in aged:
        loaded = session.identity_map.get(identity_key(Service, row["sid"]))
        if loaded is not None:
            session.expire(loaded, ["min_age_months", "max_age_months"])


def _replace_links(
    session: Session, service_id: int, categories, tasks, by_hand: bool
) -> None:
    session.execute(
        delete(ServiceCategoryLink).where(ServiceCategoryLink.service_id == service_id)
    )
    session.execute(
        delete(ServiceTaskLink).where(ServiceTaskLink.service_id == service_id)
    )
    for key in categories:
        session.add(
            ServiceCategoryLink(
                service_id=service_id, category_key=key, by_hand=by_hand
            )
        )
    for key in tasks:
        session.add(
            ServiceTaskLink(service_id=service_id, task_key=key, by_hand=by_hand)
        )


def place_service_by_hand(
    session: Session,
    service_id: int,
    categories: Sequence[str],
    tasks: Sequence[str],
) -> None:
    """Place a service by hand; the mapping leaves it alone from then on."""
    service = session.get(Service, service_id)
    if service is None:
        raise ValueError(f"service {service_id}: no such service")
    for field, values, allowed in (
        ("categories", categories, CATEGORY_KEYS),
        ("tasks", tasks, TASK_KEYS),
    ):
        unknown = [v for v in values if v not in allowed]
        if unknown:
            raise ValueError(
                f"service {service_id}: {field}: unknown key {unknown[0]!r}"
            )
    service.placed_by_hand = True
    _replace_links(
        session,
        service_id,
        dict.fromkeys(categories),
        dict.fromkeys(tasks),
        by_hand=True,
    )
    session.flush()


def release_to_mapping(
    session: Session, service_id: int, rules: Sequence[Rule] | None = None
) -> None:
    """Undo a placement by hand: the rules place the service again."""
    service = session.get(Service, service_id)
    if service is None:
        raise ValueError(f"service {service_id}: no such service")
    service.placed_by_hand = False
    session.flush()
    apply_mapping(session, [service_id], rules)
