"""The case tab "Step plan": the step bar, where the case stands, and the observation log."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ehbc_desktop.domain.stepplan import Step
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.group.sequence_text import sequence_text
from ehbc_desktop.ui.ops import ChangeKind, Changes
from ehbc_desktop.ui.steps.observation_panel import ObservationPanel
from ehbc_desktop.ui.steps.plan_data import PlanData, StepServices, load_plan_data
from ehbc_desktop.ui.steps.plan_info import (
    blocked_for_consent,
    is_other_route,
    plan_lines,
    route_text,
)
from ehbc_desktop.ui.steps.step_actions import StepActions
from ehbc_desktop.ui.steps.step_bar import StepBar

if TYPE_CHECKING:
    from ehbc_desktop.ui.background import BackgroundRunner
    from ehbc_desktop.ui.case.case_tabs import CaseTabContext
    from ehbc_desktop.ui.settings import AppSettings


class StepPlanTab(QWidget):
    """Shows `StepPlanService.plan_for_case`; every step opens what it needs."""

    sig_conversation_requested = Signal(str)
    """A step belongs to a conversation: the form id of that conversation."""

    sig_loaded = Signal()
    """The plan is on screen."""

    def __init__(
        self,
        case_id: str,
        services: StepServices,
        runner: BackgroundRunner,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stepPlanTab")
        self.case_id = case_id
        self._services = services
        self._runner = runner
        self.data: PlanData | None = None
        self.thermometer: QWidget | None = None
        self.lang = "en" if settings.language == "en" else "nl"
        self.step_actions = StepActions(self, services, runner)
        self._build()
        runner.sig_changes_published.connect(self._on_runner_changes_published)

    def _build(self) -> None:
        intro = QLabel(
            self.tr("Click a step to open it. ✓ done · ▶ now · ○ to do · – not needed · ⚠ blocked")
        )
        intro.setObjectName("hintLabel")
        self.bar = StepBar()
        self.bar.sig_step_clicked.connect(self._on_step_clicked)
        self.info_label = _label("planInfo")
        self.route_label = _label("routeInfo")
        self.route_label.linkActivated.connect(self._on_route_link_activated)
        self.hint_label = _label("stepHint", hidden=True)
        self.sequence_label = _label("groupSequence", hidden=True)
        self.message_label = _label("errorLabel", hidden=True)
        buttons = self._buttons()
        box = self._plan_box(buttons)
        self.observations = ObservationPanel()
        self.observations.add_button.clicked.connect(self.step_actions.add_observation)
        self.observations.reports_button.clicked.connect(self.step_actions.victim_reports)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(intro)
        layout.addWidget(self.message_label)
        layout.addWidget(self.bar)
        layout.addWidget(box)
        layout.addWidget(self.observations)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _buttons(self) -> QHBoxLayout:
        self.consent_button = QPushButton(self.tr("Record the pupil's &consent..."))
        self.consent_button.setObjectName("consentButton")
        self.involved_button = QPushButton(self.tr("Record the talk with those &involved"))
        self.involved_button.setObjectName("involvedButton")
        self.policy_button = QPushButton(self.tr("Set the &policy location..."))
        self.policy_button.setObjectName("policyButton")
        self.follow_up_button = QPushButton(self.tr("Plan a &follow-up..."))
        self.follow_up_button.setObjectName("planFollowUpButton")
        self.thermometer_button = QPushButton(self.tr("Class &thermometer..."))
        self.thermometer_button.setObjectName("thermometerButton")
        self.thermometer_button.clicked.connect(self.open_thermometer)
        self.follow_up_button.clicked.connect(self.step_actions.plan_current)
        self.consent_button.clicked.connect(self.step_actions.record_consent)
        self.involved_button.clicked.connect(lambda: self.request_conversation("involved"))
        self.policy_button.clicked.connect(self.step_actions.set_policy_location)
        buttons = QHBoxLayout()
        for button in (
            self.follow_up_button,
            self.consent_button,
            self.involved_button,
            self.policy_button,
            self.thermometer_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _plan_box(self, buttons: QHBoxLayout) -> QFrame:
        box = QFrame()
        box.setObjectName("planBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box_layout = QVBoxLayout(box)
        for widget in (self.info_label, self.sequence_label, self.route_label, self.hint_label):
            box_layout.addWidget(widget)
        box_layout.addLayout(buttons)
        return box

    # ----- loading

    def refresh(self) -> None:
        """Load the plan in the background (the case screen calls this after every reload)."""
        services, case_id, today = self._services, self.case_id, date.today()
        self._runner.run_in_background(
            lambda: load_plan_data(services, case_id, today),
            self._on_loaded,
            self.show_error,
            owner=self,
        )

    def _on_loaded(self, data: PlanData) -> None:
        self.data = data
        plan = data.plan
        self.message_label.hide()
        self.bar.show_plan(plan)
        self.info_label.setText("<br>".join(plan_lines(plan)))
        route = route_text(plan, data.policy_location)
        self.route_label.setText(route)
        self.route_label.setVisible(bool(route))
        sequence = sequence_text(data.sequence)
        self.sequence_label.setText(sequence)
        self.sequence_label.setVisible(bool(sequence))
        other = is_other_route(plan)
        self.involved_button.setVisible(other)
        self.policy_button.setVisible(other)
        self.thermometer_button.setVisible(not other)
        self.consent_button.setVisible(blocked_for_consent(plan))
        self.follow_up_button.setVisible(plan.current is not None)
        watching = plan.in_observation
        self.observations.setVisible(watching or bool(data.record.observations))
        self.observations.show_log(data.record.observations, data.forms, self.lang, watching)
        self.sig_loaded.emit()

    def show_error(self, exc: BaseException) -> None:
        """Show a refusal or failure of the services in words."""
        self.message_label.setText(message_for(exc))
        self.message_label.show()

    def show_hint(self, text: str) -> None:
        """Say something about the step the teacher clicked."""
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    def changed(self, _result: Any = None) -> None:
        """A step was recorded: publish it (the case screen and this tab reload)."""
        self._runner.publish(Changes.of(self.case_id, ChangeKind.STEPS, ChangeKind.CASE), self)

    def _on_runner_changes_published(self, changes: Changes, _initiator: object) -> None:
        # Every record of the case can complete or block a step.
        if changes.touches(self.case_id):
            self.refresh()

    # ----- steps

    def open_thermometer(self) -> None:
        """The class thermometer of this case (questionnaire, counts, before and after)."""
        from ehbc_desktop.services.documents.documents import DocumentService
        from ehbc_desktop.services.steps.thermometer import ThermometerService
        from ehbc_desktop.ui.group.thermometer_dialog import ThermometerDialog

        session = self._services.session
        dialog = ThermometerDialog(
            self.case_id, ThermometerService(session), DocumentService(session), self._runner,
            lang=self.lang, parent=self,
        )  # fmt: skip
        dialog.sig_recorded.connect(self.changed)
        dialog.finished.connect(dialog.deleteLater)
        self.thermometer = dialog
        dialog.open()

    def request_conversation(self, form_id: str) -> None:
        """Ask for a conversation wizard: the Conversations tab opens it when it is there."""
        self.sig_conversation_requested.emit(form_id)
        tabs, target = self._conversations_tab()
        if tabs is None or target is None:
            self.show_hint(
                self.tr("This step is a conversation: open the Conversations tab to record it.")
            )
            return
        self.show_hint(self.tr("This step is a conversation: it opens in the Conversations tab."))
        tabs.setCurrentWidget(target)
        target.start_conversation(form_id)  # type: ignore[attr-defined]

    def _conversations_tab(self) -> tuple[QTabWidget | None, QWidget | None]:
        """The case screen's tab widget and the sibling tab that records conversations."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is None:
            return None, None
        for index in range(parent.count()):
            widget = parent.widget(index)
            if widget is not self and callable(getattr(widget, "start_conversation", None)):
                return parent, widget
        return parent, None

    def _on_step_clicked(self, value: str) -> None:
        if self.data is not None:
            self.step_actions.open_step(Step(value), self.data)

    def _on_route_link_activated(self, link: str) -> None:
        from PySide6.QtCore import QUrl

        url = QUrl.fromUserInput(link)
        QDesktopServices.openUrl(url)


def _label(name: str, hidden: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if hidden:
        label.hide()  # never show() a label before it has a parent: it would pop up alone
    return label


def make_step_plan_tab(ctx: CaseTabContext) -> tuple[QWidget, str]:
    """The case-tab factory registered in `case_tabs.py`."""
    services = StepServices.over(ctx.services.session)
    tab = StepPlanTab(ctx.case_id, services, ctx.runner, ctx.settings)
    tab.refresh()
    return tab, QCoreApplication.translate("StepPlanTab", "Step plan")
