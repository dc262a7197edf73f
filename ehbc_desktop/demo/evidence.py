"""Demo evidence: small generated "screenshots", a chat export and one record of what was not taken.

Everything is fictional and says so. The pictures are drawn into a pixel buffer and encoded as
PNG here (zlib + struct), because the services may not use Qt.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from collections.abc import Sequence

from ehbc_desktop.domain.entities import CaseRecord
from ehbc_desktop.domain.enums import CaseStatus, Confidentiality, Role
from ehbc_desktop.services.evidence.evidence import EvidenceInput, EvidenceService, NotImportedInput
from ehbc_desktop.services.session import VaultSession

Colour = tuple[int, int, int]
WIDTH, HEIGHT = 270, 480
#: (platform, header colour, bubble colour of the sender)
_PLATFORMS: tuple[tuple[str, Colour, Colour], ...] = (
    ("WhatsApp", (18, 140, 126), (220, 248, 198)),
    ("Instagram", (131, 58, 180), (239, 226, 250)),
    ("Snapchat", (255, 204, 0), (255, 244, 196)),
)
# 5x7 bitmaps of the letters of "DEMO" (one string per row, "#" is ink).
_GLYPHS = {
    "D": ("####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."),
    "E": ("#####", "#....", "#....", "####.", "#....", "#....", "#####"),
    "M": ("#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"),
    "O": (".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
}
_CHAT_LINES = (
    ("{bully}", "wie wil er nog met {victim} in de groep 🙄"),
    ("{other}", "haha niemand"),
    ("{bully}", "ik zet die foto van de turnles er zo meteen op"),
    ("{victim}", "stop alsjeblieft, dat is niet grappig"),
    ("{bully}", "huil maar, niemand leest dit toch"),
    ("{other}", "😂😂"),
)


class _Canvas:
    """An RGB pixel buffer with filled rectangles, encoded as PNG."""

    def __init__(self, width: int, height: int, background: Colour) -> None:
        self.width, self.height = width, height
        self._rows = [bytearray(bytes(background) * width) for _ in range(height)]

    def rect(self, x: int, y: int, w: int, h: int, colour: Colour) -> None:
        x0, x1 = max(0, x), min(self.width, x + w)
        if x1 <= x0:
            return
        run = bytes(colour) * (x1 - x0)
        for row in self._rows[max(0, y):min(self.height, y + h)]:
            row[x0 * 3:x1 * 3] = run

    def text(self, x: int, y: int, word: str, scale: int, colour: Colour) -> None:
        for index, letter in enumerate(word):
            for dy, line in enumerate(_GLYPHS[letter]):
                for dx, ink in enumerate(line):
                    if ink == "#":
                        self.rect(x + (index * 6 + dx) * scale, y + dy * scale, scale, scale,
                                  colour)

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(row) for row in self._rows)
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
                + _chunk(b"IDAT", zlib.compress(raw, 9)) + _chunk(b"IEND", b""))


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def demo_screenshot(variant: int) -> bytes:
    """A phone-sized chat "screenshot" as PNG: header, bubbles, and a red DEMO band."""
    _name, header, mine = _PLATFORMS[variant % len(_PLATFORMS)]
    canvas = _Canvas(WIDTH, HEIGHT, (236, 229, 221))
    canvas.rect(0, 0, WIDTH, 44, header)
    canvas.rect(12, 10, 24, 24, (250, 250, 250))  # the avatar
    canvas.rect(46, 14, 90 + 10 * variant, 7, (250, 250, 250))
    canvas.rect(46, 26, 60, 5, (200, 200, 200))
    y = 60
    for line in range(7):
        right = (line + variant) % 3 == 0
        width = 90 + (37 * (line + variant)) % 100
        height = 26 + 12 * ((line * 5 + variant) % 3)
        x = WIDTH - width - 10 if right else 10
        canvas.rect(x, y, width, height, mine if right else (255, 255, 255))
        for text_row in range(height // 12):
            canvas.rect(x + 8, y + 8 + text_row * 12, width - 16 - 9 * text_row, 4,
                        (150, 150, 150))
        y += height + 10
    canvas.rect(0, HEIGHT - 70, WIDTH, 44, (200, 40, 40))
    canvas.text(WIDTH // 2 - 57, HEIGHT - 62, "DEMO", 4, (255, 255, 255))
    canvas.rect(0, HEIGHT - 22, WIDTH, 22, (245, 245, 245))
    return canvas.png()


def demo_chat_export(victim: str, bully: str, other: str) -> bytes:
    """A fictional chat export as UTF-8 text, marked as demo in its first lines."""
    lines = ["DEMO - fictieve chat, gemaakt door EHBC Desktop. Geen echte leerlingen.",
             "Export van de klasgroep (fictief)", ""]
    names = {"victim": victim, "bully": bully, "other": other}
    for minute, (who, text) in enumerate(_CHAT_LINES):
        lines.append(f"[12/10/2026 20:{14 + minute:02d}] {who.format(**names)}: "
                     f"{text.format(**names)}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _first_name(record: CaseRecord, role: Role, default: str) -> str:
    for participant in record.participants:
        if participant.role is role and participant.person_id in record.people:
            return record.people[participant.person_id].first_name
    return default


def _platform_of(record: CaseRecord, index: int) -> str:
    """The platform the demo report names, else one of ours."""
    named = record.report.platforms if record.report is not None else ""
    return named or _PLATFORMS[index % len(_PLATFORMS)][0]


def add_demo_evidence(session: VaultSession, records: Sequence[CaseRecord],
                      cases: int = 4) -> int:
    """Give the first `cases` open cases demo evidence; returns how many items were added.

    Each gets a screenshot; the first two also a chat export; the third a "not imported"
    record (sexual content: only a description, a fingerprint, who holds it, a police number).
    """
    service, added = EvidenceService(session), 0
    chosen = [r for r in records if r.case.status is CaseStatus.OPEN][:cases]
    for index, record in enumerate(chosen):
        case_id, day = record.case.id, record.case.opened_on
        platform = _platform_of(record, index)
        service.add_stream(case_id, io.BytesIO(demo_screenshot(index)), EvidenceInput(
            f"Schermafdruk van berichten op {platform} (demo)", "gepeste leerling", day, platform,
            Confidentiality.CARE_TEAM, f"screenshot-demo-{index + 1}.png", "image/png"))
        added += 1
        if index < 2:
            chat = demo_chat_export(_first_name(record, Role.VICTIM, "Lien"),
                                    _first_name(record, Role.BULLY, "Jonas"), "Sam")
            service.add_stream(case_id, io.BytesIO(chat), EvidenceInput(
                "Export van de klasgroepchat (demo)", "ouder van de gepeste leerling", day,
                platform, Confidentiality.IN_CONFIDENCE, "chat-export-demo.txt", "text/plain"))
            added += 1
        if index == 2:
            service.record_not_imported(case_id, NotImportedInput(
                "Doorgestuurde naaktfoto van een leerling: niet opgeslagen (demo)",
                hashlib.sha256(f"demo-not-imported-{case_id}".encode()).hexdigest(),
                holder="Politie, lokale recherche (fictief)",
                police_reference="PV DEMO-2026-0042", provided_by="leerkracht",
                captured_on=day, platform=platform))
            added += 1
    return added
