"""A wizard killed mid-conversation: reopening the case continues the draft where it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.case.case_tabs import CaseTabContext
from ehbc_desktop.ui.conversations.tab import ConversationsTab
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.gui.conversations.conftest import PASSPHRASE, _open_with_case, open_services, run_on
from tests.gui.conversations.crash_child import TYPED
from tests.gui.conversations.driver import LEFT, wait_dialog

ROOT = Path(__file__).resolve().parents[3]


def _wait_line(child: subprocess.Popen[str], wanted: str, seconds: float = 60.0) -> None:
    end = time.monotonic() + seconds
    assert child.stdout is not None
    while time.monotonic() < end:
        line = child.stdout.readline()
        if wanted in line:
            return
        if not line and child.poll() is not None:
            break
    raise AssertionError(f"the child never said {wanted!r}")


def test_killed_wizard_resumes_with_the_typed_answers_on_the_same_page(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    from ehbc_desktop.services.access import access

    folder = tmp_path / "vault"
    folder.mkdir()
    session, _code = access.create(
        folder, "Testschool", "An Peeters", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    session.close()
    runner = BackgroundRunner()
    services, case_id, _people = run_on(qtbot, runner, lambda: _open_with_case(folder))
    run_on(qtbot, runner, services.session.close)

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.conversations.crash_child", str(folder), case_id],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _wait_line(child, "DRAFT SAVED")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    services = run_on(qtbot, runner, lambda: open_services(folder))
    settings = AppSettings(tmp_path / "settings.ini")
    settings.language = "en"
    tab = ConversationsTab(CaseTabContext(case_id, services, runner, settings))
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        tab.refresh()
    assert tab.continue_row.isVisibleTo(tab)
    assert "Conversation with the victim" in tab.continue_label.text()
    assert tab.list.topLevelItem(0).text(3) == "not finished — continue"
    qtbot.mouseClick(tab.continue_button, LEFT)
    dialog = wait_dialog(qtbot, tab)
    assert dialog.wizard.current_page_id() == "story"
    assert dialog.wizard.values()["what_happened"] == TYPED
    dialog.reject()
    runner.wait_for_done(10_000)
    run_on(qtbot, runner, services.session.close)
