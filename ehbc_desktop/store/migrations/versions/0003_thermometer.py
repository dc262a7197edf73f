"""The class thermometer: anonymous answer counts of a class, before and after an intervention.

Revision ID: 0003_thermometer
Revises: 0002_evidence_exports
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_thermometer"
down_revision = "0002_evidence_exports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thermometer_measurements",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("class_name", sa.String(length=200), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("moment", sa.String(length=20), nullable=False),
        sa.Column("respondents", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"],
            name=op.f("fk_thermometer_measurements_case_id_cases"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thermometer_measurements")),
    )
    with op.batch_alter_table("thermometer_measurements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_thermometer_measurements_case_id"), ["case_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("thermometer_measurements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thermometer_measurements_case_id"))
    op.drop_table("thermometer_measurements")
