"""Every audit entry that can appear in a case's log becomes an event with readable values:
every target kind the services write is known, every sample entry gets its own code (not the
catch-all), and no value of an event holds an id."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ehbc_desktop.domain.enums import AuditAction as A
from ehbc_desktop.services.rights import access_log_events as events
from ehbc_desktop.services.rights.access_log_events import EVENT_CODES, Person, describe

SERVICES = Path(events.__file__).resolve().parent.parent
PUPIL_ID = "5f0c1e2d3b4a49c8a7d6e5f4c3b2a190"
OTHER_ID = "0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5"
NOT_IN_A_CASE_LOG = {"user", "vault", "agenda", "setting", "statistics"}
NOT_AUDIT_TARGETS = {"member", "limit"}  # archive error codes written the same way

# One entry of each form the services write (grep for audit.record / _audit / _written).
SAMPLES: list[tuple[A, str, str]] = [
    (A.CREATE, "case:C", "status=open"), (A.CREATE, "case:C", "status=observation"),
    (A.VIEW, "case:C", ""), (A.VIEW, "case:C", "timeline"), (A.VIEW, "case:C", "plan"),
    (A.VIEW, "case:C", "evidence_list"), (A.VIEW, "case:C", "confidential"),
    (A.VIEW, "case:C", f"custody;evidence={OTHER_ID}"),
    (A.VIEW, "case:C", "evidence_verify;items=3;failed=1"),
    (A.EDIT, "case:C", "title"), (A.EDIT, "case:C", "status=closed"),
    (A.EDIT, "case:C", "status=open;reopened"), (A.EDIT, "case:C", "status=open;victim_reports"),
    (A.EDIT, "case:C", "sealed;allowed=2"), (A.EDIT, "case:C", "unsealed"),
    (A.VIEW, "case:C", "confidential;open-for-work"), (A.VIEW, "case:C", "refused"),
    (A.EDIT, "case:C", "resealed;why=closed;allowed=1"),
    (A.EDIT, "case:C", "aftercare_not_needed=1"), (A.EDIT, "case:C", "aftercare_not_needed=0"),
    (A.OVERRIDE, "case:C", "gaps=no_follow_up,no_aftercare"),
    (A.EXPORT, "case:C", "archive;evidence=2;documents=1"),
    (A.IMPORT, "case:C", f"archive;from={OTHER_ID};evidence=2"),
    (A.DELETE, "case:C", "retention"),
    (A.CREATE, f"participant:{PUPIL_ID}", "role=victim"),
    (A.EDIT, f"participant:{PUPIL_ID}", "role=bully"), (A.DELETE, f"participant:{OTHER_ID}", ""),
    (A.CREATE, "note:N", ""), (A.CREATE, "report:R", ""), (A.CREATE, "observation:O", ""),
    (A.CREATE, f"conversation:{OTHER_ID}", "form=victim;version=3;kind=victim"),
    (A.VIEW, f"conversation:{OTHER_ID}", ""),
    (A.CREATE, "amendment:X", f"conversation={OTHER_ID}"),
    (A.CREATE, "agreement:X", f"conversation={OTHER_ID}"), (A.CREATE, "agreement:X", ""),
    (A.EDIT, "agreement:X", "status=done"),
    (A.CREATE, "follow_up:X", "kind=check_in"), (A.CREATE, "follow_up:X", "observation"),
    (A.EDIT, "follow_up:X", f"held;conversation={OTHER_ID}"),
    (A.EDIT, "follow_up:X", "held;outcome=stopped"), (A.EDIT, "follow_up:X", "planned_on"),
    (A.CREATE, "repair_agreement:X", ""), (A.EDIT, "repair_agreement:X", "signed"),
    (A.CREATE, "consent:X", f"victim={PUPIL_ID};consents=1"),
    (A.CREATE, "consent:X", f"victim={PUPIL_ID};consents=0"),
    (A.CREATE, "consent:X", f"conversation={OTHER_ID}"),
    (A.CREATE, "parent_wish:W",
     f"pupil={PUPIL_ID};no_parents=1;competence=competent;judge_role=clb_worker"),
    (A.CREATE, "parent_wish:W", f"pupil={PUPIL_ID};no_parents=1;competent=0"),
    (A.CREATE, "parent_wish:W", f"conversation={OTHER_ID}"),
    (A.EDIT, "parent_wish:W", "withdrawn"),
    (A.OVERRIDE, "parent_override:X", f"pupil={PUPIL_ID}"),
    (A.CREATE, "approach:X", "choice=no_blame;recommended=no_blame"),
    (A.CREATE, "triage:X", "classification=bullying;proposed=bullying"),
    (A.OVERRIDE, "triage:X", "classification=conflict;proposed=bullying"),
    (A.CREATE, "severity:X", "severity=serious;flag=sexting"),
    (A.EDIT, "severity:X", "checks=a,b"), (A.CREATE, "care_team:X", ""),
    (A.CREATE, "external:X", "body=clb;formal=0"),
    (A.CREATE, "thermometer:X", "moment=start;respondents=22"),
    (A.EDIT, "draft:X", "form=victim"), (A.DELETE, "draft:victim", "form=victim"),
    (A.CREATE, "evidence:X", ""), (A.CREATE, "evidence:X", "not_imported"),
    (A.VIEW, "evidence:X", ""), (A.VIEW, "evidence:X", "verify;ok=1"),
    (A.VIEW, "evidence:X", "verify;ok=0"),
    (A.EXPORT, "evidence:X", f"open_copy;reason=police;log={OTHER_ID}"),
    (A.DELETE, "evidence:X", ""),
    (A.USER, "case_access:C", "granted;user=bea"),
    (A.USER, "case_access:C", "revoked;user=bea;rekeyed"),
    (A.VIEW, "access_log:C", ""), (A.VIEW, "document:access-log", "lang=nl"),
    (A.VIEW, "document:parent-handout", f"refused;pupil={PUPIL_ID}"),
    (A.VIEW, "document:case-summary", "confidential;lang=nl;pseudonymised=1"),
    (A.VIEW, "document:follow-up-plan", "lang=en"),
    (A.EXPORT, "document:follow-up-plan", "pdf;bytes=1234"),
]


def _name_of(participant_id: str) -> Person:
    return Person("Lotte", "victim") if participant_id == PUPIL_ID else Person()


@pytest.mark.parametrize(("action", "target", "detail"), SAMPLES)
def test_every_sample_gets_its_own_code_and_no_id(action: A, target: str, detail: str) -> None:
    event = describe(action, target, detail, _name_of)
    assert event.code in EVENT_CODES
    assert not event.code.startswith("other."), (target, detail)
    shown = " ".join(event.values.values())
    assert PUPIL_ID not in shown and OTHER_ID not in shown
    assert "=" not in shown and ";" not in shown


def test_the_pupil_is_named_by_first_name_and_role() -> None:
    detail = f"pupil={PUPIL_ID};no_parents=1;competence=competent;judge_role=clb_worker"
    event = describe(A.CREATE, "parent_wish:W", detail, _name_of)
    assert event.code == "wish.no_parents"
    assert dict(event.values) == {"pupil": "Lotte", "pupil_role": "victim",
                                  "competence": "competent"}


def _target_kinds_in_the_services() -> set[str]:
    """Every "kind:" a service writes as an audit target (f-strings and plain strings)."""
    kinds: set[str] = set()
    pattern = re.compile(r'AuditAction\.\w+,\s*f?"(\w+):|target = f"(\w+):|f"(\w+):\{')
    for path in SERVICES.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "audit" not in text:
            continue
        for match in pattern.finditer(text):
            kinds.add(next(group for group in match.groups() if group))
    return kinds


def test_every_target_kind_of_the_services_is_known() -> None:
    known = {"case", "parent_wish", "parent_override", "document", *events._BY_KIND,
             *(kind for kind, _action in events._SIMPLE)}
    unknown = _target_kinds_in_the_services() - known - NOT_IN_A_CASE_LOG - NOT_AUDIT_TARGETS
    assert unknown == set(), "give these audit targets a readable event: " + ", ".join(unknown)


def test_a_reseal_says_why_and_a_refused_look_is_no_view() -> None:
    nobody = lambda _i: Person()  # noqa: E731
    resealed = describe(A.EDIT, "case:C", "resealed;why=lock;allowed=1", nobody)
    assert resealed.code == "case.resealed" and resealed.values == {"why": "lock"}
    odd = describe(A.EDIT, "case:C", f"resealed;why={OTHER_ID}", nobody)
    assert odd.values == {"why": ""}  # only known reasons, never an id
    assert describe(A.VIEW, "case:C", "refused", nobody).code == "case.view_refused"
    opened = describe(A.VIEW, "case:C", "confidential;open-for-work", nobody)
    assert opened.code == "case.opened_for_work"
