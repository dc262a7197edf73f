"""Root test configuration: headless Qt before any Qt import, hypothesis's profile, and for
each process (each pytest-xdist worker) user folders of its own.

Test data comes from tests/builders (one builder per thing); the start screens' in-memory
backend is tests/gui/memory_backend.py.

Vaults made by the tests use tiny Argon2id parameters, passed explicitly wherever a vault is
created (`kdf=FAST_TEST_PARAMS`, from ehbc_desktop.vault.kdf): the program itself reads no
setting that could weaken a key.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import settings

# No per-example deadline (a busy 2-core CI machine must not turn slow into failing) and a
# fixed seed, so a property test fails the same way on every run.
settings.register_profile("ehbc", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ehbc")


#: Where configuration, cache and data go during the run (Qt's own settings among them).
USER_FOLDERS = ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME")
_HOME = pytest.StashKey[Path]()


def pytest_configure(config: pytest.Config) -> None:
    """Give this process its own user folders; compile the Dutch catalogue once.

    Every process (each pytest-xdist worker, and the programs the tests start) writes its
    configuration and caches (Qt's file dialogs remember folders in QtProject.conf) into
    empty folders of its own, never the user's or another worker's. Only the controller (no
    `workerinput`) compiles the .qm, so no worker reads a catalogue another is still writing.
    """
    home = Path(tempfile.mkdtemp(prefix="ehbc-tests-"))
    config.stash[_HOME] = home
    for variable in USER_FOLDERS:
        folder = home / variable.removeprefix("XDG_").lower()
        folder.mkdir()
        os.environ[variable] = str(folder)
    if hasattr(config, "workerinput"):
        return
    from ehbc_desktop.i18n_build import build

    build()


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove this process's user folders."""
    home = config.stash.get(_HOME, None)
    if home is not None:
        shutil.rmtree(home, ignore_errors=True)
