"""field kits: a global id for referrals, the kits made and merged, baselines

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

Existing referrals get a random global id here. The column stays nullable so
SQLite needs no table rebuild (a rebuild of ``referral`` would cascade-delete
its history under foreign keys); new referrals always get one from the model.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("referral", sa.Column("uuid", sa.String(length=36), nullable=True))
    referral = sa.table("referral", sa.column("id", sa.Integer), sa.column("uuid"))
    connection = op.get_bind()
    ids = connection.execute(sa.select(referral.c.id)).scalars().all()
    for referral_id in ids:
        connection.execute(
            referral.update()
            .where(referral.c.id == referral_id)
            .values(uuid=str(uuid.uuid4()))
        )
    op.create_index(op.f("ix_referral_uuid"), "referral", ["uuid"], unique=True)

    op.create_table(
        "field_kit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kit_id", sa.String(length=32), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("site_id", sa.String(length=32), nullable=False),
        sa.Column("origin_kit_id", sa.String(length=32), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("referral_count", sa.Integer(), nullable=False),
        sa.Column("log_upto", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_kit")),
    )
    op.create_index(op.f("ix_field_kit_kit_id"), "field_kit", ["kit_id"])
    op.create_index(op.f("ix_field_kit_origin_kit_id"), "field_kit", ["origin_kit_id"])
    op.create_table(
        "field_kit_referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kit_id", sa.String(length=32), nullable=False),
        sa.Column("referral_uuid", sa.String(length=36), nullable=False),
        sa.Column("site_version", sa.Integer(), nullable=False),
        sa.Column("field_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_field_kit_referral")),
        sa.UniqueConstraint(
            "kit_id", "referral_uuid", name=op.f("uq_field_kit_referral_kit_id")
        ),
    )
    op.create_index(
        op.f("ix_field_kit_referral_kit_id"), "field_kit_referral", ["kit_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_field_kit_referral_kit_id"), table_name="field_kit_referral")
    op.drop_table("field_kit_referral")
    op.drop_index(op.f("ix_field_kit_origin_kit_id"), table_name="field_kit")
    op.drop_index(op.f("ix_field_kit_kit_id"), table_name="field_kit")
    op.drop_table("field_kit")
    op.drop_index(op.f("ix_referral_uuid"), table_name="referral")
    # Plain ALTER (SQLite 3.35+): a batch rebuild would cascade-delete history.
    op.execute("ALTER TABLE referral DROP COLUMN uuid")
