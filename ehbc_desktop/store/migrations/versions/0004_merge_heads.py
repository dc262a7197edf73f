"""Joins the three schema changes made side by side (pupil wish, search items, thermometer).

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
    """Nothing to change: the three revisions touch different tables."""


def downgrade() -> None:
    """Nothing to undo."""
