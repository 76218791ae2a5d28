"""Staff accounts, referrals, consents, status history and the access log.

Family data is kept to what the worker gives. The access log holds no personal
data: it names the referral by id and the family by an opaque key (a keyed hash
of the family reference), and each entry carries the hash of the one before.
"""

from __future__ import annotations

from datetime import date, datetime
from uuid import uuid4

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from familjecenter_desktop.db.base import Base


class StaffUser(Base):
    """A person who logs in: a nurse, social worker, coordinator or administrator."""

    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    password_changed_at: Mapped[datetime]


class AppSecret(Base):
    """A random key of this installation (for the opaque family keys)."""

    __tablename__ = "app_secret"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))


def new_global_id() -> str:
    """A referral id that is the same at the site and on a field laptop."""
    return str(uuid4())


class Referral(Base):
    """A hand-over of a family (or a question about one) from one actor to another."""

    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Global id for field kits (set for every new referral; see fieldkit/).
    uuid: Mapped[str | None] = mapped_column(
        String(36), unique=True, index=True, default=new_global_id
    )
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)

    # The family: the worker's reference by default, the rest only when given.
    family_ref: Mapped[str | None] = mapped_column(String(64))
    family_key: Mapped[str | None] = mapped_column(String(64), index=True)
    person_key: Mapped[str | None] = mapped_column(String(64), index=True)
    family_names: Mapped[str | None] = mapped_column(Text)
    identity_code: Mapped[str | None] = mapped_column(String(11))
    identity_temporary: Mapped[bool] = mapped_column(Boolean, default=False)
    phones: Mapped[list] = mapped_column(JSON, default=list)
    language: Mapped[str | None] = mapped_column(String(16))
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_how: Mapped[str | None] = mapped_column(Text)
    contact_when: Mapped[str | None] = mapped_column(Text)

    sender_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    sender_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_user.id", ondelete="SET NULL"), index=True
    )
    receiver_org_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    receiver_service_id: Mapped[int | None] = mapped_column(
        ForeignKey("service.id", ondelete="SET NULL"), index=True
    )
    # The receiving unit: the organisation, or the receiving service's
    # organisation when the referral was made (kept by ``_set_receiver_unit``).
    receiver_unit_id: Mapped[int | None] = mapped_column(Integer)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    urgency: Mapped[str] = mapped_column(String(16), default="normal")
    note: Mapped[str | None] = mapped_column(Text)
    follow_up_on: Mapped[date | None] = mapped_column(Date, index=True)

    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    responded_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None] = mapped_column(index=True)
    disclosure_ground: Mapped[str | None] = mapped_column(String(16))
    decline_reason: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(16))
    anonymised_at: Mapped[datetime | None]

    events: Mapped[list[ReferralEvent]] = relationship(
        cascade="all, delete-orphan",
        back_populates="referral",
        order_by="ReferralEvent.id",
    )
    consents: Mapped[list[Consent]] = relationship(
        cascade="all, delete-orphan", back_populates="referral", order_by="Consent.id"
    )

    __mapper_args__ = {"version_id_col": version}
    # The referral lists read pages from these (referrals/listing.py).
    __table_args__ = (
        Index("ix_referral_sender_unit_page", "sender_unit_id", "updated_at", "id"),
        Index("ix_referral_receiver_unit_page", "receiver_unit_id", "updated_at", "id"),
        Index("ix_referral_sender_user_page", "sender_user_id", "updated_at", "id"),
        Index(
            "ix_referral_sender_unit_status_page",
            "sender_unit_id",
            "status",
            "updated_at",
            "id",
        ),
        Index(
            "ix_referral_receiver_unit_status_page",
            "receiver_unit_id",
            "status",
            "updated_at",
            "id",
        ),
    )


@event.listens_for(Referral, "before_insert")
@event.listens_for(Referral, "before_update")
def _set_receiver_unit(mapper, connection, target: Referral) -> None:
    """The receiving unit follows the receiver: the organisation or the service's."""
    unit = target.receiver_org_id
    if unit is None and target.receiver_service_id is not None:
        unit = connection.scalar(
            text("SELECT organisation_id FROM service WHERE id = :id"),
            {"id": target.receiver_service_id},
        )
    target.receiver_unit_id = unit


class ReferralEvent(Base):
    """One step in a referral's history: who did what, when."""

    __tablename__ = "referral_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_user.id", ondelete="SET NULL")
    )
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)

    referral: Mapped[Referral] = relationship(back_populates="events")


class Consent(Base):
    """The family's consent to pass given data to one receiver for one purpose."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(
        ForeignKey("referral.id", ondelete="CASCADE"), index=True
    )
    given_by: Mapped[str] = mapped_column(String(16))
    data: Mapped[list] = mapped_column(JSON, default=list)
    receiver_org_id: Mapped[int | None] = mapped_column(Integer)
    receiver_service_id: Mapped[int | None] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(Text)
    method: Mapped[str] = mapped_column(String(16))
    given_at: Mapped[datetime]
    valid_until: Mapped[date | None] = mapped_column(Date)
    withdrawn_at: Mapped[datetime | None]
    recorded_by: Mapped[int | None] = mapped_column(
        ForeignKey("staff_user.id", ondelete="SET NULL")
    )

    referral: Mapped[Referral] = relationship(back_populates="consents")


class AccessLogEntry(Base):
    """One processing of referral data; append-only and hash-chained."""

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(24))
    referral_id: Mapped[int | None] = mapped_column(Integer, index=True)
    family_key: Mapped[str | None] = mapped_column(String(64), index=True)
    workstation: Mapped[str] = mapped_column(String(128))
    detail: Mapped[str | None] = mapped_column(String(255))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AccessLogHead(Base):
    """The newest entry of the chain, so a removed tail is noticed too."""

    __tablename__ = "access_log_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
