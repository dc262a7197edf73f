"""Printed documents: build each one from the vault, render it in memory, save it on request."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.custody import CustodyRecord
from ehbc_desktop.domain.entities import Amendment, CaseRecord
from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.formspec import FormSet
from ehbc_desktop.reports import (
    blank_forms,
    case_summary,
    custody,
    handouts,
    recovery_sheet,
    thermometer,
)
from ehbc_desktop.reports.base import InvalidImageError
from ehbc_desktop.reports.blocks import school_logo
from ehbc_desktop.reports.registry import get_document, render_document
from ehbc_desktop.reports.texts import check_lang, text
from ehbc_desktop.services.documents import document_inputs as inputs
from ehbc_desktop.services.documents.document_catalog import (
    PERSONAL_HANDOUTS,
    PRIVATE_DOCUMENTS,
    ConversationChoice,
    DocumentChoice,
    DocumentRequest,
    FormChoice,
    RenderedDocument,
    Unavailable,
    document_choices,
)
from ehbc_desktop.services.documents.document_support import (
    IMAGE_READ_ERRORS,
    EvidenceImageReader,
    ProgressCallback,
    RenderStage,
    day_of,
    evidence_service_reader,
    no_progress,
)
from ehbc_desktop.services.errors import (
    CaseNotFoundError,
    InvalidInputError,
    NotFoundError,
    RuleRefusedError,
)
from ehbc_desktop.services.evidence.custody import custody_of, custody_of_case
from ehbc_desktop.services.rights.pupil_wish import require_parents_allowed
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.forms_source import forms_for
from ehbc_desktop.services.steps.thermometer import ThermometerService
from ehbc_desktop.store import audit, loader
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.errors import NotAllowedError
from ehbc_desktop.vault.output_files import check_output_file, write_output

__all__ = [
    "ConversationChoice",
    "DocumentChoice",
    "DocumentRequest",
    "DocumentService",
    "EvidenceImageReader",
    "FormChoice",
    "ProgressCallback",
    "RenderStage",
    "RenderedDocument",
]


@dataclass(frozen=True, slots=True)
class _Loaded:
    record: CaseRecord
    amendments: tuple[Amendment, ...]
    school: inputs.SchoolDetails


class DocumentService:
    """Builds every printable document from the vault and renders it to PDF bytes in memory.

    Making a document writes an audit VIEW (document id, never a name); `save_pdf` is the one
    way a PDF reaches the disk and writes an audit EXPORT.
    """

    def __init__(
        self,
        session: VaultSession,
        *,
        evidence_reader: EvidenceImageReader | None = None,
        find_evidence_service: bool = True,
        forms: FormSet | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        """Args:
        session: the unlocked vault.
        evidence_reader: reads an evidence picture by evidence id (audited by its owner).
        find_evidence_service: without a reader, use the evidence service's audited
            `read_for_view`. Without either, summaries go without
            pictures and say so (`RenderedDocument.images_unavailable`).
        forms: the forms for blank forms and report titles (default: the vault's forms, the
            school's own where valid, see `forms_source.forms_for`).
        today: the day printed on documents.
        """
        self._vs = session
        if evidence_reader is None and find_evidence_service:
            evidence_reader = evidence_service_reader(session)
        self._evidence_reader = evidence_reader
        self._forms = forms
        self._today = today

    # -- what can be printed ------------------------------------------------------------------
    def list_documents(self, lang: str = "nl", case_id: str | None = None) -> list[DocumentChoice]:
        """Every document this user may make; with a case, those it can not make say why."""
        choices = document_choices(check_lang(lang), self._vs.is_admin)
        if case_id is None:
            return choices
        with self._vs.unit() as s:
            self._require_case(s, case_id)
            repairs = _count(s, m.RepairAgreement, case_id)
            conversations = _count(s, m.Conversation, case_id)
        missing = {"repair-agreement": Unavailable.NO_REPAIR_AGREEMENT if not repairs else None,
                   "conversation": Unavailable.NO_CONVERSATION if not conversations else None}
        return [_with_unavailable(c, missing.get(c.id)) for c in choices]

    def conversations(self, case_id: str) -> list[ConversationChoice]:
        """The case's conversations (kind, date), oldest first, for picking a report."""
        with self._vs.unit() as s:
            self._require_case(s, case_id)
            rows = s.execute(select(m.Conversation).where(m.Conversation.case_id == case_id)
                             .order_by(m.Conversation.held_on, m.Conversation.id)).scalars()
            return [ConversationChoice(r.id, r.kind, r.held_on, r.finished) for r in rows]

    def blank_forms(self, lang: str = "nl") -> list[FormChoice]:
        """The conversation forms that can be printed blank, by title."""
        lang = check_lang(lang)
        forms = [f for f in self._form_set() if f.conversation_kind is not None]
        return sorted((FormChoice(f.id, f.title.get(lang)) for f in forms), key=lambda c: c.title)

    def find_case(self, reference: str) -> str:
        """The id of the case with this reference (such as "2026-014") or id.

        Raises:
            CaseNotFoundError: no case has it.
        """
        wanted = reference.strip()
        with self._vs.unit() as s:
            found = s.execute(select(m.Case.id).where(
                or_(m.Case.reference == wanted, m.Case.id == wanted))).scalar()
        if found is None:
            raise CaseNotFoundError(reference)
        return found

    # -- making documents ---------------------------------------------------------------------
    def render(self, request: DocumentRequest,
               progress: ProgressCallback | None = None) -> RenderedDocument:
        """Make the document a picker asked for.

        Raises:
            NotFoundError: unknown document, case, conversation or form.
            InvalidInputError: a case or conversation was needed but not given.
            DocumentUnavailableError: the case lacks what the document prints.
            NotAllowedError: the recovery sheet, for someone who is not an administrator.
        """
        lang, doc_id = check_lang(request.lang), request.document_id
        try:
            info = get_document(doc_id)
        except KeyError:
            raise NotFoundError("document", doc_id) from None
        if doc_id == "case-summary":
            return self.case_summary(_case_of(request), pseudonymise=request.pseudonymise,
                                     include_images=request.include_images, lang=lang,
                                     audience=request.audience, progress=progress,
                                     include_custody=request.include_custody)
        makers: dict[str, Callable[[], bytes]] = {
            "repair-agreement": lambda: self.repair_agreement(_case_of(request), lang),
            "follow-up-plan": lambda: self.follow_up_plan(_case_of(request), lang),
            "conversation": lambda: self.conversation_report(
                _case_of(request), _conversation_of(request), lang),
            "pupil-handout": lambda: self.pupil_handout(lang, request.case_id),
            "parent-handout": lambda: self.parent_handout(lang, request.case_id),
            "recovery-sheet": lambda: self.recovery_sheet(lang),
            "blank-repair-agreement": lambda: self.blank_repair_agreement(lang),
            "blank-conversation": lambda: self.blank_conversation_form(
                request.form_id or "", lang),
        }
        report = progress or no_progress
        report(RenderStage.LOADING, 0)
        pdf = makers[doc_id]()
        report(RenderStage.DONE, 100)
        reference = self._reference(request.case_id) if request.case_id else ""
        personal = doc_id in PERSONAL_HANDOUTS and request.case_id is not None
        return RenderedDocument(doc_id, info.title(lang), pdf, request.case_id, reference,
                                confidential=doc_id in PRIVATE_DOCUMENTS or personal)

    def repair_agreement(self, case_id: str, lang: str = "nl",
                         agreement_id: str | None = None) -> bytes:
        """The case's repair agreement (the given one, else the most recent)."""
        loaded = self._load(case_id, "repair-agreement", lang)
        data = inputs.repair_agreement_input(loaded.record, loaded.school, self._vs.user,
                                             self._today(), agreement_id)
        with school_logo(loaded.school.logo):
            return render_document("repair-agreement", data, lang)

    def follow_up_plan(self, case_id: str, lang: str = "nl") -> bytes:
        """The follow-up plan: approach, agreements, follow-ups, contacts."""
        loaded = self._load(case_id, "follow-up-plan", lang)
        data = inputs.follow_up_plan_input(loaded.record, loaded.school, self._today())
        with school_logo(loaded.school.logo):
            return render_document("follow-up-plan", data, lang)

    def conversation_report(self, case_id: str, conversation_id: str, lang: str = "nl") -> bytes:
        """The report of one conversation of the case, with its amendments."""
        loaded = self._load(case_id, "conversation", lang, f"conversation={conversation_id}")
        titles = {f.id: f.title.get(lang) for f in self._form_set()}
        data = inputs.conversation_report_input(loaded.record, loaded.amendments,
                                                conversation_id, loaded.school, titles)
        with school_logo(loaded.school.logo):
            return render_document("conversation", data, lang)

    def case_summary(self, case_id: str, *, pseudonymise: bool = False,
                     include_images: bool = False, lang: str = "nl", audience: str = "",
                     progress: ProgressCallback | None = None,
                     include_custody: bool = False) -> RenderedDocument:
        """The case summary; evidence pictures only when asked and readable; the chain of
        custody of every evidence item when asked (for the police or the CLB).

        Pictures come from the evidence reader (which audits each read). Without a reader the
        summary lists evidence by description and fingerprint and `images_unavailable` is set.
        """
        lang = check_lang(lang)
        report = progress or no_progress
        report(RenderStage.LOADING, 0)
        detail = (f"pseudonymised={int(pseudonymise)};images={int(include_images)}"
                  f";custody={int(include_custody)}")
        loaded = self._load(case_id, "case-summary", lang, detail)
        custody = self._custody([e.id for e in loaded.record.evidence]) if include_custody else ()
        report(RenderStage.BUILDING, 30)
        wanted = inputs.printable_evidence_ids(loaded.record) if include_images else ()
        images = self._read_images(wanted, report) if self._evidence_reader else {}
        data = replace(inputs.case_summary_input(loaded.record, loaded.amendments, loaded.school,
                                                 self._today(), pseudonymise, images, audience),
                       custody=custody)
        report(RenderStage.RENDERING, 50)
        try:
            with school_logo(loaded.school.logo):
                pdf = case_summary.render(data, lang)
        except InvalidImageError:
            # One picture the evidence reader gave back is not an image: print none rather
            # than fail the whole summary; the result says how many stayed out.
            images = {}
            with school_logo(loaded.school.logo):
                pdf = case_summary.render(replace(inputs.case_summary_input(
                    loaded.record, loaded.amendments, loaded.school, self._today(), pseudonymise,
                    {}, audience), custody=custody), lang)
        report(RenderStage.DONE, 100)
        pictures = len(inputs.picture_evidence_ids(loaded.record)) if include_images else 0
        return RenderedDocument(
            "case-summary", get_document("case-summary").title(lang), pdf, case_id,
            loaded.record.case.reference, confidential=True, images_included=len(images),
            images_left_out=pictures - len(images) if self._evidence_reader else 0,
            images_unavailable=self._evidence_reader is None and pictures > 0)

    def custody_page(self, evidence_id: str, lang: str = "nl") -> RenderedDocument:
        """The one-page chain of custody of one evidence item (audited as a document VIEW).

        Raises:
            NotFoundError: no such evidence item.
        """
        lang = check_lang(lang)
        with self._vs.unit() as s:
            record = custody_of(s, evidence_id)
            case_id = record.item.case_id
            case = s.get(m.Case, case_id)
            reference = case.reference if case is not None else ""
            school = inputs.load_school_details(s, self._vs.vault.info.school)
            self._audit_view(s, "custody", case_id, lang, f"evidence={evidence_id}")
        data = custody.CustodyInput(school.name, reference, record, self._today(),
                                    school.logo)  # fmt: skip
        return RenderedDocument("custody", text(lang, "cc_title"), custody.render(data, lang),
                                case_id, reference, confidential=True)

    def thermometer_questionnaire(self, lang: str = "nl", class_name: str = "") -> RenderedDocument:
        """The anonymous class thermometer questionnaire to print for a class."""
        school = self._school_only("thermometer-questionnaire", lang)
        data = thermometer.QuestionnaireInput(school.name, class_name, school.logo)
        return RenderedDocument("thermometer-questionnaire", text(lang, "th_q_title"),
                                thermometer.render_questionnaire(data, lang), confidential=False)

    def thermometer_result(self, case_id: str, lang: str = "nl") -> RenderedDocument:
        """The class thermometer of a case: before and after, with a chart (counts only)."""
        loaded = self._load(case_id, "thermometer-result", lang)
        found = ThermometerService(self._vs).comparison(case_id)
        data = thermometer.ThermometerResultInput(
            loaded.school.name, loaded.record.case.reference, found.before, found.after,
            found.results, self._today(), loaded.school.logo,
        )  # fmt: skip
        return RenderedDocument("thermometer-result", text(lang, "th_r_title"),
                                thermometer.render_result(data, lang), case_id,
                                loaded.record.case.reference, confidential=True)

    def _custody(self, evidence_ids: list[str]) -> tuple[CustodyRecord, ...]:
        with self._vs.unit() as s:
            return custody_of_case(s, evidence_ids)

    def pupil_handout(self, lang: str = "nl", case_id: str | None = None) -> bytes:
        """Tips and helplines for pupils; with a case, for its bullied pupil with what was
        discussed: the tips ticked in the victim conversation and the pupil's agreements."""
        if case_id is None:
            school = self._school_only("pupil-handout", lang)
            return handouts.render_pupil(inputs.handout_input(school), lang)
        loaded = self._load(case_id, "pupil-handout", lang)
        data = inputs.pupil_handout_input(loaded.record, loaded.school, self._form_set())
        return handouts.render_pupil(data, lang)

    def parent_handout(self, lang: str = "nl", case_id: str | None = None) -> bytes:
        """Tips and warning signs for parents; with a case, for the bullied pupil's parents
        with their agreements, unless the pupil's 12+ wish keeps the parents out.

        Raises:
            RuleRefusedError: the wish of a pupil of the case stands (the pupil is the subject);
                the refusal is audited.
            DocumentUnavailableError: no bullied pupil in the case.
        """
        if case_id is None:
            school = self._school_only("parent-handout", lang)
            return handouts.render_parent(inputs.handout_input(school), lang)
        self._require_parents_allowed(case_id)
        loaded = self._load(case_id, "parent-handout", lang)
        data = inputs.parent_handout_input(loaded.record, loaded.school, self._today())
        return handouts.render_parent(data, lang)

    def _require_parents_allowed(self, case_id: str) -> None:
        """The 12+ rule for a document addressed to the case's parents; a refusal is audited."""
        with self._vs.unit() as s:
            self._require_case(s, case_id)
            record = loader.load_case_record(s, case_id)
        try:
            require_parents_allowed(record, self._today())
        except RuleRefusedError as refused:
            with self._vs.unit() as s:
                audit.record(s, self._vs.user, AuditAction.VIEW, "document:parent-handout",
                             case_id, f"refused;pupil={refused.subject}")
            raise

    def blank_repair_agreement(self, lang: str = "nl") -> bytes:
        """A repair agreement to fill in by hand."""
        school = self._school_only("blank-repair-agreement", lang)
        with school_logo(school.logo):
            return blank_forms.render_repair_agreement(
                inputs.blank_repair_agreement_input(school), lang)

    def blank_conversation_form(self, form_id: str, lang: str = "nl") -> bytes:
        """A conversation form on paper: its pages' questions with lines to write on.

        Raises:
            NotFoundError: no conversation form has this id.
        """
        form = next((f for f in self._form_set()
                     if f.id == form_id and f.conversation_kind is not None), None)
        if form is None:
            raise NotFoundError("form", form_id)
        school = self._school_only("blank-conversation", lang, f"form={form_id}")
        with school_logo(school.logo):
            return blank_forms.render_conversation(
                inputs.blank_conversation_input(form, school, lang), lang)

    def recovery_sheet(self, lang: str = "nl") -> bytes:
        """The vault's recovery code on paper (administrators only).

        Raises:
            NotAllowedError: the user is not an administrator.
        """
        if not self._vs.is_admin:
            raise NotAllowedError()
        code = self._vs.vault.recovery_code()
        created = day_of(self._vs.vault.info.created_at) or self._today()
        school = self._school_only("recovery-sheet", lang)
        data = recovery_sheet.RecoverySheetInput(school.name, code, created)
        return recovery_sheet.render(data, lang)

    # -- saving ---------------------------------------------------------------------------------
    def save_pdf(self, pdf_bytes: bytes, path: Path, document_id: str,
                 case_id: str | None = None, *, overwrite: bool = False) -> None:
        """Write a rendered PDF to `path` (the explicit "save to disk"), audited.

        Written through `vault.output_files`: never into a vault folder, an existing file only
        with `overwrite` (``--force`` or the save dialog's confirmation), via a temp file beside
        it. The audit EXPORT names the document and the case, never the file name (it may hold
        a name). If the audit can not be written, the file is removed again.

        Raises:
            InvalidInputError: the bytes are not a PDF.
            OutputRefusedError: the target is in a vault folder, or exists without overwrite.
            VaultWriteError: the file could not be written (disk full, no permission, ...).
        """
        if not pdf_bytes.startswith(b"%PDF-"):
            raise InvalidInputError("pdf")
        target = check_output_file(Path(path), overwrite=overwrite)
        written = False
        try:
            with self._vs.unit() as s:
                audit.record(s, self._vs.user, AuditAction.EXPORT, f"document:{document_id}",
                             case_id, f"pdf;bytes={len(pdf_bytes)}")
                write_output(target, pdf_bytes, overwrite=overwrite, operation="document")
                written = True
        except BaseException:
            if written:
                target.unlink(missing_ok=True)
            raise

    # -- helpers --------------------------------------------------------------------------------
    def _form_set(self) -> FormSet:
        if self._forms is None:
            self._forms = forms_for(self._vs)
        return self._forms

    def _load(self, case_id: str, document_id: str, lang: str, detail: str = "") -> _Loaded:
        """Read the case for a document, audited as a VIEW of that document."""
        check_lang(lang)
        with self._vs.unit() as s:
            try:
                record = loader.load_case_record(s, case_id)
            except loader.CaseNotFoundError:
                raise CaseNotFoundError(case_id) from None
            amendments = loader.load_amendments(s, case_id)
            school = inputs.load_school_details(s, self._vs.vault.info.school)
            self._audit_view(s, document_id, case_id, lang, detail)
        return _Loaded(record, amendments, school)

    def _school_for(self, document_id: str, lang: str, case_id: str) -> inputs.SchoolDetails:
        check_lang(lang)
        with self._vs.unit() as s:
            school = inputs.load_school_details(s, self._vs.vault.info.school)
            self._audit_view(s, document_id, case_id, lang, "")
        return school

    def _school_only(self, document_id: str, lang: str, detail: str = "") -> inputs.SchoolDetails:
        check_lang(lang)
        with self._vs.unit() as s:
            school = inputs.load_school_details(s, self._vs.vault.info.school)
            self._audit_view(s, document_id, None, lang, detail)
        return school

    def _audit_view(self, s: Session, document_id: str, case_id: str | None, lang: str,
                    detail: str) -> None:
        text = ";".join(filter(None, [f"lang={lang}", detail]))
        audit.record(s, self._vs.user, AuditAction.VIEW, f"document:{document_id}", case_id,
                     text)

    def _read_images(self, wanted: tuple[str, ...],
                     report: ProgressCallback) -> dict[str, bytes]:
        reader = self._evidence_reader
        images: dict[str, bytes] = {}
        for index, evidence_id in enumerate(wanted):
            if reader is None:
                break
            try:
                images[evidence_id] = reader(evidence_id)
            except IMAGE_READ_ERRORS:
                continue  # counted as left out by the caller
            report(RenderStage.BUILDING, 30 + 20 * (index + 1) // len(wanted))
        return images

    def _reference(self, case_id: str) -> str:
        with self._vs.unit() as s:
            return s.execute(select(m.Case.reference).where(m.Case.id == case_id)).scalar() or ""

    @staticmethod
    def _require_case(s: Session, case_id: str) -> None:
        if s.get(m.Case, case_id) is None:
            raise CaseNotFoundError(case_id)


def _count(s: Session, model: type[m.RepairAgreement] | type[m.Conversation],
           case_id: str) -> int:
    stmt = select(func.count()).select_from(model).where(model.case_id == case_id)
    return int(s.execute(stmt).scalar_one())


def _with_unavailable(choice: DocumentChoice, why: Unavailable | None) -> DocumentChoice:
    if why is None:
        return choice
    return DocumentChoice(choice.id, choice.title, choice.needs_case, choice.needs_conversation,
                          choice.needs_form, choice.confidential, choice.options, why)


def _case_of(request: DocumentRequest) -> str:
    if not request.case_id:
        raise InvalidInputError("case")
    return request.case_id


def _conversation_of(request: DocumentRequest) -> str:
    if not request.conversation_id:
        raise InvalidInputError("conversation")
    return request.conversation_id
