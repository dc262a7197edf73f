"""Run in a child process by test_screen_fit.py: the real window on a 1366x768 screen.

Qt's offscreen platform gets a 1366x768 screen from a configuration file (the parent sets
QT_QPA_PLATFORM and, for 150 % scaling, QT_SCALE_FACTOR). The probe walks the first-start
wizard, unlocks, and opens the main dialogs from the menu; then it opens a case with people and
walks its tabs and every page. It prints one JSON object per screen with the window's geometry,
the available screen and every visible button that is not wholly on that screen; for the pages
also the horizontal scroll bars shown and the buttons cut off at the side.
Arguments: the folder for the vault, then optionally the language ("nl_BE" or "en").
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QScrollArea,
    QTableView,
    QWidget,
)

from ehbc_desktop.app import AppContext, apply_theme, build_window, dispose, resolve_paths
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.ui.settings import AppSettings
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "een zin die lang genoeg is voor de kluis"


def wait_until(condition: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("the window did not reach the expected state")


def report(name: str, window: QWidget, **extra: object) -> None:
    screen = window.screen().availableGeometry()
    outside = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            rect = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
            if not screen.contains(rect):
                outside.append(button.text() or button.objectName())
    frame = window.frameGeometry()
    print(json.dumps({"screen": name, "window": frame.getRect(), "available": screen.getRect(),
                      "fits": screen.contains(frame), "off_screen_buttons": outside, **extra}),
          flush=True)  # fmt: skip


def rows_that_fit(page: QWidget) -> dict[str, int]:
    """How many rows each visible list of `page` shows without scrolling (by accessible name)."""
    return {table.accessibleName(): table.viewport().height()
            // table.verticalHeader().defaultSectionSize()
            for table in page.findChildren(QTableView) if table.isVisible()}  # fmt: skip


def settle(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _cut_sideways(button: QAbstractButton, screen: QRect) -> bool:
    """Cut at the side by the window, or off the screen's side (scrolled away down is fine)."""
    left = button.mapToGlobal(button.rect().topLeft()).x()
    if left < screen.left() or left + button.width() - 1 > screen.right():
        return True
    seen = button.visibleRegion().boundingRect()
    return not seen.isEmpty() and seen.width() < button.width()


def report_page(name: str, window: QWidget) -> None:
    """The page on screen: horizontal scroll bars, buttons cut at the side, and whether the
    buttons that finish a case (close, repair agreement) are wholly in view."""
    screen = window.screen().availableGeometry()
    bars = [area.objectName() or type(area).__name__ for area in window.findChildren(QScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()]  # fmt: skip
    cut = [button.text() or button.objectName() for button in window.findChildren(QAbstractButton)
           if button.isVisible() and _cut_sideways(button, screen)]  # fmt: skip
    finishing = [window.findChild(QAbstractButton, name)
                 for name in ("closeCaseButton", "signRepairButton", "draftRepairButton")]
    shown = [button for button in finishing if button is not None and button.isVisible()]
    in_view = None
    if shown:
        in_view = all(b.visibleRegion().boundingRect() == b.rect() for b in shown)
    print(json.dumps({"screen": name, "h_scroll": bars, "cut_buttons": cut,
                      "close_in_view": in_view}), flush=True)  # fmt: skip


def walk_a_case(ctx: AppContext) -> None:
    """Open a case with people and report each of its tabs, then each page of the window."""
    from ehbc_desktop.services.case.cases import ParticipantInput as P

    services = ctx.window.services()
    workspace = ctx.window.workspace
    assert services is not None and workspace is not None
    people = [P("Lisa", "Janssens", "2B", Role.VICTIM), P("Tom", "Peeters", "2B", Role.BULLY)]
    made: list[str] = []
    ctx.runner.run_in_background(
        lambda: services.cases.create_case("Spotberichten in de klasgroep", people,
                                           opened_on=date(2026, 9, 1)),
        made.append, lambda error: print(repr(error), file=sys.stderr))  # fmt: skip
    wait_until(lambda: bool(made))
    workspace.open_case(made[0])
    wait_until(lambda: workspace.case_widget is not None
               and workspace.case_widget.people_model.rowCount() == 2
               and workspace.case_widget.all_tabs_built())  # fmt: skip
    tabs = workspace.case_widget.view.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle(600)
        report_page(f"case tab {index}", ctx.window)
    for row in range(workspace.nav.count()):
        workspace.nav.setCurrentRow(row)
        settle(600)
        report_page(f"page {row}", ctx.window)


def open_dialog(app: QApplication, name: str, action: QAction) -> None:
    """Trigger `action`; report and close the dialog it shows (modal or not)."""
    seen: list[QDialog] = []
    timer = QTimer()
    timer.setInterval(50)

    def inspect() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                seen.append(widget)
                report(name, widget)
                widget.reject()
        if seen:
            timer.stop()

    timer.timeout.connect(inspect)
    timer.start()
    action.trigger()
    wait_until(lambda: bool(seen))
    timer.stop()


def main(folder: Path, lang: str) -> int:
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    settings = AppSettings(resolve_paths(folder / "vault").settings_file)
    settings.language = lang
    settings.sync()
    ctx = build_window(app, vault_dir=folder / "vault", kdf=FAST_TEST_PARAMS)
    window = ctx.window
    window.show()
    window.start()
    wait_until(lambda: window.wizard is not None)
    wizard = window.wizard
    assert wizard is not None
    report("first-start welcome", window)
    wizard.next()
    wizard.school_page.school_edit.setText("Atheneum Brugge")
    wizard.school_page.user_edit.setText("Sara Claes")
    report("first-start names", window)
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText(PASSPHRASE)
    wizard.passphrase_page.repeat_edit.setText(PASSPHRASE)
    report("first-start passphrase", window)
    wizard.next()
    wait_until(lambda: wizard.recovery_page.key_label.text() != "")
    report("first-start recovery key", window)
    wizard.recovery_page.confirm_check.setChecked(True)
    wizard.accept()
    wait_until(lambda: window.workspace is not None
               and window.workspace.dashboard.loaded)  # fmt: skip
    settle(300)
    report("dashboard", window, list_rows=rows_that_fit(window.workspace.dashboard))
    menus = window.menus
    for name, action in (("new case", menus.new_case), ("new report", menus.new_report),
                         ("settings", menus.settings), ("about", menus.about),
                         ("school settings", menus.school_settings)):  # fmt: skip
        open_dialog(app, name, action)
    walk_a_case(ctx)
    dispose(app, ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "nl_BE"))
