"""Made-up referral input for the tests."""

from __future__ import annotations

from familjecenter_desktop.referrals.consents import ConsentInput
from familjecenter_desktop.referrals.validation import ReferralInput


def referral_input(service_id: int, **changes) -> ReferralInput:
    """A referral with consent to the family counselling service."""
    values = ReferralInput(
        kind="referral_with_consent",
        family_ref="TT-1",
        family_names="Testi Testinen",
        phones=["040 123 4567"],
        receiver_service_id=service_id,
        reasons=["parenthood"],
    )
    for key, value in changes.items():
        setattr(values, key, value)
    return values


def full_consent() -> ConsentInput:
    return ConsentInput(
        given_by="guardian",
        data=["identity", "contact", "situation", "language"],
        purpose="Yhteydenotto perheneuvolasta",
        method="written",
    )
