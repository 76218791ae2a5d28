"""Field kits: the kits a site exported or imported, and each referral's baseline.

A field kit carries the catalogue and a worker's open referrals to a laptop with
no network. The site keeps a ``FieldKit`` row for every kit it made and every
return kit it merged; the laptop keeps one for the kit it was opened from. The
``FieldKitReferral`` rows hold, per kit and referral, the version at the site and
on the laptop when the two last agreed, so a later import can tell which side
changed the referral since.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from familjecenter_desktop.db.base import Base


class FieldKit(Base):
    """One kit: made here, opened here, or merged here."""

    __tablename__ = "field_kit"

    id: Mapped[int] = mapped_column(primary_key=True)
    kit_id: Mapped[str] = mapped_column(String(32), index=True)
    # "exported" (site), "opened" (laptop), "returned" (laptop), "merged" (site).
    role: Mapped[str] = mapped_column(String(16))
    site_id: Mapped[str] = mapped_column(String(32))
    # For a return kit: the field kit it brings back.
    origin_kit_id: Mapped[str | None] = mapped_column(String(32), index=True)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    referral_count: Mapped[int] = mapped_column(Integer, default=0)
    # The highest access-log entry of the laptop carried or taken over.
    log_upto: Mapped[int] = mapped_column(Integer, default=0)


class FieldKitReferral(Base):
    """A referral's versions at the site and in the field when they last agreed."""

    __tablename__ = "field_kit_referral"
    __table_args__ = (UniqueConstraint("kit_id", "referral_uuid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kit_id: Mapped[str] = mapped_column(String(32), index=True)
    referral_uuid: Mapped[str] = mapped_column(String(36))
    site_version: Mapped[int] = mapped_column(Integer)
    field_version: Mapped[int] = mapped_column(Integer)
