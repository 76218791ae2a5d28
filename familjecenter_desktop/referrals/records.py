"""Creating, changing, reading, listing, printing and exporting referrals.

Each function checks the acting user's role and unit, works in one transaction,
and writes the access-log entries in the same transaction, so nothing is shown
or changed without a log entry and nothing is half-written.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.models import (
    AccessLogEntry,
    Organisation,
    Referral,
    ReferralEvent,
    Service,
)
from familjecenter_desktop.db.models.referrals import new_global_id
from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
)
from familjecenter_desktop.referrals.listing import visible_clause
from familjecenter_desktop.referrals.permissions import Actor
from familjecenter_desktop.referrals.validation import ReferralInput, check_input
from familjecenter_desktop.referrals.views import (
    ReferralView,
    build_view,
)

log = logging.getLogger(__name__)

CONTEXT = "referrals"


def load_visible(session: Session, actor: Actor, referral_id: int) -> Referral:
    """The referral if the actor's unit may see it; else NotFoundError."""
    referral = session.scalar(
        select(Referral)
        .where(Referral.id == referral_id, visible_clause(actor))
        .options(selectinload(Referral.events), selectinload(Referral.consents))
    )
    if referral is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("referrals", "No such referral."))
    return referral


def check_version(referral: Referral, expected_version: int) -> None:
    """Raise ConflictError when the referral changed since the user read it."""
    if referral.version != expected_version:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "referrals",
                "Someone else changed this referral while you were editing it. "
                "Reload it to see their changes, then make yours again.",
            )
        )


def flush_or_conflict(session: Session) -> None:
    """Flush; a concurrent change found by the version column becomes a conflict."""
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "referrals",
                "Someone else changed this referral at the same moment. Reload it "
                "and try again.",
            )
        ) from None


def add_event(
    referral: Referral,
    actor: Actor,
    action: str,
    from_status: str | None,
    to_status: str,
    note: str | None = None,
) -> None:
    referral.events.append(
        ReferralEvent(
            at=utcnow(),
            user_id=actor.user_id,
            action=action,
            from_status=from_status,
            to_status=to_status,
            note=note,
        )
    )


def _check_receiver(session: Session, values: ReferralInput) -> None:
    problems = []
    org_id, service_id = values.receiver_org_id, values.receiver_service_id
    if org_id is not None and session.get(Organisation, org_id) is None:
        problems.append(
            ("receiver", QT_TRANSLATE_NOOP("referrals", "No such receiver."))
        )
    if service_id is not None and session.get(Service, service_id) is None:
        problems.append(
            ("receiver", QT_TRANSLATE_NOOP("referrals", "No such service."))
        )
    if problems:
        raise InvalidInputError(problems)


def _apply_input(session: Session, referral: Referral, values: ReferralInput) -> None:
    checked, problems = check_input(values)
    if problems:
        raise InvalidInputError(problems)
    _check_receiver(session, values)

    identity = checked.identity
    referral.kind = values.kind
    referral.family_ref = values.family_ref.strip() or None
    referral.family_key = audit.family_key(session, values.family_ref)
    referral.family_names = values.family_names.strip() or None
    referral.identity_code = identity.code if identity else None
    referral.identity_temporary = bool(identity and identity.temporary)
    referral.person_key = (
        audit.person_key(session, identity.code)
        if identity and not identity.temporary
        else None
    )
    referral.phones = checked.phones
    referral.language = values.language.strip() or None
    referral.interpreter_needed = values.interpreter_needed
    referral.contact_how = values.contact_how.strip() or None
    referral.contact_when = values.contact_when.strip() or None
    referral.receiver_org_id = values.receiver_org_id
    referral.receiver_service_id = values.receiver_service_id
    referral.reasons = list(dict.fromkeys(values.reasons))
    referral.urgency = values.urgency
    referral.note = values.note.strip() or None
    referral.follow_up_on = values.follow_up_on
    referral.updated_at = utcnow()


def create_referral(
    workspace, actor: Actor, values: ReferralInput, lang: str = "fi"
) -> ReferralView:
    """Save a new referral as a draft from the actor's unit."""
    perm.require(actor, perm.CREATE)
    with workspace.session() as session:
        now = utcnow()
        referral = Referral(
            uuid=new_global_id(),
            status=rules.DRAFT,
            sender_unit_id=actor.unit_id,
            sender_user_id=actor.user_id,
            created_at=now,
            updated_at=now,
        )
        _apply_input(session, referral, values)
        add_event(referral, actor, "create", None, rules.DRAFT)
        session.add(referral)
        session.flush()

        audit.append(session, actor, audit.CREATE, [(referral.id, referral.family_key)])
        log.info(
            "referral %s (%s) created by user %s",
            referral.id,
            values.kind,
            actor.user_id,
        )
        return build_view(session, actor, referral, lang)


