"""What the owner of a wizard tells it about the case: people, approach, mode, date, rules."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ehbc_desktop.domain.enums import Approach, Role
from ehbc_desktop.formspec.rules import OVERRIDABLE_RULES
from ehbc_desktop.formspec.rules import START_RULES as FORM_START_RULES

#: A rule check supplied by the owner: (rule name, the answers so far) -> messages.
#: An empty list allows; each message is shown to the teacher as it is (already translated).
Guard = Callable[[str, Mapping[str, Any]], list[str]]

#: Rules the wizard asks the guard about before the teacher can start filling in the form.
START_RULES: tuple[str, ...] = FORM_START_RULES

#: Key in the answers under which override reasons are kept: {rule name: reason}.
#: The owner's guard reads it (and logs it) to let an overridable rule through.
OVERRIDES_KEY = "_overrides"


@dataclass(frozen=True, slots=True)
class ParticipantOption:
    """A person of the case the teacher can pick in a form.

    Attributes:
        id: The participant id (what the answers keep).
        name: The display name.
        role: The participant's role in the case.
    """

    id: str
    name: str
    role: Role


@dataclass(frozen=True)
class WizardContext:
    """Everything a wizard needs from its owner besides the form and the answers.

    Attributes:
        participants: The case's people the form can pick from.
        current_approach: The approach of the choice moment, shown at the top of the form
            (and used as the default of a field named `approach`).
        read_only: Show a finished conversation: nothing can be changed, no Finish.
        today: The date the "Today" buttons fill in.
        guard: Applies the domain rules the form names; None applies none.
        overridable_rules: Rules the teacher may pass by recording a reason.
    """

    participants: tuple[ParticipantOption, ...] = ()
    current_approach: Approach | None = None
    read_only: bool = False
    today: date = field(default_factory=date.today)
    guard: Guard | None = None
    overridable_rules: frozenset[str] = OVERRIDABLE_RULES

    def names(self) -> dict[str, str]:
        """Participant id to display name."""
        return {p.id: p.name for p in self.participants}

    def with_roles(self, roles: tuple[str, ...]) -> list[ParticipantOption]:
        """The participants whose role is one of `roles` (all of them when `roles` is empty)."""
        if not roles:
            return list(self.participants)
        return [p for p in self.participants if p.role.value in roles]
