"""Every command that writes a file: never into a vault, an existing file only with --force.

Table-driven over (command, target): `render --out`, `archive export --out` and `backup --to`
aimed at the vault's own files, into the vault folder, into a backup of it, and at an existing
file (the passphrase file, say). The vault must still unlock afterwards, byte for byte.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ehbc_desktop.__main__ import main
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.builders.vault import PASSPHRASE, USER, DocumentCase, build_case, new_vault

ARCHIVE_PASSPHRASE = "kroon-pijl-paars-penning-snoek-waker"


class Setup:
    """A vault with one case, a backup of it, its passphrase file and an archive passphrase."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.vault = root / "vault"
        session = new_vault(self.vault)
        self.case: DocumentCase = build_case(session)
        session.close()
        self.secret = root / "passphrase.txt"
        self.secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
        self.archive_secret = root / "archive.txt"
        self.archive_secret.write_text(ARCHIVE_PASSPHRASE + "\n", encoding="utf-8")
        assert self.run("backup", "--to", root / "backups") == 0
        (self.backup,) = (root / "backups").iterdir()

    def vault_args(self) -> list[str | Path]:
        return ["--vault", self.vault, "--user", USER, "--passphrase-file", self.secret]

    def run(self, *argv: str | Path) -> int:
        command = [str(a) for a in argv]
        if argv and argv[0] != "archive":
            command += [str(a) for a in self.vault_args()]
        return main(command, kdf=FAST_TEST_PARAMS)

    def fingerprint(self) -> dict[str, str]:
        """Every file's hash; the live database changes with each unlock's audit event, so
        only its presence counts (`vault check` proves it whole)."""
        live = self.vault / "vault.db"
        return {
            str(p.relative_to(self.root)): (
                "live" if p == live else hashlib.sha256(p.read_bytes()).hexdigest()
            )
            for p in sorted(self.root.rglob("*"))
            if p.is_file() and not p.name.endswith(("-wal", "-shm", ".lock"))
        }


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    yield Setup(tmp_path_factory.mktemp("out"))


def _render(s: Setup, target: Path, *extra: str) -> int:
    return s.run("render", "case-summary", "--case", s.case.reference, "--out", target, *extra)


def _archive(s: Setup, target: Path, *extra: str) -> int:
    return s.run(
        "archive", "export", *s.vault_args(), "--case", s.case.reference,
        "--archive-passphrase-file", s.archive_secret, "--out", target, *extra,
    )  # fmt: skip


WRITERS: dict[str, Callable[..., int]] = {"render": _render, "archive": _archive}

# (name, target relative to the set-up's root, expected message fragment)
REFUSED = [
    ("the key-slot file", "vault/keyslots.json", "kluismap"),
    ("the database", "vault/vault.db", "kluismap"),
    ("a new file in the vault folder", "vault/nieuw.pdf", "kluismap"),
    ("the blobs folder", "vault/blobs/x.pdf", "kluismap"),
    ("a file in a backup", "BACKUP/keyslots.json", "kluismap"),
    ("a new file in a backup", "BACKUP/kopie.pdf", "kluismap"),
    ("the passphrase file", "passphrase.txt", "--force"),
    ("the vault folder itself", "vault", "kluismap"),
]


def _target(s: Setup, relative: str) -> Path:
    return s.backup / relative.split("/", 1)[1] if relative.startswith("BACKUP/") else (
        s.root / relative
    )


@pytest.mark.parametrize("writer", sorted(WRITERS))
@pytest.mark.parametrize(("what", "relative", "said"), REFUSED, ids=[r[0] for r in REFUSED])
def test_an_output_file_never_lands_in_a_vault_nor_on_an_existing_file(  # noqa: PLR0917
    setup: Setup, capsys: pytest.CaptureFixture[str],
    writer: str, what: str, relative: str, said: str,
) -> None:  # fmt: skip
    before = setup.fingerprint()
    for force in ((), ("--force",)) if said == "kluismap" else ((),):
        assert WRITERS[writer](setup, _target(setup, relative), *force) == 1, what
        err = capsys.readouterr().err
        assert said in err
        assert err.startswith("ehbc: ") or "\nehbc: " in err
    assert setup.fingerprint() == before  # nothing changed, nothing left beside it
    assert setup.run("vault", "check") == 0  # and the vault still opens


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_an_existing_file_is_replaced_only_with_force_and_whole(
    setup: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str], writer: str
) -> None:
    target = tmp_path / "uit.bin"
    target.write_bytes(b"old content")
    assert WRITERS[writer](setup, target) == 1
    assert "--force" in capsys.readouterr().err
    assert target.read_bytes() == b"old content"
    assert WRITERS[writer](setup, target, "--force") == 0
    assert target.read_bytes() != b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["uit.bin"]  # no temp file left


@pytest.mark.parametrize("relative", ["vault", "vault/blobs", "BACKUP", "BACKUP/sub"])
def test_a_backup_never_goes_into_a_vault_or_a_backup(
    setup: Setup, capsys: pytest.CaptureFixture[str], relative: str
) -> None:
    before = setup.fingerprint()
    target = setup.backup if relative == "BACKUP" else _target(setup, relative)
    assert setup.run("backup", "--to", target) == 1
    assert "kluismap" in capsys.readouterr().err
    assert setup.fingerprint() == before
    assert not (setup.backup / "sub").exists()


def test_restore_never_goes_into_a_vault(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    target = setup.vault / "blobs" / "restored"
    assert main(["restore", "--from", str(setup.backup), "--vault", str(target)]) == 1
    assert "kluismap" in capsys.readouterr().err
    assert not target.exists()
