"""The referral sheet from the referrals package: what the family already knows.

``print_referral_sheet`` goes through ``referrals.records.record_print``, which
checks the user may print and writes the print into the referral's access log,
then builds the sheet. Only what the family was told is printed: the service,
the date, who contacts whom and by when, and whom to call. The worker's
internal note, the reasons, consents and the history are never printed.
"""

from __future__ import annotations

import logging

from familjecenter_desktop.core.timeutil import to_helsinki
from familjecenter_desktop.domain import referral_rules
from familjecenter_desktop.referrals.records import record_print
from familjecenter_desktop.referrals.views import ReferralView
from familjecenter_desktop.sheets.adapter import load_sheet_services
from familjecenter_desktop.sheets.build import BuiltSheet, build_sheet
from familjecenter_desktop.sheets.from_catalogue import with_settings
from familjecenter_desktop.sheets.model import SheetOptions, SheetReferral, SheetService

log = logging.getLogger(__name__)


def sheet_referral(
    view: ReferralView, service: SheetService, contact_phone: str = ""
) -> SheetReferral:
    """The family-facing part of a referral."""
    sent = view.sent_at or view.created_at
    return SheetReferral(
        service=service,
        referred_on=to_helsinki(sent).date() if sent.tzinfo else sent.date(),
        # Guidance: the family gets in touch; a referral: the service calls.
        service_contacts_family=view.kind != referral_rules.GUIDANCE,
        contact_by=view.follow_up_on,
        contact_name=view.sender_unit,
        contact_phone=contact_phone,
        worker_name=view.sender_user,
    )


def print_referral_sheet(
    workspace, actor, referral_id: int, options: SheetOptions, contact_phone: str = ""
) -> BuiltSheet:
    """Log the print in the referral's access log and build the family's sheet."""
    view = record_print(workspace, actor, referral_id)
    options = with_settings(options, workspace)
    service = SheetService(name=view.receiver)
    if view.receiver_service_id is not None:
        with workspace.session() as session:
            [service] = load_sheet_services(
                session, [view.receiver_service_id], options.lang, options.printed_on
            )
    referral = sheet_referral(view, service, contact_phone)
    log.info("referral %s printed for the family", referral_id)
    return build_sheet(options, referral=referral)
