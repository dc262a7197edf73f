"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from ehbc_desktop.store.models import Base
from ehbc_desktop.store.schema import current_revision, head_revision, upgrade_to_head


def _include(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # The FTS5 virtual table and its shadow tables have no model.
    return not (type_ == "table" and name is not None and name.startswith("case_search"))


def test_fresh_database_at_head_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": _include}
        )
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_upgrade_is_idempotent_and_reaches_head(engine: Engine) -> None:
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision() is not None
    tables = set(inspect(engine).get_table_names())
    assert {"cases", "audit_events", "case_search", "drafts", "school_settings"} <= tables


def test_search_table_uses_accent_folding(engine: Engine) -> None:
    with engine.connect() as connection:
        sql = connection.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'case_search'")
        ).scalar_one()
    assert "remove_diacritics 2" in sql


def test_search_index_forgets_deleted_rows(engine: Engine) -> None:
    with engine.connect() as connection:
        value = connection.execute(
            text("SELECT v FROM case_search_config WHERE k = 'secure-delete'")
        ).scalar()
    assert value == 1
