"""Who runs an administrative command: ``--user NAME`` and the password.

The password is read from ``FAMILJECENTER_PASSWORD`` when set (for scripts),
else asked for at the terminal without echo.
"""

from __future__ import annotations

import getpass
import logging
import os
import sys

from familjecenter_desktop.referrals.accounts import authenticate
from familjecenter_desktop.referrals.errors import AuthenticationError
from familjecenter_desktop.referrals.permissions import Actor

log = logging.getLogger(__name__)

PASSWORD_ENV = "FAMILJECENTER_PASSWORD"


def read_password(prompt: str = "Password: ") -> str:
    """The password from the environment, or typed at the terminal."""
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    return getpass.getpass(prompt)


def login(workspace, username: str | None) -> Actor | None:
    """The actor for ``--user``; None (after a message) when login fails."""
    if not username:
        print("familjecenter-desktop: give --user NAME", file=sys.stderr)
        return None
    unlocked_by = getattr(workspace, "actor", None)
    if unlocked_by is not None and unlocked_by.username == username.strip():
        return unlocked_by  # the password already opened the encrypted store
    try:
        return authenticate(workspace, username, read_password())
    except AuthenticationError as exc:
        print(f"familjecenter-desktop: {exc.message}", file=sys.stderr)
        return None
