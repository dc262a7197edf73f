"""A versioned, typed JSON form of `CaseRecord`s (and their amendments) for case archives.

The document is ``{"format": "ehbc-records", "version": 2, "cases": [{"record": ..., "amendments":
[...], "thermometer": [...]}]}``. Version 1 (written before the class thermometer travelled along)
has no ``thermometer`` list and still decodes: the list is then empty.

Every dataclass of `domain.entities` becomes an object with one key per field; dates and times are
ISO 8601 (times always UTC), enums their stable values, tuples lists (the store's type-hint codec,
`store.codec`). Decoding is strict and driven by the entities' type hints: an unknown or missing
field, a wrong type or an unknown enum value raises `RecordFormatError` (never a half-built record).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from ehbc_desktop.domain.entities import Amendment, CaseRecord
from ehbc_desktop.domain.thermometer import Moment, ThermometerError, check_counts
from ehbc_desktop.store import codec

FORMAT_NAME = "ehbc-records"
FORMAT_VERSION = 2  # 2: each case carries its class thermometer counts

T = TypeVar("T")


class RecordFormatError(ValueError):
    """The JSON is not a well-formed records document of a version this program reads."""


class RecordVersionError(RecordFormatError):
    """The records document was written by a newer version of the program."""

    def __init__(self, version: int) -> None:
        super().__init__(f"records version {version}")
        self.version = version


@dataclass(frozen=True, slots=True)
class ArchivedMeasurement:
    """One class thermometer measurement of the case (counts only, never names).

    Attributes:
        counts: per statement id, how many pupils gave each answer of the scale.

    Raises:
        RecordFormatError: counts that do not fit the questionnaire (checked on decoding too).
    """

    id: str
    class_name: str
    taken_on: date
    moment: Moment
    respondents: int
    counts: dict[str, tuple[int, ...]]
    recorded_at: datetime

    def __post_init__(self) -> None:
        try:
            check_counts(self.respondents, self.counts)
        except ThermometerError:
            raise RecordFormatError("thermometer counts") from None


@dataclass(frozen=True, slots=True)
class ArchivedRecord:
    """One case as it travels in an archive: the record, its amendments, its thermometer."""

    record: CaseRecord
    amendments: tuple[Amendment, ...] = ()
    thermometer: tuple[ArchivedMeasurement, ...] = ()  # absent in version 1 documents


# --- the type-hint codec of the store, with this format's error --------------------------------


def encode_value(value: Any) -> Any:
    """The JSON form of a record value: dataclasses as objects, enums as values, ISO times.

    Raises:
        RecordFormatError: a naive datetime or a value of a kind the format does not know.
    """
    try:
        return codec.encode_value(value)
    except codec.CodecError as exc:
        raise RecordFormatError(str(exc)) from None


def encode_records(records: Sequence[ArchivedRecord]) -> bytes:
    """The UTF-8 JSON document of ``records``."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "cases": [encode_value(r) for r in records],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode_dataclass(cls: type[T], raw: Any) -> T:
    """The dataclass `cls` from its JSON form, typed field by field from its type hints.

    Raises:
        RecordFormatError: not an object, an unknown or missing field, or a wrong value.
    """
    try:
        return codec.decode_dataclass(cls, raw)
    except codec.CodecError as exc:
        raise RecordFormatError(str(exc)) from None


def decode_records(data: bytes) -> list[ArchivedRecord]:
    """Parse a records document strictly.

    Raises:
        RecordVersionError: a newer version.
        RecordFormatError: anything malformed.
    """
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RecordFormatError("malformed JSON") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise RecordFormatError("not a records document")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise RecordFormatError("bad version")
    if version > FORMAT_VERSION:
        raise RecordVersionError(version)
    cases = document.get("cases")
    if not isinstance(cases, list):
        raise RecordFormatError("no case list")
    try:
        return [decode_dataclass(ArchivedRecord, raw) for raw in cases]
    except RecursionError:
        raise RecordFormatError("nested too deeply") from None
