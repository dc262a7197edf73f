"""Every write and every read of a case leaves an audit event; details never hold names."""

from __future__ import annotations

from sqlalchemy import select

from ehbc_desktop.domain.enums import AuditAction, Role
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import audit
from ehbc_desktop.store.models import AuditEvent
from tests.builders.inputs import victim


def _events(vs: VaultSession) -> list[AuditEvent]:
    with vs.sessions() as s:
        return list(s.execute(select(AuditEvent).order_by(AuditEvent.seq)).scalars())


def _new_events(vs: VaultSession, since: int) -> list[tuple[AuditAction, str]]:
    return [(e.action, e.target.split(":")[0]) for e in _events(vs) if e.seq > since]


def _last_seq(vs: VaultSession) -> int:
    events = _events(vs)
    return events[-1].seq if events else 0


def test_each_call_writes_its_event(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    start = _last_seq(vault_session)
    case_id = cases.create_case("Titel", [victim()])
    assert _new_events(vault_session, start) == [
        (AuditAction.CREATE, "case"),
        (AuditAction.CREATE, "participant"),
    ]
    calls = [
        (lambda: cases.update_case(case_id, title="Ander"), (AuditAction.EDIT, "case")),
        (
            lambda: cases.add_participant(case_id, ParticipantInput("Ada", role=Role.BYSTANDER)),
            (AuditAction.CREATE, "participant"),
        ),
        (lambda: cases.add_note(case_id, "nota"), (AuditAction.CREATE, "note")),
        (lambda: cases.get_case(case_id), (AuditAction.VIEW, "case")),
        (lambda: cases.timeline(case_id), (AuditAction.VIEW, "case")),
    ]
    for call, expected in calls:
        before = _last_seq(vault_session)
        call()
        assert _new_events(vault_session, before) == [expected]

    participant_id = cases.get_case(case_id).participants[1].id
    before = _last_seq(vault_session)
    cases.update_participant(participant_id, ParticipantInput("Ada", role=Role.DEFENDER))
    cases.remove_participant(participant_id)
    assert _new_events(vault_session, before) == [
        (AuditAction.EDIT, "participant"),
        (AuditAction.DELETE, "participant"),
    ]


def test_events_name_user_and_case_but_never_a_pupil(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    start = _last_seq(vault_session)
    case_id = cases.create_case("Titel", [victim("Zoltan", "Quirijnen")])
    cases.add_note(case_id, "Zoltan huilde in de gang")
    cases.get_case(case_id)
    events = [e for e in _events(vault_session) if e.seq > start]
    assert len(events) == 4
    assert all(e.user == "juf.an" for e in events)
    assert all(e.case_id == case_id for e in events)
    for e in events:
        assert "Zoltan" not in e.detail + e.target
        assert "Quirijnen" not in e.detail + e.target
    with vault_session.sessions() as s:
        assert audit.verify_chain(s) == []


def test_close_records_lock_once(vault_session: VaultSession) -> None:
    vault_session.change_passphrase("een nieuwe lange zin")
    vault_session.close()
    vault_session.close()
    assert vault_session.closed
