"""The wizard's guard for conversation forms: the form's rules on the loaded case record.

The guard answers at once from a record loaded beforehand (no database call on the GUI
thread) through the one rule registry (`conversation_rules.RULE_CHECKS`), which
`ConversationService.finish` applies again when the answers are stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.formspec import Answers, FormSpec, RuleName, parse_draft
from ehbc_desktop.formspec.rules import START_RULES
from ehbc_desktop.services.conversations.conversation_rules import (
    RuleContext,
    check_rule,
    parents_concerned,
)
from ehbc_desktop.services.errors import InvalidInputError, ServiceError
from ehbc_desktop.ui.conversations.refusals import next_date_message
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.wizard import OVERRIDES_KEY


class ConversationGuard:
    """Callable guard of one wizard: (rule, answers) -> messages, empty when allowed.

    Attributes:
        refused_rule: The start rule that refused last ("" when none).
    """

    def __init__(self, spec: FormSpec, record: CaseRecord, today: date) -> None:
        self._spec = spec
        self.record = record
        self._today = today
        self.refused_rule = ""

    def __call__(self, rule: str, values: Mapping[str, Any]) -> list[str]:
        try:
            self._check(rule, values)
        except ServiceError as exc:
            if rule in START_RULES:
                self.refused_rule = rule
            return [guard_message(exc)]
        if rule == self.refused_rule:
            self.refused_rule = ""
        return []

    def _answers(self, values: Mapping[str, Any]) -> Answers:
        """The wizard's answers so far, typed (a half-typed value is left to the wizard)."""
        return parse_draft(self._spec, values)

    def _day(self, answers: Answers) -> date:
        return answers.date("held_on") or self._today

    def _check(self, rule: str, values: Mapping[str, Any]) -> None:
        name = RuleName(rule)
        if name is RuleName.PARENTS_ALLOWED:
            overrides = values.get(OVERRIDES_KEY) or {}
            if str(overrides.get(RuleName.PARENTS_ALLOWED.value, "")).strip():
                return  # the reason is recorded through ApproachService by the dialog
        typed = self._answers(values)
        # The start rules look at the case (and the parents taking part), not at other answers.
        known = self._known(typed) if name is RuleName.PARENTS_ALLOWED else ()
        answers = Answers(self._spec) if name is RuleName.VICTIM_CONSENT_REQUIRED else typed
        check_rule(name, RuleContext(self._spec, self.record, answers, self._day(typed), known))

    def _known(self, answers: Answers) -> tuple[str, ...]:
        known = {p.id for p in self.record.participants}
        return tuple(i for i in answers.ids("participants") if i in known)

    def blocked_pupils(self, values: Mapping[str, Any]) -> list[str]:
        """The pupils whose standing 12+ wish blocks this parents conversation."""
        kind = self._spec.conversation_kind
        if kind is None or RuleName.PARENTS_ALLOWED not in self._spec.rules:
            return []
        typed = self._answers(values)
        verdicts = parents_concerned(self.record, kind, self._known(typed), None, self._day(typed))
        return [v.pupil_participant_id for v in verdicts if v.blocked]

    def victims(self) -> list[str]:
        """The participant ids of the case's victims."""
        return [p.id for p in self.record.participants if p.role is Role.VICTIM]


def guard_message(exc: BaseException) -> str:
    """The teacher's sentence for a refusal (the next-date refusal has its own)."""
    if isinstance(exc, InvalidInputError) and exc.field == "next_date":
        return next_date_message()
    return message_for(exc)
