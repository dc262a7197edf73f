"""Every conversation type completed as a teacher would, then found back in the case."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from ehbc_desktop.ui.conversations.tab import ConversationsTab
from tests.gui.conversations.conftest import CaseEnv
from tests.gui.conversations.driver import LEFT, complete, open_kind


def _timeline(env: CaseEnv) -> list[tuple[str, str, str]]:
    entries = env.run(lambda: env.ctx.services.cases.timeline(env.case_id))
    return [(e.kind, e.title, e.detail) for e in entries]


def _open_read(qtbot: QtBot, tab: ConversationsTab, row: int) -> Any:
    item = tab.list.topLevelItem(row)
    assert item is not None
    tab.list.setCurrentItem(item)
    qtbot.mouseClick(tab.open_button, LEFT)
    from ehbc_desktop.ui.conversations.read_dialog import ConversationReadDialog

    qtbot.waitUntil(lambda: bool(tab.findChildren(ConversationReadDialog)), timeout=5_000)
    dialog = tab.findChildren(ConversationReadDialog)[0]
    qtbot.waitUntil(lambda: "<" not in dialog.text.toPlainText()[:1] and
                    bool(dialog.text.toPlainText()), timeout=10_000)  # fmt: skip
    return dialog


def test_victim_conversation_lands_in_the_list_timeline_and_read_view(
    qtbot: QtBot, case_env: CaseEnv, tab: ConversationsTab
) -> None:
    dialog = open_kind(qtbot, tab, "victim")
    text = complete(qtbot, dialog, {"what_happened": "Spotberichten in de klasgroep",
                                    "feelings": "bang om naar school te gaan"})  # fmt: skip
    assert "saved" in text
    with qtbot.waitSignal(tab.sig_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.findChild(type(tab.open_button), "conversation_done_close"), LEFT)
    assert tab.list.topLevelItemCount() == 1
    assert tab.list.topLevelItem(0).text(1) == "Conversation with the victim"
    assert any(kind == "conversation" and title == "victim" for kind, title, _ in
               _timeline(case_env))  # fmt: skip
    read = _open_read(qtbot, tab, 0)
    shown = read.text.toPlainText()
    assert "Spotberichten in de klasgroep" in shown
    assert "What happened?" in shown or "happened" in shown
    assert "bang om naar school te gaan" in shown
