"""Builds each printed document's input dataclass from a loaded case and the school's details."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.entities import Amendment, CaseRecord, Person, RepairAgreement
from ehbc_desktop.domain.enums import Confidentiality, ConversationKind, Role
from ehbc_desktop.domain.rules.parents import parent_verdict
from ehbc_desktop.formspec import FieldSpec, FieldType, FormSpec
from ehbc_desktop.reports.blank_forms import BlankConversationInput, BlankRepairAgreementInput
from ehbc_desktop.reports.case_summary import CaseSummaryInput
from ehbc_desktop.reports.conversation_report import ConversationReportInput
from ehbc_desktop.reports.follow_up_plan import Contact, FollowUpPlanInput
from ehbc_desktop.reports.handouts import HandoutInput
from ehbc_desktop.reports.helplines import Helpline
from ehbc_desktop.reports.repair_agreement import RepairAgreementInput
from ehbc_desktop.services.errors import DocumentUnavailableError, NotFoundError
from ehbc_desktop.store import models as m
from ehbc_desktop.vocabulary import label

#: School settings (keys of store.models.SchoolSetting, plain names like the other settings)
#: that the documents read; none is required.
SETTING_SCHOOL_NAME = "school_name"  # str; overrides the name in the vault header
SETTING_LOGO = "school_logo"  # str: base64 of PNG or JPEG bytes
SETTING_PLACE = "school_place"  # str: the town printed above the signatures
SETTING_CONTACT = "school_contact"  # str: who to go to at school (handouts)
SETTING_CONTACTS = "school_contacts"  # list of {"name", "role", "reach"} (follow-up plan)
SETTING_ADDRESS = "school_address"  # str: the school's address (handouts)
SETTING_CONTACT_PARENTS = "school_contact_parents"  # str: who parents can turn to
SETTING_HELPLINES = "school_helplines"  # list of {"name", "contact", "nl", "en", "name_en"}
DOCUMENT_SETTINGS = (SETTING_SCHOOL_NAME, SETTING_LOGO, SETTING_PLACE, SETTING_CONTACT,
                     SETTING_CONTACTS, SETTING_ADDRESS, SETTING_CONTACT_PARENTS,
                     SETTING_HELPLINES)

#: Field types whose answer is covered by the blank form's own header or closing part.
_BLANK_SKIPPED = frozenset({FieldType.DATE, FieldType.PARTICIPANTS, FieldType.AGREEMENTS})
_OPTION_FIELDS = frozenset({FieldType.CHOICE, FieldType.MULTICHOICE, FieldType.CHECKLIST,
                            FieldType.SCALE})


@dataclass(frozen=True, slots=True)
class SchoolDetails:
    """What the documents print about the school (from the vault header and school settings)."""

    name: str
    logo: bytes | None = None
    place: str = ""
    contact: str = ""
    contacts: tuple[Contact, ...] = ()
    address: str = ""
    contact_parents: str = ""
    helplines: tuple[Helpline, ...] | None = None  # None: the built-in list


def load_school_details(s: Session, vault_school: str) -> SchoolDetails:
    """The school's details: the vault header's name, refined by the school settings."""
    rows = s.execute(
        select(m.SchoolSetting).where(m.SchoolSetting.key.in_(DOCUMENT_SETTINGS))
    ).scalars()
    values: dict[str, Any] = {row.key: row.value for row in rows}
    name = _text(values.get(SETTING_SCHOOL_NAME)) or vault_school
    return SchoolDetails(
        name=name,
        logo=_logo(values.get(SETTING_LOGO)),
        place=_text(values.get(SETTING_PLACE)),
        contact=_text(values.get(SETTING_CONTACT)),
        contacts=_contacts(values.get(SETTING_CONTACTS)),
        address=_text(values.get(SETTING_ADDRESS)),
        contact_parents=_text(values.get(SETTING_CONTACT_PARENTS)),
        helplines=helplines_from(values.get(SETTING_HELPLINES)),
    )


def helplines_from(value: object) -> tuple[Helpline, ...] | None:
    """The school's stored helplines (None: not set or unreadable, so the built-in list)."""
    if not isinstance(value, list):
        return None
    found = []
    for item in value:
        if isinstance(item, Mapping) and _text(item.get("name")):
            found.append(Helpline(_text(item.get("name")), _text(item.get("contact")),
                                  _text(item.get("nl")), _text(item.get("en")),
                                  _text(item.get("name_en"))))
    return tuple(found)


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _logo(value: object) -> bytes | None:
    # A damaged setting must not stop every document: print without the logo instead.
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value, validate=True) or None
    except (binascii.Error, ValueError):
        return None


