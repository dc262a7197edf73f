"""Helpers for the agenda tests: an unlocked window with one case, and the feature's widgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.agenda.agenda_page import AgendaPage
from ehbc_desktop.ui.followup.agreements_page import AgreementsPage
from ehbc_desktop.ui.followup.followup_tab import FollowUpTab
from ehbc_desktop.ui.main.workspace import Workspace

VICTIM = ("Lisa", "Janssens")
BULLY = ("Tom", "Peeters")


def last_saturday_before(day: date) -> date:
    """The latest Saturday strictly before `day`."""
    back = (day.weekday() - 5) % 7 or 7
    return day - timedelta(days=back)


@dataclass
class Opened:
    """An unlocked window with one case made through the services."""

    ctx: AppContext
    workspace: Workspace
    case_id: str
    gui: Any
    qtbot: QtBot

    def services(self) -> Any:
        services = self.ctx.window.services()
        assert services is not None
        return services

    def on_worker(self, fn: Any) -> Any:
        return self.gui.run_on_worker(self.ctx, fn)

    def page(self, kind: type[QWidget]) -> Any:
        """Show the navigation page of type `kind` and return it."""
        page = next(p for p in self.workspace.extra_pages if isinstance(p, kind))
        self.workspace.nav.setCurrentRow(self.workspace.stack.indexOf(page))
        return page

    def agenda(self) -> AgendaPage:
        page: AgendaPage = self.page(AgendaPage)
        return page

    def agreements_page(self) -> AgreementsPage:
        page: AgreementsPage = self.page(AgreementsPage)
        return page

    def open_tab(self) -> FollowUpTab:
        """Open the case and show its "Agreements & follow-up" tab, loaded."""
        self.workspace.open_case(self.case_id)
        self.qtbot.waitUntil(lambda: self.workspace.case_widget is not None, timeout=10_000)
        case = self.workspace.case_widget
        assert case is not None
        tab = next(t for t in case.extra_tabs if isinstance(t, FollowUpTab))
        case.view.tabs.setCurrentWidget(tab)
        self.qtbot.waitUntil(lambda: tab.record is not None, timeout=10_000)
        return tab


@pytest.fixture
def opened(qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path) -> Opened:
    """An unlocked window over a vault holding one open case (a victim and a bully)."""
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    ctx = make_window(made_vault)
    gui.unlock(ctx)
    workspace = ctx.window.workspace
    assert workspace is not None
    services = ctx.window.services()
    assert services is not None
    cases = services.cases
    case_id = gui.run_on_worker(
        ctx,
        lambda: cases.create_case(
            "Spotberichten in de klasgroep",
            [P(*VICTIM, "2B", Role.VICTIM), P(*BULLY, "2B", Role.BULLY)],
            opened_on=date.today() - timedelta(days=30),
        ),
    )
    return Opened(ctx, workspace, case_id, gui, qtbot)
