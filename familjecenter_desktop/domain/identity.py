"""The Finnish personal identity code (henkilötunnus / personbeteckning).

A code is ``DDMMYYCNNNK``: birth date, century sign, individual number and a
check character. Since 2023 the 1900s also take ``Y X W V U`` and the 2000s
``B C D E F`` besides ``-`` and ``A``. Individual numbers 900–999 are temporary
codes: valid in form, but never used to link one person's records.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from familjecenter_desktop.core.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURY_SIGNS = {
    "+": 1800,
    **dict.fromkeys("-YXWVU", 1900),
    **dict.fromkeys("ABCDEF", 2000),
}
CONTEXT = "identity"


class IdentityCodeError(ValueError):
    """A code that is not a valid identity code; ``message`` says why, in English."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class IdentityCode:
    """A checked identity code and what it tells."""

    code: str
    birth_date: date
    individual_number: int

    @property
    def temporary(self) -> bool:
        """Temporary codes (individual number 900–999) never link records."""
        return self.individual_number >= 900


def check_character(date_digits: str, individual: str) -> str:
    """The check character for the nine digits of date and individual number."""
    return CHECK_CHARACTERS[int(date_digits + individual) % 31]


def parse_identity_code(text: str) -> IdentityCode:
    """Check ``text`` and return the code; raise IdentityCodeError saying why not."""
    code = "".join(text.split()).upper()
    if len(code) != 11:
        raise IdentityCodeError(
            QT_TRANSLATE_NOOP("identity", "An identity code has 11 characters.")
        )

    date_digits, sign, individual, check = code[:6], code[6], code[7:10], code[10]
    if not (date_digits.isdigit() and individual.isdigit()):
        raise IdentityCodeError(
            QT_TRANSLATE_NOOP(
                "identity", "The date and the individual number must be digits."
            )
        )
    if sign not in CENTURY_SIGNS:
        raise IdentityCodeError(
            QT_TRANSLATE_NOOP(
                "identity",
                "The 7th character must be a century sign: + - Y X W V U A B C D E F.",
            )
        )

    year = CENTURY_SIGNS[sign] + int(date_digits[4:6])
    try:
        born = date(year, int(date_digits[2:4]), int(date_digits[0:2]))
    except ValueError:
        raise IdentityCodeError(
            QT_TRANSLATE_NOOP("identity", "The first six digits are not a real date.")
        ) from None

    number = int(individual)
    if number < 2:
        raise IdentityCodeError(
            QT_TRANSLATE_NOOP("identity", "The individual number must be 002–999.")
        )
    if check != check_character(date_digits, individual):
        raise IdentityCodeError(
            QT_TRANSLATE_NOOP(
                "identity",
                "The check character does not match; check for typing errors.",
            )
        )
    return IdentityCode(code=code, birth_date=born, individual_number=number)


def make_identity_code(born: date, individual: int, sign: str | None = None) -> str:
    """Build a valid code (for tests and made-up fixtures)."""
    if sign is None:
        sign = {1800: "+", 1900: "-", 2000: "A"}[born.year // 100 * 100]
    digits = born.strftime("%d%m%y")
    number = f"{individual:03d}"
    return f"{digits}{sign}{number}{check_character(digits, number)}"
