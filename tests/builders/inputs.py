"""What a teacher types: service inputs for fictitious pupils (the people of the service tests)."""

from __future__ import annotations

from ehbc_desktop.domain.enums import Role
from ehbc_desktop.services.case.cases import ParticipantInput


def victim(first: str = "Noé", last: str = "Janssens", class_name: str = "2B") -> ParticipantInput:
    """A fictitious victim."""
    return ParticipantInput(first, last, class_name, Role.VICTIM)


def bully(
    first: str = "Tibo", last: str = "Verstraeten", class_name: str = "2B"
) -> ParticipantInput:
    """A fictitious bully."""
    return ParticipantInput(first, last, class_name, Role.BULLY)
