"""Recording a report (melding): the case, its people, discreet observation and its reminders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import (
    AuditAction,
    BullyingForm,
    CaseStatus,
    FollowUpKind,
    Medium,
    ReporterKind,
    WarningSign,
)
from ehbc_desktop.domain.planning import observation_reminder
from ehbc_desktop.formspec import Answers, FormSpec, IntakeKind
from ehbc_desktop.services.case import participants as writes
from ehbc_desktop.services.case.casewrite import CaseWriteService, writable_case
from ehbc_desktop.services.case.participants import ParticipantInput
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.services.form_answers import AnswersIn, checked_answers
from ehbc_desktop.services.settings import load_settings
from ehbc_desktop.store import models as m
from ehbc_desktop.store.references import next_reference

#: Answers of `victim_wants_to_report` meaning the victim reports personally.
PERSONALLY = frozenset({"yes_alone", "yes_with_trusted"})


@dataclass(frozen=True)
class IntakeResult:
    """What recording a report created."""

    case_id: str
    reference: str
    report_id: str
    participant_ids: tuple[str, ...]  # in the order given
    status: CaseStatus
    reminder_id: str | None  # the first observation reminder (observation only)
    reminder_on: date | None


def _victim_reports_personally(answers: Answers) -> bool | None:
    """True/False from the form; None when the reporter is the victim or it was not asked."""
    if answers.member("reporter_kind", ReporterKind) is ReporterKind.VICTIM:
        return None
    answer = answers.choice("victim_wants_to_report")
    if answer in PERSONALLY:
        return True
    if answer == "no":
        return False
    return None


def _report_row(case_id: str, answers: Answers) -> m.Report:
    channel = answers.text("channel")
    note = answers.text("channel_note").strip()
    reported_on = answers.date("reported_on")
    reporter_kind = answers.member("reporter_kind", ReporterKind)
    if reported_on is None or reporter_kind is None:  # required by the form, so checked before
        raise InvalidInputError("reported_on" if reported_on is None else "reporter_kind")
    return m.Report(
        case_id=case_id,
        reported_on=reported_on,
        reporter_kind=reporter_kind,
        channel=f"{channel}: {note}" if note else channel,
        media=[v.value for v in answers.members("media", Medium)],
        platforms=answers.text("platform").strip(),
        forms=[v.value for v in answers.members("forms", BullyingForm)],
        description=answers.text("description"),
        victim_reports_personally=_victim_reports_personally(answers),
    )


def _extra_notes(answers: Answers) -> list[str]:
    """Free texts of the report form that have no place in the Report record."""
    texts = (answers.text("evidence_list"), answers.text("victim_report_note"))
    return [text.strip() for text in texts if text.strip()]


class IntakeService(CaseWriteService):
    """The report, discreet observation and the moment the victim reports personally."""

    def record_report(
        self,
        spec: FormSpec,
        values: AnswersIn,
        participants: Sequence[ParticipantInput] = (),
        title: str = "",
    ) -> IntakeResult:
        """Open a case from the `report` form's answers and the people involved.

        A report from someone else whose victim does not (yet) report personally opens the case
        in OBSERVATION, with a first observation reminder after the school's interval.

        Args:
            spec: The `report` form the answers were given on.
            values: The answers by field id.
            participants: The people involved (existing people through `person_id`).
            title: The case title ("" uses the reference).

        Raises:
            AnswersInvalidError: The answers do not pass the form's checks.
            InvalidInputError: `spec` is not a report form; a participant without first name.
        """
        if spec.kind != IntakeKind.REPORT.value:
            raise InvalidInputError("form")
        answers = checked_answers(spec, values)
        with self._vs.unit() as s:
            report = _report_row("", answers)
            observe = (
                report.reporter_kind is not ReporterKind.VICTIM
                and report.victim_reports_personally is not True
            )
            status = CaseStatus.OBSERVATION if observe else CaseStatus.OPEN
            case = m.Case(
                reference=next_reference(s, report.reported_on.year),
                title=title.strip(),
                status=status,
                opened_on=report.reported_on,
                close_note="",
            )
            s.add(case)
            s.flush()
            case.title = case.title or case.reference
            report.case_id = case.id
            s.add(report)
            ids = self._add_people(s, case.id, participants)
            for text in _extra_notes(answers):
                s.add(m.CaseNote(case_id=case.id, text=text, written_by=self._vs.user))
            reminder = self._plan_reminder(s, case.id, report.reported_on) if observe else None
            s.flush()
            self._audit(s, AuditAction.CREATE, f"case:{case.id}", case.id, f"status={status}")
            self._written(s, AuditAction.CREATE, f"report:{report.id}", case.id)
            return IntakeResult(
                case.id,
                case.reference,
                report.id,
                ids,
                status,
                reminder.id if reminder else None,
                reminder.planned_on if reminder else None,
            )

    def add_report(self, case_id: str, spec: FormSpec, values: AnswersIn) -> str:
        """Record the report of a case that was opened without one ("New case"); its id.

        The same rules as `record_report`: a report from someone else whose victim does not
        (yet) report personally puts an open case in discreet observation, with a reminder.

        Raises:
            AnswersInvalidError: The answers do not pass the form's checks.
            InvalidInputError: `spec` is not a report form, or the case has a report already.
            CaseClosedError: The case is closed.
        """
        if spec.kind != IntakeKind.REPORT.value:
            raise InvalidInputError("form")
        answers = checked_answers(spec, values)
        with self._vs.unit() as s:
            case = writable_case(s, case_id)
            if s.scalar(select(m.Report.id).where(m.Report.case_id == case_id)) is not None:
                raise InvalidInputError("report")
            report = _report_row(case_id, answers)
            s.add(report)
            for text in _extra_notes(answers):
                s.add(m.CaseNote(case_id=case_id, text=text, written_by=self._vs.user))
            observe = (
                report.reporter_kind is not ReporterKind.VICTIM
                and report.victim_reports_personally is not True
            )
            if observe and case.status is CaseStatus.OPEN:
                case.status = CaseStatus.OBSERVATION
                self._plan_reminder(s, case_id, report.reported_on)
            s.flush()
            self._written(s, AuditAction.CREATE, f"report:{report.id}", case_id)
            return str(report.id)

    def _add_people(
        self, s: Session, case_id: str, participants: Sequence[ParticipantInput]
    ) -> tuple[str, ...]:
        ids: list[str] = []
        for p in participants:
            row = writes.add_participant(s, case_id, p)
            self._audit(s, AuditAction.CREATE, f"participant:{row.id}", case_id, f"role={row.role}")
            ids.append(row.id)
        return tuple(ids)

    def _plan_reminder(
        self, s: Session, case_id: str, last: date, on: date | None = None
    ) -> m.FollowUp:
        """Plan an observation reminder on `on`, or the school's interval after `last`."""
        if on is None:
            settings = load_settings(s)
            every = settings.observation_reminder_days
            on = observation_reminder(last, every, settings.holidays).planned_on
        row = m.FollowUp(
            case_id=case_id,
            planned_on=on,
            kind=FollowUpKind.OBSERVATION,
            step="observation",
            with_whom="",
            note="",
        )
        s.add(row)
        s.flush()
        self._audit(s, AuditAction.CREATE, f"follow_up:{row.id}", case_id, "observation")
        return row

    def add_observation(
        self,
        case_id: str,
        observed_on: date,
        signs: Sequence[WarningSign] = (),
        note: str = "",
        next_date: date | None = None,
    ) -> str:
        """Add an entry to the observation log; returns its id.

        Open observation reminders due by `observed_on` count as done (held that day). While the
        case is in observation, the next reminder is planned on `next_date`, or after the
        school's interval.

        Raises:
            NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            case = writable_case(s, case_id)
            row = m.Observation(
                case_id=case_id,
                observed_on=observed_on,
                signs=[WarningSign(v).value for v in signs],
                note=note,
            )
            s.add(row)
            s.flush()
            self._settle_reminders(s, case_id, observed_on)
            if case.status is CaseStatus.OBSERVATION:
                self._plan_reminder(s, case_id, observed_on, on=next_date)
            self._written(s, AuditAction.CREATE, f"observation:{row.id}", case_id)
            return row.id

    def _settle_reminders(self, s: Session, case_id: str, day: date, *, all_: bool = False) -> None:
        """Mark unheld observation reminders due by `day` (or all of them) as held on `day`."""
        stmt = select(m.FollowUp).where(
            m.FollowUp.case_id == case_id,
            m.FollowUp.kind == FollowUpKind.OBSERVATION,
            m.FollowUp.held_on.is_(None),
        )
        for row in s.execute(stmt).scalars():
            if all_ or row.planned_on <= day:
                row.held_on = day
                self._audit(s, AuditAction.EDIT, f"follow_up:{row.id}", case_id, "held")

    def victim_reports_personally(self, case_id: str, on: date) -> None:
        """The victim now reports personally: the case leaves observation and becomes OPEN.

        Pending observation reminders are settled (held on `on`).

        Raises:
            NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            case = writable_case(s, case_id)
            case.status = CaseStatus.OPEN
            report = s.execute(select(m.Report).where(m.Report.case_id == case_id)).scalar()
            if report is not None and report.reporter_kind is not ReporterKind.VICTIM:
                report.victim_reports_personally = True
            self._settle_reminders(s, case_id, on, all_=True)
            self._written(
                s, AuditAction.EDIT, f"case:{case_id}", case_id, "status=open;victim_reports"
            )
