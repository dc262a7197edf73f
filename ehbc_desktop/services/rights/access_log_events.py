"""What an audit entry of a case means, as an event code with readable values (never an id).

The audit log stores ids and codes only ("parent_wish:<id>", "pupil=<id>;competence=competent").
For the access log a parent or a teacher reads, each entry becomes an `AccessEvent`: a code such
as "wish.recorded" and values such as the pupil's first name, their role in the case and the
competence code. The window turns the code into a sentence in the user's language
(`ui/accesslog/event_texts.py`); every code listed in `EVENT_CODES` has one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ehbc_desktop.domain.enums import AuditAction


@dataclass(frozen=True)
class Person:
    """A person of the case as the access log names them: first name and role in the case."""

    first_name: str = ""
    role: str = ""  # a `Role` value, "" when the person is gone (removed, sealed case)


@dataclass(frozen=True)
class AccessEvent:
    """One entry in words-to-be: an event code and its values (names and codes, no ids)."""

    code: str
    values: Mapping[str, str] = field(default_factory=dict)


NameOf = Callable[[str], Person]


def _fields(detail: str) -> tuple[list[str], dict[str, str]]:
    """The detail's bare words and its key=value pairs."""
    words: list[str] = []
    pairs: dict[str, str] = {}
    for part in filter(None, detail.split(";")):
        key, sep, value = part.partition("=")
        if sep:
            pairs[key] = value
        else:
            words.append(part)
    return words, pairs


def _person(prefix: str, person: Person) -> dict[str, str]:
    return {prefix: person.first_name, f"{prefix}_role": person.role}


_CASE_VIEWS = {"": "case.viewed", "timeline": "case.timeline", "plan": "case.plan",
               "evidence_list": "evidence.list", "confidential": "case.viewed_sealed",
               "custody": "evidence.custody", "evidence_verify": "evidence.verified_all",
               "refused": "case.view_refused", "open-for-work": "case.opened_for_work"}
_CASE_EDITS = {"title": "case.title", "closed": "case.closed", "reopened": "case.reopened",
               "victim_reports": "case.victim_reports", "sealed": "case.sealed",
               "unsealed": "case.unsealed", "aftercare_not_needed": "case.aftercare",
               "resealed": "case.resealed"}
# Why a confidential case was sealed again (`ConfidentialService.reseal`'s `why`).
RESEAL_REASONS = frozenset({"closed", "lock", "backup", "archive", "unlock"})


def _case_event(action: AuditAction, words: list[str], pairs: dict[str, str]) -> AccessEvent:
    first = (words or [""])[0]
    simple = {AuditAction.CREATE: "case.opened", AuditAction.OVERRIDE: "case.closed_with_gaps",
              AuditAction.EXPORT: "case.archived", AuditAction.IMPORT: "case.imported",
              AuditAction.DELETE: "case.deleted"}
    if action is AuditAction.VIEW:
        key = "open-for-work" if "open-for-work" in words else first
        key = key or next((k for k in pairs if k in _CASE_VIEWS), "")
        code = _CASE_VIEWS.get(key, "case.viewed")
        return AccessEvent(code, _counts(pairs, "items", "failed"))
    if action is AuditAction.EDIT:
        key = first if first in _CASE_EDITS else pairs.get("status", "")
        key = key if key in _CASE_EDITS else next((k for k in pairs if k in _CASE_EDITS), "")
        if key == "aftercare_not_needed":
            needed = pairs.get(key) != "1"
            return AccessEvent("case.aftercare_needed" if needed else "case.aftercare_not_needed")
        if key == "resealed":
            why = pairs.get("why", "")
            return AccessEvent("case.resealed", {"why": why if why in RESEAL_REASONS else ""})
        return AccessEvent(_CASE_EDITS.get(key, "case.changed"), _counts(pairs, "allowed"))
    values = {"status": pairs["status"]} if "status" in pairs else _counts(pairs, "evidence")
    return AccessEvent(simple.get(action, "case.changed"), values)


