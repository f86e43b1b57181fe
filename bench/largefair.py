"""A large fair for the benchmarks: 30,000 attendees, 300 employers, 100,000 interviews.

The rows are planned in plain Python from a fixed seed (so two runs make the same fair, row for
row), then written with Core bulk inserts through the real models. The plan also counts what it
made, so a test can hold the figures the database computes against the counts the generator meant.

Shape of the fair: every one of the ``seekers`` attendees is checked in; another tenth of that
registered in advance and did not come (registered > attendees). About four in five attendees are
interviewed, each at one or more distinct booths; outcomes are spread over the fair's hours, and
no opening hires more people on the spot than it sought (extra "hires" become pending).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import time as timer
import uuid
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.migrate import head_revision, upgrade
from jobfair.db.models import Booth, CheckIn, Employer, Fair, Interview, Opening, Seeker, Station
from jobfair.domain.bizno import check_digit
from jobfair.domain.codes import Channel, EmploymentType, Outcome, StationKind
from jobfair.domain.target_groups import DeclaredGroup

# Bump when the generated rows change, so cached files of the old shape are not reused.
GENERATOR_VERSION = 1
SEED = 20150325
OUT_DIR = Path(__file__).resolve().parent / "out"

FAIR_DATE = date(2025, 3, 26)
ZONE = ZoneInfo("Asia/Seoul")
OPENS, CLOSES = time(10, 0), time(16, 0)
DESK_STATIONS = 12
BATCH = 10_000

SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민"
    "진나지엄변채원천방공현함염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어"
    "은편용예봉경사부가복태"
)
GIVEN = "민서지현수영준호성진은하윤우재연경혜정동미상훈태희승아유주원석채예나다소시도건규빈혁"
RESIDENCES = (
    "양주시", "의정부시", "동두천시", "포천시", "남양주시", "고양시", "파주시", "연천군",
    "서울특별시 도봉구", "서울특별시 노원구",
)
COMPANY_HEADS = (
    "한빛", "대성", "동방", "삼원", "신화", "우진", "세광", "태창", "영신", "금강", "청솔", "한결",
    "미래", "새한", "동양", "경기", "북부", "은하", "제일", "평화",
)
COMPANY_TAILS = (
    ("섬유", "C", "C13"), ("패션", "C", "C14"), ("니트", "C", "C13"), ("염색", "C", "C13"),
    ("정밀", "C", "C29"), ("금속", "C", "C25"), ("전자", "C", "C26"), ("화학", "C", "C20"),
    ("물류", "H", "H52"), ("운수", "H", "H49"), ("요양원", "Q", "Q87"), ("의료재단", "Q", "Q86"),
    ("푸드", "I", "I56"), ("유통", "G", "G47"), ("건설", "F", "F41"), ("시설관리", "N", "N74"),
)
JOBS = (
    ("0", "사무보조"), ("0", "경리"), ("1", "품질관리"), ("3", "간호조무사"), ("5", "조리원"),
    ("5", "미화원"), ("6", "배송기사"), ("6", "판매원"), ("7", "건설현장 보조"), ("8", "봉제원"),
    ("8", "생산직"), ("8", "기계 정비"), ("8", "검사원"), ("2", "요양보호사"),
)
DECLARED = tuple(DeclaredGroup)


@dataclass(frozen=True)
class LargeFairSpec:
    """How big the fair is, and from which seed. ``absent``: registered but never came."""

    seekers: int = 30_000
    employers: int = 300
    interviews: int = 100_000
    absent: int | None = None
    seed: int = SEED

    @property
    def absent_count(self) -> int:
        return self.seekers // 10 if self.absent is None else self.absent

    @property
    def name(self) -> str:
        return (
            f"Benchmark fair ({self.seekers} seekers, {self.employers} employers, "
            f"{self.interviews} interviews, seed {self.seed}, v{GENERATOR_VERSION})"
        )


@dataclass
class LargeFairPlan:
    """The rows to insert (``fair_id`` is added at insert) and the figures they add up to."""

    spec: LargeFairSpec
    stations: list[dict[str, Any]] = field(default_factory=list)
    employers: list[dict[str, Any]] = field(default_factory=list)
    booths: list[dict[str, Any]] = field(default_factory=list)
    openings: list[dict[str, Any]] = field(default_factory=list)
    seekers: list[dict[str, Any]] = field(default_factory=list)
    checkins: list[dict[str, Any]] = field(default_factory=list)
    interviews: list[dict[str, Any]] = field(default_factory=list)

    def expected(self) -> dict[str, int]:
        """The fair-day figures these rows should give, counted here in Python."""
        outcomes = Counter(iv["outcome"] for iv in self.interviews)
        pre = sum(1 for s in self.seekers if s["channel"] == Channel.PRE_REGISTERED)
        return {
            "employers": len({b["employer_id"] for b in self.booths}),
            "positions": sum(o["headcount"] for o in self.openings),
            "registered": len(self.seekers),
            "pre_registered": pre,
            "walk_ins": len(self.seekers) - pre,
            "attendees": len(self.checkins),
            "interviewees": len({iv["seeker_id"] for iv in self.interviews}),
            "interviews": len(self.interviews),
            "hires": outcomes[Outcome.HIRED],
            "second_interviews": outcomes[Outcome.SECOND],
            "pending": outcomes[Outcome.PENDING],
            "rejected": outcomes[Outcome.REJECTED],
            "undecided": outcomes[None],
        }


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _at(day: date, clock: time) -> datetime:
    """A wall-clock time of the fair's day in Seoul, as an aware UTC datetime."""
    return datetime.combine(day, clock, tzinfo=ZONE).astimezone(UTC)


