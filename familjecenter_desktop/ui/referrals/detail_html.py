"""The chosen referral as HTML: the family (when shown), history, consents, log.

Every code (status, kind, action, consent data) is put into words in the UI
language through ``messages``; dates and times through ``dates``.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QCoreApplication

from familjecenter_desktop.domain import referral_rules as rules
from familjecenter_desktop.domain.phones import display_phone
from familjecenter_desktop.referrals.views import ReferralView
from familjecenter_desktop.ui.referrals.dates import show_date, show_moment
from familjecenter_desktop.ui.referrals.messages import (
    action_name,
    consent_data_names,
    outcome_name,
    status_name,
)

log = logging.getLogger(__name__)


def detail_html(view: ReferralView, access_log) -> str:
    """The referral as HTML: family (when shown), history, consents, access log."""
    e = html.escape
    kind = QCoreApplication.translate(
        "referral_rules", rules.KIND_NAMES.get(view.kind, view.kind)
    )
    parts = [
        f"<h3>{e(view.receiver)}</h3>",
        f"<p><b>{e(status_name(view.status))}</b> · {e(kind)}</p>",
    ]
    if view.consent_withdrawn:
        withdrawn = QCoreApplication.translate(
            "ReferralList", "Consent withdrawn: no further disclosure."
        )
        parts.append(f"<p><b>{e(withdrawn)}</b></p>")
    if view.outcome:
        outcome = QCoreApplication.translate("ReferralList", "Outcome: %1").replace(
            "%1", outcome_name(view.outcome)
        )
        parts.append(f"<p>{e(outcome)}</p>")
    if view.decline_reason:
        reason = QCoreApplication.translate(
            "ReferralList", "Reason for declining: %1"
        ).replace("%1", view.decline_reason)
        parts.append(f"<p>{e(reason)}</p>")
    if view.follow_up_on:
        follow = QCoreApplication.translate("ReferralList", "Follow up on %1").replace(
            "%1", show_date(view.follow_up_on)
        )
        parts.append(f"<p>{e(follow)}</p>")
    if view.family is not None:
        family = view.family
        phones = ", ".join(display_phone(p) for p in family.phones)
        details = [family.reference, family.names, family.identity_code, phones]
        parts.append("<p>" + e(" · ".join(d for d in details if d)) + "</p>")
        if family.identity_temporary:
            temporary = QCoreApplication.translate(
                "ReferralList", "Temporary identity code"
            )
            parts.append(f"<p>{e(temporary)}</p>")
        if view.note:
            parts.append(f"<p>{e(view.note)}</p>")
    else:
        hidden = QCoreApplication.translate(
            "ReferralList", "Family details are not shown to you."
        )
        parts.append(f"<p><i>{e(hidden)}</i></p>")

    history = QCoreApplication.translate("ReferralList", "History")
    parts.append(f"<h4>{e(history)}</h4><ul>")
    for event in view.events:
        note = f" — {e(event.note)}" if event.note else ""
        parts.append(
            f"<li>{e(show_moment(event.at))} {e(event.username)}: "
            f"{e(action_name(event.action))} → {e(status_name(event.to_status))}"
            f"{note}</li>"
        )
    given = QCoreApplication.translate("ReferralList", "Consents")
    parts.append(f"</ul><h4>{e(given)}</h4><ul>")
    data_names = consent_data_names()
    for consent in view.consents:
        state = (
            QCoreApplication.translate("ReferralList", "in force")
            if consent.in_force
            else QCoreApplication.translate("ReferralList", "not in force")
        )
        data = ", ".join(data_names.get(d, d) for d in consent.data)
        until = (
            " "
            + QCoreApplication.translate("ReferralList", "until %1").replace(
                "%1", show_date(consent.valid_until)
            )
            if consent.valid_until
            else ""
        )
        parts.append(
            f"<li>{e(show_moment(consent.given_at))}: {e(data)} — {e(state)}"
            f"{e(until)}</li>"
        )
    parts.append("</ul>")
    if access_log:
        logged = QCoreApplication.translate("ReferralList", "Access log")
        parts.append(f"<h4>{e(logged)}</h4><ul>")
        for row in access_log:
            parts.append(
                f"<li>{e(show_moment(row.at))} {e(row.username)}: "
                f"{e(action_name(row.action))} ({e(row.workstation)})</li>"
            )
        parts.append("</ul>")
    return "".join(parts)
