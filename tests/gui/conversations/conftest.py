"""Fixtures for the conversation screens: a real vault with one case, its tab and helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.case.case_tabs import CaseTabContext
from ehbc_desktop.ui.conversations.tab import ConversationsTab
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

T = TypeVar("T")
PASSPHRASE = "zeven zonnige zeilboten op de schelde"


@dataclass
class CaseEnv:
    """An open vault with one case: victim Lotte (14), bully Jonas, Lotte's mother Sara."""

    qtbot: QtBot
    folder: Path
    ctx: CaseTabContext
    people: dict[str, str]  # first name -> participant id

    @property
    def case_id(self) -> str:
        return self.ctx.case_id

    def run(self, fn: Callable[[], T]) -> T:
        """Run `fn` on the database worker and return its result."""
        return run_on(self.qtbot, self.ctx.runner, fn)

    def services(self, kind: type[T]) -> T:
        """A service of this session (ApproachService, ConversationService ...)."""
        return kind(self.ctx.services.session)  # type: ignore[call-arg]


def open_services(folder: Path, user: str = "An Peeters") -> Any:
    """Unlock the vault in `folder` and build the case services."""
    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.case.cases import CaseService, PeopleService
    from ehbc_desktop.services.case.dashboard import DashboardService
    from ehbc_desktop.ui.backend import CaseServices

    session = access.unlock(folder, user, PASSPHRASE)
    return CaseServices(session, CaseService(session), PeopleService(session),
                        DashboardService(session))  # fmt: skip


def make_case(services: Any) -> tuple[str, dict[str, str]]:
    """The test case through the real services; returns its id and the participant ids."""
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    cases = services.cases
    case_id = cases.create_case(
        "Groepschat 2B",
        [P("Lotte", "Maes", "2B", Role.VICTIM, date(2012, 3, 4)),
         P("Jonas", "Claes", "2B", Role.BULLY, date(2012, 6, 1))],
        opened_on=date(2026, 10, 1),
    )  # fmt: skip
    record = cases.get_case(case_id)
    ids = {record.people[p.person_id].first_name: p.id for p in record.participants}
    ids["Sara"] = cases.add_participant(
        case_id, P("Sara", "Maes", "", Role.PARENT, related_to=ids["Lotte"])
    )
    return case_id, ids


def run_on(qtbot: QtBot, runner: BackgroundRunner, fn: Callable[[], T]) -> T:
    """Run `fn` on the runner's worker and wait for its result."""
    box: list[Any] = []
    errors: list[BaseException] = []
    runner.run_in_background(fn, box.append, errors.append)
    qtbot.waitUntil(lambda: bool(box or errors), timeout=20_000)
    if errors:
        raise errors[0]
    return box[0]  # type: ignore[no-any-return]


def _open_with_case(folder: Path) -> tuple[Any, str, dict[str, str]]:
    services = open_services(folder)
    case_id, people = make_case(services)
    return services, case_id, people


@pytest.fixture
def case_env(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[CaseEnv]:
    """A real vault with the test case, a worker and settings; closed after the test."""
    from ehbc_desktop.services.access import access

    folder = tmp_path / "vault"
    folder.mkdir()
    session, _code = access.create(
        folder, "Testschool", "An Peeters", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    session.close()
    runner = BackgroundRunner()
    services, case_id, people = run_on(qtbot, runner, lambda: _open_with_case(folder))
    settings = AppSettings(tmp_path / "settings.ini")
    settings.language = "en"
    env = CaseEnv(qtbot, folder, CaseTabContext(case_id, services, runner, settings), people)
    yield env
    runner.wait_for_done(10_000)
    qtbot.wait(10)
    run_on(qtbot, runner, services.session.close)


@pytest.fixture
def tab(case_env: CaseEnv, qtbot: QtBot) -> ConversationsTab:
    """The Conversations tab of the test case, loaded."""
    widget = ConversationsTab(case_env.ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    with qtbot.waitSignal(widget.sig_loaded, timeout=10_000):
        widget.refresh()
    return widget