def _business_numbers(rng: random.Random, count: int) -> list[str]:
    """``count`` distinct valid 사업자등록번호 (ten digits, the last one the check digit)."""
    firsts = rng.sample(range(101_01_0000, 999_99_9999 + 1), count)
    numbers = []
    for n in firsts:
        nine = f"{n:09d}"
        numbers.append(nine + str(check_digit(nine)))
    return numbers


def plan_large_fair(spec: LargeFairSpec) -> LargeFairPlan:
    """Every row of the large fair, made from ``spec.seed`` alone."""
    if spec.seekers < 1 or spec.employers < 1 or spec.interviews < 0:
        raise ValueError("a fair needs seekers and employers")
    # Seeded by the whole spec, so fairs of different sizes do not share ids.
    rng = random.Random(
        f"{spec.seed}/{spec.seekers}/{spec.absent_count}/{spec.employers}/{spec.interviews}"
    )
    plan = LargeFairPlan(spec)
    opens, closes = _at(FAIR_DATE, OPENS), _at(FAIR_DATE, CLOSES)
    day_seconds = int((closes - opens).total_seconds())
    setup_at = opens - timedelta(days=14)

    desks = [_uuid(rng) for _ in range(DESK_STATIONS)]
    for i, sid in enumerate(desks, 1):
        plan.stations.append(
            {"id": sid, "name": f"Desk {i}", "kind": StationKind.DESK, "booth_id": None,
             "created_at": setup_at, "last_seen_at": closes}
        )

    # Employers, their booths (one each, ids planned 1..n and offset at insert) and openings.
    numbers = _business_numbers(rng, spec.employers)
    openings_of: list[list[int]] = []
    booth_station: list[uuid.UUID] = []
    for e in range(spec.employers):
        tail, section, ksic = COMPANY_TAILS[rng.randrange(len(COMPANY_TAILS))]
        plan.employers.append(
            {"id": e + 1, "name": f"(주){rng.choice(COMPANY_HEADS)}{tail} {e + 1}",
             "business_no": numbers[e], "ksic_section": section, "ksic_code": ksic,
             "size": rng.choice(("small", "small", "medium", "large")),
             "contact_name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
             "contact_phone": f"031{rng.randrange(100_0000, 999_9999 + 1)}",
             "contact_email": "", "address": f"경기도 {rng.choice(RESIDENCES[:8])}"}
        )
        label = f"{chr(65 + e // 100)}{e % 100 + 1:02d}" if e < 2600 else f"Z{e + 1}"
        plan.booths.append(
            {"id": e + 1, "employer_id": e + 1, "label": label, "grid_row": e // 20,
             "grid_col": e % 20}
        )
        sid = _uuid(rng)
        booth_station.append(sid)
        plan.stations.append(
            {"id": sid, "name": f"Booth {label}", "kind": StationKind.BOOTH,
             "booth_id": e + 1, "created_at": setup_at, "last_seen_at": closes}
        )
        mine = []
        for _ in range(rng.randint(1, 4)):
            keco, title = rng.choice(JOBS)
            plan.openings.append(
                {"id": len(plan.openings) + 1, "employer_id": e + 1, "title": title,
                 "keco_code": keco, "headcount": rng.choice((1, 1, 2, 2, 3, 4, 5, 8)),
                 "employment_type": rng.choice(tuple(EmploymentType)),
                 "wage": rng.choice(("최저임금", "월 230만원", "월 280만원", "시급 1만2천원")),
                 "work_place": rng.choice(RESIDENCES[:8]), "qualifications": ""}
            )
            mine.append(len(plan.openings))
        openings_of.append(mine)

    # Seekers: the attendees first (checked in), then the absent pre-registered ones.
    total = spec.seekers + spec.absent_count
    phones = rng.sample(range(10_000_000, 100_000_000), total)
    for i in range(total):
        attends = i < spec.seekers
        pre = not attends or rng.random() < 0.6
        birth_year = rng.randint(1950, 2006)
        sex = rng.choice(("M", "F", "M", "F", None))
        groups = [g for g in DECLARED if rng.random() < 0.05]
        sensitive = DeclaredGroup.DISABILITY in groups
        sid = _uuid(rng)
        checked_in = opens + timedelta(seconds=rng.randrange(day_seconds - 3600))
        created = setup_at + timedelta(seconds=rng.randrange(13 * 86400)) if pre else checked_in
        keco, job = rng.choice(JOBS)
        plan.seekers.append(
            {"id": sid, "badge_no": i + 1,
             "name": rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN),
             "birth_year": birth_year, "birth_date": None, "phone": f"010{phones[i]:08d}",
             "residence": rng.choice(RESIDENCES), "sex": sex, "desired_keco": keco,
             "desired_job": job, "groups": [str(g) for g in groups],
             "channel": Channel.PRE_REGISTERED if pre else Channel.WALK_IN,
             "consent_collection": True, "consent_provision": rng.random() < 0.8,
             "consent_sensitive": sensitive, "consent_notice_version": "2025-1",
             "consent_at": created, "created_at": created,
             "station_id": None if pre else rng.choice(desks), "purged_at": None}
        )
        if attends:
            plan.checkins.append(
                {"id": _uuid(rng), "seeker_id": sid, "at": checked_in,
                 "station_id": rng.choice(desks), "via": "scan" if pre else "walk_in"}
            )

    _plan_interviews(rng, plan, openings_of, booth_station, closes)
    return plan


