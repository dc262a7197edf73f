"""Blank forms to fill in by hand: a repair agreement and a conversation form."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ehbc_desktop.reports.base import CONTENT_WIDTH, FONT, BasePdf
from ehbc_desktop.reports.blocks import (
    WritingLines,
    heading,
    para,
    signature_grid,
    title_block,
)


@dataclass(frozen=True, slots=True)
class BlankRepairAgreementInput:
    """A blank repair agreement: the school and how much room to give."""

    school: str
    engagement_lines: int = 6
    support_lines: int = 3


@dataclass(frozen=True, slots=True)
class BlankConversationInput:
    """A blank conversation form.

    Attributes:
        school: the school's name.
        title: the form's title (such as "Gesprek met de gepeste leerling").
        questions: (section title, question) pairs in order; a new section title starts a
            new heading.
        lines_per_question: how many writing lines under each question.
        lines: writing lines per question, in the order of `questions` (a yes/no question
            needs fewer than an open one); questions beyond it get `lines_per_question`.
    """

    school: str
    title: str
    questions: Sequence[tuple[str, str]]
    lines_per_question: int = 4
    lines: Sequence[int] = ()


def _fill_in_fields(labels: Sequence[str]) -> Flowable:
    """Label and a line to write on, side by side."""
    rows = [[para(label, "CellMuted"), WritingLines(1, 7 * mm)] for label in labels]
    table = Table(rows, colWidths=[62 * mm, CONTENT_WIDTH - 62 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


class BlankRepairAgreementPdf(BasePdf):
    """A repair agreement with lines to write on."""

    def __init__(self, data: BlankRepairAgreementInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.t("bf_ra_title")

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        story = title_block(self.t("ra_title"), self.data.school)
        story.append(para(self.t("ra_intro")))
        story.append(_fill_in_fields([self.t("bf_reference"), self.t("ra_bully"),
                                      self.t("ra_victim")]))
        story += [*heading(self.t("ra_what_happened")), WritingLines(3)]
        story += [*heading(self.t("bf_engagements")), WritingLines(self.data.engagement_lines)]
        story += [*heading(self.t("bf_support")), WritingLines(self.data.support_lines)]
        story += [*heading(self.t("ra_term")),
                  _fill_in_fields([self.t("bf_term"), self.t("bf_eval")])]
        # Two support figures is the usual number; six boxes fill two neat rows.
        blocks = [(self.t(k), "") for k in ("ra_sig_bully", "ra_sig_victim", "ra_sig_support",
                                            "ra_sig_support", "ra_sig_teacher", "ra_sig_parent")]
        story.append(KeepTogether([
            *heading(self.t("ra_signatures")),
            _fill_in_fields([self.t("bf_place_date")]),
            Spacer(1, 4 * mm),
            signature_grid(blocks, self.t("sig_name"), self.t("sig_signature")),
        ]))
        return story


class BlankConversationPdf(BasePdf):
    """A conversation form built from (section, question) pairs, with room for answers."""

    def __init__(self, data: BlankConversationInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.data.title or self.t("bf_conv_title")

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        story = title_block(self.title(), self.data.school)
        story.append(_fill_in_fields([self.t("bf_reference"), self.t("bf_date"),
                                      self.t("bf_present")]))
        current = None
        for index, (section, question) in enumerate(self.data.questions):
            if section != current:
                story += heading(section)
                current = section
            count = (self.data.lines[index] if index < len(self.data.lines)
                     else self.data.lines_per_question)
            # A question and its lines belong together on one page.
            block: list[Flowable] = [para(question, "Question")]
            if count > 0:
                block.append(WritingLines(count))
            story.append(KeepTogether(block))
        story += [*heading(self.t("bf_agreements")), WritingLines(5),
                  _fill_in_fields([self.t("bf_next")])]
        return story


def render_repair_agreement(data: BlankRepairAgreementInput, lang: str = "nl") -> bytes:
    """The blank repair agreement as PDF bytes."""
    return BlankRepairAgreementPdf(data, lang).render()


def render_conversation(data: BlankConversationInput, lang: str = "nl") -> bytes:
    """The blank conversation form as PDF bytes."""
    return BlankConversationPdf(data, lang).render()
