"""Reads form files from disk: one file to a FormSpec, a folder to a FormSet with fallbacks."""

from __future__ import annotations

import re
import threading
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ehbc_desktop.formspec.errors import FormError, FormErrorCode
from ehbc_desktop.formspec.model import FormSpec
from ehbc_desktop.formspec.parse import FormBuilder
from ehbc_desktop.package_data import forms_dir

_TOML_POSITION = re.compile(r"at line (\d+)")
_ID_LINE = re.compile(r'^\s*id\s*=\s*"([a-z][a-z0-9_]*)"', re.MULTILINE)


def builtin_forms_dir() -> Path:
    """The folder of the built-in forms, `ehbc_desktop/forms` (package data)."""
    return forms_dir()


def load_form(path: Path) -> FormSpec:
    """Read and check one form file.

    Args:
        path: A `.toml` form file.

    Returns:
        The form it defines.

    Raises:
        FormError: The file can not be read, is not valid TOML, or breaks the schema; the
            error names the file and the line.
    """
    path = Path(path)
    try:
        source = path.read_bytes().decode("utf-8-sig")  # Notepad may add a BOM
    except OSError as exc:
        raise FormError(path, 1, FormErrorCode.UNREADABLE, type(exc).__name__) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise FormError(path, line, FormErrorCode.UNREADABLE, "not UTF-8") from None
    return parse_form(source, path)


def parse_form(source: str, path: Path) -> FormSpec:
    """Check form text already read from `path` (the path is only used in errors)."""
    try:
        doc = tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_POSITION.search(str(exc))
        line = int(match.group(1)) if match else 1
        raise FormError(Path(path), line, FormErrorCode.SYNTAX, str(exc)) from None
    except RecursionError:
        raise FormError(Path(path), 1, FormErrorCode.SYNTAX, "nested too deeply") from None
    return FormBuilder(Path(path), source).build(doc)


@dataclass(frozen=True)
class FormSet:
    """The forms the program runs with, and the problems met while loading them.

    Attributes:
        forms: Form id to form.
        errors: Every file that could not be used; the built-in form of the same id (if any)
            stays in `forms`, so the program starts anyway.
        school_ids: Ids whose form comes from the school's own folder instead of the built-in.
    """

    forms: Mapping[str, FormSpec]
    errors: tuple[FormError, ...] = ()
    school_ids: frozenset[str] = field(default_factory=frozenset)

    def get(self, form_id: str) -> FormSpec:
        """The form with this id; KeyError if there is none."""
        return self.forms[form_id]

    def for_kind(self, kind: str) -> FormSpec | None:
        """The form of a conversation or intake kind (form ids equal their kind for built-ins)."""
        if kind in self.forms and self.forms[kind].kind == kind:
            return self.forms[kind]
        return next((form for form in self.forms.values() if form.kind == kind), None)

    def __contains__(self, form_id: object) -> bool:
        return form_id in self.forms

    def __iter__(self) -> Iterator[FormSpec]:
        return iter(self.forms.values())


def load_forms(directory: Path | None, builtin_directory: Path | None = None) -> FormSet:
    """Load the built-in forms, then let the school's folder replace them one by one.

    A school file that is broken, or that gives an existing id another kind, is skipped with
    its error recorded; the built-in definition of that id keeps working.

    Args:
        directory: The school's folder of edited or added forms (None or missing: none).
        builtin_directory: The built-in forms; default `builtin_forms_dir()`.
    """
    builtin_dir = Path(builtin_directory) if builtin_directory else builtin_forms_dir()
    builtin, builtin_errors = (
        _read_folder(builtin_dir) if builtin_directory else _packaged_forms()
    )
    forms, errors = dict(builtin), list(builtin_errors)
    school_ids: set[str] = set()
    same_dir = directory is not None and _same(Path(directory), builtin_dir)
    for path in [] if directory is None or same_dir else _toml_files(Path(directory)):
        try:
            spec = load_form(path)
            _check_replacement(path, spec, forms.get(spec.id), spec.id in school_ids)
        except FormError as exc:
            errors.append(exc)
            continue
        forms[spec.id] = spec
        school_ids.add(spec.id)
    return FormSet(MappingProxyType(forms), tuple(errors), frozenset(school_ids))


_PackagedForms = tuple[Mapping[str, FormSpec], tuple[FormError, ...]]
_packaged: dict[str, _PackagedForms] = {}  # read once per run, under the lock
_packaged_lock = threading.Lock()


def _packaged_forms() -> _PackagedForms:
    """The forms shipped with the program, read once per run (they never change while it runs).

    Parsing them takes some 30 ms of pure Python; the window does it in its preload thread
    while the teacher types the passphrase (`preload_packaged_forms`), not on the database
    worker after the unlock, where it held the interpreter while the first screens were built.
    """
    with _packaged_lock:
        if "forms" not in _packaged:
            forms, errors = _read_folder(builtin_forms_dir())
            _packaged["forms"] = MappingProxyType(dict(forms)), errors
        return _packaged["forms"]


def preload_packaged_forms() -> None:
    """Read the program's own forms now (from a thread of its own, before they are needed)."""
    _packaged_forms()


def _read_folder(folder: Path) -> _PackagedForms:
    forms: dict[str, FormSpec] = {}
    errors: list[FormError] = []
    for path in _toml_files(folder):
        try:
            spec = load_form(path)
        except FormError as exc:
            errors.append(exc)
            continue
        forms[spec.id] = spec
    return forms, tuple(errors)


def _check_replacement(
    path: Path, spec: FormSpec, current: FormSpec | None, from_school: bool
) -> None:
    text = path.read_text(encoding="utf-8")
    match = _ID_LINE.search(text)
    line = text[: match.start()].count("\n") + 1 if match else 1
    if from_school:
        raise FormError(path, line, FormErrorCode.DUPLICATE_ID, f"form id {spec.id!r} twice")
    if current is not None and current.kind != spec.kind:
        detail = f"form {spec.id!r} must keep kind {current.kind!r}"
        raise FormError(path, line, FormErrorCode.BAD_VALUE, detail)


def _toml_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        return []
    return sorted(path for path in directory.glob("*.toml") if path.is_file())


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False
