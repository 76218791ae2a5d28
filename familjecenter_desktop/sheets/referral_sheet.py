"""The referral sheet from the referrals package: what the family already knows.

Two ways in, both permission-checked by the referrals package:

- ``preview_referral_sheet`` builds the sheet to look at. It reads the referral
  with ``get_referral`` (a *view* in the access log) and needs the right to
  print. It can also suggest the sheet language from the family's preferred
  language, when the user may see it. ``rebuild_referral_preview`` builds it
  again with other options from what was read.
- ``print_referral_sheet`` is called for every print and every saved PDF: it
  goes through ``referrals.records.record_print``, which checks the user may
  print and writes a *print* entry into the referral's access log, then builds
  the sheet from the referral as it is at that moment.

The phone the family is told to call is the one the worker gives, else the
sending unit's own number. Only what the family was told is printed: the
service, the date, who contacts whom and by when, and whom to call. The
worker's internal note, the reasons, consents and the history are never
printed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

import phonenumbers
from sqlalchemy import select

from familjecenter_desktop.core.timeutil import to_helsinki
from familjecenter_desktop.db.models import Organisation, Referral
from familjecenter_desktop.domain import referral_rules
from familjecenter_desktop.domain.phones import display_phone
from familjecenter_desktop.referrals import permissions as perm
from familjecenter_desktop.referrals.records import get_referral, record_print
from familjecenter_desktop.referrals.views import ReferralView
from familjecenter_desktop.sheets.adapter import load_sheet_services
from familjecenter_desktop.sheets.build import BuiltSheet, build_sheet
from familjecenter_desktop.sheets.from_catalogue import with_settings
from familjecenter_desktop.sheets.model import SheetOptions, SheetReferral, SheetService
from familjecenter_desktop.sheets.phrases import available_languages, load_phrasebook

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReferralPreview:
    """A referral sheet to look at, the language it was built in, and the
    referral as read (to build again with other options without reading it
    again)."""

    sheet: BuiltSheet
    lang: str
    view: ReferralView


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


def sheet_language(preferred: str | None) -> str | None:
    """The sheet language matching a family's preferred language as typed
    ("arabia", "Arabic", "العربية", "ar"), or None when no sheet language fits."""
    wanted = (preferred or "").strip().casefold()
    if not wanted:
        return None
    codes = [c for c in available_languages() if c != "fi-selko"]
    if wanted in codes:
        return wanted
    for code in codes:
        names = load_phrasebook(code).language_names
        for named_code, name in names.items():
            if named_code in codes and name.casefold() == wanted:
                return named_code
    return None


def sender_unit_phone(session, referral_id: int) -> str:
    """The sending unit's phone number for reading, or "" when it has none."""
    stored = session.scalar(
        select(Organisation.phone)
        .join(Referral, Referral.sender_unit_id == Organisation.id)
        .where(Referral.id == referral_id)
    )
    if not stored:
        return ""
    try:
        return display_phone(stored)
    except phonenumbers.NumberParseException:
        return stored


def _build(
    workspace, view: ReferralView, options: SheetOptions, contact_phone: str
) -> BuiltSheet:
    """The sheet of a referral the user may see; the phone the family is given is
    ``contact_phone``, else the sending unit's own number."""
    options = with_settings(options, workspace)
    service = SheetService(name=view.receiver)
    with workspace.session() as session:
        if view.receiver_service_id is not None:
            [service] = load_sheet_services(
                session, [view.receiver_service_id], options.lang, options.printed_on
            )
        phone = contact_phone.strip() or sender_unit_phone(session, view.id)
    return build_sheet(options, referral=sheet_referral(view, service, phone))


def preview_referral_sheet(
    workspace,
    actor,
    referral_id: int,
    options: SheetOptions,
    contact_phone: str = "",
    suggest_language: bool = False,
) -> ReferralPreview:
    """The sheet to look at before printing (logged as a view, not a print).

    With ``suggest_language`` the sheet is built in the family's preferred
    language when it is known to the user and a sheet language matches.
    """
    perm.require(actor, perm.PRINT)
    view = get_referral(workspace, actor, referral_id)
    if suggest_language and view.family is not None:
        code = sheet_language(view.family.language)
        if code is not None:
            options = replace(options, lang=code)
    return rebuild_referral_preview(workspace, view, options, contact_phone)


def rebuild_referral_preview(
    workspace, view: ReferralView, options: SheetOptions, contact_phone: str = ""
) -> ReferralPreview:
    """The preview again with other options, from a referral already read with
    ``preview_referral_sheet`` (nothing more is read from the referral, so
    nothing more is logged)."""
    sheet = _build(workspace, view, options, contact_phone)
    return ReferralPreview(sheet, options.lang, view)


def print_referral_sheet(
    workspace, actor, referral_id: int, options: SheetOptions, contact_phone: str = ""
) -> BuiltSheet:
    """Log the print in the referral's access log and build the family's sheet."""
    view = record_print(workspace, actor, referral_id)
    sheet = _build(workspace, view, options, contact_phone)
    log.info("referral %s printed for the family", referral_id)
    return sheet
