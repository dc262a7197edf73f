"""The access log speaks plainly: every event has a Dutch sentence, the window names the
pupil by first name, the printout by role only, and neither shows an id or a raw code."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.enums import Competence, JudgeRole
from ehbc_desktop.services.errors import RuleRefusedError
from ehbc_desktop.services.rights.access_log_events import EVENT_CODES
from ehbc_desktop.services.rights.pupil_wish import WishInput
from ehbc_desktop.ui.accesslog.event_texts import SENTENCES
from tests.gui.pupilrights.test_pupil_wish_window import _make_case, _open
from tests.readers import pdf_text

LEFT = Qt.MouseButton.LeftButton
CATALOGUE = Path(__file__).resolve().parents[3] / "ehbc_desktop/resources/i18n/ehbc_nl_BE.ts"
RAW = re.compile(r"\w=\w|;|[0-9a-f]{32}")


def _dutch(context: str) -> dict[str, str]:
    root = ET.parse(CATALOGUE).getroot()
    found: dict[str, str] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                found[message.findtext("source") or ""] = translation.text or ""
    return found


def test_every_event_code_has_a_sentence_with_a_dutch_translation() -> None:
    dutch = _dutch("AccessLogEvents")
    assert set(SENTENCES) == set(EVENT_CODES)
    missing = [code for code in EVENT_CODES if not dutch.get(SENTENCES[code])]
    assert missing == []


def _texts(log: Any) -> list[str]:
    model = log.model
    return [str(model.data(model.index(row, 2))) for row in range(model.rowCount())]


@pytest.mark.usefixtures("qtbot")
def test_the_log_names_the_pupil_on_screen_and_only_her_role_on_paper(
    qtbot: QtBot, gui: Any, make_window: Any, made_vault: Path, tmp_path: Path
) -> None:
    ctx = make_window(made_vault)
    gui.unlock(ctx)
    case_id, people = _make_case(gui, ctx)
    services = ctx.window.services()
    wish = WishInput(True, Competence.COMPETENT, "mevrouw Peeters", JudgeRole.CLB_WORKER,
                     date.today(), "begrijpt wat er op het spel staat")

    def work() -> None:
        services.pupil_wishes.record(case_id, people["Lotte"], wish)
        with pytest.raises(RuleRefusedError):
            services.documents.parent_handout("nl", case_id)

    gui.run_on_worker(ctx, work)
    case = _open(qtbot, ctx, case_id)
    qtbot.mouseClick(case.view.access_log_button, LEFT)
    qtbot.waitUntil(lambda: case.access_log_dialog is not None, timeout=5_000)
    log: Any = case.access_log_dialog
    qtbot.waitUntil(lambda: log.model.rowCount() > 0, timeout=10_000)
    texts = _texts(log)
    assert ("Wens van Lotte (gepeste) geregistreerd: de ouders mogen het niet weten "
            "(oordeel: bekwaam)") in texts
    assert any(t.startswith("Brief voor de ouders") or "geweigerd" in t for t in texts), texts
    assert "Lotte toegevoegd aan het dossier als gepeste" in texts
    assert [t for t in texts if RAW.search(t) or not t] == []
    assert all(people[name] not in " ".join(texts) for name in people)
    log.grab().save(str(tmp_path / "access_log.png"))

    qtbot.mouseClick(log.print_button, LEFT)
    qtbot.waitUntil(lambda: case.preview_dialog is not None, timeout=20_000)
    preview: Any = case.preview_dialog
    pdf = bytes(preview._bytes.data())
    (tmp_path / "access_log.pdf").write_bytes(pdf)
    text = pdf_text(pdf)
    assert "Wens van de leerling (gepeste) geregistreerd" in text
    assert "Lotte" not in text and "Maes" not in text and "Jonas" not in text
    assert not RAW.search(text.replace("Afgedrukt op", ""))
    preview.reject()
