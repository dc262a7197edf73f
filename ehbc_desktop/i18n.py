"""Loads the interface translations (ours and Qt's own) and switches them at run time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ehbc_desktop.package_data import i18n_dir
from ehbc_desktop.vocabulary import use_language

SOURCE_LANGUAGE = "en"


class Translations:
    """Owns the installed translators so a language switch can replace them."""

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        self._app = app
        self._dir = folder or i18n_dir()
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def apply(self, language: str) -> bool:
        """Switch to `language` ("nl_BE" or "en"); True when our own catalogue was found.

        Without our catalogue nothing is translated (not even Qt's own buttons) and False is
        returned: the caller says so.

        English is the source language: its catalogue only holds the plural forms ("1 case",
        "2 cases"). Qt sends a LanguageChange event to every widget; screens that are rebuilt
        on change pick the new texts up, the vocabulary's domain words included.
        """
        found = self._apply(language)
        use_language(self.language)
        return found

    def _apply(self, language: str) -> bool:
        self.clear()
        self.language = language
        QLocale.setDefault(QLocale(language))
        found = self._load(f"ehbc_{language}", self._dir)
        if language == SOURCE_LANGUAGE:
            return found
        if not found:
            # Never a mixed-language window (Qt's buttons in Dutch, ours in English).
            self.language = SOURCE_LANGUAGE
            return False
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        # Qt's own strings (standard buttons, wizard buttons, context menus).
        self._load(f"qtbase_{language.split('_', maxsplit=1)[0]}", qt_dir)
        return found

    def clear(self) -> None:
        """Remove every translator this object installed."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = SOURCE_LANGUAGE
        use_language(SOURCE_LANGUAGE)

    def _load(self, name: str, folder: Path) -> bool:
        translator = QTranslator(self._app)
        if not translator.load(name, str(folder)):
            return False
        self._app.installTranslator(translator)
        self._installed.append(translator)
        return True
