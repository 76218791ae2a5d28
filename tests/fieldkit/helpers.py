"""Made-up referral input for the field-kit tests (the referral tests' own, renamed)."""

from __future__ import annotations

from familjecenter_desktop.referrals.consents import ConsentInput
from familjecenter_desktop.referrals.validation import ReferralInput
from tests.referrals import helpers


def referral_input(service_id: int, **changes) -> ReferralInput:
    """A referral with consent to the family counselling service, made in the field."""
    changes = {"family_ref": "KENTTÄ-1", "family_names": "Testi Kenttäläinen"} | changes
    return helpers.referral_input(service_id, **changes)


def full_consent(purpose: str = "Yhteydenotto perheneuvolasta") -> ConsentInput:
    consent = helpers.full_consent()
    consent.purpose = purpose
    return consent
