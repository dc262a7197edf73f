"""The Dutch catalogue is complete and matches every source string in the code."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "ehbc_desktop" / "resources" / "i18n"
CATALOGUE = I18N / "ehbc_nl_BE.ts"
PLURALS = I18N / "ehbc_en.ts"
sys.path.insert(0, str(ROOT / "scripts"))

from update_translations import lupdate_command  # noqa: E402


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    result = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            result[(name, message.findtext("source") or "")] = message
    return result


def test_no_context_is_named_after_a_variable() -> None:
    """`parent.tr(...)` in a free function is filed by lupdate under the context "parent",
    while Qt looks it up under the parent's class at run time: the teacher reads English."""
    contexts = {context for context, _source in _messages(CATALOGUE)}
    assert sorted(c for c in contexts if c[:1].islower()) == []


@pytest.mark.parametrize("catalogue", [CATALOGUE, PLURALS], ids=["nl_BE", "en-plurals"])
def test_every_message_is_translated(catalogue: Path) -> None:
    problems = []
    for (context, source), message in _messages(catalogue).items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append((context, source, translation.get("type")))
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        if not texts or not all(t.strip() for t in texts):
            problems.append((context, source, "empty"))
        # Placeholders must survive translation.
        for marker in ("%1", "%2", "%n"):
            if marker in source and not all(marker in t for t in texts):
                problems.append((context, source, f"lost {marker}"))
    assert problems == []


def test_catalogue_holds_every_source_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(lupdate_command(fresh), check=True, capture_output=True)
    in_code = set(_messages(fresh))
    committed = set(_messages(CATALOGUE))
    assert in_code, "lupdate found no strings: the check itself is broken"
    missing = sorted(in_code - committed)
    assert missing == [], "run: python scripts/update_translations.py, then translate"
    plural_sources = {key for key, message in _messages(fresh).items()
                      if message.get("numerus") == "yes"}  # fmt: skip
    assert plural_sources <= set(_messages(PLURALS)), "English plural forms are missing"


def test_every_catalogue_in_the_package_is_compiled() -> None:
    from ehbc_desktop.package_data import i18n_dir

    sources = sorted(i18n_dir().glob("*.ts"))
    assert [ts.name for ts in sources] == ["ehbc_en.ts", "ehbc_nl_BE.ts"]
    for ts in sources:
        assert ts.with_suffix(".qm").is_file(), f"{ts.name} is not compiled"


def test_a_missing_catalogue_never_gives_a_mixed_language_window(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication

    from ehbc_desktop.i18n import Translations

    translations = Translations(qapp, folder=tmp_path)
    try:
        assert translations.apply("nl_BE") is False
        assert translations.language == "en"
        # Not even Qt's own buttons are translated then.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        translations.clear()
    complete = Translations(qapp)
    try:
        assert complete.apply("nl_BE") is True
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    finally:
        complete.clear()
