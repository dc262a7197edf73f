"""Saves PNGs of the main screens, driven through the real window over a temporary vault.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [folder] [--lang nl_BE|en]
Screens: first-start wizard (welcome, names, passphrase, recovery key), unlock screen (also
after a wrong passphrase), dashboard, case list, case view, the new-case dialog, settings, about.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

#: The common school laptop screen; the program sizes its window to it (ui/screen_fit).
SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip


def laptop_platform() -> str:
    """The Qt platform for screenshots: without a display, offscreen with a 1366x768 screen.

    Qt's offscreen platform is 800 pixels wide unless given a screen; under Xvfb (DISPLAY set)
    or with QT_QPA_PLATFORM chosen by the caller, the caller's choice stays.
    """
    chosen = os.environ.get("QT_QPA_PLATFORM", "")
    if os.environ.get("DISPLAY") or chosen not in ("", "offscreen"):
        return chosen or "xcb"
    config = Path(tempfile.mkdtemp(prefix="ehbc-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


os.environ["QT_QPA_PLATFORM"] = laptop_platform()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# Imported after the platform is chosen above.
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from ehbc_desktop.app import AppContext, apply_theme, build_window, dispose, resolve_paths  # noqa: E402
from ehbc_desktop.ui.main.workspace import Workspace  # noqa: E402
from ehbc_desktop.ui.settings import AppSettings  # noqa: E402
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS  # noqa: E402

SCHOOL = "Sint-Jozefscollege Aalst"
USER = "An Peeters"
DEMO_CASES = 40
PASSPHRASE = "mijn fiets heeft zeven versnellingen"
SIZE = (1280, 800)


def wait_until(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    """Process events until `condition()` holds."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()
    if not condition():
        raise TimeoutError("the screen did not reach the expected state")


def settle(ms: int = 150) -> None:
    """Let layouts and style polish finish before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, folder: Path, name: str) -> None:
    """Grab `widget` (works offscreen) and write `name`.png."""
    settle()
    widget.grab().save(str(folder / f"{name}.png"))
    print(folder / f"{name}.png")


def window_in(app: QApplication, vault: Path, lang: str) -> AppContext:
    """A window over `vault` that starts in `lang` (written to its settings first)."""
    settings = AppSettings(resolve_paths(vault).settings_file)
    settings.language = lang
    settings.sync()
    return build_window(app, kdf=FAST_TEST_PARAMS, vault_dir=vault)


def arguments(description: str | None, argv: list[str] | None) -> tuple[Path, str]:
    """The screenshot scripts' command line: the output folder (made) and the language."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("folder", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--lang", default="nl_BE", choices=["nl_BE", "en"])
    args = parser.parse_args(argv)
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    return folder, str(args.lang)


def themed_app() -> QApplication:
    """The application object with the program's look."""
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    return app


def started_window(
    app: QApplication, vault: Path, lang: str, last_user: str | None = None
) -> AppContext:
    """A window over `vault` in `lang`, at the screenshot size, shown and started."""
    ctx = window_in(app, vault, lang)
    if last_user is not None:
        ctx.settings.last_user = last_user
    ctx.window.resize(*SIZE)
    ctx.window.show()
    ctx.window.start()
    return ctx


def unlock_with(ctx: AppContext, passphrase: str) -> Workspace:
    """Type `passphrase` on the unlock screen and wait until the dashboard has loaded."""
    window = ctx.window
    wait_until(lambda: window.unlock_screen is not None
               and window.unlock_screen.view.user_combo.count() > 0)  # fmt: skip
    screen = window.unlock_screen
    assert screen is not None
    screen.view.passphrase_edit.setText(passphrase)
    screen.view.unlock_button.click()
    wait_until(lambda: window.workspace is not None)
    workspace = window.workspace
    assert workspace is not None
    wait_until(lambda: workspace.dashboard.loaded)
    return workspace


