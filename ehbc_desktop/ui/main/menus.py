"""The main window's menu bar and its actions with their keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class MainMenus(QObject):
    """Creates the menus once; `retranslate()` sets every text (again after a language switch)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.file_menu = QMenu(bar)
        self.go_menu = QMenu(bar)
        self.help_menu = QMenu(bar)
        for menu in (self.file_menu, self.go_menu, self.help_menu):
            bar.addMenu(menu)

        def action(menu: QMenu, shortcut: QKeySequence.StandardKey | str) -> QAction:
            act = QAction(window)
            # setShortcuts, not setShortcut: PySide6's overload check of setShortcut touches
            # Qt.Key, which builds every enum of the Qt namespace (about 50 ms at start-up).
            if isinstance(shortcut, str):
                act.setShortcuts([QKeySequence(shortcut)])
            else:
                act.setShortcuts(shortcut)
            menu.addAction(act)
            window.addAction(act)  # shortcuts work even with the menu bar hidden
            return act

        self.new_case = action(self.file_menu, QKeySequence.StandardKey.New)
        self.new_report = action(self.file_menu, "Ctrl+R")
        self.search = action(self.file_menu, QKeySequence.StandardKey.Find)
        self.file_menu.addSeparator()
        self.lock = action(self.file_menu, "Ctrl+L")
        self.settings = action(self.file_menu, "Ctrl+,")
        self.school_settings = action(self.file_menu, "")  # the school's own, kept in the vault
        self.file_menu.addSeparator()
        self.quit = action(self.file_menu, "Ctrl+Q")
        self.overview = action(self.go_menu, "Ctrl+1")
        self.cases = action(self.go_menu, "Ctrl+2")
        self.practice = action(self.help_menu, "")
        self.about = action(self.help_menu, "F1")
        from ehbc_desktop.ui.vault.vault_menu import VaultMenu

        self.vault = VaultMenu(window, bar, self.go_menu)

    def retranslate(self) -> None:
        """Set every menu and action text in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go to"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_case.setText(self.tr("&New case..."))
        self.new_report.setText(self.tr("New &report..."))
        self.search.setText(self.tr("&Search cases"))
        self.lock.setText(self.tr("&Lock"))
        self.lock.setStatusTip(self.tr("Hide every case and ask for the passphrase again"))
        self.settings.setText(self.tr("S&ettings..."))
        self.school_settings.setText(self.tr("School se&ttings..."))
        self.quit.setText(self.tr("&Quit"))
        self.overview.setText(self.tr("&Overview"))
        self.cases.setText(self.tr("&Cases"))
        self.practice.setText(self.tr("&Practise with an invented case..."))
        self.practice.setStatusTip(self.tr("A separate practice vault with a guide; your own "
                                           "vault is not touched"))  # fmt: skip
        self.about.setText(self.tr("&About EHBC Desktop"))
        self.vault.retranslate()

    def case_actions(self) -> list[QAction]:
        """Actions that only make sense while the vault is open."""
        return [self.new_case, self.new_report, self.search, self.lock, self.overview,
                self.cases, self.school_settings, *self.vault.case_actions()]  # fmt: skip

    def all_actions(self) -> list[QAction]:
        """Every action of the menus."""
        return [self.new_case, self.new_report, self.search, self.lock, self.settings, self.quit,
                self.overview, self.cases, self.about, self.school_settings, self.practice,
                *self.vault.actions()]  # fmt: skip
