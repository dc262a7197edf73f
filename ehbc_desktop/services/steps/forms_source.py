"""The forms of a vault: the built-in ones, replaced by the school's own valid form files.

One source for every screen and document: step wizards, conversations, blank forms and
reports all ask `forms_for`. A school file that does not load is left out (its error is kept
in `FormSet.errors`, which the program shows once) and the built-in form is used instead.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from ehbc_desktop.formspec import FormSet, load_forms
from ehbc_desktop.formspec.loader import preload_packaged_forms

if TYPE_CHECKING:
    from ehbc_desktop.services.session import VaultSession

#: The folder inside the vault folder where a school keeps its own form files.
SCHOOL_FORMS = "forms"

_loaded: weakref.WeakKeyDictionary[VaultSession, FormSet] = weakref.WeakKeyDictionary()


def school_forms_dir(session: VaultSession) -> Path | None:
    """The school's form folder of this vault, or None when there is none (nothing is made)."""
    folder = Path(session.vault.folder) / SCHOOL_FORMS
    return folder if folder.is_dir() else None


def preload_forms() -> None:
    """Read the program's own forms ahead of the first session (from a thread of its own)."""
    preload_packaged_forms()


def forms_for(session: VaultSession) -> FormSet:
    """The forms of this session, loaded once (call on the worker: it reads files)."""
    found = _loaded.get(session)
    if found is None:
        found = load_forms(school_forms_dir(session))
        _loaded[session] = found
    return found