def _counts(pairs: dict[str, str], *keys: str) -> dict[str, str]:
    """Only these numbers of a detail (never an id)."""
    return {k: v for k, v in pairs.items() if k in keys and v.isdigit()}


def _wish_event(action: AuditAction, pairs: dict[str, str], name_of: NameOf) -> AccessEvent:
    if action is AuditAction.EDIT:
        return AccessEvent("wish.withdrawn")
    if action is AuditAction.OVERRIDE:
        return AccessEvent("wish.overridden", _person("pupil", name_of(pairs.get("pupil", ""))))
    if "pupil" not in pairs:
        return AccessEvent("wish.recorded_in_conversation")
    competence = pairs.get("competence") or {"1": "competent", "0": "not_competent"}.get(
        pairs.get("competent", ""), "not_judged")
    values = {**_person("pupil", name_of(pairs["pupil"])), "competence": competence}
    no_parents = pairs.get("no_parents", "1") == "1"
    return AccessEvent("wish.no_parents" if no_parents else "wish.parents_may_know", values)


def _document_event(action: AuditAction, target: str, words: list[str], pairs: dict[str, str],
                    name_of: NameOf) -> AccessEvent:
    document = target.partition(":")[2]
    if document == "access-log":
        return AccessEvent("log.printed")
    values = {"document": document}
    if "refused" in words:
        return AccessEvent("document.refused",
                           {**values, **_person("pupil", name_of(pairs.get("pupil", "")))})
    if action is AuditAction.EXPORT:
        return AccessEvent("document.saved", values)
    return AccessEvent("document.viewed", values)


# (target kind, action) -> code, for entries whose detail adds nothing a reader needs.
_SIMPLE: dict[tuple[str, AuditAction], str] = {
    ("note", AuditAction.CREATE): "note.added",
    ("report", AuditAction.CREATE): "report.added",
    ("observation", AuditAction.CREATE): "observation.added",
    ("conversation", AuditAction.VIEW): "conversation.viewed",
    ("amendment", AuditAction.CREATE): "amendment.added",
    ("agreement", AuditAction.CREATE): "agreement.added",
    ("follow_up", AuditAction.CREATE): "followup.planned",
    ("repair_agreement", AuditAction.CREATE): "repair.drafted",
    ("repair_agreement", AuditAction.EDIT): "repair.signed",
    ("approach", AuditAction.CREATE): "approach.chosen",
    ("triage", AuditAction.CREATE): "triage.recorded",
    ("triage", AuditAction.OVERRIDE): "triage.overridden",
    ("severity", AuditAction.CREATE): "severity.assessed",
    ("severity", AuditAction.EDIT): "severity.checks",
    ("care_team", AuditAction.CREATE): "careteam.recorded",
    ("external", AuditAction.CREATE): "external.recorded",
    ("thermometer", AuditAction.CREATE): "thermometer.recorded",
    ("draft", AuditAction.EDIT): "draft.saved",
    ("draft", AuditAction.DELETE): "draft.removed",
    ("evidence", AuditAction.DELETE): "evidence.removed",
    ("evidence", AuditAction.EXPORT): "evidence.copy",
    ("access_log", AuditAction.VIEW): "log.viewed",
    ("participant", AuditAction.DELETE): "person.removed",
    ("consent", AuditAction.EDIT): "consent.withdrawn",
}


@dataclass(frozen=True)
class _Entry:
    """One audit entry taken apart."""

    action: AuditAction
    target_id: str
    words: list[str]
    pairs: dict[str, str]
    name_of: NameOf


def _participant(e: _Entry) -> AccessEvent | None:
    if e.action is AuditAction.DELETE:
        return None
    code = "person.added" if e.action is AuditAction.CREATE else "person.role"
    person = _person("name", e.name_of(e.target_id))
    return AccessEvent(code, {**person, "role": e.pairs.get("role", "")})


