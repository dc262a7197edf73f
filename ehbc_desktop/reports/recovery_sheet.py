"""The recovery sheet: the vault's recovery key on paper, with where to keep it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ehbc_desktop.reports.base import ACCENT, CONTENT_WIDTH, FONT, TINT, BasePdf
from ehbc_desktop.reports.blocks import bullet_list, heading, kv_table, para, title_block
from ehbc_desktop.reports.texts import format_date


@dataclass(frozen=True, slots=True)
class RecoverySheetInput:
    """The data of a recovery sheet.

    Attributes:
        school: the school's name.
        recovery_key: the key as the vault gives it (printed as it is, in a fixed-width font).
        created_on: the day the key was made.
    """

    school: str
    recovery_key: str
    created_on: date


class RecoverySheetPdf(BasePdf):
    """Layout of the recovery sheet."""

    def __init__(self, data: RecoverySheetInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.t("rs_title")

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        data = self.data
        story = title_block(self.title(), "")
        story.append(kv_table([
            (self.t("rs_school"), data.school),
            (self.t("rs_created"), format_date(data.created_on, self.lang)),
        ]))
        story += [Spacer(1, 6 * mm), para(self.t("rs_key"), "Subheading"), self._key_box(),
                  Spacer(1, 6 * mm), para(self.t("rs_what"))]
        story += heading(self.t("rs_where"))
        story.append(bullet_list(self.t("rs_where_items").split("|")))
        story += [Spacer(1, 4 * mm), para(self.t("rs_after"))]
        return story

    def _key_box(self) -> Flowable:
        box = Table([[para(self.data.recovery_key, "Key")]], colWidths=[CONTENT_WIDTH])
        box.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
            ("BACKGROUND", (0, 0), (-1, -1), TINT),
            ("TOPPADDING", (0, 0), (-1, -1), 8 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8 * mm),
        ]))
        return box


def render(data: RecoverySheetInput, lang: str = "nl") -> bytes:
    """The recovery sheet as PDF bytes."""
    return RecoverySheetPdf(data, lang).render()
