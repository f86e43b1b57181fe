"""Switching the language of the running application: JobFair's translations and Qt's own.

Installing a translator makes Qt send ``LanguageChange`` to every widget; the widgets re-read
their texts in ``changeEvent``, so a switch takes effect at once, without a restart. The locale
(month and day names of a calendar, number formats) follows too.

Qt's own texts (the buttons of message boxes, the file and print dialogs) come from the
``qtbase`` catalogue PySide6 ships. Its Korean lags behind Qt: where Qt's dialogs now write a
shortcut letter ("&Look in:") it has the text only without one; ``QT_TEXTS`` fills the gap.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox

from jobfair import i18n
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

# Each language named in itself, as language menus do.
LANGUAGE_NAMES: dict[str, str] = {"ko": "한국어", "en": "English"}

# Texts of Qt's own dialogs that Qt writes with a shortcut letter, while its Korean catalogue has
# them only without one (so they showed in English): translated in JobFair's own catalogue, which
# Qt asks too. tests/gui/shell/test_languages.py looks for others in the dialogs JobFair opens.
QT_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)

# Qt's catalogue in force, whichever manager installed it: like JobFair's own (``i18n.install``),
# one at a time in the application.
_qt_installed: list[QTranslator] = []


class LanguageManager:
    """Installs the translators for one language at a time.

    Attributes:
        current: the language in force ("ko" or "en").
    """

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.current = "en"

    def apply(self, language: str) -> str:
        """Put ``language`` in force; returns the language actually in force."""
        self.current = i18n.install(self.app, language)
        self._install_qt_translations(self.current)
        QLocale.setDefault(QLocale(QLocale.Language.Korean if self.current == "ko"
                                   else QLocale.Language.English))
        self._follow_locale()
        return self.current

    def _install_qt_translations(self, language: str) -> None:
        """Qt's own texts (the Yes/No of message boxes, the context menus of text fields)."""
        for old in _qt_installed:
            self.app.removeTranslator(old)
        _qt_installed.clear()
        if language == "en":
            return
        translator = QTranslator(self.app)
        where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{language}", where):
            self.app.installTranslator(translator)
            _qt_installed.append(translator)

    def _follow_locale(self) -> None:
        """Widgets take the default locale when they are made; those already on screen are told
        (all but one given a locale of its own), and their children follow them."""
        if not isinstance(self.app, QApplication):
            return
        for widget in QApplication.topLevelWidgets():
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetLocale):
                widget.unsetLocale()


def retranslate_items(combo: QComboBox, text_of: Callable[[str], str]) -> None:
    """Give each choice of ``combo`` the text ``text_of(its data)``: for lists of codes whose
    names follow the language, re-read in a widget's ``retranslate``."""
    for index in range(combo.count()):
        combo.setItemText(index, text_of(str(combo.itemData(index) or "")))
