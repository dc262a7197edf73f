"""Extra pages of the left navigation (after Overview, Cases and the open case).

A factory gets a `NavPageContext` and returns a `NavPage`: the widget, its (translated) title
and what to do when the teacher shows it. A page opens a case through `context.open_case`.
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
class NavPageContext:
    """What a navigation page may use."""

    services: CaseServices
    runner: BackgroundRunner
    settings: AppSettings
    open_case: Callable[[str], None]


@dataclass(frozen=True)
class NavPage:
    """One extra page of the navigation."""

    widget: QWidget
    title: str
    on_shown: Callable[[], None]


NavPageFactory = Callable[[NavPageContext], NavPage]


def nav_page_factories() -> list[NavPageFactory]:
    """The factories of the extra navigation pages, in order."""
    from ehbc_desktop.ui.agenda.agenda_page import make_agenda_page
    from ehbc_desktop.ui.followup.agreements_page import make_agreements_page
    from ehbc_desktop.ui.statistics.lazy_page import make_statistics_page

    return [
        make_agenda_page,
        make_agreements_page,
        make_statistics_page,
    ]
