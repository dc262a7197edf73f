"""The records of a case as plain, immutable dataclasses; the store maps them, the rules read them.

Identifiers are opaque strings (uuid4 hex) so cases keep their identity across PCs (archives).
Times are timezone-aware UTC datetimes; calendar days are plain dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    ApproachReason,
    AuditAction,
    BullyingForm,
    CaseStatus,
    Classification,
    Competence,
    Confidentiality,
    ConversationKind,
    CriterionAnswer,
    CyberFeature,
    ExternalBody,
    Flag,
    FollowUpKind,
    FollowUpOutcome,
    GroupMethod,
    JudgeRole,
    KeyCriterion,
    LegalCheck,
    Medium,
    ReporterKind,
    Role,
    Severity,
    WarningSign,
)


@dataclass(frozen=True, slots=True)
class Person:
    """A pupil or adult who appears in one or more cases."""

    id: str
    first_name: str
    last_name: str = ""
    class_name: str = ""  # e.g. "2B"; empty for adults
    birth_date: date | None = None
    is_pupil: bool = True

    @property
    def full_name(self) -> str:
        """First and last name, as shown on screen."""
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def initials(self) -> str:
        """Initials, used by pseudonymised documents."""
        parts = [p for p in (self.first_name, self.last_name) if p]
        return ".".join(p[0].upper() for p in parts) + "." if parts else "?"


@dataclass(frozen=True, slots=True)
class Participant:
    """A person's role in one case; parents and support figures point to their pupil."""

    id: str
    case_id: str
    person_id: str
    role: Role
    related_to: str | None = None  # participant id of the pupil (for PARENT and SUPPORT_FIGURE)
    note: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    """How the case reached the school (melding)."""

    id: str
    case_id: str
    reported_on: date
    reporter_kind: ReporterKind
    channel: str = ""  # how it reached the school: in person, e-mail, letter box ...
    media: tuple[Medium, ...] = ()
    platforms: str = ""  # free text: which app or platform
    forms: tuple[BullyingForm, ...] = ()
    description: str = ""
    victim_reports_personally: bool | None = None  # None: reporter is the victim or not yet asked


@dataclass(frozen=True, slots=True)
class Triage:
    """One classification (triage) of the case; revisions are new records, never edits."""

    id: str
    case_id: str
    decided_at: datetime
    criteria: dict[KeyCriterion, CriterionAnswer]
    digital: bool
    features: tuple[CyberFeature, ...]
    proposed: Classification
    classification: Classification
    override_reason: str = ""  # required when classification differs from proposed
    note: str = ""
    decided_by: str = ""


@dataclass(frozen=True, slots=True)
class SeverityAssessment:
    """The estimate of how serious it is, with the optional flag-system judgement."""

    id: str
    case_id: str
    assessed_at: datetime
    severity: Severity
    rationale: str = ""
    sexual_or_transgressive: bool = False
    flag: Flag | None = None
    flag_notes: dict[str, str] = field(default_factory=dict)  # FlagCriterion value -> note
    legal_checks: tuple[LegalCheck, ...] = ()


@dataclass(frozen=True, slots=True)
class CareTeamConsultation:
    """A consultation with the school's care team (zorgteam)."""

    id: str
    case_id: str
    held_on: date
    participants: str
    conclusion: str


@dataclass(frozen=True, slots=True)
class ExternalContact:
    """A consultation with or report to an outside body."""

    id: str
    case_id: str
    body: ExternalBody
    contacted_on: date | None
    is_formal_report: bool = False
    reference: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class VictimConsent:
    """The victim's consent (or refusal) to approach the bully; the latest record counts."""

    id: str
    case_id: str
    recorded_at: datetime
    victim_participant_id: str
    consents: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class ParentInvolvementWish:
    """A pupil's request (from 12) that their own parents are not involved, and its judgement."""

    id: str
    case_id: str
    pupil_participant_id: str
    recorded_at: datetime
    wishes_no_parents: bool
    judged_competent: bool  # "bekwaam" according to the CLB / the school
    judged_by: str
    judged_on: date
    withdrawn_at: datetime | None = None
    # None: a record from before the three-way judgement; `judged_competent` then decides.
    competence: Competence | None = None
    judge_role: JudgeRole | None = None
    reason: str = ""  # why the judge came to this judgement
    others_note: str = ""  # what the pupil wants about who else is told
    recorded_by: str = ""

    @property
    def effective_competence(self) -> Competence:
        """The competence judgement (older records: competent or not, from the bool)."""
        if self.competence is not None:
            return self.competence
        return Competence.COMPETENT if self.judged_competent else Competence.NOT_COMPETENT


@dataclass(frozen=True, slots=True)
class ParentOverride:
    """A logged decision to involve parents despite the pupil's standing wish."""

    id: str
    case_id: str
    pupil_participant_id: str
    recorded_at: datetime
    reason: str
    recorded_by: str


