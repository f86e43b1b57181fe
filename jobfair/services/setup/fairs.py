"""Fairs and their setup: employers, booths, openings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jobfair.db.models import Booth, Employer, Fair, Opening
from jobfair.domain import bizno
from jobfair.domain.codes import KSIC_SECTIONS, EmploymentType
from jobfair.domain.errors import NotFoundError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.limits import MAX_HEADCOUNT, MAX_RETENTION_DAYS
from jobfair.domain.text import NormalizedInput, clean_name, require_storable
from jobfair.services.accounts.access import Permission, require
from jobfair.services.context import Actor, audit


@dataclass(frozen=True)
class FairView:
    id: int
    name: str
    date: date
    venue: str
    hosts: str
    organizer: str
    opens_at: time
    closes_at: time
    timezone: str
    is_demo: bool
    retention_days: int = 365
    typical_interview_minutes: int = 8


@dataclass(frozen=True)
class FairInput(NormalizedInput):
    name: str
    date: date
    venue: str = ""
    hosts: str = ""
    organizer: str = ""
    opens_at: time = time(10, 0)
    closes_at: time = time(16, 0)
    timezone: str = "Asia/Seoul"
    is_demo: bool = False
    retention_days: int = 365
    typical_interview_minutes: int = 8


@dataclass(frozen=True)
class EmployerInput(NormalizedInput):
    name: str
    business_no: str
    ksic_section: str
    ksic_code: str = ""
    size: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    address: str = ""


@dataclass(frozen=True)
class EmployerView:
    id: int
    fair_id: int
    name: str
    business_no: str
    ksic_section: str
    ksic_code: str
    contact_name: str
    contact_phone: str


@dataclass(frozen=True)
class OpeningInput(NormalizedInput):
    title: str
    headcount: int
    keco_code: str = ""
    employment_type: str = EmploymentType.REGULAR
    wage: str = ""
    work_place: str = ""
    qualifications: str = ""


@dataclass(frozen=True)
class OpeningView:
    id: int
    employer_id: int
    title: str
    keco_code: str
    headcount: int
    employment_type: str
    wage: str
    work_place: str


@dataclass(frozen=True)
class BoothView:
    id: int
    fair_id: int
    label: str
    employer_id: int
    employer_name: str


def fair_view(fair: Fair) -> FairView:
    return FairView(
        id=fair.id,
        name=fair.name,
        date=fair.date,
        venue=fair.venue,
        hosts=fair.hosts,
        organizer=fair.organizer,
        opens_at=fair.opens_at,
        closes_at=fair.closes_at,
        timezone=fair.timezone,
        is_demo=fair.is_demo,
        retention_days=fair.retention_days,
        typical_interview_minutes=fair.typical_interview_minutes,
    )


def validate_fair(data: FairInput) -> str:
    """The fair's name, stripped; ``ValidationError`` naming the field at fault."""
    require_storable(data)
    name = clean_name(data.name, "name")
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The fair needs a name."), field="name"
        )
    if data.closes_at <= data.opens_at:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The fair must close after it opens."), field="closes_at"
        )
    try:
        ZoneInfo(data.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a time zone (e.g. Asia/Seoul)."),
            field="timezone",
            value=data.timezone,
        ) from exc
    if data.retention_days < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Personal data must be kept at least one day."),
            field="retention_days",
        )
    if data.retention_days > MAX_RETENTION_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Personal data may be kept at most {n} days."),
            field="retention_days", n=MAX_RETENTION_DAYS,
        )
    if not 1 <= data.typical_interview_minutes <= 120:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A typical interview lasts between 1 and 120 minutes."),
            field="typical_interview_minutes",
        )
    return name


def create_fair(session: Session, actor: Actor, data: FairInput) -> FairView:
    require(actor, Permission.SETUP)
    name = validate_fair(data)
    fair = Fair(
        name=name,
        date=data.date,
        venue=data.venue,
        hosts=data.hosts,
        organizer=data.organizer,
        opens_at=data.opens_at,
        closes_at=data.closes_at,
        timezone=data.timezone,
        retention_days=data.retention_days,
        typical_interview_minutes=data.typical_interview_minutes,
        is_demo=data.is_demo,
        created_at=actor.now(),
    )
    session.add(fair)
    session.flush()
    audit(session, actor, action="create", entity="fair", entity_id=fair.id, fair_id=fair.id,
          after={"name": name, "date": data.date.isoformat()})
    return fair_view(fair)


