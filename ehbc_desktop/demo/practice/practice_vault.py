"""Creates, opens and resets the practice vault: fictional school, pupils and one reported case.

The practice vault lives in its own folder beside the real one and shares nothing with it: its
own key slots, database, settings file and passphrase. Because it only ever holds invented
people, its passphrase is a fixed, published one, so practising needs no set-up at all.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

from ehbc_desktop.domain.enums import BullyingForm, Medium, ReporterKind, Role
from ehbc_desktop.services.access import access
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.case.participants import ParticipantInput
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.intake import IntakeService

PRACTICE_FOLDER_NAME = "oefenkluis"
PRACTICE_SCHOOL = "Oefenschool De Vlinder (fictief)"
PRACTICE_USER = "Oefenaar"
# Not a secret: the practice vault holds invented people only (see the module docstring).
PRACTICE_PASSPHRASE = "oefenen met een verzonnen school zonder echte leerlingen"
PRACTICE_TITLE = "Oefendossier: spotberichten in de klasgroep"

#: The invented pupils of the practice case: (first name, last name, class, role, age).
PUPILS: tuple[tuple[str, str, str, Role, int], ...] = (
    ("Fleur", "Oefenberg", "2C", Role.VICTIM, 13),
    ("Jonas", "Verzinsel", "2C", Role.BULLY, 14),
    ("Ilse", "Fictiefs", "2C", Role.BYSTANDER, 13),
)


def practice_folder(real_vault: Path) -> Path:
    """Where the practice vault lives: a folder beside the real vault, never inside it."""
    return real_vault.parent / PRACTICE_FOLDER_NAME


def open_practice(folder: Path, today: date) -> tuple[VaultSession, str]:
    """Open the practice vault, first making it when it does not exist yet.

    Returns:
        The open session and the id of the practice case.
    """
    if not access.vault_exists(folder):
        return _create(folder, today)
    session = access.unlock(folder, PRACTICE_USER, PRACTICE_PASSPHRASE)
    rows = CaseService(session).list_cases()
    if not rows:  # an old practice vault whose case is gone: start a new one in it
        return session, _practice_case(session, today)
    return session, rows[-1].id


def reset_practice(folder: Path, today: date) -> tuple[VaultSession, str]:
    """Throw the practice vault away and make a fresh one (the real vault is never touched).

    Raises:
        ValueError: the folder is not a practice vault folder.
    """
    if folder.name != PRACTICE_FOLDER_NAME:
        raise ValueError("not a practice vault folder")
    if folder.exists():
        shutil.rmtree(folder)
    return _create(folder, today)


def _create(folder: Path, today: date) -> tuple[VaultSession, str]:
    folder.mkdir(parents=True, exist_ok=True)
    session, _recovery_code = access.create(
        folder, PRACTICE_SCHOOL, PRACTICE_USER, PRACTICE_PASSPHRASE
    )
    return session, _practice_case(session, today)


def _practice_case(session: VaultSession, today: date) -> str:
    """The case the walk-through starts from: a pupil came to tell what happens online."""
    from ehbc_desktop.formspec import load_forms

    opened = today - timedelta(days=1)
    people = [
        ParticipantInput(first, last, class_name, role,
                         birth_date=date(opened.year - age, 3, 1))
        for first, last, class_name, role, age in PUPILS
    ]  # fmt: skip
    values = {
        "reported_on": opened.isoformat(),
        "reporter_kind": ReporterKind.VICTIM.value,
        "channel": "in_person",
        "media": [Medium.MESSAGING_APP.value],
        "platform": "WhatsApp",
        "forms": [BullyingForm.INSULTING.value, BullyingForm.EXCLUSION.value],
        "description": "Fleur vertelt na de les dat er al drie weken spotberichten over haar in "
        "de klasgroep verschijnen en dat ze uit een nieuwe groep is gezet. Ze toont twee "
        "screenshots.",
    }
    spec = load_forms(None).get("report")
    return IntakeService(session).record_report(spec, values, people, PRACTICE_TITLE).case_id
