"""A case's access log on paper: who viewed, changed, exported or printed it, and when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable

from ehbc_desktop.reports.base import BasePdf
from ehbc_desktop.reports.blocks import grid_table, para, title_block
from ehbc_desktop.reports.texts import format_date

_TEXTS = {
    "nl": {
        "title": "Toegangslogboek van het dossier",
        "intro": "Elke keer dat iemand dit dossier opende, wijzigde, exporteerde of afdrukte, en "
                 "elke toegang die werd gegeven of ingetrokken. Leerlingen worden hier alleen "
                 "genoemd met hun rol in het dossier (bijvoorbeeld het slachtoffer), niet met hun "
                 "naam. Het logboek bevat geen inhoud van notities of gesprekken.",
        "when": "Wanneer", "who": "Gebruiker", "what": "Wat er gebeurde",
        "printed": "Afgedrukt op", "reference": "Dossier",
        "empty": "Er staat nog niets in het logboek.",
    },
    "en": {
        "title": "Access log of the case",
        "intro": "Every time someone opened, changed, exported or printed this case, and every "
                 "access that was granted or revoked. Pupils are named here only by their role "
                 "in the case (for example the victim), never by name. The log holds no text "
                 "of notes or conversations.",
        "when": "When", "who": "User", "what": "What happened",
        "printed": "Printed on", "reference": "Case",
        "empty": "The log is still empty.",
    },
}

@dataclass(frozen=True, slots=True)
class AccessLogLine:
    """One printed line: time, user, and what happened as a sentence (no ids, no codes)."""

    at: datetime
    user: str
    text: str


@dataclass(frozen=True, slots=True)
class AccessLogInput:
    """The data of an access-log printout (a reference, never a pupil's name)."""

    school: str
    reference: str
    printed_on: date
    lines: Sequence[AccessLogLine]


class AccessLogPdf(BasePdf):
    """Layout of the access log."""

    def __init__(self, data: AccessLogInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data
        self._words = _TEXTS[self.lang]

    def title(self) -> str:
        return self._words["title"]

    def reference(self) -> str:
        return self.data.reference

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        words, data = self._words, self.data
        story = title_block(self.title(), data.school, [
            (words["reference"], data.reference),
            (words["printed"], format_date(data.printed_on, self.lang)),
        ])
        story.append(para(words["intro"]))
        if not data.lines:
            story.append(para(words["empty"]))
            return story
        rows = [[line.at.astimezone().strftime("%d-%m-%Y %H:%M"), line.user, line.text]
                for line in data.lines]
        story.append(grid_table([words["when"], words["who"], words["what"]], rows,
                                [2.4, 2.4, 6.8]))
        return story


def render(data: AccessLogInput, lang: str = "nl") -> bytes:
    """The access log as PDF bytes."""
    return AccessLogPdf(data, lang).render()
