"""Marking user-visible text in the Qt-free core for Qt's translation tools.

The core cannot import Qt, yet its messages reach users. ``QT_TRANSLATE_NOOP`` is the name
``pyside6-lupdate`` looks for: calls to it are collected into the translation files with their
context, and the front end translates them with ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Return ``text`` unchanged; the call only marks it for translation under ``context``."""
    del context
    return text


def untranslated(context: str, text: str) -> str:
    """The translator that leaves the English text as it is: the default of every document
    and export that takes a ``translate(context, text)``."""
    del context
    return text
