"""``report``, ``export`` and ``employer-packs`` (in ``jobfair.cli.report_commands``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from jobfair.cli.base import Command, add_output_options, db_int
from jobfair.domain.export_tables import TABLE_KEYS
from jobfair.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    p = sub.add_parser(
        "report", parents=[common],
        help=translate("cli", "write the end-of-day summary PDF (Korean unless --lang en)"),
    )
    p.add_argument(
        "--fair", type=db_int, metavar="ID", help=translate("cli", "fair id (default: latest)")
    )
    p.add_argument(
        "--approval", nargs="?", const="", default=None, metavar="TITLES",
        help=translate(
            "cli", "add the approval box; optionally its titles, comma-separated"
        ),
    )
    add_output_options(p, "FILE.pdf", translate("cli", "the PDF file to write"))
    p = sub.add_parser(
        "export", parents=[common],
        help=translate("cli", "export the fair to an Excel workbook, or one table to CSV"),
    )
    p.add_argument(
        "--fair", type=db_int, metavar="ID", help=translate("cli", "fair id (default: latest)")
    )
    p.add_argument(
        "--table", choices=TABLE_KEYS, metavar="NAME",
        help=translate("cli", "write only this table, as CSV: {names}").format(
            names=", ".join(TABLE_KEYS)),
    )
    add_output_options(
        p, "FILE", translate("cli", "the .xlsx file to write (.csv with --table)"))
    p = sub.add_parser(
        "employer-packs", parents=[common],
        help=translate("cli", "write each employer's result pack (XLSX and one-page PDF) "
                              "into a folder"),
    )
    p.add_argument(
        "--fair", type=db_int, metavar="ID", help=translate("cli", "fair id (default: latest)")
    )
    p.add_argument("-o", "--output", required=True, metavar="DIR",
                   help=translate("cli", "the folder to write the packs into"))
    p.add_argument("--force", action="store_true",
                   help=translate("cli", "replace pack files that exist"))
    return dict.fromkeys(("report", "export", "employer-packs"), run)


def run(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    from jobfair.cli import report_commands

    return report_commands.COMMANDS[args.command](args, session, out)
