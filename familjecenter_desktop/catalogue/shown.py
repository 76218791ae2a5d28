"""The plain data the window and the handout printer show about services.

Two shapes: ``ServiceRow`` (one line of a result list) and ``ServiceDetail``
(everything known about one service). Texts are already chosen for the reader's
language; each ``ShownText`` says which language it is in, so the UI can mark a
text that exists only in Finnish. ``catalogue/details.py`` loads them. This
module imports no database code, so the window can be built before the
database layer has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from familjecenter_desktop.domain.hours import HoursSet
from familjecenter_desktop.domain.texts import pick_with_language

MUNICIPALITY_SCHEME = "municipality"
LABELLED_SCHEMES = ("service_class", "target_group", "life_event")


@dataclass(frozen=True)
class ShownText:
    """A text picked for the reader and the language it is actually in."""

    text: str = ""
    language: str | None = None

    def __bool__(self) -> bool:
        return bool(self.text)

    def is_other_language(self, lang: str) -> bool:
        """True when the text exists but not in the reader's language."""
        return bool(self.text) and self.language not in (None, lang)


@dataclass(frozen=True)
class ServiceRow:
    """One line of a result list."""

    id: int
    name: str
    organisation: str
    municipality: str
    summary: str


@dataclass(frozen=True)
class AddressDetail:
    """A street or postal address, ready to print."""

    kind: str
    street: str
    street_number: str
    po_box: str
    postal_code: str
    post_office: str
    municipality: str
    latitude: float | None
    longitude: float | None
    additional_info: ShownText
    entrance_accessibility: ShownText

    def lines(self) -> list[str]:
        """The address as it is written on an envelope."""
        first = " ".join(p for p in (self.street, self.street_number) if p)
        if not first and self.po_box:
            first = self.po_box
        second = " ".join(p for p in (self.postal_code, self.post_office) if p)
        if not second and self.municipality:
            second = self.municipality
        return [line for line in (first, second) if line]


@dataclass(frozen=True)
class PhoneDetail:
    """A phone number with what it is for and what a call costs."""

    number: str
    label: ShownText
    kind: str = "phone"
    charge_type: str | None = None
    charge_info: ShownText = field(default_factory=ShownText)
    # Service hours of a phone line (PTV phone channels carry them).
    hours: list[HoursSet] = field(default_factory=list)


@dataclass(frozen=True)
class LinkDetail:
    """A web page, e-service or printable form: its address and name."""

    url: str
    name: ShownText
    kind: str = "web"
    # Service hours of an e-service (when it is staffed or available).
    hours: list[HoursSet] = field(default_factory=list)


@dataclass(frozen=True)
class LocationDetail:
    """A place where the service is offered, with its opening hours."""

    id: int
    name: ShownText
    addresses: list[AddressDetail]
    accessibility: ShownText
    phones: list[PhoneDetail]
    emails: list[str]
    hours: list[HoursSet]


@dataclass(frozen=True)
class ServiceDetail:
    """Everything known about one service, with texts in the reader's language."""

    id: int
    lang: str
    name: ShownText
    alternative_name: ShownText
    summary: ShownText
    description: ShownText
    user_instruction: ShownText
    eligibility: ShownText
    charge_type: str | None
    charge_info: ShownText
    languages: list[str]
    min_age_months: int | None
    max_age_months: int | None
    organisation: ShownText
    categories: list[str]
    tasks: list[str]
    target_groups: list[str]
    service_classes: list[str]
    life_events: list[str]
    locations: list[LocationDetail]
    phones: list[PhoneDetail]
    emails: list[str]
    web_pages: list[LinkDetail]
    e_services: list[LinkDetail]
    forms: list[LinkDetail]
    source_system: str
    source_id: str | None
    source_modified: datetime | None
    imported_at: datetime | None
    verified_at: datetime | None

    @property
    def last_updated(self) -> datetime | None:
        """When the data was last changed at its source or checked by staff.

        The import time counts only when neither is known: importing an old
        record today does not make its contents new.
        """
        known = [m for m in (self.source_modified, self.verified_at) if m is not None]
        return max(known) if known else self.imported_at


def shown(text: dict[str, str] | None, lang: str) -> ShownText:
    """The best text for ``lang`` with its language."""
    value, language = pick_with_language(text, lang)
    return ShownText(value, language)
