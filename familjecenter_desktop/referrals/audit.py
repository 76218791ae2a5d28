"""The access log: who processed which referral, when, from which workstation.

The log is append-only and hash-chained: each entry's hash covers the previous
entry's hash and the entry's own canonical content, and a head row holds the
newest hash, so an altered, removed or re-ordered entry (a removed tail too) is
found by ``verify_chain``. Entries name the referral by id and the family by an
opaque key (a keyed hash of the family reference), never by name or code.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import logging
import os
import secrets
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from familjecenter_desktop.core.timeutil import to_helsinki, utcnow
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.models import AccessLogEntry, AccessLogHead, AppSecret
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.errors import InvalidInputError
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)

CONTEXT = "referrals"
GENESIS = "0" * 64
WORKSTATION_ENV = "FAMILJECENTER_WORKSTATION"

# What was done (the "what" of an entry).
VIEW, LIST, CREATE, UPDATE = "view", "list", "create", "update"
STATUS, CONSENT, WITHDRAW = "status", "consent", "consent_withdrawn"
PRINT, EXPORT, ANONYMISE = "print", "export", "anonymise"
AUDIT_VIEW, AUDIT_EXPORT = "audit_view", "audit_export"
ACCOUNT, UNIT = "account", "unit"  # administration: no referral, no family


def workstation_name() -> str:
    """The configured workstation name, else the host name."""
    name = os.environ.get(WORKSTATION_ENV) or socket.gethostname() or "unknown"
    return name[:128]


def installation_secret(session: Session) -> bytes:
    """This installation's random key, made on first use."""
    row = session.get(AppSecret, "family_key")
    if row is None:
        row = AppSecret(name="family_key", value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def normalise_reference(reference: str) -> str:
    """A family reference compared without case or extra spaces."""
    return " ".join(reference.split()).casefold()


def family_key(session: Session, reference: str | None) -> str | None:
    """The opaque key that stands for a family reference in the log."""
    if not reference or not reference.strip():
        return None
    secret = installation_secret(session)
    data = ("family:" + normalise_reference(reference)).encode()
    return hmac.new(secret, data, hashlib.sha256).hexdigest()


def person_key(session: Session, identity_code: str) -> str:
    """The opaque key linking referrals of one person (permanent codes only)."""
    secret = installation_secret(session)
    data = ("person:" + identity_code.upper()).encode()
    return hmac.new(secret, data, hashlib.sha256).hexdigest()


def _canonical(entry: AccessLogEntry) -> bytes:
    content = {
        "id": entry.id,
        "at": entry.at.isoformat(timespec="microseconds"),
        "user_id": entry.user_id,
        "username": entry.username,
        "role": entry.role,
        "action": entry.action,
        "referral_id": entry.referral_id,
        "family_key": entry.family_key,
        "workstation": entry.workstation,
        "detail": entry.detail,
        "prev_hash": entry.prev_hash,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":")).encode()


def entry_hash(entry: AccessLogEntry) -> str:
    """SHA-256 over the previous hash and the entry's canonical content."""
    return hashlib.sha256(entry.prev_hash.encode() + _canonical(entry)).hexdigest()