def list_fairs(session: Session) -> list[FairView]:
    """All fairs, the latest (by date, then by creation) first."""
    rows = session.scalars(select(Fair).order_by(Fair.date.desc(), Fair.id.desc()))
    return [fair_view(f) for f in rows]


def load_booth(session: Session, booth_id: int) -> Booth:
    """The booth with ``booth_id``, or ``NotFoundError`` naming it."""
    booth = session.get(Booth, booth_id)
    if booth is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no booth with id {booth}."), booth=booth_id
        )
    return booth


def get_fair(session: Session, fair_id: int | None = None) -> FairView:
    """The fair with ``fair_id``, or the latest fair when ``fair_id`` is ``None``."""
    if fair_id is None:
        fair = session.scalars(
            select(Fair).order_by(Fair.date.desc(), Fair.id.desc()).limit(1)
        ).first()
        if fair is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "There is no fair yet. Create one, or load the demo with 'jobfair demo'.",
                )
            )
        return fair_view(fair)
    found = session.get(Fair, fair_id)
    if found is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "errors", "There is no fair with id {fair_id}. 'jobfair fairs' lists them."
            ),
            fair_id=fair_id,
        )
    return fair_view(found)


@dataclass(frozen=True)
class CheckedEmployer:
    """An employer's input cleaned by ``validate_employer``."""

    name: str
    business_no: str
    ksic_section: str


def validate_employer(
    session: Session, fair_id: int, data: EmployerInput, *, exclude_id: int | None = None
) -> CheckedEmployer:
    """Name, business number (check digit, not twice at one fair) and KSIC section."""
    require_storable(data)
    name = clean_name(data.name, "name")
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The employer needs a name."), field="name"
        )
    number = bizno.normalize(data.business_no)
    section = data.ksic_section.strip().upper()[:1]
    if section not in KSIC_SECTIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "'{value}' is not a KSIC section (A to U)."),
            field="ksic_section",
            value=data.ksic_section,
        )
    query = select(Employer.name).where(
        Employer.fair_id == fair_id, Employer.business_no == number
    )
    if exclude_id is not None:
        query = query.where(Employer.id != exclude_id)
    duplicate = session.scalar(query)
    if duplicate is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} already takes part with business number {number}."
            ),
            field="business_no",
            name=duplicate,
            number=bizno.format_bizno(number),
        )
    return CheckedEmployer(name, number, section)


def add_employer(session: Session, actor: Actor, fair_id: int, data: EmployerInput) -> EmployerView:
    require(actor, Permission.SETUP)
    get_fair(session, fair_id)
    checked = validate_employer(session, fair_id, data)
    employer = Employer(
        fair_id=fair_id,
        name=checked.name,
        business_no=checked.business_no,
        ksic_section=checked.ksic_section,
        ksic_code=data.ksic_code,
        size=data.size,
        contact_name=data.contact_name,
        contact_phone=data.contact_phone,
        contact_email=data.contact_email,
        address=data.address,
    )
    session.add(employer)
    session.flush()
    audit(session, actor, action="create", entity="employer", entity_id=employer.id,
          fair_id=fair_id, after={"name": checked.name, "business_no": checked.business_no})
    return employer_view(employer)


def employer_view(e: Employer) -> EmployerView:
    return EmployerView(
        id=e.id,
        fair_id=e.fair_id,
        name=e.name,
        business_no=e.business_no,
        ksic_section=e.ksic_section,
        ksic_code=e.ksic_code,
        contact_name=e.contact_name,
        contact_phone=e.contact_phone,
    )


