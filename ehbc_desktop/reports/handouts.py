"""The pupil handout and the parent handout: tips and where to find help, for anyone to take."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ehbc_desktop.reports.base import CONTENT_WIDTH, FONT, RULE, BasePdf, stylesheet
from ehbc_desktop.reports.blocks import (
    bullet_list,
    esc,
    grid_table,
    heading,
    para,
    title_block,
)
from ehbc_desktop.reports.handout_texts import PARENT, PUPIL, HandoutText
from ehbc_desktop.reports.helplines import Helpline, load_helplines


@dataclass(frozen=True, slots=True)
class HandoutInput:
    """The data of a handout.

    Attributes:
        school: the school's name.
        contact: who to go to at school (for example "mevrouw Claes, vertrouwensleerkracht,
            lokaal B12"); printed when given.
        helplines: the helplines to print; None reads the built-in data file.
        address: the school's address, printed with the contact.
        logo: the school's logo (image bytes) or None.
        for_whom: the first name of the pupil (or "the parents of ...") it was made for; with
            the tips and agreements below the handout is personal, so marked confidential.
        tips: the tips ticked in the conversation, as worded there.
        agreements: (who, what, by when) of the agreements that concern the reader.
    """

    school: str
    contact: str = ""
    helplines: tuple[Helpline, ...] | None = None
    address: str = ""
    logo: bytes | None = None
    for_whom: str = ""
    tips: tuple[str, ...] = ()
    agreements: tuple[tuple[str, str, str], ...] = ()

    @property
    def personal(self) -> bool:
        """Made for one pupil or family (it then carries what was discussed)."""
        return bool(self.for_whom or self.tips or self.agreements)


class _HandoutPdf(BasePdf):
    """A handout: information for anyone, so no "Confidential" and no case reference."""

    confidential = False
    content: dict[str, HandoutText]
    title_key: str
    for_key = "ho_for"

    def __init__(self, data: HandoutInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data
        self.confidential = data.personal  # a personal handout is not for anyone to take

    def title(self) -> str:
        return self.t(self.title_key)

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        content = self.content[self.lang]
        facts = [(self.t(self.for_key), self.data.for_whom)] if self.data.for_whom else []
        story = title_block(self.title(), self.data.school, facts, self.data.logo)
        story.append(para(content.intro))
        story += self._discussed()
        story += self._contact()
        for title, items in content.sections:
            story += heading(title)
            story.append(bullet_list(list(items)))
        story += self.extra(content)
        if content.closing:
            story += [Spacer(1, 8), para(content.closing, "Subheading")]
        return story

    def _discussed(self) -> list[Flowable]:
        """What was discussed with this reader: the ticked tips and the agreements."""
        story: list[Flowable] = []
        if self.data.tips:
            story += heading(self.t("ho_tips"))
            story.append(bullet_list([f"\u2611 {tip}" for tip in self.data.tips]))
        if self.data.agreements:
            story += heading(self.t("ho_agreements"))
            header = [self.t(k) for k in ("col_who", "col_what", "col_due")]
            story.append(grid_table(header, list(self.data.agreements), [2.4, 6.2, 2.4]))
        return story

    def _contact(self) -> list[Flowable]:
        if not self.data.contact:
            return []
        where = f"<br/>{esc(self.data.address)}" if self.data.address else ""
        return [Spacer(1, 4), Paragraph(
            f"{esc(self.t('ho_school_contact'))}: <b>{esc(self.data.contact)}</b>{where}",
            stylesheet()["Body"])]  # fmt: skip

    def extra(self, content: HandoutText) -> list[Flowable]:
        """The helplines (the school's own list, else the built-in one)."""
        helplines = self.data.helplines
        if helplines is None:
            helplines = load_helplines()
        if not helplines:
            return []
        rows = [([para(h.title(self.lang), "CellHead"), para(h.contact, "CellMuted")],
                 h.description(self.lang)) for h in helplines]
        title = content.helplines_title or self.t("ho_helplines")
        return [*heading(title), _helpline_table(rows)]


class PupilHandoutPdf(_HandoutPdf):
    """What a pupil can do, and where to talk."""

    content = PUPIL
    title_key = "ph_title"


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
    for_key = "ho_for_parents"


def render_pupil(data: HandoutInput, lang: str = "nl") -> bytes:
    """The pupil handout as PDF bytes."""
    return PupilHandoutPdf(data, lang).render()


def render_parent(data: HandoutInput, lang: str = "nl") -> bytes:
    """The parent handout as PDF bytes."""
    return ParentHandoutPdf(data, lang).render()
