"""The report of one stored conversation: questions as asked, answers, agreements, amendments."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Table, TableStyle

from ehbc_desktop.domain.entities import Amendment, CaseRecord, Conversation
from ehbc_desktop.reports.base import ACCENT, CONTENT_WIDTH, FONT, TINT, BasePdf
from ehbc_desktop.reports.blocks import grid_table, heading, kv_table, para, title_block
from ehbc_desktop.reports.people import names_of
from ehbc_desktop.reports.texts import format_date
from ehbc_desktop.vocabulary import label


@dataclass(frozen=True, slots=True)
class ConversationReportInput:
    """The data of a conversation report.

    Attributes:
        school: the school's name.
        record: the case the conversation belongs to (names and agreements are read from it).
        conversation: the stored conversation, with each question's wording as it was asked.
        amendments: amendments written after the conversation was finished.
        form_title: the form's title in the document's language ("" prints the form id).
    """

    school: str
    record: CaseRecord
    conversation: Conversation
    amendments: tuple[Amendment, ...] = ()
    form_title: str = ""


class ConversationReportPdf(BasePdf):
    """Layout of a conversation report."""

    def __init__(self, data: ConversationReportInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.t("cr_title")

    def reference(self) -> str:
        return self.data.record.case.reference

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        conv = self.data.conversation
        story = title_block(self.title(), self.data.school,
                            [(self.t("cr_kind"), label(conv.kind, self.lang))])
        story.append(self._facts())
        story += heading(self.t("cr_answers"))
        for answer in conv.answers:
            # Room for the question and a few lines of its answer, never a question alone.
            story.append(CondPageBreak(22 * mm))
            story.append(para(answer.question, "Question"))
            story.append(para(answer.value if answer.value.strip() else self.t("cr_no_answer"),
                              "Answer"))
        if conv.summary.strip():
            story += [*heading(self.t("cr_summary")), para(conv.summary)]
        story += self._agreements()
        story += [*heading(self.t("cr_next")),
                  para(format_date(conv.next_date, self.lang) if conv.next_date
                       else self.t("cr_no_next"))]
        story += self._amendments()
        return story

    def _facts(self) -> Flowable:
        conv = self.data.conversation
        return kv_table([
            (self.t("cr_held_on"), format_date(conv.held_on, self.lang)),
            (self.t("cr_present"), names_of(self.data.record, conv.participant_ids)),
            (self.t("cr_form"), self.t("cr_form_value",
                                       form=self.data.form_title or conv.form_id,
                                       version=conv.form_version)),
            (self.t("cr_state"), self.t("cr_finished" if conv.finished else "cr_draft")),
        ])

    def _agreements(self) -> list[Flowable]:
        conv_id = self.data.conversation.id
        agreements = [a for a in self.data.record.agreements if a.conversation_id == conv_id]
        if not agreements:
            return []
        rows = [(a.who, a.what, format_date(a.due, self.lang), label(a.status, self.lang))
                for a in sorted(agreements, key=lambda a: a.due)]
        header = [self.t(k) for k in ("col_who", "col_what", "col_due", "col_status")]
        return [*heading(self.t("cr_agreements")), grid_table(header, rows, [2.2, 5, 2.3, 1.8])]

    def _amendments(self) -> list[Flowable]:
        conv_id = self.data.conversation.id
        amendments = sorted((a for a in self.data.amendments if a.conversation_id == conv_id),
                            key=lambda a: a.written_at)
        if not amendments:
            return []
        story = [*heading(self.t("cr_amendments")), para(self.t("cr_amendment_note"), "Small")]
        for amendment in amendments:
            head = self.t("cr_amendment_head", date=format_date(amendment.written_at, self.lang),
                          author=amendment.written_by)
            story += [CondPageBreak(22 * mm), _amendment_box(head, amendment.text)]
        return story


def _amendment_box(head: str, body: str) -> Table:
    """An amendment set apart: tinted, with an accent bar, so nobody reads it as original."""
    box = Table([[[para(head, "Subheading"), para(body, "Cell")]]], colWidths=[CONTENT_WIDTH])
    box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, -1), TINT),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
    ]))
    return box


def render(data: ConversationReportInput, lang: str = "nl") -> bytes:
    """The conversation report as PDF bytes."""
    return ConversationReportPdf(data, lang).render()
