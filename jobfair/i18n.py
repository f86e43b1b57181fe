"""The translator shared by the GUI and the command line.

Source strings are English; Korean is the default language and comes from
``resources/translations/jobfair_ko.ts`` (compiled to ``jobfair_ko.qm`` for Qt). English is used
when asked for (``--lang en``, ``JOBFAIR_LANG=en``, the setting) or when the system locale is
English.

The window installs Qt's translator (``install``) and ``translate`` asks Qt. The command line
does not load Qt at all: ``use_language`` reads the same ``.ts`` catalogue into a dictionary
(``catalogue``) and ``translate`` looks there, with Qt's rules (an unfinished message with a
text counts, an empty or vanished one does not, the source text when there is none).
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

from jobfair.domain.codes import CODES_CONTEXT, industry_label, occupation_label, size_label
from jobfair.domain.errors import ERRORS_CONTEXT, JobFairError
from jobfair.domain.target_groups import group_label
from jobfair.resources import translations_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

SUPPORTED = ("ko", "en")

_installed: list[QTranslator] = []

# The catalogue in force without Qt (``use_language``); ``None`` while Qt's translator answers.
_catalogue: dict[tuple[str, str], str] | None = None


def resolve_language(requested: str | None, system: QLocale | None = None) -> str:
    """``requested`` if supported, else English on an English system, else Korean.

    Without ``system`` the system's language is read from the environment as Qt reads it on
    Unix (``LC_ALL``, else ``LC_MESSAGES``, else ``LANG``; ``LANGUAGE`` first when set), so
    that the command line need not load Qt to decide."""
    if requested:
        code = requested.lower().split("_")[0].split("-")[0]
        if code in SUPPORTED:
            return code
    if system is not None:
        from PySide6.QtCore import QLocale

        return "en" if system.language() == QLocale.Language.English else "ko"
    return "en" if _system_language() == "en" else "ko"


def _system_language() -> str:
    """The language code of the environment's locale ("" for C/POSIX or none)."""
    if os.name == "nt":  # Windows keeps no locale in the environment: ask Qt there
        from PySide6.QtCore import QLocale

        english = QLocale.system().language() == QLocale.Language.English
        return "en" if english else ""
    value = ""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            break
    if not value or value in ("C", "POSIX") or value.startswith(("C.", "POSIX.")):
        return ""
    first = os.environ.get("LANGUAGE", "").split(":")[0]
    if first:
        value = first
    return value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()


_in_force = ["ko"]


def language_in_force() -> str:
    """The language last put in force ("ko", "en"): which label of a fair's own field to show."""
    return _in_force[0]


def install(app: QCoreApplication, language: str) -> str:
    _in_force[0] = _install(app, language)
    return _in_force[0]


def _install(app: QCoreApplication, language: str) -> str:
    """Load the translation for ``language`` into ``app``; returns the language in force.
    From then on ``translate`` asks Qt, as the widgets do."""
    from PySide6.QtCore import QTranslator

    global _catalogue
    _catalogue = None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return "en"
    translator = QTranslator(app)
    if translator.load(f"jobfair_{language}", str(translations_dir())):
        app.installTranslator(translator)
        _installed.append(translator)
        return language
    return "en"


def use_language(language: str) -> str:
    """Put ``language`` in force without Qt (the command line); returns the language in force."""
    _in_force[0] = _use_language(language)
    return _in_force[0]


def _use_language(language: str) -> str:
    global _catalogue
    if language == "en":
        _catalogue = {}
        return "en"
    found = catalogue(language)
    _catalogue = found
    return language if found else "en"


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from ``jobfair_<language>.ts`` ({} when missing)."""
    import xml.etree.ElementTree as ET

    path = translations_dir() / f"jobfair_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            if message.findtext("comment"):  # a disambiguated text: not what translate asks
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text:
                found[(name, message.findtext("source") or "")] = text
    return found


def translate(context: str, text: str) -> str:
    """Translate ``text`` marked under ``context`` (see ``jobfair.domain.i18n``)."""
    if _catalogue is not None:
        return _catalogue.get((context, text), text)
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def error_message(error: JobFairError) -> str:
    """The user's message for ``error``, in the language in force."""
    return error.render(lambda text: translate(ERRORS_CONTEXT, text))


def code_name(label: str) -> str:
    """A code's label (``jobfair.domain.codes``, ``target_groups``) in the language in force."""
    return translate(CODES_CONTEXT, label) if label else ""


def occupation_name(keco: str | None) -> str:
    """The name of a KECO code's major group in the language in force, or ``""``."""
    return code_name(occupation_label(keco))


def occupation_text(keco: str | None) -> str:
    """A KECO code with its group's name ("023 경영·사무·금융·보험직"), as choices show it."""
    return f"{keco} {occupation_name(keco)}".strip() if keco else ""


def industry_name(section: str | None) -> str:
    """The name of a KSIC section in the language in force, or ``""``."""
    return code_name(industry_label(section))


def industry_text(section: str | None) -> str:
    """A KSIC section with its name ("C 제조업"), as choices show it."""
    return f"{section} {industry_name(section)}".strip() if section else ""


def size_name(size: str | None) -> str:
    """An employer's size class in words of the language in force."""
    return code_name(size_label(size))


def group_name(code: str) -> str:
    """A target group's name in the language in force; an unknown code as it is."""
    return code_name(group_label(code))
