"""Human case references such as "2026-0014": the year and a sequence number within it."""

from __future__ import annotations

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from ehbc_desktop.store.models import Case


def format_reference(year: int, number: int) -> str:
    """The reference text: four-digit year, a dash, the number padded to four digits."""
    return f"{year:04d}-{number:04d}"


def next_reference(session: Session, year: int) -> str:
    """The next free reference of `year` (one more than the highest used that year)."""
    prefix = f"{year:04d}-"
    highest = session.execute(
        select(func.max(cast(func.substr(Case.reference, len(prefix) + 1), Integer))).where(
            Case.reference.like(prefix + "%")
        )
    ).scalar()
    return format_reference(year, int(highest or 0) + 1)
