"""Demo conversations made through the real forms and services, so they read like real ones.

`create_demo_vault` calls `add_demo_conversations` after the generated cases are stored: one
open case gets a finished conversation of every kind (the answers frozen with the forms' own
questions by `ConversationService.finish`), a restorative conversation with its repair
agreement, and another case keeps one unfinished conversation (a draft).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import CaseStatus, ConversationKind, Role
from ehbc_desktop.domain.rules import bully_contact_verdict
from ehbc_desktop.formspec import FieldSpec, FieldType, FormSet, FormSpec, load_forms
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.case.participants import ParticipantInput
from ehbc_desktop.services.conversations.conversation_rules import parents_concerned
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.approach import ApproachService
from ehbc_desktop.services.steps.drafts import DraftService
from ehbc_desktop.store import models as m

#: The order in which the showcase case goes through the conversations, with the day offset.
SHOWCASE: tuple[tuple[ConversationKind, int], ...] = (
    (ConversationKind.VICTIM, 1),
    (ConversationKind.PARENTS_VICTIM, 2),
    (ConversationKind.BULLY, 3),
    (ConversationKind.PARENTS_BULLY, 4),
    (ConversationKind.PARENTS_OTHER, 5),
    (ConversationKind.RESTORATIVE, 6),
    (ConversationKind.GROUP, 8),
    (ConversationKind.INVOLVED, 9),
    (ConversationKind.FOLLOW_UP, 13),
)

#: Realistic answers by field id; fields not listed get a short neutral sentence.
TEXTS: dict[str, str] = {
    "what_happened": "Sinds twee weken worden er spotberichten en een bewerkte foto gedeeld in "
    "de klasgroep op Snapchat.",
    "patterns": "Vooral 's avonds, na de sporttraining; altijd dezelfde drie leerlingen.",
    "already_done": "Berichten genegeerd en één keer teruggeschreven dat het moest stoppen.",
    "what_worked": "Met een vriendin praten hielp; terugschrijven maakte het erger.",
    "feelings": "Verdrietig en bang om naar school te komen.",
    "thoughts": "Denkt dat de hele klas tegen haar is.",
    "wishes": "Dat de foto verdwijnt en dat het stopt, zonder dat iedereen het weet.",
    "must_not_happen": "Geen gesprek voor de hele klas.",
    "tips_note": "Screenshots bewaren en de foto melden bij het platform.",
    "bully_side": "Zegt dat het 'maar om te lachen' was en dat anderen begonnen.",
    "perspective": "Beseft dat het voor haar helemaal niet grappig was.",
    "evidence_shown": "Drie screenshots van de klasgroep.",
    "needed_to_stop": "Dat de groep stopt met reageren op de foto.",
    "engagement": "Verwijdert de foto vandaag nog en stuurt geen berichten meer.",
    "impact": "Ze slaapt slecht en wil niet meer naar de sportclub.",
    "concerns": "Ouders maken zich zorgen over de slaap en het humeur van hun kind.",
    "needs": "Rust thuis en duidelijke informatie over wat de school doet.",
    "home_signs": "Wil de gsm niet meer aanraken, huilt soms zomaar.",
    "parents_view": "Ouders waren geschrokken en willen meewerken.",
    "support_at_home": "Samen afspraken maken over schermtijd.",
    "why_these_parents": "Ouders van klasgenoten stelden vragen aan de poort.",
    "what_they_know": "Ze hoorden van hun kind dat er 'iets' gaande was in de klasgroep.",
    "contact_person": "Mevr. Verhoeven (vertrouwensleerkracht)",
    "contact_frequency": "Wekelijks een kort telefoontje",
    "opening_named": "We zijn hier om de schade te herstellen, niet om te straffen.",
    "engagements": "De foto overal verwijderen.\nExcuses aanbieden aan {victim}.\n"
    "Niet meer reageren op berichten over {victim}.",
    "group_name": "2B",
    "participants_note": "Zes leerlingen uit de steungroep.",
    "what_came_out": "De klas wil een nieuwe regel voor de klasgroep: geen foto's van anderen "
    "zonder toestemming.",
    "aftercare_note": "Geruchten over de ruzie rechtgezet in de klas.",
    "how_it_goes": "Het gaat beter: geen nieuwe berichten deze week.",
    "outcome_note": "Blijven opvolgen tot de kerstvakantie.",
    "each_side": "Beiden vertelden hun kant; ze willen elkaar voortaan met rust laten.",
    "school_policy": "Afspraken uit het pestbeleid van de school overlopen.",
}
#: Choice answers where the first option would not tell the story.
CHOICES: dict[str, str] = {
    "approach": "confrontational",
    "method": "support_group",
    "outcome": "decreased",
    "step3_interval": "weeks",
}
#: Yes/no answers that must be "no" (anything else: yes).
NO_ANSWERS = frozenset({"wish_parents_not_involved", "involve_parents"})
_NEUTRAL = "Besproken en genoteerd."
#: Step 2 of the restorative conversation: what each side answered, by question.
GRID_ANSWERS: dict[Role, dict[str, str]] = {
    Role.VICTIM: {
        "what_happened": "Er werd een foto van mij rondgestuurd met gemene reacties.",
        "how_do_you_feel": "Ik schaamde me en wilde niet meer naar school.",
        "what_could_you_have_done": "Sneller iemand om hulp vragen.",
        "what_do_you_expect": "Dat de foto weg is en dat het stopt.",
        "how_to_make_right": "Als het stopt, wil ik het een kans geven.",
    },
    Role.BULLY: {
        "what_happened": "Ik heb de foto gedeeld en erom gelachen.",
        "how_do_you_feel": "Ik wist niet dat het zo hard aankwam; dat spijt me.",
        "what_could_you_have_done": "De foto niet doorsturen.",
        "what_do_you_expect": "Dat we elkaar gewoon met rust laten.",
        "how_to_make_right": "De foto verwijderen en mijn excuses aanbieden.",
    },
}


def _participants(field: FieldSpec, record: CaseRecord) -> list[str]:
    roles = set(field.roles)
    return [p.id for p in record.participants if not roles or p.role.value in roles][:4]


def _grid(field: FieldSpec, record: CaseRecord) -> dict[str, dict[str, str]]:
    parties = [p for p in record.participants if p.role in (Role.VICTIM, Role.BULLY)][:2]
    return {
        p.id: {q.id: GRID_ANSWERS[p.role].get(q.id, _NEUTRAL) for q in field.options}
        for p in parties
    }


def _first_name(record: CaseRecord, role: Role) -> str:
    for participant in record.participants:
        if participant.role is role and participant.person_id in record.people:
            return record.people[participant.person_id].first_name
    return ""


def field_value(field: FieldSpec, record: CaseRecord, held_on: date) -> Any:  # noqa: PLR0911
    """A realistic answer for one question of a form."""
    kind = field.type
    if kind is FieldType.DATE:
        if field.id == "held_on":
            return held_on.isoformat()
        days = {"term": 14, "followup_bully_date": 14, "followup_victim_date": 14}
        return (held_on + timedelta(days=days.get(field.id, 7))).isoformat()
    if kind in (FieldType.TEXT, FieldType.TEXTAREA):
        text = TEXTS.get(field.id, _NEUTRAL)
        return text.replace("{victim}", _first_name(record, Role.VICTIM))
    if kind is FieldType.YESNO:
        return field.id not in NO_ANSWERS
    if kind in (FieldType.CHOICE, FieldType.SCALE):
        wanted = CHOICES.get(field.id)
        return wanted if wanted and field.option(wanted) else field.options[0].id
    if kind in (FieldType.CHECKLIST, FieldType.MULTICHOICE):
        return [o.id for o in field.options[:2]]
    if kind is FieldType.TRISTATE:
        return "yes"
    if kind is FieldType.PARTICIPANTS:
        return _participants(field, record)
    if kind is FieldType.AGREEMENTS:
        due = (held_on + timedelta(days=7)).isoformat()
        return [{"who": "Vertrouwensleerkracht", "what": "Kort bijpraten met de klastitularis",
                 "by": due}]  # fmt: skip
    if kind is FieldType.SUPPORT_FIGURES:
        return [{"name": "Koen Vandamme", "role": "leerlingbegeleider"}]
    return _grid(field, record)


def form_values(spec: FormSpec, record: CaseRecord, held_on: date) -> dict[str, Any]:
    """Answers to every question of `spec` for this case, held on `held_on`."""
    return {f.id: field_value(f, record, held_on) for f in spec.fields}


def _showcase_case(cases: CaseService, ids: list[str], today: date) -> CaseRecord | None:
    for case_id in ids:
        record = cases.get_case(case_id)
        roles = {p.role for p in record.participants}
        old_enough = (today - record.case.opened_on).days >= 14
        if (
            record.case.status is CaseStatus.OPEN
            and {Role.VICTIM, Role.BULLY} <= roles
            and old_enough
        ):
            return record
    return None


class DemoConversations:
    """Holds every conversation of the showcase case through the real services."""

    def __init__(self, session: VaultSession, forms: FormSet) -> None:
        self._cases = CaseService(session)
        self._approach = ApproachService(session)
        self._conversations = ConversationService(session)
        self._drafts = DraftService(session)
        self._forms = forms

    def _prepare(self, record: CaseRecord) -> CaseRecord:
        """Parents for the parent talks and the victim's consent before the bully talk."""
        case_id = record.case.id
        first = {p.role: p for p in reversed(record.participants)}
        for role, parent in ((Role.VICTIM, "Els"), (Role.BULLY, "Bart")):
            pupil = first[role]
            name = record.people[pupil.person_id].last_name
            self._cases.add_participant(
                case_id, ParticipantInput(parent, name, "", Role.PARENT, related_to=pupil.id)
            )
        if not bully_contact_verdict(record).allowed:
            self._approach.record_consent(case_id, first[Role.VICTIM].id, True, "Demo")
        return self._cases.get_case(case_id)

    def _allow_parents(self, record: CaseRecord, kind: ConversationKind, day: date) -> None:
        """A standing 12+ wish in a demo case is overridden with a reason (and logged)."""
        for verdict in parents_concerned(record, kind, (), None, day):
            if verdict.blocked:
                self._approach.override_parent_wish(
                    record.case.id, verdict.pupil_participant_id,
                    "Meldplicht: zorgwekkende situatie, besproken met het CLB.",
                )  # fmt: skip

    def hold_all(self, record: CaseRecord, today: date) -> int:
        """Finish one conversation of every kind in this case; how many were stored."""
        record = self._prepare(record)
        start = max(record.case.opened_on, today - timedelta(days=14))
        count = 0
        for kind, offset in SHOWCASE:
            day = min(start + timedelta(days=offset), today)
            spec = self._forms.get(kind.value)
            self._allow_parents(record, kind, day)
            record = self._cases.get_case(record.case.id)
            follow_up = None
            if kind is ConversationKind.FOLLOW_UP:
                planned = sorted((f for f in record.follow_ups if f.held_on is None),
                                 key=lambda f: f.planned_on)  # fmt: skip
                follow_up = planned[0].id if planned else None
            values = form_values(spec, record, day)
            self._conversations.finish(
                record.case.id, spec, values, lang="nl", follow_up_id=follow_up
            )
            count += 1
        return count

    def leave_draft(self, record: CaseRecord, today: date) -> None:
        """An unfinished follow-up talk, stopped halfway through its first page."""
        spec = self._forms.get(ConversationKind.FOLLOW_UP.value)
        values = form_values(spec, record, today)
        kept = {k: values[k] for k in ("held_on", "participants", "how_it_goes")}
        kept["_page"] = spec.pages[0].id
        self._drafts.save(record.case.id, spec.id, spec.version, kept)


def add_demo_conversations(session: VaultSession, today: date) -> int:
    """Give the demo vault conversations of every kind and one draft; how many were stored.

    The showcase case is the first open case (by reference) with a victim and a bully that was
    opened at least two weeks before `today`; the draft goes to the next open case.
    """
    with session.unit() as s:
        ids = [str(i) for i in s.execute(select(m.Case.id).order_by(m.Case.reference)).scalars()]
    demo = DemoConversations(session, load_forms(None))
    cases = CaseService(session)
    record = _showcase_case(cases, ids, today)
    if record is None:
        return 0
    count = demo.hold_all(record, today)
    others = [i for i in ids if i != record.case.id]
    for case_id in others:
        other = cases.get_case(case_id)
        if other.case.status is CaseStatus.OPEN and other.conversations:
            demo.leave_draft(other, today)
            break
    return count
