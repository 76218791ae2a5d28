"""catalogue

Revision ID: 0001
Revises:
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "bundle_category",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_bundle_category")),
    )
    op.create_table(
        "code_label",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=24), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("uri", sa.String(length=255), nullable=True),
        sa.Column("old_uri", sa.String(length=255), nullable=True),
        sa.Column("parent_code", sa.String(length=64), nullable=True),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code_label")),
        sa.UniqueConstraint("scheme", "code", name=op.f("uq_code_label_scheme")),
    )
    with op.batch_alter_table("code_label", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_code_label_old_uri"), ["old_uri"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_code_label_uri"), ["uri"], unique=False)

    op.create_table(
        "family_task",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_family_task")),
    )
    op.create_table(
        "import_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "started_at",
            sa.DateTime(timezone=True),
            nullable=False,
        ),
        sa.Column(
            "finished_at",
            sa.DateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("updated", sa.Integer(), nullable=False),
        sa.Column("unchanged", sa.Integer(), nullable=False),
        sa.Column("skipped", sa.Integer(), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_run")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=True),
        sa.Column("business_id", sa.String(length=16), nullable=True),
        sa.Column("oid", sa.String(length=64), nullable=True),
        sa.Column("municipality_code", sa.String(length=8), nullable=True),
        sa.Column("web", sa.JSON(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("source_system", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=128), nullable=True),
        sa.Column(
            "source_modified",
            sa.DateTime(timezone=True),
            nullable=True,
        ),
        sa.Column(
            "imported_at",
            sa.DateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_parent_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
        sa.UniqueConstraint(
            "source_system", "source_id", name=op.f("uq_organisation_source_system")
        ),
    )
    op.create_table(
        "source_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_system", sa.String(length=32), nullable=False),
        sa.Column("record_type", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=128), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column(
            "imported_at",
            sa.DateTime(timezone=True),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_record")),
        sa.UniqueConstraint(
            "source_system",
            "record_type",
            "source_id",
            name=op.f("uq_source_record_source_system"),
        ),
    )
    op.create_table(
        "channel",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("url", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("accessibility", sa.JSON(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("source_system", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=128), nullable=True),
        sa.Column(
            "source_modified",
            sa.DateTime(timezone=True),
            nullable=True,
        ),
        sa.Column(
            "imported_at",
            sa.DateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_channel_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel")),
        sa.UniqueConstraint(
            "source_system", "source_id", name=op.f("uq_channel_source_system")
        ),
    )
    with op.batch_alter_table("channel", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_channel_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_channel_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "service",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("alternative_name", sa.JSON(), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("description", sa.JSON(), nullable=False),
        sa.Column("user_instruction", sa.JSON(), nullable=False),
        sa.Column("eligibility", sa.JSON(), nullable=False),
        sa.Column("other_texts", sa.JSON(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("service_type", sa.String(length=40), nullable=True),
        sa.Column("funding_type", sa.String(length=40), nullable=True),
        sa.Column("charge_type", sa.String(length=16), nullable=True),
        sa.Column("charge_info", sa.JSON(), nullable=False),
        sa.Column("fees", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("min_age_months", sa.Integer(), nullable=True),
        sa.Column("max_age_months", sa.Integer(), nullable=True),
        sa.Column("area_type", sa.String(length=40), nullable=True),
        sa.Column("area_municipalities", sa.JSON(), nullable=False),
        sa.Column("general_description_id", sa.String(length=64), nullable=True),
        sa.Column("placed_by_hand", sa.Boolean(), nullable=False),
        sa.Column(
            "verified_at",
            sa.DateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("source_system", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=128), nullable=True),
        sa.Column(
            "source_modified",
            sa.DateTime(timezone=True),
            nullable=True,
        ),
        sa.Column(
            "imported_at",
            sa.DateTime(timezone=True),
            nullable=True,
        ),
        sa.Column("content_hash", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_service_organisation_id_organisation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service")),
        sa.UniqueConstraint(
            "source_system", "source_id", name=op.f("uq_service_source_system")
        ),
    )
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.create_index(
            "ix_service_age", ["min_age_months", "max_age_months"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_charge_type"), ["charge_type"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("street", sa.JSON(), nullable=False),
        sa.Column("street_number", sa.String(length=32), nullable=True),
        sa.Column("po_box", sa.JSON(), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=True),
        sa.Column("post_office", sa.JSON(), nullable=False),
        sa.Column("municipality_code", sa.String(length=8), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("additional_info", sa.JSON(), nullable=False),
        sa.Column("entrance_accessibility", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["channel.id"],
            name=op.f("fk_address_channel_id_channel"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_address")),
    )
    with op.batch_alter_table("address", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_address_channel_id"), ["channel_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_address_municipality_code"),
            ["municipality_code"],
            unique=False,
        )

    op.create_table(
        "contact_point",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=True),
        sa.Column("service_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("label", sa.JSON(), nullable=False),
        sa.Column("charge_type", sa.String(length=16), nullable=True),
        sa.Column("charge_info", sa.JSON(), nullable=False),
        sa.Column("is_service_number", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["channel.id"],
            name=op.f("fk_contact_point_channel_id_channel"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_contact_point_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_point")),
    )
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_point_channel_id"), ["channel_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_contact_point_service_id"), ["service_id"], unique=False
        )

    op.create_table(
        "opening_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("closed", sa.Boolean(), nullable=False),
        sa.Column("always_open", sa.Boolean(), nullable=False),
        sa.Column("by_appointment", sa.Boolean(), nullable=False),
        sa.Column("holiday_key", sa.String(length=40), nullable=True),
        sa.Column("info", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["channel.id"],
            name=op.f("fk_opening_hours_channel_id_channel"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_hours")),
    )
    with op.batch_alter_table("opening_hours", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opening_hours_channel_id"), ["channel_id"], unique=False
        )

    op.create_table(
        "search_document",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("keywords", sa.Text(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("rank_boost", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_search_document_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("service_id", name=op.f("pk_search_document")),
    )
    op.create_table(
        "service_category",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("category_key", sa.String(length=40), nullable=False),
        sa.Column("by_hand", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_key"],
            ["bundle_category.key"],
            name=op.f("fk_service_category_category_key_bundle_category"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_service_category_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "service_id", "category_key", name=op.f("pk_service_category")
        ),
    )
    with op.batch_alter_table("service_category", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_category_category_key"),
            ["category_key"],
            unique=False,
        )

    op.create_table(
        "service_channel",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_id"],
            ["channel.id"],
            name=op.f("fk_service_channel_channel_id_channel"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_service_channel_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "service_id", "channel_id", name=op.f("pk_service_channel")
        ),
    )
    with op.batch_alter_table("service_channel", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_channel_channel_id"), ["channel_id"], unique=False
        )

    op.create_table(
        "service_classification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=24), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("uri", sa.String(length=255), nullable=True),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_service_classification_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_classification")),
        sa.UniqueConstraint(
            "service_id",
            "scheme",
            "code",
            name=op.f("uq_service_classification_service_id"),
        ),
    )
    with op.batch_alter_table("service_classification", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_classification_code"), ["code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_service_classification_service_id"),
            ["service_id"],
            unique=False,
        )

    op.create_table(
        "service_task",
        sa.Column("service_id", sa.Integer(), nullable=False),
        sa.Column("task_key", sa.String(length=40), nullable=False),
        sa.Column("by_hand", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["service_id"],
            ["service.id"],
            name=op.f("fk_service_task_service_id_service"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_key"],
            ["family_task.key"],
            name=op.f("fk_service_task_task_key_family_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("service_id", "task_key", name=op.f("pk_service_task")),
    )
    with op.batch_alter_table("service_task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_service_task_task_key"), ["task_key"], unique=False
        )

    op.create_table(
        "opening_interval",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hours_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=True),
        sa.Column("opens", sa.Time(), nullable=False),
        sa.Column("closes", sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(
            ["hours_id"],
            ["opening_hours.id"],
            name=op.f("fk_opening_interval_hours_id_opening_hours"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opening_interval")),
    )
    with op.batch_alter_table("opening_interval", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_opening_interval_hours_id"), ["hours_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("opening_interval", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opening_interval_hours_id"))

    op.drop_table("opening_interval")
    with op.batch_alter_table("service_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_task_task_key"))

    op.drop_table("service_task")
    with op.batch_alter_table("service_classification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_classification_service_id"))
        batch_op.drop_index(batch_op.f("ix_service_classification_code"))

    op.drop_table("service_classification")
    with op.batch_alter_table("service_channel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_channel_channel_id"))

    op.drop_table("service_channel")
    with op.batch_alter_table("service_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_category_category_key"))

    op.drop_table("service_category")
    op.drop_table("search_document")
    with op.batch_alter_table("opening_hours", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opening_hours_channel_id"))

    op.drop_table("opening_hours")
    with op.batch_alter_table("contact_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_point_service_id"))
        batch_op.drop_index(batch_op.f("ix_contact_point_channel_id"))

    op.drop_table("contact_point")
    with op.batch_alter_table("address", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_address_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_address_channel_id"))

    op.drop_table("address")
    with op.batch_alter_table("service", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_service_charge_type"))
        batch_op.drop_index("ix_service_age")

    op.drop_table("service")
    with op.batch_alter_table("channel", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_channel_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_channel_kind"))

    op.drop_table("channel")
    op.drop_table("source_record")
    op.drop_table("organisation")
    op.drop_table("import_run")
    op.drop_table("family_task")
    with op.batch_alter_table("code_label", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_code_label_uri"))
        batch_op.drop_index(batch_op.f("ix_code_label_old_uri"))

    op.drop_table("code_label")
    op.drop_table("bundle_category")
