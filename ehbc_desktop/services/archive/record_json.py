"""A versioned, typed JSON form of `CaseRecord`s (and their amendments) for case archives.

The document is ``{"format": "ehbc-records", "version": 2, "cases": [{"record": ..., "amendments":
[...], "thermometer": [...]}]}``. Version 1 (written before the class thermometer travelled along)
has no ``thermometer`` list and still decodes: the list is then empty.

Every dataclass of `domain.entities` becomes an object with one key per field; dates and times are
ISO 8601 (times always UTC), enums their stable values, tuples lists. Decoding is strict and driven
by the entities' type hints: an unknown or missing field, a wrong type or an unknown enum value
raises `RecordFormatError` (never a half-built record).
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

from ehbc_desktop.domain import entities
from ehbc_desktop.domain.entities import Amendment, CaseRecord
from ehbc_desktop.domain.thermometer import Moment, ThermometerError, check_counts

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


# --- encoding ----------------------------------------------------------------------------------


def encode_value(value: Any) -> Any:  # noqa: PLR0911 - one branch per kind of value
    """The JSON form of a record value: dataclasses as objects, enums as values, ISO times.

    Raises:
        RecordFormatError: a naive datetime or a value of a kind the format does not know.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise RecordFormatError("naive datetime")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [encode_value(v) for v in value]
    if isinstance(value, dict):
        return {str(encode_value(k)): encode_value(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, bool)):
        return value
    raise RecordFormatError(f"cannot encode {type(value).__name__}")


def encode_records(records: Sequence[ArchivedRecord]) -> bytes:
    """The UTF-8 JSON document of ``records``."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "cases": [encode_value(r) for r in records],
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --- decoding ----------------------------------------------------------------------------------


@cache
def _hints(cls: type[Any]) -> dict[str, Any]:
    # The entities' names, and those of the class's own module (for this module's classes).
    names = {**vars(entities), **vars(sys.modules[cls.__module__])}
    return typing.get_type_hints(cls, names)


def decode_dataclass(cls: type[T], raw: Any) -> T:
    """The dataclass `cls` from its JSON form, typed field by field from its type hints.

    Raises:
        RecordFormatError: not an object, an unknown or missing field, or a wrong value.
    """
    if not isinstance(raw, dict):
        raise RecordFormatError(f"{cls.__name__}: not an object")
    hints = _hints(cls)  # type: ignore[arg-type]
    fields = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    unknown = set(raw) - fields
    if unknown:
        raise RecordFormatError(f"{cls.__name__}: unknown field")
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in raw:
            values[f.name] = _decode(hints[f.name], raw[f.name])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise RecordFormatError(f"{cls.__name__}: missing field")
    return cls(**values)


def _decode_union(tp: Any, raw: Any) -> Any:
    args = typing.get_args(tp)
    if raw is None:
        if type(None) in args:
            return None
        raise RecordFormatError("null not allowed")
    inner = [a for a in args if a is not type(None)]
    if len(inner) != 1:
        raise RecordFormatError("unsupported union")
    return _decode(inner[0], raw)


def _decode_scalar(tp: Any, raw: Any) -> Any:
    if tp is bool:
        if isinstance(raw, bool):
            return raw
    elif tp is int:
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
    elif tp is str:
        if isinstance(raw, str):
            return raw
    elif tp is datetime:
        when = _parse(datetime.fromisoformat, raw)
        if when.tzinfo is None:
            raise RecordFormatError("naive datetime")
        return when.astimezone(UTC)
    elif tp is date:
        return _parse(date.fromisoformat, raw)
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(raw)
        except ValueError:
            raise RecordFormatError("unknown enum value") from None
    raise RecordFormatError(f"expected {getattr(tp, '__name__', tp)}")


def _parse(parse: Any, raw: Any) -> Any:
    if not isinstance(raw, str):
        raise RecordFormatError("expected an ISO date")
    try:
        return parse(raw)
    except ValueError:
        raise RecordFormatError("malformed ISO date") from None


def _decode(tp: Any, raw: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        return _decode_union(tp, raw)
    if origin is tuple:
        if not isinstance(raw, list):
            raise RecordFormatError("expected a list")
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in raw)
        if len(raw) != len(args):
            raise RecordFormatError("wrong number of items")
        return tuple(_decode(t, v) for t, v in zip(args, raw, strict=True))
    if origin is dict:
        if not isinstance(raw, dict):
            raise RecordFormatError("expected an object")
        key_tp, value_tp = typing.get_args(tp)
        return {_decode(key_tp, k): _decode(value_tp, v) for k, v in raw.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return decode_dataclass(tp, raw)
    return _decode_scalar(tp, raw)


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
