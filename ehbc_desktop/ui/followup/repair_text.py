"""The repair agreement of a case as readable text for the case tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.domain.entities import CaseRecord, RepairAgreement
from ehbc_desktop.ui.labels import format_date


def _one(record: CaseRecord, item: RepairAgreement) -> str:
    translate = QCoreApplication.translate
    names = {p.id: record.people[p.person_id].full_name
             for p in record.participants if p.person_id in record.people}  # fmt: skip
    bullies = ", ".join(names.get(i, "?") for i in item.bully_participant_ids) or "–"
    figures = ", ".join(f"{f.name} ({f.role})" if f.role else f.name
                        for f in item.support_figures)  # fmt: skip
    if item.signed_on:
        signed = translate("RepairText", "signed on %1").replace("%1", format_date(item.signed_on))
    else:
        signed = translate("RepairText", "NOT SIGNED YET")
    pupils = translate("RepairText", "Pupil(s):")
    support = translate("RepairText", "Support figures:")
    term = translate("RepairText", "Realised by:")
    evaluation = translate("RepairText", "Evaluation meeting:")
    lines = [
        f"{pupils} {bullies} — {signed}",
        translate("RepairText", "Engagements:"),
        *(f"  • {line}" for line in item.engagements),
        f"{support} {figures}",
        f"{term} {format_date(item.term)}    {evaluation} {format_date(item.evaluation_on)}",
    ]
    return "\n".join(lines)


def repair_summary(record: CaseRecord) -> str:
    """Every repair agreement of the case (latest last), or a hint that there is none."""
    if not record.repair_agreements:
        return QCoreApplication.translate(
            "RepairText",
            "No repair agreement yet. It is usually drawn up at the end of a restorative "
            "conversation; you can also draft one here.",
        )
    return "\n\n".join(_one(record, item) for item in record.repair_agreements)
