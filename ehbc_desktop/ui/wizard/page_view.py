"""One step of the wizard: the page's questions in a scrollable column, built as needed.

A form has dozens of questions; building every page's widgets when the wizard opens held the
GUI thread for about 0.3 s. A page builds its questions one at a time (`build_next`), when the
page is first shown or between events while the teacher reads the first page. Until a question
is built, its answer is the value it was given (`set_pending`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from ehbc_desktop.formspec import FormSpec, PageSpec, is_required, is_shown
from ehbc_desktop.formspec.answers import Problems
from ehbc_desktop.ui.wizard.context import WizardContext
from ehbc_desktop.ui.wizard.field_base import focusable_before, insert_in_tab_chain
from ehbc_desktop.ui.wizard.field_frame import FieldFrame

FrameHook = Callable[[FieldFrame], None]


def is_answer(value: Any) -> bool:
    """Whether a stored value counts as an answer (what a field widget would not show as empty)."""
    if isinstance(value, str):
        return bool(value.strip())
    return value not in (None, [], {})


class PageView(QScrollArea):
    """The questions of one page, each in a `FieldFrame` built on first need."""

    def __init__(
        self,
        spec: FormSpec,
        page: PageSpec,
        lang: str,
        context: WizardContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.page = page
        self._lang = lang
        self._context = context
        self._built: dict[str, FieldFrame] = {}
        self._pending: dict[str, Any] = {}
        self._pending_stored: dict[str, Any] = {}
        self.on_frame_built: FrameHook | None = None  # the wizard prepares every new frame
        self.setObjectName(f"page_{page.id}")
        self.setAccessibleName(page.title.get(lang))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(4, 0, 12, 12)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self._chained: list[QWidget] = []  # the inputs put in the Tab order so far, in order

    @property
    def frames(self) -> dict[str, FieldFrame]:
        """Every question's frame by field id (the ones not built yet are built now)."""
        self.build_all()
        return self._built

    def built_frames(self) -> dict[str, FieldFrame]:
        """The frames built so far, by field id, in page order."""
        return self._built

    def is_built(self) -> bool:
        """Whether every question of the page has its frame."""
        return len(self._built) == len(self.page.fields)

    def build_next(self) -> FieldFrame | None:
        """Build the next question's frame (None: the page is complete)."""
        if self.is_built():
            return None
        field = self.page.fields[len(self._built)]
        frame = FieldFrame(field, self._lang, self._context, self._body)
        self._built[field.id] = frame
        self._layout.insertWidget(self._layout.count() - 1, frame)  # before the stretch
        frame.show()  # at once, not at the next turn as a layout shows a new child of a shown page
        if self.on_frame_built is not None:
            self.on_frame_built(frame)
        self._put_in_tab_order(frame)
        return frame

    def _put_in_tab_order(self, frame: FieldFrame) -> None:
        """Move the new frame's inputs from the end of the window's Tab order to their place."""
        widgets: list[QWidget] = []
        start = frame.window()
        widget = start.nextInFocusChain()
        # The whole chain: the first row of a table question may have been put before the frame.
        while widget is not None and widget is not start:
            if frame.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widgets.append(widget)
            widget = widget.nextInFocusChain()
        if not widgets:
            return
        anchor = self._chain_anchor()
        if anchor is not None:
            insert_in_tab_chain(anchor, widgets)
        self._chained.extend(widgets)

    def _chain_anchor(self) -> QWidget | None:
        """The last input placed before, still alive (a blank table row dropped in read-only
        mode is deleted after its frame was placed); the page's first inputs go after what
        comes before the page."""
        while self._chained and not Shiboken.isValid(self._chained[-1]):
            self._chained.pop()
        return self._chained[-1] if self._chained else focusable_before(self._body)

    def build_all(self) -> None:
        """Build every question not built yet."""
        while self.build_next() is not None:
            pass

    def set_pending(self, values: Mapping[str, Any], stored: Mapping[str, Any]) -> None:
        """The answers of the questions not built yet: `values` as the fields take them (a
        frame gets its own when it is built), `stored` as the fields give them back (ISO
        dates), which is what `values()` hands on until then."""
        self._pending = {f.id: values.get(f.id) for f in self.page.fields}
        self._pending_stored = {f.id: stored.get(f.id) for f in self.page.fields}

    def pending_value(self, field_id: str) -> Any:
        """The value a question gets when its frame is built."""
        return self._pending.get(field_id)

    def values(self) -> dict[str, Any]:
        """The non-empty answers of this page, by field id."""
        found = {}
        for field in self.page.fields:
            frame = self._built.get(field.id)
            if frame is not None:
                value = frame.value()
                if value is not None:
                    found[field.id] = value
            elif is_answer(self._pending_stored.get(field.id)):
                found[field.id] = self._pending_stored[field.id]
        return found

    def update_conditions(self, values: Mapping[str, Any]) -> None:
        """Hide fields whose `shown_when` fails; set required marks from `required_when`."""
        for frame in self._built.values():
            self.update_frame_conditions(frame, values)

    def update_frame_conditions(self, frame: FieldFrame, values: Mapping[str, Any]) -> None:
        """`update_conditions` for one frame."""
        shown = is_shown(self.spec, frame.field, values)
        frame.set_shown(shown)
        frame.set_required(is_required(self.spec, frame.field, values))
        if not shown and frame.has_problem():
            frame.set_problems(())

    def show_problems(self, problems: Problems) -> FieldFrame | None:
        """Put each problem next to its field; return the first frame with a problem."""
        first = None
        for field_id, frame in self.frames.items():
            found = problems.get(field_id, ())
            frame.set_problems(found)
            if found and first is None:
                first = frame
        return first

    def focus_frame(self, frame: FieldFrame) -> None:
        """Scroll to `frame` and put the cursor in the part that needs work."""
        target = frame.widget.focus_widget()
        self.ensureWidgetVisible(frame, 0, 40)
        self.horizontalScrollBar().setValue(0)  # scroll down to it, never sideways
        target.setFocus(Qt.FocusReason.OtherFocusReason)