def _conversation(e: _Entry) -> AccessEvent | None:
    if e.action is AuditAction.VIEW:
        return None
    return AccessEvent("conversation.recorded", {"kind": e.pairs.get("kind", "")})


def _agreement(e: _Entry) -> AccessEvent | None:
    if e.action is not AuditAction.EDIT:
        return None
    return AccessEvent("agreement.status", {"status": e.pairs.get("status", "")})


def _follow_up(e: _Entry) -> AccessEvent | None:
    if e.action is not AuditAction.EDIT:
        return None
    return AccessEvent("followup.moved" if "planned_on" in e.words else "followup.held")


def _consent(e: _Entry) -> AccessEvent | None:
    if e.action is not AuditAction.CREATE:
        return None
    if "victim" not in e.pairs:
        return AccessEvent("consent.recorded")
    code = "consent.given" if e.pairs.get("consents") == "1" else "consent.refused"
    return AccessEvent(code, _person("pupil", e.name_of(e.pairs["victim"])))


def _evidence(e: _Entry) -> AccessEvent | None:
    if e.action is AuditAction.CREATE:
        return AccessEvent("evidence.listed" if "not_imported" in e.words else "evidence.added")
    if e.action is not AuditAction.VIEW:
        return None
    if "ok" not in e.pairs:
        return AccessEvent("evidence.viewed")
    return AccessEvent("evidence.checked_ok" if e.pairs["ok"] == "1" else "evidence.checked_bad")


def _case_access(e: _Entry) -> AccessEvent | None:
    code = "access.revoked" if "revoked" in e.words else "access.granted"
    return AccessEvent(code, {"user": e.pairs.get("user", "")})


# The kinds whose event depends on the detail (None: see `_SIMPLE`).
_BY_KIND: dict[str, Callable[[_Entry], AccessEvent | None]] = {
    "participant": _participant, "conversation": _conversation, "agreement": _agreement,
    "follow_up": _follow_up, "consent": _consent, "evidence": _evidence,
    "case_access": _case_access,
}


def describe(action: AuditAction, target: str, detail: str, name_of: NameOf) -> AccessEvent:
    """The event of one audit entry; `name_of` gives the person of a participant id."""
    kind, _sep, target_id = target.partition(":")
    words, pairs = _fields(detail)
    if kind == "case":
        return _case_event(action, words, pairs)
    if kind in {"parent_wish", "parent_override"}:
        return _wish_event(action, pairs, name_of)
    if kind == "document":
        return _document_event(action, target, words, pairs, name_of)
    handler = _BY_KIND.get(kind)
    found = handler(_Entry(action, target_id, words, pairs, name_of)) if handler else None
    if found is not None:
        return found
    simple = _SIMPLE.get((kind, action))
    return AccessEvent(simple) if simple else AccessEvent(f"other.{action.value}")


#: Every code `describe` can give; the window has a sentence for each.
EVENT_CODES: frozenset[str] = frozenset({
    *_CASE_VIEWS.values(), *_CASE_EDITS.values(), "case.aftercare_needed",
    "case.aftercare_not_needed", "case.opened", "case.closed_with_gaps", "case.archived",
    "case.imported", "case.deleted", "case.changed", "wish.withdrawn", "wish.overridden",
    "wish.recorded_in_conversation", "wish.no_parents", "wish.parents_may_know", "log.printed",
    "document.refused", "document.saved", "document.viewed", *_SIMPLE.values(), "person.added",
    "person.role", "conversation.recorded", "agreement.status", "followup.moved",
    "followup.held", "consent.recorded", "consent.given", "consent.refused", "evidence.listed",
    "evidence.added", "evidence.viewed", "evidence.checked_ok", "evidence.checked_bad",
    "access.revoked", "access.granted", *(f"other.{a.value}" for a in AuditAction),
} - {"case.aftercare"})


__all__ = ["EVENT_CODES", "RESEAL_REASONS", "AccessEvent", "Person", "describe"]