def update_referral(
    workspace,
    actor: Actor,
    referral_id: int,
    expected_version: int,
    values: ReferralInput,
    lang: str = "fi",
) -> ReferralView:
    """Change a draft (sender's unit only); refuse if someone else changed it."""
    perm.require(actor, perm.UPDATE)
    with workspace.session() as session:
        referral = load_visible(session, actor, referral_id)
        _require_sender_side(actor, referral)
        check_version(referral, expected_version)
        if referral.status != rules.DRAFT:
            raise InvalidInputError(
                [
                    (
                        "status",
                        QT_TRANSLATE_NOOP(
                            "referrals",
                            "Only a draft can be edited; it was already sent.",
                        ),
                    )
                ]
            )
        _apply_input(session, referral, values)
        add_event(referral, actor, "update", referral.status, referral.status)
        flush_or_conflict(session)

        audit.append(session, actor, audit.UPDATE, [(referral.id, referral.family_key)])
        return build_view(session, actor, referral, lang)


def _require_sender_side(actor: Actor, referral: Referral) -> None:
    if referral.sender_unit_id != actor.unit_id:
        raise perm.PermissionDeniedError(
            QT_TRANSLATE_NOOP("referrals", "Only the sending unit can do this.")
        )


def set_follow_up(
    workspace,
    actor: Actor,
    referral_id: int,
    expected_version: int,
    follow_up_on: date | None,
    lang: str = "fi",
) -> ReferralView:
    """Move the follow-up date of an open referral."""
    perm.require(actor, perm.FOLLOW_UP)
    with workspace.session() as session:
        referral = load_visible(session, actor, referral_id)
        check_version(referral, expected_version)
        referral.follow_up_on = follow_up_on
        referral.updated_at = utcnow()
        add_event(
            referral,
            actor,
            "follow_up",
            referral.status,
            referral.status,
            follow_up_on.isoformat() if follow_up_on else None,
        )
        flush_or_conflict(session)

        audit.append(
            session,
            actor,
            audit.UPDATE,
            [(referral.id, referral.family_key)],
            detail="follow_up",
        )
        return build_view(session, actor, referral, lang)


def logged_load(session: Session, actor: Actor, referral_id: int, what: str):
    """The visible referral, with an access-log entry saying what was done."""
    referral = load_visible(session, actor, referral_id)
    audit.append(session, actor, what, [(referral.id, referral.family_key)])
    return referral


def get_referral(
    workspace, actor: Actor, referral_id: int, lang: str = "fi"
) -> ReferralView:
    """One referral with its history and consents; the view is logged."""
    perm.require(actor, perm.VIEW)
    with workspace.session() as session:
        referral = logged_load(session, actor, referral_id, audit.VIEW)
        return build_view(session, actor, referral, lang)


@dataclass(frozen=True)
class ReferralDetail:
    """A referral as the detail view shows it, with its access log."""

    view: ReferralView
    log: tuple[audit.AccessRow, ...]


def referral_detail(
    workspace, actor: Actor, referral_id: int, lang: str = "fi"
) -> ReferralDetail:
    """The referral (the view is logged) and who has processed it, oldest first."""
    perm.require(actor, perm.VIEW)
    with workspace.session() as session:
        referral = logged_load(session, actor, referral_id, audit.VIEW)
        entries = session.scalars(
            select(AccessLogEntry)
            .where(AccessLogEntry.referral_id == referral.id)
            .order_by(AccessLogEntry.id)
        )
        rows = tuple(audit.access_row(e) for e in entries)
        return ReferralDetail(build_view(session, actor, referral, lang), rows)


def record_print(workspace, actor: Actor, referral_id: int) -> ReferralView:
    """Log that the referral is being printed, and return what to print."""
    perm.require(actor, perm.PRINT)
    with workspace.session() as session:
        referral = logged_load(session, actor, referral_id, audit.PRINT)
        return build_view(session, actor, referral, "fi")


def export_referral(
    workspace, actor: Actor, referral_id: int, lang: str = "fi"
) -> dict:
    """The referral as plain data (JSON-ready); the export is logged."""
    perm.require(actor, perm.EXPORT)
    with workspace.session() as session:
        referral = logged_load(session, actor, referral_id, audit.EXPORT)
        view = build_view(session, actor, referral, lang)
    return _plain(asdict(view))


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
