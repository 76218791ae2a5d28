"""Translating the messages the referral functions mark with QT_TRANSLATE_NOOP."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

CONTEXTS = ("referrals", "referral_rules", "identity", "phones")


def translated(message: str) -> str:
    """The message in the UI language, whichever referral context marked it."""
    for context in CONTEXTS:
        text = QCoreApplication.translate(context, message)
        if text != message:
            return text
    return message
