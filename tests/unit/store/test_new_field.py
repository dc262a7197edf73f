"""Adding a field to a record takes the entity, the model and a migration; no mapping code.

The demonstration uses a table of its own (its own metadata, so the vault's schema is untouched):
version 1 of a note, then version 2 with two new fields: an optional enum and a tuple of enums.
The only code that changes between the two is the dataclass and the model, exactly as it would
in `domain/entities.py` and `store/models/` (plus an Alembic migration for the column).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, MetaData, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session

from ehbc_desktop.domain.enums import Severity, WarningSign
from ehbc_desktop.store.base import Base, CreatedAt, JsonList, PrimaryId, Text_
from ehbc_desktop.store.codec import CodecError
from ehbc_desktop.store.row_mapper import MappingError, RowMapper, Table

AT = datetime(2026, 3, 4, 9, 15, tzinfo=UTC)


class DemoBase(DeclarativeBase):
    """The vault's column types, on a metadata of its own."""

    metadata = MetaData()
    type_annotation_map = Base.type_annotation_map


@dataclass(frozen=True, slots=True)
class NoteV1:
    id: str
    written_at: datetime
    text: str


class NoteRowV1(DemoBase):
    __tablename__ = "notes_v1"

    id: Mapped[PrimaryId]
    written_at: Mapped[CreatedAt]
    text: Mapped[Text_]


@dataclass(frozen=True, slots=True)
class NoteV2:
    id: str
    written_at: datetime
    text: str
    severity: Severity | None = None  # new field
    signs: tuple[WarningSign, ...] = ()  # new field


class NoteRowV2(DemoBase):
    __tablename__ = "notes_v2"

    id: Mapped[PrimaryId]
    written_at: Mapped[CreatedAt]
    text: Mapped[Text_]
    severity: Mapped[Severity | None]  # new column
    signs: Mapped[JsonList]  # new column


@pytest.fixture
def engine() -> Iterator[Engine]:
    eng = create_engine("sqlite://")
    DemoBase.metadata.create_all(eng)
    yield eng
    eng.dispose()


def _round_trip(engine: Engine, mapper: RowMapper, record: object) -> object:
    model = mapper.model(type(record))
    with Session(engine) as s, s.begin():
        s.add(model(**mapper.to_row(record)))
    with Session(engine) as s:
        row = s.execute(select(model)).scalar_one()
        return mapper.to_record(type(record), row)


@pytest.mark.parametrize(
    ("record", "table"),
    [
        (NoteV1("a" * 32, AT, "before"), Table(NoteRowV1)),
        (
            NoteV2("b" * 32, AT, "after", Severity.SERIOUS, (WarningSign.LOW_MOOD,)),
            Table(NoteRowV2),
        ),
    ],
    ids=["v1", "v2 with two new fields"],
)
def test_a_new_field_needs_only_the_entity_and_the_model(
    engine: Engine, record: object, table: Table
) -> None:
    mapper = RowMapper({type(record): table})
    assert mapper.problems() == []
    assert _round_trip(engine, mapper, record) == record


def test_a_new_field_without_a_column_fails_with_a_clear_message() -> None:
    mapper = RowMapper({NoteV2: Table(NoteRowV1)})  # the model was not changed
    message = (
        "field NoteV2.severity has no column in table notes_v1: add the column to the model "
        "and a migration, or declare it record-only with its reason"
    )
    assert message in mapper.problems()
    with pytest.raises(MappingError, match=r"field NoteV2\.signs has no column in table notes_v1"):
        mapper.to_row(NoteV2("c" * 32, AT, "x"))


def test_a_new_column_without_a_field_fails_with_a_clear_message() -> None:
    mapper = RowMapper({NoteV1: Table(NoteRowV2)})  # the entity was not changed
    assert mapper.problems() == [
        "column notes_v2.severity is not a field of NoteV1: add the field to the record, "
        "or declare the column row-only with its reason",
        "column notes_v2.signs is not a field of NoteV1: add the field to the record, "
        "or declare the column row-only with its reason",
    ]


def test_a_declared_exception_is_named_with_its_reason(engine: Engine) -> None:
    mapper = RowMapper(
        {
            NoteV1: Table(
                NoteRowV2, row_only={"severity": "set by the writer", "signs": "set by the writer"}
            )
        }
    )
    assert mapper.problems() == []
    assert mapper.to_row(NoteV1("d" * 32, AT, "x")) == {
        "id": "d" * 32,
        "written_at": AT,
        "text": "x",
    }
    stale = RowMapper({NoteV2: Table(NoteRowV2, row_only={"severity": "no longer true"})})
    assert stale.problems() == [
        "row-only notes_v2.severity must be a column of notes_v2 and no field of NoteV2"
    ]


def test_a_stored_value_that_does_not_fit_names_its_column() -> None:
    mapper = RowMapper({NoteV2: Table(NoteRowV2)})
    row = NoteRowV2(id="e" * 32, written_at=AT, text="x", severity=None, signs=["not a sign"])
    with pytest.raises(CodecError, match=r"notes_v2\.signs: unknown enum value"):
        mapper.to_record(NoteV2, row)
