"""The migrations form one line: branches merged side by side must be chained, not forked."""

from __future__ import annotations

from ehbc_desktop.store import schema


def test_the_migrations_have_exactly_one_head() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema.alembic_config())
    assert len(script.get_heads()) == 1, script.get_heads()
