"""The school's details on documents: logo everywhere, personal handouts, helplines, 12+ rule."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image
from pypdf import PdfReader

from ehbc_desktop.reports.follow_up_plan import Contact
from ehbc_desktop.reports.helplines import Helpline
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.documents.school_details import SchoolDetailsService, SchoolProfile
from ehbc_desktop.services.errors import RuleRefusedError, SettingInvalidError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.approach import ApproachService
from tests.unit.reports.pdfcheck import all_text
from tests.unit.services.records_helpers import (
    form,
    open_case,
    parents_answers,
    restorative_answers,
    victim_answers,
)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 60), (30, 90, 140)).save(buffer, "PNG")
    return buffer.getvalue()


def _images(pdf: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(pdf)).pages)


PROFILE = SchoolProfile(
    name="Sint-Jozefscollege", logo=_png(), place="Aalst", address="Kerkstraat 1, 9300 Aalst",
    contact_pupils="mevrouw Claes, vertrouwensleerkracht, lokaal B12",
    contact_parents="meneer Peeters, zorgcoördinator, 053 12 34 56",
    contacts=(Contact("CLB Aalst", "CLB-medewerker", "053 00 00 00"),),
)


def test_details_are_stored_and_a_bad_logo_is_refused(vault_session: VaultSession) -> None:
    service = SchoolDetailsService(vault_session)
    assert service.get().helplines is None  # the built-in list until the school edits it
    stored = service.update(PROFILE)
    assert stored.contact_parents.startswith("meneer Peeters") and stored.logo == PROFILE.logo
    assert stored.contacts == PROFILE.contacts
    with pytest.raises(SettingInvalidError):
        service.update(SchoolProfile(logo=b"GIF89a not an image we take"))
    own = (Helpline("Schoolteam", "053 99 99 99", "Je kan altijd langskomen.", "Drop by."),)
    assert service.update(replace(PROFILE, helplines=own)).helplines == own


def test_pupil_handout_carries_what_was_discussed(vault_session: VaultSession) -> None:
    SchoolDetailsService(vault_session).update(PROFILE)
    c = open_case(vault_session)
    talks = ConversationService(vault_session)
    talks.finish(c.case_id, form("victim"), victim_answers(
        c, tips_given=["block", "keep_evidence"]))  # fmt: skip
    documents = DocumentService(vault_session, find_evidence_service=False)
    generic = all_text(documents.pupil_handout("nl"))
    assert "Noé" not in generic and "mevrouw Claes" in generic
    pdf = documents.pupil_handout("nl", c.case_id)
    text = all_text(pdf)
    for expected in ("Voor: Noé", "Wat we samen bespraken", "Ontvriend of blokkeer",
                     "Bewaar bewijs", "meldt nieuwe berichten", "mevrouw Claes",
                     "Kerkstraat 1", "Nupraatikerover", "Awel", "Vertrouwelijk"):  # fmt: skip
        assert expected in text, expected
    assert "Verander je wachtwoorden" not in text.split("Onze afspraken")[0]  # not ticked
    assert _images(pdf) == 1  # the logo


def test_parent_handout_respects_the_12_plus_rule(vault_session: VaultSession) -> None:
    SchoolDetailsService(vault_session).update(PROFILE)
    c = open_case(vault_session)
    ConversationService(vault_session).finish(c.case_id, form("parents_victim"),
                                              parents_answers(c))  # fmt: skip
    documents = DocumentService(vault_session, find_evidence_service=False)
    text = all_text(documents.parent_handout("nl", c.case_id))
    assert "Voor de ouders van: Noé" in text and "belt vrijdag" in text
    assert "meneer Peeters" in text
    ApproachService(vault_session).record_parent_wish(
        c.case_id, c.victim, True, judged_competent=True, judged_by="CLB", judged_on=date.today()
    )
    with pytest.raises(RuleRefusedError):  # the 12+ refusal, audited
        documents.parent_handout("nl", c.case_id)
    assert "Noé" not in all_text(documents.parent_handout("nl"))  # the general one still prints


def test_the_logo_is_on_every_document(vault_session: VaultSession) -> None:
    SchoolDetailsService(vault_session).update(PROFILE)
    c = open_case(vault_session)
    talks = ConversationService(vault_session)
    talks.finish(c.case_id, form("victim"), victim_answers(c))
    talks.finish(c.case_id, form("restorative"), restorative_answers(c))
    documents = DocumentService(vault_session, find_evidence_service=False)
    (talk, _restorative) = sorted(documents.conversations(c.case_id), key=lambda t: t.held_on)
    made = {
        "repair agreement": documents.repair_agreement(c.case_id),
        "follow-up plan": documents.follow_up_plan(c.case_id),
        "conversation": documents.conversation_report(c.case_id, talk.id),
        "summary": documents.case_summary(c.case_id).pdf,
        "pupil handout": documents.pupil_handout(),
        "parent handout": documents.parent_handout(),
        "blank agreement": documents.blank_repair_agreement(),
        "blank form": documents.blank_conversation_form("victim"),
    }
    for name, pdf in made.items():
        assert _images(pdf) >= 1, name
    assert "Aalst" in all_text(made["repair agreement"])
