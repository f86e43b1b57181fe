"""The employers' result packs: for each employer of a fair, what it may take home afterwards.

Built from one read of the fair's counted interviews (``jobfair.services.reports.counted``: undone
and
rehearsal interviews left out) and the employers' counted figures (``analytics.employer_rows``,
the dashboard's own rows; final hires by ``counted.final_hire``). What a seeker shows is decided
by the booth card's one rule, ``booth.card_details``: the phone, the residence and a sensitive
target group only with the seeker's consent to provision to participating employers; the fair's
own fields by ``fields.visible``, the one rule of who may see an answer.

The covering letter is stored per fair (``Fair.pack_letter``); empty means the default letter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Fair, Interview, Opening, Seeker
from jobfair.domain.codes import OUTCOME_LABELS
from jobfair.domain.fair_day import FairDay
from jobfair.domain.result_packs import PackData, PackField, PackFigures, PackInterview
from jobfair.domain.target_groups import AGE_BAND_LABELS, GROUP_LABELS
from jobfair.domain.text import nfc
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.interviews.booth import card_details
from jobfair.services.interviews.evaluations import fair_tag_labels
from jobfair.services.interviews.follow_up import FINAL_OUTCOME_LABELS
from jobfair.services.reports.analytics import employer_rows
from jobfair.services.reports.counted import counted_interview, day_of, final_hire
from jobfair.services.setup.fairs import get_fair
from jobfair.services.setup.fields import FieldView, list_fields, visible

__all__ = ["MAX_LETTER", "pack_data", "pack_letter", "set_pack_letter"]

MAX_LETTER = 1500  # characters: the letter shares one page with the figures and the list


def pack_letter(session: Session, fair_id: int) -> str | None:
    """The fair's covering letter, or ``None`` when the default letter is used."""
    fair = session.get(Fair, get_fair(session, fair_id).id)
    assert fair is not None
    return fair.pack_letter or None


def set_pack_letter(session: Session, actor: Actor, fair_id: int, letter: str | None) -> None:
    """Store the fair's covering letter (empty or ``None``: back to the default); audited."""
    require(actor, Permission.EXPORT)
    fair = session.get(Fair, get_fair(session, fair_id).id)
    assert fair is not None
    text = nfc(letter or "").strip()[:MAX_LETTER] or None
    if text == fair.pack_letter:
        return
    before = fair.pack_letter
    fair.pack_letter = text
    session.flush()
    audit(session, actor, action="pack_letter", entity="fair", entity_id=fair.id,
          fair_id=fair.id, before={"pack_letter": before}, after={"pack_letter": text})


def pack_data(
    session: Session, fair_id: int | None, *, actor: Actor,
    employer_ids: Sequence[int] | None = None,
) -> list[PackData]:
    """Every employer's pack (or those of ``employer_ids``), in the dashboard's employer order.

    Requires the export permission: the packs hold the seekers' names.
    """
    require(actor, Permission.EXPORT)
    fair = get_fair(session, fair_id)
    day = day_of(fair)
    zone = ZoneInfo(fair.timezone)
    letter = pack_letter(session, fair.id)
    wanted = set(employer_ids) if employer_ids is not None else None
    rows = [r for r in employer_rows(session, fair.id)
            if wanted is None or r.employer_id in wanted]
    finals: dict[int, int] = {int(e): int(n) for e, n in session.execute(
        select(Booth.employer_id, func.count())
        .join(Interview, Interview.booth_id == Booth.id)
        .where(Interview.fair_id == fair.id, counted_interview(day), final_hire())
        .group_by(Booth.employer_id)
    )}
    fields = list_fields(session, fair.id)
    columns = tuple(PackField(f.key, f.label_ko, f.label_en)
                    for f in fields if f.employer_visible)
    interviews = _interviews(session, fair.id, fair.date.year, day, zone, wanted, fields)
    generated = actor.now().astimezone(zone).replace(tzinfo=None, microsecond=0)
    return [
        PackData(
            fair_id=fair.id, fair_name=fair.name, fair_date=fair.date, venue=fair.venue,
            organizer=fair.organizer, employer_id=r.employer_id, employer=r.name,
            business_no=r.business_no, booths=r.booth_labels, letter=letter,
            figures=PackFigures(
                openings=r.openings, positions=r.positions, interviews=r.interviews,
                interviewees=r.interviewees, hires=r.hires,
                second_interviews=r.second_interviews, pending=r.pending,
                fill_rate=r.fill_rate, final_hires=int(finals.get(r.employer_id, 0)),
            ),
            interviews=tuple(interviews.get(r.employer_id, ())),
            generated_at=generated, fields=columns,
        )
        for r in rows
    ]


def _interviews(
    session: Session, fair_id: int, fair_year: int, day: FairDay, zone: ZoneInfo,
    wanted: set[int] | None, fields: Sequence[FieldView],
) -> dict[int, list[PackInterview]]:
    query = (
        select(
            Booth.employer_id, Booth.label, Opening.title, Interview.started_at,
            Interview.id, Interview.rating,
            Interview.outcome, Interview.notes, Interview.final_outcome,
            Interview.final_outcome_on, Seeker.name, Seeker.badge_no, Seeker.birth_year,
            Seeker.groups, Seeker.desired_keco, Seeker.desired_job, Seeker.consent_provision,
            Seeker.phone, Seeker.residence, Seeker.answers, Seeker.consent_sensitive,
        )
        .join(Booth, Booth.id == Interview.booth_id)
        .join(Seeker, Seeker.id == Interview.seeker_id)
        .outerjoin(Opening, Opening.id == Interview.opening_id)
        .where(Interview.fair_id == fair_id, counted_interview(day))
        .order_by(Booth.employer_id, Interview.started_at, Seeker.name)
    )
    if wanted is not None:
        query = query.where(Booth.employer_id.in_(wanted))
    result: dict[int, list[PackInterview]] = defaultdict(list)
    tags = fair_tag_labels(session, fair_id)
    for r in session.execute(query):
        card = card_details(
            fair_year=fair_year, birth_year=r.birth_year, groups=r.groups,
            desired_keco=r.desired_keco, desired_job=r.desired_job,
            consent_provision=r.consent_provision, phone=r.phone, residence=r.residence,
            can_see_details=True,
        )
        result[r.employer_id].append(PackInterview(
            seeker_name=r.name, badge_no=r.badge_no,
            age_band=AGE_BAND_LABELS.get(card.age_band, card.age_band),
            target_groups=tuple(GROUP_LABELS.get(g, g) for g in card.target_groups),
            desired_job=card.desired_job, details_shared=card.details_shared,
            phone=card.phone, residence=card.residence or None,
            booth=r.label, opening=r.title or "", started_at=_local(r.started_at, zone),
            outcome=_label(OUTCOME_LABELS, r.outcome), notes=r.notes or "",
            final_outcome=_label(FINAL_OUTCOME_LABELS, r.final_outcome),
            final_outcome_on=r.final_outcome_on, rating=r.rating,
            tags=tuple(tags.get(r.id, ())),
            answers=tuple((a.key, a.text) for a in visible(
                fields, r.answers, provision=r.consent_provision,
                sensitive=r.consent_sensitive, for_employer=True)),
        ))
    return result


def _local(value: datetime, zone: ZoneInfo) -> datetime:
    return value.astimezone(zone).replace(tzinfo=None, microsecond=0)


def _label(labels: Mapping[Any, str], code: str | None) -> str:
    """A code's label (context ``codes``); an unknown code as it is, none as empty."""
    return labels.get(code, code) if code else ""
