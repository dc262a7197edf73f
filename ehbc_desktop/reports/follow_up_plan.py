"""The follow-up plan: the chosen approach and why, every agreement, the follow-ups, contacts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.reports.base import BasePdf
from ehbc_desktop.reports.blocks import (
    bullet_list,
    grid_table,
    heading,
    kv_table,
    para,
    title_block,
)
from ehbc_desktop.reports.texts import format_date
from ehbc_desktop.vocabulary import label


@dataclass(frozen=True, slots=True)
class Contact:
    """Someone to turn to while the plan runs."""

    name: str
    role: str
    reach: str = ""  # phone, e-mail, office hours ...


@dataclass(frozen=True, slots=True)
class FollowUpPlanInput:
    """The data of a follow-up plan.

    Attributes:
        school: the school's name.
        record: the case (approach decisions, agreements, follow-ups are read from it).
        contacts: people to contact while the plan runs.
        prepared_on: the date printed on the plan (default: today).
    """

    school: str
    record: CaseRecord
    contacts: tuple[Contact, ...] = ()
    prepared_on: date | None = None


class FollowUpPlanPdf(BasePdf):
    """Layout of the follow-up plan."""

    def __init__(self, data: FollowUpPlanInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.t("fp_title")

    def reference(self) -> str:
        return self.data.record.case.reference

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        day = self.data.prepared_on or date.today()
        story = title_block(self.title(), self.data.school,
                            [(self.t("bf_date"), format_date(day, self.lang))])
        story += self._approach()
        story += self._agreements()
        story += self._follow_ups()
        story += self._contacts()
        return story

    def _approach(self) -> list[Flowable]:
        story = heading(self.t("fp_approach"))
        decisions = self.data.record.approach_decisions
        if not decisions:
            return [*story, para(self.t("fp_no_decision"))]
        decision = decisions[-1]  # the latest choice counts; earlier ones are history
        rows: list[tuple[str, str | Flowable]] = [
            (self.t("fp_choice"), label(decision.choice, self.lang)),
        ]
        if decision.group_method is not None:
            rows.append((self.t("fp_group_method"), label(decision.group_method, self.lang)))
        rows.append((self.t("fp_decided_on"), format_date(decision.decided_at, self.lang)))
        if decision.reasons:
            rows.append((self.t("fp_reasons"),
                         bullet_list([label(r, self.lang) for r in decision.reasons], "Cell")))
        if decision.motivation.strip():
            rows.append((self.t("fp_motivation"), decision.motivation))
        return [*story, kv_table(rows)]

    def _agreements(self) -> list[Flowable]:
        agreements = sorted(self.data.record.agreements, key=lambda a: a.due)
        story = heading(self.t("fp_agreements"))
        if not agreements:
            return [*story, para(self.t("none_recorded"))]
        rows = [(a.who, a.what, format_date(a.due, self.lang), label(a.status, self.lang))
                for a in agreements]
        header = [self.t(k) for k in ("col_who", "col_what", "col_due", "col_status")]
        return [*story, grid_table(header, rows, [2.2, 5, 2.3, 1.8])]

    def _follow_ups(self) -> list[Flowable]:
        follow_ups = sorted(self.data.record.follow_ups, key=lambda f: f.planned_on)
        story = heading(self.t("fp_follow_ups"))
        if not follow_ups:
            return [*story, para(self.t("none_recorded"))]
        rows = []
        for f in follow_ups:
            outcome = label(f.outcome, self.lang) if f.outcome else ""
            step = f.step or label(f.kind, self.lang)
            rows.append((format_date(f.planned_on, self.lang), f.with_whom, step, outcome))
        header = [self.t(k) for k in ("col_date", "col_with_whom", "col_step", "col_outcome")]
        return [*story, grid_table(header, rows, [2.3, 2.6, 4.2, 1.9])]

    def _contacts(self) -> list[Flowable]:
        if not self.data.contacts:
            return []
        rows = [(c.name, c.role, c.reach) for c in self.data.contacts]
        header = [self.t(k) for k in ("col_name", "col_role", "col_reach")]
        return [*heading(self.t("fp_contacts")), grid_table(header, rows, [3, 3, 4])]


def render(data: FollowUpPlanInput, lang: str = "nl") -> bytes:
    """The follow-up plan as PDF bytes."""
    return FollowUpPlanPdf(data, lang).render()
