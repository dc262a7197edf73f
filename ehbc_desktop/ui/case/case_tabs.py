"""The tabs a case screen shows beside its overview: each feature registers one factory here.

A factory gets a `CaseTabContext` and returns the tab's widget, already loading, and its
(translated) title. A tab publishes what it changed as `ui.ops.Changes` on the runner and
subscribes there to reload itself when a change of its case touches the kinds it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ehbc_desktop.ui.backend import CaseServices
    from ehbc_desktop.ui.background import BackgroundRunner
    from ehbc_desktop.ui.settings import AppSettings


@dataclass(frozen=True)
class CaseTabContext:
    """What a case tab may use: the case, the open session's services and the app's helpers."""

    case_id: str
    services: CaseServices
    runner: BackgroundRunner
    settings: AppSettings


CaseTabFactory = Callable[[CaseTabContext], "tuple[QWidget, str]"]


def case_tab_factories() -> list[CaseTabFactory]:
    """The factories of every case tab, in the order the tabs appear."""
    from ehbc_desktop.ui.conversations.tab import conversations_tab
    from ehbc_desktop.ui.documents.case_tab import documents_tab
    from ehbc_desktop.ui.evidence.evidence_tab import make_evidence_tab
    from ehbc_desktop.ui.followup.followup_tab import make_follow_up_tab
    from ehbc_desktop.ui.steps.stepplan_tab import make_step_plan_tab

    return [
        make_step_plan_tab,
        conversations_tab,
        make_follow_up_tab,
        make_evidence_tab,
        documents_tab,
    ]
