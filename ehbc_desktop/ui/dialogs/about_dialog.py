"""The About dialog: version, purpose, and the five public sources the method comes from."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ehbc_desktop import __version__
from ehbc_desktop.ui.base_dialog import GeometryDialog
from ehbc_desktop.ui.noop import QT_TRANSLATE_NOOP
from ehbc_desktop.ui.screen_fit import fit_to_screen
from ehbc_desktop.ui.settings import AppSettings

# (title, publisher, what the program takes from it); titles stay in Dutch: they are names.
SOURCES: tuple[tuple[str, str, str], ...] = (
    ("Eerste Hulp Bij Cyberpesten", "Mediawijs",
     QT_TRANSLATE_NOOP("AboutDialog", "the step plan and the case flow")),
    ("Eén van mijn leerlingen wordt gecyberpest. Wat nu?", "Stop Pesten NU",
     QT_TRANSLATE_NOOP("AboutDialog", "the conversation with the victim")),
    ("Cyberpesten op school: hoe omgaan met daders?", "Klasse",
     QT_TRANSLATE_NOOP("AboutDialog", "the conversation with the bully, the repair agreement")),
    ("Een herstelgesprek tussen de pester en gepeste", "",
     QT_TRANSLATE_NOOP("AboutDialog", "the restorative conversation")),
    ("Wat kan ik als ouder doen bij cyberpesten?", "Onderwijs Vlaanderen",
     QT_TRANSLATE_NOOP("AboutDialog", "the parents' side")),
)  # fmt: skip


class AboutDialog(GeometryDialog):
    """Names the program, its version and its sources."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(settings, "aboutDialog", parent)
        self.setWindowTitle(self.tr("About EHBC Desktop"))
        items = []
        for title, publisher, use in SOURCES:
            who = f" ({escape(publisher)})" if publisher else ""
            items.append(f"<li><i>{escape(title)}</i>{who}: {escape(self.tr(use))}</li>")
        text = QLabel(
            "<h2>EHBC Desktop</h2>"
            + "<p>"
            + self.tr("Version %1").replace("%1", escape(__version__))
            + "</p><p>"
            + self.tr(
                "Case files for cyberbullying at school, along the step plan "
                "'Eerste Hulp Bij Cyberpesten'. Everything stays on this PC, in an encrypted vault."
            )
            + "</p><p>"
            + self.tr(
                "The method is based on these public sources. The program explains it in its "
                "own words; read the sources themselves for the full text:"
            )
            + "</p><ul>"
            + "".join(items)
            + "</ul>"
        )
        text.setWordWrap(True)
        text.setObjectName("aboutText")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 420)
