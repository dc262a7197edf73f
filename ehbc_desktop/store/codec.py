"""The JSON form of the records of `domain.entities`, encoded and decoded from their type hints.

Every dataclass becomes an object with one key per field; dates and times are ISO 8601 (times
always UTC), enums their stable values, tuples lists, dicts objects with string keys. Decoding is
strict and driven by the dataclasses' type hints: an unknown or missing field, a wrong type or an
unknown enum value raises `CodecError` (never a half-built record).

Used for the JSON columns of the store (`store.mapping`) and for case archives
(`services.archive.record_json`).
"""

from __future__ import annotations

import dataclasses
import enum
import sys
import types
import typing
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from ehbc_desktop.domain import entities

T = TypeVar("T")


class CodecError(ValueError):
    """A value does not fit the type it is encoded from or decoded into."""


# --- encoding ----------------------------------------------------------------------------------


def encode_value(value: Any) -> Any:  # noqa: PLR0911 - one branch per kind of value
    """The JSON form of a record value: dataclasses as objects, enums as values, ISO times.

    Raises:
        CodecError: a naive datetime or a value of a kind the format does not know.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode_value(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise CodecError("naive datetime")
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [encode_value(v) for v in value]
    if isinstance(value, dict):
        return {str(encode_value(k)): encode_value(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, bool)):
        return value
    raise CodecError(f"cannot encode {type(value).__name__}")


# --- decoding ----------------------------------------------------------------------------------


_HINTS: dict[type[Any], dict[str, Any]] = {}


def type_hints(cls: type[Any]) -> dict[str, Any]:
    """The resolved type hints of a dataclass (names of `domain.entities` and its own module)."""
    hints = _HINTS.get(cls)
    if hints is None:
        names = {**vars(entities), **vars(sys.modules[cls.__module__])}
        hints = _HINTS[cls] = typing.get_type_hints(cls, names)
    return hints


def decode_dataclass(cls: type[T], raw: Any) -> T:
    """The dataclass `cls` from its JSON form, typed field by field from its type hints.

    Raises:
        CodecError: not an object, an unknown or missing field, or a wrong value.
    """
    if not isinstance(raw, dict):
        raise CodecError(f"{cls.__name__}: not an object")
    hints = type_hints(cls)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if set(raw) - {f.name for f in fields}:
        raise CodecError(f"{cls.__name__}: unknown field")
    values: dict[str, Any] = {}
    for f in fields:
        if f.name in raw:
            values[f.name] = decode_value(hints[f.name], raw[f.name])
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise CodecError(f"{cls.__name__}: missing field")
    return cls(**values)


def _decode_union(tp: Any, raw: Any) -> Any:
    args = typing.get_args(tp)
    if raw is None:
        if type(None) in args:
            return None
        raise CodecError("null not allowed")
    inner = [a for a in args if a is not type(None)]
    if len(inner) != 1:
        raise CodecError("unsupported union")
    return decode_value(inner[0], raw)


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
            raise CodecError("naive datetime")
        return when.astimezone(UTC)
    elif tp is date:
        return _parse(date.fromisoformat, raw)
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(raw)
        except ValueError:
            raise CodecError("unknown enum value") from None
    raise CodecError(f"expected {getattr(tp, '__name__', tp)}")


def _parse(parse: Any, raw: Any) -> Any:
    if not isinstance(raw, str):
        raise CodecError("expected an ISO date")
    try:
        return parse(raw)
    except ValueError:
        raise CodecError("malformed ISO date") from None


def decode_value(tp: Any, raw: Any) -> Any:
    """The value of type `tp` (a type hint) from its JSON form.

    Raises:
        CodecError: a value that does not fit `tp`.
    """
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        return _decode_union(tp, raw)
    if origin is tuple:
        if not isinstance(raw, list):
            raise CodecError("expected a list")
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(decode_value(args[0], v) for v in raw)
        if len(raw) != len(args):
            raise CodecError("wrong number of items")
        return tuple(decode_value(t, v) for t, v in zip(args, raw, strict=True))
    if origin is dict:
        if not isinstance(raw, dict):
            raise CodecError("expected an object")
        key_tp, value_tp = typing.get_args(tp)
        return {decode_value(key_tp, k): decode_value(value_tp, v) for k, v in raw.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return decode_dataclass(tp, raw)
    return _decode_scalar(tp, raw)
