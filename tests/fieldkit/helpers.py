"""Made-up referral input for the field-kit tests."""

from __future__ import annotations

from familjecenter_desktop.referrals.consents import ConsentInput
from familjecenter_desktop.referrals.validation import ReferralInput


def referral_input(service_id: int, **changes) -> ReferralInput:
    """A referral with consent to the family counselling service."""
    values = ReferralInput(
        kind="referral_with_consent",
        family_ref="KENTTÄ-1",
        family_names="Testi Kenttäläinen",
        phones=["040 123 4567"],
        receiver_service_id=service_id,
        reasons=["parenthood"],
    )
    for key, value in changes.items():
        setattr(values, key, value)
    return values


def full_consent(purpose: str = "Yhteydenotto perheneuvolasta") -> ConsentInput:
    return ConsentInput(
        given_by="guardian",
        data=["identity", "contact", "situation", "language"],
        purpose=purpose,
        method="written",
    )
