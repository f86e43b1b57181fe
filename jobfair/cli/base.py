"""What every command shares: the translation context, errors, the options, JSON output."""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Callable
from typing import Any, TextIO

from sqlalchemy.orm import Session

CTX = "cli"
EXIT_ERROR = 1
EXIT_USAGE = 2

Command = Callable[[argparse.Namespace, Session, TextIO], int]


class UsageError(Exception):
    """A bad argument: argparse's message, printed as one line."""


class Parser(argparse.ArgumentParser):
    """An argument parser that raises instead of printing usage and exiting."""

    def error(self, message: str) -> Any:
        raise UsageError(f"{self.prog}: {message}")


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    """``text`` filled with spaces to ``width`` terminal columns (``str.ljust`` counts chars)."""
    return text + " " * max(0, width - display_width(text))


def write_json(out: TextIO, data: object) -> None:
    json.dump(data, out, ensure_ascii=False)
    out.write("\n")
