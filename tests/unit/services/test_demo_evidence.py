"""Demo evidence: valid PNG pictures drawn without Qt, a marked chat, and a not-imported record."""

from __future__ import annotations

import struct
import zlib
from datetime import date
from pathlib import Path

from ehbc_desktop.demo.cases import generate_demo_cases
from ehbc_desktop.demo.evidence import (
    HEIGHT,
    WIDTH,
    add_demo_evidence,
    demo_chat_export,
    demo_screenshot,
)
from ehbc_desktop.services.access import access
from ehbc_desktop.services.evidence.evidence import EvidenceService
from ehbc_desktop.store.writer import insert_case_records
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS


def _chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at:at + 4])
        kind, data = png[at + 4:at + 8], png[at + 8:at + 8 + length]
        (crc,) = struct.unpack(">I", png[at + 8 + length:at + 12 + length])
        assert zlib.crc32(kind + data) & 0xFFFFFFFF == crc
        chunks.append((kind, data))
        at += 12 + length
    return chunks


def test_the_screenshot_is_a_well_formed_png_with_a_red_band() -> None:
    png = demo_screenshot(1)
    chunks = _chunks(png)
    assert [k for k, _d in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
    assert (width, height, depth, colour) == (WIDTH, HEIGHT, 8, 2)
    raw = zlib.decompress(chunks[1][1])
    stride = 1 + 3 * WIDTH
    assert len(raw) == stride * HEIGHT
    band_row = raw[(HEIGHT - 66) * stride:(HEIGHT - 65) * stride]
    assert band_row[1:4] == bytes((200, 40, 40))
    assert demo_screenshot(0) != png  # variants differ


def test_the_chat_export_says_it_is_a_demo() -> None:
    text = demo_chat_export("Lien", "Jonas", "Sam").decode("utf-8")
    assert text.startswith("DEMO") and "Jonas:" in text and "Lien" in text


def test_demo_cases_get_pictures_chats_and_one_not_imported_record(tmp_path: Path) -> None:
    session, _code = access.create(
        tmp_path / "vault", "Demoschool", "demo", "tien blauwe vogels in de tuin",
        kdf=FAST_TEST_PARAMS,
    )
    try:
        records = generate_demo_cases(12, date(2026, 11, 21))
        with session.sessions.begin() as db:
            insert_case_records(db, records)
        assert add_demo_evidence(session, records) == 4 + 2 + 1
        service = EvidenceService(session)
        items = [i for r in records for i in service.list_for_case(r.case.id)]
        pictures = [i for i in items if i.media_type == "image/png"]
        assert len(pictures) == 4
        assert service.read_for_view(pictures[0].id).startswith(b"\x89PNG")
        (chat, *_rest) = [i for i in items if i.media_type == "text/plain"]
        assert service.read_for_view(chat.id).startswith(b"DEMO")
        (kept_out,) = [i for i in items if i.not_imported_sexual_content]
        assert kept_out.police_reference and kept_out.holder and len(kept_out.sha256) == 64
        assert all(ok for r in records for _i, ok in service.verify_case(r.case.id))
    finally:
        session.close()
