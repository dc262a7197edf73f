"""A realistic fictional case on a real vault, for the document service, CLI and preview tests.

The case and its participants are created through the services; the records whose services
live on other branches (report, triage, approach, conversation, agreements, repair agreement,
follow-ups, evidence metadata) are written straight to the store models here.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from ehbc_desktop.domain.enums import (
    AgreementStatus,
    ApproachChoice,
    ApproachReason,
    BullyingForm,
    Classification,
    Confidentiality,
    ConversationKind,
    FollowUpKind,
    FollowUpOutcome,
    Medium,
    ReporterKind,
    Role,
)
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

SCHOOL = "Sint-Ursula Instituut Lier"
USER = "juf.an"
PASSPHRASE = "een lange geheime zin voor de test"
VICTIM = ("Lotte", "Quaghebeur")
BULLY = ("Jonas", "Verhaeghe")
FOLLOWER = ("Anaïs", "Claeys")
VICTIM_PARENT = ("Griet", "Quaghebeur")
BULLY_PARENT = ("Koen", "Verhaeghe")
SUPPORT = "Ilse Peeters"
#: Every name a pseudonymised document must not show.
ALL_NAMES = ("Lotte", "Quaghebeur", "Jonas", "Verhaeghe", "Anaïs", "Claeys", "Griet", "Koen",
             "Ilse", "Peeters")
OPENED = date(2026, 10, 5)
_AT = datetime(2026, 10, 5, 9, 30, tzinfo=UTC)
# A 1x1 PNG: enough for ReportLab to place a picture.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)


@dataclass(frozen=True)
class DocumentCase:
    """The ids of the fictional case."""

    case_id: str
    reference: str
    conversation_id: str
    evidence_id: str
    victim_id: str
    bully_id: str


def create_vault(folder: Path) -> VaultSession:
    """A new real vault (fast key derivation in tests) with the test user as administrator."""
    session, _code = access.create(folder, SCHOOL, USER, PASSPHRASE, kdf=FAST_TEST_PARAMS)
    return session


def _days(n: int) -> date:
    return OPENED + timedelta(days=n)


def _participants(vs: VaultSession) -> tuple[str, dict[Role, str]]:
    cases = CaseService(vs)
    case_id = cases.create_case("Groepschat 2B: foto's van een leerling", [
        ParticipantInput(*VICTIM, "2B", Role.VICTIM, birth_date=date(2013, 3, 2)),
        ParticipantInput(*BULLY, "2B", Role.BULLY, birth_date=date(2012, 11, 19)),
        ParticipantInput(*FOLLOWER, "2C", Role.FOLLOWER),
    ], opened_on=OPENED)
    record = cases.get_case(case_id)
    ids = {p.role: p.id for p in record.participants}
    cases.add_participant(case_id, ParticipantInput(*VICTIM_PARENT, role=Role.PARENT,
                                                    related_to=ids[Role.VICTIM]))
    cases.add_participant(case_id, ParticipantInput(*BULLY_PARENT, role=Role.PARENT,
                                                    related_to=ids[Role.BULLY]))
    cases.add_note(case_id, f"{BULLY_PARENT[0]} {BULLY_PARENT[1]} belde: hij steunt de aanpak.")
    return case_id, ids


def build_case(vs: VaultSession, conversations: int = 1) -> DocumentCase:
    """The fictional case with every record the documents print."""
    case_id, ids = _participants(vs)
    with vs.unit() as s:
        s.add(m.Report(case_id=case_id, reported_on=OPENED, reporter_kind=ReporterKind.PARENT,
                       channel="e-mail van de moeder",
                       media=[Medium.MESSAGING_APP.value, Medium.SOCIAL_MEDIA.value],
                       platforms="WhatsApp, Instagram",
                       forms=[BullyingForm.EXPOSING.value, BullyingForm.INSULTING.value],
                       description=f"{VICTIM_PARENT[0]} meldt dat {VICTIM[0]} al weken "
                                   "uitgelachen wordt in de klasgroep."))
        s.add(m.Triage(case_id=case_id, decided_at=_AT + timedelta(days=1), criteria={},
                       digital=True, features=[], proposed=Classification.CYBERBULLYING,
                       classification=Classification.CYBERBULLYING, override_reason="",
                       note="Alle drie de criteria zijn voldaan.", decided_by=USER))
        s.add(m.ApproachDecision(
            case_id=case_id, decided_at=_AT + timedelta(days=4),
            reasons=[ApproachReason.C_LONG_RUNNING.value, ApproachReason.C_BIG_IMPACT.value],
            recommended=ApproachChoice.CONFRONTATIONAL, choice=ApproachChoice.CONFRONTATIONAL,
            motivation=f"Het loopt al weken; {BULLY[0]} moet snel bijsturen."))
        conv_ids = [_conversation(s, case_id, ids, i) for i in range(conversations)]
        s.add(m.Amendment(conversation_id=conv_ids[0], written_at=_AT + timedelta(days=3),
                          text=f"{VICTIM[0]} liet weten dat ook {FOLLOWER[0]} foto's deelde.",
                          written_by=USER))
        s.add(m.Agreement(case_id=case_id, who=BULLY[0], what="Verwijdert alle foto's",
                          due=_days(9), status=AgreementStatus.DONE,
                          conversation_id=conv_ids[0], status_note=""))
        s.add(m.Agreement(case_id=case_id, who="Mevr. Claes", what="Klasgesprek over de chat",
                          due=_days(14), conversation_id=conv_ids[0], status_note=""))
        s.add(m.RepairAgreement(
            case_id=case_id, bully_participant_ids=[ids[Role.BULLY]],
            engagements=["Ik verwijder alle foto's die ik deelde.",
                         f"Ik bied {VICTIM[0]} mijn excuses aan."],
            support_figures=[{"name": SUPPORT, "role": "leerlingenbegeleider"}],
            term=_days(21), evaluation_on=_days(28), signed_on=_days(14)))
        s.add(m.FollowUp(case_id=case_id, planned_on=_days(15),
                         kind=FollowUpKind.RESTORATIVE_BULLY, with_whom=BULLY[0],
                         step="stap 3: apart gesprek", held_on=_days(15),
                         outcome=FollowUpOutcome.DECREASED, note=""))
        s.add(m.FollowUp(case_id=case_id, planned_on=_days(16),
                         kind=FollowUpKind.RESTORATIVE_VICTIM, with_whom=VICTIM[0],
                         step="stap 3: apart gesprek", note=""))
        evidence = m.EvidenceItem(
            case_id=case_id, description="Screenshot van de groepschat",
            provided_by=f"{VICTIM_PARENT[0]} {VICTIM_PARENT[1]}", captured_on=OPENED,
            platform="WhatsApp", confidentiality=Confidentiality.CARE_TEAM, sha256="9f2c" * 16,
            original_name="IMG_2041.png", size=len(PNG), media_type="image/png", added_at=_AT,
            holder="", police_reference="")
        s.add(evidence)
        s.flush()
        reference = s.get(m.Case, case_id).reference  # type: ignore[union-attr]
        return DocumentCase(case_id, reference, conv_ids[0], evidence.id,
                            ids[Role.VICTIM], ids[Role.BULLY])


def _conversation(s: object, case_id: str, ids: dict[Role, str], index: int) -> str:
    answers = [
        {"field_id": "what", "question": "Wat is er gebeurd?",
         "value": f"Sinds de herfstvakantie zet {BULLY[0]} foto's van {VICTIM[0]} in de "
                  f"groepschat. {FOLLOWER[0]} {FOLLOWER[1]} reageert met lachende smileys."},
        {"field_id": "feel", "question": "Hoe voelt de leerling zich?",
         "value": "Bang om naar school te komen. " * (1 + index % 3)},
    ]
    row = m.Conversation(case_id=case_id, kind=ConversationKind.VICTIM, form_id="victim",
                         form_version=1, held_on=_days(2 + index),
                         participant_ids=[ids[Role.VICTIM]], answers=answers, finished=True,
                         next_date=_days(9 + index),
                         summary=f"{VICTIM[0]} vertelde over de groepschat (gesprek {index + 1}).")
    s.add(row)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return row.id


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, whitespace made single spaces."""
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF."""
    return len(PdfReader(io.BytesIO(pdf)).pages)
