"""The demo fair: the 2015 Yangju, Uijeongbu and Dongducheon fair of the seed article, rebuilt.

It has the article's figures exactly: 28 employers, 152 positions sought, 1,000 seekers checked
in, 405 people interviewed (some at two or three booths), 63 hired on the spot (41.4 % of the
positions, 15.6 % of the people interviewed).

Deterministic: ``demo_plan.build_plan`` makes the same data every time, so figures,
screenshots and tests agree. It is written here through the models with bulk inserts and a
single audit event (the fair's creation): one service call and one audit row per record would
take many seconds for what is sample data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from jobfair.db.models import Base, Booth, CheckIn, Employer, Fair, Interview, Opening, Seeker
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.setup import demo_data as data
from jobfair.services.setup.demo_plan import (
    CLOSES,
    FAIR_DATE,
    FAIR_NAME,
    HOSTS,
    NOTICE_VERSION,
    OPENS,
    ORGANIZER,
    TIMEZONE,
    VENUE,
    DemoPlan,
    SeekerPlan,
    build_plan,
)


@dataclass(frozen=True)
class DemoResult:
    fair_id: int
    created: bool


def create_demo(session: Session, actor: Actor, *, reset: bool = False) -> DemoResult:
    """Create the demo fair, unless one exists (then return it); ``reset`` recreates it."""
    require(actor, Permission.SETUP)
    existing = list(
        session.scalars(select(Fair.id).where(Fair.is_demo.is_(True)).order_by(Fair.id))
    )
    if existing and not reset:
        return DemoResult(existing[-1], created=False)
    for fair_id in existing:
        delete_fair_data(session, fair_id)
    plan = build_plan()
    fair_id = _write(session, actor, plan)
    audit(session, actor, action="create", entity="fair", entity_id=fair_id, fair_id=fair_id,
          after={"name": FAIR_NAME, "date": FAIR_DATE.isoformat(), "demo": True,
                 "reset": bool(existing), "employers": len(plan.employers),
                 "seekers": len(plan.seekers), "interviews": len(plan.interviews)})
    return DemoResult(fair_id, created=True)


def delete_fair_data(session: Session, fair_id: int) -> None:
    """Delete a fair and every row of it, children first, whatever the foreign-key settings.

    Found from the schema rather than listed, so a table added later is not forgotten: a table
    with a ``fair_id`` loses the fair's rows; a table without one that points at such a table
    (badges at seekers, stations at booths) loses, or lets go of, the rows pointing at them.
    """
    owned = {t.name for t in Base.metadata.sorted_tables if "fair_id" in t.c}
    for table in reversed(Base.metadata.sorted_tables):
        if table.name == Fair.__tablename__:
            continue
        if "fair_id" in table.c:
            session.execute(table.delete().where(table.c.fair_id == fair_id))
            continue
        for fk in table.foreign_keys:
            parent = fk.column.table
            if parent.name not in owned:
                continue
            of_fair = select(fk.column).where(parent.c.fair_id == fair_id)
            if fk.ondelete == "SET NULL":
                session.execute(
                    table.update().where(fk.parent.in_(of_fair)).values({fk.parent.name: None})
                )
            else:
                session.execute(table.delete().where(fk.parent.in_(of_fair)))
    session.execute(delete(Fair).where(Fair.id == fair_id),
                    execution_options={"synchronize_session": False})


# --- writing -------------------------------------------------------------------------------


def _write(session: Session, actor: Actor, plan: DemoPlan) -> int:
    fair = Fair(
        name=FAIR_NAME,
        date=FAIR_DATE,
        venue=VENUE,
        hosts=HOSTS,
        organizer=ORGANIZER,
        opens_at=OPENS,
        closes_at=CLOSES,
        timezone=TIMEZONE,
        is_demo=True,
        created_at=actor.now(),
    )
    session.add(fair)
    session.flush()
    fid = fair.id

    employers = [
        Employer(
            fair_id=fid,
            name=spec.name,
            business_no=ep.business_no,
            ksic_section=spec.ksic_section,
            ksic_code=spec.ksic_code,
            size=spec.size,
            contact_name=ep.contact_name,
            contact_phone=ep.contact_phone,
            address=ep.address,
        )
        for spec, ep in zip(data.EMPLOYERS, plan.employers, strict=True)
    ]
    session.add_all(employers)
    session.flush()
    booths: list[Booth] = []
    openings: list[list[Opening]] = []
    for i, (spec, employer) in enumerate(zip(data.EMPLOYERS, employers, strict=True)):
        row, col = booth_position(i)
        booths.append(Booth(fair_id=fid, employer_id=employer.id, label=booth_label(i),
                            grid_row=row, grid_col=col))
        openings.append([
            Opening(
                fair_id=fid,
                employer_id=employer.id,
                title=o.title,
                keco_code=o.keco,
                headcount=o.headcount,
                employment_type=str(o.employment_type),
                wage=o.wage,
                work_place=f"{spec.city} {spec.town}",
                qualifications=o.qualifications,
            )
            for o in spec.openings
        ])
    session.add_all(booths)
    session.add_all([o for per_employer in openings for o in per_employer])
    session.flush()

    session.execute(insert(Seeker), [_seeker_row(fid, s) for s in plan.seekers])
    session.execute(
        insert(CheckIn),
        [
            {"id": s.checkin_id, "fair_id": fid, "seeker_id": s.id, "at": s.checkin_at,
             "station_id": None, "via": s.via}
            for s in plan.seekers
            if s.checkin_at is not None
        ],
    )
    session.execute(
        insert(Interview),
        [
            {
                "id": iv.id,
                "fair_id": fid,
                "seeker_id": plan.seekers[iv.seeker].id,
                "booth_id": booths[iv.employer].id,
                "opening_id": None if iv.opening is None else openings[iv.employer][iv.opening].id,
                "started_at": iv.started_at,
                "outcome": iv.outcome,
                "outcome_at": iv.outcome_at,
                "over_headcount": False,
                "notes": iv.notes,
                "station_id": None,
                "updated_at": iv.outcome_at or iv.started_at,
            }
            for iv in plan.interviews
        ],
    )
    return fid


def _seeker_row(fair_id: int, s: SeekerPlan) -> dict[str, Any]:
    return {
        "id": s.id,
        "fair_id": fair_id,
        "badge_no": s.badge_no,
        "name": s.name,
        "birth_year": s.birth_year,
        "birth_date": s.birth_date,
        "phone": s.phone,
        "residence": s.residence,
        "sex": s.sex,
        "desired_keco": s.desired_keco,
        "desired_job": data.DESIRED_JOBS.get(s.desired_keco, ""),
        "groups": s.groups,
        "channel": s.channel,
        "consent_collection": True,
        "consent_provision": s.consent_provision,
        "consent_sensitive": s.consent_sensitive,
        "consent_notice_version": NOTICE_VERSION,
        "consent_at": s.created_at,
        "created_at": s.created_at,
        "station_id": None,
        "purged_at": None,
    }


def booth_label(index: int) -> str:
    """A01..A14 along the first row, B01..B14 along the second."""
    return f"{'AB'[index // 14]}{index % 14 + 1:02d}"


def booth_position(index: int) -> tuple[int, int]:
    """(row, column) on the floor grid, counted from 1 like the labels."""
    return index // 14 + 1, index % 14 + 1
