"""Builds a case's timeline: every dated record of the case as one kind of entry, oldest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from ehbc_desktop.domain.entities import Amendment, CaseRecord


@dataclass(frozen=True)
class TimelineEntry:
    """One dated event of a case.

    `kind` is a stable key the UI translates (report, triage, severity, care_team, external,
    consent, parent_wish, parent_override, approach, conversation, amendment, agreement,
    repair_agreement, follow_up, observation, evidence, note, opened, closed);
    `title` is the record's short text (an enum value, a name of a body, an agreement's "what";
    empty for notes), `detail` its long text.
    """

    at: datetime
    kind: str
    title: str
    detail: str
    ref_id: str


def _at(day: date) -> datetime:
    return datetime.combine(day, time(0), UTC)


def _records(r: CaseRecord) -> Iterable[TimelineEntry]:
    c = r.case
    yield TimelineEntry(_at(c.opened_on), "opened", c.reference, c.title, c.id)
    if c.closed_on:
        yield TimelineEntry(_at(c.closed_on), "closed", c.reference, c.close_note, c.id)
    if r.report:
        rep = r.report
        yield TimelineEntry(
            _at(rep.reported_on), "report", rep.reporter_kind.value, rep.description, rep.id
        )
    for t in r.triages:
        yield TimelineEntry(t.decided_at, "triage", t.classification.value, t.note, t.id)
    for s in r.severities:
        yield TimelineEntry(s.assessed_at, "severity", s.severity.value, s.rationale, s.id)
    for ct in r.care_team:
        yield TimelineEntry(_at(ct.held_on), "care_team", ct.participants, ct.conclusion, ct.id)
    for ex in r.external:
        if ex.contacted_on:
            yield TimelineEntry(_at(ex.contacted_on), "external", ex.body.value, ex.note, ex.id)
    for vc in r.consents:
        title = "consents" if vc.consents else "refuses"
        yield TimelineEntry(vc.recorded_at, "consent", title, vc.note, vc.id)
    for pw in r.parent_wishes:
        title = "no_parents" if pw.wishes_no_parents else "parents"
        yield TimelineEntry(pw.recorded_at, "parent_wish", title, pw.judged_by, pw.id)
    for po in r.parent_overrides:
        yield TimelineEntry(po.recorded_at, "parent_override", po.recorded_by, po.reason, po.id)
    for ad in r.approach_decisions:
        yield TimelineEntry(ad.decided_at, "approach", ad.choice.value, ad.motivation, ad.id)


def _work(r: CaseRecord) -> Iterable[TimelineEntry]:
    for cv in r.conversations:
        yield TimelineEntry(_at(cv.held_on), "conversation", cv.kind.value, cv.summary, cv.id)
    for ag in r.agreements:
        yield TimelineEntry(_at(ag.due), "agreement", ag.what, ag.who, ag.id)
    for ra in r.repair_agreements:
        day = ra.signed_on or ra.term
        yield TimelineEntry(_at(day), "repair_agreement", "", "; ".join(ra.engagements), ra.id)
    for fu in r.follow_ups:
        day = fu.held_on or fu.planned_on
        title = fu.step or fu.kind.value
        yield TimelineEntry(_at(day), "follow_up", title, fu.note, fu.id)
    for ob in r.observations:
        signs = ", ".join(s.value for s in ob.signs)
        yield TimelineEntry(_at(ob.observed_on), "observation", signs, ob.note, ob.id)
    for ev in r.evidence:
        at = ev.added_at or (_at(ev.captured_on) if ev.captured_on else _at(r.case.opened_on))
        yield TimelineEntry(at, "evidence", ev.description, ev.platform, ev.id)
    for n in r.notes:
        yield TimelineEntry(n.written_at, "note", "", n.text, n.id)


def build_timeline(record: CaseRecord, amendments: Iterable[Amendment] = ()) -> list[TimelineEntry]:
    """Every dated record of the case, oldest first (stable for equal times)."""
    entries = [*_records(record), *_work(record)]
    entries += [
        TimelineEntry(a.written_at, "amendment", a.conversation_id, a.text, a.id)
        for a in amendments
    ]
    entries.sort(key=lambda e: e.at)
    return entries