@dataclass(frozen=True, slots=True)
class ApproachDecision:
    """One choice at the choice moment; every change is a new record with its reason."""

    id: str
    case_id: str
    decided_at: datetime
    reasons: tuple[ApproachReason, ...]
    recommended: ApproachChoice | None
    choice: ApproachChoice
    motivation: str = ""
    group_method: GroupMethod | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    """One answered question, with the wording as it was asked."""

    field_id: str
    question: str
    value: str


@dataclass(frozen=True, slots=True)
class Conversation:
    """A conversation recorded through a form; finished ones are read-only (amendments add)."""

    id: str
    case_id: str
    kind: ConversationKind
    form_id: str
    form_version: int
    held_on: date
    participant_ids: tuple[str, ...]
    answers: tuple[Answer, ...]
    finished: bool
    next_date: date | None = None
    summary: str = ""
    group_method: GroupMethod | None = None  # the method a GROUP conversation used


@dataclass(frozen=True, slots=True)
class Amendment:
    """A dated correction to a finished conversation; the original stays as it was."""

    id: str
    conversation_id: str
    written_at: datetime
    text: str
    written_by: str


@dataclass(frozen=True, slots=True)
class RestorativeGridCell:
    """One answer in the restorative step-2 grid: a question asked to one party."""

    participant_id: str
    question: str  # RestorativeQuestion value
    answer: str


@dataclass(frozen=True, slots=True)
class Agreement:
    """Who does what, by when (all three required)."""

    id: str
    case_id: str
    who: str
    what: str
    due: date
    status: AgreementStatus = AgreementStatus.OPEN
    conversation_id: str | None = None
    status_changed_on: date | None = None
    status_note: str = ""


@dataclass(frozen=True, slots=True)
class SupportFigure:
    """A named support figure of a pupil (for the repair agreement)."""

    name: str
    role: str


@dataclass(frozen=True, slots=True)
class RepairAgreement:
    """The signed repair agreement (herstelovereenkomst)."""

    id: str
    case_id: str
    bully_participant_ids: tuple[str, ...]
    engagements: tuple[str, ...]
    support_figures: tuple[SupportFigure, ...]
    term: date
    evaluation_on: date
    conversation_id: str | None = None
    signed_on: date | None = None


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A planned follow-up and, once held, its outcome."""

    id: str
    case_id: str
    planned_on: date
    kind: FollowUpKind = FollowUpKind.GENERAL
    with_whom: str = ""
    step: str = ""  # the step of the plan this follow-up belongs to
    held_on: date | None = None
    outcome: FollowUpOutcome | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Observation:
    """An entry in the discreet-observation log."""

    id: str
    case_id: str
    observed_on: date
    signs: tuple[WarningSign, ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """Metadata of one piece of evidence; the bytes live encrypted in the vault's blob store."""

    id: str
    case_id: str
    description: str
    provided_by: str
    captured_on: date | None
    platform: str
    confidentiality: Confidentiality
    sha256: str
    original_name: str = ""
    size: int = 0
    media_type: str = ""
    added_at: datetime | None = None
    not_imported_sexual_content: bool = False  # only description, hash, holder, police reference
    holder: str = ""
    police_reference: str = ""


@dataclass(frozen=True, slots=True)
class CaseNote:
    """A free note the teacher adds to a case's timeline."""

    id: str
    case_id: str
    written_at: datetime
    text: str
    written_by: str = ""


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One entry of the append-only, hash-chained audit log."""

    seq: int
    at: datetime
    user: str
    action: AuditAction
    target: str
    case_id: str | None
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class Case:
    """One bullying situation, from report to closing (dossier)."""

    id: str
    reference: str  # human reference such as "2026-014"; never a name
    title: str
    status: CaseStatus
    opened_on: date
    closed_on: date | None = None
    retention_until: date | None = None
    close_note: str = ""
    aftercare_not_needed: bool = False  # the user decided the group needs no aftercare
    # The closing gaps the user closed over, as (ClosingGap value, reason) pairs.
    close_overrides: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """Everything recorded for one case: what the rules and the step plan read."""

    case: Case
    people: dict[str, Person] = field(default_factory=dict)  # person id -> person
    participants: tuple[Participant, ...] = ()
    report: Report | None = None
    triages: tuple[Triage, ...] = ()  # oldest first
    severities: tuple[SeverityAssessment, ...] = ()
    care_team: tuple[CareTeamConsultation, ...] = ()
    external: tuple[ExternalContact, ...] = ()
    consents: tuple[VictimConsent, ...] = ()
    parent_wishes: tuple[ParentInvolvementWish, ...] = ()
    parent_overrides: tuple[ParentOverride, ...] = ()
    approach_decisions: tuple[ApproachDecision, ...] = ()  # oldest first
    conversations: tuple[Conversation, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    repair_agreements: tuple[RepairAgreement, ...] = ()
    follow_ups: tuple[FollowUp, ...] = ()
    observations: tuple[Observation, ...] = ()
    evidence: tuple[EvidenceItem, ...] = ()
    notes: tuple[CaseNote, ...] = ()
