"""The demo fair as plain data: who comes, when, where they interview and how it ends.

Everything is drawn from random generators with fixed seeds (string seeds, which Python hashes
the same way on every run and machine), so every database gets the same names, phones and
times. The article's figures are not left to chance: the numbers of seekers, interviewees and
hires are fixed, and the draws only decide who and when.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone

from jobfair.domain.bizno import check_digit
from jobfair.domain.codes import Channel, Outcome
from jobfair.domain.target_groups import DeclaredGroup
from jobfair.services.setup import demo_data as data

SEED = "jobfair-demo-2015"

FAIR_NAME = "2015 양주·의정부·동두천 일자리사랑 채용박람회"
FAIR_DATE = date(2015, 3, 25)
VENUE = "양주시청 대회의실 및 로비 (경기도 양주시 부흥로 1533)"
HOSTS = "양주시 · 의정부시 · 동두천시"
ORGANIZER = "양주시일자리센터"
OPENS = time(10, 0)
CLOSES = time(16, 0)
TIMEZONE = "Asia/Seoul"
# Korea has kept UTC+9 without summer time since 1988: a fixed offset needs no time-zone
# database (Windows has none unless the tzdata package is installed).
KST = timezone(timedelta(hours=9))
NOTICE_VERSION = "2015-1"

# The article's figures, which the plan meets exactly, and the registration list around them.
ATTENDEES = 1000
INTERVIEWEES = 405
HIRES = 63
PRE_REGISTERED = 690
NO_SHOWS = 100
WALK_INS = ATTENDEES - (PRE_REGISTERED - NO_SHOWS)
UNDECIDED = 8  # interviews whose booth had not recorded an outcome at closing

LAST_INTERVIEWEE_ARRIVAL = time(15, 15)  # later arrivals only looked around
LAST_INTERVIEW_START = time(15, 45)


@dataclass(frozen=True)
class EmployerPlan:
    business_no: str
    contact_name: str
    contact_phone: str
    address: str


@dataclass
class SeekerPlan:
    id: uuid.UUID
    badge_no: int
    name: str
    birth_year: int
    birth_date: date | None
    phone: str
    residence: str
    sex: str | None
    desired_keco: str
    groups: list[str]
    channel: str
    consent_provision: bool
    consent_sensitive: bool
    created_at: datetime
    checkin_id: uuid.UUID | None = None
    checkin_at: datetime | None = None
    via: str = ""


@dataclass
class InterviewPlan:
    id: uuid.UUID
    seeker: int  # index into DemoPlan.seekers
    employer: int  # index into data.EMPLOYERS, and so into the booths
    opening: int | None  # index into the employer's openings
    started_at: datetime
    matches: bool  # the opening is the seeker's desired occupation
    outcome: str | None = None
    outcome_at: datetime | None = None
    notes: str = ""


@dataclass
class DemoPlan:
    employers: list[EmployerPlan] = field(default_factory=list)
    seekers: list[SeekerPlan] = field(default_factory=list)
    interviews: list[InterviewPlan] = field(default_factory=list)


def fair_time(t: time, seconds: int = 0) -> datetime:
    """``t`` on the fair's day in Korea, plus ``seconds``, as an aware UTC datetime."""
    local = datetime.combine(FAIR_DATE, t, tzinfo=KST) + timedelta(seconds=seconds)
    return local.astimezone(UTC)



def build_plan() -> DemoPlan:
    """The whole demo as plain data; the same every time."""
    plan = DemoPlan()
    plan.employers = _plan_employers(random.Random(f"{SEED}/employers"))
    plan.seekers = _plan_seekers(random.Random(f"{SEED}/seekers"))
    rng = random.Random(f"{SEED}/interviews")
    plan.interviews = _plan_interviews(rng, plan.seekers)
    _plan_outcomes(rng, plan)
    return plan


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _business_no(rng: random.Random, legal: str, taken: set[str]) -> str:
    """A valid number: tax office, then 81/86/87 for companies, 82 for non-profit, 01-79 else."""
    while True:
        office = rng.choice(("127", "128", "131", "132", "141", "621"))
        if legal == "corp":
            kind = rng.choice(("81", "86", "87"))
        elif legal == "nonprofit":
            kind = "82"
        else:
            kind = f"{rng.randint(1, 79):02d}"
        nine = f"{office}{kind}{rng.randint(0, 9999):04d}"
        number = nine + str(check_digit(nine))
        if number not in taken:
            taken.add(number)
            return number


def _person_name(rng: random.Random, sex: str, birth_year: int) -> str:
    surnames, weights = zip(*data.SURNAMES, strict=True)
    surname = rng.choices(surnames, weights)[0]
    generation = "older" if birth_year < 1965 else "middle" if birth_year < 1985 else "younger"
    return surname + rng.choice(data.GIVEN_NAMES[(sex, generation)])


