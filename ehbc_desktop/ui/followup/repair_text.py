"""The repair agreement of a case as readable text for the case tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.entities import CaseRecord, RepairAgreement
from ehbc_desktop.ui.labels import format_date

_CONTEXT = "RepairText"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _one(record: CaseRecord, item: RepairAgreement) -> str:
    names = {p.id: record.people[p.person_id].full_name
             for p in record.participants if p.person_id in record.people}  # fmt: skip
    bullies = ", ".join(names.get(i, "?") for i in item.bully_participant_ids) or "–"
    figures = ", ".join(f"{f.name} ({f.role})" if f.role else f.name
                        for f in item.support_figures)  # fmt: skip
    signed = (
        _tr("signed on %1").replace("%1", format_date(item.signed_on))
        if item.signed_on
        else _tr("NOT SIGNED YET")
    )
    lines = [
        f"{_tr('Pupil(s):')} {bullies} — {signed}",
        _tr("Engagements:"),
        *(f"  • {line}" for line in item.engagements),
        f"{_tr('Support figures:')} {figures}",
        f"{_tr('Realised by:')} {format_date(item.term)}    "
        f"{_tr('Evaluation meeting:')} {format_date(item.evaluation_on)}",
    ]
    return "\n".join(lines)


def repair_summary(record: CaseRecord) -> str:
    """Every repair agreement of the case (latest last), or a hint that there is none."""
    if not record.repair_agreements:
        return _tr("No repair agreement yet. It is usually drawn up at the end of a "
                   "restorative conversation; you can also draft one here.")  # fmt: skip
    return "\n\n".join(_one(record, item) for item in record.repair_agreements)
