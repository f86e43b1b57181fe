"""Setting up a fair beyond what ``fairs`` adds: editing and deleting, the floor grid, copying
employers from an earlier fair.

The rules of a valid fair, employer, booth and opening are ``fairs``' (``validate_*``); this module
adds what needs the rows already there: what was before (for the audit), and what would be lost
(nothing that has interviews is deleted).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from jobfair.db.models import (
    Account,
    Booth,
    Employer,
    EmployerTag,
    Fair,
    Interview,
    Opening,
    QueueEntry,
    Seeker,
    Station,
)
from jobfair.domain import bizno
from jobfair.domain.errors import ConflictError, NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    FairView,
    OpeningInput,
    OpeningView,
    employer_at_fair,
    fair_view,
    get_fair,
    opening_view,
    validate_booth_label,
    validate_employer,
    validate_fair,
    validate_opening,
)
from jobfair.services.setup.fields import copy_fields

GRID_MAX = 30  # rows or columns of the floor grid


# --- views ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmployerDetail:
    """An employer with every field the setup screen edits, and what hangs on it."""

    id: int
    fair_id: int
    name: str
    business_no: str
    ksic_section: str
    ksic_code: str
    size: str
    contact_name: str
    contact_phone: str
    contact_email: str
    address: str
    openings: int
    positions: int
    booths: str  # labels, comma-separated
    interviews: int

    def as_input(self) -> EmployerInput:
        return EmployerInput(
            name=self.name, business_no=self.business_no, ksic_section=self.ksic_section,
            ksic_code=self.ksic_code, size=self.size, contact_name=self.contact_name,
            contact_phone=self.contact_phone, contact_email=self.contact_email,
            address=self.address,
        )


@dataclass(frozen=True)
class BoothDetail:
    id: int
    fair_id: int
    label: str
    employer_id: int
    employer_name: str
    grid_row: int | None
    grid_col: int | None

    @property
    def cell(self) -> tuple[int, int] | None:
        if self.grid_row is None or self.grid_col is None:
            return None
        return self.grid_row, self.grid_col


@dataclass(frozen=True)
class CopyResult:
    """What ``copy_from_fair`` did.

    Attributes:
        employers: names of the employers copied.
        skipped: (name, formatted business number) of those already at the target fair.
        openings: how many openings were copied.
        booths: how many booths were copied.
        booths_skipped: labels not copied because the target fair has them already.
        fields: how many of the fair's own registration fields were copied.
    """

    employers: tuple[str, ...]
    skipped: tuple[tuple[str, str], ...]
    openings: int
    booths: int
    booths_skipped: tuple[str, ...]
    fields: int = 0


def _employer_state(e: Employer) -> dict[str, Any]:
    return {
        "name": e.name, "business_no": e.business_no, "ksic_section": e.ksic_section,
        "ksic_code": e.ksic_code, "size": e.size, "contact_name": e.contact_name,
        "contact_phone": e.contact_phone, "contact_email": e.contact_email, "address": e.address,
    }


def _opening_state(o: Opening) -> dict[str, Any]:
    return {
        "employer_id": o.employer_id, "title": o.title, "keco_code": o.keco_code,
        "headcount": o.headcount, "employment_type": o.employment_type, "wage": o.wage,
        "work_place": o.work_place, "qualifications": o.qualifications,
        "requirements": o.requirements,
    }


def _booth_state(b: Booth) -> dict[str, Any]:
    return {"label": b.label, "employer_id": b.employer_id, "grid_row": b.grid_row,
            "grid_col": b.grid_col}


def _fair_state(f: Fair) -> dict[str, Any]:
    return {
        "name": f.name, "date": f.date.isoformat(), "venue": f.venue, "hosts": f.hosts,
        "organizer": f.organizer, "opens_at": f.opens_at.isoformat(),
        "closes_at": f.closes_at.isoformat(), "timezone": f.timezone,
        "retention_days": f.retention_days,
        "typical_interview_minutes": f.typical_interview_minutes,
    }


# --- the fair ------------------------------------------------------------------------------------


def _fair(session: Session, fair_id: int) -> Fair:
    get_fair(session, fair_id)  # the "no such fair" message
    fair = session.get(Fair, fair_id)
    assert fair is not None
    return fair


def update_fair(session: Session, actor: Actor, fair_id: int, data: FairInput) -> FairView:
    require(actor, Permission.SETUP)
    fair = _fair(session, fair_id)
    name = validate_fair(data)
    before = _fair_state(fair)
    fair.name = name
    fair.date = data.date
    fair.venue = data.venue.strip()
    fair.hosts = data.hosts.strip()
    fair.organizer = data.organizer.strip()
    fair.opens_at = data.opens_at
    fair.closes_at = data.closes_at
    fair.timezone = data.timezone
    fair.retention_days = data.retention_days
    fair.typical_interview_minutes = data.typical_interview_minutes
    session.flush()
    audit(session, actor, action="update", entity="fair", entity_id=fair.id, fair_id=fair.id,
          before=before, after=_fair_state(fair))
    return fair_view(fair)


def delete_fair(session: Session, actor: Actor, fair_id: int) -> None:
    """Delete a fair that has no seekers yet (a fair set up by mistake)."""
    require(actor, Permission.SETUP)
    fair = _fair(session, fair_id)
    seekers = session.scalar(
        select(func.count()).select_from(Seeker).where(Seeker.fair_id == fair_id)
    ) or 0
    if seekers:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The fair {name} has {count} seekers on its list and cannot be deleted.",
            ),
            name=fair.name,
            count=seekers,
        )
    booth_ids = select(Booth.id).where(Booth.fair_id == fair_id)
    _refuse_booth_accounts(session, booth_ids)
    before = _fair_state(fair)
    session.execute(update(Station).where(Station.booth_id.in_(booth_ids)).values(booth_id=None))
    session.execute(delete(QueueEntry).where(QueueEntry.fair_id == fair_id))
    session.execute(delete(Interview).where(Interview.fair_id == fair_id))
    session.execute(delete(Booth).where(Booth.fair_id == fair_id))
    session.execute(delete(Opening).where(Opening.fair_id == fair_id))
    session.execute(delete(Employer).where(Employer.fair_id == fair_id))
    session.delete(fair)
    session.flush()
    audit(session, actor, action="delete", entity="fair", entity_id=fair_id, fair_id=fair_id,
          before=before)


def _refuse_booth_accounts(session: Session, booth_ids: Any) -> None:
    """Refuse to delete booths that active sign-in accounts work for.

    Deleting them would leave the accounts signing in without a booth; switching them off
    unasked would lock a recruiter out in the middle of the fair. The organizer moves them to
    another booth or switches them off first. (A switched-off account keeps no booth: it needs
    one chosen before it is switched on again.)
    """
    logins = session.scalars(
        select(Account.login)
        .where(Account.booth_id.in_(booth_ids), Account.active)
        .order_by(Account.login)
    ).all()
    if logins:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Sign-in accounts work for this booth ({logins}). Move them to another booth or "
                "switch them off before deleting it.",
            ),
            logins=", ".join(logins),
        )


# --- employers -----------------------------------------------------------------------------------


def list_employer_details(
    session: Session, fair_id: int, *, actor: Actor
) -> list[EmployerDetail]:
    """The fair's employers by name, with their openings, positions, booths and interviews (the
    setup screen's view, with the employers' contact people)."""
    require(actor, Permission.SETUP)
    openings = dict(
        session.execute(
            select(Opening.employer_id, func.count())
            .where(Opening.fair_id == fair_id)
            .group_by(Opening.employer_id)
        ).all()
    )
    positions = dict(
        session.execute(
            select(Opening.employer_id, func.coalesce(func.sum(Opening.headcount), 0))
            .where(Opening.fair_id == fair_id)
            .group_by(Opening.employer_id)
        ).all()
    )
    interviews = dict(
        session.execute(
            select(Booth.employer_id, func.count(Interview.id))
            .join(Interview, Interview.booth_id == Booth.id)
            .where(Booth.fair_id == fair_id)
            .group_by(Booth.employer_id)
        ).all()
    )
    labels: dict[int, list[str]] = {}
    for employer_id, label in session.execute(
        select(Booth.employer_id, Booth.label).where(Booth.fair_id == fair_id).order_by(Booth.label)
    ):
        labels.setdefault(employer_id, []).append(label)
    rows = session.scalars(
        select(Employer).where(Employer.fair_id == fair_id).order_by(Employer.name, Employer.id)
    )
    return [
        EmployerDetail(
            id=e.id, fair_id=e.fair_id, name=e.name, business_no=e.business_no,
            ksic_section=e.ksic_section, ksic_code=e.ksic_code, size=e.size,
            contact_name=e.contact_name, contact_phone=e.contact_phone,
            contact_email=e.contact_email, address=e.address,
            openings=int(openings.get(e.id, 0)), positions=int(positions.get(e.id, 0)),
            booths=", ".join(labels.get(e.id, [])), interviews=int(interviews.get(e.id, 0)),
        )
        for e in rows
    ]


def employer_choices(session: Session, fair_id: int) -> list[tuple[int, str]]:
    """(id, name) of the fair's employers by name, for a choice."""
    rows = session.execute(
        select(Employer.id, Employer.name)
        .where(Employer.fair_id == fair_id)
        .order_by(Employer.name, Employer.id)
    )
    return [(r.id, r.name) for r in rows]


