"""Root test configuration: headless Qt before any Qt import, hypothesis's profile.

Vaults made by the tests use tiny Argon2id parameters, passed explicitly wherever a vault is
created (`kdf=FAST_TEST_PARAMS`, from ehbc_desktop.vault.kdf): the program itself reads no
setting that could weaken a key.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

# No per-example deadline (a busy 2-core CI machine must not turn slow into failing) and a
# fixed seed, so a property test fails the same way on every run.
settings.register_profile("ehbc", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ehbc")
