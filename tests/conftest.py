"""Root test configuration: headless Qt before any Qt import, and the fast-KDF test setting."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The one clearly named test setting: vaults created by the tests use small Argon2id parameters.
os.environ["EHBC_TEST_FAST_KDF"] = "1"
