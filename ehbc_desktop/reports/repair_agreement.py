"""The repair agreement (herstelovereenkomst), printed to be signed after a restorative talk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ehbc_desktop.domain.entities import Person, RepairAgreement
from ehbc_desktop.reports.base import BasePdf
from ehbc_desktop.reports.blocks import (
    grid_table,
    heading,
    kv_table,
    numbered_list,
    para,
    signature_grid,
    title_block,
)
from ehbc_desktop.reports.texts import format_date


@dataclass(frozen=True, slots=True)
class RepairAgreementInput:
    """Everything printed on a repair agreement.

    Attributes:
        school: the school's name.
        reference: the case reference (header and footer; never a name).
        agreement: the stored repair agreement (engagements, support figures, term, evaluation).
        bullies: the pupils who take on the engagements.
        victims: the pupils who were hurt.
        what_happened: what happened, in neutral words.
        teacher: the supervising teacher who signs.
        place: where the agreement is drawn up (usually the school's town).
        drawn_up_on: the date printed above the signatures (default: signed_on, else today).
        logo: optional school logo (PNG or JPEG bytes).
        victim_signs: print a signature block for each victim.
        bully_parents: parents who sign; leave empty when parents may not be involved.
    """

    school: str
    reference: str
    agreement: RepairAgreement
    bullies: tuple[Person, ...]
    victims: tuple[Person, ...] = ()
    what_happened: str = ""
    teacher: str = ""
    place: str = ""
    drawn_up_on: date | None = None
    logo: bytes | None = None
    victim_signs: bool = False
    bully_parents: tuple[Person, ...] = ()


class RepairAgreementPdf(BasePdf):
    """Layout of the repair agreement."""

    def __init__(self, data: RepairAgreementInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.t("ra_title")

    def reference(self) -> str:
        return self.data.reference

    def school(self) -> str:
        return self.data.school

    def _day(self) -> date:
        return self.data.drawn_up_on or self.data.agreement.signed_on or date.today()

    def story(self) -> list[Flowable]:
        data = self.data
        story: list[Flowable] = title_block(
            self.title(), data.school,
            [(self.t("bf_date"), format_date(self._day(), self.lang))], logo=data.logo,
        )
        story.append(para(self.t("ra_intro")))
        story += heading(self.t("ra_parties"))
        rows: list[tuple[str, str]] = [
            (self.t("ra_bully"), _names(data.bullies)),
        ]
        if data.victims:
            rows.append((self.t("ra_victim"), _names(data.victims)))
        story.append(kv_table(rows, label_width=62 * mm))
        if data.what_happened.strip():
            story += heading(self.t("ra_what_happened"))
            story.append(para(data.what_happened))
        story += heading(self.t("ra_engagements"))
        story.append(numbered_list(list(data.agreement.engagements)))
        story += self._support()
        story += self._term()
        story += self._signatures()
        return story

    def _support(self) -> list[Flowable]:
        figures = self.data.agreement.support_figures
        if not figures:
            return []
        return [
            *heading(self.t("ra_support")),
            grid_table([self.t("ra_support_name"), self.t("ra_support_role")],
                       [(f.name, f.role) for f in figures], [1, 1]),
        ]

    def _term(self) -> list[Flowable]:
        agreement = self.data.agreement
        return [
            *heading(self.t("ra_term")),
            kv_table([
                (self.t("ra_term_label"), format_date(agreement.term, self.lang)),
                (self.t("ra_eval_label"), format_date(agreement.evaluation_on, self.lang)),
            ], label_width=62 * mm),
            Spacer(1, 2 * mm),
            para(self.t("ra_eval_note"), "Small"),
        ]

    def _signatures(self) -> list[Flowable]:
        data = self.data
        blocks = [(self.t("ra_sig_bully"), p.full_name) for p in data.bullies]
        if data.victim_signs:
            blocks += [(self.t("ra_sig_victim"), p.full_name) for p in data.victims]
        blocks += [(self.t("ra_sig_support"), f"{f.name}, {f.role}")
                   for f in data.agreement.support_figures]
        blocks.append((self.t("ra_sig_teacher"), data.teacher))
        blocks += [(self.t("ra_sig_parent"), p.full_name) for p in data.bully_parents]
        closing = self.t("ra_date_place", place=data.place or "…………………",
                         date=format_date(self._day(), self.lang))
        # Room for the heading, the closing line and a first row of signatures, so the heading
        # never stands alone; further rows may go to the next page (a row never splits).
        return [
            CondPageBreak(60 * mm),
            *heading(self.t("ra_signatures")),
            para(closing),
            Spacer(1, 3 * mm),
            signature_grid(blocks, self.t("sig_name"), self.t("sig_signature")),
        ]


def _names(people: tuple[Person, ...]) -> str:
    return ", ".join(f"{p.full_name} ({p.class_name})" if p.class_name else p.full_name
                     for p in people)


def render(data: RepairAgreementInput, lang: str = "nl") -> bytes:
    """The repair agreement as PDF bytes."""
    return RepairAgreementPdf(data, lang).render()
