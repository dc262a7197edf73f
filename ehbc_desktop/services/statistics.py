"""Anonymous statistics of a period for the school's policy: counts only, small cells hidden."""

from __future__ import annotations

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.domain.statistics.compute import PublishedStatistics, count_period, publish
from ehbc_desktop.domain.statistics.periods import Period
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.settings import load_settings
from ehbc_desktop.store import audit
from ehbc_desktop.store.case_facts import case_facts


class StatisticsService:
    """Counts a period and the one before it; returns only what may be shown."""

    def __init__(self, session: VaultSession) -> None:
        self._vs = session

    def statistics(self, period: Period, threshold: int | None = None) -> PublishedStatistics:
        """The published statistics of `period`, compared with the period before it.

        Args:
            period: the school year, term or span of days.
            threshold: the smallest count shown as it is; None: the school's setting.
        """
        previous = period.previous()
        with self._vs.unit() as s:
            limit = threshold if threshold is not None else load_settings(s).statistics_threshold
            facts = case_facts(s, min(previous.start, period.start), max(previous.end, period.end))
            target = f"statistics:{period.start.isoformat()}..{period.end.isoformat()}"
            audit.record(s, self._vs.user, AuditAction.VIEW, target)
        return publish(count_period(facts, period), count_period(facts, previous), limit)
