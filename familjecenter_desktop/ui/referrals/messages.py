"""Translating marked referral messages; the status, action and consent words."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from familjecenter_desktop.referrals.errors import InvalidInputError, ReferralError

log = logging.getLogger(__name__)

CONTEXTS = ("referrals", "referral_rules", "identity", "phones")


def translated(message: str) -> str:
    """The message in the UI language, whichever referral context marked it."""
    for context in CONTEXTS:
        text = QCoreApplication.translate(context, message)
        if text != message:
            return text
    return message


def problems_text(problems: list[tuple[str, str]]) -> str:
    """Every (field, message) problem in the UI language, one per line."""
    return "\n".join(translated(m) for _, m in problems)


def refusal_text(exc: ReferralError) -> str:
    """Every problem of a refusal, one per line, in the UI language."""
    if isinstance(exc, InvalidInputError):
        return problems_text(exc.problems)
    return translated(exc.message)


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


def action_name(action: str) -> str:
    """What a history or access-log entry says was done, in the UI language.

    The referral detail, the administrator's access list and the field-kit
    conflict dialog all word the stored action codes through this one table.
    """
    names = {
        "create": QCoreApplication.translate("ReferralList", "created"),
        "update": QCoreApplication.translate("ReferralList", "edited"),
        "view": QCoreApplication.translate("ReferralList", "viewed"),
        "list": QCoreApplication.translate("ReferralList", "listed"),
        "status": QCoreApplication.translate("ReferralList", "status changed"),
        "consent": QCoreApplication.translate("ReferralList", "consent recorded"),
        "consent_withdrawn": QCoreApplication.translate(
            "ReferralList", "consent withdrawn"
        ),
        "print": QCoreApplication.translate("ReferralList", "printed"),
        "export": QCoreApplication.translate("ReferralList", "exported"),
        "anonymise": QCoreApplication.translate("ReferralList", "anonymised"),
        "follow_up": QCoreApplication.translate("ReferralList", "follow-up moved"),
        "send": QCoreApplication.translate("ReferralList", "sent"),
        "receive": QCoreApplication.translate("ReferralList", "received"),
        "accept": QCoreApplication.translate("ReferralList", "accepted"),
        "decline": QCoreApplication.translate("ReferralList", "declined"),
        "complete": QCoreApplication.translate("ReferralList", "closed with outcome"),
        "cancel": QCoreApplication.translate("ReferralList", "cancelled"),
        "reopen": QCoreApplication.translate("ReferralList", "reopened"),
        "field_kit_import": QCoreApplication.translate(
            "ReferralList", "brought in from a field kit"
        ),
        "field_kit_kept_field": QCoreApplication.translate(
            "ReferralList", "laptop's version kept (field kit)"
        ),
        "field_kit_kept_site": QCoreApplication.translate(
            "ReferralList", "site's version kept (field kit)"
        ),
    }
    return names.get(action, action)


def consent_givers() -> dict[str, str]:
    """Who gave a consent, in the UI language (in the consent dialog's order)."""
    return {
        "guardian": QCoreApplication.translate("ConsentDialog", "Guardian"),
        "young_person": QCoreApplication.translate("ConsentDialog", "The young person"),
        "both": QCoreApplication.translate("ConsentDialog", "Both"),
    }


def consent_methods() -> dict[str, str]:
    """How a consent was given, in the UI language."""
    return {
        "verbal": QCoreApplication.translate("ConsentDialog", "Verbal"),
        "written": QCoreApplication.translate("ConsentDialog", "Written"),
        "electronic": QCoreApplication.translate("ConsentDialog", "Electronic"),
    }


def consent_data_names() -> dict[str, str]:
    """The kinds of data a consent covers, in the UI language."""
    return {
        "identity": QCoreApplication.translate(
            "ConsentDialog", "Names and identity code"
        ),
        "contact": QCoreApplication.translate(
            "ConsentDialog", "Phone numbers and contact wishes"
        ),
        "language": QCoreApplication.translate(
            "ConsentDialog", "Language and interpreter"
        ),
        "situation": QCoreApplication.translate("ConsentDialog", "Reasons and note"),
    }