def employer_at_fair(session: Session, fair_id: int, employer_id: int) -> Employer:
    employer = session.get(Employer, employer_id)
    if employer is None or employer.fair_id != fair_id:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "There is no employer with id {employer_id} at this fair."),
            employer_id=employer_id,
        )
    return employer


def validate_booth_label(
    session: Session, fair_id: int, label: str, *, exclude_id: int | None = None
) -> str:
    """The label, stripped; refused when empty or taken by another booth of the fair."""
    label = clean_name(label, "label")
    if not label:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The booth needs a label."), field="label"
        )
    query = select(func.count()).select_from(Booth).where(
        Booth.fair_id == fair_id, Booth.label == label
    )
    if exclude_id is not None:
        query = query.where(Booth.id != exclude_id)
    if session.scalar(query):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Booth {label} exists already."), field="label", label=label
        )
    return label


def add_booth(
    session: Session,
    actor: Actor,
    fair_id: int,
    employer_id: int,
    label: str,
    grid: tuple[int, int] | None = None,
) -> BoothView:
    require(actor, Permission.SETUP)
    employer = employer_at_fair(session, fair_id, employer_id)
    label = validate_booth_label(session, fair_id, label)
    booth = Booth(
        fair_id=fair_id,
        employer_id=employer_id,
        label=label,
        grid_row=grid[0] if grid else None,
        grid_col=grid[1] if grid else None,
    )
    session.add(booth)
    session.flush()
    audit(session, actor, action="create", entity="booth", entity_id=booth.id, fair_id=fair_id,
          after={"label": label, "employer_id": employer_id})
    return BoothView(booth.id, fair_id, label, employer_id, employer.name)


def validate_opening(data: OpeningInput) -> str:
    """The title, stripped; ``ValidationError`` for an empty title, headcount or bad type."""
    require_storable(data)
    title = clean_name(data.title, "title")
    if not title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The opening needs a title."), field="title"
        )
    if data.headcount < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The headcount must be at least 1."), field="headcount"
        )
    if data.headcount > MAX_HEADCOUNT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The headcount can be at most {n}."),
            field="headcount", n=f"{MAX_HEADCOUNT:,}",
        )
    if data.employment_type not in set(EmploymentType):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "'{value}' is not an employment type."),
            field="employment_type",
            value=data.employment_type,
        )
    return title


def add_opening(
    session: Session, actor: Actor, fair_id: int, employer_id: int, data: OpeningInput
) -> OpeningView:
    require(actor, Permission.SETUP)
    employer_at_fair(session, fair_id, employer_id)
    title = validate_opening(data)
    opening = Opening(
        fair_id=fair_id,
        employer_id=employer_id,
        title=title,
        keco_code=data.keco_code,
        headcount=data.headcount,
        employment_type=str(data.employment_type),
        wage=data.wage,
        work_place=data.work_place,
        qualifications=data.qualifications,
    )
    session.add(opening)
    session.flush()
    audit(session, actor, action="create", entity="opening", entity_id=opening.id,
          fair_id=fair_id, after={"title": opening.title, "headcount": opening.headcount})
    return opening_view(opening)


def opening_view(o: Opening) -> OpeningView:
    return OpeningView(
        id=o.id,
        employer_id=o.employer_id,
        title=o.title,
        keco_code=o.keco_code,
        headcount=o.headcount,
        employment_type=o.employment_type,
        wage=o.wage,
        work_place=o.work_place,
    )


def list_booths(session: Session, fair_id: int) -> list[BoothView]:
    rows = session.execute(
        select(Booth.id, Booth.label, Booth.employer_id, Employer.name)
        .join(Employer, Employer.id == Booth.employer_id)
        .where(Booth.fair_id == fair_id)
        .order_by(Booth.label)
    )
    return [BoothView(r.id, fair_id, r.label, r.employer_id, r.name) for r in rows]


def list_openings(
    session: Session, fair_id: int, employer_id: int | None = None
) -> list[OpeningView]:
    query = select(Opening).where(Opening.fair_id == fair_id).order_by(Opening.id)
    if employer_id is not None:
        query = query.where(Opening.employer_id == employer_id)
    return [opening_view(o) for o in session.scalars(query)]
