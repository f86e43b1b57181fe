"""``kiosk``: open the window straight on the self-service kiosk (full screen, locked).

A window command like ``gui`` and ``hall``: ``jobfair.app`` opens the window for it, so it adds
no database command here.
"""

from __future__ import annotations

import argparse
from typing import Any

from jobfair.cli.base import Command
from jobfair.i18n import translate


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    sub.add_parser("kiosk", parents=[common], help=translate(
        "cli", "open the window straight on the self-service kiosk (full screen, locked by a "
        "staff PIN)"))
    return {}