def _plan_interviews(
    rng: random.Random,
    plan: LargeFairPlan,
    openings_of: list[list[int]],
    booth_station: list[uuid.UUID],
    closes: datetime,
) -> None:
    spec = plan.spec
    booths = len(plan.booths)
    if spec.interviews > spec.seekers * booths:
        raise ValueError("more interviews than attendee-booth pairs")
    if spec.interviews == 0:
        return
    people = min(spec.interviews, max(1, round(spec.seekers * 0.8)))
    chosen = rng.sample(range(spec.seekers), people)
    cap = booths
    if spec.interviews > people * cap:  # very small fairs: widen until the interviews fit
        people = -(-spec.interviews // cap)
        chosen = rng.sample(range(spec.seekers), people)
    per_person = [1] * people
    left = spec.interviews - people
    while left:
        k = rng.randrange(people)
        if per_person[k] < cap:
            per_person[k] += 1
            left -= 1

    headcount = {o["id"]: o["headcount"] for o in plan.openings}
    hired: Counter[int] = Counter()
    outcomes = (Outcome.HIRED, Outcome.SECOND, Outcome.PENDING, Outcome.REJECTED, None)
    weights = (3, 20, 24, 110, 43)  # about 1.5 % hired, before the headcount cap
    for k, count in zip(chosen, per_person, strict=True):
        seeker = plan.seekers[k]
        arrived: datetime = plan.checkins[k]["at"]
        span = int((closes - arrived).total_seconds()) - 600
        starts = sorted(arrived + timedelta(seconds=rng.randrange(span)) for _ in range(count))
        for booth, started in zip(rng.sample(range(booths), count), starts, strict=True):
            opening = rng.choice(openings_of[booth])
            outcome = rng.choices(outcomes, weights)[0]
            if outcome is Outcome.HIRED:
                if hired[opening] >= headcount[opening]:
                    outcome = Outcome.PENDING
                else:
                    hired[opening] += 1
            decided = started + timedelta(seconds=rng.randrange(300, 1800)) if outcome else None
            plan.interviews.append(
                {"id": _uuid(rng), "seeker_id": seeker["id"], "booth_id": booth + 1,
                 "opening_id": opening, "started_at": started,
                 "outcome": str(outcome) if outcome else None, "outcome_at": decided,
                 "over_headcount": False, "notes": "", "station_id": booth_station[booth],
                 "updated_at": decided or started}
            )


def _insert(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), BATCH):
        session.execute(insert(model), rows[start:start + BATCH])


