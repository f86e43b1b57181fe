"""Switching the language of the running application: JobFair's translations and Qt's own.

Installing a translator makes Qt send ``LanguageChange`` to every widget; the widgets re-read
their texts in ``changeEvent``, so a switch takes effect at once, without a restart. The locale
(month and day names of a calendar, number formats) follows too.

Qt's own texts (the buttons of message boxes, the file and print dialogs) come from the
``qtbase`` catalogue PySide6 ships. Its Korean lags behind Qt: where Qt's dialogs now write a
shortcut letter ("&Look in:", "Files of &type:", "Page &Set:") the catalogue has the text only
without it, and Qt would show the English. ``QtTranslator`` then takes the catalogue's
translation of the plain text and adds the letter the Korean way: "다음에서 찾기(&L):".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox

from jobfair import i18n

# Each language named in itself, as language menus do.
LANGUAGE_NAMES: dict[str, str] = {"ko": "한국어", "en": "English"}

# "&&" is a literal ampersand; "&x" marks x as the shortcut letter.
_MNEMONIC = re.compile(r"&(&|[^&\s])")
# Where the shortcut goes in a Korean text: before a closing colon or ellipsis ("이름(&N):").
_TAIL = re.compile(r"\s*(?::|\.\.\.|…)$")


def split_mnemonic(text: str) -> tuple[str, str]:
    """``text`` without its shortcut marker, and the shortcut letter (``""`` when none)."""
    letter = ""

    def strip(match: re.Match[str]) -> str:
        nonlocal letter
        if match.group(1) == "&":
            return "&&"
        if not letter:
            letter = match.group(1)
        return match.group(1)

    plain = _MNEMONIC.sub(strip, text)
    return plain, letter


def with_mnemonic(text: str, letter: str) -> str:
    """``text`` with the shortcut ``letter`` written as Korean programs write it."""
    tail = _TAIL.search(text)
    cut = tail.start() if tail else len(text)
    return f"{text[:cut]}(&{letter.upper()}){text[cut:]}"


class QtTranslator(QTranslator):
    """Qt's catalogue for one language, and its translation of a text without the shortcut
    letter when it has none for the text with it (see the module's docstring)."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        """The translation, or ``None`` for none here (an empty text would be shown as it is;
        ``None`` lets Qt ask the next translator, and then keep the source text)."""
        found = super().translate(context, source_text, disambiguation, n)
        if found:
            return found
        plain, letter = split_mnemonic(source_text)
        if letter:
            found = super().translate(context, plain, disambiguation, n)
            if found:
                return with_mnemonic(found, letter)
        return None


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
        # Qt's catalogue first: the one installed last is asked first, and most texts are ours.
        self._install_qt_translations(language)
        self.current = i18n.install(self.app, language)
        if self.current != language:
            self._install_qt_translations(self.current)
        QLocale.setDefault(QLocale(QLocale.Language.Korean if self.current == "ko"
                                   else QLocale.Language.English))
        self._follow_locale()
        return self.current

    def _install_qt_translations(self, language: str) -> None:
        """Qt's own texts (the Yes/No of message boxes, the context menus of text fields)."""
        if self._qt_translator is not None:
            self.app.removeTranslator(self._qt_translator)
            self._qt_translator = None
        if language == "en":
            return
        translator = QtTranslator(self.app)
        where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{language}", where):
            self.app.installTranslator(translator)
            self._qt_translator = translator

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
