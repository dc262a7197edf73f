"""Joins the three migrations that were written side by side after 0002 into one head.

Each changes its own tables (the pupil's wish, the thermometer, the search index), so their
order does not matter; this revision only makes `head` one revision again.

Revision ID: 0004_merge_heads
Revises: 0003_pupil_wish, 0003_search_items, 0003_thermometer
Create Date: 2026-12-06
"""

from __future__ import annotations

revision = "0004_merge_heads"
down_revision = ("0003_pupil_wish", "0003_search_items", "0003_thermometer")
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change: the three branches are already applied."""


def downgrade() -> None:
    """Nothing to change."""
