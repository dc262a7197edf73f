"""Finds the files that travel inside the package: fonts, style, icons, translations, forms.

This is the one place that knows where they are. They live under `ehbc_desktop/resources/` and
`ehbc_desktop/forms/` and are found beside this module (its `__file__`), so the
same code works in a source checkout, an installed wheel and a PyInstaller bundle (which puts
the package's data files in the folder its frozen modules name). Not through
`importlib.resources`: that costs about 5 ms before the unlock screen's first paint, for the
same folder. Qt and ReportLab need real file names, so a package imported from a zip file is
refused with a clear error.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE = "ehbc_desktop"


class PackageDataError(RuntimeError):
    """The package's data files are not on disk as ordinary files."""


@cache
def package_root() -> Path:
    """The folder of the `ehbc_desktop` package on disk."""
    root = Path(__file__).parent  # this module lies at the package's top
    if not root.is_dir():  # imported from an archive: no folder of files on disk
        raise PackageDataError(f"{PACKAGE} must be installed as files, not in an archive")
    return root


def resources_dir() -> Path:
    """`ehbc_desktop/resources`: fonts, style, icons, helplines, word list, translations."""
    return package_root() / "resources"


def resource(*parts: str) -> Path:
    """A file or folder under the resources folder, e.g. `resource("fonts", "DejaVuSans.ttf")`."""
    return resources_dir().joinpath(*parts)


def i18n_dir() -> Path:
    """The translation catalogues (`.ts` sources and the compiled `.qm` files)."""
    return resource("i18n")


def forms_dir() -> Path:
    """The built-in form definitions (one TOML file per conversation or intake type)."""
    return package_root() / "forms"
