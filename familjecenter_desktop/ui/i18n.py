"""Installing the UI language: every ``*_<lang>.qm`` translator plus Qt's own.

The compiled translations live in ``resources/i18n`` beside the package. Source
strings are English, so English needs no translator to be readable, but ships
one anyway (plural forms and any wording fixes). Installing new translators makes
Qt send ``LanguageChange`` to every widget, which re-translates itself.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

UI_LANGUAGES = ("fi", "sv", "en")
# Each language is offered under its own name, the same in every UI language.
LANGUAGE_AUTONYMS = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"


class Translations:
    """The translators installed for the current UI language."""

    def __init__(self, directory: Path = I18N_DIR) -> None:
        self.directory = directory
        self.language: str | None = None
        self._installed: list[QTranslator] = []

    def files_for(self, lang: str) -> list[Path]:
        """The compiled translation files of every area for ``lang``."""
        return sorted(self.directory.glob(f"*_{lang}.qm"))

    def install(self, lang: str) -> list[str]:
        """Replace the installed translators with those for ``lang``; return names."""
        if lang not in UI_LANGUAGES:
            raise ValueError(f"unknown UI language {lang!r}")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before installing translations")

        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []

        loaded = []
        for path in self.files_for(lang):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                self._installed.append(translator)
                loaded.append(path.name)
            else:
                log.warning("translation file %s could not be loaded", path.name)
        loaded.extend(self._install_qt_own(app, lang))

        QLocale.setDefault(QLocale(lang))
        self.language = lang
        log.info("UI language %s: %d translation files", lang, len(loaded))
        return loaded

    def _install_qt_own(self, app: QCoreApplication, lang: str) -> list[str]:
        """Qt's own texts (standard buttons, dialogs), when Qt ships them."""
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(app)
        if translator.load(f"qtbase_{lang}", folder):
            app.installTranslator(translator)
            self._installed.append(translator)
            return [f"qtbase_{lang}"]
        return []
