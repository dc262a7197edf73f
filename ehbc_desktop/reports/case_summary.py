"""The case summary for the care team or the CLB, optionally pseudonymised."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ehbc_desktop.domain.custody import CustodyRecord
from ehbc_desktop.domain.entities import Amendment, CaseRecord
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.reports.base import CONTENT_WIDTH, BasePdf, stylesheet
from ehbc_desktop.reports.blocks import (
    Cell,
    esc,
    filtered_text,
    grid_table,
    heading,
    image_from_bytes,
    kv_table,
    para,
    title_block,
)
from ehbc_desktop.reports.case_timeline import case_events
from ehbc_desktop.reports.custody import custody_block
from ehbc_desktop.reports.people import Pseudonymiser, names_of, participant_rows
from ehbc_desktop.reports.texts import format_date
from ehbc_desktop.vocabulary import label, labels


@dataclass(frozen=True, slots=True)
class CaseSummaryInput:
    """The data of a case summary.

    Attributes:
        school: the school's name.
        record: everything recorded for the case.
        audience: for whom it is made (printed), such as "zorgteam" or "CLB".
        amendments: amendments of the case's conversations (counted per conversation).
        pseudonymise: replace every participant's name by initials and role, everywhere.
        images: evidence pictures to print, by evidence id; evidence without bytes here is
            listed by description and SHA-256 only.
        prepared_on: the date printed on the summary (default: today).
        custody: the chain of custody of evidence items, printed after the evidence (only when
            asked for, e.g. for the police or the CLB).
    """

    school: str
    record: CaseRecord
    audience: str = ""
    amendments: tuple[Amendment, ...] = ()
    pseudonymise: bool = False
    images: Mapping[str, bytes] = field(default_factory=dict)
    prepared_on: date | None = None
    custody: tuple[CustodyRecord, ...] = ()


class CaseSummaryPdf(BasePdf):
    """Layout of the case summary; every section skips itself when nothing was recorded."""

    def __init__(self, data: CaseSummaryInput, lang: str = "nl") -> None:
        super().__init__(lang)
        self.data = data
        self.record = data.record
        support = [(f.name, label_support(lang)) for r in data.record.repair_agreements
                   for f in r.support_figures]
        self.x = Pseudonymiser(data.record, lang, support) if data.pseudonymise else _same

    def title(self) -> str:
        return self.t("cs_title")

    def reference(self) -> str:
        return self.record.case.reference

    def school(self) -> str:
        return self.data.school

    def render(self) -> bytes:
        # Every text on every page passes the pseudonymiser while the story is built.
        with filtered_text(self.x):
            return super().render()

    def _short(self, value: str, limit: int = 320) -> str:
        value = " ".join(self.x(value).split())  # pseudonymise first: never cut a name in half
        return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"

    def story(self) -> list[Flowable]:
        facts = [(self.t("bf_date"), format_date(self.data.prepared_on or date.today(),
                                                 self.lang))]
        if self.data.audience:
            facts.append((self.t("cs_for"), self.data.audience))
        story = title_block(self.title(), self.data.school, facts)
        if self.data.pseudonymise:
            story.append(para(self.t("cs_pseudonymised"), "Small"))
        for section in (self._case, self._participants, self._report, self._timeline,
                        self._triages, self._severities, self._care_team, self._external,
                        self._approaches, self._conversations, self._agreements, self._repairs,
                        self._follow_ups, self._observations, self._evidence, self._custody,
                        self._notes):
            story += section()
        return story

    def _case(self) -> list[Flowable]:
        case = self.record.case
        rows: list[tuple[str, str]] = [
            (self.t("cs_case_title"), case.title),
            (self.t("cs_status"), label(case.status, self.lang)),
            (self.t("cs_opened"), format_date(case.opened_on, self.lang)),
        ]
        if case.closed_on:
            rows.append((self.t("cs_closed"), format_date(case.closed_on, self.lang)))
        if self.record.triages:
            rows.append((self.t("cs_classification"),
                         label(self.record.triages[-1].classification, self.lang)))
        if self.record.severities:
            rows.append((self.t("cs_severity"),
                         label(self.record.severities[-1].severity, self.lang)))
        return [*heading(self.t("cs_case")), kv_table(rows)]

    def _participants(self) -> list[Flowable]:
        rows = [(label(p.role, self.lang), person.full_name, person.class_name)
                for p, person in participant_rows(self.record, self.lang)]
        if not rows:
            return []
        header = [self.t("col_role"), self.t("col_name"), self.t("cs_class")]
        return [*heading(self.t("cs_participants")), grid_table(header, rows, [3, 5, 2])]

    def _report(self) -> list[Flowable]:
        report = self.record.report
        if report is None:
            return []
        rows = [
            (self.t("cs_reported_on"), format_date(report.reported_on, self.lang)),
            (self.t("cs_reporter"), label(report.reporter_kind, self.lang)),
            (self.t("cs_channel"), report.channel),
            (self.t("cs_media"), labels(list(report.media), self.lang)),
            (self.t("cs_platforms"), report.platforms),
            (self.t("cs_forms"), labels(list(report.forms), self.lang)),
            (self.t("cs_description"), report.description),
        ]
        return [*heading(self.t("cs_report")), kv_table([r for r in rows if r[1]])]

    def _timeline(self) -> list[Flowable]:
        rows = [(format_date(e.day, self.lang), _stacked(e.what, e.detail))
                for e in case_events(self.record, self.lang, self.x)]
        header = [self.t("col_date"), self.t("col_event")]
        return [*heading(self.t("cs_timeline")), grid_table(header, rows, [2.2, 8])]

    def _triages(self) -> list[Flowable]:
        rows = [(format_date(x.decided_at, self.lang), label(x.proposed, self.lang),
                 label(x.classification, self.lang),
                 "\n".join(filter(None, [x.override_reason, x.note])))
                for x in self.record.triages]
        header = [self.t(k) for k in ("col_date", "cs_proposed", "cs_decided", "cs_reason")]
        return _table_section(self.t("cs_triage"), header, rows, [2.2, 2.4, 2.4, 4])

    def _severities(self) -> list[Flowable]:
        rows = []
        for x in self.record.severities:
            rationale = x.rationale
            if x.legal_checks:
                rationale += f"\n{self.t('cs_legal')}: {labels(list(x.legal_checks), self.lang)}"
            flag = label(x.flag, self.lang) if x.flag else "–"
            rows.append((format_date(x.assessed_at, self.lang), label(x.severity, self.lang),
                         flag, rationale.strip()))
        header = [self.t(k) for k in ("col_date", "cs_severity", "cs_flag", "cs_rationale")]
        return _table_section(self.t("cs_severities"), header, rows, [2.2, 1.8, 2.4, 4.6])

    def _care_team(self) -> list[Flowable]:
        rows = [(format_date(x.held_on, self.lang), x.participants, x.conclusion)
                for x in self.record.care_team]
        header = [self.t("col_date"), self.t("cs_care_participants"), self.t("cs_conclusion")]
        return _table_section(self.t("cs_care_team"), header, rows, [2.2, 3, 5.8])

    def _external(self) -> list[Flowable]:
        rows = []
        for x in self.record.external:
            body = label(x.body, self.lang)
            if x.is_formal_report:
                body += f" ({self.t('cs_formal')})"
            note = " · ".join(filter(None, [x.reference, x.note]))
            rows.append((format_date(x.contacted_on, self.lang), body, note))
        header = [self.t("col_date"), self.t("col_with_whom"), self.t("col_note")]
        return _table_section(self.t("cs_external"), header, rows, [2.2, 3, 5.8])

    def _approaches(self) -> list[Flowable]:
        rows = []
        for x in self.record.approach_decisions:
            choice = label(x.choice, self.lang)
            if x.group_method:
                choice += f" ({label(x.group_method, self.lang)})"
            why = "\n".join(filter(None, [labels(list(x.reasons), self.lang), x.motivation]))
            rows.append((format_date(x.decided_at, self.lang), choice, why))
        header = [self.t("col_date"), self.t("fp_choice"), self.t("fp_reasons")]
        return _table_section(self.t("cs_approach"), header, rows, [2.2, 3, 5.8])

    def _conversations(self) -> list[Flowable]:
        rows = []
        for conv in sorted(self.record.conversations, key=lambda c: c.held_on):
            gist = conv.summary or " · ".join(a.value for a in conv.answers if a.value.strip())
            count = sum(1 for a in self.data.amendments if a.conversation_id == conv.id)
            notes = [self._short(gist)]
            if conv.next_date:
                notes.append(f"{self.t('cr_next')}: {format_date(conv.next_date, self.lang)}")
            if count:
                notes.append(self.t("cs_amended", n=count))
            who = names_of(self.record, conv.participant_ids)
            rows.append((format_date(conv.held_on, self.lang),
                         _stacked(label(conv.kind, self.lang), who), "\n".join(notes)))
        header = [self.t("col_date"), self.t("cr_kind"), self.t("cr_summary")]
        return _table_section(self.t("cs_conversations"), header, rows, [2.2, 3.3, 5.5])

    def _agreements(self) -> list[Flowable]:
        rows = [(a.who, a.what, format_date(a.due, self.lang), label(a.status, self.lang))
                for a in sorted(self.record.agreements, key=lambda a: a.due)]
        header = [self.t(k) for k in ("col_who", "col_what", "col_due", "col_status")]
        return _table_section(self.t("cs_agreements"), header, rows, [2.2, 5, 2.3, 1.8])

    def _repairs(self) -> list[Flowable]:
        rows = []
        for r in self.record.repair_agreements:
            term = self.t("cs_term", term=format_date(r.term, self.lang),
                          evaluation=format_date(r.evaluation_on, self.lang))
            support = ", ".join(f"{f.name} ({f.role})" for f in r.support_figures)
            rows.append((names_of(self.record, r.bully_participant_ids),
                         "\n".join([*(f"• {e}" for e in r.engagements), support, term])))
        header = [self.t("col_who"), self.t("cs_engagements")]
        return _table_section(self.t("cs_repair"), header, rows, [2.5, 8])

    def _follow_ups(self) -> list[Flowable]:
        rows = []
        for f in sorted(self.record.follow_ups, key=lambda f: f.planned_on):
            held = format_date(f.held_on, self.lang)
            outcome = label(f.outcome, self.lang) if f.outcome else ""
            rows.append((format_date(f.planned_on, self.lang),
                         _stacked(f.step or label(f.kind, self.lang), f.with_whom),
                         "\n".join(filter(None, [f"{held}: {outcome}" if held else "", f.note]))))
        header = [self.t("col_date"), self.t("col_step"), self.t("col_outcome")]
        return _table_section(self.t("cs_follow_ups"), header, rows, [2.2, 3.8, 5])

    def _observations(self) -> list[Flowable]:
        rows = [(format_date(o.observed_on, self.lang), labels(list(o.signs), self.lang), o.note)
                for o in self.record.observations]
        header = [self.t("col_date"), self.t("cs_signs"), self.t("col_note")]
        return _table_section(self.t("cs_observations"), header, rows, [2.2, 4, 4.8])

    def _evidence(self) -> list[Flowable]:
        if not self.record.evidence:
            return []
        rows = []
        for item in self.record.evidence:
            # Two deliberate halves: the full hash does not fit the column on one line.
            half = len(item.sha256) // 2
            fingerprint = Paragraph(f"{esc(item.sha256[:half])}<br/>{esc(item.sha256[half:])}",
                                    stylesheet()["Mono"])
            what: list[Flowable] = [para(item.description, "Cell"), fingerprint]
            picture = self.data.images.get(item.id)
            if picture:
                what.append(image_from_bytes(picture, CONTENT_WIDTH * 0.45, 70 * mm))
            source = " · ".join(filter(None, [format_date(item.captured_on, self.lang),
                                              item.platform]))
            rows.append((what, _stacked(item.provided_by, source),
                         label(item.confidentiality, self.lang)))
        header = [self.t("cs_evidence_what"), self.t("cs_provided_by"),
                  self.t("cs_confidentiality")]
        # Say what the reader sees: descriptions only, or the pictures too.
        note = "cs_evidence_note_images" if self.data.images else "cs_evidence_note"
        return [*heading(self.t("cs_evidence")), para(self.t(note), "Small"),
                grid_table(header, rows, [5.6, 2.8, 2.6])]

    def _custody(self) -> list[Flowable]:
        if not self.data.custody:
            return []
        story = heading(self.t("cs_custody"))
        for record in self.data.custody:
            story += custody_block(record, self.lang)
        return story

    def _notes(self) -> list[Flowable]:
        rows = [(format_date(n.written_at, self.lang), _stacked(n.text, n.written_by))
                for n in self.record.notes]
        header = [self.t("col_date"), self.t("col_note")]
        return _table_section(self.t("cs_notes"), header, rows, [2.2, 8.8])


def _same(value: str) -> str:
    return value


def label_support(lang: str) -> str:
    """The role name printed for a support figure named only on a repair agreement."""
    return label(Role.SUPPORT_FIGURE, lang)


def _stacked(main: str, second: str) -> list[Flowable]:
    """A cell with a main line and, under it, a muted second line."""
    cells: list[Flowable] = [Paragraph(esc(main), stylesheet()["Cell"])]
    if second.strip():
        cells.append(Paragraph(esc(second), stylesheet()["CellMuted"]))
    return cells


def _table_section(title: str, header: list[str], rows: Sequence[Sequence[Cell]],
                   fractions: list[float]) -> list[Flowable]:
    if not rows:
        return []
    return [*heading(title), grid_table(header, rows, fractions)]


def render(data: CaseSummaryInput, lang: str = "nl") -> bytes:
    """The case summary as PDF bytes."""
    return CaseSummaryPdf(data, lang).render()
