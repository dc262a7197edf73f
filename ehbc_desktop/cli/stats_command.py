"""`ehbc stats`: the anonymous statistics of a period, as text, JSON or a PDF for the board."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ehbc_desktop.cli.options import vault_options
from ehbc_desktop.cli.passphrases import read_passphrase

_MESSAGES = {
    "nl": {"prompt": "Wachtwoordzin: ", "written": "PDF geschreven: {path}",
           "bad_range": "--to valt vóór --from"},
    "en": {"prompt": "Passphrase: ", "written": "PDF written: {path}",
           "bad_range": "--to is before --from"},
}  # fmt: skip


def register(subparsers: Any) -> argparse.ArgumentParser:
    """Add `stats` to the main parser's subcommands."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "stats",
        help="anonymous figures of a period (counts only, small counts hidden)",
        description="Count the cases of a period (default: the current school year) and "
        "compare them with the period before. Counts below the school's threshold show as "
        "'< 5'; no name, class or text is ever printed.",
    )
    vault_options(parser)
    parser.add_argument("--from", dest="start", type=date.fromisoformat, default=None,
                        metavar="DATE", help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=date.fromisoformat, default=None,
                        metavar="DATE", help="last day, YYYY-MM-DD")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the figures as JSON")
    output.add_argument("--out", type=Path, default=None, metavar="FILE.pdf",
                        help="write a PDF for the school board")
    parser.add_argument("--threshold", type=_threshold, default=None, metavar="N",
                        help="show counts below N as '< N' for this run only "
                        "(default: the school's setting, which this does not change)")
    parser.add_argument("--document-lang", choices=("nl", "en"), default=None,
                        help="language of the PDF and the text (default: --lang)")
    parser.set_defaults(handler=stats_command, stats_parser=parser)
    return parser  # fmt: skip


def _threshold(text: str) -> int:
    """The `--threshold` value, within the range the school setting allows."""
    from ehbc_desktop.domain.statistics.suppression import MIN_THRESHOLD
    from ehbc_desktop.services.settings import MAX_STATISTICS_THRESHOLD

    value = int(text)
    if not MIN_THRESHOLD <= value <= MAX_STATISTICS_THRESHOLD:
        raise argparse.ArgumentTypeError(
            f"choose from {MIN_THRESHOLD} to {MAX_STATISTICS_THRESHOLD}"
        )
    return value


def stats_command(args: argparse.Namespace) -> int:
    """Run `ehbc stats`."""
    from ehbc_desktop.domain.statistics.periods import school_year_of
    from ehbc_desktop.services.access import access
    from ehbc_desktop.services.documents.documents import DocumentService
    from ehbc_desktop.services.statistics.statistics_service import (
        StatisticsService,
        period_for,
        statistics_json,
    )

    lang = args.document_lang or getattr(args, "lang", "nl") or "nl"
    messages = _MESSAGES.get(lang, _MESSAGES["nl"])
    year = school_year_of(date.today())
    start, end = args.start or year.start, args.end or year.end
    if end < start:
        args.stats_parser.error(messages["bad_range"])
    passphrase = read_passphrase(args.passphrase_file, messages["prompt"])
    session = access.unlock_to_work(Path(args.vault), args.user, passphrase)
    try:
        service = StatisticsService(session)
        stats = service.statistics(period_for(start, end), args.threshold)
        if args.out is not None:
            pdf = service.render_pdf(stats, lang)
            DocumentService(session).save_pdf(pdf, args.out, "statistics")
    finally:
        session.close()
    if args.json:
        json.dump(statistics_json(stats), sys.stdout, indent=2, ensure_ascii=False)
        print()
    elif args.out is not None:
        print(messages["written"].format(path=args.out))
    else:
        print(_as_text(stats, lang))
    return 0


def _as_text(stats: Any, lang: str) -> str:
    from ehbc_desktop.reports.statistics_labels import (
        category_label,
        duration_text,
        shown_text,
        statistics_text,
        table_title,
    )

    t = stats.threshold

    def line(label: str, now: str, before: str) -> str:
        return f"  {label:<48} {now:>10} {before:>10}"

    out = [
        f"{statistics_text('title', lang)}: {stats.period.start} – {stats.period.end}",
        line("", statistics_text("this_period", lang), statistics_text("previous_period", lang)),
        line(statistics_text("opened", lang), shown_text(stats.opened, t, lang),
             shown_text(stats.opened_previous, t, lang)),
        line(statistics_text("closed", lang), shown_text(stats.closed, t, lang),
             shown_text(stats.closed_previous, t, lang)),
        f"  {statistics_text('days_to_stopped', lang)}: "
        f"{duration_text(stats.days_to_stopped, t, lang)}",
    ]  # fmt: skip
    for table in stats.tables:
        out.append(f"\n{table_title(table.id, lang)}")
        for row in table.rows:
            out.append(line(category_label(table.id, row.category, lang)[:48],
                            shown_text(row.current, t, lang), shown_text(row.previous, t, lang)))
    out.append("\n" + statistics_text("note_small", lang, threshold=t))
    return "\n".join(out)
