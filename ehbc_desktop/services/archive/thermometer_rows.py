"""The class thermometer measurements of a case, read for an archive and written back on import."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ehbc_desktop.domain.thermometer import Moment
from ehbc_desktop.services.archive.record_json import ArchivedMeasurement
from ehbc_desktop.store import models as m


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
    return tuple(
        ArchivedMeasurement(
            id=r.id,
            class_name=r.class_name,
            taken_on=r.taken_on,
            moment=Moment(r.moment),
            respondents=r.respondents,
            counts={key: tuple(int(v) for v in values) for key, values in (r.counts or {}).items()},
            recorded_at=r.recorded_at,
        )
        for r in rows
    )


def insert_measurements(
    s: Session, case_id: str, measurements: Iterable[ArchivedMeasurement]
) -> None:
    """Add the measurements to the case (in the caller's transaction; no commit here)."""
    s.add_all(
        m.ThermometerMeasurement(
            id=t.id,
            case_id=case_id,
            class_name=t.class_name,
            taken_on=t.taken_on,
            moment=t.moment.value,
            respondents=t.respondents,
            counts={key: list(values) for key, values in t.counts.items()},
            recorded_at=t.recorded_at,
        )
        for t in measurements
    )
    s.flush()


__all__ = ["insert_measurements", "load_measurements"]
