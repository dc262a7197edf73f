"""The evidence export log: the reason for every plaintext copy of evidence made outside the vault.

Revision ID: 0002_evidence_exports
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_evidence_exports"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evidence_exports",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("evidence_id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("exported_by", sa.String(length=200), nullable=False),
        sa.Column("reason_kind", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_exports")),
    )
    with op.batch_alter_table("evidence_exports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_evidence_exports_evidence_id"), ["evidence_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("evidence_exports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_exports_evidence_id"))
    op.drop_table("evidence_exports")