def write_plan(session: Session, plan: LargeFairPlan) -> int:
    """Insert the planned rows as a new fair in ``session``'s transaction; its id."""
    created = _at(FAIR_DATE, OPENS) - timedelta(days=30)
    fair = Fair(
        name=plan.spec.name, date=FAIR_DATE, venue="Benchmark hall",
        hosts="양주시 · 의정부시 · 동두천시",
        organizer="양주시일자리센터", opens_at=OPENS, closes_at=CLOSES, timezone="Asia/Seoul",
        retention_days=365, is_demo=False, created_at=created,
    )
    session.add(fair)
    session.flush()
    fid = fair.id
    # Setup rows have integer ids; offset the planned 1..n by what the tables hold already.
    base_e = _max_id(session, Employer)
    base_b = _max_id(session, Booth)
    base_o = _max_id(session, Opening)
    _insert(session, Employer, [
        {**r, "id": r["id"] + base_e, "fair_id": fid} for r in plan.employers
    ])
    _insert(session, Booth, [
        {**r, "id": r["id"] + base_b, "employer_id": r["employer_id"] + base_e, "fair_id": fid}
        for r in plan.booths
    ])
    _insert(session, Opening, [
        {**r, "id": r["id"] + base_o, "employer_id": r["employer_id"] + base_e, "fair_id": fid}
        for r in plan.openings
    ])
    _insert(session, Station, [
        {**r, "booth_id": None if r["booth_id"] is None else r["booth_id"] + base_b}
        for r in plan.stations
    ])
    _insert(session, Seeker, [{**r, "fair_id": fid} for r in plan.seekers])
    _insert(session, CheckIn, [{**r, "fair_id": fid} for r in plan.checkins])
    _insert(session, Interview, [
        {**r, "fair_id": fid, "booth_id": r["booth_id"] + base_b,
         "opening_id": r["opening_id"] + base_o}
        for r in plan.interviews
    ])
    if session.get_bind().dialect.name == "postgresql":
        # The serials did not move with explicit ids: set them past what was inserted.
        for table in ("employer", "booth", "opening"):
            session.connection().exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT coalesce(max(id), 1) FROM {table}))"
            )
    return fid


