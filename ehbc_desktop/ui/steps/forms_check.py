"""After unlocking: tell the teacher once when a school form file is broken (file and line)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ehbc_desktop.formspec import FormError, FormErrorCode
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ehbc_desktop.services.container import Services
    from ehbc_desktop.ui.background import BackgroundRunner

_CONTEXT = "FormsCheck"

_CODES: dict[FormErrorCode, str] = {
    FormErrorCode.UNREADABLE: QT_TRANSLATE_NOOP("FormsCheck", "the file cannot be read"),
    FormErrorCode.SYNTAX: QT_TRANSLATE_NOOP("FormsCheck", "a writing error in the file"),
    FormErrorCode.UNKNOWN_KEY: QT_TRANSLATE_NOOP("FormsCheck", "an unknown setting"),
    FormErrorCode.MISSING_KEY: QT_TRANSLATE_NOOP("FormsCheck", "a required setting is missing"),
    FormErrorCode.WRONG_TYPE: QT_TRANSLATE_NOOP("FormsCheck", "a value of the wrong kind"),
    FormErrorCode.DUPLICATE_ID: QT_TRANSLATE_NOOP("FormsCheck", "an id is used twice"),
    FormErrorCode.MISSING_TRANSLATION: QT_TRANSLATE_NOOP(
        "FormsCheck", "a text lacks its Dutch or English version"
    ),
    FormErrorCode.UNKNOWN_FIELD_TYPE: QT_TRANSLATE_NOOP("FormsCheck", "an unknown question type"),
    FormErrorCode.UNKNOWN_RULE: QT_TRANSLATE_NOOP("FormsCheck", "an unknown rule"),
    FormErrorCode.UNKNOWN_KIND: QT_TRANSLATE_NOOP("FormsCheck", "an unknown kind of form"),
    FormErrorCode.BAD_REFERENCE: QT_TRANSLATE_NOOP(
        "FormsCheck", "a condition points to a question or option that does not exist"
    ),
    FormErrorCode.BAD_VALUE: QT_TRANSLATE_NOOP("FormsCheck", "a value that is not allowed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def forms_problem_text(errors: tuple[FormError, ...]) -> str:
    """The notice for broken form files: each file, its line and what is wrong, in words."""
    lines = [
        QCoreApplication.translate("FormsCheck", "%1, line %2: %3")
        .replace("%1", err.path.name)
        .replace("%2", str(err.line))
        .replace("%3", _tr(_CODES.get(err.code, _CODES[FormErrorCode.BAD_VALUE])))
        + (f" ({err.detail})" if err.detail else "")
        for err in errors
    ]
    head = QCoreApplication.translate(
        "FormsCheck",
        "Some of the school's own form files (folder 'forms' next to the vault) could not be "
        "used. The program uses its built-in forms instead. Ask whoever edited them to fix:",
    )
    return head + "\n" + "\n".join(f"• {line}" for line in lines)


def check_school_forms(
    services: Services, runner: BackgroundRunner, show: Callable[[str], None], owner: Any
) -> None:
    """Load the forms on the worker; call `show` with the notice when files are broken."""

    def on_loaded(forms: Any) -> None:
        if forms.errors:
            show(forms_problem_text(tuple(forms.errors)))

    runner.run_in_background(services.forms, on_loaded, lambda _e: None, owner=owner)
