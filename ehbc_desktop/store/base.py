"""The declarative base: column types for UTC times, string enums and JSON, and shared aliases."""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any, Generic, TypeVar

from sqlalchemy import JSON, Date, DateTime, ForeignKey, MetaData, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, mapped_column
from sqlalchemy.types import TypeDecorator

from ehbc_desktop.domain import enums as domain_enums

ID_LENGTH = 32
ENUM_LENGTH = 40

E = TypeVar("E", bound=enum.Enum)


def new_id() -> str:
    """A new opaque identifier (uuid4 hex) that stays unique across PCs."""
    return uuid.uuid4().hex


def utcnow() -> datetime:
    """The current time as a timezone-aware UTC datetime."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back as aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            # A naive time here is a programming error: refuse rather than guess a zone.
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class StrEnumType(TypeDecorator[E], Generic[E]):
    """Stores an enum member as its string value (stable storage keys of domain.enums)."""

    impl = String(ENUM_LENGTH)
    cache_ok = True

    def __init__(self, enum_cls: type[E]) -> None:
        super().__init__()
        self.enum_cls = enum_cls
        # A dictionary look-up per row read: calling the enum class costs about ten times more,
        # which a list of thousands of rows (three enum columns each) feels.
        self._members: dict[object, E] = {member.value: member for member in enum_cls}

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return str(self.enum_cls(value).value)

    def process_result_value(self, value: Any, dialect: Dialect) -> E | None:
        if value is None:
            return None
        member = self._members.get(value)
        return member if member is not None else self.enum_cls(value)  # unknown: ValueError


def _enum_types() -> dict[Any, Any]:
    found: dict[Any, Any] = {}
    for obj in vars(domain_enums).values():
        if isinstance(obj, type) and issubclass(obj, enum.Enum) and obj is not enum.StrEnum:
            found[obj] = StrEnumType(obj)
    return found


# Names for constraints and indexes, so migrations can refer to them (batch mode needs names).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Base of every ORM class of the vault database."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - read by SQLAlchemy at class creation
        datetime: UTCDateTime(),
        date: Date(),
        str: Text(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        list[str]: JSON(),
        list[dict[str, str]]: JSON(),
        **_enum_types(),
    }


# Shared column shapes.
PrimaryId = Annotated[str, mapped_column(String(ID_LENGTH), primary_key=True, default=new_id)]
CaseRef = Annotated[
    str,
    mapped_column(String(ID_LENGTH), ForeignKey("cases.id", ondelete="CASCADE"), index=True),
]
ParticipantRef = Annotated[
    str, mapped_column(String(ID_LENGTH), ForeignKey("participants.id", ondelete="CASCADE"))
]
Id = Annotated[str, mapped_column(String(ID_LENGTH))]
Text_ = Annotated[str, mapped_column(Text(), default="")]
Name = Annotated[str, mapped_column(String(200), default="")]
CreatedAt = Annotated[datetime, mapped_column(UTCDateTime(), default=utcnow)]
JsonList = Annotated[list[Any], mapped_column(JSON(), default=list)]
