"""Renders a few form wizards with sample answers to PNG files, to look at the layout.

Usage: python scripts/wizard_screenshots.py OUTDIR [--lang nl|en] [--qm CATALOGUE.qm]
Runs offscreen; the sample names are made up.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from ehbc_desktop.domain.enums import Approach, Role
from ehbc_desktop.formspec import load_forms
from ehbc_desktop.ui.wizard import FormWizard, ParticipantOption, WizardContext

TODAY = date(2026, 11, 21)
PEOPLE = (
    ParticipantOption("p1", "Lotte Peeters", Role.VICTIM),
    ParticipantOption("p2", "Jonas Maes", Role.BULLY),
    ParticipantOption("p3", "Sara Peeters", Role.PARENT),
    ParticipantOption("p4", "Mr Claes", Role.SUPPORT_FIGURE),
)

SAMPLES: dict[str, tuple[str | None, dict[str, Any]]] = {
    "victim": (
        "story",
        {
            "held_on": "2026-11-20",
            "participants": ["p1"],
            "what_happened": "Messages in the class group chat every evening since October.",
        },
    ),
    "restorative": (
        "round",
        {
            "victim_wants": True,
            "bully_acknowledges": True,
            "held_on": "2026-11-20",
            "participants": ["p1", "p2"],
            "opening_named": "We named the group chat messages.",
            "aim_explained": True,
            "round": {
                "p1": {"what_happened": "They laughed at my photo.", "how_do_you_feel": "Sad."},
                "p2": {"what_happened": "I shared the photo."},
            },
        },
    ),
    "report": ("what", {"reporter_kind": "peer", "reported_on": "2026-11-18", "media": []}),
    "choice": ("reasons", {"nc_reasons": ["nc_recent"], "c_reasons": ["c_big_impact"]}),
    "bully": ("closing", {"approach": "confrontational", "held_on": "2026-11-20"}),
}


def _refuse_parents(rule: str, values: Mapping[str, Any]) -> list[str]:
    if rule == "parents_allowed":
        return [
            "Lotte (14) asked that her parents are not involved; the CLB found her able to decide."
        ]
    return []


def main() -> int:
    """Render each sample to OUTDIR/<form>.png (and <form>_problems.png after a failed Next)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--lang", default="nl")
    parser.add_argument("--qm", type=Path, help="a compiled catalogue for the fixed texts")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    translator = QTranslator(app)
    if args.qm and translator.load(str(args.qm)):
        app.installTranslator(translator)
    forms = load_forms(None)
    for form_id, (page_id, values) in SAMPLES.items():
        approach = Approach.CONFRONTATIONAL if form_id == "bully" else None
        context = WizardContext(participants=PEOPLE, today=TODAY, current_approach=approach)
        wizard = FormWizard(forms.get(form_id), args.lang, values, context)
        wizard.resize(1200, 800)
        wizard.show()
        if page_id:
            wizard.go_to_page(page_id)
        app.processEvents()
        wizard.grab().save(str(args.outdir / f"{form_id}.png"))
        wizard.view.next_button.click()
        app.processEvents()
        wizard.grab().save(str(args.outdir / f"{form_id}_after_next.png"))
        wizard.close()
    blocked = FormWizard(
        forms.get("parents_victim"),
        args.lang,
        {},
        WizardContext(participants=PEOPLE, today=TODAY, guard=_refuse_parents),
    )
    blocked.resize(1200, 800)
    blocked.show()
    app.processEvents()
    blocked.grab().save(str(args.outdir / "parents_victim_blocked.png"))
    read_only = FormWizard(
        forms.get("choice"),
        args.lang,
        SAMPLES["choice"][1] | {"chosen": "confrontational", "motivation": "Big impact."},
        WizardContext(participants=PEOPLE, today=TODAY, read_only=True),
    )
    read_only.resize(1200, 800)
    read_only.show()
    app.processEvents()
    read_only.grab().save(str(args.outdir / "choice_read_only.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
