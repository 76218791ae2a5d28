"""The family's details as stored: identity codes and phone numbers in a referral."""

from __future__ import annotations

from datetime import date

import pytest

from familjecenter_desktop.domain.identity import CENTURY_SIGNS, make_identity_code
from familjecenter_desktop.referrals import records
from familjecenter_desktop.referrals.errors import InvalidInputError

from .helpers import referral_input

PHONES = {
    "029 5020 500": "+358295020500",
    "+358 (0)40 123 4567": "+358401234567",
    "00358 40 123 4567": "+358401234567",
    "040-123 4567": "+358401234567",
}


def test_phone_numbers_are_stored_in_international_form(workspace, staff):
    """National service numbers, +358 (0) and 00358 spellings all store as E.164."""
    made = records.create_referral(
        workspace,
        staff.nurse,
        referral_input(staff.service_id, phones=list(PHONES)),
    )

    assert made.family.phones == tuple(PHONES.values())


def unlived_birth_date(century: int) -> date:
    """A birth date no living person has, for the permanent codes these tests need.

    Permanent codes must have an individual number under 900, so instead of a
    temporary number the date is made impossible: born in 1800 or 1900 (no one
    alive) or in 2099 (not yet born).
    """
    return date(century + 99, 5, 6) if century >= 2000 else date(century, 5, 6)


def test_every_century_sign_is_accepted(workspace, staff):
    """Codes with every century sign (the 2023 reform's too) are accepted."""
    stored = []
    for sign in sorted(CENTURY_SIGNS):
        code = make_identity_code(unlived_birth_date(CENTURY_SIGNS[sign]), 321, sign)
        made = records.create_referral(
            workspace, staff.nurse, referral_input(staff.service_id, identity_code=code)
        )
        stored.append(
            (made.family.identity_code == code, made.family.identity_temporary)
        )

    assert stored == [(True, False)] * len(CENTURY_SIGNS)


def test_temporary_code_is_flagged_and_never_links_records(workspace, staff):
    """Two referrals with the same temporary code get no person key to link them."""
    from familjecenter_desktop.db.models import Referral

    code = make_identity_code(date(2021, 2, 3), 950, "A")
    first = records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id, identity_code=code)
    )
    records.create_referral(
        workspace, staff.nurse, referral_input(staff.service_id, identity_code=code)
    )

    with workspace.session() as session:
        keys = [r.person_key for r in session.query(Referral).all()]
    assert first.family.identity_temporary
    assert keys == [None, None]


def test_permanent_code_links_by_an_opaque_key(workspace, staff):
    """The same permanent code gives the same key, which is not the code."""
    from familjecenter_desktop.db.models import Referral

    code = make_identity_code(unlived_birth_date(2000), 123, "A")
    for _ in range(2):
        records.create_referral(
            workspace, staff.nurse, referral_input(staff.service_id, identity_code=code)
        )

    with workspace.session() as session:
        keys = {r.person_key for r in session.query(Referral).all()}
    assert len(keys) == 1 and code not in keys.pop()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"identity_code": "010101A923X"}, "identity_code"),
        ({"phones": ["040 abc"]}, "phones"),
        ({"family_ref": make_identity_code(date(2020, 1, 1), 923, "A")}, "family_ref"),
        ({"kind": "anonymous_consultation"}, "family"),
    ],
)
def test_bad_family_input_is_refused_naming_the_field(workspace, staff, changes, field):
    """A wrong checksum, letters in a phone, a code used as the reference, names in
    an anonymous consultation: each is refused and names what is wrong."""
    with pytest.raises(InvalidInputError) as caught:
        records.create_referral(
            workspace, staff.nurse, referral_input(staff.service_id, **changes)
        )

    assert field in {f for f, _ in caught.value.problems}
