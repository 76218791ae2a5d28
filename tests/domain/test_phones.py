"""Phone numbers: Finnish by default, E.164 out, service numbers and odd spellings."""

from __future__ import annotations

import pytest

from familjecenter_desktop.domain.phones import (
    PhoneNumberError,
    display_phone,
    normalise_phone,
)


@pytest.mark.parametrize(
    ("text", "e164"),
    [
        ("040 123 4567", "+358401234567"),
        ("+358 40 123 4567", "+358401234567"),
        ("+358 (0)40 123 4567", "+358401234567"),
        ("+358(0)9 310 1691", "+35893101691"),
        ("00358 40 123 4567", "+358401234567"),
        ("09-310 1691", "+35893101691"),
        ("0295 020 500", "+358295020500"),
        ("029 5000", "+358295000"),
        ("0800 12345", "+35880012345"),
        ("0100 23552", "+35810023552"),
        ("020 634 0000", "+358206340000"),
        ("+46 8 123 456 78", "+46812345678"),
    ],
)
def test_numbers_are_stored_in_international_form(text, e164):
    """Mobile, landline, national service numbers and foreign numbers parse."""
    assert normalise_phone(text) == e164


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "empty"),
        ("040 abc", "only digits"),
        ("112", "numbering plan"),
        ("+358 1", "look like a phone number"),
        ("040 12", "numbering plan"),
    ],
)
def test_bad_numbers_say_why(text, says):
    """Empty, lettered and impossible numbers are refused with a reason."""
    with pytest.raises(PhoneNumberError) as caught:
        normalise_phone(text)

    assert says in caught.value.message


def test_display_is_national_for_finnish_numbers():
    """Stored numbers read back in the familiar national form."""
    assert display_phone("+358401234567") == "040 1234567"
    assert display_phone("+46812345678").startswith("+46")
