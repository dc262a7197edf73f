"""The words under the step bar: where the case stands, what is late, what the method proposes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.stepplan import Step, StepPlan
from ehbc_desktop.domain.triage import OTHER_ROUTE_CLASSIFICATIONS
from ehbc_desktop.ui.labels import classification_label, format_date
from ehbc_desktop.ui.steps.texts import escalation_text, status_explanation, step_name


def plan_lines(plan: StepPlan) -> list[str]:
    """Rich-text lines (escaped) describing the plan for the teacher."""
    lines: list[str] = []
    if plan.current is None:
        lines.append(
            QCoreApplication.translate("PlanInfo", "This case is closed: every step is behind you.")
        )
    else:
        status = plan.status(plan.current)
        lines.append(
            QCoreApplication.translate("PlanInfo", "<b>Now:</b> %1").replace(
                "%1", escape(step_name(plan.current))
            )
            + (f" — {escape(status_explanation(status))}" if status_explanation(status) else "")
        )
        if plan.next_step is not None:
            lines.append(
                QCoreApplication.translate("PlanInfo", "<b>After that:</b> %1").replace(
                    "%1", escape(step_name(plan.next_step))
                )
            )
    escalation = escalation_text(plan.escalation)
    if escalation:
        lines.append(f"<span style='color:#a50e0e'><b>⚠ {escape(escalation)}</b></span>")
    if plan.next_follow_up is not None:
        lines.append(
            QCoreApplication.translate("PlanInfo", "<b>Next follow-up:</b> %1").replace(
                "%1", format_date(plan.next_follow_up)
            )
        )
    if plan.overdue_follow_ups:
        days = ", ".join(format_date(f.planned_on) for f in plan.overdue_follow_ups)
        lines.append(
            "<span style='color:#a50e0e'>"
            + QCoreApplication.translate(
                "PlanInfo", "⚠ Overdue follow-up(s), planned on: %1"
            ).replace("%1", days)
            + "</span>"
        )
    if plan.overdue_agreements:
        lines.append(
            "<span style='color:#a50e0e'>"
            + QCoreApplication.translate(
                "PlanInfo", "⚠ %1 agreement(s) passed their date without being marked done."
            ).replace("%1", str(len(plan.overdue_agreements)))
            + "</span>"
        )
    if plan.no_next_step_planned:
        lines.append(
            "<span style='color:#a50e0e'><b>"
            + QCoreApplication.translate(
                "PlanInfo",
                "⚠ No next step is planned: plan a follow-up so the case does not stall.",
            )
            + "</b></span>"
        )
    return lines


def route_text(plan: StepPlan, policy_location: str) -> str:
    """For classic bullying and conflicts: the route through the school's own policy."""
    if plan.classification not in OTHER_ROUTE_CLASSIFICATIONS:
        return ""
    assert plan.classification is not None
    head = QCoreApplication.translate(
        "PlanInfo",
        "<b>%1:</b> this case follows the school's own anti-bullying policy, not the "
        "cyberbullying steps. Still record the talk with those involved.",
    ).replace("%1", escape(classification_label(plan.classification)))
    if policy_location.strip():
        where = QCoreApplication.translate("PlanInfo", "The school's policy: %1").replace(
            "%1", f"<a href='{escape(policy_location, quote=True)}'>{escape(policy_location)}</a>"
        )
    else:
        where = QCoreApplication.translate(
            "PlanInfo",
            "The school's policy is not set yet: use <i>Set the policy location</i> below "
            "(a link or a document on this PC); it is kept in the school settings of the vault.",
        )
    return f"{head}<br>{where}"


def is_other_route(plan: StepPlan) -> bool:
    """The case follows the school policy (classic bullying or a conflict)."""
    return plan.classification in OTHER_ROUTE_CLASSIFICATIONS


def blocked_for_consent(plan: StepPlan) -> bool:
    """The approach waits for the bullied pupil's consent."""
    return plan.status(Step.INTERVENTION).is_blocked
