"""Small parts of the document service: progress stages, the evidence reader, dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from ehbc_desktop.services.errors import ServiceError
from ehbc_desktop.services.evidence.evidence import EvidenceService
from ehbc_desktop.services.session import VaultSession

# What an evidence reader may raise for one unreadable item; the summary then goes without it.
IMAGE_READ_ERRORS = (ServiceError, OSError, ValueError, LookupError)


class RenderStage(StrEnum):
    """The coarse stages of making a document, for a progress bar."""

    LOADING = "loading"
    BUILDING = "building"
    RENDERING = "rendering"
    DONE = "done"


#: Called with the stage and a rough percentage (0-100); rendering itself is one step.
ProgressCallback = Callable[[RenderStage, int], None]
#: Reads one evidence item's picture (the evidence service, which audits the read).
EvidenceImageReader = Callable[[str], bytes]

def no_progress(_stage: RenderStage, _percent: int) -> None:
    """The progress callback used when the caller gives none."""
    return None


def evidence_service_reader(session: VaultSession) -> EvidenceImageReader:
    """The evidence service's audited reader of one item's bytes."""
    return EvidenceService(session).read_for_view


def day_of(created_at: str) -> date | None:
    """The calendar day of an ISO timestamp (the vault's creation time), or None."""
    try:
        return date.fromisoformat(created_at[:10])
    except ValueError:
        return None
