"""Triage, severity, the care team, outside bodies and the legal-position checklist of a case."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ehbc_desktop.domain.entities import Triage
from ehbc_desktop.domain.enums import (
    AuditAction,
    Classification,
    CriterionAnswer,
    CyberFeature,
    ExternalBody,
    Flag,
    FlagCriterion,
    KeyCriterion,
    LegalCheck,
    Severity,
)
from ehbc_desktop.domain.triage import (
    TriageProblem,
    TriageProposal,
    propose_classification,
    triage_problems,
)
from ehbc_desktop.services.case.casewrite import CaseWriteService, writable_case
from ehbc_desktop.services.errors import (
    InvalidInputError,
    NotFoundError,
    OverrideReasonRequiredError,
)
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import utcnow


@dataclass(frozen=True)
class TriageResult:
    """A stored triage: its id, the proposal it rests on and the classification confirmed."""

    triage_id: str
    proposal: TriageProposal
    classification: Classification
    overridden: bool


class AssessmentService(CaseWriteService):
    """Records the assessment steps; a triage revision is a new row, never an edit."""

    @staticmethod
    def propose(
        criteria: Mapping[KeyCriterion, CriterionAnswer], digital: bool, also_offline: bool
    ) -> TriageProposal:
        """The classification the method proposes for these answers (nothing is stored)."""
        return propose_classification(criteria, digital, also_offline)

    def record_triage(
        self,
        case_id: str,
        criteria: Mapping[KeyCriterion, CriterionAnswer],
        digital: bool,
        also_offline: bool,
        *,
        features: Sequence[CyberFeature] = (),
        classification: Classification | None = None,
        override_reason: str = "",
        note: str = "",
    ) -> TriageResult:
        """Store a triage; confirming another classification than proposed needs a reason.

        Args:
            case_id: The case.
            criteria: The three key criteria (a missing one counts as unclear).
            digital: It happens through digital media.
            also_offline: It happens offline too.
            features: The cyber features that apply.
            classification: The classification confirmed (None: the proposal).
            override_reason: Why the classification differs from the proposal.
            note: A free note.

        Raises:
            OverrideReasonRequiredError: `classification` differs and the reason is blank.
            NotFoundError, CaseClosedError.
        """
        proposal = propose_classification(criteria, digital, also_offline)
        chosen = classification or proposal.classification
        answers = {c: criteria.get(c, CriterionAnswer.UNCLEAR) for c in KeyCriterion}
        reason = override_reason.strip() if chosen is not proposal.classification else ""
        draft = Triage(
            "",
            case_id,
            utcnow(),
            answers,
            digital,
            tuple(features),
            proposal.classification,
            chosen,
            reason,
            note,
            self._vs.user,
        )
        problems = triage_problems(draft)
        if TriageProblem.OVERRIDE_WITHOUT_REASON in problems:
            raise OverrideReasonRequiredError("triage")
        with self._vs.unit() as s:
            writable_case(s, case_id)
            row = m.Triage(
                case_id=case_id,
                decided_at=draft.decided_at,
                criteria={k.value: v.value for k, v in answers.items()},
                digital=digital,
                features=[CyberFeature(f).value for f in features],
                proposed=proposal.classification,
                classification=chosen,
                override_reason=reason,
                note=note,
                decided_by=self._vs.user,
            )
            s.add(row)
            s.flush()
            overridden = chosen is not proposal.classification
            detail = f"classification={chosen};proposed={proposal.classification}"
            action = AuditAction.OVERRIDE if overridden else AuditAction.CREATE
            self._written(s, action, f"triage:{row.id}", case_id, detail)
            return TriageResult(row.id, proposal, chosen, overridden)

    def record_severity(
        self,
        case_id: str,
        severity: Severity,
        *,
        rationale: str = "",
        sexual_or_transgressive: bool = False,
        flag: Flag | None = None,
        flag_notes: Mapping[FlagCriterion, str] | None = None,
        legal_checks: Sequence[LegalCheck] = (),
    ) -> str:
        """Store a severity assessment (with the flag judgement when it is sexual); returns id.

        Raises:
            InvalidInputError("flag"): a flag given for behaviour that is not sexual.
            NotFoundError, CaseClosedError.
        """
        if flag is not None and not sexual_or_transgressive:
            raise InvalidInputError("flag")
        with self._vs.unit() as s:
            writable_case(s, case_id)
            row = m.SeverityAssessment(
                case_id=case_id,
                severity=severity,
                rationale=rationale,
                sexual_or_transgressive=sexual_or_transgressive,
                flag=flag,
                flag_notes={FlagCriterion(k).value: v for k, v in (flag_notes or {}).items()},
                legal_checks=[LegalCheck(c).value for c in legal_checks],
            )
            s.add(row)
            s.flush()
            detail = f"severity={severity}" + (f";flag={flag}" if flag else "")
            self._written(s, AuditAction.CREATE, f"severity:{row.id}", case_id, detail)
            return row.id

    def set_legal_checks(self, case_id: str, checks: Sequence[LegalCheck]) -> None:
        """Tick the legal-position checklist on the latest severity assessment.

        Raises:
            NotFoundError("severity"): no severity assessment yet; NotFoundError, CaseClosedError.
        """
        with self._vs.unit() as s:
            writable_case(s, case_id)
            row = s.execute(
                select(m.SeverityAssessment)
                .where(m.SeverityAssessment.case_id == case_id)
                .order_by(m.SeverityAssessment.assessed_at.desc())
                .limit(1)
            ).scalar()
            if row is None:
                raise NotFoundError("severity", case_id)
            row.legal_checks = [LegalCheck(c).value for c in checks]
            detail = "checks=" + ",".join(row.legal_checks)
            self._written(s, AuditAction.EDIT, f"severity:{row.id}", case_id, detail)

    def add_care_team_consultation(
        self, case_id: str, held_on: date, participants: str, conclusion: str
    ) -> str:
        """Record a care-team consultation; returns its id.

        Raises:
            InvalidInputError("conclusion"): blank conclusion; NotFoundError, CaseClosedError.
        """
        if not conclusion.strip():
            raise InvalidInputError("conclusion")
        with self._vs.unit() as s:
            writable_case(s, case_id)
            row = m.CareTeamConsultation(
                case_id=case_id, held_on=held_on, participants=participants, conclusion=conclusion
            )
            s.add(row)
            s.flush()
            self._written(s, AuditAction.CREATE, f"care_team:{row.id}", case_id)
            return row.id

    def add_external_contact(
        self,
        case_id: str,
        body: ExternalBody,
        contacted_on: date | None,
        *,
        is_formal_report: bool = False,
        reference: str = "",
        note: str = "",
    ) -> str:
        """Record a consultation with or a report to an outside body; returns its id."""
        with self._vs.unit() as s:
            writable_case(s, case_id)
            row = m.ExternalContact(
                case_id=case_id,
                body=body,
                contacted_on=contacted_on,
                is_formal_report=is_formal_report,
                reference=reference,
                note=note,
            )
            s.add(row)
            s.flush()
            detail = f"body={body};formal={int(is_formal_report)}"
            self._written(s, AuditAction.CREATE, f"external:{row.id}", case_id, detail)
            return row.id
