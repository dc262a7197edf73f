"""Command-line commands for evidence, case archives and backups: `register(subparsers)`.

Passphrases come only from files (first line) or a hidden prompt, never from the command line.
Progress goes to stderr; errors become one line on stderr (Dutch, or English with --lang en)
and exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ehbc_desktop.cli.messages import message
from ehbc_desktop.cli.options import CASE_HELP, NEEDS_VAULT, vault_options
from ehbc_desktop.cli.passphrases import read_passphrase
from ehbc_desktop.cli.progress import end_progress_line, progress_reporter
from ehbc_desktop.services.access import access
from ehbc_desktop.services.archive.archive_export import ArchiveExportService, propose_passphrase
from ehbc_desktop.services.archive.archive_import import Conflict, import_archive, verify_archive
from ehbc_desktop.services.archive.backup import (
    DEFAULT_KEEP,
    backup_vault,
    list_backups,
    restore_backup,
)
from ehbc_desktop.services.case.cases import CaseService
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.vault.output_files import check_output_file, check_output_folder

__all__ = [
    "register",
    "register_archive",
    "register_backup",
    "register_evidence",
    "register_restore",
]

Handler = Callable[[argparse.Namespace], int]


def _guarded(handler: Handler) -> Handler:
    """A cancel (Ctrl+C) says that nothing was left; every error reaches the main CLI."""

    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except KeyboardInterrupt:
            end_progress_line()
            print(f"ehbc: {message('cancelled', args.lang)}", file=sys.stderr)
            return 1

    run.__doc__ = handler.__doc__
    return run


@contextmanager
def _unlocked(args: argparse.Namespace) -> Iterator[VaultSession]:
    prompt = message("prompt_vault_passphrase", args.lang)
    passphrase = read_passphrase(getattr(args, "passphrase_file", None), prompt)
    session = access.unlock_to_work(Path(args.vault), args.user, passphrase)
    try:
        yield session
    finally:
        session.close()


def _progress(args: argparse.Namespace, stage: str) -> Callable[[int, int], None]:
    return progress_reporter(message(stage, args.lang))


def _bytes_of(show: Callable[[int, int], None], total: int) -> Callable[[int], None]:
    return lambda done: show(done, total)


def _archive_secret(args: argparse.Namespace) -> str:
    prompt = message("prompt_archive_passphrase", args.lang)
    return read_passphrase(args.archive_passphrase_file, prompt)


def _vault_options(parser: argparse.ArgumentParser) -> None:
    vault_options(parser)


def _archive_passphrase_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument(
        "--archive-passphrase-file", type=Path, default=None, metavar="FILE", help=help_text
    )


# --- handlers ----------------------------------------------------------------------------------


def archive_export(args: argparse.Namespace) -> int:
    """`archive export`: one archive of the given cases."""
    check_output_file(Path(args.out), overwrite=args.force)  # before the vault is opened
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
            progress=_progress(args, "stage_archive"),
            overwrite=args.force,
        )
    cases, evidence = len(result.references), result.evidence_count
    print(message("archive_written", args.lang, path=result.path, cases=cases, evidence=evidence))
    if proposed:
        print(message("archive_passphrase", args.lang, secret=secret))
        print(message("archive_passphrase_apart", args.lang))
    return 0


def archive_verify(args: argparse.Namespace) -> int:
    """`archive verify`: open and check an archive without any vault."""
    secret = _archive_secret(args)
    summary = verify_archive(Path(args.file), secret, progress=_progress(args, "stage_check"))
    lang = args.lang
    print(message("archive_ok", lang, created=summary.created_at, producer=summary.producer))
    for case in summary.cases:
        print(message("archive_case", lang, reference=case.reference,
                      evidence=case.evidence_count, size=case.evidence_bytes))  # fmt: skip
    print(message("archive_documents", lang, count=summary.documents))
    return 0


def archive_import(args: argparse.Namespace) -> int:
    """`archive import`: bring every case of an archive into the vault (all or nothing)."""
    secret = _archive_secret(args)
    with _unlocked(args) as session:
        result = import_archive(
            session,
            Path(args.file),
            secret,
            Conflict(args.on_conflict),
            progress=_progress(args, "stage_import"),
        )
    for _old, _new, reference in result.imported:
        print(message("imported", args.lang, reference=reference))
    for reference in result.skipped:
        print(message("import_skipped", args.lang, reference=reference))
    return 0


def evidence_add(args: argparse.Namespace) -> int:
    """`evidence add`: encrypt files into a case's evidence."""
    with _unlocked(args) as session:
        case_id = CaseService(session).case_id_for_reference(args.case)
        service = EvidenceService(session)
        for path in args.files:
            size = max(1, Path(path).stat().st_size) if Path(path).is_file() else 1
            show = progress_reporter(Path(path).name)
            info = EvidenceInput(
                description=args.description or Path(path).name,
                provided_by=args.provided_by,
                platform=args.platform,
            )
            item = service.add_file(case_id, Path(path), info, progress=_bytes_of(show, size))
            print(message("evidence_added", args.lang, name=item.original_name,
                          sha256=item.sha256))  # fmt: skip
    return 0


def evidence_verify(args: argparse.Namespace) -> int:
    """`evidence verify`: re-hash every stored evidence file of a case."""
    with _unlocked(args) as session:
        case_id = CaseService(session).case_id_for_reference(args.case)
        results = EvidenceService(session).verify_case(case_id)
    bad = 0
    for item, ok in results:
        bad += 0 if ok else 1
        name = item.original_name or item.id
        print(message("evidence_ok" if ok else "evidence_bad", args.lang, name=name))
    return 0 if bad == 0 else 1


