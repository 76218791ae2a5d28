"""Identity codes: checksum, every century sign, temporary codes, clear refusals."""

from __future__ import annotations

from datetime import date

import pytest
from stdnum.fi import hetu

from familjecenter_desktop.domain.identity import (
    CENTURY_SIGNS,
    IdentityCodeError,
    make_identity_code,
    parse_identity_code,
)


@pytest.mark.parametrize("sign", sorted(CENTURY_SIGNS))
def test_every_century_sign_gives_its_century(sign):
    """Each of + - Y X W V U A B C D E F reads as its century."""
    century = CENTURY_SIGNS[sign]
    code = make_identity_code(date(century + 10, 3, 4), 905, sign)

    parsed = parse_identity_code(code)

    assert parsed.birth_date == date(century + 10, 3, 4)
    assert hetu.is_valid(code, allow_temporary=True)


def test_same_digits_differ_only_by_sign():
    """Two codes that differ only in the century sign are both valid."""
    old = make_identity_code(date(1901, 1, 1), 950, "-")
    new = old[:6] + "Y" + old[7:]

    assert parse_identity_code(old).birth_date == parse_identity_code(new).birth_date


def test_temporary_code_is_flagged():
    """Individual numbers 900–999 are temporary."""
    temporary = parse_identity_code(make_identity_code(date(2020, 1, 1), 901, "A"))
    permanent = parse_identity_code("131052-308T")

    assert temporary.temporary
    assert not permanent.temporary


def test_lower_case_and_spaces_are_accepted():
    """Typing in lower case with stray spaces still parses."""
    code = make_identity_code(date(2021, 6, 30), 999, "B").lower()

    assert parse_identity_code(f" {code} ").code == code.upper()


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("131052-308U", "check character"),
        ("310252-308Y", "real date"),
        ("131052G308T", "century sign"),
        ("131052-30T", "11 characters"),
        ("13105X-308T", "digits"),
        ("131052-001T", "individual number"),
    ],
)
def test_bad_codes_say_what_is_wrong(text, says):
    """Each kind of error gets its own plain message."""
    with pytest.raises(IdentityCodeError) as caught:
        parse_identity_code(text)

    assert says in caught.value.message


def test_agrees_with_stdnum_on_many_codes():
    """Our check and python-stdnum agree on valid and corrupted codes."""
    for day in range(1, 29, 3):
        for individual in (2, 123, 899, 900, 999):
            for sign in "+-YXWVUABCDEF":
                code = make_identity_code(date(2000, 2, day), individual, sign)
                bad = code[:-1] + ("A" if code[-1] != "A" else "B")

                assert hetu.is_valid(code, allow_temporary=True)
                assert parse_identity_code(code).code == code
                with pytest.raises(IdentityCodeError):
                    parse_identity_code(bad)
