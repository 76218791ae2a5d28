"""Made-up referrals with their status histories, bulk-inserted at county scale.

Staff (two per organisation), then referrals between the organisations of the
catalogue already in the database, each with the events of its path through
the statuses (draft, sent, received, accepted, completed; or declined or
cancelled on the way) and, for referrals that pass family data, a consent.
Families appear only as a made-up worker's reference ("P-000123"), never with a
name or an identity code. Seeded and deterministic.

Rows go in through the DB-API ``executemany`` in chunks: the ORM's per-object
work would take an hour for a million referrals and three million events.
SQLite only (the benchmark's database).
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection, text

from familjecenter_desktop.domain import referral_rules as rules

log = logging.getLogger(__name__)

CHUNK = 50_000
STAFF_PER_UNIT = 2
START = datetime(2023, 12, 1, tzinfo=UTC)
SPAN_DAYS = 3 * 365
NOT_A_PASSWORD = "synthetic-no-login"
# Path weights: how far a referral got, and how it ended.
PATHS = (
    ((rules.DRAFT,), 3),
    ((rules.SENT,), 8),
    ((rules.SENT, rules.RECEIVED), 8),
    ((rules.SENT, rules.RECEIVED, rules.ACCEPTED), 15),
    ((rules.SENT, rules.RECEIVED, rules.ACCEPTED, rules.COMPLETED), 50),
    ((rules.SENT, rules.RECEIVED, rules.DECLINED), 8),
    ((rules.SENT, rules.CANCELLED), 5),
    ((rules.DRAFT, rules.CANCELLED), 3),
)
ACTION_TO = {
    rules.SENT: rules.SEND,
    rules.RECEIVED: rules.RECEIVE,
    rules.ACCEPTED: rules.ACCEPT,
    rules.DECLINED: rules.DECLINE,
    rules.COMPLETED: rules.COMPLETE,
    rules.CANCELLED: rules.CANCEL,
}
KIND_WEIGHTS = {
    rules.GUIDANCE: 45,
    rules.WITH_CONSENT: 40,
    rules.SW35: 5,
    rules.CW_NOTIFICATION: 3,
    rules.ANONYMOUS: 7,
}
DECLINE_REASON = "Ei vapaita aikoja tällä alueella."
NOTES = (
    "Perhe toivoo yhteydenottoa iltapäivisin.",
    "Tarvitaan tulkki.",
    "Familjen önskar kontakt per telefon.",
    "Follow-up agreed at the next visit.",
    None,
    None,
)

REFERRAL_COLUMNS = (
    "id, uuid, version, kind, status, family_ref, family_key, identity_temporary, "
    "phones, language, interpreter_needed, sender_unit_id, sender_user_id, "
    "receiver_org_id, receiver_service_id, receiver_unit_id, reasons, urgency, "
    "note, follow_up_on, created_at, updated_at, sent_at, responded_at, closed_at, "
    "decline_reason, outcome"
)
EVENT_COLUMNS = "referral_id, at, user_id, action, from_status, to_status, note"
CONSENT_COLUMNS = (
    "referral_id, given_by, data, receiver_org_id, receiver_service_id, purpose, "
    "method, given_at, valid_until, recorded_by"
)


def insert_referrals(connection: Connection, count: int, seed: int) -> dict[str, int]:
    """Insert ``count`` referrals with histories (and staff); the row counts."""
    rng = random.Random(seed)
    units = list(connection.scalars(text("SELECT id FROM organisation ORDER BY id")))
    if not units:
        raise ValueError("no organisations: generate the catalogue first")
    services = connection.execute(
        text("SELECT id, organisation_id FROM service ORDER BY id")
    ).all()
    staff = _insert_staff(connection, units)
    counts = {"staff_user": sum(len(users) for users in staff.values())}
    counts.update(referral=0, referral_event=0, consent=0)

    raw = connection.connection.driver_connection
    # The random uuid and family-key indexes thrash a small page cache.
    raw.execute("PRAGMA cache_size = -262144")
    for referrals, events, consents in _chunks(rng, count, units, staff, services):
        raw.executemany(_insert("referral", REFERRAL_COLUMNS), referrals)
        raw.executemany(_insert("referral_event", EVENT_COLUMNS), events)
        raw.executemany(_insert("consent", CONSENT_COLUMNS), consents)
        counts["referral"] += len(referrals)
        counts["referral_event"] += len(events)
        counts["consent"] += len(consents)
        log.info("synthetic referrals: %d of %d", counts["referral"], count)
    return counts


def _insert(table: str, columns: str) -> str:
    marks = ", ".join("?" for _ in columns.split(","))
    return f"INSERT INTO {table} ({columns}) VALUES ({marks})"


def _insert_staff(connection: Connection, units: list[int]) -> dict[int, list[int]]:
    """Two made-up staff per unit; their ids by unit."""
    rows, staff, next_id = [], {}, 1
    roles = ("nurse", "social_worker")
    created = _stamp(START)
    for unit in units:
        staff[unit] = []
        for n in range(STAFF_PER_UNIT):
            rows.append(
                (
                    next_id,
                    f"synthetic{next_id}",
                    f"Työntekijä {next_id}",
                    roles[n % len(roles)],
                    unit,
                    NOT_A_PASSWORD,
                    1,
                    created,
                    created,
                )
            )
            staff[unit].append(next_id)
            next_id += 1
    connection.connection.driver_connection.executemany(
        "INSERT INTO staff_user (id, username, display_name, role, unit_id, "
        "password_hash, active, created_at, password_changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    return staff


def _chunks(
    rng: random.Random,
    count: int,
    units: list[int],
    staff: dict[int, list[int]],
    services: list,
) -> Iterator[tuple[list, list, list]]:
    paths = [p for p, _ in PATHS]
    path_weights = [w for _, w in PATHS]
    kinds = list(KIND_WEIGHTS)
    kind_weights = list(KIND_WEIGHTS.values())
    referrals, events, consents = [], [], []
    for referral_id in range(1, count + 1):
        path = rng.choices(paths, path_weights)[0]
        kind = rng.choices(kinds, kind_weights)[0]
        sender = rng.choice(units)
        user = rng.choice(staff[sender])
        if rng.random() < 0.7:
            service_id, receiver = services[rng.randrange(len(services))]
            receiver_org = None
        else:
            service_id, receiver = None, rng.choice(units)
            receiver_org = receiver
        created = START + timedelta(seconds=rng.randrange(SPAN_DAYS * 86400))
        moments = [created]
        for _ in path[1:] if path[0] == rules.DRAFT else path:
            moments.append(moments[-1] + timedelta(minutes=rng.randrange(30, 20000)))
        status = path[-1]
        sent = moments[1] if path[0] == rules.SENT else None
        responded = moments[3] if len(path) > 2 and path[0] == rules.SENT else None
        closed = moments[-1] if status in rules.CLOSED else None
        reference = f"P-{rng.randrange(1_000_000):06d}"
        family_key = hashlib.sha256(f"synthetic:{reference}".encode()).hexdigest()
        follow_up = (created + timedelta(days=rng.randrange(7, 60))).date()
        referrals.append(
            (
                referral_id,
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                1,
                kind,
                status,
                None if kind == rules.ANONYMOUS else reference,
                None if kind == rules.ANONYMOUS else family_key,
                0,
                "[]",
                rng.choice(("fi", "fi", "fi", "sv", "en", None)),
                int(rng.random() < 0.05),
                sender,
                user,
                receiver_org,
                service_id,
                receiver,
                json.dumps(rng.sample(rules.TASK_KEYS, rng.randint(1, 2))),
                rng.choice(rules.URGENCIES),
                rng.choice(NOTES),
                None if closed else _day(follow_up),
                _stamp(created),
                _stamp(moments[-1]),
                _stamp(sent),
                _stamp(responded),
                _stamp(closed),
                DECLINE_REASON if status == rules.DECLINED else None,
                "got_help" if status == rules.COMPLETED else None,
            )
        )
        events.extend(_events(referral_id, path, moments, user, staff, receiver, rng))
        if kind == rules.WITH_CONSENT:
            consents.append(
                (
                    referral_id,
                    "guardian",
                    json.dumps([rules.DATA_CONTACT, rules.DATA_SITUATION]),
                    receiver_org,
                    service_id,
                    "Ohjaus palveluun",
                    "verbal",
                    _stamp(created),
                    _day(created.date() + timedelta(days=365)),
                    user,
                )
            )
        if len(referrals) >= CHUNK:
            yield referrals, events, consents
            referrals, events, consents = [], [], []
    if referrals:
        yield referrals, events, consents


def _events(referral_id, path, moments, user, staff, receiver, rng) -> list[tuple]:
    """The history: created as a draft, then each step of the path."""
    rows = [(referral_id, _stamp(moments[0]), user, "create", None, rules.DRAFT, None)]
    steps = path[1:] if path[0] == rules.DRAFT else path
    previous = rules.DRAFT
    receivers = staff.get(receiver) or [None]
    for status, at in zip(steps, moments[1:], strict=True):
        by = user if status in (rules.SENT, rules.CANCELLED) else rng.choice(receivers)
        action = ACTION_TO[status]
        note = DECLINE_REASON if status == rules.DECLINED else None
        rows.append((referral_id, _stamp(at), by, action, previous, status, note))
        previous = status
    return rows


def _stamp(moment: datetime | None) -> str | None:
    """A UTC moment as SQLAlchemy stores it in SQLite (naive ISO text)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _day(day: date) -> str:
    return day.isoformat()