def backup(args: argparse.Namespace) -> int:
    """`backup`: an encrypted copy of the whole vault in a dated folder."""
    check_output_folder(Path(args.to))  # before the vault is opened
    with _unlocked(args) as session:
        show = _progress(args, "stage_backup")
        info = backup_vault(session, Path(args.to), keep=args.keep, progress=show)
    print(message("backup_made", args.lang, path=info.path))
    return 0


def restore(args: argparse.Namespace) -> int:
    """`restore`: copy a backup into an empty folder."""
    show = _progress(args, "stage_restore")
    restore_backup(Path(args.source), Path(args.vault), progress=show)
    print(message("restored", args.lang, folder=args.vault))
    return 0


def backups(args: argparse.Namespace) -> int:
    """`backups`: the finished backups in a folder, newest first (no passphrase needed)."""
    found = list_backups(Path(args.to))
    if not found:
        print(message("no_backups", args.lang, folder=args.to))
        return 1
    for path in found:
        print(path)
    return 0


# --- registration ------------------------------------------------------------------------------


def register_archive(subparsers: Any) -> None:
    """Add `archive export|verify|import`."""
    archive = subparsers.add_parser("archive", help="export, check and import case archives")
    actions = archive.add_subparsers(dest="archive_command", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export", help="write cases into one encrypted archive", description=NEEDS_VAULT
    )
    _vault_options(export)
    export.add_argument(
        "--case", action="append", required=True, metavar="REF", help=CASE_HELP + "; repeatable"
    )
    _archive_passphrase_option(export, "file holding the archive passphrase (else one is made)")
    export.add_argument(
        "--out", type=Path, required=True, metavar="FILE",
        help="the archive to write (never inside a vault folder)",
    )
    export.add_argument("--force", action="store_true", help="replace FILE if it exists")
    export.add_argument("--no-documents", action="store_true", help="leave the PDFs out")
    export.set_defaults(handler=_guarded(archive_export))
    verify = actions.add_parser("verify", help="check an archive without a vault")
    _archive_passphrase_option(verify, "file holding the archive passphrase (else a prompt)")
    verify.add_argument("file", type=Path, metavar="FILE")
    verify.set_defaults(handler=_guarded(archive_verify))
    imp = actions.add_parser(
        "import", help="import an archive (all or nothing)", description=NEEDS_VAULT
    )
    _vault_options(imp)
    _archive_passphrase_option(imp, "file holding the archive passphrase (else a prompt)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--on-conflict", choices=[c.value for c in Conflict], default="skip",
        help="a case the vault already holds: skip it (default), or import a copy whose "
        "reference gets a suffix such as 2026-0002-2",
    )  # fmt: skip
    imp.set_defaults(handler=_guarded(archive_import))


def register_evidence(subparsers: Any) -> None:
    """Add `evidence add|verify`."""
    evidence = subparsers.add_parser("evidence", help="a case's evidence")
    actions = evidence.add_subparsers(dest="evidence_command", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", help="encrypt files into a case's evidence", description=NEEDS_VAULT
    )
    _vault_options(add)
    add.add_argument("--case", required=True, metavar="REF", help=CASE_HELP)
    add.add_argument("--description", default="", help="default: the file name")
    add.add_argument("--provided-by", default="", help="who handed the evidence over")
    add.add_argument("--platform", default="", help="where it was found, such as Instagram")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.set_defaults(handler=_guarded(evidence_add))
    verify = actions.add_parser(
        "verify", help="re-hash every evidence file of a case", description=NEEDS_VAULT
    )
    _vault_options(verify)
    verify.add_argument("--case", required=True, metavar="REF", help=CASE_HELP)
    verify.set_defaults(handler=_guarded(evidence_verify))


def register_backup(subparsers: Any) -> None:
    """Add `backup`."""
    parser = subparsers.add_parser(
        "backup", help="encrypted copy of the whole vault", description=NEEDS_VAULT
    )
    _vault_options(parser)
    parser.add_argument(
        "--to", type=Path, required=True, metavar="DIR",
        help="folder that receives a dated backup folder (never inside a vault folder)",
    )  # fmt: skip
    parser.add_argument(
        "--keep", type=_at_least_one, default=DEFAULT_KEEP,
        help=f"newest backups to keep, at least 1 (default {DEFAULT_KEEP})",
    )
    parser.set_defaults(handler=_guarded(backup))


def register_backups(subparsers: Any) -> None:
    """Add `backups` (the list)."""
    parser = subparsers.add_parser("backups", help="list the backups in a folder, newest first")
    parser.add_argument(
        "--to", type=Path, required=True, metavar="DIR",
        help="the folder that holds the backups (the --to DIR of `ehbc backup`)",
    )  # fmt: skip
    parser.set_defaults(handler=_guarded(backups))


def _at_least_one(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("a whole number of at least 1") from None
    if value < 1:
        raise argparse.ArgumentTypeError("at least 1: the newest backup is always kept")
    return value


def register_restore(subparsers: Any) -> None:
    """Add `restore`."""
    parser = subparsers.add_parser("restore", help="restore a backup into an empty folder")
    parser.add_argument(
        "--from", dest="source", type=Path, required=True, metavar="BACKUP",
        help="one backup folder, as `ehbc backups --to DIR` lists them",
    )  # fmt: skip
    parser.add_argument(
        "--vault", type=Path, required=True, metavar="DIR",
        help="an empty or new folder to restore the vault into",
    )  # fmt: skip
    parser.set_defaults(handler=_guarded(restore))


def register(subparsers: Any) -> None:
    """Add every command of this module (archive, evidence, backup, restore)."""
    register_archive(subparsers)
    register_evidence(subparsers)
    register_backup(subparsers)
    register_backups(subparsers)
    register_restore(subparsers)
