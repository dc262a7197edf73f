"""The pupil handout and the parent handout: tips and where to find help, for anyone to take."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ehbc_desktop.reports.base import CONTENT_WIDTH, FONT, RULE, BasePdf, stylesheet
from ehbc_desktop.reports.blocks import bullet_list, esc, heading, para, title_block
from ehbc_desktop.reports.handout_texts import PARENT, PUPIL, HandoutText
from ehbc_desktop.reports.helplines import Helpline, load_helplines


@dataclass(frozen=True, slots=True)
class HandoutInput:
    """The data of a handout.

    Attributes:
        school: the school's name.
        contact: who to go to at school (for example "mevrouw Claes, vertrouwensleerkracht,
            lokaal B12"); printed when given.
        helplines: the helplines to print on the pupil handout; None reads the data file.
    """

    school: str
    contact: str = ""
    helplines: tuple[Helpline, ...] | None = None


class _HandoutPdf(BasePdf):
    """A handout: information for anyone, so no "Confidential" and no case reference."""

    confidential = False
    content: dict[str, HandoutText]
    title_key: str

    def __init__(self, data: HandoutInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.t(self.title_key)

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        content = self.content[self.lang]
        story = title_block(self.title(), self.data.school)
        story.append(para(content.intro))
        for title, items in content.sections:
            story += heading(title)
            story.append(bullet_list(list(items)))
        if self.data.contact:
            story.append(Spacer(1, 4))
            story.append(Paragraph(
                f"{esc(self.t('ho_school_contact'))}: <b>{esc(self.data.contact)}</b>",
                stylesheet()["Body"]))
        story += self.extra(content)
        if content.closing:
            story += [Spacer(1, 8), para(content.closing, "Subheading")]
        return story

    def extra(self, content: HandoutText) -> list[Flowable]:
        """Room for a handout's own part after the tips."""
        return []


class PupilHandoutPdf(_HandoutPdf):
    """What a pupil can do, and where to talk."""

    content = PUPIL
    title_key = "ph_title"

    def extra(self, content: HandoutText) -> list[Flowable]:
        helplines = self.data.helplines
        if helplines is None:
            helplines = load_helplines()
        if not helplines:
            return []
        rows = [([para(h.title(self.lang), "CellHead"), para(h.contact, "CellMuted")],
                 h.description(self.lang)) for h in helplines]
        return [*heading(content.helplines_title), _helpline_table(rows)]


def _helpline_table(rows: list[tuple[list[Flowable], str]]) -> Flowable:
    """Name and contact on the left, what they offer on the right; no header row needed."""
    data = [[cells, para(text, "Cell")] for cells, text in rows]
    table = Table(data, colWidths=[CONTENT_WIDTH * 0.32, CONTENT_WIDTH * 0.68], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
    ]))
    return table


class ParentHandoutPdf(_HandoutPdf):
    """Prevention, warning signs, what to do, and the two rules of thumb."""

    content = PARENT
    title_key = "pa_title"


def render_pupil(data: HandoutInput, lang: str = "nl") -> bytes:
    """The pupil handout as PDF bytes."""
    return PupilHandoutPdf(data, lang).render()


def render_parent(data: HandoutInput, lang: str = "nl") -> bytes:
    """The parent handout as PDF bytes."""
    return ParentHandoutPdf(data, lang).render()
