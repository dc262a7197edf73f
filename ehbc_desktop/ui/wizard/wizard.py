"""The one generic wizard: renders any form, checks each page, and hands over the answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ehbc_desktop.formspec import FormSpec, parse_draft, validate_answers, validate_page
from ehbc_desktop.ui.wizard.context import OVERRIDES_KEY, START_RULES, WizardContext
from ehbc_desktop.ui.wizard.field_frame import FieldFrame
from ehbc_desktop.ui.wizard.flow import (
    StepFacts,
    first_page_with_problems,
    grid_fields,
    grid_parties,
    is_skipped,
    pages_with_problems,
    shown_values,
    step_state,
    unmet_preconditions,
)
from ehbc_desktop.ui.wizard.grid_field import GridFieldWidget
from ehbc_desktop.ui.wizard.page_view import PageView
from ehbc_desktop.ui.wizard.texts import precondition_text
from ehbc_desktop.ui.wizard.wizard_view import WizardView

DRAFT_DELAY_MS = 500
BUILD_STEP_MS = 0  # build the next question at the next turn of the event loop


class FormWizard(QWidget):
    """Walks the teacher through a form page by page; never touches the database.

    The owner gives the form, the answers so far and a `WizardContext`, saves the draft on
    `sig_draft_changed`, stores the result on `sig_finished`, and closes on `sig_cancelled`.
    """

    sig_draft_changed = Signal(object)  # a dict; `object` passes it through Qt untouched
    """The answers changed (debounced by about half a second): save them as the draft."""
    sig_finished = Signal(object)  # a dict, as above
    """Every page is valid and the guard allowed it: the answers of the questions shown."""
    sig_cancelled = Signal()
    """The teacher closed the wizard; the latest draft was sent just before."""
    sig_field_changed = Signal(str)
    """The teacher changed the answer of the field with this id (not debounced)."""

    def __init__(
        self,
        spec: FormSpec,
        lang: str,
        values: Mapping[str, Any],
        context: WizardContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._spec = spec
        self._lang = lang
        self._context = context
        self._read_only = context.read_only
        self._overrides: dict[str, str] = dict(values.get(OVERRIDES_KEY) or {})
        self._visited: set[int] = set()
        self._finish_attempted = False
        self._blocked = False
        self._index = 0
        self._loading = True
        self.setWindowTitle(spec.title.get(lang))
        self.view = WizardView(spec, lang, context, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.view)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._on_draft_timer_timeout)
        # The pages build their questions when shown; the others a question per event-loop
        # turn after the wizard is on screen, so opening it never holds the GUI thread long.
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.setInterval(BUILD_STEP_MS)
        self._build_timer.timeout.connect(self._on_build_timer_timeout)
        for page in self.view.pages:
            page.on_frame_built = lambda frame, page=page: self._prepare_frame(page, frame)
        self._load(values)
        self._wire()
        self._loading = False
        if self._read_only:
            self._apply_read_only()
        else:
            self._check_start_rules()
        # Only the first question of the page on screen is built before the wizard is shown;
        # the build timer adds the rest of that page first, one question per turn.
        self._show_page(self._first_index(), build=False)
        self._build_timer.start()

    # ----------------------------------------------------------------- public API

    @property
    def spec(self) -> FormSpec:
        """The form this wizard shows."""
        return self._spec

    def values(self) -> dict[str, Any]:
        """Every non-empty answer by field id (dates as "YYYY-MM-DD"), plus override reasons."""
        found: dict[str, Any] = {}
        for page in self.view.pages:
            found.update(page.values())
        if self._overrides:
            found[OVERRIDES_KEY] = dict(self._overrides)
        return found

    def current_page_id(self) -> str:
        """The id of the page on screen."""
        return self._spec.pages[self._index].id

    def go_to_page(self, page_id: str) -> None:
        """Show the page `page_id` (a skipped page: the next one that is not).

        Raises:
            KeyError: The form has no such page.
        """
        ids = [page.id for page in self._spec.pages]
        if page_id not in ids:
            raise KeyError(page_id)
        self._go_to(ids.index(page_id))

    def page_on_screen_built(self) -> bool:
        """Whether every question of the page on screen is built (a few turns after opening)."""
        return self.view.pages[self._index].is_built()

    def is_finish_allowed(self) -> bool:
        """Whether Finish is enabled (everything required filled in, nothing blocking)."""
        return self.view.finish_button.isEnabled()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Send a pending draft at once, so closing the window loses no typing."""
        self._build_timer.stop()
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.sig_draft_changed.emit(self._final_values())
        super().closeEvent(event)

    def build_all_pages(self) -> None:
        """Build every question of every page now (they are otherwise built as needed)."""
        self._build_timer.stop()
        for page in self.view.pages:
            page.build_all()

    def _final_values(self) -> dict[str, Any]:
        """`values()` read from every question's widget, for what leaves the wizard."""
        self.build_all_pages()
        return self.values()

    # ----------------------------------------------------------------- set-up

    def _load(self, values: Mapping[str, Any]) -> None:
        answers = parse_draft(self._spec, values)  # typed, parsed once here
        initial, stored = dict(answers.as_mapping()), answers.to_storage()
        approach = self._context.current_approach
        field = self._spec.field("approach")
        if approach is not None and field is not None and field.option(approach.value):
            initial.setdefault("approach", approach.value)
            stored.setdefault("approach", approach.value)
        for index, page in enumerate(self.view.pages):
            page.set_pending(initial, stored)
            for field_id, frame in page.built_frames().items():
                frame.widget.set_value(initial.get(field_id))
            if any(values.get(f.id) not in (None, "", [], {}) for f in page.page.fields):
                self._visited.add(index)  # a default is no visit
        self._refresh_conditions()

    def _prepare_frame(self, page: PageView, frame: FieldFrame) -> None:
        """Give a newly built question its answer, behaviour, state and conditions."""
        frame.widget.set_value(page.pending_value(frame.field.id))
        frame.widget.sig_changed.connect(self._on_field_changed)
        field_id = frame.field.id
        frame.widget.sig_changed.connect(lambda: self.sig_field_changed.emit(field_id))
        # As `_apply_read_only` and `_check_start_rules` did for the frames built before it.
        frame.widget.set_read_only(self._read_only or self._blocked)
        values = self.values()
        page.update_frame_conditions(frame, values)
        self._set_grid_parties(frame, values)

    def _on_build_timer_timeout(self) -> None:
        """Build the next question of the first page still incomplete, from the one on screen."""
        count = len(self.view.pages)
        for offset in range(count):
            page = self.view.pages[(self._index + offset) % count]
            if page.build_next() is not None:
                self._build_timer.start()
                return

    def _wire(self) -> None:
        view = self.view
        view.back_button.clicked.connect(self._on_back_button_clicked)
        view.next_button.clicked.connect(self._on_next_button_clicked)
        view.finish_button.clicked.connect(self._on_finish_button_clicked)
        view.save_button.clicked.connect(self._on_save_button_clicked)
        view.missing_button.clicked.connect(self._on_missing_button_clicked)
        view.steps.sig_step_chosen.connect(self._go_to)
        view.banner.sig_override_given.connect(self._on_banner_override_given)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self._on_next_shortcut_activated)

    def _apply_read_only(self) -> None:
        for page in self.view.pages:
            for frame in page.built_frames().values():
                frame.widget.set_read_only(True)
        self.view.finish_button.hide()
        self.view.save_button.setText(self.tr("&Close"))
        self.view.save_button.setToolTip("")

    def _first_index(self) -> int:
        values = self.values()
        for index, page in enumerate(self._spec.pages):
            if not is_skipped(self._spec, page, values):
                return index
        return 0

    # ----------------------------------------------------------------- navigation

    def _shown_indexes(self) -> list[int]:
        values = self.values()
        return [
            index
            for index, page in enumerate(self._spec.pages)
            if not is_skipped(self._spec, page, values)
        ]

    def _go_to(self, index: int) -> None:
        shown = self._shown_indexes()
        later = [i for i in shown if i >= index] or shown[-1:]
        target = later[0] if later else index
        if target > 0 and not self._read_only and self._preconditions_block(target):
            target = 0
        self._show_page(target)

    def _show_page(self, index: int, *, build: bool = True) -> None:
        if index != self._index:
            self._visited.add(self._index)
        self._index = index
        view = self.view
        page = self._spec.pages[index]
        if build:
            view.pages[index].build_all()
        else:
            view.pages[index].build_next()
        view.stack.setCurrentIndex(index)
        view.page_title.setText(page.title.get(self._lang))
        shown = self._shown_indexes()
        # Count every page, skipped ones too, so the number matches the list on the left.
        counter = self.tr("Page %1 of %2").replace("%1", str(index + 1))
        counter = counter.replace("%2", str(len(self._spec.pages)))
        if not self._read_only:
            counter += "   ·   " + self.tr("* = must be filled in")
        view.step_counter.setText(counter)
        view.page_notice.hide()
        view.guidance.show_guidance(page.guidance)
        view.back_button.setEnabled(bool(shown) and index > shown[0])
        view.next_button.setEnabled(bool(shown) and index < shown[-1])
        self._refresh_state()

    def _check_current_page(self) -> bool:
        """Show the problems of the page on screen next to their fields; True when none."""
        values = self.values()
        page_view = self.view.pages[self._index]
        problems = validate_page(self._spec, self.current_page_id(), values)
        first = page_view.show_problems(problems)
        if self._index == 0:
            for field_id in unmet_preconditions(self._spec, values):
                frame = page_view.frames[field_id]
                if not frame.has_problem():
                    frame.show_message(precondition_text())
                first = first or frame
        if first is not None:
            self.view.page_notice.setText(
                self.tr("Some answers on this page are missing or not right yet: see the red text.")
            )
            self.view.page_notice.show()
            self._visited.add(self._index)
            self._refresh_state()
            page_view.focus_frame(first)
            return False
        return True

    def _preconditions_block(self, target: int) -> bool:
        if target == 0 or not unmet_preconditions(self._spec, self.values()):
            return False
        self._show_page(0)
        self._check_current_page()
        return True

    # ----------------------------------------------------------------- state

    def _refresh_conditions(self) -> None:
        values = self.values()
        for page in self.view.pages:
            page.update_conditions(values)
        for field in grid_fields(self._spec):
            for page in self.view.pages:
                frame = page.built_frames().get(field.id)
                if frame is not None:
                    self._set_grid_parties(frame, values)

    def _set_grid_parties(self, frame: FieldFrame, values: Mapping[str, Any]) -> None:
        if isinstance(frame.widget, GridFieldWidget):
            stored = frame.widget.stored_party_ids()
            parties = grid_parties(frame.field, self._context, values, stored)
            frame.widget.set_parties(parties)

    def _refresh_state(self) -> None:
        values = self.values()
        problems = validate_answers(self._spec, values)
        unmet = unmet_preconditions(self._spec, values)
        for index in range(len(self._spec.pages)):
            state = step_state(
                StepFacts(
                    skipped=is_skipped(self._spec, self._spec.pages[index], values),
                    current=index == self._index,
                    read_only=self._read_only,
                    checked=index in self._visited or self._finish_attempted,
                    has_problem=index in pages_with_problems(self._spec, problems, unmet),
                )
            )
            self.view.steps.set_state(index, state)
        complete = not problems and not unmet
        allowed = complete and not self._blocked and not self._read_only
        if allowed != self.view.finish_button.isEnabled():
            self.view.finish_button.setEnabled(allowed)
        missing = not complete and not self._blocked and not self._read_only
        if missing != self.view.missing_button.isVisibleTo(self.view):
            self.view.missing_button.setVisible(missing)
        self._show_status(problems, unmet)

    def _show_status(self, problems: Mapping[str, Any], unmet: list[str]) -> None:
        text = self._status_text(problems, unmet)
        if text != self.view.status.text():
            self.view.status.setText(text)

    def _status_text(self, problems: Mapping[str, Any], unmet: list[str]) -> str:
        if self._read_only:
            return self.tr("Read only: this form was finished.")
        if self._blocked:
            return self.tr("This form can not be started yet (see the notice).")
        if not problems and not unmet:
            return self.tr("✓ Everything required is filled in: you can finish.")
        steps = [index + 1 for index in pages_with_problems(self._spec, problems, unmet)]
        count = len(problems) + len(unmet)
        return (
            self.tr("Not finished yet: %1 answer(s) missing, on page %2.")
            .replace("%1", str(count))
            .replace("%2", ", ".join(str(s) for s in steps))
        )

    # ----------------------------------------------------------------- rules of the owner

    def _ask_guard(self, rules: list[str]) -> bool:
        """Ask the owner's guard about `rules`; show the first refusal. True when all allow."""
        guard = self._context.guard
        if guard is None:
            return True
        values = self.values()
        for rule in rules:
            messages = guard(rule, values)
            if messages:
                overridable = rule if rule in self._context.overridable_rules else ""
                self.view.banner.show_messages(messages, overridable)
                return False
        self.view.banner.clear()
        return True

    def _check_start_rules(self) -> None:
        rules = [rule for rule in START_RULES if rule in self._spec.rules]
        self._blocked = not self._ask_guard(rules)
        for page in self.view.pages:
            for frame in page.built_frames().values():
                frame.widget.set_read_only(self._blocked)
        self._refresh_state()

    # ----------------------------------------------------------------- slots

    def _on_field_changed(self) -> None:
        if self._loading:
            return
        self._refresh_conditions()
        values = self.values()
        page_view = self.view.pages[self._index]
        problems = validate_page(self._spec, self.current_page_id(), values)
        unmet = unmet_preconditions(self._spec, values) if self._index == 0 else []
        for field_id, frame in page_view.built_frames().items():
            if frame.has_problem():
                if problems.get(field_id):
                    frame.set_problems(problems[field_id])
                elif field_id in unmet:
                    frame.show_message(precondition_text())
                else:
                    frame.set_problems(())
        self._refresh_state()
        if not self._read_only:
            self._draft_timer.start()

    def _on_draft_timer_timeout(self) -> None:
        self.sig_draft_changed.emit(self._final_values())

    def _on_back_button_clicked(self) -> None:
        earlier = [i for i in self._shown_indexes() if i < self._index]
        if earlier:
            self._show_page(earlier[-1])

    def _on_next_button_clicked(self) -> None:
        if not self._read_only and not self._blocked and not self._check_current_page():
            return
        later = [i for i in self._shown_indexes() if i > self._index]
        if later:
            self._visited.add(self._index)
            self._show_page(later[0])

    def _on_next_shortcut_activated(self) -> None:
        if self.view.next_button.isEnabled():
            self._on_next_button_clicked()
        elif self.view.finish_button.isEnabled():
            self._on_finish_button_clicked()

    def _on_missing_button_clicked(self) -> None:
        self._show_missing()

    def _show_missing(self) -> bool:
        """Go to the first page with a problem and show it; False when nothing is missing."""
        self._finish_attempted = True
        values = self.values()
        problems = validate_answers(self._spec, values)
        if not problems and not unmet_preconditions(self._spec, values):
            return False
        index = first_page_with_problems(self._spec, problems)
        self._show_page(0 if index is None else index)
        self._check_current_page()
        return True

    def _on_finish_button_clicked(self) -> None:
        if self._read_only or self._blocked or self._show_missing():
            return
        if not self._ask_guard(list(self._spec.rules)):
            return
        self._draft_timer.stop()
        self.sig_finished.emit(shown_values(self._spec, self._final_values()))

    def _on_save_button_clicked(self) -> None:
        if not self._read_only:
            self._draft_timer.stop()
            self.sig_draft_changed.emit(self._final_values())
        self.sig_cancelled.emit()

    def _on_banner_override_given(self, rule: str, reason: str) -> None:
        self._overrides[rule] = reason
        if self._blocked:
            self._check_start_rules()
        else:
            self._ask_guard(list(self._spec.rules))
        self.sig_draft_changed.emit(self._final_values())
