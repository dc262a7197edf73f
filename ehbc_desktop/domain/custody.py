"""The chain of custody of one piece of evidence: who added it, every view, export and check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ehbc_desktop.domain.entities import EvidenceItem


class CustodyEventKind(StrEnum):
    """What happened to the evidence item."""

    ADDED = "added"
    VIEWED = "viewed"
    EXPORTED = "exported"
    VERIFIED = "verified"
    DELETED = "deleted"


@dataclass(frozen=True, slots=True)
class CustodyEvent:
    """One entry of the chain (from the audit log; an export's reason from the export log).

    Attributes:
        ok: for VERIFIED, whether the item still matched its fingerprint.
        reason_kind: for EXPORTED, the kind of reason (an `ExportReason` value).
        reason: for EXPORTED, the reason as typed.
    """

    at: datetime
    user: str
    kind: CustodyEventKind
    ok: bool | None = None
    reason_kind: str = ""
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CustodyRecord:
    """An evidence item with its chain of custody, oldest event first."""

    item: EvidenceItem
    events: tuple[CustodyEvent, ...]

    @property
    def added(self) -> CustodyEvent | None:
        """The event that added the item (None when the log does not reach back that far)."""
        return next((e for e in self.events if e.kind is CustodyEventKind.ADDED), None)

    def count(self, kind: CustodyEventKind) -> int:
        """How many events of `kind` the chain holds."""
        return sum(1 for e in self.events if e.kind is kind)
