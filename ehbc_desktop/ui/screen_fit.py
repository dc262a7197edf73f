"""Keeps every window and dialog on its screen: 1366x768 school laptops, 150 % scaling.

A window asks for a comfortable size; on a small screen it gets what the screen has room for,
less room for the title bar and frame, so its buttons never fall off the bottom. A geometry
remembered from a bigger monitor is pulled back onto the screen as well.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# `Qt` is reached through `QtCore` when used, not imported by name: importing it makes PySide6
# build every enum of the Qt namespace (about 50 ms) before the unlock screen's first paint.

# Room for the window frame and the title bar, which Qt's geometry does not include.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def available_room(widget: QWidget) -> QRect:
    """The part of the widget's screen a window's inside may take (taskbar and frame left out)."""
    screen = widget.screen()
    room = screen.availableGeometry()
    return QRect(room.x() + FRAME_WIDTH // 2, room.y() + FRAME_HEIGHT - FRAME_WIDTH // 2,
                 room.width() - FRAME_WIDTH, room.height() - FRAME_HEIGHT)  # fmt: skip


def fitted_size(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, made no larger than the room on the widget's screen."""
    room = available_room(widget)
    return QSize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a top-level widget to `width` x `height`, or less when the screen is smaller."""
    widget.resize(fitted_size(widget, QSize(width, height)))


def keep_on_screen(widget: QWidget) -> None:
    """Shrink a top-level widget to its screen; move it back on when it was placed off it.

    A dialog that was never placed is left to Qt, which centres it over its parent within the
    screen when it shows; moving it here would stop that.
    """
    room = available_room(widget)
    size = fitted_size(widget, widget.size())
    if size != widget.size():
        widget.resize(size)
    if not widget.testAttribute(QtCore.Qt.WidgetAttribute.WA_Moved):
        return
    geometry = widget.geometry()
    x = min(max(geometry.x(), room.x()), room.right() - geometry.width() + 1)
    y = min(max(geometry.y(), room.y()), room.bottom() - geometry.height() + 1)
    if (x, y) != (geometry.x(), geometry.y()):
        widget.setGeometry(QRect(x, y, geometry.width(), geometry.height()))


class _FitScrollArea(QScrollArea):
    """Gives its content the whole viewport, and scrolls only below the content's minimum.

    QScrollArea's own resizable mode sizes word-wrapping content to its preferred height,
    which scrolls long before the content needs it; this one uses the minimum size instead.
    """

    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self.setObjectName("screenFitScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)
        self.setWidget(content)
        content.installEventFilter(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the content to the new viewport."""
        super().resizeEvent(event)
        self._fit_content()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again when the content's layout changes its minimum size."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit_content()
        return super().eventFilter(watched, event)

    def _fit_content(self) -> None:
        content = self.widget()
        if content is None:
            return
        least = content.minimumSizeHint().expandedTo(content.minimumSize())
        view = self.maximumViewportSize()
        width, height = max(view.width(), least.width()), max(view.height(), least.height())
        bar_width = self.verticalScrollBar().sizeHint().width()
        bar_height = self.horizontalScrollBar().sizeHint().height()
        if height > view.height():  # a vertical scroll bar takes width
            width = max(least.width(), view.width() - bar_width)
        if width > view.width():
            height = max(least.height(), view.height() - bar_height)
        if content.size() != QSize(width, height):
            content.resize(width, height)


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area that scrolls only when the window is too small."""
    return _FitScrollArea(content)
