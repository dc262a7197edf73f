"""The error a broken form file raises: which file, which line, what is wrong (as a code)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class FormErrorCode(StrEnum):
    """What is wrong with a form file; the UI turns the code into a Dutch sentence."""

    UNREADABLE = "unreadable"  # the file can not be read or is not UTF-8
    SYNTAX = "syntax"  # not valid TOML
    UNKNOWN_KEY = "unknown_key"
    MISSING_KEY = "missing_key"
    WRONG_TYPE = "wrong_type"  # a value of the wrong type (e.g. a number where text belongs)
    DUPLICATE_ID = "duplicate_id"
    MISSING_TRANSLATION = "missing_translation"  # a text without its "nl" or "en"
    UNKNOWN_FIELD_TYPE = "unknown_field_type"
    UNKNOWN_RULE = "unknown_rule"
    UNKNOWN_KIND = "unknown_kind"
    BAD_REFERENCE = "bad_reference"  # required_when / shown_when names a missing field or option
    BAD_VALUE = "bad_value"  # a value out of range (empty id, version < 1, no options, ...)


class FormError(Exception):
    """A form file that can not be used.

    Attributes:
        path: The file.
        line: 1-based line the problem was found on (best effort for semantic errors).
        code: What kind of problem.
        detail: Technical detail in English (key names, ids; never case data).
    """

    def __init__(self, path: Path, line: int, code: FormErrorCode, detail: str) -> None:
        self.path = Path(path)
        self.line = line
        self.code = code
        self.detail = detail
        super().__init__(f"{self.path.name}:{line}: {code.value}: {detail}")

    def __reduce__(self) -> tuple[type[FormError], tuple[Path, int, FormErrorCode, str]]:
        # Keep the four fields when the error crosses a process or thread queue boundary.
        return (type(self), (self.path, self.line, self.code, self.detail))

    @property
    def message_code(self) -> FormErrorCode:
        """The code of the problem (alias of `code`)."""
        return self.code
