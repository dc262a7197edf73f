"""Saves PNGs of the practice case: the first-start offer and the practice window's guide.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_practice.py [folder] [--lang ...]
Everything happens in a temporary folder: a first start without a vault, then practising.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QWidget

from ehbc_desktop.app import dispose
from ehbc_desktop.ui.background import BackgroundRunner
from scripts.screenshots import (
    arguments,
    save,
    settle,
    started_window,
    themed_app,
    wait_until,
)


def idle(window: QWidget) -> None:
    """Wait until the practice window's worker has loaded what it shows."""
    runner = window.findChild(BackgroundRunner)
    assert runner is not None
    wait_until(lambda: not runner.is_busy())
    settle(400)


def main(argv: list[str] | None = None) -> int:
    """Drive the first start into the practice window and save the screenshots."""
    folder, lang = arguments(__doc__, argv)
    app = themed_app()
    with tempfile.TemporaryDirectory(prefix="ehbc-shots-") as tmp:
        ctx = started_window(app, Path(tmp) / "vault", lang)
        wait_until(lambda: ctx.window.wizard is not None)
        save(ctx.window, folder, "practice_01_first_start_offer")
        wizard = ctx.window.wizard
        assert wizard is not None
        wizard.welcome_page.practice_button.click()
        wait_until(lambda: ctx.window.practice_controller is not None)
        window, controller = ctx.window.practice_window, ctx.window.practice_controller
        assert window is not None and controller is not None
        wait_until(lambda: window.workspace is not None and window.workspace.case_widget
                   is not None, 60_000)  # fmt: skip
        idle(window)
        save(window, folder, "practice_02_intro")
        controller.guide.next_button.click()
        save(window, folder, "practice_03_report")
        controller.guide.next_button.click()
        wait_until(lambda: controller.guide.step == "triage")
        controller.guide.show_button.click()
        idle(window)
        save(window, folder, "practice_04_triage_step_plan")
        for step in ("severity", "victim_conversation", "parents", "choice"):
            controller.guide.example_button.click()
            wait_until(lambda step=step: controller.guide.step == step, 30_000)
        controller.guide.show_button.click()
        idle(window)
        save(window, folder, "practice_05_choice")
        window.close()
        dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
