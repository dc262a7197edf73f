"""Grabs the conversation screens of a demo vault to PNG files, to look at them.

Usage: python scripts/screenshots_conversations.py [OUTDIR] [--lang nl_BE|en]
Runs offscreen on a fresh demo vault in a temporary folder (fictional data only).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication, QWidget

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import ConversationKind, Role
from ehbc_desktop.i18n import Translations
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.case.case_tabs import CaseTabContext
from ehbc_desktop.ui.conversations.dialog import PAGE_KEY, ConversationDialog
from ehbc_desktop.ui.conversations.read_dialog import ConversationReadDialog
from ehbc_desktop.ui.conversations.tab import ConversationsTab, conversation_forms
from ehbc_desktop.ui.settings import AppSettings

PASSPHRASE = "schermafdrukken van de demokluis"


def _pump(app: QApplication, done: Callable[[], bool], seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _run(app: QApplication, runner: BackgroundRunner, fn: Callable[[], Any]) -> Any:
    box: list[Any] = []
    runner.run_in_background(fn, box.append, box.append)
    _pump(app, lambda: bool(box))
    if isinstance(box[0], BaseException):
        raise box[0]
    return box[0]


def _grab(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    widget.resize(1280, 800)
    _pump(app, lambda: False, 0.4)
    widget.grab().save(str(path))
    print(path)


class Shots:
    """The demo vault, its services and the helpers to open each screen."""

    def __init__(self, app: QApplication, folder: Path, out: Path, lang: str) -> None:
        from ehbc_desktop.demo.vault import DEMO_USER, create_demo_vault
        from ehbc_desktop.services.access import access
        from ehbc_desktop.services.case.cases import CaseService, PeopleService
        from ehbc_desktop.services.case.dashboard import DashboardService
        from ehbc_desktop.ui.backend import CaseServices

        self.app, self.out, self.lang = app, out, lang
        create_demo_vault(folder, PASSPHRASE, cases=12, kdf=FAST_TEST_PARAMS)
        self.runner = BackgroundRunner()

        def open_session() -> CaseServices:
            session = access.unlock(folder, DEMO_USER, PASSPHRASE)
            return CaseServices(session, CaseService(session), PeopleService(session),
                                DashboardService(session))  # fmt: skip

        self.services = _run(app, self.runner, open_session)
        self.settings = AppSettings(folder.parent / "settings.ini")
        self.settings.language = lang
        self.records: list[CaseRecord] = _run(app, self.runner, self._records)

    def _records(self) -> list[CaseRecord]:
        from sqlalchemy import select

        from ehbc_desktop.store import models as m

        with self.services.session.unit() as s:
            ids = list(s.execute(select(m.Case.id).order_by(m.Case.reference)).scalars())
        return [self.services.cases.get_case(i) for i in ids]

    def ctx(self, record: CaseRecord) -> CaseTabContext:
        return CaseTabContext(record.case.id, self.services, self.runner, self.settings)

    def tab(self, record: CaseRecord, name: str) -> None:
        tab = ConversationsTab(self.ctx(record))
        loaded: list[bool] = []
        tab.sig_loaded.connect(lambda: loaded.append(True))
        tab.refresh()
        _pump(self.app, lambda: bool(loaded))
        _grab(self.app, tab, self.out / name)
        tab.close()

    def wizard(
        self,
        record: CaseRecord,
        kind: str,
        page: str,
        name: str,
        *,
        finish: bool = False,
        **extra: Any,
    ) -> None:
        from ehbc_desktop.demo.conversations import form_values

        spec = conversation_forms().get(kind)
        values = form_values(spec, record, date.today() - timedelta(days=1))
        values.update(extra)
        values[PAGE_KEY] = page
        lang = "nl" if self.lang.startswith("nl") else "en"
        dialog = ConversationDialog(self.ctx(record), spec, record, values, lang=lang,
                                    today=date.today())  # fmt: skip
        _grab(self.app, dialog, self.out / name)
        if finish:
            dialog.wizard.view.finish_button.click()
            _pump(self.app, dialog.is_done)
            _grab(self.app, dialog, self.out / name.replace(".png", "_done.png"))
        dialog.done(0)

    def read_view(self, record: CaseRecord, kind: ConversationKind, name: str) -> None:
        conv = next(c for c in record.conversations if c.kind is kind)
        dialog = ConversationReadDialog(self.ctx(record), conv.id)
        loaded: list[bool] = []
        dialog.sig_loaded.connect(lambda: loaded.append(True))
        _pump(self.app, lambda: bool(loaded))
        _grab(self.app, dialog, self.out / name)
        dialog.done(0)


def _blocked_case(shots: Shots) -> CaseRecord:
    """A case whose victim (12+) asked to leave the parents out, as the CLB judged."""
    from ehbc_desktop.services.steps.approach import ApproachService

    record = next(r for r in shots.records if not r.parent_overrides and r.case.status.value ==
                  "open" and len(r.conversations) < 9)  # fmt: skip
    victim = next(p for p in record.participants if p.role is Role.VICTIM)
    approach = ApproachService(shots.services.session)
    _run(shots.app, shots.runner, lambda: approach.record_parent_wish(
        record.case.id, victim.id, True, judged_competent=True,
        judged_by="mevr. Dierickx (CLB)", judged_on=date.today() - timedelta(days=3)))  # fmt: skip
    return _run(shots.app, shots.runner, lambda: shots.services.cases.get_case(record.case.id))


def _with_approach(shots: Shots, record: CaseRecord) -> CaseRecord:
    """The case with a confrontational choice at the choice moment (recorded when missing)."""
    from ehbc_desktop.domain.enums import ApproachChoice, ApproachReason
    from ehbc_desktop.services.steps.approach import ApproachService

    if not record.approach_decisions:
        approach = ApproachService(shots.services.session)
        _run(shots.app, shots.runner, lambda: approach.decide_approach(
            record.case.id, [ApproachReason.C_BIG_IMPACT, ApproachReason.C_LONG_RUNNING],
            ApproachChoice.CONFRONTATIONAL, "Grote impact op de gepeste leerling."))  # fmt: skip
    return _run(shots.app, shots.runner, lambda: shots.services.cases.get_case(record.case.id))


def main() -> None:
    """Make every screenshot into OUTDIR."""
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--lang", default="nl_BE")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    Translations(app).apply(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        shots = Shots(app, Path(tmp) / "vault", args.outdir, args.lang)
        showcase = next(r for r in shots.records if len(r.conversations) >= 9)
        shots.tab(showcase, "conversations_tab.png")
        draft_case = next(r for r in shots.records if r.case.id != showcase.case.id
                          and r.conversations and r.case.status.value == "open")  # fmt: skip
        shots.tab(draft_case, "conversations_tab_draft.png")
        shots.wizard(showcase, "victim", "story", "wizard_victim.png")
        shots.wizard(_with_approach(shots, showcase), "bully", "approach", "wizard_bully.png")
        shots.wizard(_blocked_case(shots), "parents_victim", "start", "wizard_parents_blocked.png")
        shots.wizard(showcase, "restorative", "round", "wizard_restorative_grid.png", finish=True)
        shots.wizard(showcase, "group", "method", "wizard_group.png")
        shots.wizard(
            showcase, "follow_up", "talk", "wizard_follow_up.png", finish=True, outcome="worse"
        )
        shots.read_view(showcase, ConversationKind.RESTORATIVE, "read_restorative.png")
        _run(app, shots.runner, shots.services.session.close)


if __name__ == "__main__":
    main()
