"""Finding a case by its human reference (for the command line)."""

from __future__ import annotations

from sqlalchemy import select

from ehbc_desktop.services.errors import NotFoundError
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.store import models as m


def case_id_for_reference(session: VaultSession, reference: str) -> str:
    """The id of the case with exactly this reference (such as "2026-0014").

    Raises:
        NotFoundError: no case has this reference.
    """
    with session.unit() as s:
        found = s.execute(select(m.Case.id).where(m.Case.reference == reference.strip())).scalar()
    if found is None:
        raise NotFoundError("case", reference)
    return str(found)
