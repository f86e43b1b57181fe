"""``booths`` and ``interview``: the booths and logging an interview as a booth does."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from sqlalchemy.orm import Session

from jobfair.cli.base import Command, actor_at, rehearsal_note
from jobfair.domain.codes import OUTCOME_LABELS, Outcome
from jobfair.domain.errors import ConflictError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.i18n import translate
from jobfair.services.interviews import booth
from jobfair.services.interviews.service import HeadcountExceededError


def cmd_booths(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    booths = booth.booth_overview(session, args.fair)
    if args.json:
        json.dump(
            [
                {
                    "id": b.id,
                    "label": b.label,
                    "employer": b.employer,
                    "openings": [
                        {"id": o.id, "title": o.title, "headcount": o.headcount, "hires": o.hires}
                        for o in b.openings
                    ],
                }
                for b in booths
            ],
            out,
            ensure_ascii=False,
        )
        out.write("\n")
        return 0
    if not booths:
        out.write(translate("cli", "The fair has no booths yet.") + "\n")
    for b in booths:
        out.write(f"{b.label:<8}{b.employer}\n")
        for o in b.openings:
            hired = translate("cli", "{hires} of {headcount} hired").format(
                hires=o.hires, headcount=o.headcount
            )
            out.write(f"{'':<8}{o.id:>6}  {o.title}  ({hired})\n")
    return 0


def cmd_interview(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    """Exits non-zero, saving nothing, on a repeat without --again or a hire beyond the headcount
    without --force."""
    where = booth.booth_by_label(session, args.booth, args.fair)
    seeker_id = booth.resolve_seeker(session, where.fair_id, args.code)
    actor = actor_at(args, session, where.fair_id)
    try:
        view = booth.record_interview(
            session,
            actor,
            where.id,
            seeker_id,
            outcome=args.outcome,
            opening_id=args.opening,
            notes=args.notes,
            force=args.force,
            allow_repeat=args.again,
        )
    except booth.RepeatInterviewError as exc:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} was already interviewed at booth {booth} at {time}; add --again to "
                "record another interview.",
            ),
            **exc.params,
        ) from exc
    except HeadcountExceededError as exc:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "All {headcount} positions of '{title}' are filled ({hired} hired); add --force "
                "to hire beyond the headcount.",
            ),
            **exc.params,
        ) from exc
    # The booth's card, not the desk's record: a booth account may read no more than that.
    seeker = booth.seeker_card(session, where.id, seeker_id, can_see_details=False,
                               actor=args.actor)
    day = booth.booth_day(session, where.id, actor=args.actor)
    opening = next((o for o in day.openings if o.id == view.opening_id), None)
    note = rehearsal_note(session, where.fair_id, view.started_at)
    if args.json:
        json.dump(
            {
                "interview_id": str(view.id),
                "seeker_id": str(seeker.seeker_id),
                "badge_no": seeker.badge_no,
                "name": seeker.name,
                "booth": where.label,
                "booth_id": where.id,
                "opening_id": view.opening_id,
                "opening": opening.title if opening else None,
                "outcome": view.outcome,
                "over_headcount": view.over_headcount,
                "hires": opening.hires if opening else None,
                "headcount": opening.headcount if opening else None,
                "rehearsal": note is not None,
            },
            out,
            ensure_ascii=False,
        )
        out.write("\n")
        return 0
    outcome = (
        translate("codes", OUTCOME_LABELS[Outcome(view.outcome)])
        if view.outcome
        else translate("cli", "to be decided")
    )
    out.write(
        translate("cli", "Interview saved: #{badge} {name} at booth {booth}: {outcome}").format(
            badge=seeker.badge_no, name=seeker.name, booth=where.label, outcome=outcome
        )
        + "\n"
    )
    if opening is not None:
        out.write(
            translate("cli", "{title}: {hires} of {headcount} hired").format(
                title=opening.title, hires=opening.hires, headcount=opening.headcount
            )
            + (
                "  " + translate("cli", "(beyond the headcount, confirmed)")
                if view.over_headcount
                else ""
            )
            + "\n"
        )
    if note is not None:
        out.write(note + "\n")
    return 0


COMMANDS: dict[str, Command] = {"booths": cmd_booths, "interview": cmd_interview}
