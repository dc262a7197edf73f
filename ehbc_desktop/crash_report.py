"""What an unexpected error leaves behind: where it happened, never what it was about.

Exception messages can hold a pupil's name or a note (an SQL parameter, a file name, a value
that failed to parse), so the report keeps the exception's type and the code locations only.
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

Notify = Callable[[str], None]


def redacted_report(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The exception type and the frames (file, line, function), without any message or value."""
    lines = [f"EHBC Desktop: unexpected error {kind.__module__}.{kind.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  at {frame.filename}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def install(notify: Notify | None = None) -> None:
    """Route unexpected errors of the main and the worker threads through `redacted_report`.

    `notify` (for example a message box) is told that something went wrong, in the UI's words;
    it receives the exception type's name only.
    """

    def on_error(
        kind: type[BaseException], _value: BaseException, tb: TracebackType | None
    ) -> None:
        print(redacted_report(kind, tb), file=sys.stderr, flush=True)
        if notify is not None:
            notify(kind.__name__)

    def on_thread_error(args: threading.ExceptHookArgs) -> None:
        on_error(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    sys.excepthook = on_error
    threading.excepthook = on_thread_error
