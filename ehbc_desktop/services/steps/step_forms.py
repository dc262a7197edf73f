"""Finishing the intake step forms (triage, severity, choice, observation) in one call each."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ehbc_desktop.domain.enums import (
    ApproachChoice,
    ApproachReason,
    AuditAction,
    Classification,
    CriterionAnswer,
    CyberFeature,
    ExternalBody,
    Flag,
    FlagCriterion,
    GroupMethod,
    KeyCriterion,
    LegalCheck,
    Severity,
    WarningSign,
)
from ehbc_desktop.formspec import Answers, FormSpec, IntakeKind
from ehbc_desktop.services.case.casewrite import CaseWriteService, writable_case
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.services.form_answers import AnswersIn, checked_answers
from ehbc_desktop.services.steps.approach import ApproachService, DecisionResult
from ehbc_desktop.services.steps.assessment import AssessmentService, TriageResult
from ehbc_desktop.services.steps.drafts import DraftService
from ehbc_desktop.services.steps.intake import IntakeService
from ehbc_desktop.store import models as m

#: The severity form's outside bodies: field prefix -> body.
BODIES = {
    "police": ExternalBody.POLICE,
    "child_focus": ExternalBody.CHILD_FOCUS,
    "clb": ExternalBody.CLB,
    "other_body": ExternalBody.OTHER,
}


@dataclass(frozen=True)
class SeverityResult:
    """What the severity form stored."""

    severity_id: str
    care_team_id: str
    external_ids: tuple[str, ...]


def _checked(spec: FormSpec, kind: IntakeKind, values: AnswersIn) -> Answers:
    if spec.kind != kind.value:
        raise InvalidInputError("form")
    return checked_answers(spec, values)


def _text(answers: Answers, key: str) -> str:
    return answers.text(key).strip()


def _required(answers: Answers, key: str) -> str:
    """The answer of a field the form requires (so the checks made sure it is there)."""
    value = answers.choice(key)
    if value is None:
        raise InvalidInputError(key)
    return value


class StepFormService(CaseWriteService):
    """One service call per finished step form; the form's draft is deleted afterwards."""

    def _done(self, case_id: str, spec: FormSpec) -> None:
        DraftService(self._vs).delete(case_id, spec.id)

    def finish_triage(
        self, case_id: str, spec: FormSpec, values: AnswersIn
    ) -> TriageResult:
        """Store the triage form (`classification_note` is the override reason when needed).

        Raises:
            AnswersInvalidError, OverrideReasonRequiredError, NotFoundError, CaseClosedError.
        """
        answers = _checked(spec, IntakeKind.TRIAGE, values)
        criteria = {c: CriterionAnswer(_required(answers, c.value)) for c in KeyCriterion}
        notes = [_text(answers, f"{c.value}_note") for c in KeyCriterion]
        result = AssessmentService(self._vs).record_triage(
            case_id,
            criteria,
            bool(answers.flag("digital")),
            bool(answers.flag("also_offline")),
            features=list(answers.members("features", CyberFeature)),
            classification=Classification(_required(answers, "classification")),
            override_reason=_text(answers, "classification_note"),
            note="\n".join(n for n in notes if n),
        )
        self._done(case_id, spec)
        return result

    def finish_severity(
        self, case_id: str, spec: FormSpec, values: AnswersIn
    ) -> SeverityResult:
        """Store the severity form: assessment with flag, care team and outside bodies at once.

        Raises:
            AnswersInvalidError, NotFoundError, CaseClosedError.
        """
        answers = _checked(spec, IntakeKind.SEVERITY, values)
        with self._vs.unit() as s:
            writable_case(s, case_id)
            severity = self._severity_row(s, case_id, answers)
            care = m.CareTeamConsultation(
                case_id=case_id,
                held_on=answers.date("care_team_date"),
                participants=_text(answers, "care_team_who"),
                conclusion=_text(answers, "care_team_conclusion"),
            )
            s.add(care)
            external = [self._external_row(s, case_id, answers, p, b) for p, b in BODIES.items()]
            contacts = [row for row in external if row is not None]
            s.flush()
            self._audit(s, AuditAction.CREATE, f"care_team:{care.id}", case_id)
            for row in contacts:
                self._audit(
                    s, AuditAction.CREATE, f"external:{row.id}", case_id, f"body={row.body}"
                )
            detail = f"severity={severity.severity}" + (
                f";flag={severity.flag}" if severity.flag else ""
            )
            self._written(s, AuditAction.CREATE, f"severity:{severity.id}", case_id, detail)
            result = SeverityResult(severity.id, care.id, tuple(r.id for r in contacts))
        self._done(case_id, spec)
        return result

    @staticmethod
    def _severity_row(s: Session, case_id: str, answers: Answers) -> m.SeverityAssessment:
        sexual = answers.flag("sexual") is True
        flag_notes = {
            c.value: _text(answers, f"flag_{c.value}")
            for c in FlagCriterion
            if _text(answers, f"flag_{c.value}")
        }
        rationale = _text(answers, "rationale")
        if sexual and _text(answers, "flag_rationale"):
            rationale = f"{rationale}\n{_text(answers, 'flag_rationale')}".strip()
        row = m.SeverityAssessment(
            case_id=case_id,
            severity=Severity(_required(answers, "severity")),
            rationale=rationale,
            sexual_or_transgressive=sexual,
            flag=answers.member("flag", Flag) if sexual else None,
            flag_notes=flag_notes if sexual else {},
            legal_checks=[c.value for c in answers.members("legal_checks", LegalCheck)],
        )
        s.add(row)
        return row

    @staticmethod
    def _external_row(
        s: Session, case_id: str, answers: Answers, prefix: str, body: ExternalBody
    ) -> m.ExternalContact | None:
        if answers.flag(f"{prefix}_contacted") is not True:
            return None
        name = _text(answers, "other_body_name") if body is ExternalBody.OTHER else ""
        row = m.ExternalContact(
            case_id=case_id,
            body=body,
            contacted_on=answers.date(f"{prefix}_date"),
            is_formal_report=answers.choice(f"{prefix}_how") == "reported",
            reference=_text(answers, f"{prefix}_reference"),
            note=name,
        )
        s.add(row)
        return row

    def finish_choice(
        self, case_id: str, spec: FormSpec, values: AnswersIn
    ) -> DecisionResult:
        """Store the choice form: the ticked reasons, the choice, motivation and group method.

        Raises:
            AnswersInvalidError, InvalidInputError, NotFoundError, CaseClosedError.
        """
        answers = _checked(spec, IntakeKind.CHOICE, values)
        reasons = [
            r for key in ("nc_reasons", "c_reasons") for r in answers.members(key, ApproachReason)
        ]
        result = ApproachService(self._vs).decide_approach(
            case_id,
            reasons,
            ApproachChoice(_required(answers, "chosen")),
            motivation=_text(answers, "motivation"),
            group_method=answers.member("group_method", GroupMethod),
        )
        self._done(case_id, spec)
        return result

    def finish_observation(self, case_id: str, spec: FormSpec, values: AnswersIn) -> str:
        """Store one observation-log entry from the observation form; returns its id.

        Raises:
            AnswersInvalidError, NotFoundError, CaseClosedError.
        """
        answers = _checked(spec, IntakeKind.OBSERVATION, values)
        observed_on = answers.date("observed_on")
        if observed_on is None:
            raise InvalidInputError("observed_on")
        ident = IntakeService(self._vs).add_observation(
            case_id,
            observed_on,
            list(answers.members("signs", WarningSign)),
            _text(answers, "note"),
            answers.date("next_date"),
        )
        self._done(case_id, spec)
        return ident
