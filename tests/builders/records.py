"""Domain records in memory: `CaseBuilder` builds a CaseRecord step by step, on a fixed calendar."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from ehbc_desktop.domain.entities import (
    Agreement,
    ApproachDecision,
    CareTeamConsultation,
    Case,
    CaseRecord,
    Conversation,
    FollowUp,
    Observation,
    ParentInvolvementWish,
    ParentOverride,
    Participant,
    Person,
    Report,
    SeverityAssessment,
    Triage,
    VictimConsent,
)
from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    ApproachReason,
    CaseStatus,
    Classification,
    ConversationKind,
    CriterionAnswer,
    FollowUpKind,
    FollowUpOutcome,
    KeyCriterion,
    ReporterKind,
    Role,
    Severity,
)

DAY0 = date(2026, 3, 2)  # a Monday during the school year
_ids = itertools.count(1)


def new_id(prefix: str = "id") -> str:
    """A short unique id, readable in assertion messages."""
    return f"{prefix}{next(_ids)}"


def at(day: date, hour: int = 10) -> datetime:
    """A UTC moment on ``day``."""
    return datetime.combine(day, time(hour), tzinfo=UTC)


def days(n: int) -> date:
    """DAY0 plus ``n`` days."""
    return DAY0 + timedelta(days=n)


ALL_YES = {c: CriterionAnswer.YES for c in KeyCriterion}


class CaseBuilder:
    """Builds a CaseRecord step by step; every method returns the builder.

    Participants get the ids given (defaults "victim" and "bully"), so tests can refer to them.
    """

    def __init__(self, status: CaseStatus = CaseStatus.OPEN, case_id: str | None = None) -> None:
        self.case_id = case_id or new_id("case")
        self._case = Case(self.case_id, "2026-001", "Case", status, DAY0)
        self._people: dict[str, Person] = {}
        self._lists: dict[str, list[object]] = {}
        self._report: Report | None = None

    def _add(self, name: str, item: object) -> CaseBuilder:
        self._lists.setdefault(name, []).append(item)
        return self

    def status(self, status: CaseStatus) -> CaseBuilder:
        """Set the case status."""
        self._case = replace(self._case, status=status)
        return self

    def aftercare_not_needed(self) -> CaseBuilder:
        """Mark group aftercare as not needed."""
        self._case = replace(self._case, aftercare_not_needed=True)
        return self

    def pupil(self, pid: str, role: Role, birth_date: date | None = None) -> CaseBuilder:
        """Add a pupil with a role; ``pid`` is the participant id."""
        person = Person(new_id("person"), pid.capitalize(), birth_date=birth_date)
        self._people[person.id] = person
        return self._add("participants", Participant(pid, self.case_id, person.id, role))

    def victim(self, pid: str = "victim", birth_date: date | None = None) -> CaseBuilder:
        """Add a victim."""
        return self.pupil(pid, Role.VICTIM, birth_date)

    def bully(self, pid: str = "bully", birth_date: date | None = None) -> CaseBuilder:
        """Add a bully."""
        return self.pupil(pid, Role.BULLY, birth_date)

    def report(
        self,
        kind: ReporterKind = ReporterKind.VICTIM,
        personally: bool | None = None,
        on: date = DAY0,
    ) -> CaseBuilder:
        """Record the report."""
        self._report = Report(
            new_id("rep"), self.case_id, on, kind, victim_reports_personally=personally
        )
        return self

    def observation(self, on: date = DAY0) -> CaseBuilder:
        """Add an observation-log entry."""
        return self._add("observations", Observation(new_id("obs"), self.case_id, on, ()))

    def triage(
        self,
        classification: Classification = Classification.CYBERBULLYING,
        on: date = DAY0,
        criteria: dict[KeyCriterion, CriterionAnswer] | None = None,
        digital: bool = True,
    ) -> CaseBuilder:
        """Record a triage whose proposal equals the classification."""
        triage = Triage(
            new_id("tri"), self.case_id, at(on), dict(criteria or ALL_YES), digital, (),
            classification, classification,
        )  # fmt: skip
        return self._add("triages", triage)

    def severity(self, on: date = DAY0, care_team: bool = True) -> CaseBuilder:
        """Record a severity assessment and (by default) a care-team consultation."""
        self._add(
            "severities", SeverityAssessment(new_id("sev"), self.case_id, at(on), Severity.MODERATE)
        )
        if care_team:
            self._add(
                "care_team", CareTeamConsultation(new_id("ct"), self.case_id, on, "team", "ok")
            )
        return self

    def consent(
        self, consents: bool = True, on: date = DAY0, victim: str = "victim", hour: int = 10
    ) -> CaseBuilder:
        """Record the victim's consent (or refusal) to approach the bully."""
        item = VictimConsent(new_id("con"), self.case_id, at(on, hour), victim, consents)
        return self._add("consents", item)

    def wish(
        self,
        pupil: str = "victim",
        on: date = DAY0,
        no_parents: bool = True,
        competent: bool = True,
        withdrawn_on: date | None = None,
    ) -> CaseBuilder:
        """Record a pupil's wish about involving their parents."""
        wish = ParentInvolvementWish(
            new_id("wish"), self.case_id, pupil, at(on), no_parents, competent, "clb", on,
            at(withdrawn_on) if withdrawn_on else None,
        )  # fmt: skip
        return self._add("parent_wishes", wish)

    def override(
        self, pupil: str = "victim", on: date = DAY0, reason: str = "duty to report", hour: int = 11
    ) -> CaseBuilder:
        """Record an override of the pupil's wish."""
        item = ParentOverride(new_id("ovr"), self.case_id, pupil, at(on, hour), reason, "teacher")
        return self._add("parent_overrides", item)

    def decision(
        self,
        choice: ApproachChoice = ApproachChoice.CONFRONTATIONAL,
        on: date = DAY0,
        reasons: tuple[ApproachReason, ...] = (),
    ) -> CaseBuilder:
        """Record a choice at the choice moment."""
        item = ApproachDecision(new_id("dec"), self.case_id, at(on), reasons, None, choice)
        return self._add("approach_decisions", item)

    def conversation(
        self,
        kind: ConversationKind,
        on: date = DAY0,
        finished: bool = True,
        participants: tuple[str, ...] = (),
    ) -> CaseBuilder:
        """Record a conversation of ``kind``."""
        item = Conversation(
            new_id("conv"), self.case_id, kind, kind.value, 1, on, participants, (), finished
        )
        return self._add("conversations", item)

    def agreement(
        self, due: date = DAY0, status: AgreementStatus = AgreementStatus.OPEN
    ) -> CaseBuilder:
        """Record an agreement."""
        item = Agreement(new_id("agr"), self.case_id, "bully", "apologise", due, status)
        return self._add("agreements", item)

    def follow_up(
        self,
        planned_on: date = DAY0,
        held_on: date | None = None,
        outcome: FollowUpOutcome | None = None,
        kind: FollowUpKind = FollowUpKind.GENERAL,
    ) -> CaseBuilder:
        """Record a follow-up (held when ``held_on`` is given)."""
        item = FollowUp(
            new_id("fu"), self.case_id, planned_on, kind, held_on=held_on, outcome=outcome
        )
        return self._add("follow_ups", item)

    def held(self, on: date, outcome: FollowUpOutcome) -> CaseBuilder:
        """Record a follow-up planned and held on ``on`` with ``outcome``."""
        return self.follow_up(on, on, outcome)

    def build(self) -> CaseRecord:
        """The CaseRecord built so far."""
        lists = {name: tuple(items) for name, items in self._lists.items()}
        return CaseRecord(
            case=self._case,
            people=dict(self._people),
            report=self._report,
            **lists,  # type: ignore[arg-type]
        )
