"""``import employers``: the organizer's employer list from the command line.

The ``import`` command belongs to ``desk_commands``; it hands its ``employers`` subcommand here.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from sqlalchemy.orm import Session

from jobfair.cli.base import write_import_problems
from jobfair.i18n import translate
from jobfair.services.importing.employers import import_employers


def cmd_import_employers(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    """Exits non-zero when any row is bad; then nothing is imported."""
    result = import_employers(
        session, args.actor, args.file, fair_id=args.fair, dry_run=args.dry_run,
        sheet=args.sheet,
    )
    status = write_import_problems(out, result, as_json=args.json)
    if status is not None:
        return status
    if args.dry_run:
        text = translate(
            "cli",
            "{rows} rows checked, all valid: {employers} employers, {openings} openings, "
            "{positions} positions; nothing was saved (dry run).",
        ).format(rows=result.rows, employers=result.employers, openings=result.openings,
                 positions=result.positions)
    elif result.imported:
        text = translate(
            "cli", "{employers} employers imported with {openings} openings ({positions} "
            "positions).",
        ).format(employers=result.imported, openings=result.openings, positions=result.positions)
    else:
        text = translate("cli", "The file has no rows to import.")
    out.write(text + "\n")
    return 0
