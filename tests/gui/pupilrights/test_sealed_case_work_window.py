"""Working on a sealed case through the window: it opens for work, a note and a conversation are
saved as on any case, and leaving the case screen (or locking, by hand or by the idle timer)
seals it again: the database, decrypted page by page with the vault's key, then holds only
ciphertext of it, and a colleague without access finds none of its names."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import Role, UserRole
from ehbc_desktop.ui.conversations.tab import ConversationsTab
from tests.gui.conversations.driver import complete, open_kind
from tests.security.sqlcipher_pages import decrypted_pages

LEFT = Qt.MouseButton.LeftButton
BART = "bart zijn lange eigen zin"
NAMES = ("Xandrijntje", "Quaghebeur")
NOTE = "Bramenstruikverhaal"
TALK = "Klaprozenveldgesprek"


def _sealed_case(gui: Any, ctx: Any) -> str:
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    services = ctx.window.services()

    def work() -> str:
        services.session.vault.add_user("Bart", BART, role=UserRole.MEMBER)
        case_id = services.cases.create_case("Groepschat", [
            P(NAMES[0], NAMES[1], "3A", Role.VICTIM)], opened_on=date.today())  # fmt: skip
        services.follow_ups.plan(case_id, date.today() + timedelta(days=2), with_whom=NAMES[0])
        services.confidential.seal(case_id, [])
        return case_id

    return str(gui.run_on_worker(ctx, work))


def _open(qtbot: QtBot, ctx: Any, case_id: str) -> Any:
    """Open the case screen and wait until the sealed case is open for work with its people."""
    workspace = ctx.window.workspace
    workspace.open_case(case_id)
    qtbot.waitUntil(lambda: workspace.case_widget is not None
                    and workspace.case_widget.people_model.rowCount() == 1, timeout=20_000)
    case = workspace.case_widget
    qtbot.waitUntil(case.view.add_note_button.isEnabled, timeout=10_000)
    assert case.confidential_state.open_for_work
    return case


def _add_note(qtbot: QtBot, case: Any) -> None:
    qtbot.keyClicks(case.view.note_edit, f"notitie {NOTE}")
    with qtbot.waitSignal(case.sig_loaded, timeout=20_000):
        qtbot.mouseClick(case.view.add_note_button, LEFT)


def _only_ciphertext(folder: Path, key: bytes) -> None:
    plain = decrypted_pages(folder / "vault.db", key)
    assert b"Groepschat" not in plain  # not even the title
    for name in (*NAMES, NOTE, TALK):
        assert name.encode() not in plain and name.encode("utf-16-le") not in plain, name


def test_work_on_a_sealed_case_in_the_window_and_leave_it_sealed(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case_id = _sealed_case(gui, ctx)
    case = _open(qtbot, ctx, case_id)
    label = case.view.confidential_label
    assert not label.isHidden() and gui.user in label.text()
    _add_note(qtbot, case)
    tab = case.findChild(ConversationsTab)
    case.view.tabs.setCurrentWidget(tab)
    dialog = open_kind(qtbot, tab, "victim")
    assert "bewaard" in complete(qtbot, dialog, {"what_happened": f"verhaal {TALK}"})
    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(type(tab.open_button), "conversation_done_close"), LEFT)
    assert tab.list.topLevelItemCount() == 1
    services = ctx.window.services()
    key = services.session.vault._key()

    qtbot.mouseClick(case.view.back_button, LEFT)  # leave the case screen
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20_000)
    state = gui.run_on_worker(ctx, lambda: services.confidential.state(case_id))
    assert state.sealed and not state.open_for_work
    _only_ciphertext(made_vault, key)  # the vault is still open: the WAL was emptied

    workspace = ctx.window.workspace  # coming back opens it again, note and talk included
    workspace.nav.setCurrentRow(2)  # the "Case ..." entry
    qtbot.waitUntil(lambda: case.confidential_state.open_for_work
                    and case.people_model.rowCount() == 1, timeout=20_000)
    record = gui.run_on_worker(ctx, lambda: services.cases.get_case(case_id))
    assert any(NOTE in n.text for n in record.notes) and len(record.conversations) == 1

    ctx.window.lock()
    screen = gui.unlock_screen(ctx)
    screen.view.user_combo.setCurrentText("Bart")
    gui.unlock(ctx, BART)
    _bart_sees_no_names(qtbot, gui, ctx)


def _bart_sees_no_names(qtbot: QtBot, gui: Any, ctx: Any) -> None:
    services = ctx.window.services()
    workspace = ctx.window.workspace
    workspace.show_cases()
    model = workspace.case_list.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    cells = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    today = date.today()
    shown = repr(cells) + repr(gui.run_on_worker(ctx, lambda: (
        services.cases.list_cases(), services.dashboard.summary(today),
        services.follow_ups.agenda(today - timedelta(days=9), today + timedelta(days=9), today))))
    for name in (*NAMES, NOTE, TALK):
        assert name not in shown
        assert gui.run_on_worker(ctx, lambda n=name: services.cases.list_cases(text=n)) == []


def test_locking_by_hand_reseals_the_open_case(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case_id = _sealed_case(gui, ctx)
    case = _open(qtbot, ctx, case_id)
    _add_note(qtbot, case)
    key = ctx.window.services().session.vault._key()
    with qtbot.waitSignal(ctx.window.sig_locked, timeout=10_000):
        ctx.window.lock()
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20_000)
    _only_ciphertext(made_vault, key)


def test_the_idle_lock_reseals_the_open_case(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    # Long enough that a busy machine opens the case first; shortened once the note is in.
    ctx = make_window(made_vault, auto_lock_ms=120_000)
    gui.unlock(ctx)
    case_id = _sealed_case(gui, ctx)
    case = _open(qtbot, ctx, case_id)
    _add_note(qtbot, case)
    key = ctx.window.services().session.vault._key()
    with qtbot.waitSignal(ctx.window.sig_locked, timeout=20_000):
        ctx.idle_watcher.set_timeout_ms(500)  # nobody touches the keyboard or the mouse
    qtbot.waitUntil(lambda: not ctx.runner.is_busy(), timeout=20_000)
    _only_ciphertext(made_vault, key)


_CHILD = """
import sys, time
from pathlib import Path
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.rights.confidential import ConfidentialService
folder, user, passphrase, case_id, note = sys.argv[1:6]
session = access.unlock(Path(folder), user, passphrase)
ConfidentialService(session).open_for_work(case_id)
CaseService(session).add_note(case_id, note)
print("open", flush=True)
time.sleep(600)
"""


def test_a_case_left_open_by_a_killed_program_is_sealed_before_the_next_colleague_sees_a_list(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path
) -> None:
    import os
    import signal
    import subprocess
    import sys

    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.case.cases import CaseService
    from ehbc_desktop.services.case.cases import ParticipantInput as P
    from ehbc_desktop.services.rights.confidential import ConfidentialService

    an = access.unlock(made_vault, gui.user, gui.passphrase)
    an.vault.add_user("Bart", BART, role=UserRole.MEMBER)
    case_id = CaseService(an).create_case("Groepschat", [
        P(NAMES[0], NAMES[1], "3A", Role.VICTIM)], opened_on=date.today())  # fmt: skip
    ConfidentialService(an).seal(case_id, [])
    an.close()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(made_vault), gui.user, gui.passphrase, case_id,
         f"notitie {NOTE}"], cwd=Path(__file__).resolve().parents[3], stdout=subprocess.PIPE,
        text=True)  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    ctx = make_window(made_vault)
    screen = gui.unlock_screen(ctx)
    screen.view.user_combo.setCurrentText("Bart")
    gui.unlock(ctx, BART)
    _bart_sees_no_names(qtbot, gui, ctx)
    services = ctx.window.services()
    key = services.session.vault._key()
    _only_ciphertext(made_vault, key)
