"""Domain records as column dicts for bulk inserts (the reverse of store.mapping)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time
from typing import Any

from ehbc_desktop.domain import entities as e
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import Base
from ehbc_desktop.store.search import name_key

Row = dict[str, Any]


def _values(items: Sequence[Any]) -> list[str]:
    return [str(getattr(i, "value", i)) for i in items]


def case_row(c: e.Case, updated_at: datetime) -> Row:
    """The case; created on its opening day (noon UTC), last changed at `updated_at`."""
    return {
        "id": c.id, "reference": c.reference, "title": c.title, "status": c.status,
        "opened_on": c.opened_on, "closed_on": c.closed_on, "retention_until": c.retention_until,
        "close_note": c.close_note, "aftercare_not_needed": c.aftercare_not_needed,
        "close_overrides": [list(pair) for pair in c.close_overrides],
        "created_at": datetime.combine(c.opened_on, time(12), UTC), "updated_at": updated_at,
    }  # fmt: skip


def person_row(p: e.Person) -> Row:
    """A pupil or adult, with the folded name the people look-up matches on."""
    return {
        "id": p.id, "first_name": p.first_name, "last_name": p.last_name,
        "class_name": p.class_name, "birth_date": p.birth_date, "is_pupil": p.is_pupil,
        "name_key": name_key(p.first_name, p.last_name),
    }  # fmt: skip


def participant_rows(participants: Sequence[e.Participant]) -> tuple[list[Row], list[Row]]:
    """The participants (without links) and their links (`related_to`) as update rows."""
    rows = [
        {
            "id": p.id,
            "case_id": p.case_id,
            "person_id": p.person_id,
            "role": p.role,
            "related_to": None,
            "note": p.note,
            "position": index,
        }
        for index, p in enumerate(participants)
    ]
    links = [{"id": p.id, "related_to": p.related_to} for p in participants if p.related_to]
    return rows, links


def _report(r: e.CaseRecord) -> list[Row]:
    x = r.report
    if x is None:
        return []
    return [{
        "id": x.id, "case_id": x.case_id, "reported_on": x.reported_on,
        "reporter_kind": x.reporter_kind, "channel": x.channel, "media": _values(x.media),
        "platforms": x.platforms, "forms": _values(x.forms), "description": x.description,
        "victim_reports_personally": x.victim_reports_personally,
    }]  # fmt: skip


def _triages(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": t.id, "case_id": t.case_id, "decided_at": t.decided_at,
        "criteria": {k.value: v.value for k, v in t.criteria.items()}, "digital": t.digital,
        "features": _values(t.features), "proposed": t.proposed,
        "classification": t.classification, "override_reason": t.override_reason,
        "note": t.note, "decided_by": t.decided_by,
    } for t in r.triages]  # fmt: skip


def _severities(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": s.id, "case_id": s.case_id, "assessed_at": s.assessed_at, "severity": s.severity,
        "rationale": s.rationale, "sexual_or_transgressive": s.sexual_or_transgressive,
        "flag": s.flag, "flag_notes": dict(s.flag_notes), "legal_checks": _values(s.legal_checks),
    } for s in r.severities]  # fmt: skip


def _care_team(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": c.id, "case_id": c.case_id, "held_on": c.held_on,
        "participants": c.participants, "conclusion": c.conclusion,
    } for c in r.care_team]  # fmt: skip


def _external(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": x.id, "case_id": x.case_id, "body": x.body, "contacted_on": x.contacted_on,
        "is_formal_report": x.is_formal_report, "reference": x.reference, "note": x.note,
    } for x in r.external]  # fmt: skip


def _consents(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": c.id, "case_id": c.case_id, "recorded_at": c.recorded_at,
        "victim_participant_id": c.victim_participant_id, "consents": c.consents, "note": c.note,
    } for c in r.consents]  # fmt: skip


def _wishes(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": w.id, "case_id": w.case_id, "pupil_participant_id": w.pupil_participant_id,
        "recorded_at": w.recorded_at, "wishes_no_parents": w.wishes_no_parents,
        "judged_competent": w.judged_competent, "judged_by": w.judged_by,
        "judged_on": w.judged_on, "withdrawn_at": w.withdrawn_at,
        "competence": w.competence, "judge_role": w.judge_role, "reason": w.reason,
        "others_note": w.others_note, "recorded_by": w.recorded_by,
    } for w in r.parent_wishes]  # fmt: skip


def _overrides(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": o.id, "case_id": o.case_id, "pupil_participant_id": o.pupil_participant_id,
        "recorded_at": o.recorded_at, "reason": o.reason, "recorded_by": o.recorded_by,
    } for o in r.parent_overrides]  # fmt: skip


def _decisions(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": d.id, "case_id": d.case_id, "decided_at": d.decided_at,
        "reasons": _values(d.reasons), "recommended": d.recommended, "choice": d.choice,
        "motivation": d.motivation, "group_method": d.group_method,
    } for d in r.approach_decisions]  # fmt: skip


def _conversations(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": c.id, "case_id": c.case_id, "kind": c.kind, "form_id": c.form_id,
        "form_version": c.form_version, "held_on": c.held_on,
        "participant_ids": list(c.participant_ids),
        "answers": [
            {"field_id": a.field_id, "question": a.question, "value": a.value} for a in c.answers
        ],
        "finished": c.finished, "next_date": c.next_date, "summary": c.summary,
        "group_method": c.group_method,
    } for c in r.conversations]  # fmt: skip


def _agreements(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": a.id, "case_id": a.case_id, "who": a.who, "what": a.what, "due": a.due,
        "status": a.status, "conversation_id": a.conversation_id,
        "status_changed_on": a.status_changed_on, "status_note": a.status_note,
    } for a in r.agreements]  # fmt: skip


def _repairs(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": x.id, "case_id": x.case_id, "bully_participant_ids": list(x.bully_participant_ids),
        "engagements": list(x.engagements),
        "support_figures": [{"name": f.name, "role": f.role} for f in x.support_figures],
        "term": x.term, "evaluation_on": x.evaluation_on, "conversation_id": x.conversation_id,
        "signed_on": x.signed_on,
    } for x in r.repair_agreements]  # fmt: skip


def _follow_ups(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": f.id, "case_id": f.case_id, "planned_on": f.planned_on, "kind": f.kind,
        "with_whom": f.with_whom, "step": f.step, "held_on": f.held_on, "outcome": f.outcome,
        "note": f.note,
    } for f in r.follow_ups]  # fmt: skip


def _observations(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": o.id, "case_id": o.case_id, "observed_on": o.observed_on,
        "signs": _values(o.signs), "note": o.note,
    } for o in r.observations]  # fmt: skip


def _evidence(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": x.id, "case_id": x.case_id, "description": x.description,
        "provided_by": x.provided_by, "captured_on": x.captured_on, "platform": x.platform,
        "confidentiality": x.confidentiality, "sha256": x.sha256,
        "original_name": x.original_name, "size": x.size, "media_type": x.media_type,
        "added_at": x.added_at, "not_imported_sexual_content": x.not_imported_sexual_content,
        "holder": x.holder, "police_reference": x.police_reference,
        "blob_id": None, "blob_key": None,
    } for x in r.evidence]  # fmt: skip


def _notes(r: e.CaseRecord) -> list[Row]:
    return [{
        "id": n.id, "case_id": n.case_id, "written_at": n.written_at, "text": n.text,
        "written_by": n.written_by,
    } for n in r.notes]  # fmt: skip


#: Every per-case record type, in an order that satisfies the foreign keys.
RECORD_ROWS: tuple[tuple[type[Base], Callable[[e.CaseRecord], list[Row]]], ...] = (
    (m.Report, _report),
    (m.Triage, _triages),
    (m.SeverityAssessment, _severities),
    (m.CareTeamConsultation, _care_team),
    (m.ExternalContact, _external),
    (m.VictimConsent, _consents),
    (m.ParentInvolvementWish, _wishes),
    (m.ParentOverride, _overrides),
    (m.ApproachDecision, _decisions),
    (m.Conversation, _conversations),
    (m.Agreement, _agreements),
    (m.RepairAgreement, _repairs),
    (m.FollowUp, _follow_ups),
    (m.Observation, _observations),
    (m.EvidenceItem, _evidence),
    (m.CaseNote, _notes),
)
