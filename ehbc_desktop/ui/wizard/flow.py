"""The wizard's decisions that need no widgets: skipped pages, grid parties, preconditions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ehbc_desktop.formspec import FieldSpec, FieldType, FormSpec, PageSpec, RuleName, is_shown
from ehbc_desktop.formspec.answers import Problems
from ehbc_desktop.ui.wizard.context import OVERRIDES_KEY, WizardContext
from ehbc_desktop.ui.wizard.side_panels import StepState
from ehbc_desktop.ui.wizard.texts import role_text


def is_skipped(spec: FormSpec, page: PageSpec, values: Mapping[str, Any]) -> bool:
    """A page is skipped when none of its fields is shown."""
    return not any(is_shown(spec, field, values) for field in page.fields)


def unmet_preconditions(spec: FormSpec, values: Mapping[str, Any]) -> list[str]:
    """Field ids of the first page's yes/no preconditions that are not answered "yes".

    Only for a form with the `restorative_preconditions` rule: it may not go past its first
    page until every yes/no question there is answered "yes" (DOMAIN 2.8).
    """
    if RuleName.RESTORATIVE_PRECONDITIONS not in spec.rules or not spec.pages:
        return []
    return [
        field.id
        for field in spec.pages[0].fields
        if field.type is FieldType.YESNO and values.get(field.id) is not True
    ]


def first_page_with_problems(spec: FormSpec, problems: Problems) -> int | None:
    """The index of the first page holding a field with a problem."""
    for index, page in enumerate(spec.pages):
        if any(field.id in problems for field in page.fields):
            return index
    return None


def grid_parties(
    field: FieldSpec,
    context: WizardContext,
    values: Mapping[str, Any],
    stored: list[str],
) -> list[tuple[str, str]]:
    """The parties of a grid: (party id, name shown), in the order of the field's roles.

    The case's participants with one of the grid's roles, narrowed to those ticked in the
    form's `participants` field once any are; without such participants, one party per role
    (its id is the role). Party ids from earlier answers that are neither a participant nor a
    role stay, so nothing typed is lost.

    Args:
        field: The grid field.
        context: The case's participants.
        values: The answers so far (for the `participants` field).
        stored: Party ids that already hold answers.
    """
    ticked = values.get("participants")
    candidates = context.with_roles(field.roles)
    if isinstance(ticked, list) and ticked:
        chosen = [p for p in candidates if p.id in ticked]
        candidates = chosen or candidates
    order = {role: index for index, role in enumerate(field.roles)}
    candidates.sort(key=lambda p: (order.get(p.role.value, len(order)), p.name))
    parties = [(p.id, f"{p.name} ({role_text(p.role.value)})") for p in candidates]
    if not parties:
        parties = [(role, role_text(role)) for role in field.roles]
    known = {p.id for p in context.participants} | set(field.roles)
    parties += [(party, party) for party in stored if party not in known]
    return parties


def grid_fields(spec: FormSpec) -> list[FieldSpec]:
    """The grid fields of a form."""
    return [field for field in spec.fields if field.type is FieldType.GRID]


def pages_with_problems(spec: FormSpec, problems: Mapping[str, Any], unmet: list[str]) -> list[int]:
    """Indexes of the pages holding a field with a problem or an unmet precondition."""
    return [
        index
        for index, page in enumerate(spec.pages)
        if any(field.id in problems or field.id in unmet for field in page.fields)
    ]


@dataclass(frozen=True, slots=True)
class StepFacts:
    """What decides the mark of one page in the list of pages."""

    skipped: bool  # none of its fields is shown
    current: bool  # on screen
    read_only: bool  # a finished form
    checked: bool  # the teacher left it, or asked for what is missing
    has_problem: bool  # a field on it still needs work


def step_state(facts: StepFacts) -> StepState:
    """The mark of a page: skipped, current, done, missing something, or not yet seen."""
    if facts.skipped:
        return StepState.SKIPPED
    if facts.current:
        return StepState.CURRENT
    if facts.read_only:
        return StepState.DONE
    if facts.checked:
        return StepState.MISSING if facts.has_problem else StepState.DONE
    return StepState.TODO


def shown_values(spec: FormSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    """The answers without those of hidden questions (a draft keeps them for a way back)."""
    kept: dict[str, Any] = {}
    for key, value in values.items():
        field = spec.field(key)
        if key == OVERRIDES_KEY or (field is not None and is_shown(spec, field, values)):
            kept[key] = value
    return kept