def _contacts(value: object) -> tuple[Contact, ...]:
    if not isinstance(value, list):
        return ()
    found = []
    for item in value:
        if isinstance(item, Mapping) and _text(item.get("name")):
            found.append(Contact(_text(item.get("name")), _text(item.get("role")),
                                 _text(item.get("reach"))))
    return tuple(found)


def pick_repair_agreement(record: CaseRecord, agreement_id: str | None = None) -> RepairAgreement:
    """The repair agreement to print: the one asked for, else the most recent one.

    Raises:
        NotFoundError: `agreement_id` is not an agreement of this case.
        DocumentUnavailableError: the case has no repair agreement.
    """
    agreements = record.repair_agreements
    if agreement_id is not None:
        for agreement in agreements:
            if agreement.id == agreement_id:
                return agreement
        raise NotFoundError("repair_agreement", agreement_id)
    if not agreements:
        raise DocumentUnavailableError("repair-agreement", "no_repair_agreement")
    return max(agreements, key=lambda a: (a.signed_on or date.min, a.evaluation_on, a.term))


def _person(record: CaseRecord, participant_id: str) -> Person | None:
    for participant in record.participants:
        if participant.id == participant_id:
            return record.people.get(participant.person_id)
    return None


def _with_role(record: CaseRecord, role: Role) -> tuple[Person, ...]:
    return tuple(record.people[p.person_id] for p in record.participants
                 if p.role is role and p.person_id in record.people)


def _parents_who_may_sign(record: CaseRecord, pupil_ids: tuple[str, ...],
                          today: date) -> tuple[Person, ...]:
    """Parents of these pupils, left out while a pupil's no-parents wish stands (12+ rule)."""
    allowed = {pid for pid in pupil_ids if parent_verdict(record, pid, today).allowed}
    return tuple(record.people[p.person_id] for p in record.participants
                 if p.role is Role.PARENT and p.related_to in allowed
                 and p.person_id in record.people)


def repair_agreement_input(record: CaseRecord, school: SchoolDetails, teacher: str,
                           today: date, agreement_id: str | None = None) -> RepairAgreementInput:
    """The input of the repair agreement of this case."""
    agreement = pick_repair_agreement(record, agreement_id)
    bullies = tuple(p for p in (_person(record, pid) for pid in agreement.bully_participant_ids)
                    if p is not None)
    return RepairAgreementInput(
        school=school.name,
        reference=record.case.reference,
        agreement=agreement,
        bullies=bullies,
        victims=_with_role(record, Role.VICTIM),
        teacher=teacher,
        place=school.place,
        logo=school.logo,
        bully_parents=_parents_who_may_sign(record, agreement.bully_participant_ids, today),
    )


def follow_up_plan_input(record: CaseRecord, school: SchoolDetails,
                         today: date) -> FollowUpPlanInput:
    """The input of the follow-up plan."""
    return FollowUpPlanInput(school.name, record, school.contacts, prepared_on=today)


