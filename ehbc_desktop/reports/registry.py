"""The list of printable documents: a stable id, a title per language, the renderer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ehbc_desktop.reports import (
    blank_forms,
    case_summary,
    conversation_report,
    follow_up_plan,
    handouts,
    recovery_sheet,
    repair_agreement,
)
from ehbc_desktop.reports.texts import check_lang


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """One printable document.

    Attributes:
        id: stable identifier (used by the preview and the command line).
        title_nl: the Dutch title.
        title_en: the English title.
        input_type: the dataclass the renderer takes.
        render: ``render(data, lang) -> bytes``.
        confidential: whether the document holds case data (handouts do not).
    """

    id: str
    title_nl: str
    title_en: str
    input_type: type
    render: Callable[[Any, str], bytes]
    confidential: bool = True

    def title(self, lang: str) -> str:
        """The title in ``lang``."""
        return self.title_en if check_lang(lang) == "en" else self.title_nl


DOCUMENTS: tuple[DocumentInfo, ...] = (
    DocumentInfo("repair-agreement", "Herstelovereenkomst", "Repair agreement",
                 repair_agreement.RepairAgreementInput, repair_agreement.render),
    DocumentInfo("follow-up-plan", "Opvolgingsplan", "Follow-up plan",
                 follow_up_plan.FollowUpPlanInput, follow_up_plan.render),
    DocumentInfo("conversation", "Gespreksverslag", "Conversation report",
                 conversation_report.ConversationReportInput, conversation_report.render),
    DocumentInfo("case-summary", "Dossieroverzicht", "Case summary",
                 case_summary.CaseSummaryInput, case_summary.render),
    DocumentInfo("pupil-handout", "Infoblad voor leerlingen", "Pupil handout",
                 handouts.HandoutInput, handouts.render_pupil, confidential=False),
    DocumentInfo("parent-handout", "Infoblad voor ouders", "Parent handout",
                 handouts.HandoutInput, handouts.render_parent, confidential=False),
    DocumentInfo("recovery-sheet", "Herstelsleutel van de kluis", "Vault recovery sheet",
                 recovery_sheet.RecoverySheetInput, recovery_sheet.render),
    DocumentInfo("blank-repair-agreement", "Blanco herstelovereenkomst",
                 "Blank repair agreement", blank_forms.BlankRepairAgreementInput,
                 blank_forms.render_repair_agreement),
    DocumentInfo("blank-conversation", "Blanco gespreksformulier", "Blank conversation form",
                 blank_forms.BlankConversationInput, blank_forms.render_conversation),
)


def get_document(document_id: str) -> DocumentInfo:
    """The document with ``document_id``.

    Raises:
        KeyError: no document has that id.
    """
    for info in DOCUMENTS:
        if info.id == document_id:
            return info
    raise KeyError(document_id)


def render_document(document_id: str, data: object, lang: str = "nl") -> bytes:
    """Render a document by id.

    Raises:
        KeyError: no document has that id.
        TypeError: ``data`` is not the document's input type.
    """
    info = get_document(document_id)
    if not isinstance(data, info.input_type):
        raise TypeError(f"{document_id} takes {info.input_type.__name__}")
    return info.render(data, lang)