def append(
    session: Session,
    actor: Actor,
    action: str,
    items: list[tuple[int | None, str | None]],
    detail: str | None = None,
) -> None:
    """Add one entry per (referral id, family key) to the chain, in this session."""
    if not items:
        return
    if session.get_bind().dialect.name == "sqlite":
        # SQLite ignores FOR UPDATE: take its write lock before reading the head,
        # or two processes read the same head and both write entry n + 1.
        session.execute(
            update(AccessLogHead)
            .where(AccessLogHead.id == 1)
            .values(last_id=AccessLogHead.last_id)
            .execution_options(synchronize_session=False)
        )
    head = session.get(AccessLogHead, 1, with_for_update=True, populate_existing=True)
    if head is None:
        head = AccessLogHead(id=1, last_id=0, last_hash=GENESIS)
        session.add(head)
    at = utcnow()
    station = workstation_name()

    for referral_id, key in items:
        entry = AccessLogEntry(
            id=head.last_id + 1,
            at=at,
            user_id=actor.user_id,
            username=actor.username,
            role=actor.role,
            action=action,
            referral_id=referral_id,
            family_key=key,
            workstation=station,
            detail=detail,
            prev_hash=head.last_hash,
        )
        entry.hash = entry_hash(entry)
        session.add(entry)
        head.last_id, head.last_hash = entry.id, entry.hash
    session.flush()


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the chain; ``problem`` names the first break."""

    entries: int
    broken_id: int | None = None
    problem: str | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None


def verify_chain(workspace) -> ChainReport:
    """Check every entry's hash and link, and the head; name the first break."""
    with workspace.session() as session:
        prev_hash, expected_id, count = GENESIS, 1, 0
        rows = session.execute(select(AccessLogEntry).order_by(AccessLogEntry.id))
        for entry in rows.scalars():
            count += 1
            if entry.id != expected_id:
                return ChainReport(
                    count, expected_id, f"entry {expected_id} is missing"
                )
            if entry.prev_hash != prev_hash:
                return ChainReport(
                    count, entry.id, f"entry {entry.id} does not follow the one before"
                )
            if entry_hash(entry) != entry.hash:
                return ChainReport(count, entry.id, f"entry {entry.id} was altered")
            prev_hash, expected_id = entry.hash, expected_id + 1

        head = session.get(AccessLogHead, 1)
        last_id = expected_id - 1
        if head is None and count:
            return ChainReport(count, last_id, "the chain's head record is missing")
        if head is not None and (head.last_id, head.last_hash) != (last_id, prev_hash):
            return ChainReport(
                count,
                last_id + 1,
                f"entries after {last_id} were removed (the head names "
                f"entry {head.last_id})",
            )
    return ChainReport(count)


@dataclass(frozen=True)
class AccessRow:
    """One processing of a family's data, for the client's access request."""

    at: datetime
    username: str
    role: str
    action: str
    referral_id: int | None
    workstation: str


def access_row(entry: AccessLogEntry) -> AccessRow:
    return AccessRow(
        entry.at,
        entry.username,
        entry.role,
        entry.action,
        entry.referral_id,
        entry.workstation,
    )


def family_access(workspace, actor: Actor, family_ref: str) -> list[AccessRow]:
    """Everyone who processed this family's data (administrator only)."""
    return _family_access(workspace, actor, family_ref, AUDIT_VIEW)


def _family_access(workspace, actor, family_ref, action) -> list[AccessRow]:
    perm.require(actor, perm.AUDIT)
    if not family_ref.strip():
        raise InvalidInputError(
            [("family", QT_TRANSLATE_NOOP("referrals", "Give the family reference."))]
        )
    with workspace.session() as session:
        key = family_key(session, family_ref)
        entries = session.scalars(
            select(AccessLogEntry)
            .where(AccessLogEntry.family_key == key)
            .order_by(AccessLogEntry.id)
        ).all()
        rows = [
            access_row(e) for e in entries if e.action not in (AUDIT_VIEW, AUDIT_EXPORT)
        ]
        append(session, actor, action, [(None, key)])
    log.info(
        "family access list of %d entries made by user %s", len(rows), actor.user_id
    )
    return rows


CSV_HEADER = ("time", "user", "role", "action", "referral", "workstation")


def family_access_csv(
    workspace, actor: Actor, family_ref: str, out: Path | None = None
) -> str:
    """The family's access list as CSV (Finnish time); written to ``out`` if given."""
    rows = _family_access(workspace, actor, family_ref, AUDIT_EXPORT)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow(
            (
                to_helsinki(row.at).isoformat(timespec="seconds"),
                row.username,
                row.role,
                row.action,
                row.referral_id or "",
                row.workstation,
            )
        )
    text = buffer.getvalue()
    if out is not None:
        out.write_text(text, encoding="utf-8")
    return text
