"""Opening a field kit on the laptop: an empty data folder becomes a field workspace.

Everything goes in in one transaction: the catalogue with its keys, the staff
accounts the kit carries, the installation secret (so family keys match the
site's), the referrals with their history and consents (keys and versions kept)
and a record of the kit with each referral's version.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import insert, select

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.models import (
    AppSecret,
    FieldKit,
    FieldKitReferral,
    Referral,
    StaffUser,
)
from familjecenter_desktop.fieldkit import container, payload, site
from familjecenter_desktop.fieldkit.errors import KitError, WorkspaceStateError
from familjecenter_desktop.fieldkit.referral_data import (
    new_consent,
    new_event,
    referral_fields,
)
from familjecenter_desktop.fieldkit.rows import decoded_row, reset_sequences
from familjecenter_desktop.fieldkit.snapshot import holds_data, load_catalogue

log = logging.getLogger(__name__)

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "fieldkit",
    "The data folder already holds a catalogue, accounts or referrals. Open a "
    "field kit into a new, empty data folder.",
)

WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "fieldkit",
    "The password is not the one of {arg}, the worker this field kit was made for.",
)


@dataclass(frozen=True)
class OpenSummary:
    """What the field workspace holds after opening the kit."""

    kit_id: str
    site_id: str
    worker: str
    services: int
    referrals: int
    made_at: datetime


def _check_password(content: dict, password: str) -> None:
    """Only the worker the kit was made for opens it: their password, checked."""
    worker = next(
        (u for u in content.get("users", ()) if u.get("username") == content["worker"]),
        None,
    )
    try:
        PasswordHasher().verify(worker["password_hash"] if worker else "", password)
    except (VerificationError, InvalidHashError):
        raise KitError(WRONG_PASSWORD, content["worker"]) from None


def open_field_kit(
    workspace, data: bytes, passphrase: str, password: str
) -> OpenSummary:
    """Fill the empty workspace from the kit; refuse a bad kit or a used folder.

    ``password`` is the worker's own; it must match their account in the kit,
    and it unlocks the laptop's store when that is encrypted.
    """
    with workspace.session() as session:
        if holds_data(session) or site.opened_kit(session) is not None:
            raise WorkspaceStateError(NOT_EMPTY)
    header, plain = container.unseal(data, passphrase, kind=container.FIELD)
    content = payload.from_bytes(plain, payload.FIELD_KEYS)
    payload.check_schema(content.get("schema"))
    _check_password(content, password)

    with workspace.session() as session:
        if holds_data(session):
            raise WorkspaceStateError(NOT_EMPTY)
        services = load_catalogue(session, content["catalogue"])
        user_ids = _load_users(session, content["users"])
        for name, value in content.get("secrets", {}).items():
            session.merge(AppSecret(name=name, value=value))
        referrals = content.get("referrals", [])
        for data_ in referrals:
            _load_referral(session, data_, user_ids)
        reset_sequences(
            session,
            [StaffUser.__table__, Referral.__table__],
        )
        session.add(
            FieldKit(
                kit_id=header.kit_id,
                role=site.OPENED,
                site_id=header.site_id,
                username=content["worker"],
                user_id=user_ids.get(content["worker"]),
                at=utcnow(),
                referral_count=len(referrals),
                log_upto=0,
            )
        )
        for data_ in referrals:
            session.add(
                FieldKitReferral(
                    kit_id=header.kit_id,
                    referral_uuid=data_["uuid"],
                    site_version=data_["version"],
                    field_version=data_["version"],
                )
            )
    workspace.wrap_key_for(content["worker"], password)
    log.info(
        "field kit %s opened: %d services, %d referrals",
        header.kit_id[:8],
        services,
        len(referrals),
    )
    return OpenSummary(
        header.kit_id,
        header.site_id,
        content["worker"],
        services,
        len(referrals),
        header.made_at,
    )


def _load_users(session, users: list[dict]) -> dict[str, int]:
    table = StaffUser.__table__
    session.execute(insert(table), [decoded_row(table, u) for u in users])
    return dict(session.execute(select(StaffUser.username, StaffUser.id)).all())


def _load_referral(session, data: dict, user_ids: dict[str, int]) -> None:
    values = referral_fields(data)
    values.update(
        id=data["id"],
        uuid=data["uuid"],
        version=data["version"],
        sender_user_id=user_ids.get(data.get("sender_user")),
    )
    session.execute(insert(Referral.__table__), [values])
    # Children are added by key: the referral row keeps the site's version.
    for event in data["events"]:
        session.add(new_event(event, user_ids, referral_id=data["id"]))
    for consent in data["consents"]:
        session.add(new_consent(consent, user_ids, referral_id=data["id"]))
    session.flush()
