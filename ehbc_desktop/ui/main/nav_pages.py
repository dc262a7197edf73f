"""Extra pages of the left navigation (after Overview, Cases and the open case).

A factory gets a `NavPageContext` and returns the page's widget and its (translated) title.
The workspace calls `refresh()` on a page when it is shown, if the page has one, and connects
a page's `sig_case_requested(str)` signal, if it has one, to open that case.
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


NavPageFactory = Callable[[NavPageContext], "tuple[QWidget, str]"]


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
