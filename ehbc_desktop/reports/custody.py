"""The chain of custody of one evidence item on one page; the same block for the case summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.platypus import Flowable, Paragraph

from ehbc_desktop.domain.custody import CustodyEvent, CustodyEventKind, CustodyRecord
from ehbc_desktop.reports.base import BasePdf, stylesheet
from ehbc_desktop.reports.blocks import esc, grid_table, heading, kv_table, para, title_block
from ehbc_desktop.reports.texts import format_date, text
from ehbc_desktop.vocabulary import label

#: The export reasons (the evidence service's `ExportReason` values), per language.
_REASONS = {
    "police": ("voor de politie", "for the police"),
    "clb": ("voor het CLB", "for the CLB"),
    "lawyer": ("voor een advocaat", "for a lawyer"),
    "platform_report": ("om te melden bij het platform", "to report it to the platform"),
    "other": ("andere reden", "other reason"),
}


def format_moment(at: datetime, lang: str) -> str:
    """A day and a local time, such as "21 november 2026, 14:05"."""
    return f"{format_date(at, lang)}, {at.astimezone():%H:%M}"


def event_text(event: CustodyEvent, lang: str) -> str:
    """What happened, in words (an export with its reason, a check with its result)."""
    kind = event.kind
    if kind is CustodyEventKind.EXPORTED:
        words = _REASONS.get(event.reason_kind)
        why = words[0 if lang == "nl" else 1] if words else event.reason_kind
        detail = f"{why}: {event.reason}" if event.reason else why
        return text(lang, "cc_ev_exported", reason=detail)
    if kind is CustodyEventKind.VERIFIED:
        return text(lang, "cc_ev_verified_ok" if event.ok else "cc_ev_verified_bad")
    return text(lang, f"cc_ev_{kind.value}")


def _fingerprint(record: CustodyRecord, lang: str) -> Flowable:
    digest = record.item.sha256
    if not digest:
        return para(text(lang, "cc_no_fingerprint"), "Cell")
    half = len(digest) // 2
    return Paragraph(f"{esc(digest[:half])}<br/>{esc(digest[half:])}", stylesheet()["Mono"])


def custody_facts(record: CustodyRecord, lang: str) -> list[tuple[str, str | Flowable]]:
    """The item's key facts: description, fingerprint, added by and when, what the log holds."""
    item, added = record.item, record.added
    rows: list[tuple[str, str | Flowable]] = [
        (text(lang, "cc_item"), item.description),
        (text(lang, "cc_fingerprint"), _fingerprint(record, lang)),
    ]
    if added is not None:
        rows.append((text(lang, "cc_added"), f"{added.user} · {format_moment(added.at, lang)}"))
    if item.provided_by:
        rows.append((text(lang, "cs_provided_by"), item.provided_by))
    rows.append((text(lang, "cs_confidentiality"), label(item.confidentiality, lang)))
    if item.not_imported_sexual_content:
        rows.append((text(lang, "cc_not_imported"),
                     text(lang, "cc_not_imported_text", holder=item.holder or "—",
                          reference=item.police_reference or "—")))  # fmt: skip
    counts = text(lang, "cc_counts", views=record.count(CustodyEventKind.VIEWED),
                  exports=record.count(CustodyEventKind.EXPORTED),
                  checks=record.count(CustodyEventKind.VERIFIED))  # fmt: skip
    rows.append((text(lang, "cc_in_log"), counts))
    return rows


def custody_table(record: CustodyRecord, lang: str) -> Flowable:
    """Every event of the chain: when, who, what."""
    rows = [(format_moment(e.at, lang), e.user, event_text(e, lang)) for e in record.events]
    if not rows:
        return para(text(lang, "none_recorded"))
    header = [text(lang, "col_date"), text(lang, "col_who"), text(lang, "col_event")]
    return grid_table(header, rows, [3.2, 2.6, 5.2])


def custody_block(record: CustodyRecord, lang: str) -> list[Flowable]:
    """One item's chain as a section (for the case summary)."""
    return [*heading(record.item.description, 2),
            kv_table(custody_facts(record, lang)), custody_table(record, lang)]  # fmt: skip


@dataclass(frozen=True, slots=True)
class CustodyInput:
    """The data of the chain-of-custody page.

    Attributes:
        school: the school's name.
        reference: the case reference.
        record: the item with its chain.
        prepared_on: the date printed on the page (default: today).
        logo: the school's logo (image bytes) or None.
    """

    school: str
    reference: str
    record: CustodyRecord
    prepared_on: date | None = None
    logo: bytes | None = None


class CustodyPdf(BasePdf):
    """Layout of the one-page chain of custody."""

    def __init__(self, data: CustodyInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data

    def title(self) -> str:
        return self.t("cc_title")

    def reference(self) -> str:
        return self.data.reference

    def school(self) -> str:
        return self.data.school

    def story(self) -> list[Flowable]:
        day = self.data.prepared_on or date.today()
        facts = [(self.t("bf_reference"), self.data.reference),
                 (self.t("bf_date"), format_date(day, self.lang))]  # fmt: skip
        story = title_block(self.title(), self.data.school, facts, self.data.logo)
        story.append(para(self.t("cc_intro"), "Small"))
        story.append(kv_table(custody_facts(self.data.record, self.lang)))
        story += heading(self.t("cc_events"))
        story.append(custody_table(self.data.record, self.lang))
        return story


def render(data: CustodyInput, lang: str = "nl") -> bytes:
    """The chain-of-custody page as PDF bytes."""
    return CustodyPdf(data, lang).render()
