"""Command-line commands for evidence, case archives and backups: `register(subparsers)`.

Passphrases come only from files (first line) or a hidden prompt, never from the command line.
Progress goes to stderr; errors become one Dutch line on stderr and exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ehbc_desktop.cli.passphrases import read_passphrase
from ehbc_desktop.services.access import access
from ehbc_desktop.services.archive.archive_export import ArchiveExportService, propose_passphrase
from ehbc_desktop.services.archive.archive_import import Conflict, import_archive, verify_archive
from ehbc_desktop.services.archive.backup import DEFAULT_KEEP, backup_vault, restore_backup
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.evidence.evidence_errors import EvidenceServiceError
from ehbc_desktop.services.session import VaultSession

__all__ = [
    "MESSAGES",
    "register",
    "register_archive",
    "register_backup",
    "register_evidence",
    "register_restore",
]

Handler = Callable[[argparse.Namespace], int]

MESSAGES: dict[str, str] = {
    "cancelled": "Afgebroken; er bleef niets achter.",
    "source-unreadable": "Het bestand kan niet gelezen worden.",
    "write-failed": "Er kon niet geschreven worden (schijf vol, geen rechten of bestaat al).",
    "evidence-damaged": "Een bewijsstuk in de kluis is beschadigd of ontbreekt.",
    "evidence-too-large": "Het bewijsstuk is te groot om te tonen.",
    "no-bytes": "Van dit bewijsstuk is bewust niets bewaard.",
    "archive-wrong-passphrase": "De wachtwoordzin van het archief klopt niet.",
    "archive-not-an-archive": "Dit bestand is geen dossierarchief van dit programma.",
    "archive-too-new": "Dit archief komt uit een nieuwere versie van het programma.",
    "archive-too-costly": "Het archief vraagt te veel rekenwerk; het wordt geweigerd.",
    "archive-damaged": "Het archief is beschadigd of gewijzigd. Er werd niets ingelezen.",
    "archive-bad-content": "De inhoud van het archief wordt geweigerd. Er werd niets ingelezen.",
    "archive-unreadable": "Het archiefbestand kan niet gelezen worden.",
    "restore-target-not-empty": "Terugzetten kan alleen in een lege of nieuwe map.",
    "backup-damaged": "De reservekopie is beschadigd; er werd niets teruggezet.",
    "not-a-backup": "Deze map is geen reservekopie van dit programma.",
    "error": "Er liep iets mis.",
}


def _guarded(handler: Handler) -> Handler:
    """Word the evidence, archive and backup errors; every other error reaches the main CLI."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except EvidenceServiceError as exc:
            print(f"ehbc: {MESSAGES.get(exc.code, MESSAGES['error'])}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            print(f"ehbc: {MESSAGES['cancelled']}", file=sys.stderr)
            return 1

    run.__doc__ = handler.__doc__
    return run


@contextmanager
def _unlocked(args: argparse.Namespace) -> Iterator[VaultSession]:
    prompt = "Wachtwoordzin van de kluis: "
    passphrase = read_passphrase(getattr(args, "passphrase_file", None), prompt)
    session = access.unlock(Path(args.vault), args.user, passphrase)
    try:
        yield session
    finally:
        session.close()


def _progress(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        percent = 100 if total <= 0 else min(100, done * 100 // total)
        print(f"\r{label}: {percent:3d}%", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return show


def _bytes_of(show: Callable[[int, int], None], total: int) -> Callable[[int], None]:
    return lambda done: show(done, total)


def _vault_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--vault", type=Path, required=True, help="vault folder")
    parser.add_argument("--user", required=True, help="your user name in the vault")
    parser.add_argument(
        "--passphrase-file", type=Path, default=None, help="first line: the vault passphrase"
    )


def _archive_passphrase_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--archive-passphrase-file", type=Path, default=None, help=help_text)


# --- handlers ----------------------------------------------------------------------------------


def archive_export(args: argparse.Namespace) -> int:
    """`archive export`: one archive of the given cases."""
    if args.archive_passphrase_file is not None:
        secret = read_passphrase(args.archive_passphrase_file, "")
        proposed = False
    else:
        secret, proposed = propose_passphrase(), True
    with _unlocked(args) as session:
        ids = [CaseService(session).case_id_for_reference(ref) for ref in args.case]
        result = ArchiveExportService(session).export(
            ids,
            Path(args.out),
            secret,
            include_documents=not args.no_documents,
            progress=_progress("Archief"),
        )
    print(
        f"Archief geschreven: {result.path} ({len(result.references)} dossier(s), "
        f"{result.evidence_count} bewijsstuk(ken))"
    )
    if proposed:
        print(f"Wachtwoordzin van het archief: {secret}")
        print("Geef deze wachtwoordzin apart door: telefonisch of persoonlijk, "
              "nooit in dezelfde mail.")
    return 0


def archive_verify(args: argparse.Namespace) -> int:
    """`archive verify`: open and check an archive without any vault."""
    secret = read_passphrase(args.archive_passphrase_file, "Wachtwoordzin van het archief: ")
    summary = verify_archive(Path(args.file), secret, progress=_progress("Controle"))
    print(f"Archief in orde, gemaakt op {summary.created_at} ({summary.producer}).")
    for case in summary.cases:
        print(
            f"  {case.reference}: {case.evidence_count} bewijsstuk(ken), "
            f"{case.evidence_bytes} bytes"
        )
    print(f"Documenten: {summary.documents}")
    return 0


def archive_import(args: argparse.Namespace) -> int:
    """`archive import`: bring every case of an archive into the vault (all or nothing)."""
    secret = read_passphrase(args.archive_passphrase_file, "Wachtwoordzin van het archief: ")
    with _unlocked(args) as session:
        result = import_archive(
            session,
            Path(args.file),
            secret,
            Conflict(args.on_conflict),
            progress=_progress("Inlezen"),
        )
    for _old, _new, reference in result.imported:
        print(f"Ingelezen: {reference}")
    for reference in result.skipped:
        print(f"Overgeslagen (bestaat al): {reference}")
    return 0


def evidence_add(args: argparse.Namespace) -> int:
    """`evidence add`: encrypt files into a case's evidence."""
    with _unlocked(args) as session:
        case_id = CaseService(session).case_id_for_reference(args.case)
        service = EvidenceService(session)
        for path in args.files:
            size = max(1, Path(path).stat().st_size) if Path(path).is_file() else 1
            show = _progress(Path(path).name)
            info = EvidenceInput(
                description=args.description or Path(path).name,
                provided_by=args.provided_by,
                platform=args.platform,
            )
            item = service.add_file(case_id, Path(path), info, progress=_bytes_of(show, size))
            print(f"Toegevoegd: {item.original_name} (SHA-256 {item.sha256})")
    return 0


def evidence_verify(args: argparse.Namespace) -> int:
    """`evidence verify`: re-hash every stored evidence file of a case."""
    with _unlocked(args) as session:
        case_id = CaseService(session).case_id_for_reference(args.case)
        results = EvidenceService(session).verify_case(case_id)
    bad = 0
    for item, ok in results:
        bad += 0 if ok else 1
        print(f"{'in orde' if ok else 'BESCHADIGD'}: {item.original_name or item.id}")
    return 0 if bad == 0 else 1


def backup(args: argparse.Namespace) -> int:
    """`backup`: an encrypted copy of the whole vault in a dated folder."""
    with _unlocked(args) as session:
        info = backup_vault(session, Path(args.to), keep=args.keep, progress=_progress("Kopie"))
    print(f"Reservekopie gemaakt: {info.path}")
    return 0


def restore(args: argparse.Namespace) -> int:
    """`restore`: copy a backup into an empty folder."""
    restore_backup(Path(args.source), Path(args.vault), progress=_progress("Terugzetten"))
    print(f"Teruggezet in {args.vault}")
    return 0


# --- registration ------------------------------------------------------------------------------


def register_archive(subparsers: Any) -> None:
    """Add `archive export|verify|import`."""
    archive = subparsers.add_parser("archive", help="export, check and import case archives")
    actions = archive.add_subparsers(dest="archive_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help="write cases into one encrypted archive")
    _vault_options(export)
    export.add_argument("--case", action="append", required=True, metavar="REF")
    _archive_passphrase_option(export, "first line: the archive passphrase (else one is made)")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--no-documents", action="store_true", help="leave the PDFs out")
    export.set_defaults(handler=_guarded(archive_export))
    verify = actions.add_parser("verify", help="check an archive without a vault")
    _archive_passphrase_option(verify, "first line: the archive passphrase (else a prompt)")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.set_defaults(handler=_guarded(archive_verify))
    imp = actions.add_parser("import", help="import an archive (all or nothing)")
    _vault_options(imp)
    _archive_passphrase_option(imp, "first line: the archive passphrase (else a prompt)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--on-conflict", choices=[c.value for c in Conflict], default="skip")
    imp.set_defaults(handler=_guarded(archive_import))


def register_evidence(subparsers: Any) -> None:
    """Add `evidence add|verify`."""
    evidence = subparsers.add_parser("evidence", help="a case's evidence")
    actions = evidence.add_subparsers(dest="evidence_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="encrypt files into a case's evidence")
    _vault_options(add)
    add.add_argument("--case", required=True, metavar="REF")
    add.add_argument("--description", default="", help="default: the file name")
    add.add_argument("--provided-by", default="")
    add.add_argument("--platform", default="")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.set_defaults(handler=_guarded(evidence_add))
    verify = actions.add_parser("verify", help="re-hash every evidence file of a case")
    _vault_options(verify)
    verify.add_argument("--case", required=True, metavar="REF")
    verify.set_defaults(handler=_guarded(evidence_verify))


def register_backup(subparsers: Any) -> None:
    """Add `backup`."""
    parser = subparsers.add_parser("backup", help="encrypted copy of the whole vault")
    _vault_options(parser)
    parser.add_argument("--to", type=Path, required=True, metavar="DIR")
    parser.add_argument("--keep", type=int, default=DEFAULT_KEEP, help="newest backups to keep")
    parser.set_defaults(handler=_guarded(backup))


def register_restore(subparsers: Any) -> None:
    """Add `restore`."""
    parser = subparsers.add_parser("restore", help="restore a backup into an empty folder")
    parser.add_argument("--from", dest="source", type=Path, required=True, metavar="BACKUP")
    parser.add_argument("--vault", type=Path, required=True, metavar="DIR")
    parser.set_defaults(handler=_guarded(restore))


def register(subparsers: Any) -> None:
    """Add every command of this module (archive, evidence, backup, restore)."""
    register_archive(subparsers)
    register_evidence(subparsers)
    register_backup(subparsers)
    register_restore(subparsers)
