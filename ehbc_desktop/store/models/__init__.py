"""The ORM classes of the vault database, one module per topic."""

from ehbc_desktop.store.base import Base
from ehbc_desktop.store.models.assessment import (
    ApproachDecision,
    CareTeamConsultation,
    ExternalContact,
    ParentInvolvementWish,
    ParentOverride,
    SeverityAssessment,
    Triage,
    VictimConsent,
)
from ehbc_desktop.store.models.audit import AuditEvent
from ehbc_desktop.store.models.case import (
    Case,
    CaseNote,
    Draft,
    Participant,
    Person,
    Report,
    SchoolSetting,
)
from ehbc_desktop.store.models.confidential import CaseAccess, SealedCase
from ehbc_desktop.store.models.evidence_export import EvidenceExport
from ehbc_desktop.store.models.thermometer import ThermometerMeasurement
from ehbc_desktop.store.models.work import (
    Agreement,
    Amendment,
    Conversation,
    EvidenceItem,
    FollowUp,
    Observation,
    RepairAgreement,
)

__all__ = [
    "Agreement",
    "Amendment",
    "ApproachDecision",
    "AuditEvent",
    "Base",
    "CareTeamConsultation",
    "Case",
    "CaseAccess",
    "CaseNote",
    "Conversation",
    "Draft",
    "EvidenceExport",
    "EvidenceItem",
    "ExternalContact",
    "FollowUp",
    "Observation",
    "ParentInvolvementWish",
    "ParentOverride",
    "Participant",
    "Person",
    "RepairAgreement",
    "Report",
    "SchoolSetting",
    "SealedCase",
    "SeverityAssessment",
    "ThermometerMeasurement",
    "Triage",
    "VictimConsent",
]
