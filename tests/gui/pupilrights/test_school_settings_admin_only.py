"""Only an administrator changes the school settings and details: a colleague sees them
read-only with a line that names who can change them, and the service refuses their change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import UserRole
from ehbc_desktop.services.access import access
from ehbc_desktop.services.documents.school_details import SchoolDetailsService
from ehbc_desktop.services.settings import SettingsService
from ehbc_desktop.ui.statistics.lazy_page import LazyStatisticsPage
from ehbc_desktop.vault.errors import NotAllowedError
from tests.gui.conftest import PASSPHRASE, USER

LEFT = Qt.MouseButton.LeftButton
MEMBER = "Bart Claes"


@pytest.fixture
def vault_with_a_member(made_vault: Path) -> Path:
    session = access.unlock(made_vault, USER, PASSPHRASE)
    session.vault.add_user(MEMBER, PASSPHRASE, role=UserRole.MEMBER)
    session.close()
    return made_vault


def _unlock_as(gui: Any, ctx: Any, name: str) -> None:
    screen = gui.unlock_screen(ctx)
    screen.view.user_combo.setCurrentText(name)
    gui.unlock(ctx)


def test_a_colleague_sees_the_settings_read_only_and_is_refused(
    qtbot: QtBot, gui: Any, make_window: Any, vault_with_a_member: Path, tmp_path: Path
) -> None:
    ctx = make_window(vault_with_a_member)
    _unlock_as(gui, ctx, MEMBER)
    ctx.window.menus.school_settings.trigger()
    dialog: Any = gui.dialog(ctx.window, "schoolSettingsDialog")
    qtbot.waitUntil(lambda: dialog._loaded is not None, timeout=10_000)
    assert dialog.read_only
    line = dialog.findChild(QLabel, "adminOnlyLabel")
    assert line is not None and line.isVisible()
    assert line.text() == ("Je kan deze instellingen lezen. Alleen een beheerder kan ze "
                           f"wijzigen: {USER}.")
    for widget in (dialog.retention_spin, dialog.clb_retention_spin, dialog.restorative_combo,
                   dialog.add_holiday_button, dialog.idle_spin, dialog.browse_button):
        assert not widget.isEnabled()
    assert dialog.policy_edit.isReadOnly()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    dialog.grab().save(str(tmp_path / "settings_read_only.png"))

    qtbot.mouseClick(dialog.details_button, LEFT)
    details: Any = gui.dialog(dialog, "schoolDetailsDialog")
    qtbot.waitUntil(lambda: details.name_edit.text() != "", timeout=10_000)
    assert details.read_only and details.name_edit.isReadOnly()
    assert not details.logo_button.isEnabled() and not details.contacts.add_button.isEnabled()
    assert details.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert details.findChild(QLabel, "adminOnlyLabel") is not None
    details.reject()
    dialog.reject()

    services = ctx.window.services()

    def change() -> None:
        settings = services.settings
        with pytest.raises(NotAllowedError):
            settings.update(replace(settings.get(), retention_school_years=3))
        with pytest.raises(NotAllowedError):
            services.school_details.update(services.school_details.get())

    gui.run_on_worker(ctx, change)
    assert gui.run_on_worker(ctx, services.settings.get).retention_school_years == 1

    # The statistics threshold is a school setting too: shown, not changeable.
    workspace = ctx.window.workspace
    shell = next(p for p in workspace.extra_pages if isinstance(p, LazyStatisticsPage))
    workspace.nav.setCurrentRow(workspace.stack.indexOf(shell))
    qtbot.waitUntil(lambda: shell.page is not None and shell.page.stats is not None,
                    timeout=20_000)  # fmt: skip
    page: Any = shell.page
    assert not page.view.threshold_spin.isEnabled() and page.view.threshold_spin.value() == 5
    assert page.view.threshold_who.isVisible()
    assert page.view.threshold_who.text().endswith(f"wijzigen: {USER}.")
    ctx.window.resize(1366, 768)
    ctx.window.grab().save(str(tmp_path / "statistics_read_only.png"))


def test_an_administrator_changes_them(
    qtbot: QtBot, gui: Any, make_window: Any, vault_with_a_member: Path
) -> None:
    ctx = make_window(vault_with_a_member)
    _unlock_as(gui, ctx, USER)
    ctx.window.menus.school_settings.trigger()
    dialog: Any = gui.dialog(ctx.window, "schoolSettingsDialog")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.waitUntil(save.isEnabled, timeout=10_000)
    assert not dialog.read_only and dialog.findChild(QLabel, "adminOnlyLabel") is None
    dialog.retention_spin.setValue(2)
    with qtbot.waitSignal(dialog.sig_saved, timeout=10_000):
        qtbot.mouseClick(save, LEFT)
    services = ctx.window.services()
    assert gui.run_on_worker(ctx, services.settings.get).retention_school_years == 2


@pytest.mark.parametrize("role", [UserRole.MEMBER, UserRole.CLB_WORKER])
def test_the_services_refuse_everyone_but_an_administrator(
    vault_with_a_member: Path, role: UserRole
) -> None:
    admin = access.unlock(vault_with_a_member, USER, PASSPHRASE)
    admin.vault.set_role(MEMBER, role)
    admin.close()
    colleague = access.unlock(vault_with_a_member, MEMBER, PASSPHRASE)
    settings, details = SettingsService(colleague), SchoolDetailsService(colleague)
    assert not settings.may_change and not details.may_change
    assert settings.administrators() == (USER,) == details.administrators()
    before = settings.get()
    with pytest.raises(NotAllowedError):
        settings.update(replace(before, statistics_threshold=9))
    profile = details.get()
    with pytest.raises(NotAllowedError):
        details.update(replace(profile, place="Elders"))
    assert settings.get() == before and details.get().place == profile.place
    colleague.close()
    admin = access.unlock(vault_with_a_member, USER, PASSPHRASE)
    assert SettingsService(admin).update(replace(before, statistics_threshold=9)) \
        .statistics_threshold == 9
    admin.close()