def _max_id(session: Session, model: Any) -> int:
    return int(session.scalar(select(model.id).order_by(model.id.desc()).limit(1)) or 0)


def build_large_fair(
    session_factory: sessionmaker[Session],
    seekers: int = 30_000,
    employers: int = 300,
    interviews: int = 100_000,
    *,
    absent: int | None = None,
    seed: int = SEED,
) -> int:
    """Write a large fair into the (migrated) database of ``session_factory``; the fair's id."""
    plan = plan_large_fair(LargeFairSpec(seekers, employers, interviews, absent, seed))
    with session_factory.begin() as session:
        fid = write_plan(session, plan)
    engine = session_factory.kw["bind"]
    if isinstance(engine, Engine) and engine.dialect.name == "postgresql":
        # A server's autovacuum would analyze such a load within a minute; do it now.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")
    return fid


def find_large_fair(session: Session, spec: LargeFairSpec) -> int | None:
    """The id of a fair this generator made from ``spec`` earlier, if the database has one."""
    return session.scalar(select(Fair.id).where(Fair.name == spec.name).limit(1))


def cache_paths(spec: LargeFairSpec, out_dir: Path = OUT_DIR) -> tuple[Path, Path]:
    """The cached database file of ``spec`` and the JSON file beside it (id, build time)."""
    stem = (
        f"largefair-s{spec.seekers}-a{spec.absent_count}-e{spec.employers}-i{spec.interviews}"
        f"-seed{spec.seed}-v{GENERATOR_VERSION}-r{head_revision()}"
    )
    return out_dir / f"{stem}.sqlite3", out_dir / f"{stem}.json"


def is_cached(spec: LargeFairSpec, out_dir: Path = OUT_DIR) -> bool:
    return all(p.exists() for p in cache_paths(spec, out_dir))


@dataclass(frozen=True)
class CachedFair:
    path: Path
    fair_id: int
    generate_s: float
    cached: bool


def cached_sqlite(spec: LargeFairSpec, out_dir: Path = OUT_DIR) -> CachedFair:
    """A SQLite file holding the large fair, built once and kept in ``out_dir``.

    The file name carries the spec, the generator version and the schema revision, so a change to
    any of them builds a new file. ``generate_s`` is the time the build took when it was made.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    path, meta_path = cache_paths(spec, out_dir)
    stem = path.stem
    if is_cached(spec, out_dir):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        return CachedFair(path, int(meta["fair_id"]), float(meta["generate_s"]), True)
    building = out_dir / f"{stem}.building-{os.getpid()}.sqlite3"
    for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{building}")
    try:
        upgrade(engine)
        started = timer.perf_counter()
        fid = build_large_fair(
            make_session_factory(engine), spec.seekers, spec.employers, spec.interviews,
            absent=spec.absent, seed=spec.seed,
        )
        generate_s = timer.perf_counter() - started
    finally:
        engine.dispose()
    # Fold the write-ahead log into the main file, so that file alone is the whole database.
    conn = sqlite3.connect(building)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    Path(f"{building}-wal").unlink(missing_ok=True)
    Path(f"{building}-shm").unlink(missing_ok=True)
    building.replace(path)
    for stale in out_dir.glob(f"{stem.split('-v')[0]}-v*"):  # older versions of the same spec
        if stale.stem != stem and ".building-" not in stale.name:
            stale.unlink(missing_ok=True)
    meta = {"fair_id": fid, "generate_s": generate_s, "spec": asdict(spec)}
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    return CachedFair(path, fid, generate_s, False)


def copy_sqlite(source: Path, target: Path) -> None:
    """A working copy of a cached file (checkpointed, so the main file is the whole database)."""
    shutil.copyfile(source, target)
