"""Loads the helplines data file (package resource helplines.toml) a school can keep up to date."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from ehbc_desktop.package_data import resource
from ehbc_desktop.reports.base import ReportError
from ehbc_desktop.reports.texts import check_lang


class HelplinesFileError(ReportError):
    """The helplines file is missing, is not valid TOML, or lacks a required field."""


@dataclass(frozen=True, slots=True)
class Helpline:
    """A service where a pupil can talk."""

    name: str
    contact: str
    description_nl: str
    description_en: str
    name_en: str = ""

    def title(self, lang: str) -> str:
        """The name in ``lang``."""
        return self.name_en if check_lang(lang) == "en" and self.name_en else self.name

    def description(self, lang: str) -> str:
        """The one-line description in ``lang``."""
        return self.description_en if check_lang(lang) == "en" else self.description_nl


def default_helplines_path() -> Path:
    """Where the shipped helplines file lives."""
    return resource("helplines.toml")


def load_helplines(path: Path | None = None) -> tuple[Helpline, ...]:
    """Read the helplines, in the order of the file.

    Raises:
        HelplinesFileError: the file cannot be read or an entry lacks a field.
    """
    source = path or default_helplines_path()
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise HelplinesFileError(str(source)) from exc
    entries = data.get("helpline", [])
    if not isinstance(entries, list):
        raise HelplinesFileError(f"{source}: 'helpline' must be a list of tables")
    helplines = []
    for index, entry in enumerate(entries, start=1):
        try:
            helplines.append(Helpline(
                name=str(entry["name"]), contact=str(entry["contact"]),
                description_nl=str(entry["nl"]), description_en=str(entry["en"]),
                name_en=str(entry.get("name_en", "")),
            ))
        except (KeyError, TypeError, AttributeError) as exc:
            raise HelplinesFileError(f"{source}: helpline {index} lacks {exc}") from exc
    return tuple(helplines)
