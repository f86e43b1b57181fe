"""``demo``, ``fairs`` and ``stats``: the fair and its figures."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from sqlalchemy.orm import Session

from jobfair.cli.base import Command, display_width, pad
from jobfair.domain.metrics import COUNT_LABELS
from jobfair.i18n import translate
from jobfair.services.records.rehearsal import rehearsal_count
from jobfair.services.reports.metrics import compute_figures, compute_final_figures
from jobfair.services.setup import demo
from jobfair.services.setup.fairs import get_fair, list_fairs


def cmd_demo(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    result = demo.create_demo(session, args.actor, reset=args.reset)
    if args.json:
        json.dump({"fair_id": result.fair_id, "created": result.created}, out)
        out.write("\n")
    elif result.created:
        out.write(translate("cli", "Demo fair created: id {id}").format(id=result.fair_id) + "\n")
    else:
        out.write(
            translate(
                "cli", "The demo fair exists already: id {id} (use --reset to recreate it)"
            ).format(id=result.fair_id)
            + "\n"
        )
    return 0


def cmd_fairs(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    fairs = list_fairs(session)
    if args.json:
        json.dump(
            [
                {
                    "id": f.id,
                    "name": f.name,
                    "date": f.date.isoformat(),
                    "venue": f.venue,
                    "hosts": f.hosts,
                    "demo": f.is_demo,
                }
                for f in fairs
            ],
            out,
            ensure_ascii=False,
        )
        out.write("\n")
        return 0
    if not fairs:
        out.write(translate("cli", "No fairs yet. 'jobfair demo' loads the demo fair.") + "\n")
    for f in fairs:
        out.write(f"{f.id:>4}  {f.date.isoformat()}  {f.name}\n")
    return 0


def cmd_stats(args: argparse.Namespace, session: Session, out: TextIO) -> int:
    figures = compute_figures(session, args.fair)
    if args.json:
        data = figures.as_dict()
        final = compute_final_figures(session, figures.fair_id)  # follow-up, kept apart
        data["final_hires"] = final.final_hires
        data["final_hire_rate"] = final.final_hire_rate
        data["rehearsal_records"] = rehearsal_count(session, figures.fair_id)  # not counted
        json.dump(data, out, ensure_ascii=False)
        out.write("\n")
        return 0
    fair = get_fair(session, figures.fair_id)
    out.write(f"{fair.name} ({fair.date.isoformat()})\n")
    data = figures.as_dict()
    width = max(display_width(translate("figures", label)) for label in COUNT_LABELS.values())
    for key, label in COUNT_LABELS.items():
        out.write(f"  {pad(translate('figures', label), width)}  {data[key]:>7,}\n")
    for ratio in figures.ratios():
        value = "-" if ratio.value is None else f"{ratio.value:.1f}%"
        divides = translate("cli", "{numerator} / {denominator}").format(
            numerator=translate("figures", COUNT_LABELS[ratio.numerator]),
            denominator=translate("figures", COUNT_LABELS[ratio.denominator]),
        )
        out.write(f"  {translate('figures', ratio.label)}: {value}  ({divides})\n")
    rehearsal = rehearsal_count(session, figures.fair_id)
    if rehearsal:
        out.write(
            translate(
                "cli",
                "{count} rehearsal records (made on another day than the fair's) are not "
                "counted; 'jobfair rehearsal --fair {fair}' lists them.",
            ).format(count=rehearsal, fair=figures.fair_id)
            + "\n"
        )
    return 0


COMMANDS: dict[str, Command] = {"demo": cmd_demo, "fairs": cmd_fairs, "stats": cmd_stats}
