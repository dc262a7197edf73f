"""Fills unfinished entries of the Dutch catalogue (ehbc_nl_BE.ts) from JSON files of translations.

Usage: python scripts/apply_translations.py FILE.json [FILE.json ...]
Each file holds a list of {"context", "source", "translation"} objects; `translation` is a string,
or a list of forms for a plural ("%n") message. Entries that are not in the catalogue are listed
and skipped (run scripts/update_translations.py first so the catalogue has every source string).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "ehbc_desktop" / "resources" / "i18n" / "ehbc_nl_BE.ts"


def _fill(translation: ET.Element, value: str | list[str]) -> None:
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if isinstance(value, list):
        translation.text = None
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value


def apply(files: list[Path], catalogue: Path = CATALOGUE) -> tuple[int, list[str]]:
    """Fill the catalogue; return how many entries were filled and which were not found."""
    wanted: dict[tuple[str, str], str | list[str]] = {}
    for file in files:
        for entry in json.loads(file.read_text(encoding="utf-8")):
            wanted[(entry["context"], entry["source"])] = entry["translation"]
    tree = ET.parse(catalogue)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            translation = message.find("translation")
            if key in wanted and translation is not None:
                _fill(translation, wanted.pop(key))
                filled += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    catalogue.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled, [f"{context}: {source}" for context, source in wanted]


if __name__ == "__main__":
    count, missing = apply([Path(arg) for arg in sys.argv[1:]])
    print(f"filled {count}")
    for line in missing:
        print(f"not in the catalogue: {line}")