def conversation_report_input(record: CaseRecord, amendments: tuple[Amendment, ...],
                              conversation_id: str, school: SchoolDetails,
                              form_titles: Mapping[str, str] | None = None,
                              ) -> ConversationReportInput:
    """The input of the report of one conversation, with its amendments.

    Raises:
        NotFoundError: the conversation is not part of this case.
    """
    for conversation in record.conversations:
        if conversation.id == conversation_id:
            own = tuple(a for a in amendments if a.conversation_id == conversation_id)
            title = (form_titles or {}).get(conversation.form_id, "")
            return ConversationReportInput(school.name, record, conversation, own, title)
    raise NotFoundError("conversation", conversation_id)


def picture_evidence_ids(record: CaseRecord) -> tuple[str, ...]:
    """Evidence stored as a picture (items kept only by description never have one)."""
    return tuple(item.id for item in record.evidence
                 if item.media_type.startswith("image/") and not item.not_imported_sexual_content)


def printable_evidence_ids(record: CaseRecord) -> tuple[str, ...]:
    """Pictures that may go on a summary: those not handed over in confidence.

    Evidence given in confidence is not shown to third parties (DOMAIN 2.10), and a summary
    goes to the care team or the CLB, so those pictures stay out even when asked for.
    """
    pictures = set(picture_evidence_ids(record))
    return tuple(item.id for item in record.evidence if item.id in pictures
                 and item.confidentiality is not Confidentiality.IN_CONFIDENCE)


def case_summary_input(record: CaseRecord, amendments: tuple[Amendment, ...],  # noqa: PLR0917
                       school: SchoolDetails, today: date, pseudonymise: bool,
                       images: Mapping[str, bytes] | None = None,
                       audience: str = "") -> CaseSummaryInput:
    """The input of the case summary."""
    return CaseSummaryInput(school.name, record, audience, amendments, pseudonymise,
                            dict(images or {}), prepared_on=today)


def handout_input(school: SchoolDetails) -> HandoutInput:
    """The input of the pupil and the parent handout for anyone (no case data)."""
    return HandoutInput(school.name, school.contact, school.helplines, school.address,
                        school.logo)


def _first_victim(record: CaseRecord) -> tuple[str, Person] | None:
    for participant in record.participants:
        person = record.people.get(participant.person_id)
        if participant.role is Role.VICTIM and person is not None:
            return participant.id, person
    return None


def _agreement_rows(
    record: CaseRecord, conversation_ids: set[str]
) -> tuple[tuple[str, str, str], ...]:
    rows = sorted((a for a in record.agreements if a.conversation_id in conversation_ids),
                  key=lambda a: a.due)
    return tuple((a.who, a.what, a.due.strftime("%d-%m-%Y")) for a in rows)


def _handout_fields(forms: Iterable[FormSpec]) -> set[str]:
    """The ids of the checklists whose ticked items may go on a pupil's handout."""
    found = {f.id for form in forms for f in form.fields if f.handout}
    return found or {"tips_given"}


def pupil_handout_input(record: CaseRecord, school: SchoolDetails,
                        forms: Iterable[FormSpec]) -> HandoutInput:
    """The pupil handout for the case's bullied pupil: the tips ticked in the latest finished
    victim conversation with the pupil, and the agreements of the pupil's conversations.

    Raises:
        DocumentUnavailableError: the case has no bullied pupil.
    """
    victim = _first_victim(record)
    if victim is None:
        raise DocumentUnavailableError("pupil-handout", "no_victim")
    pupil_id, person = victim
    talks = [c for c in record.conversations if c.finished and pupil_id in c.participant_ids]
    tips: tuple[str, ...] = ()
    handout_fields = _handout_fields(forms)
    victim_talks = sorted((c for c in talks if c.kind is ConversationKind.VICTIM),
                          key=lambda c: c.held_on)
    for talk in reversed(victim_talks):
        ticked = [line.strip() for a in talk.answers if a.field_id in handout_fields
                  for line in a.value.splitlines() if line.strip()]
        if ticked:
            tips = tuple(ticked)
            break
    return replace(handout_input(school), for_whom=person.first_name, tips=tips,
                   agreements=_agreement_rows(record, {c.id for c in talks}))


