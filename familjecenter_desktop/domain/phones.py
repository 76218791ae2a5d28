"""Phone numbers: parsed with Finland as the default region, stored as E.164.

Accepted spellings include ``040 123 4567``, ``+358 40 123 4567``,
``+358 (0)40 123 4567``, ``00358 40 123 4567`` and national service numbers
such as ``029 …``, ``0800 …``, ``0100 …`` and ``020 …``.
"""

from __future__ import annotations

import logging
import re

import phonenumbers

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

DEFAULT_REGION = "FI"
CONTEXT = "phones"
_TRUNK_IN_BRACKETS = re.compile(r"^(\+\d{1,3})\s*\(0\)")
_ALLOWED = re.compile(r"^[0-9+()\-./ ]+$")


class PhoneNumberError(ValueError):
    """Text that is not a usable phone number; ``message`` says why, in English."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def normalise_phone(text: str, region: str = DEFAULT_REGION) -> str:
    """The number in ``text`` in E.164 form (``+358401234567``)."""
    raw = text.strip()
    if not raw:
        raise PhoneNumberError(
            QT_TRANSLATE_NOOP("phones", "The phone number is empty.")
        )
    if not _ALLOWED.match(raw):
        raise PhoneNumberError(
            QT_TRANSLATE_NOOP(
                "phones",
                "A phone number may hold only digits, spaces, +, -, brackets, "
                "dots and slashes.",
            )
        )

    raw = _TRUNK_IN_BRACKETS.sub(r"\1 ", raw)
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        raise PhoneNumberError(
            QT_TRANSLATE_NOOP("phones", "This does not look like a phone number.")
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise PhoneNumberError(
            QT_TRANSLATE_NOOP(
                "phones",
                "This number does not exist in the numbering plan; check the digits "
                "and the country code.",
            )
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164: str) -> str:
    """A stored number for reading: national form for Finnish, international else.

    A number stored without its country code (a unit's phone copied from the
    catalogue) is read as Finnish; one that still does not parse is shown as is.
    """
    try:
        number = phonenumbers.parse(e164, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == DEFAULT_REGION:
        kind = phonenumbers.PhoneNumberFormat.NATIONAL
    else:
        kind = phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(number, kind)
