"""The archive's typed record JSON: exact round trips, strict refusals, and copies with new ids."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from ehbc_desktop.domain.entities import EvidenceItem
from ehbc_desktop.domain.enums import Confidentiality
from ehbc_desktop.domain.thermometer import STATEMENTS, Moment
from ehbc_desktop.services.archive.record_copy import with_new_ids
from ehbc_desktop.services.archive.record_json import (
    FORMAT_VERSION,
    ArchivedMeasurement,
    ArchivedRecord,
    RecordFormatError,
    RecordVersionError,
    decode_records,
    encode_records,
)
from tests.builders.archive import rich_record
from tests.builders.records import at, days


def _archived() -> ArchivedRecord:
    record, amendments = rich_record("2026-0007", "x")
    item = EvidenceItem(
        "e" * 32, record.case.id, "Schermafdruk", "Zoë", days(1), "TikTok",
        Confidentiality.CARE_TEAM, "ab" * 32, "chat.png", 1234, "image/png", at(days(1)),
    )  # fmt: skip
    case = replace(record.case, close_overrides=(("aftercare", "groep is rustig"),))
    measurement = ArchivedMeasurement(
        "d" * 32, "3B", days(3), Moment.BEFORE, 20, {st.id: (4, 6, 6, 4) for st in STATEMENTS},
        at(days(3)),
    )  # fmt: skip
    return ArchivedRecord(replace(record, case=case, evidence=(item,)), amendments, (measurement,))


def test_round_trip_is_exact() -> None:
    archived = [_archived(), _archived()]
    assert decode_records(encode_records(archived)) == archived


def test_the_document_is_versioned_and_readable() -> None:
    document = json.loads(encode_records([_archived()]))
    assert (document["format"], document["version"]) == ("ehbc-records", FORMAT_VERSION)
    case = document["cases"][0]["record"]
    assert case["case"]["reference"] == "2026-0007"
    assert case["evidence"][0]["confidentiality"] == "care_team"
    assert case["triages"][0]["decided_at"].endswith("+00:00")
    assert document["cases"][0]["thermometer"][0]["moment"] == "before"


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.update(version="1"),
        lambda d: d.update(format="other"),
        lambda d: d["cases"][0]["record"]["case"].update(status="unknown"),
        lambda d: d["cases"][0]["record"]["case"].update(extra=1),
        lambda d: d["cases"][0]["thermometer"][0].update(moment="during"),
        lambda d: d["cases"][0]["thermometer"][0].update(respondents=2),  # more answers
        lambda d: d["cases"][0]["thermometer"][0]["counts"].pop("safe"),
        lambda d: d["cases"][0]["record"]["case"].pop("reference"),
        lambda d: d["cases"][0]["record"]["case"].update(opened_on="2026-13-01"),
        lambda d: d["cases"][0]["record"]["triages"][0].update(decided_at="2026-03-02T10:00:00"),
        lambda d: d["cases"][0]["record"]["evidence"][0].update(size="12"),
        lambda d: d["cases"][0]["record"]["evidence"][0].update(size=True),
        lambda d: d["cases"][0]["record"].update(participants={}),
        lambda d: d["cases"][0]["record"]["case"].update(close_overrides=[["only one"]]),
    ],
)
def test_malformed_documents_are_refused(change: object) -> None:
    document = json.loads(encode_records([_archived()]))
    change(document)  # type: ignore[operator]
    with pytest.raises(RecordFormatError):
        decode_records(json.dumps(document).encode())


def test_newer_version_and_garbage() -> None:
    document = json.loads(encode_records([]))
    document["version"] = FORMAT_VERSION + 1
    with pytest.raises(RecordVersionError):
        decode_records(json.dumps(document).encode())
    for garbage in (b"", b"\xff\xfe", b"[]", b"[" * 100_000):
        with pytest.raises(RecordFormatError):
            decode_records(garbage)


def test_copy_has_no_old_id_left() -> None:
    archived = _archived()
    copy, mapping = with_new_ids(archived)
    text = encode_records([copy]).decode()
    assert all(old not in text for old in mapping)
    assert copy.record.case.reference == archived.record.case.reference
    assert copy.record.people[copy.record.participants[0].person_id].first_name == "Amélie-x"
    assert copy.amendments[0].conversation_id == copy.record.conversations[0].id
    assert copy.record.evidence[0].id == mapping["e" * 32]
    assert copy.thermometer[0].id == mapping["d" * 32]
    assert copy.thermometer[0].counts == archived.thermometer[0].counts
