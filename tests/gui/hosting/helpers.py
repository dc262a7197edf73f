"""Helpers of the hosting tests: a case made on the worker, opened in the real window."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ehbc_desktop.app import AppContext
from ehbc_desktop.domain.enums import AuditAction, Role
from ehbc_desktop.ui.case.case_widget import CaseWidget

T = TypeVar("T")
MARKER = "Zorgvuldig-Geheim-Merkteken"  # must never reach the temp dir in plaintext


def make_case(gui: Any, ctx: AppContext) -> str:
    """A case with a victim called after the marker, made on the window's worker."""
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    services = ctx.window.services()
    assert services is not None
    cases = services.cases

    def work() -> str:
        return cases.create_case(
            "Groepschat klas 2B",
            [P("Lisa", MARKER, "2B", Role.VICTIM), P("Tom", "Peeters", "2B", Role.BULLY)],
            opened_on=date(2026, 9, 1),
        )

    case_id: str = gui.run_on_worker(ctx, work)
    return case_id


def open_case(qtbot: QtBot, ctx: AppContext, case_id: str) -> CaseWidget:
    """Open the case in the workspace and wait until it is loaded."""
    workspace = ctx.window.workspace
    assert workspace is not None
    workspace.open_case(case_id)
    qtbot.waitUntil(lambda: workspace.case_widget is not None
                    and workspace.case_widget.people_model.rowCount() > 0, timeout=10_000)
    assert workspace.case_widget is not None
    return workspace.case_widget


def tab_of(case: CaseWidget, kind: type[T]) -> T:
    """The case screen's feature tab of this class."""
    found = [t for t in case.extra_tabs if isinstance(t, kind)]
    assert found, f"no {kind.__name__} on the case screen"
    return found[0]


def export_events(gui: Any, ctx: AppContext) -> list[tuple[str, str | None]]:
    """(target, case id) of every audit EXPORT."""
    from ehbc_desktop.store.models.audit import AuditEvent

    services = ctx.window.services()
    assert services is not None
    session = services.session

    def work() -> list[tuple[str, str | None]]:
        with session.unit() as s:
            rows = s.execute(select(AuditEvent).where(AuditEvent.action == AuditAction.EXPORT))
            return [(r.target, r.case_id) for r in rows.scalars()]

    result: list[tuple[str, str | None]] = gui.run_on_worker(ctx, work)
    return result
