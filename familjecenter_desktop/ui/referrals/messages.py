"""Translating the messages the referral functions mark, and the status words."""

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


def status_name(status: str) -> str:
    """A status in the UI language."""
    names = {
        "draft": QCoreApplication.translate("ReferralList", "Draft"),
        "sent": QCoreApplication.translate("ReferralList", "Sent"),
        "received": QCoreApplication.translate("ReferralList", "Received"),
        "accepted": QCoreApplication.translate("ReferralList", "Accepted"),
        "declined": QCoreApplication.translate("ReferralList", "Declined"),
        "completed": QCoreApplication.translate("ReferralList", "Completed"),
        "cancelled": QCoreApplication.translate("ReferralList", "Cancelled"),
    }
    return names.get(status, status)


def outcome_name(outcome: str | None) -> str:
    """A completed referral's outcome in the UI language."""
    names = {
        "got_help": QCoreApplication.translate("ActionsBar", "Got help"),
        "did_not_attend": QCoreApplication.translate("ActionsBar", "Did not attend"),
        "referred_on": QCoreApplication.translate("ActionsBar", "Referred on"),
        "other": QCoreApplication.translate("ActionsBar", "Other"),
    }
    return names.get(outcome or "", outcome or "")
