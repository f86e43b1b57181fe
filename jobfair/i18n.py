"""The translator shared by the GUI and the command line.

Source strings are English; Korean is the default language and comes from
``resources/translations/jobfair_ko.qm``. English is used when asked for (``--lang en``,
``JOBFAIR_LANG=en``, the setting) or when the system locale is English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from jobfair.domain.codes import CODES_CONTEXT, industry_label, occupation_label, size_label
from jobfair.domain.errors import ERRORS_CONTEXT, JobFairError
from jobfair.domain.target_groups import group_label
from jobfair.resources import translations_dir

SUPPORTED = ("ko", "en")

_installed: list[QTranslator] = []


def resolve_language(requested: str | None, system: QLocale | None = None) -> str:
    """``requested`` if supported, else English on an English system, else Korean."""
    if requested:
        code = requested.lower().split("_")[0].split("-")[0]
        if code in SUPPORTED:
            return code
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.English:
        return "en"
    return "ko"


def install(app: QCoreApplication, language: str) -> str:
    """Load the translation for ``language`` into ``app``; returns the language in force."""
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


def translate(context: str, text: str) -> str:
    """Translate ``text`` marked under ``context`` (see ``jobfair.domain.i18n``)."""
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
