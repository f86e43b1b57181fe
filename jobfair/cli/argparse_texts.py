"""argparse's own texts ("usage:", "options", its error messages) in the language in force.

argparse takes them from ``gettext`` when it formats help or raises an error, and a program can
hook in there only by changing gettext's global domain. Instead, they are marked here (context
``argparse``, the exact English of Python's argparse) and translated where they come out: the
help formatter translates headings, the usage prefix and the help option's text; the parser's
``error`` translates the finished message by recognising the template it was made from.
A message no template matches stays as argparse wrote it.
"""

from __future__ import annotations

import argparse
import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.i18n import translate

CTX = "argparse"

USAGE = QT_TRANSLATE_NOOP("argparse", "usage: ")
HELP = QT_TRANSLATE_NOOP("argparse", "show this help message and exit")
HEADINGS = (
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
)
WRAPPER = QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s")
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
# The value types named in "invalid int value": the names of Python's types, in words.
TYPE_WORDS = {
    "int": QT_TRANSLATE_NOOP("argparse", "int"),
    "float": QT_TRANSLATE_NOOP("argparse", "float"),
}

_FIELD = re.compile(r"%(?:\((\w+)\))?([sr])")


@dataclass(frozen=True)
class _Template:
    """One of argparse's message templates and the pattern of the messages made from it."""

    english: str
    pattern: re.Pattern[str]
    names: tuple[str | None, ...]  # the fields in order: a name, or None for a bare %s

    @classmethod
    def of(cls, english: str) -> _Template:
        parts, names, end = [], [], 0
        for field in _FIELD.finditer(english):
            parts += [re.escape(english[end:field.start()]), "(.+?)"]
            names.append(field.group(1))
            end = field.end()
        parts.append(re.escape(english[end:]))
        return cls(english, re.compile("".join(parts), re.DOTALL), tuple(names))

    def values(self, message: str) -> dict[str, str] | tuple[str, ...] | None:
        found = self.pattern.fullmatch(message)
        if found is None:
            return None
        if self.names and all(name is not None for name in self.names):
            pairs = zip(self.names, found.groups(), strict=True)
            return {str(name): value for name, value in pairs}
        return found.groups()


_WRAPPER = _Template.of(WRAPPER)
_TEMPLATES = tuple(_Template.of(text) for text in MESSAGES)


def _fill(template: _Template, values: dict[str, str] | tuple[str, ...]) -> str:
    """The translation of ``template`` with ``values``, which are already written out (a
    ``%r`` field's value carries its quotes, so every field is filled as ``%s``)."""
    text = _FIELD.sub(lambda f: f"%({f.group(1)})s" if f.group(1) else "%s",
                      translate(CTX, template.english))
    try:
        return text % values
    except (KeyError, TypeError, ValueError):  # a translation that lost a field
        return template.english % values


def translate_message(message: str) -> str:
    """argparse's error ``message`` in the language in force (as it is when not recognised)."""
    wrapped = _WRAPPER.values(message)
    if isinstance(wrapped, dict):
        inner = translate_message(wrapped["message"])
        return _fill(_WRAPPER, {**wrapped, "message": inner})
    for template in _TEMPLATES:
        values = template.values(message)
        if values is None:
            continue
        if isinstance(values, dict) and values.get("type") in TYPE_WORDS:
            values = {**values, "type": translate(CTX, TYPE_WORDS[values["type"]])}
        return _fill(template, values)
    return message


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its own words (usage, headings, ``--help``) translated."""

    def add_usage(
        self, usage: str | None, actions: Iterable[argparse.Action], groups: Iterable[Any],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, translate(CTX, USAGE) if prefix is None
                          else prefix)

    def start_section(self, heading: str | None) -> None:
        super().start_section(translate(CTX, heading) if heading in HEADINGS else heading)

    def add_argument(self, action: argparse.Action) -> None:
        if action.help == HELP:
            action = copy.copy(action)
            action.help = translate(CTX, HELP)
        super().add_argument(action)
