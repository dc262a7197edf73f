"""Gives an archived case new ids everywhere (an import "as a copy" next to the original)."""

from __future__ import annotations

import dataclasses
from typing import Any

from ehbc_desktop.services.archive.record_json import ArchivedRecord, decode_dataclass, encode_value
from ehbc_desktop.store.base import new_id


def _ids_of(archived: ArchivedRecord) -> set[str]:
    """Every record id of the case (the case, people, participants, all their records, the
    thermometer measurements)."""
    record = archived.record
    ids = {record.case.id, *record.people}
    if record.report is not None:
        ids.add(record.report.id)
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, tuple):
            ids.update(item.id for item in value if hasattr(item, "id"))
    ids.update(a.id for a in archived.amendments)
    ids.update(t.id for t in archived.thermometer)
    return ids


def _replace(value: Any, mapping: dict[str, str]) -> Any:
    if isinstance(value, str):
        return mapping.get(value, value)
    if isinstance(value, list):
        return [_replace(v, mapping) for v in value]
    if isinstance(value, dict):
        return {mapping.get(k, k): _replace(v, mapping) for k, v in value.items()}
    return value


def with_new_ids(archived: ArchivedRecord) -> tuple[ArchivedRecord, dict[str, str]]:
    """The same case under fresh ids; returns it and the map old id -> new id.

    Works on the typed JSON form: every string that is one of the case's ids (as a value or
    as a key, such as the people map) is replaced, so no reference is missed.
    """
    mapping = {old: new_id() for old in _ids_of(archived)}
    raw = _replace(encode_value(archived), mapping)
    return decode_dataclass(ArchivedRecord, raw), mapping
