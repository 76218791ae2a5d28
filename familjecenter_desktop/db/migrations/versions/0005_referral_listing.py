"""referral lists: the receiving unit as a column, page indexes for the lists

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

``receiver_unit_id`` is the receiving organisation, or the organisation of the
receiving service, so "sent to my unit" is one indexed comparison. Existing
referrals get it here. The column is a plain integer (no foreign key) so SQLite
adds it without rebuilding ``referral``. The composite indexes let the lists
read one page at a time, newest change first, per unit and per sender.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_referral_sender_unit_page": ["sender_unit_id", "updated_at", "id"],
    "ix_referral_receiver_unit_page": ["receiver_unit_id", "updated_at", "id"],
    "ix_referral_sender_user_page": ["sender_user_id", "updated_at", "id"],
    "ix_referral_sender_unit_status_page": [
        "sender_unit_id",
        "status",
        "updated_at",
        "id",
    ],
    "ix_referral_receiver_unit_status_page": [
        "receiver_unit_id",
        "status",
        "updated_at",
        "id",
    ],
}


def upgrade() -> None:
    op.add_column(
        "referral", sa.Column("receiver_unit_id", sa.Integer(), nullable=True)
    )
    op.execute(
        "UPDATE referral SET receiver_unit_id = COALESCE(receiver_org_id, "
        "(SELECT service.organisation_id FROM service "
        "WHERE service.id = referral.receiver_service_id))"
    )
    for name, columns in INDEXES.items():
        op.create_index(name, "referral", columns, unique=False)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="referral")
    with op.batch_alter_table("referral", schema=None) as batch_op:
        batch_op.drop_column("receiver_unit_id")
