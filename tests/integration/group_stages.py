"""Answers for any stage form of a group method, filled from the form itself (for the tests)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ehbc_desktop.formspec import FieldType
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.session import VaultSession
from tests.unit.services.records_helpers import OpenCase, form


def stage_answers(form_id: str, c: OpenCase, day: date) -> dict[str, Any]:
    """Every field of the form answered: the day, the pupils, a text, yes, the first option."""
    values: dict[str, Any] = {}
    for field in form(form_id).fields:
        if field.id == "next_date":
            values[field.id] = day + timedelta(days=7)
        elif field.type is FieldType.DATE:
            values[field.id] = day
        elif field.type is FieldType.PARTICIPANTS:
            values[field.id] = [c.victim] if "victim" in field.roles[:1] else [c.bully]
        elif field.type in (FieldType.TEXT, FieldType.TEXTAREA):
            values[field.id] = f"notitie bij {field.id}"
        elif field.type is FieldType.YESNO:
            values[field.id] = True
        elif field.type is FieldType.CHOICE:
            values[field.id] = field.options[0].id
        elif field.type is FieldType.AGREEMENTS:
            values[field.id] = [{"who": "Tibo", "what": "laat Noé met rust",
                                 "by": (day + timedelta(days=7)).isoformat()}]
    return values


def hold_stage(vs: VaultSession, c: OpenCase, form_id: str, day: date) -> None:
    """Finish one stage conversation of a group method on ``day``."""
    ConversationService(vs).finish(c.case_id, form(form_id), stage_answers(form_id, c, day))
