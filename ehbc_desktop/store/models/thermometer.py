"""ORM class of the class thermometer: a class's anonymous answer counts at one moment."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ehbc_desktop.store.base import Base, CaseRef, CreatedAt, Name, PrimaryId


class ThermometerMeasurement(Base):
    """How many pupils of a class gave each answer to each statement (never who)."""

    __tablename__ = "thermometer_measurements"

    id: Mapped[PrimaryId]
    case_id: Mapped[CaseRef]
    class_name: Mapped[Name]
    taken_on: Mapped[date]
    moment: Mapped[str] = mapped_column(String(20))
    respondents: Mapped[int] = mapped_column(Integer())
    # {statement id: [count per answer of the scale]}
    counts: Mapped[dict[str, Any]] = mapped_column(JSON(), default=dict)
    recorded_at: Mapped[CreatedAt]


__all__ = ["ThermometerMeasurement"]
