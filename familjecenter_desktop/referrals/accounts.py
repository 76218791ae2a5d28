"""Staff accounts: the first administrator, users, logging in, passwords.

Passwords are hashed with Argon2id (argon2-cffi); the hash is upgraded on login
when the parameters have been raised. On an encrypted store each account also
holds a wrap of the database key in the key ring (``db/keyring.py``): it is
written for a new account and on a password change, removed when an account
is closed (``_key_ring`` calls the workspace; plain stores have no key ring).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from familjecenter_desktop.core.timeutil import utcnow
from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP
from familjecenter_desktop.db.models import Organisation, StaffUser
from familjecenter_desktop.referrals import audit
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.errors import (
    AuthenticationError,
    InvalidInputError,
    NotFoundError,
    PermissionDeniedError,
)
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)

CONTEXT = "referrals"
MIN_PASSWORD = 10
_HASHER = PasswordHasher()


@dataclass(frozen=True)
class UserRow:
    """A staff account as the administrator sees it."""

    id: int
    username: str
    display_name: str
    role: str
    unit_id: int | None
    active: bool


def actor_of(user: StaffUser) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.unit_id)


def check_password_strength(password: str) -> str | None:
    """A message saying why the password is too weak, or None."""
    if len(password) < MIN_PASSWORD:
        return QT_TRANSLATE_NOOP(
            "referrals", "The password must have at least 10 characters."
        )
    if password.strip() != password or len(set(password)) < 4:
        return QT_TRANSLATE_NOOP(
            "referrals",
            "Choose a less predictable password (more different characters).",
        )
    return None


def check_username(username: str) -> str | None:
    """Why ``username`` cannot be a user name (a message to translate), or None."""
    if not username.strip() or len(username) > 64 or " " in username.strip():
        return QT_TRANSLATE_NOOP(
            "referrals", "The user name is 1–64 characters without spaces."
        )
    return None


def _validated(username: str, display_name: str, role: str, password: str) -> None:
    problems = []
    name_problem = check_username(username)
    if name_problem:
        problems.append(("username", name_problem))
    if not display_name.strip():
        problems.append(
            ("display_name", QT_TRANSLATE_NOOP("referrals", "Give the person's name."))
        )
    if role not in perm.ROLES:
        problems.append(("role", QT_TRANSLATE_NOOP("referrals", "Unknown role.")))
    weakness = check_password_strength(password)
    if weakness:
        problems.append(("password", weakness))
    if problems:
        raise InvalidInputError(problems)


def needs_first_admin(workspace) -> bool:
    """True until the first administrator account exists."""
    with workspace.session() as session:
        count = session.scalar(
            select(func.count(StaffUser.id)).where(StaffUser.role == perm.ADMIN)
        )
    return count == 0


def create_first_admin(
    workspace, username: str, display_name: str, password: str
) -> Actor:
    """Create the administrator on a first start; refused once one exists."""
    _validated(username, display_name, perm.ADMIN, password)
    with workspace.session() as session:
        exists = session.scalar(
            select(func.count(StaffUser.id)).where(StaffUser.role == perm.ADMIN)
        )
        if exists:
            raise PermissionDeniedError(
                QT_TRANSLATE_NOOP("referrals", "An administrator already exists.")
            )
        user = _new_user(session, username, display_name, perm.ADMIN, None, password)
        _key_ring(workspace, "wrap_key_for", user.username, password)
        log.info("first administrator created (user %s)", user.id)
        return actor_of(user)


def _new_user(session, username, display_name, role, unit_id, password) -> StaffUser:
    # Names differing only in case ("TIINA.TH", "tiina.th") are one person to
    # the staff reading them: refused too. Compared in Python (casefold), since
    # SQLite folds only ASCII; a staff list is short.
    wanted = username.strip().casefold()
    taken = any(
        name.casefold() == wanted
        for name in session.scalars(select(StaffUser.username))
    )
    if taken:
        raise InvalidInputError(
            [("username", QT_TRANSLATE_NOOP("referrals", "This user name is taken."))]
        )
    if unit_id is not None and session.get(Organisation, unit_id) is None:
        raise InvalidInputError(
            [("unit", QT_TRANSLATE_NOOP("referrals", "No such unit."))]
        )
    now = utcnow()
    user = StaffUser(
        username=username.strip(),
        display_name=display_name.strip(),
        role=role,
        unit_id=unit_id,
        password_hash=_HASHER.hash(password),
        active=True,
        created_at=now,
        password_changed_at=now,
    )
    session.add(user)
    session.flush()
    return user


def create_user(
    workspace,
    actor: Actor,
    username: str,
    display_name: str,
    role: str,
    unit_id: int | None,
    password: str,
) -> UserRow:
    """Add a staff account (administrator only)."""
    perm.require(actor, perm.MANAGE_USERS)
    _validated(username, display_name, role, password)
    if role in (perm.NURSE, perm.SOCIAL_WORKER) and unit_id is None:
        raise InvalidInputError(
            [
                (
                    "unit",
                    QT_TRANSLATE_NOOP("referrals", "Staff who refer belong to a unit."),
                )
            ]
        )
    with workspace.session() as session:
        user = _new_user(session, username, display_name, role, unit_id, password)
        _key_ring(workspace, "wrap_key_for", user.username, password)
        _log_account(session, actor, user.id, f"created {role} unit {unit_id}")
        log.info("user %s created with role %s by %s", user.id, role, actor.user_id)
        return _row(user)


def _row(user: StaffUser) -> UserRow:
    return UserRow(
        user.id, user.username, user.display_name, user.role, user.unit_id, user.active
    )


def list_users(workspace, actor: Actor) -> list[UserRow]:
    """All accounts (administrator only)."""
    perm.require(actor, perm.MANAGE_USERS)
    with workspace.session() as session:
        users = session.scalars(select(StaffUser).order_by(StaffUser.username))
        return [_row(u) for u in users]


def set_active(workspace, actor: Actor, user_id: int, active: bool) -> None:
    """Close or reopen an account (administrator only; not one's own)."""
    perm.require(actor, perm.MANAGE_USERS)
    if user_id == actor.user_id:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("referrals", "You cannot close your own account.")
        )
    with workspace.session() as session:
        user = _get_user(session, user_id)
        user.active = active
        if not active:
            _key_ring(workspace, "unwrap_key_of", user.username)
        _log_account(session, actor, user.id, "active" if active else "closed")


