"""`ehbc render`: print a document of a case (or a handout, a blank form) to a PDF file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ehbc_desktop.cli.options import CASE_HELP, PASSPHRASE_FILE_HELP
from ehbc_desktop.cli.passphrases import read_passphrase
from ehbc_desktop.cli.render_conversation import (
    ConversationNotChosenError,
    choose_conversation,
    conversation_lines,
)

if TYPE_CHECKING:
    from ehbc_desktop.services.documents.documents import DocumentService

    Work = Callable[[argparse.Namespace, DocumentService], bool]

#: The documents the command line makes (the recovery sheet stays in the program).
CLI_DOCUMENTS = (
    "repair-agreement",
    "follow-up-plan",
    "conversation",
    "case-summary",
    "pupil-handout",
    "parent-handout",
    "blank-repair-agreement",
    "blank-conversation",
)
_CASE_DOCUMENTS = frozenset({"repair-agreement", "follow-up-plan", "conversation", "case-summary"})

_MESSAGES = {
    "nl": {
        "written": "PDF geschreven: {path}",
        "privacy": "Let op: dit PDF-bestand staat buiten de kluis en is niet beveiligd. "
        "Verwijder het zodra het niet meer nodig is.",
        "documents": "Documenten:",
        "needs_case": "(kluis en dossier nodig: --user, --case)",
        "needs_vault": "(kluis nodig voor de schoolgegevens: --user)",
        "needs_form": "(kluis nodig, en een formulier: --user, --form)",
        "conversations": "Gesprekken van dossier {ref}:",
        "no_conversations": "Dit dossier heeft nog geen gesprekken.",
        "prompt": "Wachtwoordzin: ",
    },
    "en": {
        "written": "PDF written: {path}",
        "privacy": "Note: this PDF file is outside the vault and not protected. "
        "Delete it as soon as it is no longer needed.",
        "documents": "Documents:",
        "needs_case": "(needs the vault and a case: --user, --case)",
        "needs_vault": "(needs the vault, for the school's details: --user)",
        "needs_form": "(needs the vault and a form: --user, --form)",
        "conversations": "Conversations of case {ref}:",
        "no_conversations": "This case has no conversations yet.",
        "prompt": "Passphrase: ",
    },
}


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add `render` to the main parser's subcommands (the `add_subparsers()` object).

    The parsed namespace carries `handler` (call it with the namespace; it returns the exit
    code) and the options `vault`, `user`, `passphrase_file` like every vault command.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "render",
        help="print a document to a PDF file",
        description="Render a document of a case, a handout or a blank form to a PDF file. "
        "Every document needs the vault, for the school's details (and a case document its "
        "case): --vault DIR (default: the program's own vault folder), --user NAME and the "
        "passphrase. The file is outside the vault: keep it safe and delete it after use.",
    )
    parser.add_argument(
        "document",
        nargs="?",
        choices=CLI_DOCUMENTS,
        metavar="DOCUMENT",
        help="one of: " + ", ".join(CLI_DOCUMENTS),
    )
    parser.add_argument(
        "--list",
        action="store_true",
        dest="list_documents",
        help="list the documents (with --case: also the case's conversations)",
    )
    parser.add_argument("--vault", type=Path, default=None, help="vault folder")
    parser.add_argument("--user", default=None, help="your user name in the vault")
    parser.add_argument(
        "--passphrase-file", type=Path, default=None, metavar="FILE", help=PASSPHRASE_FILE_HELP
    )
    parser.add_argument(
        "--case", dest="case_ref", default=None, help=CASE_HELP
    )
    parser.add_argument(
        "--conversation",
        dest="conversation_id",
        default=None,
        help="for DOCUMENT conversation when the case has more than one: the conversation's "
        "id or its first characters; `ehbc render --list --case REF` (with --user) lists them",
    )
    parser.add_argument(
        "--form",
        dest="form_id",
        default=None,
        help="form id for DOCUMENT blank-conversation, such as victim",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="the PDF file to write (never in a vault folder)"
    )
    parser.add_argument("--force", action="store_true", help="replace the --out file if it exists")
    parser.add_argument(
        "--pseudonymise",
        action="store_true",
        help="case-summary: initials and roles instead of names",
    )
    parser.add_argument(
        "--lang",
        choices=("nl", "en"),
        default=argparse.SUPPRESS,
        help="language of the document and the messages (before or after `render`; default nl)",
    )
    parser.set_defaults(handler=render_command, render_parser=parser)
    return parser


def _lang(args: argparse.Namespace) -> str:
    lang = getattr(args, "lang", None) or "nl"
    return lang if lang in _MESSAGES else "nl"


def _say(args: argparse.Namespace, key: str, **values: object) -> str:
    return _MESSAGES[_lang(args)][key].format(**values)


def render_command(args: argparse.Namespace) -> int:
    """Run `ehbc render`; returns the exit code (errors are raised as typed exceptions)."""
    if args.list_documents:
        return _list(args)
    _check_usage(args)
    try:
        rendered = _with_service(args, _render)
    except ConversationNotChosenError as exc:
        print(f"ehbc: {exc.text}", *exc.lines, sep="\n", file=sys.stderr)
        return 1
    print(_say(args, "written", path=args.out))
    if rendered:
        print(_say(args, "privacy"), file=sys.stderr)
    return 0


def _check_usage(args: argparse.Namespace) -> None:
    parser: argparse.ArgumentParser = args.render_parser
    if args.document is None:
        parser.error("give a DOCUMENT or --list")
    missing = [
        flag
        for flag, value in (("--out", args.out), ("--user", args.user))
        if value is None
    ]
    if args.document in _CASE_DOCUMENTS and not args.case_ref:
        missing.append("--case")
    if args.document == "blank-conversation" and not args.form_id:
        missing.append("--form")
    if missing:
        parser.error(f"{args.document} needs {', '.join(missing)}")
    if args.pseudonymise and args.document != "case-summary":
        parser.error("--pseudonymise only applies to case-summary")
    from ehbc_desktop.vault.output_files import check_output_file

    check_output_file(args.out, overwrite=args.force)  # refused before the vault is opened


def _render(args: argparse.Namespace, service: DocumentService) -> bool:
    from ehbc_desktop.services.documents.document_catalog import DocumentRequest

    case_id = service.find_case(args.case_ref) if args.document in _CASE_DOCUMENTS else None
    conversation_id = None
    if args.document == "conversation":
        conversation_id = choose_conversation(
            service, case_id or "", args.case_ref, args.conversation_id, _lang(args)
        )
    request = DocumentRequest(
        args.document,
        case_id,
        conversation_id,
        args.form_id,
        _lang(args),
        pseudonymise=args.pseudonymise,
    )
    rendered = service.render(request)
    service.save_pdf(
        rendered.pdf, args.out, rendered.document_id, rendered.case_id, overwrite=args.force
    )
    return rendered.confidential


def _list(args: argparse.Namespace) -> int:
    from ehbc_desktop.services.documents.document_catalog import CASE_DOCUMENTS, document_choices

    lang = _lang(args)
    print(_say(args, "documents"))
    for choice in document_choices(lang, is_admin=False):
        if choice.id in CLI_DOCUMENTS:
            need = "needs_case" if choice.id in CASE_DOCUMENTS else "needs_vault"
            if choice.id == "blank-conversation":
                need = "needs_form"
            print(f"  {choice.id:<24} {choice.title}  {_say(args, need)}")
    if args.case_ref and args.vault is not None and args.user:
        _with_service(args, _list_conversations)
    return 0


def _list_conversations(args: argparse.Namespace, service: DocumentService) -> bool:
    case_id = service.find_case(args.case_ref)
    conversations = service.conversations(case_id)
    print(_say(args, "conversations", ref=args.case_ref))
    if not conversations:
        print(f"  {_say(args, 'no_conversations')}")
    for line in conversation_lines(conversations, _lang(args)):
        print(line)
    return False


def _with_service(args: argparse.Namespace, work: Work) -> bool:
    """Unlock the vault, run `work(args, DocumentService)`, and lock the vault again."""
    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.documents.documents import DocumentService

    passphrase = read_passphrase(args.passphrase_file, _say(args, "prompt"))
    session = access.unlock_to_work(Path(args.vault), args.user, passphrase)
    try:
        return work(args, DocumentService(session))
    finally:
        session.close()
