"""Finishing the intake step forms (triage, severity, choice, observation) in one call each."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

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
from ehbc_desktop.formspec import FormSpec, IntakeKind, validate_answers
from ehbc_desktop.formspec.answers import parse_date
from ehbc_desktop.services.case.casewrite import CaseWriteService, writable_case
from ehbc_desktop.services.errors import AnswersInvalidError, InvalidInputError
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


def _checked(spec: FormSpec, kind: IntakeKind, values: Mapping[str, Any]) -> None:
    if spec.kind != kind.value:
        raise InvalidInputError("form")
    problems = validate_answers(spec, values)
    if problems:
        raise AnswersInvalidError(problems)


def _text(values: Mapping[str, Any], key: str) -> str:
    return str(values.get(key) or "").strip()


class StepFormService(CaseWriteService):
    """One service call per finished step form; the form's draft is deleted afterwards."""

    def _done(self, case_id: str, spec: FormSpec) -> None:
        DraftService(self._vs).delete(case_id, spec.id)

    def finish_triage(
        self, case_id: str, spec: FormSpec, values: Mapping[str, Any]
    ) -> TriageResult:
        """Store the triage form (`classification_note` is the override reason when needed).

        Raises:
            AnswersInvalidError, OverrideReasonRequiredError, NotFoundError, CaseClosedError.
        """
        _checked(spec, IntakeKind.TRIAGE, values)
        criteria = {c: CriterionAnswer(values[c.value]) for c in KeyCriterion}
        notes = [_text(values, f"{c.value}_note") for c in KeyCriterion]
        result = AssessmentService(self._vs).record_triage(
            case_id,
            criteria,
            bool(values.get("digital")),
            bool(values.get("also_offline")),
            features=[CyberFeature(f) for f in values.get("features") or ()],
            classification=Classification(values["classification"]),
            override_reason=_text(values, "classification_note"),
            note="\n".join(n for n in notes if n),
        )
        self._done(case_id, spec)
        return result

    def finish_severity(
        self, case_id: str, spec: FormSpec, values: Mapping[str, Any]
    ) -> SeverityResult:
        """Store the severity form: assessment with flag, care team and outside bodies at once.

        Raises:
            AnswersInvalidError, NotFoundError, CaseClosedError.
        """
        _checked(spec, IntakeKind.SEVERITY, values)
        with self._vs.unit() as s:
            writable_case(s, case_id)
            severity = self._severity_row(s, case_id, values)
            care = m.CareTeamConsultation(
                case_id=case_id,
                held_on=parse_date(values.get("care_team_date")),
                participants=_text(values, "care_team_who"),
                conclusion=_text(values, "care_team_conclusion"),
            )
            s.add(care)
            external = [self._external_row(s, case_id, values, p, b) for p, b in BODIES.items()]
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
    def _severity_row(s: Session, case_id: str, values: Mapping[str, Any]) -> m.SeverityAssessment:
        sexual = values.get("sexual") is True
        flag_notes = {
            c.value: _text(values, f"flag_{c.value}")
            for c in FlagCriterion
            if _text(values, f"flag_{c.value}")
        }
        rationale = _text(values, "rationale")
        if sexual and _text(values, "flag_rationale"):
            rationale = f"{rationale}\n{_text(values, 'flag_rationale')}".strip()
        row = m.SeverityAssessment(
            case_id=case_id,
            severity=Severity(values["severity"]),
            rationale=rationale,
            sexual_or_transgressive=sexual,
            flag=Flag(values["flag"]) if sexual and values.get("flag") else None,
            flag_notes=flag_notes if sexual else {},
            legal_checks=[LegalCheck(c).value for c in values.get("legal_checks") or ()],
        )
        s.add(row)
        return row

    @staticmethod
    def _external_row(
        s: Session, case_id: str, values: Mapping[str, Any], prefix: str, body: ExternalBody
    ) -> m.ExternalContact | None:
        if values.get(f"{prefix}_contacted") is not True:
            return None
        name = _text(values, "other_body_name") if body is ExternalBody.OTHER else ""
        row = m.ExternalContact(
            case_id=case_id,
            body=body,
            contacted_on=parse_date(values.get(f"{prefix}_date")),
            is_formal_report=values.get(f"{prefix}_how") == "reported",
            reference=_text(values, f"{prefix}_reference"),
            note=name,
        )
        s.add(row)
        return row

    def finish_choice(
        self, case_id: str, spec: FormSpec, values: Mapping[str, Any]
    ) -> DecisionResult:
        """Store the choice form: the ticked reasons, the choice, motivation and group method.

        Raises:
            AnswersInvalidError, InvalidInputError, NotFoundError, CaseClosedError.
        """
        _checked(spec, IntakeKind.CHOICE, values)
        reasons = [
            ApproachReason(r) for key in ("nc_reasons", "c_reasons") for r in values.get(key) or ()
        ]
        method = values.get("group_method")
        result = ApproachService(self._vs).decide_approach(
            case_id,
            reasons,
            ApproachChoice(values["chosen"]),
            motivation=_text(values, "motivation"),
            group_method=GroupMethod(method) if method else None,
        )
        self._done(case_id, spec)
        return result

    def finish_observation(self, case_id: str, spec: FormSpec, values: Mapping[str, Any]) -> str:
        """Store one observation-log entry from the observation form; returns its id.

        Raises:
            AnswersInvalidError, NotFoundError, CaseClosedError.
        """
        _checked(spec, IntakeKind.OBSERVATION, values)
        observed_on = parse_date(values.get("observed_on"))
        if observed_on is None:
            raise InvalidInputError("observed_on")
        ident = IntakeService(self._vs).add_observation(
            case_id,
            observed_on,
            [WarningSign(v) for v in values.get("signs") or ()],
            _text(values, "note"),
            parse_date(values.get("next_date")),
        )
        self._done(case_id, spec)
        return ident
