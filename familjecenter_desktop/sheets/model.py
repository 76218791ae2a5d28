"""The plain data a sheet is printed from: services, a referral, the options.

Everything here is already in the words the family will read; the engine only
lays it out. Nothing here knows about the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Literal

SheetKind = Literal["service", "card", "referral"]
PageSize = Literal["A4", "A5"]

KINDS: tuple[str, ...] = ("service", "card", "referral")
SIZES: tuple[str, ...] = ("A4", "A5")


@dataclass(frozen=True)
class HoursDay:
    """One day of opening hours, already resolved (exceptions, holidays applied)."""

    day: date
    openings: tuple[tuple[time, time], ...] = ()
    always_open: bool = False
    by_appointment: bool = False
    holiday_name: str | None = None
    note: str = ""


@dataclass(frozen=True)
class SheetPhone:
    """A phone number and what it is for."""

    number: str
    label: str = ""


@dataclass(frozen=True)
class SheetLink:
    """A web address and its name."""

    url: str
    name: str = ""


@dataclass(frozen=True)
class SheetLocation:
    """A place where the service is offered."""

    name: str = ""
    address_lines: tuple[str, ...] = ()
    accessibility: str = ""
    phones: tuple[SheetPhone, ...] = ()
    hours: tuple[HoursDay, ...] | None = None
    web_pages: tuple[SheetLink, ...] = ()


@dataclass(frozen=True)
class SheetService:
    """One service as it is printed on a sheet."""

    name: str
    organisation: str = ""
    summary: str = ""
    description: str = ""
    eligibility: str = ""
    user_instruction: str = ""
    charge_type: str | None = None
    charge_info: str = ""
    locations: tuple[SheetLocation, ...] = ()
    phones: tuple[SheetPhone, ...] = ()
    emails: tuple[str, ...] = ()
    web_pages: tuple[SheetLink, ...] = ()
    e_services: tuple[SheetLink, ...] = ()
    other_language: str | None = None
    other_language_partly: bool = False
    source: str = ""
    last_updated: datetime | None = None
    verified_at: datetime | None = None

    @property
    def qr_url(self) -> str | None:
        """The address the QR code points to: the first web page, else the first
        e-service, else the first location's web page."""
        located = [link for loc in self.locations for link in loc.web_pages]
        for link in (*self.web_pages, *self.e_services, *located):
            if link.url.strip():
                return link.url.strip()
        return None


@dataclass(frozen=True)
class SheetReferral:
    """What the family already knows about a referral; never internal notes."""

    service: SheetService
    referred_on: date
    service_contacts_family: bool = True
    contact_by: date | None = None
    if_nothing_happens: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    worker_name: str = ""


@dataclass(frozen=True)
class SheetOptions:
    """How the sheet is printed."""

    kind: SheetKind = "service"
    lang: str = "fi"
    size: PageSize = "A4"
    large_print: bool = False
    note: str = ""
    site_name: str = ""
    stale_record_days: int = 365
    printed_on: date = field(default_factory=date.today)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"sheet kind must be one of {KINDS}, not {self.kind!r}")
        if self.size not in SIZES:
            raise ValueError(f"page size must be one of {SIZES}, not {self.size!r}")
