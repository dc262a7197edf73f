"""The realistic fictional case, in memory: every record a document prints, names in free text.

`make_record()` is the case as domain records (the report tests render it directly);
`tests.builders.vault.build_case` writes the same case into a real vault. `all_inputs()` gives
one realistic input per document. Dates count from OPENED: `day(n)` and `moment(n)`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ehbc_desktop.domain.entities import (
    Agreement,
    Amendment,
    Answer,
    ApproachDecision,
    CareTeamConsultation,
    Case,
    CaseNote,
    CaseRecord,
    Conversation,
    EvidenceItem,
    ExternalContact,
    FollowUp,
    Observation,
    Participant,
    Person,
    RepairAgreement,
    Report,
    SeverityAssessment,
    SupportFigure,
    Triage,
)
from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    ApproachReason,
    BullyingForm,
    CaseStatus,
    Classification,
    Confidentiality,
    ConversationKind,
    CriterionAnswer,
    CyberFeature,
    ExternalBody,
    FollowUpKind,
    FollowUpOutcome,
    KeyCriterion,
    LegalCheck,
    Medium,
    ReporterKind,
    Role,
    Severity,
    WarningSign,
)
from ehbc_desktop.reports.blank_forms import BlankConversationInput, BlankRepairAgreementInput
from ehbc_desktop.reports.case_summary import CaseSummaryInput
from ehbc_desktop.reports.conversation_report import ConversationReportInput
from ehbc_desktop.reports.follow_up_plan import Contact, FollowUpPlanInput
from ehbc_desktop.reports.handouts import HandoutInput
from ehbc_desktop.reports.recovery_sheet import RecoverySheetInput
from ehbc_desktop.reports.repair_agreement import RepairAgreementInput

SCHOOL = "Sint-Ursula Instituut Lier"
REFERENCE = "2026-014"
CASE_ID = "c0ffee" * 5 + "c0"  # vault-style: 32 hex digits (the archive names files by it)

VICTIM = Person("pe-v", "Zoë", "Vermeiren", "2B", date(2013, 3, 2))
BULLY = Person("pe-b", "Jonas", "De Smet", "2B", date(2012, 11, 19))
FOLLOWER = Person("pe-f", "Anaïs", "Claeys", "2C", date(2013, 1, 7))
PARENT_V = Person("pe-pv", "Griet", "Vermeiren", is_pupil=False)
PARENT_B = Person("pe-pb", "Koen", "De Smet", is_pupil=False)
PEOPLE = (VICTIM, BULLY, FOLLOWER, PARENT_V, PARENT_B)
SUPPORT = "Ilse Peeters"  # the support figure of the repair agreement
# Every name a pseudonymised document must never show.
ALL_NAMES = (
    "Zoë",
    "Vermeiren",
    "Jonas",
    "De Smet",
    "Anaïs",
    "Claeys",
    "Griet",
    "Koen",
    "Ilse",
    "Peeters",
    "Mats",
    "Wouters",
)

_AT = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)
OPENED = _AT.date()


def moment(days: int) -> datetime:
    """A moment ``days`` after the case opened."""
    return _AT + timedelta(days=days)


def day(days: int) -> date:
    """A calendar day ``days`` after the case opened."""
    return OPENED + timedelta(days=days)


def _participants() -> tuple[Participant, ...]:
    return (
        Participant("pa-v", CASE_ID, VICTIM.id, Role.VICTIM),
        Participant("pa-b", CASE_ID, BULLY.id, Role.BULLY),
        Participant("pa-f", CASE_ID, FOLLOWER.id, Role.FOLLOWER),
        Participant("pa-pv", CASE_ID, PARENT_V.id, Role.PARENT, related_to="pa-v"),
        Participant("pa-pb", CASE_ID, PARENT_B.id, Role.PARENT, related_to="pa-b"),
    )


def victim_conversation(
    conv_id: str = "cv-1", days: int = 2, long_answer: str = ""
) -> Conversation:
    """A finished conversation with the victim, with names in the free text."""
    answers = (
        Answer(
            "what",
            "Wat is er gebeurd, en sinds wanneer?",
            "Sinds de herfstvakantie zet Jonas foto's van Zoë in de groepschat van 2B, "
            "met gemene reacties erbij. Anaïs Claeys reageert telkens met lachende smileys.",
        ),
        Answer(
            "tried",
            "Wat heb je zelf al geprobeerd, en wat hielp?",
            long_answer or "Ze heeft Jonas De Smet geblokkeerd op één app; dat hielp even.",
        ),
        Answer(
            "feel",
            "Hoe voel je je nu, en wat wil je dat er (niet) gebeurt?",
            "Ze is bang om naar school te komen. Ze wil niet dat de hele klas het weet.",
        ),
        Answer("support", "Bij wie kan je terecht?", "Haar mama Griet en haar vriendin Lien."),
    )
    return Conversation(
        conv_id,
        CASE_ID,
        ConversationKind.VICTIM,
        "victim",
        3,
        day(days),
        ("pa-v",),
        answers,
        finished=True,
        next_date=day(days + 7),
        summary="Zoë vertelde over de groepschat; ze is geïnformeerd over de "
        "volgende stappen en gaat akkoord met een gesprek met Jonas.",
    )


def make_record(conversations: int = 2, long_answer: str = "") -> CaseRecord:
    """A realistic fictional case with ``conversations`` conversations."""
    convs = [victim_conversation("cv-1", 2, long_answer)]
    for index in range(1, conversations):
        convs.append(
            Conversation(
                f"cv-{index + 1}",
                CASE_ID,
                ConversationKind.FOLLOW_UP,
                "follow_up",
                1,
                day(5 + index),
                ("pa-v", "pa-b"),
                (
                    Answer(
                        "kept",
                        "Worden de afspraken nagekomen?",
                        f"Jonas houdt zich aan de afspraken (opvolging {index}); Zoë voelt zich "
                        "veiliger. Anaïs bleef weg uit de groepschat.",
                    ),
                ),
                finished=True,
                next_date=day(12 + index),
            )
        )
    return CaseRecord(
        case=Case(CASE_ID, REFERENCE, "Groepschat 2B: foto's van Zoë", CaseStatus.OPEN, day(0)),
        people={p.id: p for p in PEOPLE},
        participants=_participants(),
        report=Report(
            "rp",
            CASE_ID,
            day(0),
            ReporterKind.PARENT,
            "e-mail van de moeder",
            (Medium.MESSAGING_APP, Medium.SOCIAL_MEDIA),
            "WhatsApp, Instagram",
            (BullyingForm.EXPOSING, BullyingForm.INSULTING),
            "Griet Vermeiren meldt dat haar dochter Zoë al weken uitgelachen wordt "
            "in de klasgroep op WhatsApp.",
            victim_reports_personally=True,
        ),
        triages=(
            Triage(
                "tr",
                CASE_ID,
                moment(1),
                dict.fromkeys(KeyCriterion, CriterionAnswer.YES),
                True,
                (CyberFeature.ENDLESS_AUDIENCE,),
                Classification.CYBERBULLYING,
                Classification.CYBERBULLYING,
                note="Alle drie de criteria zijn voldaan.",
            ),
        ),
        severities=(
            SeverityAssessment(
                "sv",
                CASE_ID,
                moment(1),
                Severity.SERIOUS,
                "Foto's gaan rond buiten de klas; Zoë slaapt slecht.",
                legal_checks=(LegalCheck.STAFF_DISCRETION,),
            ),
        ),
        care_team=(
            CareTeamConsultation(
                "ct",
                CASE_ID,
                day(3),
                "zorgcoördinator, CLB-medewerker",
                "Confronterende aanpak met herstelgesprek.",
            ),
        ),
        external=(ExternalContact("ex", CASE_ID, ExternalBody.CLB, day(3), note="Advies CLB"),),
        approach_decisions=(
            ApproachDecision(
                "ad",
                CASE_ID,
                moment(4),
                (ApproachReason.C_LONG_RUNNING, ApproachReason.C_BIG_IMPACT),
                ApproachChoice.CONFRONTATIONAL,
                ApproachChoice.CONFRONTATIONAL,
                "Het loopt al weken en Zoë staat er alleen voor; Jonas moet snel bijsturen.",
            ),
        ),
        conversations=tuple(convs),
        agreements=(
            Agreement(
                "ag1",
                CASE_ID,
                "Jonas",
                "Verwijdert alle foto's van Zoë uit de groepschat",
                day(9),
                AgreementStatus.DONE,
                "cv-1",
            ),
            Agreement(
                "ag2",
                CASE_ID,
                "Mevr. Claes",
                "Gesprek met de klas over de groepschat",
                day(14),
                conversation_id="cv-1",
            ),
        ),
        repair_agreements=(make_repair_agreement(),),
        follow_ups=(
            FollowUp(
                "fu1",
                CASE_ID,
                day(15),
                FollowUpKind.RESTORATIVE_BULLY,
                "Jonas",
                "stap 3: apart gesprek met Jonas",
                day(15),
                FollowUpOutcome.DECREASED,
            ),
            FollowUp(
                "fu2",
                CASE_ID,
                day(16),
                FollowUpKind.RESTORATIVE_VICTIM,
                "Zoë",
                "stap 3: apart gesprek met Zoë",
            ),
        ),
        observations=(
            Observation(
                "ob",
                CASE_ID,
                day(1),
                (WarningSign.LOW_MOOD,),
                "Zoë zat tijdens de middagpauze alleen.",
            ),
        ),
        evidence=(
            EvidenceItem(
                "ev1",
                CASE_ID,
                "Screenshot van de groepschat met de foto van Zoë",
                "Griet Vermeiren",
                day(0),
                "WhatsApp",
                Confidentiality.CARE_TEAM,
                "9f2c" * 16,
                "IMG_2041.png",
                182_044,
                "image/png",
                moment(0),
            ),
        ),
        notes=(
            CaseNote(
                "nt", CASE_ID, moment(6), "Koen De Smet belde: hij steunt de aanpak.", "A. Claes"
            ),
        ),
    )


def make_repair_agreement() -> RepairAgreement:
    """A repair agreement with two engagements and two support figures."""
    return RepairAgreement(
        "ra",
        CASE_ID,
        ("pa-b",),
        (
            "Ik verwijder alle foto's van Zoë die ik deelde, ook uit mijn archief.",
            "Ik bied Zoë mijn excuses aan in een rustig gesprek, met mevrouw Peeters erbij.",
            "Ik reageer niet meer op berichten over Zoë in de groepschat.",
        ),
        (
            SupportFigure(SUPPORT, "leerlingenbegeleider"),
            SupportFigure("Mats Wouters", "vriend uit 2B"),
        ),
        term=day(21),
        evaluation_on=day(28),
        conversation_id="cv-1",
        signed_on=day(14),
    )


def repair_input(**changes: object) -> RepairAgreementInput:
    """The input of the repair agreement."""
    values: dict[str, object] = {
        "school": SCHOOL,
        "reference": REFERENCE,
        "agreement": make_repair_agreement(),
        "bullies": (BULLY,),
        "victims": (VICTIM,),
        "what_happened": "In de klasgroep werden foto's van een medeleerling gedeeld met "
        "kwetsende reacties.\nDat gebeurde meerdere weken na elkaar.",
        "teacher": "Ann Claes",
        "place": "Lier",
        "victim_signs": True,
        "bully_parents": (PARENT_B,),
    }
    values.update(changes)
    return RepairAgreementInput(**values)  # type: ignore[arg-type]


def all_inputs(record: CaseRecord) -> dict[str, object]:
    """One realistic input per document id."""
    return {
        "repair-agreement": repair_input(),
        "follow-up-plan": FollowUpPlanInput(
            SCHOOL,
            record,
            (
                Contact("Ann Claes", "vertrouwensleerkracht", "lokaal B12, ma en do middag"),
                Contact("CLB Lier", "CLB-medewerker", "03 480 00 00"),
            ),
            day(14),
        ),
        "conversation": ConversationReportInput(
            SCHOOL,
            record,
            record.conversations[0],
            (story_amendment(),),
        ),
        "case-summary": CaseSummaryInput(SCHOOL, record, "zorgteam", prepared_on=day(20)),
        "pupil-handout": HandoutInput(SCHOOL, "mevrouw Claes (vertrouwensleerkracht), B12"),
        "parent-handout": HandoutInput(SCHOOL, "het secretariaat, 03 489 00 00"),
        "recovery-sheet": RecoverySheetInput(SCHOOL, "K7QF-2M9X-HW4T-8RZP-C3VD-N6YB", day(0)),
        "blank-repair-agreement": BlankRepairAgreementInput(SCHOOL),
        "blank-conversation": BlankConversationInput(
            SCHOOL,
            "Gesprek met de gepeste leerling",
            (
                ("Het verhaal", "Wat is er gebeurd, en sinds wanneer?"),
                ("Het verhaal", "Wie is erbij betrokken?"),
                ("Wat nu?", "Wat heb je zelf al geprobeerd?"),
                ("Wat nu?", "Wat wil je dat er (niet) gebeurt?"),
            ),
        ),
    }


def story_amendment() -> Amendment:
    """The amendment to the victim conversation, with a name in its text."""
    return Amendment(
        "am", "cv-1", moment(3), "Zoë liet weten dat ook Anaïs foto's deelde.", "A. Claes"
    )
