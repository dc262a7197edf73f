"""The search index holds one row per searchable record, in case-list order (store.search).

The rows are rebuilt from the records by `store.search.index_new_cases` when the vault is next
opened (`services.access`); this migration only replaces the tables.

Revision ID: 0003_search_items
Revises: 0002_evidence_exports
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0003_search_items"
down_revision = "0002_evidence_exports"
branch_labels = None
depends_on = None

# One row per record of a case: its key ("note:<id>", not searched) and its text.
CASE_SEARCH = (
    "CREATE VIRTUAL TABLE case_search USING fts5("
    "item UNINDEXED, text, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)
OLD_CASE_SEARCH = (
    "CREATE VIRTUAL TABLE case_search USING fts5("
    "case_id UNINDEXED, reference, names, body, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
)


def _replace(create: str) -> None:
    op.execute("DROP TABLE IF EXISTS case_search")
    op.execute("DELETE FROM case_search_keys")
    op.execute(create)
    # Deleted or replaced index rows are removed from the index itself, not only marked.
    op.execute("INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1)")


def upgrade() -> None:
    _replace(CASE_SEARCH)


def downgrade() -> None:
    _replace(OLD_CASE_SEARCH)
