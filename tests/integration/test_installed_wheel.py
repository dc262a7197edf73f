"""The wheel holds everything the program reads: built, installed outside the tree, and used.

One wheel is built per session from a copy of the working tree without compiled catalogues (so
the build hook must make them), installed with `--no-deps` into a fresh virtual environment in
tmp_path that borrows the test environment's dependencies through a `.pth` line, and run from a
folder outside the source tree with a clean environment.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.unit.reports.pdfcheck import font_names

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "kies hier een lange zin voor de demo"
pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Installed:
    """A virtual environment with the wheel installed, and a work folder outside the tree."""

    wheel: Path
    venv: Path
    work: Path

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")

    def env(self, **extra: str) -> dict[str, str]:
        keep = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "EHBC_"))}
        return {**keep, "QT_QPA_PLATFORM": "offscreen",
                "HOME": str(self.work), **extra}  # fmt: skip

    def run(self, program: str, *args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin / program), *args], cwd=self.work, env=self.env(**extra),
            capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip


def _copy_tree(target: Path) -> Path:
    """The working tree without environments, caches, build output or compiled catalogues.

    The test databases are left out too: other workers of a parallel run write them meanwhile.
    """
    ignore = shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "*.qm",
        "screenshots", "demo-vault", ".hypothesis", ".benchmarks",
    )  # fmt: skip
    shutil.copytree(ROOT, target, ignore=ignore)
    return target


def _site_packages(venv: Path) -> Path:
    scheme = "nt" if os.name == "nt" else "posix_prefix"
    paths = sysconfig.get_paths(scheme, vars={"base": str(venv), "platbase": str(venv)})
    return Path(paths["purelib"])


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    source = _copy_tree(base / "source")
    dist = base / "dist"
    # No build isolation: the test environment already has setuptools and PySide6 (lrelease).
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", "--wheel-dir", str(dist), str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (wheel,) = dist.glob("ehbc_desktop-*.whl")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # The dependencies come from the test environment: a plain path entry, so its editable
    # install of ehbc_desktop (a .pth hook there) is not loaded, and ours comes first.
    dependencies = sysconfig.get_paths()["purelib"]
    (_site_packages(venv) / "borrowed-dependencies.pth").write_text(dependencies + "\n")
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    work = base / "work"
    work.mkdir()
    (work / "passphrase.txt").write_text(PASSPHRASE + "\n", encoding="utf-8")
    return Installed(wheel, venv, work)


@pytest.fixture(scope="session")
def demo_vault(installed: Installed) -> Path:
    result = installed.run("ehbc", "demo", "--vault", "demo", "--passphrase-file",
                           "passphrase.txt", "--cases", "3")  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return installed.work / "demo"


def test_the_wheel_carries_the_data_and_compiled_catalogues(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    for expected in (
        "ehbc_desktop/resources/fonts/DejaVuSans.ttf",
        "ehbc_desktop/resources/style/app.qss",
        "ehbc_desktop/resources/icons/app.svg",
        "ehbc_desktop/resources/helplines.toml",
        "ehbc_desktop/resources/vocabulary.toml",
        "ehbc_desktop/resources/wordlist-nl.txt",
        "ehbc_desktop/forms/victim.toml",
    ):
        assert expected in names
    i18n = "ehbc_desktop/resources/i18n/"
    sources = {n for n in names if n.startswith(i18n) and n.endswith(".ts")}
    assert sources, "no catalogue sources in the wheel"
    for ts in sources:
        assert ts.removesuffix(".ts") + ".qm" in names, f"{ts} was not compiled by the build hook"
    assert not any("/batches/" in n for n in names)


def test_the_installed_package_is_the_wheel_not_the_tree(installed: Installed) -> None:
    python = "python.exe" if os.name == "nt" else "python"
    result = installed.run(python, "-c", "import ehbc_desktop; print(ehbc_desktop.__file__)")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(installed.venv)


def test_version(installed: Installed) -> None:
    from ehbc_desktop import __version__

    result = installed.run("ehbc", "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ehbc {__version__}"


def test_demo_and_rendered_documents(installed: Installed, demo_vault: Path) -> None:
    access = ("--vault", str(demo_vault), "--user", "demo", "--passphrase-file", "passphrase.txt")
    listed = installed.run("ehbc", "cases", "list", *access)
    assert listed.returncode == 0, listed.stderr
    reference = listed.stdout.split()[0]
    summary = installed.run("ehbc", "render", "case-summary", "--case", reference,
                            "--out", "summary.pdf", *access)  # fmt: skip
    assert summary.returncode == 0, summary.stdout + summary.stderr
    handout = installed.run("ehbc", "render", "pupil-handout", "--out", "handout.pdf", *access)
    assert handout.returncode == 0, handout.stdout + handout.stderr
    summary = (installed.work / "summary.pdf").read_bytes()
    assert reference in PdfReader(io.BytesIO(summary)).pages[0].extract_text()
    # The embedded fonts came from the package (a missing font file stopped this before).
    assert any("DejaVuSans" in name for name in font_names(summary))
    assert any("DejaVuSans" in name for name in font_names((installed.work / "handout.pdf")
                                                           .read_bytes()))  # fmt: skip


def test_the_window_starts_in_dutch(installed: Installed, demo_vault: Path) -> None:
    program = "ehbc-desktop.exe" if os.name == "nt" else "ehbc-desktop"
    result = installed.run(program, EHBC_VAULT_DIR=str(demo_vault), EHBC_EXIT_WHEN_SHOWN="1")
    assert result.returncode == 0, result.stderr
    assert "shown: unlock" in result.stdout
    buttons = next(line for line in result.stdout.splitlines() if line.startswith("buttons:"))
    assert "Ontgrendelen" in buttons, buttons
    assert "Unlock" not in buttons
    assert "translations are missing" not in result.stderr
