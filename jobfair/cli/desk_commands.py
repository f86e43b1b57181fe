"""``import``, ``badges``, ``lookup`` and ``checkin``: the registration desk's work."""

from __future__ import annotations

import argparse
import uuid
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from jobfair.cli import setup_commands
from jobfair.cli.base import (
    EXIT_ERROR,
    Command,
    actor_at,
    rehearsal_note,
    write_import_problems,
    write_json,
    write_output,
)
from jobfair.documents.badge_rows import badges_from_rows
from jobfair.documents.badges import BadgeLabels, BadgeStyle, RenderResult, render_badges
from jobfair.documents.layouts import Calibration, load_layout
from jobfair.domain import badge_code
from jobfair.i18n import translate
from jobfair.services import importing
from jobfair.services.checkins.service import check_in, undo_check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import resolve_seeker
from jobfair.services.seekers import badges
from jobfair.services.setup.fairs import get_fair


def cmd_badges(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    """Writes the PDF, then records the badges as printed (reprints counted)."""
    fair = get_fair(session, args.fair)
    seeker_ids = None
    if args.seeker:
        seeker_ids = [resolve_seeker(session, fair.id, text) for text in args.seeker]
    rows = badges.badge_rows(session, fair.id, seeker_ids, actor=args.actor)
    if not rows:
        out.write(translate("cli", "The fair has no seekers: no badges to print.") + "\n")
        return EXIT_ERROR
    style = BadgeStyle(labels=BadgeLabels().translated(lambda t: translate("badges", t)))
    layout = load_layout(args.layout)
    rendered: list[RenderResult] = []
    write_output(args, lambda out: rendered.append(render_badges(
        badges_from_rows(rows, translate),
        layout,
        out,
        calibration=Calibration(args.offset_x, args.offset_y, args.scale),
        style=style,
    )))
    result = rendered[0]
    reprints = badges.mark_printed(session, args.actor, [r.seeker_id for r in rows])
    out.write(
        translate(
            "cli", "{badges} badges on {pages} pages written to {path} ({reprints} reprints)."
        ).format(badges=result.badges, pages=result.pages, path=args.output, reprints=reprints)
        + "\n"
    )
    return 0


def _lookup_json(found: badges.LookupResult) -> dict[str, Any]:
    return {
        "seeker_id": str(found.seeker_id),
        "fair_id": found.fair_id,
        "badge_no": found.badge_no,
        "name": found.name,
        "code": found.code,
        "checked_in_at": found.checked_in_at.isoformat() if found.checked_in_at else None,
    }


def cmd_lookup(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    found = badges.lookup(session, args.code, actor=args.actor)
    if args.json:
        write_json(out, _lookup_json(found))
        return 0
    state = (
        translate("cli", "checked in at {time}").format(time=_local(session, found))
        if found.checked_in_at
        else translate("cli", "not checked in")
    )
    out.write(f"#{found.badge_no}  {found.name}  {badge_code.format_code(found.code)}  ({state})\n")
    return 0


def cmd_checkin(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    """A second check-in is reported, not counted again; ``--undo`` takes a check-in back."""
    seeker_id = badges.resolve_code(session, args.code)
    fair_id = badges.lookup(session, args.code, actor=args.actor).fair_id
    actor = actor_at(args, session, fair_id)
    if args.undo:
        return _undo_checkin(args, session, out, actor, seeker_id)
    result = check_in(session, actor, seeker_id, via="scan")
    found = badges.lookup(session, args.code, actor=actor)
    note = rehearsal_note(session, fair_id, result.at)
    if args.json:
        write_json(out, {**_lookup_json(found), "already": result.already,
                         "replaced_rehearsal": result.replaced_rehearsal,
                         "rehearsal": note is not None})
        return 0
    if result.already:
        text = translate("cli", "#{badge} {name} was already checked in at {time}.")
    else:
        text = translate("cli", "#{badge} {name} checked in at {time}.")
    out.write(
        text.format(badge=found.badge_no, name=found.name, time=_local(session, found)) + "\n"
    )
    if note is not None:
        out.write(note + "\n")
    return 0


def _undo_checkin(
    args: argparse.Namespace, session: Session, out: TextIO, actor: Actor, seeker_id: uuid.UUID
) -> int:
    undone = undo_check_in(session, actor, seeker_id, args.reason)
    s = undone.seeker
    if args.json:
        write_json(out, {"seeker_id": str(s.id), "fair_id": s.fair_id, "badge_no": s.badge_no,
                         "name": s.name, "undone": True, "was_at": undone.was_at.isoformat(),
                         "reason": undone.reason})
        return 0
    zone = ZoneInfo(get_fair(session, s.fair_id).timezone)
    out.write(
        translate("cli", "#{badge} {name}: the check-in of {time} was undone ({reason}).").format(
            badge=s.badge_no, name=s.name, reason=undone.reason,
            time=undone.was_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        )
        + "\n"
    )
    return 0


def _local(session: Session, found: badges.LookupResult) -> str:
    """The check-in time in the fair's own time zone, as people at the desk read clocks."""
    assert found.checked_in_at is not None
    zone = ZoneInfo(get_fair(session, found.fair_id).timezone)
    return found.checked_in_at.astimezone(zone).strftime("%H:%M")


def cmd_import(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    """Exits non-zero when any row is bad; then nothing is imported."""
    if args.import_what == "employers":
        return setup_commands.cmd_import_employers(args, session, out)
    result = importing.import_seekers(
        session,
        args.actor,
        args.file,
        fair_id=args.fair,
        dry_run=args.dry_run,
        sheet=args.sheet,
    )
    status = write_import_problems(out, result, as_json=args.json)
    if status is not None:
        return status
    if args.dry_run:
        text = translate(
            "cli", "{rows} rows checked, all valid; nothing was saved (dry run)."
        ).format(rows=result.rows)
    elif result.imported:
        text = translate(
            "cli", "{count} seekers imported (badge numbers {first} to {last})."
        ).format(count=result.imported, first=result.first_badge_no, last=result.last_badge_no)
    else:
        text = translate("cli", "The file has no rows to import.")
    out.write(text + "\n")
    return 0


COMMANDS: dict[str, Command] = {
        "import": cmd_import,
        "badges": cmd_badges,
        "lookup": cmd_lookup,
        "checkin": cmd_checkin,
    }
