"""search on PostgreSQL: pg_trgm and a GIN trigram index on the folded columns

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

PostgreSQL only; SQLite keeps its FTS5 trigram table (created on first use) and
this revision does nothing there. A server without pg_trgm logs why and what to
run, and the search still works by reading every row (see db/pgtrigram.py).
"""

from __future__ import annotations

from alembic import op

from familjecenter_desktop.db import pgtrigram

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pgtrigram.create_index(op.get_bind())


def downgrade() -> None:
    pgtrigram.drop_index(op.get_bind())
