"""Record <-> row conversion derived from a record's type hints and its ORM model's columns.

A record (a frozen dataclass) is stored in one table, field by field in the column of the same
name. JSON columns hold the field in the JSON form of `store.codec` (enums as values, tuples as
lists, nested records as objects) and are decoded strictly from the field's type hint; other
columns hold the value as it is (their column types restore dates, UTC times and enums). A column
the record does not carry, or a field the table does not store, must be declared with its reason.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import JSON

from ehbc_desktop.store import codec
from ehbc_desktop.store.base import Base, StrEnumType

T = TypeVar("T")
Row = dict[str, Any]


class MappingError(TypeError):
    """A record and its table do not match, or a record type has no table."""


@dataclass(frozen=True)
class Table:
    """Where one record type is stored, and what the two sides hold that the other does not.

    Attributes:
        model: The ORM class of the table.
        row_only: Column name -> why the record does not carry it (the writer fills it in).
        record_only: Field name -> why no column stores it (the field must have a default).
    """

    model: type[Base]
    row_only: Mapping[str, str] = field(default_factory=dict)
    record_only: Mapping[str, str] = field(default_factory=dict)


class _Kind(enum.Enum):
    PLAIN = "plain"  # the column type gives the value back as the record holds it
    JSON = "json"  # the codec's JSON form, decoded strictly from the type hint
    ENUM_TEXT = "enum_text"  # an enum in a plain text column: stored as its value


@dataclass(frozen=True)
class _Column:
    name: str
    hint: Any
    kind: _Kind


def _enum_of(hint: Any) -> type[enum.Enum] | None:
    if typing.get_origin(hint) in (types.UnionType, typing.Union):
        inner = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = inner[0] if len(inner) == 1 else None
    return hint if isinstance(hint, type) and issubclass(hint, enum.Enum) else None


class RowMapper:
    """Converts records to rows and back for a fixed set of record types and their tables."""

    def __init__(self, tables: Mapping[type[Any], Table]) -> None:
        self._tables = dict(tables)
        self._plans: dict[type[Any], tuple[_Column, ...]] = {}

    def record_types(self) -> tuple[type[Any], ...]:
        """The record types this mapper stores."""
        return tuple(self._tables)

    def model(self, cls: type[Any]) -> type[Base]:
        """The ORM class that stores records of type `cls`.

        Raises:
            MappingError: `cls` has no table here.
        """
        table = self._tables.get(cls)
        if table is None:
            raise MappingError(f"{cls.__name__} has no table in the row mapper")
        return table.model

    def problems(self) -> list[str]:
        """Every mismatch between a record type's fields and its table's columns, in words."""
        found: list[str] = []
        for cls, table in self._tables.items():
            found += _mismatches(cls, table)
        return found

    def to_record(self, cls: type[T], row: Base) -> T:
        """The record of type `cls` held by `row` (never the live row itself).

        Raises:
            MappingError: `row` is not of the table of `cls`, or the two do not match.
            codec.CodecError: a JSON column holds a value that does not fit the field.
        """
        if type(row) is not self.model(cls):
            raise MappingError(f"a {type(row).__name__} row is not a {cls.__name__}")
        values: dict[str, Any] = {}
        for column in self._plan(cls):
            raw = getattr(row, column.name)
            try:
                if column.kind is _Kind.JSON:
                    raw = codec.decode_value(column.hint, raw)
                elif column.kind is _Kind.ENUM_TEXT and raw is not None:
                    raw = codec.decode_value(_enum_of(column.hint), raw)
            except codec.CodecError as exc:
                raise codec.CodecError(f"{row.__tablename__}.{column.name}: {exc}") from None
            values[column.name] = raw
        return cls(**values)

    def to_row(self, record: object) -> Row:
        """The column values of `record` (its own fields only; row-only columns are left out).

        Raises:
            MappingError: `record`'s type has no table here, or the two do not match.
            codec.CodecError: a value a JSON column can not hold (a naive datetime, say).
        """
        row: Row = {}
        for column in self._plan(type(record)):
            value = getattr(record, column.name)
            if column.kind is not _Kind.PLAIN:
                value = codec.encode_value(value)
            row[column.name] = value
        return row

    def _plan(self, cls: type[Any]) -> tuple[_Column, ...]:
        plan = self._plans.get(cls)
        if plan is None:
            table = self._tables.get(cls)
            if table is None:
                raise MappingError(f"{cls.__name__} has no table in the row mapper")
            mismatches = _mismatches(cls, table)
            if mismatches:
                raise MappingError("; ".join(mismatches))
            plan = _columns(cls, table)
            self._plans[cls] = plan
        return plan


def _columns(cls: type[Any], table: Table) -> tuple[_Column, ...]:
    hints = codec.type_hints(cls)
    columns = table.model.__table__.columns
    plan: list[_Column] = []
    for f in dataclasses.fields(cls):
        if f.name in table.record_only:
            continue
        column_type = columns[f.name].type
        kind = _Kind.PLAIN
        if isinstance(column_type, JSON):
            kind = _Kind.JSON
        elif _enum_of(hints[f.name]) and not isinstance(column_type, StrEnumType):
            kind = _Kind.ENUM_TEXT
        plan.append(_Column(f.name, hints[f.name], kind))
    return tuple(plan)


def _mismatches(cls: type[Any], table: Table) -> list[str]:
    name = table.model.__tablename__
    fields = {f.name for f in dataclasses.fields(cls)}
    columns = set(table.model.__table__.columns.keys())
    found = [
        f"field {cls.__name__}.{f} has no column in table {name}: add the column to the model "
        "and a migration, or declare it record-only with its reason"
        for f in sorted(fields - columns - set(table.record_only))
    ]
    found += [
        f"column {name}.{c} is not a field of {cls.__name__}: add the field to the record, "
        "or declare the column row-only with its reason"
        for c in sorted(columns - fields - set(table.row_only))
    ]
    found += [
        f"row-only {name}.{n} must be a column of {name} and no field of {cls.__name__}"
        for n in sorted(set(table.row_only) - (columns - fields))
    ]
    found += [
        f"record-only {cls.__name__}.{n} must be a field with a default and no column of {name}"
        for n in sorted(set(table.record_only) - ((fields - columns) & _defaulted(cls)))
    ]
    return found


def _defaulted(cls: type[Any]) -> set[str]:
    return {
        f.name
        for f in dataclasses.fields(cls)
        if f.default is not dataclasses.MISSING or f.default_factory is not dataclasses.MISSING
    }
