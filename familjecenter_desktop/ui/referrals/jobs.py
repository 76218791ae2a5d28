"""Running referral functions through the worker, refusals kept apart.

A ``ReferralError`` (bad input, a conflict, no permission) is an answer the
person at the screen must read in full, with the fields it names, so it comes
back to ``on_refused`` as the exception itself. Anything else is a failure the
worker turns into a plain sentence (``on_error``, else the window's message).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from familjecenter_desktop.referrals.errors import ReferralError
from familjecenter_desktop.ui.worker import Worker

log = logging.getLogger(__name__)


def _guarded(fn: Callable[[], Any]) -> Callable[[], tuple[bool, Any]]:
    def job() -> tuple[bool, Any]:
        try:
            return True, fn()
        except ReferralError as exc:
            return False, exc

    return job


def run(
    worker: Worker,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_refused: Callable[[ReferralError], None] | None = None,
    *,
    write: bool = False,
    label: str = "referrals",
    key: str | None = None,
    on_error: Callable[[str], None] | None = None,
) -> int:
    """Run ``fn`` off the GUI thread; results and refusals come back on it."""

    def deliver(outcome: tuple[bool, Any]) -> None:
        ok, value = outcome
        if ok:
            on_done(value)
        elif on_refused is not None:
            on_refused(value)
        else:
            log.info("%s refused: %s", label, type(value).__name__)

    return worker.submit(
        _guarded(fn), deliver, on_error, write=write, label=label, key=key
    )
