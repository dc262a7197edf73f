"""The wizard's guard for conversation forms: the form's rules on the loaded case record.

The guard answers at once from a record loaded beforehand (no database call on the GUI
thread); `ConversationService.finish` applies the same rules again when the answers are stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import Role
from ehbc_desktop.domain.rules import restorative_preconditions
from ehbc_desktop.formspec import FormSpec, RuleName
from ehbc_desktop.formspec.answers import parse_date
from ehbc_desktop.services.conversations.conversation_rules import (
    BULLY_ACKNOWLEDGES,
    VICTIM_WANTS,
    check_agreement_rows,
    check_grid,
    check_start,
    parents_concerned,
)
from ehbc_desktop.services.errors import RuleRefusedError, ServiceError
from ehbc_desktop.ui.conversations.refusals import next_date_message
from ehbc_desktop.ui.errors import message_for
from ehbc_desktop.ui.wizard import OVERRIDES_KEY


def _ids(values: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(str(v) for v in values.get("participants") or ())


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
            if rule in (RuleName.VICTIM_CONSENT_REQUIRED, RuleName.PARENTS_ALLOWED):
                self.refused_rule = rule
            return [guard_message(exc)]
        if rule == self.refused_rule:
            self.refused_rule = ""
        return []

    def _day(self, values: Mapping[str, Any]) -> date:
        return parse_date(values.get("held_on")) or self._today

    def _check(self, rule: str, values: Mapping[str, Any]) -> None:
        spec = self._spec
        if rule == RuleName.VICTIM_CONSENT_REQUIRED:
            only = RuleName.VICTIM_CONSENT_REQUIRED
            check_start(_only(spec, only), self.record, self._day(values))
        elif rule == RuleName.PARENTS_ALLOWED:
            overrides = values.get(OVERRIDES_KEY) or {}
            if str(overrides.get(RuleName.PARENTS_ALLOWED.value, "")).strip():
                return  # the reason is recorded through ApproachService by the dialog
            only = RuleName.PARENTS_ALLOWED
            check_start(_only(spec, only), self.record, self._day(values), self._known(values))
        elif rule == RuleName.RESTORATIVE_PRECONDITIONS:
            acknowledges = _bool(values.get(BULLY_ACKNOWLEDGES))
            verdict = restorative_preconditions(
                _bool(values.get(VICTIM_WANTS)), acknowledges, acknowledges
            )
            if not verdict.allowed:
                raise RuleRefusedError(verdict.reasons)
        elif rule == RuleName.RESTORATIVE_GRID_COMPLETE:
            check_grid(spec, values)
        elif rule == RuleName.AGREEMENTS_COMPLETE:
            check_agreement_rows(values)
        elif rule == RuleName.NEXT_DATE_REQUIRED and parse_date(values.get("next_date")) is None:
            raise _NextDateMissingError

    def _known(self, values: Mapping[str, Any]) -> tuple[str, ...]:
        known = {p.id for p in self.record.participants}
        return tuple(i for i in _ids(values) if i in known)

    def blocked_pupils(self, values: Mapping[str, Any]) -> list[str]:
        """The pupils whose standing 12+ wish blocks this parents conversation."""
        kind = self._spec.conversation_kind
        if kind is None or RuleName.PARENTS_ALLOWED not in self._spec.rules:
            return []
        day = self._day(values)
        verdicts = parents_concerned(self.record, kind, self._known(values), None, day)
        return [v.pupil_participant_id for v in verdicts if v.blocked]

    def victims(self) -> list[str]:
        """The participant ids of the case's victims."""
        return [p.id for p in self.record.participants if p.role is Role.VICTIM]


class _NextDateMissingError(ServiceError):
    """No next date although the form requires one."""


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _only(spec: FormSpec, rule: RuleName) -> FormSpec:
    """The form with just this one rule, so check_start applies only that one."""
    return replace(spec, rules=(rule,))


def guard_message(exc: BaseException) -> str:
    """The teacher's sentence for a refusal (the next-date refusal has its own)."""
    if isinstance(exc, _NextDateMissingError):
        return next_date_message()
    return message_for(exc)
