"""The station outbox: records kept while offline arrive once, in order, with their own times;
collisions become conflicts for the organizer, never losses."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import AuditEvent, CheckIn, Interview, SyncConflict
from jobfair.domain import badge_code
from jobfair.domain.codes import StationKind
from jobfair.domain.errors import JobFairError, NotFoundError
from jobfair.domain.roles import Role
from jobfair.services.accounts.access import AccessDeniedError
from jobfair.services.context import Actor, utc_now
from jobfair.services.interviews.corrections import record_interview
from jobfair.services.seekers.badges import badge_for, badge_secret
from jobfair.services.sync import replay as outbox_replay
from jobfair.services.sync.outbox import (
    CONFLICT,
    DELIVERED,
    OVER_HEADCOUNT,
    REPEAT_INTERVIEW,
    UNKNOWN_SEEKER,
    WAITING,
    Outbox,
    outbox_path,
    snap_meta,
    snap_seeker,
)
from jobfair.services.sync.snapshot import (
    find_offline,
    forget_stale,
    offline_card,
    refresh_snapshot,
)
from tests.services.fairkit import FAIR_DAY, actor, register, small_fair, ticking_clock

Factory = sessionmaker[Session]


def station(clock_start_minutes: int = 0) -> Actor:
    return Actor(
        station_id=uuid.uuid4(),
        name="booth A-1",
        clock=ticking_clock(FAIR_DAY + timedelta(minutes=clock_start_minutes)),
    )


def unreachable_factory() -> Factory:
    """A server nobody answers for (connection refused at once)."""
    return make_session_factory(
        make_engine("postgresql+psycopg://postgres@127.0.0.1:1/none",
                    connect_args={"connect_timeout": 2})
    )


def count(factory: Factory, model: type[Interview], *ids: uuid.UUID) -> int:
    with factory() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.id.in_(ids))) or 0


def test_waiting_items_survive_reopening_and_deliver_in_order_with_their_times(
    session_factory: Factory, tmp_path: Path
) -> None:
    fair = small_fair(session_factory, headcount=5)
    kim = register(session_factory, fair.fair_id, "김민준").id
    lee = register(session_factory, fair.fair_id, "이서연", phone="010-2222-3333").id
    me = station()
    box = Outbox(tmp_path / "outbox.sqlite")
    first = box.add_interview(me, fair_id=fair.fair_id, booth_id=fair.booth_a, seeker_id=kim,
                              outcome="hired", opening_id=fair.opening_a)
    second = box.add_interview(me, fair_id=fair.fair_id, booth_id=fair.booth_a, seeker_id=lee,
                               outcome="pending")
    assert box.add_interview(me, fair_id=fair.fair_id, booth_id=fair.booth_a, seeker_id=lee,
                             interview_id=second.record_id).seq == second.seq
    box.close()

    box = Outbox(tmp_path / "outbox.sqlite")
    assert box.waiting_count() == 2
    assert [i.record_id for i in box.items(WAITING)] == [first.record_id, second.record_id]
    report = box.deliver(session_factory)
    assert report.delivered == [first.record_id, second.record_id]
    assert box.waiting_count() == 0
    assert {i.state for i in box.items()} == {DELIVERED}
    with session_factory() as s:
        a = s.get(Interview, first.record_id)
        b = s.get(Interview, second.record_id)
        assert a is not None and b is not None
        # the times the station took them, not the time of delivery
        assert a.started_at == first.recorded_at and b.started_at == second.recorded_at
        assert a.started_at < b.started_at
        assert a.station_id == me.station_id and a.outcome == "hired"
        checkin = s.scalar(select(CheckIn).where(CheckIn.seeker_id == kim))
        assert checkin is not None and checkin.at == first.recorded_at

    # delivering again changes nothing
    assert box.deliver(session_factory).delivered == []
    assert count(session_factory, Interview, first.record_id, second.record_id) == 2


def test_a_crash_after_the_server_commit_still_delivers_once(
    session_factory: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id).id
    box = Outbox(tmp_path / "outbox.sqlite")
    item = box.add_interview(station(), fair_id=fair.fair_id, booth_id=fair.booth_a,
                             seeker_id=kim, outcome="second")
    real_mark = Outbox._mark

    def crash(self: Outbox, *args: object) -> None:
        raise KeyboardInterrupt  # the PC died after the server committed

    monkeypatch.setattr(Outbox, "_mark", crash)
    with pytest.raises(KeyboardInterrupt):
        box.deliver(session_factory)
    assert box.waiting_count() == 1
    assert count(session_factory, Interview, item.record_id) == 1

    monkeypatch.setattr(Outbox, "_mark", real_mark)
    assert box.deliver(session_factory).delivered == [item.record_id]
    assert box.deliver(session_factory).delivered == []
    with session_factory() as s:
        assert count(session_factory, Interview, item.record_id) == 1
        creates = s.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.entity == "interview", AuditEvent.entity_id == str(item.record_id)))
        assert creates == 1
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0


def test_an_unreachable_server_keeps_everything_waiting(
    session_factory: Factory, tmp_path: Path
) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id).id
    box = Outbox(tmp_path / "outbox.sqlite")
    item = box.add_check_in(station(), fair_id=fair.fair_id, seeker_id=kim, via="booth",
                            booth_id=fair.booth_a)

    report = box.deliver(unreachable_factory())
    assert report.unreachable and report.error
    [kept] = box.items()
    assert kept.state == WAITING and kept.attempts == 1 and kept.last_error

    assert box.deliver(session_factory).delivered == [item.record_id]
    with session_factory() as s:
        row = s.scalar(select(CheckIn).where(CheckIn.seeker_id == kim))
        assert row is not None and row.id == item.record_id and row.via == "booth"
        assert row.at == item.recorded_at


def test_a_hire_into_the_position_filled_meanwhile_is_kept_with_a_conflict(
    session_factory: Factory, tmp_path: Path
) -> None:
    fair = small_fair(session_factory, headcount=1)
    kim = register(session_factory, fair.fair_id, "김민준").id
    lee = register(session_factory, fair.fair_id, "이서연", phone="010-2222-3333").id
    box = Outbox(tmp_path / "outbox.sqlite")
    offline = box.add_interview(station(), fair_id=fair.fair_id, booth_id=fair.booth_a,
                                seeker_id=kim, outcome="hired", opening_id=fair.opening_a)
    # meanwhile, the booth's other PC (online) hires someone else for the last position
    with session_factory.begin() as s:
        record_interview(s, actor(clock=ticking_clock(FAIR_DAY + timedelta(hours=1))),
                         fair.booth_a, lee, outcome="hired", opening_id=fair.opening_a)

    report = box.deliver(session_factory)
    assert report.conflicts == [offline.record_id] and report.delivered == []
    assert [i.state for i in box.items()] == [CONFLICT]
    with session_factory() as s:
        hired = s.get(Interview, offline.record_id)
        assert hired is not None and hired.outcome == "hired" and hired.over_headcount
        [conflict] = s.scalars(select(SyncConflict)).all()
        assert conflict.reason == OVER_HEADCOUNT
        assert conflict.record_id == str(offline.record_id)
        assert conflict.record_kind == "interview"
        assert conflict.fair_id == fair.fair_id
        assert conflict.recorded_at == offline.recorded_at
        assert conflict.params is not None and conflict.params["headcount"] == 1
        assert conflict.params["payload"]["seeker_id"] == str(kim)
        assert conflict.resolved_at is None

    assert box.deliver(session_factory).conflicts == []
    with session_factory() as s:
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 1


def test_a_second_interview_and_an_unknown_badge_become_conflicts_not_losses(
    session_factory: Factory, tmp_path: Path
) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id).id
    with session_factory.begin() as s:
        record_interview(s, actor(), fair.booth_a, kim, outcome="pending")
        secret = badge_secret(s)
    stray_code = badge_code.make_code(secret, 12345)  # genuine, but nobody holds it
    box = Outbox(tmp_path / "outbox.sqlite")
    me = station(120)
    repeat = box.add_interview(me, fair_id=fair.fair_id, booth_id=fair.booth_a, seeker_id=kim,
                               outcome="second")
    stray = box.add_interview(me, fair_id=fair.fair_id, booth_id=fair.booth_a, seeker_id=None,
                              code=stray_code, outcome="rejected")
    after = box.add_check_in(me, fair_id=fair.fair_id, seeker_id=kim)

    report = box.deliver(session_factory)
    assert report.conflicts == [repeat.record_id, stray.record_id]
    assert report.delivered == [after.record_id]
    assert box.waiting_count() == 0
    with session_factory() as s:
        second = s.get(Interview, repeat.record_id)
        assert second is not None and second.outcome == "second"
        assert s.get(Interview, stray.record_id) is None
        reasons = {c.record_id: c for c in s.scalars(select(SyncConflict))}
        assert reasons[str(repeat.record_id)].reason == REPEAT_INTERVIEW
        lost = reasons[str(stray.record_id)]
        assert lost.reason == UNKNOWN_SEEKER
        assert lost.params is not None and lost.params["payload"]["code"] == stray_code
        assert lost.params["payload"]["outcome"] == "rejected"


def test_an_unexpected_failure_is_kept_as_a_conflict_and_the_rest_goes_on(
    session_factory: Factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id).id
    box = Outbox(tmp_path / "outbox.sqlite")
    broken = box.add_check_in(station(), fair_id=fair.fair_id, seeker_id=kim)
    fine = box.add_interview(station(), fair_id=fair.fair_id, booth_id=fair.booth_a,
                             seeker_id=kim)
    real = outbox_replay._deliver_check_in

    def explode(factory: Factory, item: outbox_replay.OutboxItem) -> bool:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(outbox_replay, "_deliver_check_in", explode)
    report = box.deliver(session_factory)
    monkeypatch.setattr(outbox_replay, "_deliver_check_in", real)
    assert report.conflicts == [broken.record_id] and report.delivered == [fine.record_id]
    with session_factory() as s:
        [conflict] = s.scalars(select(SyncConflict)).all()
        assert conflict.reason == "failed" and conflict.params is not None
        assert conflict.params["error"] == "disk on fire"


def test_the_snapshot_resolves_scans_offline(session_factory: Factory, tmp_path: Path) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id, "김민준").id
    with session_factory.begin() as s:
        code = badge_for(s, kim)
        secret = badge_secret(s)
        record_interview(s, actor(), fair.booth_a, kim, outcome="pending")
    box = Outbox(tmp_path / "outbox.sqlite")
    with pytest.raises(Exception, match="no list"):
        find_offline(box, fair.fair_id, code)
    with session_factory() as s:
        with pytest.raises(AccessDeniedError):  # a booth account copies for its own booth only
            refresh_snapshot(box, s, Actor(role=Role.BOOTH, booth_id=fair.booth_b),
                             fair.fair_id, fair.booth_a)
        assert refresh_snapshot(box, s, actor(), fair.fair_id, fair.booth_a) == 1

    found = find_offline(box, fair.fair_id, badge_code.format_code(code).lower())
    assert found.seeker_id == kim and found.name == "김민준"
    assert found.phone is None  # never copied: the card shows it again once online
    card = offline_card(box, fair.booth_a, found, "?")
    assert card.checked_in and len(card.earlier) == 1 and card.earlier[0].outcome == "pending"

    # Without the secret the copy cannot tell a code issued after the refresh from a forgery:
    # both are refused as not on this PC's list.
    with pytest.raises(NotFoundError):
        find_offline(box, fair.fair_id, badge_code.make_code(secret, 999))
    with pytest.raises(NotFoundError):
        find_offline(box, fair.fair_id, badge_code.make_code("another secret", 999))
    with pytest.raises(NotFoundError):
        find_offline(box, fair.fair_id, "#4711")


def test_the_copy_of_the_seekers_is_forgotten_a_day_after_its_last_refresh(
    session_factory: Factory, tmp_path: Path
) -> None:
    """Names must not linger on a station PC after the fair."""
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id, "김민준").id
    with session_factory.begin() as s:
        code = badge_for(s, kim)
    box = Outbox(tmp_path / "outbox.sqlite")
    with session_factory() as s:
        refresh_snapshot(box, s, actor(), fair.fair_id, fair.booth_a)
    refreshed = utc_now()

    assert forget_stale(box, refreshed + timedelta(hours=23)) == 0
    assert find_offline(box, fair.fair_id, code).name == "김민준"
    assert forget_stale(box, refreshed + timedelta(hours=25)) == 1
    with pytest.raises(JobFairError, match="no list"):
        find_offline(box, fair.fair_id, code)
    with box.connection() as conn:  # the copy's key went with the names
        assert conn.scalar(select(func.count()).select_from(snap_meta)) == 0
        assert conn.scalar(select(func.count()).select_from(snap_seeker)) == 0


def test_a_booth_account_delivers_for_its_own_booth_only(
    session_factory: Factory, tmp_path: Path
) -> None:
    fair = small_fair(session_factory)
    kim = register(session_factory, fair.fair_id).id
    booth = Actor(station_id=uuid.uuid4(), name="a1", clock=ticking_clock(),
                  role=Role.BOOTH, booth_id=fair.booth_a)
    box = Outbox(tmp_path / "outbox.sqlite")
    scan = box.add_check_in(booth, fair_id=fair.fair_id, seeker_id=kim, via="booth",
                            booth_id=fair.booth_a)
    mine = box.add_interview(booth, fair_id=fair.fair_id, booth_id=fair.booth_a, seeker_id=kim)
    other = box.add_interview(booth, fair_id=fair.fair_id, booth_id=fair.booth_b, seeker_id=kim)

    report = box.deliver(session_factory)
    assert report.delivered == [scan.record_id, mine.record_id]
    assert report.conflicts == [other.record_id]
    with session_factory() as s:
        assert s.get(Interview, other.record_id) is None
        [refused] = s.scalars(select(SyncConflict)).all()
        assert refused.reason == "refused" and refused.record_id == str(other.record_id)


def test_the_same_seeker_hired_for_the_last_position_by_two_offline_pcs(
    session_factory: Factory, tmp_path: Path
) -> None:
    """Both PCs of booth A-1 lost the server and hired Kim for the one position: both records
    arrive, the second with its conflicts (a second interview, beyond the headcount)."""
    fair = small_fair(session_factory, headcount=1)
    kim = register(session_factory, fair.fair_id).id
    first_pc, second_pc = Outbox(tmp_path / "pc1.sqlite"), Outbox(tmp_path / "pc2.sqlite")
    one = first_pc.add_interview(station(), fair_id=fair.fair_id, booth_id=fair.booth_a,
                                 seeker_id=kim, outcome="hired", opening_id=fair.opening_a)
    two = second_pc.add_interview(station(5), fair_id=fair.fair_id, booth_id=fair.booth_a,
                                  seeker_id=kim, outcome="hired", opening_id=fair.opening_a)

    assert first_pc.deliver(session_factory).delivered == [one.record_id]
    assert second_pc.deliver(session_factory).conflicts == [two.record_id]
    with session_factory() as s:
        rows = {i.id: i for i in s.scalars(select(Interview))}
        assert set(rows) == {one.record_id, two.record_id}
        assert not rows[one.record_id].over_headcount and rows[two.record_id].over_headcount
        reasons = sorted(c.reason for c in s.scalars(select(SyncConflict)))
        assert reasons == [OVER_HEADCOUNT, REPEAT_INTERVIEW]


def test_each_database_has_its_own_outbox_file(tmp_path: Path) -> None:
    """Records kept for one server are never delivered to another the station connects to."""
    station_id = uuid.uuid4()
    hall = outbox_path(tmp_path, station_id, "postgresql+psycopg://jobfair@192.168.0.10/jobfair")
    test = outbox_path(tmp_path, station_id, "postgresql+psycopg://jobfair@192.168.0.10/rehearsal")
    assert hall != test and hall.parent == tmp_path and str(station_id) in hall.name
    first = Outbox(hall)
    first.add_check_in(station(), fair_id=1, seeker_id=uuid.uuid4())
    assert Outbox(test).waiting_count() == 0 and Outbox(hall).waiting_count() == 1



def test_the_role_the_station_served_arrives_on_the_audit_events(
    session_factory: Factory, tmp_path: Path
) -> None:
    fair = small_fair(session_factory, headcount=5)
    kim = register(session_factory, fair.fair_id, "김민준").id
    booth = dataclasses.replace(station(), station_kind=StationKind.BOOTH)
    box = Outbox(tmp_path / "outbox.sqlite")
    kept = box.add_interview(booth, fair_id=fair.fair_id, booth_id=fair.booth_a, seeker_id=kim,
                             outcome="pending")
    box.close()

    box = Outbox(tmp_path / "outbox.sqlite")  # reopened, as after a restart
    (item,) = box.items(WAITING)
    assert item.actor.station_kind is StationKind.BOOTH
    assert "_station_kind" not in item.payload
    assert box.deliver(session_factory).delivered == [kept.record_id]
    with session_factory() as s:
        kinds = set(s.scalars(select(AuditEvent.station_kind).where(
            AuditEvent.entity_id == str(kept.record_id))))
    assert kinds == {"booth"}
