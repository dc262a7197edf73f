"""The pupil's wish about the parents as a full decision: three-way competence, who judged in
which role, why, what the pupil wants about who else is told, and who recorded it.

Revision ID: 0003_pupil_wish
Revises: 0002_evidence_exports
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_pupil_wish"
down_revision = "0002_evidence_exports"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("parent_involvement_wishes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("competence", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("judge_role", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("others_note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("recorded_by", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("parent_involvement_wishes", schema=None) as batch_op:
        for column in ("recorded_by", "others_note", "reason", "judge_role", "competence"):
            batch_op.drop_column(column)
