"""Checking a referral's input field by field, for the form and for storage.

``check_input`` returns every problem at once as (field, message) pairs, so the
form can show them as the user types; storing refuses input with any problem.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.domain.identity import (
    IdentityCode,
    IdentityCodeError,
    parse_identity_code,
)
from familjecenter_desktop.domain.phones import PhoneNumberError, normalise_phone

log = logging.getLogger(__name__)

CONTEXT = "referrals"
MAX_REFERENCE = 64


@dataclass
class ReferralInput:
    """What the worker fills in; only ``kind`` and a reference are needed."""

    kind: str = rules.GUIDANCE
    family_ref: str = ""
    family_names: str = ""
    identity_code: str = ""
    phones: list[str] = field(default_factory=list)
    language: str = ""
    interpreter_needed: bool = False
    contact_how: str = ""
    contact_when: str = ""
    receiver_org_id: int | None = None
    receiver_service_id: int | None = None
    reasons: list[str] = field(default_factory=list)
    urgency: str = "normal"
    note: str = ""
    follow_up_on: date | None = None


@dataclass
class CheckedInput:
    """Input that passed: phones in E.164, the identity code parsed."""

    values: ReferralInput
    phones: list[str]
    identity: IdentityCode | None


def family_data(values: ReferralInput) -> rules.FamilyData:
    """Which family details the input holds."""
    return rules.FamilyData(
        reference=bool(values.family_ref.strip()),
        names=bool(values.family_names.strip()),
        identity_code=bool(values.identity_code.strip()),
        phones=any(p.strip() for p in values.phones),
        contact_preferences=bool(
            values.contact_how.strip() or values.contact_when.strip()
        ),
        language=bool(values.language.strip()) or values.interpreter_needed,
        note=bool(values.note.strip()),
        reasons=bool(values.reasons),
    )


def check_input(values: ReferralInput) -> tuple[CheckedInput, list[tuple[str, str]]]:
    """The cleaned input and every problem found, as (field, message) pairs."""
    problems: list[tuple[str, str]] = []

    if values.kind not in rules.KINDS:
        problems.append(("kind", QT_TRANSLATE_NOOP("referrals", "Choose the kind.")))
    problems += _reference_problems(values)

    identity = None
    if values.identity_code.strip():
        try:
            identity = parse_identity_code(values.identity_code)
        except IdentityCodeError as exc:
            problems.append(("identity_code", exc.message))

    phones = []
    for text in values.phones:
        if not text.strip():
            continue
        try:
            phones.append(normalise_phone(text))
        except PhoneNumberError as exc:
            problems.append(("phones", exc.message))

    no_receiver = values.receiver_org_id is None and values.receiver_service_id is None
    if no_receiver and values.kind != rules.CW_NOTIFICATION:
        problems.append(
            (
                "receiver",
                QT_TRANSLATE_NOOP("referrals", "Choose who receives the referral."),
            )
        )
    unknown = [r for r in values.reasons if r not in rules.TASK_KEYS]
    if unknown:
        problems.append(("reasons", QT_TRANSLATE_NOOP("referrals", "Unknown reason.")))
    elif not values.reasons and values.kind in (
        rules.GUIDANCE,
        rules.WITH_CONSENT,
        rules.SW35,
    ):
        problems.append(
            ("reasons", QT_TRANSLATE_NOOP("referrals", "Choose at least one reason."))
        )
    if values.urgency not in rules.URGENCIES:
        problems.append(
            ("urgency", QT_TRANSLATE_NOOP("referrals", "Choose the urgency."))
        )

    if values.kind in rules.KINDS:
        try:
            rules.check_content(values.kind, family_data(values))
        except rules.RuleError as exc:
            problems.append((exc.field or "family", exc.message))
    return CheckedInput(values, phones, identity), problems


def _reference_problems(values: ReferralInput) -> list[tuple[str, str]]:
    reference = values.family_ref.strip()
    if not reference:
        if values.kind == rules.ANONYMOUS:
            return []
        return [
            (
                "family_ref",
                QT_TRANSLATE_NOOP(
                    "referrals", "Give a family reference, such as initials or a code."
                ),
            )
        ]
    if len(reference) > MAX_REFERENCE:
        return [
            (
                "family_ref",
                QT_TRANSLATE_NOOP(
                    "referrals", "The reference is too long (64 at most)."
                ),
            )
        ]
    try:
        parse_identity_code(reference)
    except IdentityCodeError:
        return []
    return [
        (
            "family_ref",
            QT_TRANSLATE_NOOP(
                "referrals",
                "The reference looks like an identity code. Use initials or a code "
                "of your own; the identity code has its own field.",
            ),
        )
    ]
