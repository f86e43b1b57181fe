"""``purge``: remove a fair's personal data when its retention period has ended.

Nothing is removed without ``--yes``: without it the command shows what would go and fails, so
a mistyped ``--fair`` destroys nothing. Before the fair's retention date it refuses unless
``--before-retention --reason TEXT`` (the reason goes into the audit log). ``--cleanup-only``
runs again only the rebuilding of the files, for when another program held the database open.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, TextIO

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from jobfair.cli.base import EXIT_ERROR, EXIT_USAGE, Command, write_json
from jobfair.i18n import translate
from jobfair.services.records.purge import (
    PurgeCleanupError,
    PurgeReport,
    RetentionNotEndedError,
    local_outboxes,
    purge_fair,
    vacuum_after_purge,
)
from jobfair.services.setup.fairs import get_fair


def report_dict(report: PurgeReport) -> dict[str, Any]:
    return {
        "fair_id": report.fair_id, "dry_run": report.dry_run, "seekers": report.seekers,
        "free_text": dict(report.free_text), "audit_events": report.audit_events,
        "employer_contacts": report.employer_contacts, "json_values": dict(report.json_values),
        "outbox_items": report.outbox_items, "snapshot_seekers": report.snapshot_seekers,
        "before_retention": report.before_retention, "kept": list(report.kept),
    }


def _cleanup(args: argparse.Namespace, engine: Engine, outboxes: list[Any]) -> None:
    try:
        vacuum_after_purge(engine, outboxes)
    except PurgeCleanupError as exc:
        exc.params["how"] = " " + translate(
            "cli", "(jobfair purge --fair {id} --cleanup-only)").format(id=args.fair)
        raise


def cmd_purge(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    if args.before_retention and not (args.reason or "").strip():
        sys.stderr.write(translate(
            "cli", "jobfair purge: --before-retention needs --reason TEXT") + "\n")
        return EXIT_USAGE
    fair_id = get_fair(session, args.fair).id  # a wrong id stops here, before anything
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    config = args.config
    outboxes = local_outboxes(config.data_dir, config.db_url)
    if args.cleanup_only:
        event.listen(session, "after_commit",
                     lambda _s: _cleanup(args, engine, outboxes), once=True)
        out.write(translate("cli", "The database files are rebuilt.") + "\n")
        return 0
    dry_run = args.dry_run or not args.yes
    try:
        report = purge_fair(session, args.actor, fair_id, dry_run=dry_run,
                            before_retention=args.reason if args.before_retention else None,
                            outboxes=outboxes)
    except RetentionNotEndedError as exc:
        exc.params["how"] = " " + translate("cli", "(--before-retention --reason TEXT)")
        raise
    if not dry_run:
        # The old values stay in the file's free pages until it is rebuilt, which can only
        # happen once the purge has committed.
        event.listen(session, "after_commit",
                     lambda _s: _cleanup(args, engine, outboxes), once=True)
    if args.json:
        write_json(out, report_dict(report))
    else:
        _write_report(report, out)
    if not args.dry_run and not args.yes:
        sys.stderr.write(translate(
            "cli", "jobfair: nothing was removed. To remove it for good, add --yes."
        ) + "\n")
        return EXIT_ERROR
    return 0


def _write_report(report: PurgeReport, out: TextIO) -> None:
    if report.dry_run:
        out.write(translate("cli", "Dry run: nothing was removed. A purge would remove:") + "\n")
    else:
        out.write(translate("cli", "Personal data of fair {id} removed:").format(
            id=report.fair_id) + "\n")
    out.write(translate(
        "cli", "  seekers' names, phones, birth dates, residence and desired jobs: {n}"
    ).format(n=report.seekers) + "\n")
    for where, n in sorted(report.free_text.items()):
        out.write(translate("cli", "  free text in {where}: {n}").format(where=where, n=n) + "\n")
    for where, n in sorted(report.json_values.items()):
        out.write(translate("cli", "  recorded values in {where}: {n}").format(
            where=where, n=n) + "\n")
    out.write(translate("cli", "  employers' contact persons: {n}").format(
        n=report.employer_contacts) + "\n")
    out.write(translate("cli", "  audit log entries scrubbed: {n}").format(
        n=report.audit_events) + "\n")
    out.write(translate("cli", "  delivered offline records on this PC: {n}").format(
        n=report.outbox_items) + "\n")
    out.write(translate("cli", "  job seekers in this PC's offline copy: {n}").format(
        n=report.snapshot_seekers) + "\n")
    if report.before_retention is not None:
        out.write(translate("cli", "  before the retention date, because: {reason}").format(
            reason=report.before_retention) + "\n")
    out.write(translate(
        "cli", "Kept for the anonymous figures: birth year, sex, desired occupation, target "
        "groups, consents, check-ins, interviews and outcomes."
    ) + "\n")


COMMANDS: dict[str, Command] = {"purge": cmd_purge}