def _employer(session: Session, employer_id: int) -> Employer:
    employer = session.get(Employer, employer_id)
    if employer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no employer with id {employer_id}."),
            employer_id=employer_id,
        )
    return employer


def update_employer(session: Session, actor: Actor, employer_id: int, data: EmployerInput) -> None:
    require(actor, Permission.SETUP)
    employer = _employer(session, employer_id)
    checked = validate_employer(session, employer.fair_id, data, exclude_id=employer_id)
    before = _employer_state(employer)
    employer.name = checked.name
    employer.business_no = checked.business_no
    employer.ksic_section = checked.ksic_section
    employer.ksic_code = data.ksic_code.strip()
    employer.size = data.size
    employer.contact_name = data.contact_name.strip()
    employer.contact_phone = data.contact_phone.strip()
    employer.contact_email = data.contact_email.strip()
    employer.address = data.address.strip()
    session.flush()
    audit(session, actor, action="update", entity="employer", entity_id=employer_id,
          fair_id=employer.fair_id, before=before, after=_employer_state(employer))


def _interviews_at(session: Session, *conditions: Any) -> int:
    return session.scalar(select(func.count()).select_from(Interview).where(*conditions)) or 0


def delete_employer(session: Session, actor: Actor, employer_id: int) -> None:
    """Delete an employer with its booths and openings, refused once it has interviews."""
    require(actor, Permission.SETUP)
    employer = _employer(session, employer_id)
    booth_ids = select(Booth.id).where(Booth.employer_id == employer_id)
    count = _interviews_at(session, Interview.booth_id.in_(booth_ids))
    if count:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} has {count} interviews recorded and cannot be deleted. Its interviews "
                "would be lost from the fair's figures.",
            ),
            name=employer.name,
            count=count,
        )
    _refuse_booth_accounts(session, booth_ids)
    before = _employer_state(employer)
    fair_id = employer.fair_id
    session.execute(update(Station).where(Station.booth_id.in_(booth_ids)).values(booth_id=None))
    session.execute(delete(QueueEntry).where(QueueEntry.booth_id.in_(booth_ids)))
    session.execute(delete(Booth).where(Booth.employer_id == employer_id))
    session.execute(delete(Opening).where(Opening.employer_id == employer_id))
    session.delete(employer)
    session.flush()
    audit(session, actor, action="delete", entity="employer", entity_id=employer_id,
          fair_id=fair_id, before=before)


