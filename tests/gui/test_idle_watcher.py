"""The idle lock counts input in every window of the program, and filters no more than that."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.main.idle_watcher import IdleWatcher

MINUTE_MS = 60_000


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    widget.edit = QLineEdit()  # type: ignore[attr-defined]
    widget.combo = QComboBox()  # type: ignore[attr-defined]
    widget.button = QPushButton("Toon")  # type: ignore[attr-defined]
    widget.combo.addItems(["een", "twee", "drie"])  # type: ignore[attr-defined]
    layout.addWidget(widget.edit)  # type: ignore[attr-defined]
    layout.addWidget(widget.combo)  # type: ignore[attr-defined]
    layout.addWidget(widget.button)  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def watcher(qapp: QApplication, window: QWidget) -> Iterator[IdleWatcher]:
    idle = IdleWatcher(MINUTE_MS, qapp)
    idle.arm()
    yield idle
    idle.disarm()


def _restarted_by(qtbot: QtBot, watcher: IdleWatcher, send_input: object) -> bool:
    """Whether `send_input()` restarted the count (it had run for a while before)."""
    qtbot.wait(120)
    before = watcher.remaining_ms()
    assert 0 < before <= MINUTE_MS - 100
    send_input()  # type: ignore[operator]
    return watcher.remaining_ms() > before


def _click(window: QWidget, widget: QWidget) -> None:
    """A click on `widget` as the platform delivers it: through the window."""
    centre = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=centre)


def _watched_and_counted(qtbot: QtBot, watcher: IdleWatcher, handle: QWindow, key: Qt.Key) -> None:
    """`handle` (a window) comes to be watched, and a key pressed in it restarts the count."""
    qtbot.waitUntil(lambda: handle in watcher.watched_windows(), timeout=5_000)
    assert _restarted_by(qtbot, watcher, lambda: QTest.keyClick(handle, key))


def test_a_key_in_the_main_window_restarts_the_count(
    qtbot: QtBot, window: QWidget, watcher: IdleWatcher
) -> None:
    handle = window.windowHandle()
    assert handle in watcher.watched_windows()
    assert _restarted_by(qtbot, watcher, lambda: QTest.keyClick(handle, Qt.Key.Key_A))
    assert _restarted_by(
        qtbot, watcher, lambda: QTest.mouseMove(handle, QPoint(5, 5))
    )


def test_no_input_runs_the_count_out(qtbot: QtBot, window: QWidget, watcher: IdleWatcher) -> None:
    watcher.set_timeout_ms(200)
    with qtbot.waitSignal(watcher.sig_idle, timeout=10_000):
        pass


def test_a_dialog_that_takes_the_focus_is_watched(
    qtbot: QtBot, window: QWidget, watcher: IdleWatcher
) -> None:
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    dialog.open()
    qtbot.waitExposed(dialog)
    _watched_and_counted(qtbot, watcher, dialog.windowHandle(), Qt.Key.Key_B)
    dialog.reject()


def test_a_pop_up_list_opened_by_a_click_is_watched(
    qtbot: QtBot, window: QWidget, watcher: IdleWatcher
) -> None:
    combo: QComboBox = window.combo  # type: ignore[attr-defined]
    _click(window, combo)
    qtbot.waitUntil(lambda: combo.view().isVisible(), timeout=5_000)
    container = combo.view().window()  # kept in a name: PySide drops temporaries' wrappers
    assert container is not window
    _watched_and_counted(qtbot, watcher, container.windowHandle(), Qt.Key.Key_Down)
    combo.hidePopup()


def test_only_the_windows_are_filtered_not_every_widget(
    qtbot: QtBot, window: QWidget, watcher: IdleWatcher
) -> None:
    # An event that goes straight to a widget (as Qt's own posted events do) passes no filter
    # of the watcher: it does not restart the count, because nothing application-wide is
    # installed that would see every event of every widget.
    edit: QLineEdit = window.edit  # type: ignore[attr-defined]
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_C, Qt.KeyboardModifier.NoModifier, "c")
    assert not _restarted_by(qtbot, watcher, lambda: QApplication.sendEvent(edit, press))


def test_disarmed_it_filters_nothing(qtbot: QtBot, window: QWidget, watcher: IdleWatcher) -> None:
    watcher.disarm()
    assert watcher.watched_windows() == []
    assert not watcher.is_armed()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_A)
    assert not watcher.is_armed()


def test_a_window_that_appears_after_a_click_without_taking_the_focus_is_watched(
    qtbot: QtBot, qapp: QApplication, window: QWidget, watcher: IdleWatcher
) -> None:
    # On Windows and X11 a pop-up list or menu never becomes the focus window; the watcher
    # looks for new windows right after each click or key press instead. The offscreen
    # platform of the tests gives the focus to every window it shows, so the focus route is
    # taken away here to see the other one alone.
    qapp.focusWindowChanged.disconnect(watcher._on_app_focus_window_changed)
    try:
        floating = QWidget(window, Qt.WindowType.Tool | Qt.WindowType.WindowDoesNotAcceptFocus)
        floating.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        floating.resize(120, 60)
        button: QPushButton = window.button  # type: ignore[attr-defined]
        button.clicked.connect(floating.show)
        _click(window, button)
        qtbot.waitUntil(floating.isVisible, timeout=5_000)
        handle = floating.windowHandle()
        qtbot.waitUntil(lambda: handle in watcher.watched_windows(), timeout=5_000)
        assert _restarted_by(qtbot, watcher, lambda: QTest.mouseMove(handle, QPoint(3, 3)))
    finally:
        qapp.focusWindowChanged.connect(watcher._on_app_focus_window_changed)  # for disarm()
