"""Switching the language of the running application: JobFair's translations and Qt's own.

Installing a translator makes Qt send ``LanguageChange`` to every widget; the widgets re-read
their texts in ``changeEvent``, so a switch takes effect at once, without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jobfair import i18n

# Each language named in itself, as language menus do.
LANGUAGE_NAMES: dict[str, str] = {"ko": "한국어", "en": "English"}


class LanguageManager:
    """Installs the translators for one language at a time.

    Attributes:
        current: the language in force ("ko" or "en").
    """

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.current = "en"
        self._qt_translator: QTranslator | None = None

    def apply(self, language: str) -> str:
        """Put ``language`` in force; returns the language actually in force."""
        self.current = i18n.install(self.app, language)
        self._install_qt_translations(self.current)
        QLocale.setDefault(QLocale(QLocale.Language.Korean if self.current == "ko"
                                   else QLocale.Language.English))
        return self.current

    def _install_qt_translations(self, language: str) -> None:
        """Qt's own texts (the Yes/No of message boxes, the context menus of text fields)."""
        if self._qt_translator is not None:
            self.app.removeTranslator(self._qt_translator)
            self._qt_translator = None
        if language == "en":
            return
        translator = QTranslator(self.app)
        where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{language}", where):
            self.app.installTranslator(translator)
            self._qt_translator = translator