# --- booths --------------------------------------------------------------------------------------


def list_booth_details(session: Session, fair_id: int, *, actor: Actor) -> list[BoothDetail]:
    require(actor, Permission.SETUP)
    rows = session.execute(
        select(Booth, Employer.name)
        .join(Employer, Employer.id == Booth.employer_id)
        .where(Booth.fair_id == fair_id)
        .order_by(Booth.label)
    ).all()
    return [
        BoothDetail(b.id, b.fair_id, b.label, b.employer_id, name, b.grid_row, b.grid_col)
        for b, name in rows
    ]


def _booth(session: Session, booth_id: int) -> Booth:
    booth = session.get(Booth, booth_id)
    if booth is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no booth with id {booth_id}."), booth_id=booth_id
        )
    return booth


def _check_cell(
    session: Session, fair_id: int, cell: tuple[int, int] | None, exclude_id: int | None
) -> None:
    if cell is None:
        return
    row, col = cell
    if not (0 <= row < GRID_MAX and 0 <= col < GRID_MAX):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The floor grid has at most {size} rows and columns."),
            field="grid", size=GRID_MAX,
        )
    query = select(Booth.label).where(
        Booth.fair_id == fair_id, Booth.grid_row == row, Booth.grid_col == col
    )
    if exclude_id is not None:
        query = query.where(Booth.id != exclude_id)
    taken = session.scalar(query)
    if taken is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Booth {label} stands on row {row}, column {col} already."
            ),
            field="grid", label=taken, row=row + 1, col=col + 1,
        )