def _plan_employers(rng: random.Random) -> list[EmployerPlan]:
    taken: set[str] = set()
    result = []
    for spec in data.EMPLOYERS:
        contact_sex = rng.choice(("M", "F"))
        contact = _person_name(rng, contact_sex, rng.randint(1965, 1988))
        number = f"{rng.randint(1, 9999):04d}"
        street = f"{spec.road} {rng.randint(10, 990)}"
        if spec.town.endswith("동"):
            address = f"경기도 {spec.city} {street} ({spec.town})"
        else:
            address = f"경기도 {spec.city} {spec.town} {street}"
        result.append(
            EmployerPlan(
                business_no=_business_no(rng, spec.legal, taken),
                contact_name=f"{contact} {rng.choice(data.CONTACT_TITLES)}",
                contact_phone=f"031{rng.randint(820, 879)}{number}",
                address=address,
            )
        )
    return result


def _desired_keco(rng: random.Random, sex: str | None, age: int) -> str:
    codes = list(data.DESIRED_WEIGHTS)
    weights = []
    for code in codes:
        men, women = data.DESIRED_WEIGHTS[code]
        w = men if sex == "M" else women if sex == "F" else (men + women) / 2
        if age >= 60 and code in ("54", "55", "56"):
            w *= 3
        if age < 30 and code in ("02", "15", "61", "83"):
            w *= 2
        weights.append(w)
    return rng.choices(codes, weights)[0]


def _arrival(rng: random.Random) -> datetime:
    """A check-in time: by half hour from opening, most in the morning."""
    slots = range(len(data.ARRIVALS_PER_HALF_HOUR))
    slot = rng.choices(slots, data.ARRIVALS_PER_HALF_HOUR)[0]
    return fair_time(OPENS, slot * 1800 + rng.randint(0, 1799))


def _plan_seekers(rng: random.Random) -> list[SeekerPlan]:
    phones: set[str] = set()
    places, place_weights = zip(*data.RESIDENCES, strict=True)
    no_shows = set(rng.sample(range(PRE_REGISTERED), NO_SHOWS))
    pre: list[SeekerPlan] = []
    walk_ins: list[SeekerPlan] = []
    for i in range(PRE_REGISTERED + WALK_INS):
        lo, hi, _ = rng.choices(data.AGE_BANDS, [b[2] for b in data.AGE_BANDS])[0]
        age = rng.randint(lo, hi)
        birth_year = FAIR_DATE.year - age
        name_sex = "F" if rng.random() < 0.53 else "M"
        sex = None if rng.random() < 0.02 else name_sex
        groups: list[str] = []
        if name_sex == "M" and 20 <= age <= 27 and rng.random() < 0.35:
            groups.append(DeclaredGroup.VETERAN)
        if name_sex == "F" and 30 <= age <= 55 and rng.random() < 0.3:
            groups.append(DeclaredGroup.CAREER_BREAK)
        if rng.random() < 0.08:
            groups.append(DeclaredGroup.VULNERABLE)
        disabled = rng.random() < 0.025
        if disabled:
            groups.append(DeclaredGroup.DISABILITY)
        while True:
            phone = f"010{rng.randint(2000, 9999)}{rng.randint(0, 9999):04d}"
            if phone not in phones:
                phones.add(phone)
                break
        birth_date = None
        if rng.random() < 0.3:
            birth_date = date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
        pre_registered = i < PRE_REGISTERED
        seeker = SeekerPlan(
            id=uuid.UUID(int=0),  # given in badge order below
            badge_no=0,
            name=_person_name(rng, name_sex, birth_year),
            birth_year=birth_year,
            birth_date=birth_date,
            phone=phone,
            residence=rng.choices(places, place_weights)[0],
            sex=sex,
            desired_keco=_desired_keco(rng, sex, age),
            groups=sorted(str(g) for g in groups),
            channel=str(Channel.PRE_REGISTERED if pre_registered else Channel.WALK_IN),
            consent_provision=rng.random() < (0.9 if pre_registered else 0.75),
            consent_sensitive=disabled,
            created_at=fair_time(OPENS),
        )
        if pre_registered:
            day = date(2015, 3, rng.randint(2, 24))
            local = datetime.combine(day, time(rng.randint(9, 17), rng.randint(0, 59)), KST)
            seeker.created_at = local.astimezone(UTC)
            if i not in no_shows:
                seeker.checkin_at = _arrival(rng)
                seeker.via = "scan" if rng.random() < 0.75 else "search"
            pre.append(seeker)
        else:
            seeker.checkin_at = _arrival(rng)
            seeker.created_at = seeker.checkin_at - timedelta(seconds=rng.randint(60, 300))
            seeker.via = "walk_in"
            walk_ins.append(seeker)
    # Badge numbers: the pre-registered list in the order people signed up, then the walk-ins
    # in the order they arrived.
    pre.sort(key=lambda s: s.created_at)
    walk_ins.sort(key=lambda s: s.checkin_at or s.created_at)
    seekers = pre + walk_ins
    for number, seeker in enumerate(seekers, start=1):
        seeker.badge_no = number
        seeker.id = _uuid(rng)
        if seeker.checkin_at is not None:
            seeker.checkin_id = _uuid(rng)
    return seekers


