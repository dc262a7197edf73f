"""The access log shows a view once per visit: one opening of a case is one "Case viewed".

Opening a case reads it for the screen and for several tabs, each read audited as a view; the
audit log keeps every one of them, the access log groups them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from ehbc_desktop.domain.enums import AuditAction
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.rights.access_log import (
    VISIT,
    AccessLogEntry,
    AccessLogService,
    one_line_per_visit,
)
from ehbc_desktop.services.rights.access_log_events import AccessEvent
from ehbc_desktop.services.session import VaultSession
from tests.builders.story import REFERENCE

START = datetime(2026, 12, 6, 10, 0)
CASE = "case:c1"


def _entry(seq: int, minutes: float, action: AuditAction = AuditAction.VIEW,
           detail: str = "", user: str = "juf.an") -> AccessLogEntry:  # fmt: skip
    return AccessLogEntry(seq, START + timedelta(minutes=minutes), user, action, "case", CASE,
                          detail, AccessEvent("case.viewed"))  # fmt: skip


def _seqs(entries: list[AccessLogEntry]) -> list[int]:
    return [entry.seq for entry in one_line_per_visit(entries)]


def test_one_opening_of_a_case_reads_as_one_view_of_each_part(
    vault_session: VaultSession,
) -> None:
    cases = CaseService(vault_session)
    case_id = cases.create_case(REFERENCE, [])
    for _ in range(3):  # the case screen, the conversations tab, the follow-up tab
        cases.get_case(case_id)
    cases.timeline(case_id)
    cases.get_case(case_id)
    log = AccessLogService(vault_session).entries(case_id)
    codes = [entry.event.code for entry in log]
    assert codes.count("case.viewed") == 1
    assert codes.count("case.timeline") == 1
    assert codes[-1] == "log.viewed"  # reading the log is a view of another kind


def test_a_change_in_between_starts_a_new_visit(vault_session: VaultSession) -> None:
    cases = CaseService(vault_session)
    case_id = cases.create_case(REFERENCE, [])
    cases.get_case(case_id)
    cases.add_note(case_id, "Gesprek met de leerkracht")
    cases.get_case(case_id)
    codes = [entry.event.code for entry in AccessLogService(vault_session).entries(case_id)]
    assert codes.count("case.viewed") == 2


def test_a_visit_ends_after_its_time_or_with_another_person() -> None:
    later = VISIT.total_seconds() / 60 + 1
    assert _seqs([_entry(1, 0), _entry(2, 1), _entry(3, later)]) == [1, 3]
    assert _seqs([_entry(1, 0), _entry(2, 1, user="meester.tom"), _entry(3, 2)]) == [1, 2, 3]
    assert _seqs([_entry(1, 0), _entry(2, 1, detail="timeline"), _entry(3, 2)]) == [1, 2]
    # Changes are never grouped, even when they repeat.
    edits = [_entry(1, 0, AuditAction.EDIT), _entry(2, 0, AuditAction.EDIT)]
    assert _seqs(edits) == [1, 2]