def update_booth(
    session: Session,
    actor: Actor,
    booth_id: int,
    *,
    label: str,
    employer_id: int,
    cell: tuple[int, int] | None,
) -> BoothDetail:
    """Change a booth's label, employer and place on the floor grid (``None``: not placed)."""
    require(actor, Permission.SETUP)
    booth = _booth(session, booth_id)
    employer = employer_at_fair(session, booth.fair_id, employer_id)
    label = validate_booth_label(session, booth.fair_id, label, exclude_id=booth_id)
    _check_cell(session, booth.fair_id, cell, booth_id)
    before = _booth_state(booth)
    booth.label = label
    booth.employer_id = employer_id
    booth.grid_row, booth.grid_col = cell if cell is not None else (None, None)
    session.flush()
    audit(session, actor, action="update", entity="booth", entity_id=booth_id,
          fair_id=booth.fair_id, before=before, after=_booth_state(booth))
    return BoothDetail(booth.id, booth.fair_id, label, employer_id, employer.name,
                       booth.grid_row, booth.grid_col)


def place_booth(
    session: Session, actor: Actor, booth_id: int, cell: tuple[int, int] | None
) -> BoothDetail:
    """Put a booth on a cell of the floor grid (or take it off with ``None``)."""
    require(actor, Permission.SETUP)
    booth = _booth(session, booth_id)
    return update_booth(session, actor, booth_id, label=booth.label,
                        employer_id=booth.employer_id, cell=cell)


def delete_booth(session: Session, actor: Actor, booth_id: int) -> None:
    require(actor, Permission.SETUP)
    booth = _booth(session, booth_id)
    count = _interviews_at(session, Interview.booth_id == booth_id)
    if count:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors", "Booth {label} has {count} interviews recorded and cannot be deleted."
            ),
            label=booth.label,
            count=count,
        )
    _refuse_booth_accounts(session, select(Booth.id).where(Booth.id == booth_id))
    before = _booth_state(booth)
    fair_id = booth.fair_id
    session.execute(update(Station).where(Station.booth_id == booth_id).values(booth_id=None))
    session.execute(delete(QueueEntry).where(QueueEntry.booth_id == booth_id))
    session.delete(booth)
    session.flush()
    audit(session, actor, action="delete", entity="booth", entity_id=booth_id, fair_id=fair_id,
          before=before)


# --- openings ------------------------------------------------------------------------------------


def _opening(session: Session, opening_id: int) -> Opening:
    opening = session.get(Opening, opening_id)
    if opening is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no opening with id {opening_id}."),
            opening_id=opening_id,
        )
    return opening


def update_opening(
    session: Session, actor: Actor, opening_id: int, data: OpeningInput
) -> OpeningView:
    require(actor, Permission.SETUP)
    opening = _opening(session, opening_id)
    title = validate_opening(data)
    before = _opening_state(opening)
    opening.title = title
    opening.keco_code = data.keco_code.strip()
    opening.headcount = data.headcount
    opening.employment_type = str(data.employment_type)
    opening.wage = data.wage.strip()
    opening.work_place = data.work_place.strip()
    opening.qualifications = data.qualifications
    session.flush()
    audit(session, actor, action="update", entity="opening", entity_id=opening_id,
          fair_id=opening.fair_id, before=before, after=_opening_state(opening))
    return opening_view(opening)


