"""The class thermometer measurements of a case, read for an archive and written back on import."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.services.archive.record_json import ArchivedMeasurement
from ehbc_desktop.store import models as m
from ehbc_desktop.store.row_mapper import RowMapper, Table

_CASE = "measurements travel without their case: the archive entry they are part of gives it"
_MEASUREMENTS = RowMapper(
    {ArchivedMeasurement: Table(m.ThermometerMeasurement, row_only={"case_id": _CASE})}
)


def load_measurements(s: Session, case_id: str) -> tuple[ArchivedMeasurement, ...]:
    """Every measurement of the case, oldest first (as `ThermometerService` orders them)."""
    rows = s.execute(
        select(m.ThermometerMeasurement)
        .where(m.ThermometerMeasurement.case_id == case_id)
        .order_by(
            m.ThermometerMeasurement.taken_on,
            m.ThermometerMeasurement.recorded_at,
            m.ThermometerMeasurement.id,
        )
    ).scalars()
    return tuple(_MEASUREMENTS.to_record(ArchivedMeasurement, r) for r in rows)


def insert_measurements(
    s: Session, case_id: str, measurements: Iterable[ArchivedMeasurement]
) -> None:
    """Add the measurements to the case (in the caller's transaction; no commit here)."""
    s.add_all(
        m.ThermometerMeasurement(**_MEASUREMENTS.to_row(t), case_id=case_id) for t in measurements
    )
    s.flush()


__all__ = ["insert_measurements", "load_measurements"]