def first_start(
    ctx: AppContext,
    folder: Path,
    shot: Callable[[QWidget, Path, str], None] = save,
    prefix: str = "",
) -> None:
    """Walk through the first-start wizard, saving every page with `shot` as `prefix`NN_name."""
    window = ctx.window
    wait_until(lambda: window.wizard is not None)
    wizard = window.wizard
    assert wizard is not None
    shot(window, folder, f"{prefix}01_first_start_welcome")
    wizard.next()
    wizard.school_page.school_edit.setText(SCHOOL)
    wizard.school_page.user_edit.setText(USER)
    shot(window, folder, f"{prefix}02_first_start_names")
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText("fiets123")
    shot(window, folder, f"{prefix}03_first_start_passphrase_weak")
    wizard.passphrase_page.passphrase_edit.setText(PASSPHRASE)
    wizard.passphrase_page.repeat_edit.setText(PASSPHRASE)
    shot(window, folder, f"{prefix}04_first_start_passphrase")
    wizard.next()
    wait_until(lambda: wizard.recovery_page.key_label.text() != "")
    shot(window, folder, f"{prefix}05_first_start_recovery_key")
    wizard.recovery_page.confirm_check.setChecked(True)
    wizard.accept()
    wait_until(lambda: window.workspace is not None)


def richest_case(ctx: AppContext) -> str:
    """The id of an open demo case with the longest timeline (the most to look at)."""
    services = ctx.window.services()
    assert services is not None
    ctx.runner.wait_for_done()  # one database user at a time: the window's loads are done
    rows = [r for r in services.cases.list_cases() if r.status.value == "open"][:25]
    return max(rows, key=lambda r: len(services.cases.timeline(r.id))).id


def unlocked_screens(app: QApplication, folder: Path, vault: Path, lang: str) -> None:
    """Unlock screen, wrong passphrase, dashboard, case list, search, case view, dialogs."""
    ctx = window_in(app, vault, lang)
    ctx.window.resize(*SIZE)
    ctx.window.show()
    ctx.window.start()
    wait_until(lambda: ctx.window.unlock_screen is not None)
    unlock = ctx.window.unlock_screen
    assert unlock is not None
    wait_until(lambda: unlock.view.user_combo.count() > 0)
    save(ctx.window, folder, "06_unlock")
    unlock.view.passphrase_edit.setText("dit is niet de goede zin")
    unlock.view.unlock_button.click()
    wait_until(unlock.view.message_label.isVisible)
    save(ctx.window, folder, "07_unlock_wrong_passphrase")
    unlock.view.passphrase_edit.setText(PASSPHRASE)
    unlock.view.unlock_button.click()
    wait_until(lambda: ctx.window.workspace is not None)
    workspace = ctx.window.workspace
    assert workspace is not None
    wait_until(lambda: workspace.dashboard.loaded)
    save(ctx.window, folder, "08_dashboard")
    workspace.show_cases()
    wait_until(lambda: workspace.case_list.model.rowCount() > 0)
    save(ctx.window, folder, "09_case_list")
    first = workspace.case_list.model.row_at(0)
    word = (first.victims or first.bullies or (first.reference,))[0].split()[-1][:4]
    workspace.case_list.view.search_edit.setText(word.lower())
    wait_until(lambda: not ctx.runner.is_busy() and workspace.case_list.model.rowCount() > 0)
    save(ctx.window, folder, "10_case_list_search")
    workspace.open_case(richest_case(ctx))
    wait_until(
        lambda: bool(workspace.case_widget and workspace.case_widget.people_model.rowCount()
                     and workspace.case_widget.all_tabs_built())  # tabs follow one per event
    )
    save(ctx.window, folder, "11_case_view")
    for action, name, dialog_name in (
        (ctx.window.menus.new_case, "12_new_case_dialog", "caseDialog"),
        (ctx.window.menus.settings, "13_settings_dialog", "settingsDialog"),
        (ctx.window.menus.about, "14_about_dialog", "aboutDialog"),
    ):
        action.trigger()
        dialog = ctx.window.findChild(QDialog, dialog_name)
        assert dialog is not None
        save(dialog, folder, name)
        dialog.reject()
    dispose(app, ctx)


def main(argv: list[str] | None = None) -> int:
    """Drive the window and save the screenshots; return the exit code."""
    folder, lang = arguments(__doc__, argv)
    app = themed_app()
    with tempfile.TemporaryDirectory(prefix="ehbc-shots-") as tmp:
        ctx = started_window(app, Path(tmp) / "new", lang)
        first_start(ctx, folder)
        dispose(app, ctx)
        # The rest over the demo vault (`ehbc demo`): fictional cases in every state.
        from ehbc_desktop.demo.vault import create_demo_vault

        demo = Path(tmp) / "demo"
        create_demo_vault(demo, PASSPHRASE, cases=DEMO_CASES, today=date.today())
        unlocked_screens(app, folder, demo, lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
