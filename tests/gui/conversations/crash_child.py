"""Child process of the crash test: types into a conversation wizard until the draft is saved.

Run as `python -m tests.gui.conversations.crash_child <vault folder> <case id>`; prints
"DRAFT SAVED" once the typed answers are in the vault, then waits to be killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.case.case_tabs import CaseTabContext
from ehbc_desktop.ui.conversations.tab import ConversationsTab
from ehbc_desktop.ui.settings import AppSettings
from tests.gui.conversations.conftest import open_services

TYPED = "Berichten in de klasgroep, elke avond"


def _wait(app: QApplication, done: object, seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.01)
    if not done():  # type: ignore[operator]
        raise SystemExit("timed out")


def main(folder: Path, case_id: str) -> None:
    """Open the vault and the case, start the victim wizard, type, wait for the draft."""
    app = QApplication([])
    runner = BackgroundRunner()
    box: list[object] = []
    runner.run_in_background(lambda: open_services(folder), box.append, print)
    _wait(app, lambda: bool(box))
    settings = AppSettings(folder.parent / "child-settings.ini")
    settings.language = "en"
    tab = ConversationsTab(CaseTabContext(case_id, box[0], runner, settings))  # type: ignore[arg-type]
    tab.show()
    tab.start_conversation("victim")
    _wait(app, lambda: tab.dialog is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    assert dialog is not None
    saved: list[bool] = []
    dialog.sig_draft_saved.connect(lambda: saved.append(True))
    dialog.wizard.go_to_page("story")
    edit = dialog.wizard.findChild(object, "field_what_happened__edit")
    QTest.keyClicks(edit, TYPED)
    _wait(app, lambda: bool(saved))
    print("DRAFT SAVED", flush=True)
    while True:  # the parent kills this process now, mid-conversation
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
