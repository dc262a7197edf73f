"""The dated events of a case, oldest first, for the timeline of the case summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.reports.texts import text
from ehbc_desktop.vocabulary import label


@dataclass(frozen=True, slots=True)
class Event:
    """One line of the timeline."""

    day: date
    what: str
    detail: str = ""


def _day(moment: date | datetime) -> date:
    if isinstance(moment, datetime):
        return moment.astimezone().date()
    return moment


def case_events(record: CaseRecord, lang: str,
                text_filter: Callable[[str], str] = str) -> list[Event]:
    """Every dated fact of ``record`` as a timeline event, oldest first.

    Args:
        record: the case.
        lang: language of the event names.
        text_filter: applied to free text before it is shortened (so a pseudonymiser sees
            whole names, never a name cut in half).
    """

    def t(key: str, **values: object) -> str:
        return text(lang, key, **values)

    def _short(value: str, limit: int = 140) -> str:
        value = " ".join(text_filter(value).split())
        return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"

    events = [Event(record.case.opened_on, t("ev_opened"))]
    if record.report is not None:
        events.append(Event(record.report.reported_on, t("ev_report"),
                            _short(record.report.description)))
    events += [Event(_day(x.decided_at), t("ev_triage", value=label(x.classification, lang)),
                     _short(x.override_reason or x.note)) for x in record.triages]
    events += [Event(_day(x.assessed_at), t("ev_severity", value=label(x.severity, lang)),
                     _short(x.rationale)) for x in record.severities]
    events += [Event(x.held_on, t("ev_care_team"), _short(x.conclusion))
               for x in record.care_team]
    events += [Event(x.contacted_on, t("ev_external", value=label(x.body, lang)), _short(x.note))
               for x in record.external if x.contacted_on is not None]
    events += [Event(_day(x.decided_at), t("ev_approach", value=label(x.choice, lang)),
                     _short(x.motivation)) for x in record.approach_decisions]
    events += [Event(x.held_on, t("ev_conversation", value=label(x.kind, lang)),
                     _short(x.summary)) for x in record.conversations]
    events += [Event(x.signed_on or x.evaluation_on, t("ev_repair"),
                     _short("; ".join(x.engagements))) for x in record.repair_agreements]
    events += [Event(x.held_on or x.planned_on, t("ev_follow_up", value=label(x.kind, lang)),
                     _short(" ".join(filter(None, [
                         label(x.outcome, lang) if x.outcome else "", x.note]))))
               for x in record.follow_ups]
    events += [Event(x.observed_on, t("ev_observation"), _short(x.note))
               for x in record.observations]
    events += [Event(_day(x.added_at), t("ev_evidence"), _short(x.description))
               for x in record.evidence if x.added_at is not None]
    events += [Event(_day(x.written_at), t("ev_note"), _short(x.text)) for x in record.notes]
    if record.case.closed_on is not None:
        events.append(Event(record.case.closed_on, t("ev_closed"), _short(record.case.close_note)))
    # sorted() is stable, so events of one day keep the order of the step plan.
    return sorted(events, key=lambda e: e.day)
