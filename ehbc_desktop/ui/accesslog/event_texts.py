"""The access log's entries as sentences a parent or a teacher reads (screen and printout).

Each event code of `services/rights/access_log_events.py` has one source sentence here (English,
translated through Qt's catalogue). %1, %2 ... are filled with readable values: a pupil's
first name and role, a role, a competence, a document's title, a count. Never an id or a code.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.enums import AgreementStatus, CaseStatus, Competence, Role
from ehbc_desktop.reports.registry import DOCUMENTS
from ehbc_desktop.services.rights.access_log_events import AccessEvent
from ehbc_desktop.ui.conversations.kinds import kind_name
from ehbc_desktop.ui.followup.texts import status_label as agreement_status_label
from ehbc_desktop.ui.labels import role_label, status_label
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.ui.pupilwish.texts import competence_label

_CONTEXT = "AccessLogEvents"

SENTENCES: dict[str, str] = {
    "case.opened": QT_TRANSLATE_NOOP("AccessLogEvents", "Case opened (status: %1)"),
    "case.viewed": QT_TRANSLATE_NOOP("AccessLogEvents", "Case viewed"),
    "case.timeline": QT_TRANSLATE_NOOP("AccessLogEvents", "Timeline of the case viewed"),
    "case.plan": QT_TRANSLATE_NOOP("AccessLogEvents", "Step plan of the case viewed"),
    "case.viewed_sealed": QT_TRANSLATE_NOOP("AccessLogEvents", "Confidential case opened"),
    "case.view_refused": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Tried to open the confidential case: refused (no access)"),
    "case.opened_for_work": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Confidential case unlocked to work on it"),
    "case.resealed": QT_TRANSLATE_NOOP("AccessLogEvents", "Confidential case sealed again %1"),
    "case.title": QT_TRANSLATE_NOOP("AccessLogEvents", "Title of the case changed"),
    "case.closed": QT_TRANSLATE_NOOP("AccessLogEvents", "Case closed"),
    "case.closed_with_gaps": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Case closed although steps were missing, with a written reason"),
    "case.reopened": QT_TRANSLATE_NOOP("AccessLogEvents", "Case reopened"),
    "case.victim_reports": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "The victim now reports personally: the case is no longer an "
        "observation"),
    "case.sealed": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Case made confidential: only %1 colleague(s) may open it"),
    "case.unsealed": QT_TRANSLATE_NOOP("AccessLogEvents", "Case no longer confidential"),
    "case.aftercare_needed": QT_TRANSLATE_NOOP("AccessLogEvents", "Aftercare marked as needed"),
    "case.aftercare_not_needed": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Aftercare marked as not needed"),
    "case.archived": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Case exported as an archive (with %1 evidence file(s))"),
    "case.imported": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Case imported from an archive (with %1 evidence file(s))"),
    "case.deleted": QT_TRANSLATE_NOOP("AccessLogEvents", "Case destroyed"),
    "case.changed": QT_TRANSLATE_NOOP("AccessLogEvents", "Case changed"),
    "person.added": QT_TRANSLATE_NOOP("AccessLogEvents", "%1 added to the case as %2"),
    "person.role": QT_TRANSLATE_NOOP("AccessLogEvents", "Role of %1 changed to %2"),
    "person.removed": QT_TRANSLATE_NOOP("AccessLogEvents", "A person removed from the case"),
    "note.added": QT_TRANSLATE_NOOP("AccessLogEvents", "Note added"),
    "report.added": QT_TRANSLATE_NOOP("AccessLogEvents", "Report of the bullying recorded"),
    "observation.added": QT_TRANSLATE_NOOP("AccessLogEvents", "Observation added"),
    "conversation.recorded": QT_TRANSLATE_NOOP("AccessLogEvents", "Conversation recorded: %1"),
    "conversation.viewed": QT_TRANSLATE_NOOP("AccessLogEvents", "Conversation read"),
    "amendment.added": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Correction added to a conversation"),
    "agreement.added": QT_TRANSLATE_NOOP("AccessLogEvents", "Agreement recorded"),
    "agreement.status": QT_TRANSLATE_NOOP("AccessLogEvents", "Agreement marked as %1"),
    "followup.planned": QT_TRANSLATE_NOOP("AccessLogEvents", "Follow-up planned"),
    "followup.held": QT_TRANSLATE_NOOP("AccessLogEvents", "Follow-up held"),
    "followup.moved": QT_TRANSLATE_NOOP("AccessLogEvents", "Follow-up moved to another day"),
    "repair.drafted": QT_TRANSLATE_NOOP("AccessLogEvents", "Repair agreement drawn up"),
    "repair.signed": QT_TRANSLATE_NOOP("AccessLogEvents", "Repair agreement signed"),
    "consent.recorded": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Victim's consent recorded in a conversation"),
    "consent.given": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Consent of %1 recorded: agrees to the next step"),
    "consent.refused": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Consent of %1 recorded: does not agree"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("AccessLogEvents", "Consent withdrawn"),
    "wish.no_parents": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Wish of %1 recorded: the parents must not be told (judgement: %2)"),
    "wish.parents_may_know": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Wish of %1 recorded: the parents may be told (judgement: %2)"),
    "wish.recorded_in_conversation": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Wish of a pupil about the parents recorded in a conversation"),
    "wish.withdrawn": QT_TRANSLATE_NOOP("AccessLogEvents", "Wish about the parents withdrawn"),
    "wish.overridden": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Parents involved against the wish of %1, with a written reason"),
    "approach.chosen": QT_TRANSLATE_NOOP("AccessLogEvents", "Approach chosen"),
    "triage.recorded": QT_TRANSLATE_NOOP("AccessLogEvents", "Assessment of the facts recorded"),
    "triage.overridden": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Assessment of the facts recorded, other than proposed, with a "
        "reason"),
    "severity.assessed": QT_TRANSLATE_NOOP("AccessLogEvents", "Severity assessed"),
    "severity.checks": QT_TRANSLATE_NOOP("AccessLogEvents", "Legal checks completed"),
    "careteam.recorded": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Care team consultation recorded"),
    "external.recorded": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Contact with an outside service recorded"),
    "thermometer.recorded": QT_TRANSLATE_NOOP("AccessLogEvents", "Class thermometer recorded"),
    "draft.saved": QT_TRANSLATE_NOOP("AccessLogEvents", "Unfinished form saved"),
    "draft.removed": QT_TRANSLATE_NOOP("AccessLogEvents", "Unfinished form removed"),
    "evidence.added": QT_TRANSLATE_NOOP("AccessLogEvents", "Evidence file added"),
    "evidence.listed": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Evidence described (the file itself was not stored)"),
    "evidence.viewed": QT_TRANSLATE_NOOP("AccessLogEvents", "Evidence file viewed"),
    "evidence.list": QT_TRANSLATE_NOOP("AccessLogEvents", "List of evidence viewed"),
    "evidence.custody": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Chain of custody of an evidence file viewed"),
    "evidence.checked_ok": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Evidence file checked: unchanged"),
    "evidence.checked_bad": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Evidence file checked: damaged or changed"),
    "evidence.verified_all": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "All evidence checked: %1 file(s), %2 not in order"),
    "evidence.copy": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Unencrypted copy of an evidence file made, with a reason"),
    "evidence.removed": QT_TRANSLATE_NOOP("AccessLogEvents", "Evidence file removed"),
    "access.granted": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Access to the confidential case given to %1"),
    "access.revoked": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "Access to the confidential case taken away from %1 (new key)"),
    "log.viewed": QT_TRANSLATE_NOOP("AccessLogEvents", "Access log viewed"),
    "log.printed": QT_TRANSLATE_NOOP("AccessLogEvents", "Access log printed"),
    "document.viewed": QT_TRANSLATE_NOOP("AccessLogEvents", "Document made: %1"),
    "document.saved": QT_TRANSLATE_NOOP("AccessLogEvents", "Document saved as PDF: %1"),
    "document.refused": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "%1 refused: %2 does not want the parents to be told"),
    "other.create_vault": QT_TRANSLATE_NOOP("AccessLogEvents", "Vault created"),
    "other.unlock": QT_TRANSLATE_NOOP("AccessLogEvents", "Vault opened"),
    "other.lock": QT_TRANSLATE_NOOP("AccessLogEvents", "Vault locked"),
    "other.view": QT_TRANSLATE_NOOP("AccessLogEvents", "Part of the case viewed"),
    "other.create": QT_TRANSLATE_NOOP("AccessLogEvents", "Something added to the case"),
    "other.edit": QT_TRANSLATE_NOOP("AccessLogEvents", "Something in the case changed"),
    "other.delete": QT_TRANSLATE_NOOP("AccessLogEvents", "Something removed from the case"),
    "other.export": QT_TRANSLATE_NOOP("AccessLogEvents", "Part of the case exported or printed"),
    "other.import": QT_TRANSLATE_NOOP("AccessLogEvents", "Part of the case imported"),
    "other.override": QT_TRANSLATE_NOOP(
        "AccessLogEvents", "A rule set aside with a written reason"),
    "other.user": QT_TRANSLATE_NOOP("AccessLogEvents", "Access to the case changed"),
}  # fmt: skip

_A_PUPIL = QT_TRANSLATE_NOOP("AccessLogEvents", "a pupil")
_SOMEONE = QT_TRANSLATE_NOOP("AccessLogEvents", "Someone")
_A_PERSON = QT_TRANSLATE_NOOP("AccessLogEvents", "a person")
_PUPIL_AS = QT_TRANSLATE_NOOP("AccessLogEvents", "the pupil (%1)")
_NAME_AS = QT_TRANSLATE_NOOP("AccessLogEvents", "%1 (%2)")
_A_CONVERSATION = QT_TRANSLATE_NOOP("AccessLogEvents", "a conversation")
_A_DOCUMENT = QT_TRANSLATE_NOOP("AccessLogEvents", "A document")
_A_COLLEAGUE = QT_TRANSLATE_NOOP("AccessLogEvents", "a colleague")
_SOME = QT_TRANSLATE_NOOP("AccessLogEvents", "some")
# Why a confidential case was sealed again (the %1 of "case.resealed").
_RESEALED_WHY = {
    "closed": QT_TRANSLATE_NOOP("AccessLogEvents", "when its screen was left"),
    "lock": QT_TRANSLATE_NOOP("AccessLogEvents", "when the vault locked"),
    "backup": QT_TRANSLATE_NOOP("AccessLogEvents", "for a backup"),
    "archive": QT_TRANSLATE_NOOP("AccessLogEvents", "for an archive export"),
    "unlock": QT_TRANSLATE_NOOP("AccessLogEvents", "at the next unlock (left open before)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _role(value: str) -> str:
    return role_label(Role(value)).lower() if value in set(Role) else ""


def _person(values: Mapping[str, str], prefix: str, with_names: bool) -> str:
    """A person as the reader sees them: "Lotte (victim)" on screen, "the pupil (victim)" on
    paper, "a pupil" when the person is no longer in the case (or the case is sealed)."""
    name, role = values.get(prefix, ""), _role(values.get(f"{prefix}_role", ""))
    if with_names and name:
        return _tr(_NAME_AS).replace("%1", name).replace("%2", role) if role else name
    return _tr(_PUPIL_AS).replace("%1", role) if role else _tr(_A_PUPIL)


def _document(document_id: str, lang: str) -> str:
    found = next((d for d in DOCUMENTS if d.id == document_id), None)
    return found.title(lang) if found else _tr(_A_DOCUMENT)


def _conversation(kind: str) -> str:
    name = kind_name(kind) if kind else ""
    return name if name and name != kind else _tr(_A_CONVERSATION)


def _competence(value: str) -> str:
    return competence_label(Competence(value)) if value in set(Competence) else ""


def _status(value: str) -> str:
    if value in set(CaseStatus):
        return status_label(CaseStatus(value)).lower()
    if value in set(AgreementStatus):
        return agreement_status_label(AgreementStatus(value))
    return ""


def _count(values: Mapping[str, str], key: str) -> str:
    value = values.get(key, "")
    return value if value.isdigit() else _tr(_SOME)


_COUNTS = {"case.sealed": ("allowed",), "case.archived": ("evidence",),
           "case.imported": ("evidence",), "evidence.verified_all": ("items", "failed")}


def _arguments(event: AccessEvent, with_names: bool, lang: str) -> list[str]:
    """The values %1, %2 ... of the event's sentence, in order."""
    v, code = event.values, event.code
    family = code.partition(".")[0]
    if family == "person":
        name = v.get("name", "") if with_names else ""
        nobody = _tr(_SOMEONE if code == "person.added" else _A_PERSON)
        arguments = [name or nobody, _role(v.get("role", ""))]
    elif family in {"wish", "consent"}:
        arguments = [_person(v, "pupil", with_names), _competence(v.get("competence", ""))]
    elif family == "document":
        arguments = [_document(v.get("document", ""), lang), _person(v, "pupil", with_names)]
    elif code == "conversation.recorded":
        arguments = [_conversation(v.get("kind", ""))]
    elif code in {"case.opened", "agreement.status"}:
        arguments = [_status(v.get("status", ""))]
    elif family == "access":
        arguments = [v.get("user") or _tr(_A_COLLEAGUE)]
    elif code == "case.resealed":
        why = _RESEALED_WHY.get(v.get("why", ""))
        arguments = [_tr(why) if why else ""]
    else:
        arguments = [_count(v, key) for key in _COUNTS.get(code, ())]
    return arguments


def event_sentence(event: AccessEvent, *, with_names: bool = True, lang: str = "nl") -> str:
    """The event as one sentence in the window's language.

    `with_names`: name pupils by first name (on screen, for the case's own users); without, by
    their role in the case (the printout, which may be handed to a parent).
    """
    source = (SENTENCES.get(event.code)
              or SENTENCES.get(f"other.{event.code.rpartition('.')[2]}")
              or SENTENCES["case.changed"])
    text = _tr(source)
    for number, value in enumerate(_arguments(event, with_names, lang), start=1):
        text = text.replace(f"%{number}", value)
    return text.strip()
