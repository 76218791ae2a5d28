"""The service catalogue: organisations, services, channels, hours and classes.

The model holds what PTV and HSDS carry without loss. Every human-readable text is
a ``{lang: text}`` mapping. Each imported row keeps its source system, source id,
the source's modification time and the time of import.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.types import JSON

from familjecenter_desktop.db.base import Base, LocalTextType


class SourceMixin:
    """Where a row came from and when."""

    source_system: Mapped[str] = mapped_column(String(32), default="manual")
    source_id: Mapped[str | None] = mapped_column(String(128))
    source_modified: Mapped[datetime | None]
    imported_at: Mapped[datetime | None]
    content_hash: Mapped[str | None] = mapped_column(String(64))


class Organisation(SourceMixin, Base):
    """An actor: a municipality, county, agency, NGO, parish or one of their units."""

    __tablename__ = "organisation"
    __table_args__ = (UniqueConstraint("source_system", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    name: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    description: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    kind: Mapped[str | None] = mapped_column(String(40))
    business_id: Mapped[str | None] = mapped_column(String(16))
    oid: Mapped[str | None] = mapped_column(String(64))
    municipality_code: Mapped[str | None] = mapped_column(String(8))
    web: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))

    parent: Mapped[Organisation | None] = relationship(remote_side="Organisation.id")
    services: Mapped[list[Service]] = relationship(back_populates="organisation")


class Service(SourceMixin, Base):
    """A service in the bundle: what it is, for whom, what it costs."""

    __tablename__ = "service"
    __table_args__ = (UniqueConstraint("source_system", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    alternative_name: Mapped[dict[str, str]] = mapped_column(
        LocalTextType, default=dict
    )
    summary: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    description: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    user_instruction: Mapped[dict[str, str]] = mapped_column(
        LocalTextType, default=dict
    )
    eligibility: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    # Further PTV texts (deadline, processing time, validity time …) by type.
    other_texts: Mapped[dict] = mapped_column(JSON, default=dict)
    # Keywords: {lang: [word, …]}.
    keywords: Mapped[dict] = mapped_column(JSON, default=dict)
    service_type: Mapped[str | None] = mapped_column(String(40))
    funding_type: Mapped[str | None] = mapped_column(String(40))
    # "free", "charged", "other" or None when unknown.
    charge_type: Mapped[str | None] = mapped_column(String(16), index=True)
    charge_info: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    fees: Mapped[list] = mapped_column(JSON, default=list)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    min_age_months: Mapped[int | None] = mapped_column(Integer)
    max_age_months: Mapped[int | None] = mapped_column(Integer)
    area_type: Mapped[str | None] = mapped_column(String(40))
    # Municipality codes of the service area.
    area_municipalities: Mapped[list] = mapped_column(JSON, default=list)
    general_description_id: Mapped[str | None] = mapped_column(String(64))
    placed_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    verified_at: Mapped[datetime | None]

    organisation: Mapped[Organisation | None] = relationship(back_populates="services")
    classifications: Mapped[list[ServiceClassification]] = relationship(
        cascade="all, delete-orphan", back_populates="service"
    )
    channel_links: Mapped[list[ServiceChannelLink]] = relationship(
        cascade="all, delete-orphan", back_populates="service"
    )
    category_links: Mapped[list[ServiceCategoryLink]] = relationship(
        cascade="all, delete-orphan", back_populates="service"
    )
    task_links: Mapped[list[ServiceTaskLink]] = relationship(
        cascade="all, delete-orphan", back_populates="service"
    )
    contact_points: Mapped[list[ContactPoint]] = relationship(
        cascade="all, delete-orphan",
        back_populates="service",
        foreign_keys="ContactPoint.service_id",
    )


class ServiceClassification(Base):
    """A PTV code on a service: service class, target group, life event, ontology."""

    __tablename__ = "service_classification"
    __table_args__ = (UniqueConstraint("service_id", "scheme", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    # "service_class", "target_group", "life_event", "ontology_term", "industrial"
    scheme: Mapped[str] = mapped_column(String(24))
    code: Mapped[str] = mapped_column(String(64), index=True)
    uri: Mapped[str | None] = mapped_column(String(255))

    service: Mapped[Service] = relationship(back_populates="classifications")


class CodeLabel(Base):
    """A label for a code in a national code list (PTV classes, municipalities …)."""

    __tablename__ = "code_label"
    __table_args__ = (UniqueConstraint("scheme", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme: Mapped[str] = mapped_column(String(24))
    code: Mapped[str] = mapped_column(String(64))
    uri: Mapped[str | None] = mapped_column(String(255), index=True)
    old_uri: Mapped[str | None] = mapped_column(String(255), index=True)
    parent_code: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)


class BundleCategory(Base):
    """A top-level category of the family-centre service bundle."""

    __tablename__ = "bundle_category"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)


class FamilyTask(Base):
    """One of the seven tasks of a family centre."""

    __tablename__ = "family_task"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)


class ServiceCategoryLink(Base):
    """A service placed in a bundle category, by the mapping table or by hand."""

    __tablename__ = "service_category"

    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    category_key: Mapped[str] = mapped_column(
        ForeignKey("bundle_category.key", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    )
    by_hand: Mapped[bool] = mapped_column(Boolean, default=False)

    service: Mapped[Service] = relationship(back_populates="category_links")


class ServiceTaskLink(Base):
    """A service serving one of the family-centre tasks."""

    __tablename__ = "service_task"

    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    task_key: Mapped[str] = mapped_column(
        ForeignKey("family_task.key", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    )
    by_hand: Mapped[bool] = mapped_column(Boolean, default=False)

    service: Mapped[Service] = relationship(back_populates="task_links")


class Channel(SourceMixin, Base):
    """A way to reach services: a location, phone line, web page, e-service or form."""

    __tablename__ = "channel"
    __table_args__ = (UniqueConstraint("source_system", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    # "location", "phone", "web_page", "e_service", "printable_form"
    kind: Mapped[str] = mapped_column(String(24), index=True)
    name: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    summary: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    description: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    url: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    languages: Mapped[list] = mapped_column(JSON, default=list)
    accessibility: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    # Anything else the source carried (form identifiers, signature counts …).
    extra: Mapped[dict] = mapped_column(JSON, default=dict)

    organisation: Mapped[Organisation | None] = relationship()
    addresses: Mapped[list[Address]] = relationship(
        cascade="all, delete-orphan", back_populates="channel"
    )
    contact_points: Mapped[list[ContactPoint]] = relationship(
        cascade="all, delete-orphan",
        back_populates="channel",
        foreign_keys="ContactPoint.channel_id",
    )
    opening_hours: Mapped[list[OpeningHours]] = relationship(
        cascade="all, delete-orphan",
        back_populates="channel",
        order_by="OpeningHours.position",
    )
    service_links: Mapped[list[ServiceChannelLink]] = relationship(
        cascade="all, delete-orphan", back_populates="channel"
    )


class ServiceChannelLink(Base):
    """Which service is offered through which channel (HSDS service_at_location)."""

    __tablename__ = "service_channel"

    service_id: Mapped[int] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("channel.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    service: Mapped[Service] = relationship(back_populates="channel_links")
    channel: Mapped[Channel] = relationship(back_populates="service_links")


class Address(Base):
    """A street or postal address of a location, with coordinates and entrance."""

    __tablename__ = "address"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("channel.id", ondelete="CASCADE"), index=True
    )
    # "visiting", "postal", "delivery"
    kind: Mapped[str] = mapped_column(String(16), default="visiting")
    street: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    street_number: Mapped[str | None] = mapped_column(String(32))
    po_box: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    postal_code: Mapped[str | None] = mapped_column(String(10))
    post_office: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    municipality_code: Mapped[str | None] = mapped_column(String(8), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    additional_info: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    entrance_accessibility: Mapped[dict[str, str]] = mapped_column(
        LocalTextType, default=dict
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    channel: Mapped[Channel] = relationship(back_populates="addresses")


class ContactPoint(Base):
    """A phone number, e-mail address, web link, e-service or form link."""

    __tablename__ = "contact_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel.id", ondelete="CASCADE"), index=True
    )
    service_id: Mapped[int | None] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    # "phone", "fax", "sms", "email", "web", "e_service", "form"
    kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    label: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    # Phones: "free", "charged", "other"; with a text on the price.
    charge_type: Mapped[str | None] = mapped_column(String(16))
    charge_info: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    is_service_number: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    channel: Mapped[Channel | None] = relationship(
        back_populates="contact_points", foreign_keys=[channel_id]
    )
    service: Mapped[Service | None] = relationship(
        back_populates="contact_points", foreign_keys=[service_id]
    )


class OpeningHours(Base):
    """A set of opening hours: the regular week, an exception, or a holiday.

    ``kind`` is "standard" (weekly, within an optional validity period),
    "exception" (the dates from ``valid_from`` to ``valid_to`` replace the
    standard week), or "holiday" (a named public holiday, ``holiday_key``).
    ``always_open`` means around the clock; ``by_appointment`` that a visit is
    agreed beforehand; ``closed`` that there is no opening in the period.
    """

    __tablename__ = "opening_hours"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("channel.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="standard")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    always_open: Mapped[bool] = mapped_column(Boolean, default=False)
    by_appointment: Mapped[bool] = mapped_column(Boolean, default=False)
    holiday_key: Mapped[str | None] = mapped_column(String(40))
    info: Mapped[dict[str, str]] = mapped_column(LocalTextType, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)

    channel: Mapped[Channel] = relationship(back_populates="opening_hours")
    intervals: Mapped[list[OpeningInterval]] = relationship(
        cascade="all, delete-orphan",
        back_populates="hours",
        order_by="(OpeningInterval.weekday, OpeningInterval.opens)",
    )


class OpeningInterval(Base):
    """One opening on a weekday; ``closes`` not after ``opens`` runs past midnight."""

    __tablename__ = "opening_interval"

    id: Mapped[int] = mapped_column(primary_key=True)
    hours_id: Mapped[int] = mapped_column(
        ForeignKey("opening_hours.id", ondelete="CASCADE"), index=True
    )
    # 0 = Monday … 6 = Sunday; None for an exception that names no weekday.
    weekday: Mapped[int | None] = mapped_column(Integer)
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)

    hours: Mapped[OpeningHours] = relationship(back_populates="intervals")


class SourceRecord(Base):
    """The raw record as imported, kept so nothing of the source is lost."""

    __tablename__ = "source_record"
    __table_args__ = (UniqueConstraint("source_system", "record_type", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_system: Mapped[str] = mapped_column(String(32))
    record_type: Mapped[str] = mapped_column(String(32))
    source_id: Mapped[str] = mapped_column(String(128))
    payload: Mapped[dict] = mapped_column(JSON)
    imported_at: Mapped[datetime]


class ImportRun(Base):
    """One import: what it read and what it did, for the administrator's record."""

    __tablename__ = "import_run"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(Text)
    added: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    succeeded: Mapped[bool] = mapped_column(Boolean, default=False)


Index("ix_service_age", Service.min_age_months, Service.max_age_months)
