"""``purge``: remove a fair's personal data when its retention period has ended."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from jobfair.cli.base import Command, db_int, write_json
from jobfair.i18n import translate
from jobfair.services.purge import PurgeReport, purge_fair, vacuum_after_purge


def register(sub: Any, common: argparse.ArgumentParser) -> dict[str, Command]:
    p = sub.add_parser(
        "purge", parents=[common],
        help=translate(
            "cli", "remove a fair's personal data for good; the figures stay (asks nothing)"
        ),
    )
    p.add_argument(
        "--fair", type=db_int, metavar="ID", required=True, help=translate("cli", "fair id")
    )
    p.add_argument(
        "--dry-run", action="store_true",
        help=translate("cli", "only count what would be removed"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    return {"purge": cmd_purge}


def report_dict(report: PurgeReport) -> dict[str, Any]:
    return {
        "fair_id": report.fair_id, "dry_run": report.dry_run, "seekers": report.seekers,
        "free_text": dict(report.free_text), "audit_events": report.audit_events,
        "employer_contacts": report.employer_contacts, "kept": list(report.kept),
    }


def cmd_purge(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    report = purge_fair(session, args.actor, args.fair, dry_run=args.dry_run)
    if not args.dry_run:
        bind = session.get_bind()
        engine = bind if isinstance(bind, Engine) else bind.engine
        # The old values stay in the file's free pages until it is rebuilt, which can only
        # happen once the purge has committed.
        event.listen(session, "after_commit", lambda _s: vacuum_after_purge(engine), once=True)
    if args.json:
        write_json(out, report_dict(report))
        return 0
    if args.dry_run:
        out.write(translate("cli", "Dry run: nothing was removed. A purge would remove:") + "\n")
    else:
        out.write(translate("cli", "Personal data of fair {id} removed:").format(
            id=report.fair_id) + "\n")
    out.write(translate(
        "cli", "  seekers' names, phones, birth dates, residence and desired jobs: {n}"
    ).format(n=report.seekers) + "\n")
    for where, n in sorted(report.free_text.items()):
        out.write(translate("cli", "  free text in {where}: {n}").format(where=where, n=n) + "\n")
    out.write(translate("cli", "  employers' contact persons: {n}").format(
        n=report.employer_contacts) + "\n")
    out.write(translate("cli", "  audit log entries scrubbed: {n}").format(
        n=report.audit_events) + "\n")
    out.write(translate(
        "cli", "Kept for the anonymous figures: birth year, sex, desired occupation, target "
        "groups, consents, check-ins, interviews and outcomes."
    ) + "\n")
    return 0
