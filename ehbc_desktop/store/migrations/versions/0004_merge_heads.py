"""Joins the three schema changes made side by side after 0002 (no change of its own).

The pupil's wish and confidential cases (0003_pupil_wish), the paged search items
(0003_search_items) and the class thermometer (0003_thermometer) each started from
0002_evidence_exports; this revision makes them one line again, so `head` is one revision.

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
    """Nothing to do: the three parents changed different tables."""


def downgrade() -> None:
    """Nothing to undo."""
