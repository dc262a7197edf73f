"""The class thermometer dialog: counts before and after, the chart, the printed result."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ehbc_desktop.domain.thermometer import STATEMENTS
from ehbc_desktop.services.access import access
from ehbc_desktop.services.documents.documents import DocumentService
from ehbc_desktop.services.session import VaultSession
from ehbc_desktop.services.steps.thermometer import ThermometerService
from ehbc_desktop.ui.background import BackgroundRunner
from ehbc_desktop.ui.group.thermometer_dialog import ThermometerDialog
from ehbc_desktop.vault.kdf import FAST_TEST_PARAMS
from tests.unit.services.records_helpers import open_case


@pytest.fixture
def session(tmp_path: Path) -> Iterator[VaultSession]:
    vs, _code = access.create(
        tmp_path / "vault", "Sint-Jozef", "juf.an", "lange test wachtzin", kdf=FAST_TEST_PARAMS
    )
    yield vs
    vs.close()


def _enter(qtbot: QtBot, dialog: ThermometerDialog, moment: int, good: tuple[int, ...],
           bad: tuple[int, ...]) -> None:  # fmt: skip
    dialog.class_edit.setText("2B")
    dialog.moment.setCurrentIndex(moment)
    dialog.respondents.setValue(20)
    dialog.set_counts({s.id: good if s.good else bad for s in STATEMENTS})
    with qtbot.waitSignal(dialog.sig_recorded, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def test_counts_before_and_after_give_the_chart(
    qtbot: QtBot, qapp: QApplication, session: VaultSession
) -> None:
    case = open_case(session)
    runner = BackgroundRunner()
    dialog = ThermometerDialog(case.case_id, ThermometerService(session), DocumentService(session),
                               runner, lang="nl")  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=10_000)
    assert not dialog.print_result.isEnabled()
    dialog.respondents.setValue(3)
    dialog.class_edit.setText("2B")
    dialog.set_counts({s.id: (2, 2, 2, 2) for s in STATEMENTS})
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible, timeout=10_000)  # more answers than pupils

    _enter(qtbot, dialog, 0, (4, 6, 6, 4), (6, 4, 6, 4))
    assert dialog.counts()[STATEMENTS[0].id] == (0, 0, 0, 0)  # ready for the next class
    _enter(qtbot, dialog, 1, (1, 3, 10, 6), (14, 4, 2, 0))
    qtbot.waitUntil(lambda: dialog.comparison is not None and dialog.comparison.after is not None,
                    timeout=10_000)  # fmt: skip
    results = dialog.chart.results
    assert results[0].before == 50.0 and results[0].after == 20.0
    assert dialog.summary.text().count("2B, 20") == 2
    assert dialog.print_result.isEnabled()
    runner.wait_for_done(10_000)
