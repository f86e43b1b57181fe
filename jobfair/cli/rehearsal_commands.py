"""``rehearsal``: the check-ins and interviews of another day than the fair's, and their discard."""

from __future__ import annotations

import argparse
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from jobfair.cli.base import Command, display_width, pad, write_json
from jobfair.domain.codes import OUTCOME_LABELS, Outcome
from jobfair.i18n import translate
from jobfair.services.records.rehearsal import (
    CHECKIN,
    RehearsalRecords,
    discard_rehearsal,
    rehearsal_records,
)
from jobfair.services.setup.fairs import get_fair


def cmd_rehearsal(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    if args.discard:
        count = discard_rehearsal(session, args.actor, args.fair)
        if args.json:
            write_json(out, {"fair_id": args.fair, "discarded": count})
        else:
            out.write(translate("cli", "{count} rehearsal records discarded.").format(count=count)
                      + "\n")
        return 0
    found = rehearsal_records(session, args.fair)
    if args.json:
        write_json(out, _as_json(found))
        return 0
    _write_list(session, found, out)
    return 0


def _as_json(found: RehearsalRecords) -> dict[str, Any]:
    return {
        "fair_id": found.fair_id,
        "fair_date": found.fair_date.isoformat(),
        "rehearsal_records": found.total,
        "checkins": found.checkins,
        "interviews": found.interviews,
        "queue_entries": found.queue_entries,
        "records": [
            {
                "kind": r.kind,
                "id": str(r.record_id),
                "at": r.at.isoformat(),
                "day": r.day.isoformat(),
                "seeker_id": str(r.seeker_id),
                "badge_no": r.badge_no,
                "name": r.name,
                "booth": r.booth or None,
                "outcome": r.outcome,
                "voided": r.voided,
            }
            for r in found.rows
        ],
    }


def _write_list(session: Session, found: RehearsalRecords, out: TextIO) -> None:
    fair = get_fair(session, found.fair_id)
    if not found.rows:
        out.write(
            translate(
                "cli", "No rehearsal records: every check-in and interview of {fair} was made on "
                "the fair's day ({date})."
            ).format(fair=fair.name, date=fair.date.isoformat())
            + "\n"
        )
        return
    out.write(
        translate(
            "cli", "{fair} ({date}): {total} rehearsal records, {checkins} check-ins and "
            "{interviews} interviews made on another day; none of them counts."
        ).format(fair=fair.name, date=fair.date.isoformat(), total=found.total,
                 checkins=found.checkins, interviews=found.interviews)
        + "\n"
    )
    zone = ZoneInfo(fair.timezone)
    kinds = {CHECKIN: translate("cli", "check-in")}
    interview = translate("cli", "interview")
    width = max(display_width(kinds[CHECKIN]), display_width(interview))
    for r in found.rows:
        kind = kinds.get(r.kind, interview)
        what = ""
        if r.kind != CHECKIN:
            outcome = (translate("codes", OUTCOME_LABELS[Outcome(r.outcome)]) if r.outcome
                       else translate("cli", "to be decided"))
            what = f"  {r.booth}  {outcome}"
            if r.voided:
                what += "  " + translate("cli", "(undone)")
        out.write(f"  {r.at.astimezone(zone):%Y-%m-%d %H:%M}  {pad(kind, width)}  "
                  f"#{r.badge_no} {r.name}{what}\n")
    out.write(
        translate("cli", "'jobfair rehearsal --fair {fair} --discard' deletes them.").format(
            fair=fair.id
        )
        + "\n"
    )


COMMANDS: dict[str, Command] = {"rehearsal": cmd_rehearsal}