def _log_account(session, actor: Actor, user_id: int, what: str) -> None:
    """An account change in the access log (no referral, no family)."""
    audit.append(
        session, actor, audit.ACCOUNT, [(None, None)], f"user {user_id} {what}"
    )


def _get_user(session, user_id: int) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("referrals", "No such user."))
    return user


def change_role(
    workspace, actor: Actor, user_id: int, role: str, unit_id: int | None
) -> UserRow:
    """Give an account another role or unit (administrator only)."""
    perm.require(actor, perm.MANAGE_USERS)
    if role not in perm.ROLES:
        raise InvalidInputError(
            [("role", QT_TRANSLATE_NOOP("referrals", "Unknown role."))]
        )
    if role in (perm.NURSE, perm.SOCIAL_WORKER) and unit_id is None:
        raise InvalidInputError(
            [
                (
                    "unit",
                    QT_TRANSLATE_NOOP("referrals", "Staff who refer belong to a unit."),
                )
            ]
        )
    if user_id == actor.user_id and role != actor.role:
        raise PermissionDeniedError(
            QT_TRANSLATE_NOOP("referrals", "You cannot change your own role.")
        )
    with workspace.session() as session:
        user = _get_user(session, user_id)
        if unit_id is not None and session.get(Organisation, unit_id) is None:
            raise InvalidInputError(
                [("unit", QT_TRANSLATE_NOOP("referrals", "No such unit."))]
            )
        user.role, user.unit_id = role, unit_id
        _log_account(session, actor, user.id, f"role {role} unit {unit_id}")
        log.info(
            "user %s: %s in unit %s (by %s)", user.id, role, unit_id, actor.user_id
        )
        return _row(user)


def reset_password(workspace, actor: Actor, user_id: int, new: str) -> None:
    """A new password for someone who forgot theirs (administrator only)."""
    perm.require(actor, perm.MANAGE_USERS)
    weakness = check_password_strength(new)
    if weakness:
        raise InvalidInputError([("password", weakness)])
    with workspace.session() as session:
        user = _get_user(session, user_id)
        user.password_hash = _HASHER.hash(new)
        user.password_changed_at = utcnow()
        _key_ring(workspace, "wrap_key_for", user.username, new)
        _log_account(session, actor, user.id, "password reset")
        log.info("password of user %s reset by %s", user.id, actor.user_id)


def authenticate(workspace, username: str, password: str) -> Actor:
    """The actor for a correct user name and password; else AuthenticationError."""
    refused = AuthenticationError(
        QT_TRANSLATE_NOOP("referrals", "Wrong user name or password.")
    )
    with workspace.session() as session:
        user = session.scalar(
            select(StaffUser).where(StaffUser.username == username.strip())
        )
        if user is None or not user.active:
            _HASHER.hash(password)  # same work either way: no user-name probing
            raise refused
        try:
            _HASHER.verify(user.password_hash, password)
        except (VerificationError, InvalidHashError):
            log.info("failed login for user %s", user.id)
            raise refused from None
        if _HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = _HASHER.hash(password)
        actor = actor_of(user)
    _key_ring(workspace, "logged_in", actor.username, password)
    return actor


def verify_password(workspace, actor: Actor, password: str) -> bool:
    """Whether ``password`` is the actor's (unlocking a locked session)."""
    try:
        again = authenticate(workspace, actor.username, password)
    except AuthenticationError:
        return False
    return again.user_id == actor.user_id


def change_password(workspace, actor: Actor, old: str, new: str) -> None:
    """Change one's own password, knowing the old one."""
    if not verify_password(workspace, actor, old):
        raise AuthenticationError(
            QT_TRANSLATE_NOOP("referrals", "The current password is wrong.")
        )
    weakness = check_password_strength(new)
    if weakness:
        raise InvalidInputError([("password", weakness)])
    with workspace.session() as session:
        user = session.get(StaffUser, actor.user_id)
        user.password_hash = _HASHER.hash(new)
        user.password_changed_at = utcnow()
        _key_ring(workspace, "wrap_key_for", user.username, new)


def _key_ring(workspace, method: str, *args: str) -> None:
    """Keep the key ring in step (inside the account's transaction)."""
    hook = getattr(workspace, method, None)
    if hook is not None:
        hook(*args)
