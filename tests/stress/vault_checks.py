"""After a kill or a replayed power cut: does the vault open, and is every saved edit there?"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ehbc_desktop.services.access import access
from ehbc_desktop.store import models as m
from ehbc_desktop.vault.blobs import BlobStore
from ehbc_desktop.vault.errors import VaultDamagedError, WrongCredentialsError

_MODELS = {
    "case": m.Case,
    "note": m.CaseNote,
    "conversation": m.Conversation,
    "evidence": m.EvidenceItem,
}


@dataclass
class Outcome:
    """What opening the vault showed."""

    opened: bool
    refusal: str = ""  # the VaultDamagedError's class and detail, when refused
    missing: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    passphrase: str = ""  # the one that opened it


def saved_labels(lines: Iterable[str]) -> list[str]:
    """The "kind:id" labels of the "saved ..." lines a workload printed."""
    return [line.split(" ", 1)[1] for line in lines if line.startswith("saved ")]


def passphrases(lines: Iterable[str]) -> list[str]:
    """The passphrases a workload reported as set, in order."""
    return [line.split(" ", 1)[1] for line in lines if line.startswith("passphrase ")]


def check_vault(folder: Path, candidates: list[str], labels: Iterable[str]) -> Outcome:
    """Unlock with the first passphrase that works and look for every label.

    `candidates`: passphrases to try, newest first (a kill may fall between a passphrase
    change and its report).
    """
    session, opened_with = None, ""
    for passphrase in candidates:
        try:
            session = access.unlock(folder, "anna", passphrase)
            opened_with = passphrase
            break
        except WrongCredentialsError:
            continue
        except VaultDamagedError as exc:
            return Outcome(False, f"{type(exc).__name__}:{exc.detail}")
    if session is None:
        return Outcome(False, "no passphrase opens the vault")
    outcome = Outcome(True, passphrase=opened_with)
    try:
        outcome.problems += session.vault.integrity_errors()
        blobs = BlobStore(folder)
        with session.unit() as s:
            for label in labels:
                kind, ident = label.split(":", 1)
                row = s.get(_MODELS[kind], ident)
                if row is None:
                    outcome.missing.append(label)
                elif (
                    isinstance(row, m.EvidenceItem)
                    and row.blob_id
                    and row.blob_key
                    and not blobs.verify(row.blob_id, row.blob_key, row.sha256)
                ):
                    outcome.problems.append(f"evidence file of {label} fails its check")
    finally:
        session.close()
    return outcome