def _booth_weights(desired: str) -> list[float]:
    """Seekers go mostly to booths offering the work they want."""
    weights = []
    for spec in data.EMPLOYERS:
        codes = [o.keco for o in spec.openings]
        w = 1.0
        if desired in codes:
            w += 6
        elif any(c[0] == desired[0] for c in codes):
            w += 2
        weights.append(w)
    return weights


def _plan_interviews(rng: random.Random, seekers: list[SeekerPlan]) -> list[InterviewPlan]:
    latest_arrival = fair_time(LAST_INTERVIEWEE_ARRIVAL)
    last_start = fair_time(LAST_INTERVIEW_START)
    # Pick the interviewees among those who came early enough; the pre-registered, matched to
    # openings beforehand, more often (weighted sampling by key = u ** (1 / weight)).
    keyed = []
    for index, s in enumerate(seekers):
        if s.checkin_at is None or s.checkin_at >= latest_arrival:
            continue
        weight = 1.3 if s.channel == Channel.PRE_REGISTERED else 1.0
        keyed.append((rng.random() ** (1 / weight), index))
    keyed.sort(reverse=True)
    chosen = sorted(index for _, index in keyed[:INTERVIEWEES])

    interviews: list[InterviewPlan] = []
    for index in chosen:
        seeker = seekers[index]
        assert seeker.checkin_at is not None
        wanted = rng.choices((1, 2, 3), (70, 22, 8))[0]
        weights = _booth_weights(seeker.desired_keco)
        room = int((last_start - seeker.checkin_at).total_seconds())
        wait = min(rng.randint(300, 2700), rng.randint(60, room))
        start = seeker.checkin_at + timedelta(seconds=wait)
        for n in range(wanted):
            if n > 0:
                start += timedelta(seconds=rng.randint(1200, 3000))
                if start > last_start:
                    break
            employer = rng.choices(range(len(weights)), weights)[0]
            weights[employer] = 0.0  # not twice at the same booth
            offers = data.EMPLOYERS[employer].openings
            fitting = [i for i, o in enumerate(offers) if o.keco == seeker.desired_keco]
            if fitting:
                opening = rng.choice(fitting)
            else:
                opening = rng.choices(range(len(offers)), [o.headcount for o in offers])[0]
            interviews.append(
                InterviewPlan(
                    id=_uuid(rng),
                    seeker=index,
                    employer=employer,
                    opening=opening,
                    started_at=start,
                    matches=bool(fitting),
                )
            )
    return interviews


def _plan_outcomes(rng: random.Random, plan: DemoPlan) -> None:
    """Exactly ``HIRES`` hires, never beyond an opening's headcount nor twice for one person."""
    interviews = plan.interviews
    free = {
        (e, o): opening.headcount
        for e, spec in enumerate(data.EMPLOYERS)
        for o, opening in enumerate(spec.openings)
    }
    # Booths hire mostly people who want the work they offer.
    order = sorted(
        range(len(interviews)),
        key=lambda i: rng.random() ** (1 / (3.0 if interviews[i].matches else 1.0)),
        reverse=True,
    )
    hired_people: set[int] = set()
    hires = 0
    for i in order:
        if hires == HIRES:
            break
        iv = interviews[i]
        assert iv.opening is not None
        if iv.seeker in hired_people or free[(iv.employer, iv.opening)] == 0:
            continue
        free[(iv.employer, iv.opening)] -= 1
        hired_people.add(iv.seeker)
        iv.outcome = str(Outcome.HIRED)
        hires += 1
    if hires != HIRES:
        raise AssertionError(f"the demo plan made {hires} hires, not {HIRES}")

    others = [iv for iv in interviews if iv.outcome is None]
    # The last interviews of the day had no outcome recorded yet at closing.
    undecided = sorted(others, key=lambda iv: iv.started_at)[-UNDECIDED:]
    undecided_ids = {iv.id for iv in undecided}
    closes = fair_time(CLOSES)
    for iv in interviews:
        if iv.id in undecided_ids:
            continue
        if iv.outcome is None:
            r = rng.random()
            outcome = Outcome.SECOND if r < 0.13 else Outcome.PENDING if r < 0.33 else None
            iv.outcome = str(outcome or Outcome.REJECTED)
        iv.outcome_at = min(iv.started_at + timedelta(seconds=rng.randint(480, 1200)), closes)
        if iv.outcome == Outcome.HIRED:
            iv.notes = f"{rng.choice(('3월 30일', '4월 1일', '4월 6일'))} 출근"
        elif iv.outcome == Outcome.SECOND:
            iv.notes = f"2차 면접 3월 {rng.randint(26, 31)}일 {rng.choice((10, 11, 14, 15))}시"
        elif iv.outcome == Outcome.PENDING:
            iv.notes = "서류 검토 후 개별 연락"
        elif len(data.EMPLOYERS[iv.employer].openings) > 1 and rng.random() < 0.15:
            iv.opening = None  # the booth did not note which of its openings
