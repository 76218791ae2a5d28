"""Errors the referral functions raise; each carries a message for the user."""

from __future__ import annotations


class ReferralError(Exception):
    """Base: ``message`` is plain English marked for translation, ``field`` optional."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class PermissionDeniedError(ReferralError):
    """The acting user's role or unit does not allow this."""


class NotFoundError(ReferralError):
    """No such referral, consent, user or unit (or not one the user may see)."""


class ConflictError(ReferralError):
    """Someone else changed the referral since it was read; reload and try again."""


class InvalidInputError(ReferralError):
    """Bad input: ``problems`` lists (field, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(m for _, m in problems), problems[0][0])
        self.problems = problems


class AuthenticationError(ReferralError):
    """Wrong user name or password, or an account that is not active."""
