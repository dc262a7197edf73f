"""One step of the wizard: the page's questions in a scrollable column."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ehbc_desktop.formspec import FormSpec, PageSpec, is_required, is_shown
from ehbc_desktop.formspec.answers import Problems
from ehbc_desktop.ui.wizard.context import WizardContext
from ehbc_desktop.ui.wizard.field_frame import FieldFrame


class PageView(QScrollArea):
    """The questions of one page, each in a `FieldFrame`."""

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
        self.setObjectName(f"page_{page.id}")
        self.setAccessibleName(page.title.get(lang))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 12, 12)
        self.frames: dict[str, FieldFrame] = {}
        for field in page.fields:
            frame = FieldFrame(field, lang, context, body)
            self.frames[field.id] = frame
            layout.addWidget(frame)
        layout.addStretch(1)
        self.setWidget(body)

    def values(self) -> dict[str, Any]:
        """The non-empty answers of this page, by field id."""
        found = {}
        for field_id, frame in self.frames.items():
            value = frame.value()
            if value is not None:
                found[field_id] = value
        return found

    def update_conditions(self, values: Mapping[str, Any]) -> None:
        """Hide fields whose `shown_when` fails; set required marks from `required_when`."""
        for frame in self.frames.values():
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
