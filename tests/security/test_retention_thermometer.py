"""A purged case (expired, or opened by mistake) leaves no class thermometer rows behind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.domain.thermometer import STATEMENTS, Moment
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService, ParticipantInput
from ehbc_desktop.services.case.closing import ClosingService
from ehbc_desktop.services.rights.retention import RetentionService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.thermometer import ThermometerService
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS

PASSPHRASE = "lange geheime zin voor de test"


def _case_with_counts(session: VaultSession, last: str) -> str:
    case_id = CaseService(session).create_case(
        f"Zaak {last}", [ParticipantInput("Fien", last, "3B", Role.VICTIM)],
        opened_on=date(2014, 10, 1),
    )  # fmt: skip
    service = ThermometerService(session)
    for moment, day in ((Moment.BEFORE, date(2014, 10, 6)), (Moment.AFTER, date(2014, 12, 1))):
        service.record(case_id, class_name="3B", taken_on=day, moment=moment, respondents=20,
                       counts={s.id: (5, 5, 5, 5) for s in STATEMENTS})  # fmt: skip
    return case_id


def _case_ids_with_rows(session: VaultSession) -> set[str]:
    with session.unit() as s:
        return set(s.execute(select(m.ThermometerMeasurement.case_id)).scalars())


def test_purge_and_mistake_deletion_remove_the_thermometer_rows(tmp_path: Path) -> None:
    session, _code = access.create(
        tmp_path / "vault", "School", "juf.an", PASSPHRASE, kdf=FAST_TEST_PARAMS
    )
    try:
        expired = _case_with_counts(session, "Verlopen")
        mistake = _case_with_counts(session, "Vergissing")
        kept = _case_with_counts(session, "Blijft")
        closing = ClosingService(session)
        gaps = closing.checklist(expired, date(2015, 6, 1)).gaps
        closing.close(expired, date(2015, 6, 1), {gap: "test" for gap in gaps})
        assert _case_ids_with_rows(session) == {expired, mistake, kept}

        retention = RetentionService(session)
        retention.purge([expired], date(2026, 12, 1))
        assert _case_ids_with_rows(session) == {mistake, kept}
        retention.delete_mistake(mistake, "verkeerde klas aangeklikt")
        assert _case_ids_with_rows(session) == {kept}
        assert len(ThermometerService(session).measurements(kept)) == 2
    finally:
        session.close()
