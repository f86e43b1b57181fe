"""``match``: openings for a seeker, or the consenting candidates for an employer."""

from __future__ import annotations

import argparse
import uuid
from typing import Any, TextIO

from sqlalchemy.orm import Session

from jobfair.cli.base import Command, pad, write_json
from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.matching import Reason
from jobfair.i18n import translate
from jobfair.services.seekers.matching import openings_for_seeker, seekers_for_employer


def _reasons(reasons: tuple[Reason, ...]) -> list[str]:
    return [r.render(translate) for r in reasons]


def cmd_match(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    if args.seeker is not None:
        try:
            seeker_id = uuid.UUID(args.seeker)
        except ValueError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "'{value}' is not a seeker id."),
                field="seeker", value=args.seeker,
            ) from None
        openings = openings_for_seeker(session, seeker_id, args.limit or 10, actor=args.actor)
        rows: list[dict[str, Any]] = [
            {"opening_id": m.opening_id, "title": m.title, "employer": m.employer_name,
             "booth": m.booth_label, "score": m.score, "recommended": m.recommended,
             "reasons": _reasons(m.reasons)}
            for m in openings
        ]
        if args.json:
            write_json(out, rows)
            return 0
        for r in rows:
            out.write(f"{pad(r['booth'] or '-', 6)} {r['score']:>3}  {r['employer']} · "
                      f"{r['title']}  ({'; '.join(r['reasons'])})\n")
        return 0
    candidates = seekers_for_employer(
        session, args.employer, args.limit or 50, actor=args.actor
    )
    rows = [
        {"seeker_id": str(c.seeker_id), "name": c.name, "badge_no": c.badge_no,
         "age_band": c.age_band, "desired_job": c.desired_job, "residence": c.residence_city,
         "opening_id": c.opening_id, "opening": c.opening_title, "score": c.score,
         "recommended": c.recommended, "reasons": _reasons(c.reasons)}
        for c in candidates
    ]
    if args.json:
        write_json(out, rows)
        return 0
    for r in rows:
        badge = "" if r["badge_no"] is None else f"#{r['badge_no']}"
        out.write(f"{pad(badge, 6)} {r['score']:>3}  {pad(r['name'], 10)} {r['opening']}  "
                  f"({'; '.join(r['reasons'])})\n")
    return 0


COMMANDS: dict[str, Command] = {"match": cmd_match}
