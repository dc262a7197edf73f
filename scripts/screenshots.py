"""Saves PNGs of the main screens, driven through the real window over a temporary vault.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [folder] [--lang nl_BE|en]
Screens: first-start wizard (welcome, names, passphrase, recovery key), unlock screen (also
after a wrong passphrase), dashboard, case list, case view, the new-case dialog, settings, about.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ehbc_desktop.app import AppContext, apply_theme, build_window, dispose
from ehbc_desktop.domain.enums import Role

SCHOOL = "Sint-Jozefscollege Aalst"
USER = "An Peeters"
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


def first_start(ctx: AppContext, folder: Path) -> None:
    """Walk through the first-start wizard, saving every page."""
    window = ctx.window
    wait_until(lambda: window.wizard is not None)
    wizard = window.wizard
    assert wizard is not None
    save(window, folder, "01_first_start_welcome")
    wizard.next()
    wizard.school_page.school_edit.setText(SCHOOL)
    wizard.school_page.user_edit.setText(USER)
    save(window, folder, "02_first_start_names")
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText("fiets123")
    save(window, folder, "03_first_start_passphrase_weak")
    wizard.passphrase_page.passphrase_edit.setText(PASSPHRASE)
    wizard.passphrase_page.repeat_edit.setText(PASSPHRASE)
    save(window, folder, "04_first_start_passphrase")
    wizard.next()
    wait_until(lambda: wizard.recovery_page.key_label.text() != "")
    save(window, folder, "05_first_start_recovery_key")
    wizard.recovery_page.confirm_check.setChecked(True)
    wizard.accept()
    wait_until(lambda: window.workspace is not None)


def add_sample_cases(ctx: AppContext) -> None:
    """A handful of realistic cases, made through the services of the open window."""
    from ehbc_desktop.services.cases import ParticipantInput as P

    services = ctx.window.services()
    assert services is not None
    cases = services.cases
    today = date.today()
    ctx.runner.wait_for_done()  # the window's own loads first: one database user at a time
    cases.create_case(
        "Spotberichten in de klasgroep",
        [P("Lisa", "Janssens", "2B", Role.VICTIM), P("Tom", "Peeters", "2B", Role.BULLY),
         P("Sara", "Claes", "2B", Role.BYSTANDER)],
        opened_on=today - timedelta(days=40),
    )  # fmt: skip
    cases.create_case(
        "Nepaccount op Instagram",
        [P("Noor", "El Amrani", "3A", Role.VICTIM), P("Jens", "Wouters", "3A", Role.BULLY),
         P("Mila", "Maes", "3A", Role.FOLLOWER)],
        opened_on=today - timedelta(days=12),
    )  # fmt: skip
    case_id = cases.create_case(
        "Uitsluiting in een gamechat",
        [P("Yusuf", "Demir", "1C", Role.VICTIM), P("Lars", "Jacobs", "1C", Role.BULLY)],
        opened_on=today - timedelta(days=3),
    )
    cases.add_note(
        case_id,
        "Gesprek met Yusuf: hij wordt al drie weken uit de groep in de gamechat gezet. "
        "Hij wil dat zijn mentor op de hoogte is.",
    )
    cases.add_note(case_id, "Mentor op de hoogte gebracht; volgende week samen opvolgen.")


def main(argv: list[str] | None = None) -> int:
    """Drive the window and save the screenshots; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", default="screenshots", type=Path)
    parser.add_argument("--lang", default="nl_BE", choices=["nl_BE", "en"])
    args = parser.parse_args(argv)
    folder: Path = args.folder
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    with tempfile.TemporaryDirectory(prefix="ehbc-shots-") as tmp:
        vault = Path(tmp) / "vault"
        ctx = build_window(app, vault_dir=vault)
        ctx.settings.language = args.lang
        ctx.translations.apply(args.lang)
        ctx.window.resize(*SIZE)
        ctx.window.show()
        ctx.window.start()
        first_start(ctx, folder)
        add_sample_cases(ctx)
        ctx.window.lock()
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
        wait_until(lambda: workspace.case_list.model.rowCount() >= 3)
        save(ctx.window, folder, "09_case_list")
        workspace.case_list.view.search_edit.setText("yus")
        wait_until(lambda: workspace.case_list.model.rowCount() == 1)
        save(ctx.window, folder, "10_case_list_search")
        workspace.open_case(workspace.case_list.model.row_at(0).id)
        wait_until(
            lambda: bool(workspace.case_widget and workspace.case_widget.people_model.rowCount())
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
