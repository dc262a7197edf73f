"""The practice case: opened from the first start and from the menu, walked to its end.

The real vault's files must be byte for byte the same afterwards: practising happens in a
separate vault beside it, in its own window.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ehbc_desktop.app import AppContext
from ehbc_desktop.demo.practice.practice_vault import PRACTICE_FOLDER_NAME
from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.main.main_window import MainWindow
from ehbc_desktop.ui.practice.guide_texts import DONE, INTRO, REPORT, WALK
from ehbc_desktop.ui.practice.practice_window import PracticeController
from tests.gui.conftest import GuiDriver, WindowFactory


def _snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    if not folder.exists():
        return {}
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _practice(ctx: AppContext, qtbot: QtBot) -> tuple[MainWindow, PracticeController]:
    qtbot.waitUntil(lambda: ctx.window.practice_controller is not None, timeout=10_000)
    window, controller = ctx.window.practice_window, ctx.window.practice_controller
    assert window is not None and controller is not None
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=30_000)
    qtbot.waitUntil(lambda: controller.guide.step == INTRO and window.workspace is not None
                    and window.workspace.case_widget is not None, timeout=20_000)  # fmt: skip
    return window, controller


def _click(qtbot: QtBot, controller: PracticeController, button: object, expected: str) -> None:
    with qtbot.waitSignal(controller.sig_step_shown, timeout=30_000,
                          check_params_cb=lambda step: step == expected):  # fmt: skip
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _walk_to_the_end(qtbot: QtBot, controller: PracticeController) -> list[str]:
    """Follow the guide: begin, read the report, then let it fill in every step."""
    g = controller.guide
    seen = [g.step]
    _click(qtbot, controller, g.next_button, REPORT)
    seen.append(g.step)
    _click(qtbot, controller, g.next_button, "triage")
    seen.append(g.step)
    while g.step != DONE:
        following = WALK[WALK.index(g.step) + 1]
        assert g.example_button.isVisible()
        _click(qtbot, controller, g.example_button, following)
        seen.append(g.step)
    return seen


def test_practice_from_the_first_start_walks_to_the_end_and_leaves_the_vault_alone(
    vault_dir: Path, make_window: WindowFactory, gui: GuiDriver, qtbot: QtBot
) -> None:
    before = _snapshot(vault_dir)
    ctx = make_window(vault_dir)
    qtbot.waitUntil(lambda: ctx.window.wizard is not None, timeout=10_000)
    wizard = ctx.window.wizard
    assert wizard is not None and wizard.welcome_page.practice_box.isVisible()
    qtbot.mouseClick(wizard.welcome_page.practice_button, Qt.MouseButton.LeftButton)
    window, controller = _practice(ctx, qtbot)
    assert "OEFENEN" in window.windowTitle()
    assert window.findChild(object, "practiceDock") is not None
    services = window.services()
    assert services is not None
    folder = services.session.vault.folder
    assert folder.name == PRACTICE_FOLDER_NAME
    assert vault_dir.resolve() not in folder.resolve().parents

    assert _walk_to_the_end(qtbot, controller) == list(WALK)
    cases, case_id = services.cases, controller.case_id or ""
    box: list[object] = []
    window_runner = window.findChild(BackgroundRunner)
    assert window_runner is not None
    window_runner.run_in_background(lambda: cases.get_case(case_id), box.append, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=10_000)
    record = box[0]
    assert isinstance(record, CaseRecord) and record.case.status == "closed"
    assert controller.guide.position == len(WALK) - 1

    window.close()
    qtbot.waitUntil(lambda: ctx.window.practice_window is None, timeout=20_000)
    assert ctx.window.wizard is not None  # the first start is still waiting for the teacher
    assert _snapshot(vault_dir) == before


def test_practice_from_the_menu_resets_and_leaves_the_real_vault_byte_identical(
    made_vault: Path, make_window: WindowFactory, gui: GuiDriver, qtbot: QtBot
) -> None:
    ctx = make_window(made_vault)
    gui.unlock_screen(ctx)  # the real vault stays locked while practising
    before = _snapshot(made_vault)
    assert before
    ctx.window.menus.practice.trigger()
    window, controller = _practice(ctx, qtbot)
    g = controller.guide
    _click(qtbot, controller, g.next_button, REPORT)
    _click(qtbot, controller, g.next_button, "triage")
    _click(qtbot, controller, g.example_button, "severity")
    first_case = controller.case_id
    _click(qtbot, controller, g.reset_button, INTRO)
    qtbot.waitUntil(lambda: controller.case_id not in (None, first_case), timeout=30_000)
    assert g.step == INTRO
    window.close()
    qtbot.waitUntil(lambda: ctx.window.practice_window is None, timeout=20_000)
    assert _snapshot(made_vault) == before
