"""Root test configuration: headless Qt before any Qt import, and the fast-KDF test setting."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The one clearly named test setting: vaults created by the tests use small Argon2id parameters.
os.environ["EHBC_TEST_FAST_KDF"] = "1"

from hypothesis import settings

# No per-example deadline (a busy 2-core CI machine must not turn slow into failing) and a
# fixed seed, so a property test fails the same way on every run.
settings.register_profile("ehbc", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ehbc")