def delete_opening(session: Session, actor: Actor, opening_id: int) -> None:
    require(actor, Permission.SETUP)
    opening = _opening(session, opening_id)
    count = _interviews_at(session, Interview.opening_id == opening_id)
    if count:
        raise ConflictError(
            QT_TRANSLATE_NOOP(
                "errors", "The opening {title} has {count} interviews recorded and cannot be "
                "deleted. Lower its headcount instead.",
            ),
            title=opening.title,
            count=count,
        )
    before = _opening_state(opening)
    fair_id = opening.fair_id
    session.delete(opening)
    session.flush()
    audit(session, actor, action="delete", entity="opening", entity_id=opening_id,
          fair_id=fair_id, before=before)


def total_positions(session: Session, fair_id: int) -> int:
    """구인인원: the headcount of every opening of the fair."""
    return int(
        session.scalar(
            select(func.coalesce(func.sum(Opening.headcount), 0)).where(Opening.fair_id == fair_id)
        )
        or 0
    )


# --- copying from an earlier fair ----------------------------------------------------------------


def copy_from_fair(
    session: Session,
    actor: Actor,
    source_fair_id: int,
    target_fair_id: int,
    employer_ids: list[int] | None = None,
    *,
    with_booths: bool = False,
) -> CopyResult:
    """Copy employers (all, or ``employer_ids``) with their openings and their evaluation tag
    lists (in their order), and booths if asked.

    An employer whose business number is at the target fair already is skipped and reported;
    a booth whose label is taken is skipped too. Floor positions come along only when free.
    """
    require(actor, Permission.SETUP)
    if source_fair_id == target_fair_id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose another fair to copy from."), field="fair"
        )
    get_fair(session, source_fair_id)
    get_fair(session, target_fair_id)
    query = select(Employer).where(Employer.fair_id == source_fair_id).order_by(Employer.name)
    if employer_ids is not None:
        query = query.where(Employer.id.in_(employer_ids))
    sources = list(session.scalars(query))
    present = set(
        session.scalars(select(Employer.business_no).where(Employer.fair_id == target_fair_id))
    )
    labels = set(session.scalars(select(Booth.label).where(Booth.fair_id == target_fair_id)))
    cells = {
        (r, c)
        for r, c in session.execute(
            select(Booth.grid_row, Booth.grid_col).where(Booth.fair_id == target_fair_id)
        ).all()
        if r is not None and c is not None
    }
    copied: list[str] = []
    skipped: list[tuple[str, str]] = []
    booths_skipped: list[str] = []
    openings = booths = tags = 0
    for source in sources:
        if source.business_no in present:
            skipped.append((source.name, bizno.format_bizno(source.business_no)))
            continue
        present.add(source.business_no)
        employer = Employer(fair_id=target_fair_id, **_employer_state(source))
        session.add(employer)
        session.flush()
        copied.append(source.name)
        for o in session.scalars(
            select(Opening).where(Opening.employer_id == source.id).order_by(Opening.id)
        ):
            state = _opening_state(o) | {"employer_id": employer.id}
            session.add(Opening(fair_id=target_fair_id, **state))
            openings += 1
        for t in session.scalars(select(EmployerTag).where(EmployerTag.employer_id == source.id)
                                 .order_by(EmployerTag.position, EmployerTag.id)):
            session.add(EmployerTag(employer_id=employer.id, position=t.position, label=t.label))
            tags += 1
        if with_booths:
            for b in session.scalars(
                select(Booth).where(Booth.employer_id == source.id).order_by(Booth.label)
            ):
                if b.label in labels:
                    booths_skipped.append(b.label)
                    continue
                labels.add(b.label)
                cell = (b.grid_row, b.grid_col)
                free = cell[0] is not None and cell[1] is not None and cell not in cells
                if free:
                    cells.add((b.grid_row, b.grid_col))  # type: ignore[arg-type]
                session.add(Booth(
                    fair_id=target_fair_id, employer_id=employer.id, label=b.label,
                    grid_row=b.grid_row if free else None, grid_col=b.grid_col if free else None,
                ))
                booths += 1
    session.flush()
    fields = copy_fields(session, actor, source_fair_id, target_fair_id)
    audit(session, actor, action="copy", entity="fair", entity_id=target_fair_id,
          fair_id=target_fair_id,
          after={"from_fair": source_fair_id, "employers": len(copied), "openings": openings,
                 "booths": booths, "tags": tags, "skipped": [n for n, _ in skipped],
                 "fields": fields})
    return CopyResult(tuple(copied), tuple(skipped), openings, booths, tuple(booths_skipped),
                      fields)

