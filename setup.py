"""Build hook: a wheel carries the compiled translations (.qm) next to their .ts sources.

Everything else about the package is declared in pyproject.toml. The catalogues are compiled
with the `lrelease` that PySide6 ships (a build requirement), so nobody has to remember a
separate step before `pip wheel .` or `pip install .`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

I18N = Path("ehbc_desktop") / "resources" / "i18n"
# PySide6's own console script `pyside6-lrelease`, called through the interpreter so it is found
# in an isolated build environment on every platform.
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.exit(lrelease())"


class BuildPyWithTranslations(build_py):
    """`build_py` that also compiles every `.ts` catalogue into a `.qm` in the build folder."""

    def run(self) -> None:
        super().run()
        sources = sorted(I18N.glob("*.ts"))
        if not sources:
            raise SystemExit(f"no translation sources in {I18N}")
        target = Path(self.build_lib) / I18N
        target.mkdir(parents=True, exist_ok=True)
        for ts in sources:
            qm = target / ts.with_suffix(".qm").name
            command = [sys.executable, "-c", LRELEASE, "-silent", str(ts), "-qm", str(qm)]
            subprocess.run(command, check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"lrelease wrote no catalogue for {ts}")


setup(cmdclass={"build_py": BuildPyWithTranslations})
