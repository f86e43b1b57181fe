"""``report`` and ``export``: the end-of-day summary PDF and the fair's spreadsheets."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from sqlalchemy.orm import Session

from jobfair.cli.base import Command, write_output
from jobfair.documents.report import (
    DEFAULT_APPROVAL,
    MAX_APPROVAL_TITLES,
    ReportOptions,
    report_bytes,
)
from jobfair.documents.workbook import write_csv, write_workbook
from jobfair.domain.errors import JobFairError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.i18n import translate
from jobfair.services.accounts.access import Permission, require
from jobfair.services.reports.analytics import dashboard_data
from jobfair.services.reports.export import TABLE_KEYS, export_tables


def approval_titles(value: str | None) -> tuple[str, ...] | None:
    """``None``: no box; empty: the default titles (translated); else the titles given."""
    if value is None:
        return None
    titles = tuple(t.strip() for t in value.split(",") if t.strip())
    if len(titles) > MAX_APPROVAL_TITLES:
        raise JobFairError(
            QT_TRANSLATE_NOOP(
                "errors", "The approval box takes at most {n} titles; {count} were given."
            ),
            n=MAX_APPROVAL_TITLES, count=len(titles),
        )
    return titles or tuple(translate("report", t) for t in DEFAULT_APPROVAL)


def cmd_report(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    require(args.actor, Permission.FIGURES)  # the summary holds figures only, no names
    data = dashboard_data(session, args.fair)
    pdf = report_bytes(data, ReportOptions(translate=translate,
                                           approval=approval_titles(args.approval)))
    path = write_output(args, pdf, private=False)
    out.write(translate("cli", "Saved the summary of {fair} to {path}").format(
        fair=data.fair.name, path=path) + "\n")
    return 0


def cmd_export(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    path = Path(args.output)
    if args.table is None and path.suffix.lower() == ".csv":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A CSV file holds one table: name it with --table."),
            field="table",
        )
    keys = (args.table,) if args.table else TABLE_KEYS
    tables = export_tables(session, args.fair, translate, keys, actor=args.actor)
    if args.table:
        write_output(args, lambda out: write_csv(tables[0], out))
    else:
        write_output(args, lambda out: write_workbook(tables, out))
    out.write(translate("cli", "Saved {path}").format(path=path) + "\n")
    return 0


def cmd_employer_packs(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    """Every employer's pack into ``--output``; the letter is the fair's stored one."""
    from jobfair.operations.result_packs import write_packs
    from jobfair.services.reports.result_packs import pack_data

    packs = pack_data(session, args.fair, actor=args.actor)
    files = write_packs(packs, Path(args.output), translate=translate,
                        guard=getattr(args, "output_guard", None), overwrite=args.force)
    out.write(translate("cli", "Saved {count} employer packs to {path}").format(
        count=len(files), path=args.output) + "\n")
    return 0


COMMANDS: dict[str, Command] = {
    "report": cmd_report, "export": cmd_export, "employer-packs": cmd_employer_packs,
}
