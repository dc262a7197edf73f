"""Practice time: move the practice case back in time, as if days had passed.

The method needs time between steps (an evaluation comes a week or so after the approach was
chosen), and a trainee works through the case in one sitting. Only a practice vault may be
moved: every date of the case's records goes back by the same number of days, so the case
reads as if it had started earlier. The audit log is left as it is (it is append-only).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Date, select

from ehbc_desktop.demo.practice.practice_vault import PRACTICE_SCHOOL
from ehbc_desktop.services.errors import InvalidInputError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m
from ehbc_desktop.store.base import Base, UTCDateTime

DAYS_PER_JUMP = 7


def _dated_columns() -> list[tuple[type[Base], list[str]]]:
    """Every model with a case_id, and its date and time columns."""
    found: list[tuple[type[Base], list[str]]] = []
    for mapper in Base.registry.mappers:
        model = mapper.class_
        table = mapper.local_table
        if "case_id" not in table.c and model is not m.Case:
            continue
        names = [c.name for c in table.columns if isinstance(c.type, Date | UTCDateTime)]
        if names and model is not m.AuditEvent:
            found.append((model, names))
    return found


def move_back(session: VaultSession, case_id: str, days: int = DAYS_PER_JUMP) -> None:
    """Move every date of the practice case `days` days into the past.

    Raises:
        InvalidInputError("vault"): this is not the practice vault.
    """
    if session.vault.info.school != PRACTICE_SCHOOL:
        raise InvalidInputError("vault")
    shift = timedelta(days=days)
    with session.unit() as s:
        for model, names in _dated_columns():
            key = model.id if model is m.Case else model.case_id  # type: ignore[attr-defined]
            rows = s.execute(select(model).where(key == case_id)).scalars().all()
            for row in rows:
                for name in names:
                    value = getattr(row, name)
                    if isinstance(value, date | datetime):
                        setattr(row, name, value - shift)
