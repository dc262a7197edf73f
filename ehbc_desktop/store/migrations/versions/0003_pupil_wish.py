"""The pupil's wish about the parents as a full decision (three-way competence, who judged in
which role, why, what the pupil wants about who else is told, who recorded it); confidential
cases (their sealed content and the case key wrapped per colleague).

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
    op.create_table(
        "sealed_cases",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("nonce", sa.LargeBinary(), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("sealed_by", sa.String(length=200), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_sealed_cases_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_sealed_cases")),
    )
    op.create_table(
        "case_access",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("user", sa.String(length=200), nullable=False),
        sa.Column("ephemeral_public", sa.LargeBinary(), nullable=False),
        sa.Column("nonce", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped", sa.LargeBinary(), nullable=False),
        sa.Column("granted_by", sa.String(length=200), nullable=False),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"],
                                name=op.f("fk_case_access_case_id_cases"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", "user", name=op.f("pk_case_access")),
    )
    with op.batch_alter_table("parent_involvement_wishes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("competence", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("judge_role", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("others_note", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("recorded_by", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    op.drop_table("case_access")
    op.drop_table("sealed_cases")
    with op.batch_alter_table("parent_involvement_wishes", schema=None) as batch_op:
        for column in ("recorded_by", "others_note", "reason", "judge_role", "competence"):
            batch_op.drop_column(column)
