"""What every command shares: the translation context, errors, the options, JSON output."""

from __future__ import annotations

import argparse
import json
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


def write_json(out: TextIO, data: object) -> None:
    json.dump(data, out, ensure_ascii=False)
    out.write("\n")
