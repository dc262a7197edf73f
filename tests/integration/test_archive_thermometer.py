"""A case's class thermometer counts travel with it in an archive (also as a copy), all or
nothing, and an archive written before they travelled along still imports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ehbc_desktop.domain.thermometer import STATEMENTS, Moment
from ehbc_desktop.services.archive.archive_export import ArchiveExportService
from ehbc_desktop.services.archive.archive_import import Conflict, import_archive
from ehbc_desktop.services.archive.record_json import (
    ArchivedRecord,
    decode_records,
    encode_records,
)
from ehbc_desktop.services.evidence import evidence_errors as errors
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.thermometer import ThermometerService
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.archive_tar import ArchiveWriter
from tests.builders.archive import (
    ARCHIVE_PASSPHRASE,
    FAST_WORK_FACTOR,
    rich_record,
    vault_with_cases,
)
from tests.builders.vault import new_vault


def _counts(good: tuple[int, ...], bad: tuple[int, ...]) -> dict[str, tuple[int, ...]]:
    return {s.id: good if s.good else bad for s in STATEMENTS}


def _measure(session: VaultSession, case_id: str) -> None:
    service = ThermometerService(session)
    service.record(
        case_id,
        class_name="3B",
        taken_on=date(2026, 2, 2),
        moment=Moment.BEFORE,
        respondents=22,
        counts=_counts((1, 1, 1, 1), (1, 1, 1, 1)),
    )  # older "before"
    service.record(
        case_id,
        class_name="3B",
        taken_on=date(2026, 3, 2),
        moment=Moment.BEFORE,
        respondents=20,
        counts=_counts((4, 6, 6, 4), (6, 4, 6, 4)),
    )
    service.record(case_id, class_name="3B", taken_on=date(2026, 4, 20), moment=Moment.AFTER,
                   respondents=19, counts=_counts((1, 3, 9, 6), (12, 5, 2, 0)))  # fmt: skip


def _rows(session: VaultSession) -> int:
    with session.unit() as s:
        count = select(func.count()).select_from(m.ThermometerMeasurement)
        return int(s.execute(count).scalar_one())


def _export(session: VaultSession, ids: list[str], target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    ArchiveExportService(session).export(
        ids, target, ARCHIVE_PASSPHRASE, work_factor=FAST_WORK_FACTOR, include_documents=False
    )
    return target


def test_before_and_after_counts_arrive_with_identical_results(tmp_path: Path) -> None:
    a, ids = vault_with_cases(tmp_path / "a")
    b = new_vault(tmp_path / "b")
    try:
        _measure(a, ids[0])
        archive = _export(a, ids, tmp_path / "out" / "cases.ehbc")
        import_archive(b, archive, ARCHIVE_PASSPHRASE)
        source, target = ThermometerService(a), ThermometerService(b)
        expected = source.comparison(ids[0])
        assert expected.before is not None and expected.after is not None
        assert target.comparison(ids[0]) == expected
        assert target.measurements(ids[0]) == source.measurements(ids[0])
        assert target.measurements(ids[1]) == ()
        assert _rows(b) == 3

        # Imported again as a copy into the same vault: new ids, the same results.
        result = import_archive(b, archive, ARCHIVE_PASSPHRASE, Conflict.COPY)
        copy_id = next(new for old, new, _ref in result.imported if old == ids[0])
        assert copy_id != ids[0]
        copied = target.comparison(copy_id)
        assert copied.results == expected.results
        assert copied.before is not None and expected.before is not None
        assert copied.before.id != expected.before.id
        assert copied.before.counts == expected.before.counts
        assert _rows(b) == 6
    finally:
        a.close()
        b.close()


def _write(archive: Path, document: object) -> Path:
    with (
        archive.open("wb") as out,
        ArchiveWriter(out, ARCHIVE_PASSPHRASE, work_factor=FAST_WORK_FACTOR) as writer,
    ):
        writer.add_bytes("database/cases.json", json.dumps(document).encode())
    return archive


def test_a_bad_measurement_refuses_the_whole_archive(tmp_path: Path) -> None:
    record, amendments = rich_record("2026-0032", "bad")
    document = json.loads(encode_records([ArchivedRecord(record, amendments)]))
    # More answers than pupils, in an otherwise well-formed archive.
    document["cases"][0]["thermometer"] = [{
        "id": "f" * 32, "class_name": "3B", "taken_on": "2026-03-02", "moment": "before",
        "respondents": 2, "counts": {s.id: [5, 0, 0, 0] for s in STATEMENTS},
        "recorded_at": "2026-03-02T10:00:00+00:00",
    }]  # fmt: skip
    b = new_vault(tmp_path / "b")
    try:
        with pytest.raises(errors.ArchiveContentError):
            import_archive(b, _write(tmp_path / "bad.ehbc", document), ARCHIVE_PASSPHRASE)
        with b.unit() as s:
            assert s.execute(select(func.count()).select_from(m.Case)).scalar_one() == 0
        assert _rows(b) == 0
    finally:
        b.close()


def test_an_archive_without_thermometer_data_still_imports(tmp_path: Path) -> None:
    """A version 1 records document (written before this change) has no thermometer list."""
    record, amendments = rich_record("2026-0031", "old")
    document = json.loads(encode_records([ArchivedRecord(record, amendments)]))
    document["version"] = 1
    for case in document["cases"]:
        del case["thermometer"]
    (decoded,) = decode_records(json.dumps(document).encode())
    assert decoded == ArchivedRecord(record, amendments)
    archive = _write(tmp_path / "old.ehbc", document)
    b = new_vault(tmp_path / "b")
    try:
        result = import_archive(b, archive, ARCHIVE_PASSPHRASE)
        assert [old for old, _new, _ref in result.imported] == [record.case.id]
        assert ThermometerService(b).measurements(record.case.id) == ()
    finally:
        b.close()
