"""A booth whose connection drops in the middle of a burst keeps working into its outbox, and
every record arrives once, with the time it was taken, when the connection is back.

The booth talks to PostgreSQL through ``tests.netcut.NetCut``. Each scan checks the seeker in
and each key records the interview, one transaction each, as the booth screen does. Halfway,
the connection is cut inside an interview's transaction (before its commit), so the booth also
meets the failure a dropped Wi-Fi gives in mid-write.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import CheckIn, Interview, SyncConflict
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import scan_at_booth
from jobfair.services.interviews.corrections import record_interview
from jobfair.services.sync.outbox import WAITING, Outbox, OutboxItem, StationLink
from tests.conftest import _empty_all_tables
from tests.netcut import NetCut
from tests.services.fairkit import SmallFair, register, small_fair, ticking_clock

pytestmark = [pytest.mark.postgres]

SEEKERS = 24
CUT_AT = 9  # the connection drops inside the 10th interview's transaction
OFFLINE_FOR = 8  # interviews made while cut, before the test restores it


@pytest.fixture
def server(pg_database_url: str) -> Iterator[sessionmaker[Session]]:
    _empty_all_tables(pg_database_url)
    engine = make_engine(pg_database_url)
    yield make_session_factory(engine)
    engine.dispose()


@dataclass
class Burst:
    """What the booth was told: the id and time of each record, direct or kept."""

    interviews: dict[uuid.UUID, datetime] = field(default_factory=dict)
    checkins: dict[uuid.UUID, datetime] = field(default_factory=dict)
    kept: int = 0


def booth_worker(
    link: StationLink,
    fair: SmallFair,
    seekers: list[uuid.UUID],
    actor: Actor,
    burst: Burst,
    during: Callable[[int], None],
) -> None:
    """The booth: scan, then key the outcome, for each seeker in turn."""
    for n, seeker_id in enumerate(seekers):
        checkin_id = uuid.uuid4()

        def scan(s: Session, sid: uuid.UUID = seeker_id) -> datetime | None:
            card = scan_at_booth(s, actor, fair.booth_a, sid, can_see_details=True)
            return card.checked_in_at if card.checked_in_by_scan else None

        def keep_scan(sid: uuid.UUID = seeker_id, cid: uuid.UUID = checkin_id) -> OutboxItem:
            return link.outbox.add_check_in(actor, fair_id=fair.fair_id, seeker_id=sid,
                                            via="booth", booth_id=fair.booth_a, checkin_id=cid)

        done = link.write(scan, keep_scan)
        if isinstance(done, OutboxItem):
            burst.checkins[done.record_id] = done.recorded_at
            burst.kept += 1

        interview_id = uuid.uuid4()

        def key(s: Session, sid: uuid.UUID = seeker_id, n: int = n,
                iid: uuid.UUID = interview_id) -> datetime:
            view = record_interview(s, actor, fair.booth_b, sid, outcome="pending",
                                    interview_id=iid)
            during(n)  # the test may cut the connection here, before the commit
            return view.started_at

        def keep_key(sid: uuid.UUID = seeker_id, iid: uuid.UUID = interview_id) -> OutboxItem:
            return link.outbox.add_interview(actor, fair_id=fair.fair_id, booth_id=fair.booth_b,
                                             seeker_id=sid, outcome="pending", interview_id=iid)

        result = link.write(key, keep_key)
        if isinstance(result, OutboxItem):
            burst.interviews[result.record_id] = result.recorded_at
            burst.kept += 1
        else:
            burst.interviews[interview_id] = result
        during(-1 - n)  # after the seeker: the test may restore here


def test_a_cut_in_the_middle_of_a_burst_loses_and_doubles_nothing(
    pg_database_url: str, server: sessionmaker[Session], tmp_path: Path
) -> None:
    fair = small_fair(server, headcount=5)
    seekers = [
        register(server, fair.fair_id, f"구직자{i:02d}", phone=f"010-5555-{i:04d}").id
        for i in range(SEEKERS)
    ]

    with NetCut() as net:
        engine = make_engine(net.url(pg_database_url), connect_args={"connect_timeout": 3})
        link = StationLink(Outbox(tmp_path / "outbox.sqlite"), make_session_factory(engine))
        actor = Actor(station_id=uuid.uuid4(), name="booth B-1", clock=ticking_clock())
        burst = Burst()
        restored = threading.Event()

        def during(step: int) -> None:
            if step == CUT_AT:
                net.cut()
            elif step == -1 - (CUT_AT + OFFLINE_FOR):
                net.restore()
                restored.set()

        worker = threading.Thread(
            target=booth_worker, args=(link, fair, seekers, actor, burst, during)
        )
        worker.start()
        worker.join(timeout=120)
        assert not worker.is_alive()
        assert restored.is_set() and net.cut_count >= 1

        # The booth went on offline: the cut interview and everything after it waited, in order,
        # even once the connection was back (later records queue behind the waiting ones).
        assert not link.online
        waiting = link.outbox.items(WAITING)
        assert burst.kept == len(waiting) > OFFLINE_FOR * 2
        assert [i.record_id for i in waiting if i.kind == "interview"] == list(
            burst.interviews)[CUT_AT:]

        report = link.sync()
        assert link.online and not report.unreachable and not report.conflicts
        assert link.outbox.waiting_count() == 0
        assert link.sync().delivered == []  # a second delivery sends nothing again
        engine.dispose()

    with server() as s:
        ids = list(burst.interviews)
        rows = dict(s.execute(
            select(Interview.id, Interview.started_at).where(Interview.id.in_(ids))).all())
        assert rows == burst.interviews  # every interview once, with the time it was taken
        assert s.scalar(select(func.count()).select_from(Interview)) == SEEKERS
        per_seeker = s.execute(
            select(CheckIn.seeker_id, func.count()).group_by(CheckIn.seeker_id)).all()
        assert sorted(sid for sid, _ in per_seeker) == sorted(seekers)
        assert {n for _, n in per_seeker} == {1}
        for checkin_id, at in burst.checkins.items():
            row = s.get(CheckIn, checkin_id)
            assert row is not None and row.at == at and row.via == "booth"
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0
