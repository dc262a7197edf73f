"""Child process for the kill and power-loss tests: edits a vault through the real services.

Usage (project root on PYTHONPATH, fast test KDF):
    python service_workload.py FOLDER PASSPHRASE SEED COUNT [ARCHIVE ARCHIVE_PASSPHRASE]

Unlocks FOLDER as "anna" through `services.access` (the window's path), then does COUNT edits
chosen by SEED: a new case, a note, a finished victim conversation, an evidence file, an
archive import (when ARCHIVE is given) and a passphrase change. After each edit returns, it
prints ``saved <kind>:<id>`` (a passphrase change prints ``passphrase <new>``) and marks it for
the power-loss recorder. COUNT 0 means: keep going until killed. Ends by locking the vault.
"""

from __future__ import annotations

import io
import itertools
import random
import sys
from pathlib import Path

from ehbc_desktop.services.access import access
from ehbc_desktop.services.archive.archive_import import import_archive
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.conversations.conversations import ConversationService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.session import VaultSession
from tests.stress.powerloss import mark
from tests.unit.services.records_helpers import form, open_case, victim_answers

USER = "anna"
KINDS = ("case", "note", "note", "conversation", "evidence", "passphrase", "archive")


class Workload:
    """The edits, each through the service the window calls for it."""

    def __init__(self, folder: Path, session: VaultSession, rng: random.Random) -> None:
        self.folder = folder
        self.vs = session
        self.rng = rng
        self.cases: list[str] = []

    def report(self, label: str) -> None:
        """Tell the parent (stdout) and the recorder (mark) that `label` was saved."""
        print(label, flush=True)
        mark(self.folder, label.replace(" ", "=").replace(":", "-"))

    def edit(self, kind: str, archive: tuple[Path, str] | None) -> None:
        """Do one edit of `kind` (falls back to a new case when it needs one)."""
        if (kind != "case" and not self.cases) or (kind == "archive" and archive is None):
            kind = "case"
        if kind == "case":
            case_id = open_case(self.vs).case_id
            self.cases.append(case_id)
            self.report(f"saved case:{case_id}")
        elif kind == "note":
            case_id = self.rng.choice(self.cases)
            note = CaseService(self.vs).add_note(case_id, f"nota {self.rng.random():.6f}")
            self.report(f"saved note:{note}")
        elif kind == "conversation":
            c = open_case(self.vs)
            self.cases.append(c.case_id)
            done = ConversationService(self.vs).finish(c.case_id, form("victim"), victim_answers(c))
            self.report(f"saved conversation:{done.conversation_id}")
        elif kind == "evidence":
            data = self.rng.randbytes(self.rng.randint(10, 200_000))
            item = EvidenceService(self.vs).add_stream(
                self.rng.choice(self.cases), io.BytesIO(data), EvidenceInput("schermafdruk")
            )
            self.report(f"saved evidence:{item.id}")
        elif kind == "passphrase":
            new = f"zin {self.rng.randrange(10**9)} lang genoeg"
            print(f"passphrase-next {new}", flush=True)  # a kill may fall after the slot write
            self.vs.change_passphrase(new)
            self.report(f"passphrase {new}")
        elif kind == "archive" and archive is not None:
            result = import_archive(self.vs, archive[0], archive[1], "copy")
            for _old, new_id, _ref in result.imported:
                self.report(f"saved case:{new_id}")


def main(argv: list[str]) -> None:
    """Unlock, edit, lock."""
    folder, passphrase, seed, count = Path(argv[1]), argv[2], int(argv[3]), int(argv[4])
    archive = (Path(argv[5]), argv[6]) if len(argv) > 6 else None
    rng = random.Random(seed)
    session = access.unlock(folder, USER, passphrase)
    print("ready", flush=True)
    work = Workload(folder, session, rng)
    for step in itertools.count():
        if count and step >= count:
            break
        work.edit(rng.choice(KINDS), archive)
    session.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main(sys.argv)
