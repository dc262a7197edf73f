"""Every service of one open vault session, built once by the composition root (app.py, cli/).

The window gets this one object and never builds a service or opens a unit of work itself.
Each service is made the first time it is asked for (and kept), so unlocking does not import
what the teacher has not opened yet (ReportLab, the archive code); this module imports nothing
heavy itself, so the start-up screen may refer to it.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ehbc_desktop.formspec import FormSet
    from ehbc_desktop.services.archive.archive_export import ArchiveExportService
    from ehbc_desktop.services.archive.archive_import import ArchiveImportService
    from ehbc_desktop.services.archive.backup import BackupService
    from ehbc_desktop.services.case.cases import CaseService
    from ehbc_desktop.services.case.closing import ClosingService
    from ehbc_desktop.services.case.dashboard import DashboardService
    from ehbc_desktop.services.case.people import PeopleService
    from ehbc_desktop.services.conversations.conversations import ConversationService
    from ehbc_desktop.services.documents.documents import DocumentService
    from ehbc_desktop.services.documents.school_details import SchoolDetailsService
    from ehbc_desktop.services.evidence.custody import CustodyService
    from ehbc_desktop.services.evidence.evidence import EvidenceService
    from ehbc_desktop.services.followup.agreements import AgreementService
    from ehbc_desktop.services.followup.followups import FollowUpService
    from ehbc_desktop.services.rights.access_log import AccessLogService
    from ehbc_desktop.services.rights.confidential import ConfidentialService
    from ehbc_desktop.services.rights.pupil_wish import PupilWishService
    from ehbc_desktop.services.rights.retention import RetentionService
    from ehbc_desktop.services.rights.users import UserService
    from ehbc_desktop.services.session import VaultSession
    from ehbc_desktop.services.settings import SettingsService
    from ehbc_desktop.services.statistics.statistics_service import StatisticsService
    from ehbc_desktop.services.steps.approach import ApproachService
    from ehbc_desktop.services.steps.assessment import AssessmentService
    from ehbc_desktop.services.steps.drafts import DraftService
    from ehbc_desktop.services.steps.intake import IntakeService
    from ehbc_desktop.services.steps.step_forms import StepFormService
    from ehbc_desktop.services.steps.stepplan import StepPlanService
    from ehbc_desktop.services.steps.thermometer import ThermometerService


class Services:
    """The services over one open `VaultSession` (all share its single connection)."""

    def __init__(self, session: VaultSession) -> None:
        self.session = session

    def forms(self) -> FormSet:
        """The school's forms where valid, else the built-in ones (reads files: on the worker)."""
        from ehbc_desktop.services.steps.forms_source import forms_for

        return forms_for(self.session)

    # -- a case as a whole ------------------------------------------------------------------
    @cached_property
    def cases(self) -> CaseService:
        """Open, name, people, notes, list and read cases."""
        from ehbc_desktop.services.case.cases import CaseService

        return CaseService(self.session)

    @cached_property
    def people(self) -> PeopleService:
        """People already known in the vault."""
        from ehbc_desktop.services.case.people import PeopleService

        return PeopleService(self.session)

    @cached_property
    def dashboard(self) -> DashboardService:
        """The start screen's figures."""
        from ehbc_desktop.services.case.dashboard import DashboardService

        return DashboardService(self.session)

    @cached_property
    def closing(self) -> ClosingService:
        """Closing and reopening cases, idle cases."""
        from ehbc_desktop.services.case.closing import ClosingService

        return ClosingService(self.session)

    @cached_property
    def settings(self) -> SettingsService:
        """The school's settings kept in the vault."""
        from ehbc_desktop.services.settings import SettingsService

        return SettingsService(self.session)

    # -- the step plan ----------------------------------------------------------------------
    @cached_property
    def plans(self) -> StepPlanService:
        """The step plan of a case."""
        from ehbc_desktop.services.steps.stepplan import StepPlanService

        return StepPlanService(self.session)

    @cached_property
    def step_forms(self) -> StepFormService:
        """Finishing the intake step forms."""
        from ehbc_desktop.services.steps.step_forms import StepFormService

        return StepFormService(self.session)

    @cached_property
    def drafts(self) -> DraftService:
        """Unfinished wizard forms."""
        from ehbc_desktop.services.steps.drafts import DraftService

        return DraftService(self.session)

    @cached_property
    def intake(self) -> IntakeService:
        """Recording a report."""
        from ehbc_desktop.services.steps.intake import IntakeService

        return IntakeService(self.session)

    @cached_property
    def assessment(self) -> AssessmentService:
        """Triage, severity, care team, outside bodies, legal checks."""
        from ehbc_desktop.services.steps.assessment import AssessmentService

        return AssessmentService(self.session)

    @cached_property
    def approach(self) -> ApproachService:
        """Consent, the 12+ wish, the choice of approach, escalation advice."""
        from ehbc_desktop.services.steps.approach import ApproachService

        return ApproachService(self.session)

    @cached_property
    def thermometer(self) -> ThermometerService:
        """The thermometer measurements of the group methods."""
        from ehbc_desktop.services.steps.thermometer import ThermometerService

        return ThermometerService(self.session)

    @cached_property
    def pupil_wishes(self) -> PupilWishService:
        """The pupils' own wishes (the 12+ rights)."""
        from ehbc_desktop.services.rights.pupil_wish import PupilWishService

        return PupilWishService(self.session)

    # -- conversations, follow-up -----------------------------------------------------------
    @cached_property
    def conversations(self) -> ConversationService:
        """Finishing and amending conversations."""
        from ehbc_desktop.services.conversations.conversations import ConversationService

        return ConversationService(self.session)

    @cached_property
    def follow_ups(self) -> FollowUpService:
        """Follow-ups and the agenda."""
        from ehbc_desktop.services.followup.followups import FollowUpService

        return FollowUpService(self.session)

    @cached_property
    def agreements(self) -> AgreementService:
        """Agreements and the repair agreement."""
        from ehbc_desktop.services.followup.agreements import AgreementService

        return AgreementService(self.session)

    # -- evidence, documents, archives ------------------------------------------------------
    @cached_property
    def evidence(self) -> EvidenceService:
        """The evidence locker."""
        from ehbc_desktop.services.evidence.evidence import EvidenceService

        return EvidenceService(self.session)

    @cached_property
    def custody(self) -> CustodyService:
        """The chain of custody of evidence items."""
        from ehbc_desktop.services.evidence.custody import CustodyService

        return CustodyService(self.session)

    @cached_property
    def documents(self) -> DocumentService:
        """Printed documents."""
        from ehbc_desktop.services.documents.documents import DocumentService

        return DocumentService(self.session)

    @cached_property
    def archive_export(self) -> ArchiveExportService:
        """Writing case archives."""
        from ehbc_desktop.services.archive.archive_export import ArchiveExportService

        return ArchiveExportService(self.session)

    @cached_property
    def archive_import(self) -> ArchiveImportService:
        """Checking and importing case archives."""
        from ehbc_desktop.services.archive.archive_import import ArchiveImportService

        return ArchiveImportService(self.session)

    @cached_property
    def backups(self) -> BackupService:
        """Backups of the whole vault (restoring needs no open vault: `restore_backup`)."""
        from ehbc_desktop.services.archive.backup import BackupService

        return BackupService(self.session)

    # -- rights, school, figures ------------------------------------------------------------
    @cached_property
    def confidential(self) -> ConfidentialService:
        """Confidential notes and who may read them."""
        from ehbc_desktop.services.rights.confidential import ConfidentialService

        return ConfidentialService(self.session)

    @cached_property
    def retention(self) -> RetentionService:
        """Retention of closed cases."""
        from ehbc_desktop.services.rights.retention import RetentionService

        return RetentionService(self.session)

    @cached_property
    def access_log(self) -> AccessLogService:
        """Who looked at a case (the access log)."""
        from ehbc_desktop.services.rights.access_log import AccessLogService

        return AccessLogService(self.session)

    @cached_property
    def users(self) -> UserService:
        """The vault's users (colleagues)."""
        from ehbc_desktop.services.rights.users import UserService

        return UserService(self.session)

    @cached_property
    def school_details(self) -> SchoolDetailsService:
        """The school's details printed on documents."""
        from ehbc_desktop.services.documents.school_details import SchoolDetailsService

        return SchoolDetailsService(self.session)

    @cached_property
    def statistics(self) -> StatisticsService:
        """Anonymous figures of the school's cases."""
        from ehbc_desktop.services.statistics.statistics_service import StatisticsService

        return StatisticsService(self.session)