def parent_handout_input(record: CaseRecord, school: SchoolDetails, today: date) -> HandoutInput:
    """The parent handout for the bullied pupil's parents, with the agreements made with them.

    Raises:
        DocumentUnavailableError: no bullied pupil, or the pupil's standing 12+ wish keeps
            the parents out (no override recorded).
    """
    victim = _first_victim(record)
    if victim is None:
        raise DocumentUnavailableError("parent-handout", "no_victim")
    pupil_id, person = victim
    if not parent_verdict(record, pupil_id, today).allowed:
        raise DocumentUnavailableError("parent-handout", "parents_blocked")
    parents = {p.id for p in record.participants
               if p.role is Role.PARENT and p.related_to == pupil_id}
    talks = {c.id for c in record.conversations if c.finished
             and c.kind is ConversationKind.PARENTS_VICTIM and parents & set(c.participant_ids)}
    contact = school.contact_parents or school.contact
    return replace(handout_input(school), contact=contact, for_whom=person.first_name,
                   agreements=_agreement_rows(record, talks))


def blank_repair_agreement_input(school: SchoolDetails) -> BlankRepairAgreementInput:
    """The input of the blank repair agreement."""
    return BlankRepairAgreementInput(school.name)


def blank_conversation_input(form: FormSpec, school: SchoolDetails,
                             lang: str) -> BlankConversationInput:
    """A blank paper version of a conversation form: (page title, question) pairs.

    Dates, those present and agreements have their own place on the blank form; a grid (the
    restorative step 2) asks each of its questions to each party; choices list their options
    with a box to tick; closed questions get fewer lines than open ones.
    """
    questions: list[tuple[str, str]] = []
    lines: list[int] = []
    for page in form.pages:
        section = page.title.get(lang)
        for spec in page.fields:
            if spec.type in _BLANK_SKIPPED:
                continue
            if spec.type is FieldType.GRID:
                for option in spec.options:
                    for party in spec.roles or ("",):
                        suffix = f" ({_party(party, lang)})" if party else ""
                        questions.append((section, option.label.get(lang) + suffix))
                        lines.append(3)
                continue
            questions.append((section, _blank_question(spec, lang)))
            lines.append(_BLANK_LINES.get(spec.type, 4))
    return BlankConversationInput(school.name, form.title.get(lang), tuple(questions),
                                  lines=tuple(lines))


# Writing lines per field type on a blank form (open questions get the default 4).
_BLANK_LINES = {FieldType.TEXT: 1, FieldType.YESNO: 1, FieldType.TRISTATE: 1,
                FieldType.CHOICE: 1, FieldType.SCALE: 1, FieldType.CHECKLIST: 1,
                FieldType.MULTICHOICE: 1, FieldType.SUPPORT_FIGURES: 3}
# Non-breaking spaces keep the gap between tick boxes (a paragraph folds plain spaces).
_GAP = "\u00a0" * 5


def _blank_question(spec: FieldSpec, lang: str) -> str:
    question = spec.label.get(lang)
    if spec.type in _OPTION_FIELDS:
        boxes = [f"☐\u00a0{o.label.get(lang)}" for o in spec.options]
        # A few short options fit on one line; a long list reads better one per line.
        return question + "\n" + ("\n".join(boxes) if len(boxes) > 3 else _GAP.join(boxes))
    if spec.type in (FieldType.YESNO, FieldType.TRISTATE):
        return question + "\n" + _GAP.join(f"☐\u00a0{word}" for word in _TICKS[spec.type][
            "en" if lang == "en" else "nl"])
    return question


_TICKS: dict[FieldType, dict[str, tuple[str, ...]]] = {
    FieldType.YESNO: {"nl": ("ja", "nee"), "en": ("yes", "no")},
    FieldType.TRISTATE: {"nl": ("ja", "nee", "onduidelijk"), "en": ("yes", "no", "unclear")},
}


def _party(role: str, lang: str) -> str:
    try:
        return label(Role(role), lang)
    except ValueError:
        return role
