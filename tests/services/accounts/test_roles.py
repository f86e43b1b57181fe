"""The role rules at the service layer: each role against the services that need a permission.

A matrix calls the real functions on a small fair as an organizer, a desk account and the
account of booth A: an allowed call must really do its work; a refused one raises
``AccessDeniedError`` and leaves nothing behind (no audit event). Then the booth's own rules: its
own booth only, its own booth's interviews only, and a seeker's details only with consent.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import (
    AuditEvent,
    Booth,
    CheckIn,
    Employer,
    Fair,
    Interview,
    QueueEntry,
    Recommendation,
    Seeker,
)
from jobfair.domain.roles import Permission, Role
from jobfair.services.accounts.access import AccessDeniedError, booth_scope, may
from jobfair.services.accounts.service import create_account, list_accounts
from jobfair.services.audit.log import audit_events
from jobfair.services.checkins import desk
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.interviews import booth, confirmation, follow_up
from jobfair.services.interviews.paper import key_paper_sheet
from jobfair.services.records.purge import purge_fair
from jobfair.services.reports import export
from jobfair.services.seekers import badges, matching
from jobfair.services.seekers.service import Consent, SeekerInput, get_seeker, register_seeker
from jobfair.services.setup.demo import create_demo
from jobfair.services.setup.fairs import EmployerInput, FairInput, add_employer, create_fair
from jobfair.services.setup.service import list_employer_details, update_booth
from tests.services.fairkit import BIZNO_C, SmallFair, actor, small_fair, ticking_clock

Factory = sessionmaker[Session]
ROLES = ("organizer", "desk", "booth_a")


@dataclass(frozen=True)
class World:
    """The small fair, a seeker who shares details with employers and one who does not, each
    interviewed once (at booths A and B), and one seeker who has not been anywhere yet."""

    fair: SmallFair
    shared: uuid.UUID
    private: uuid.UUID
    newcomer: uuid.UUID
    interview_a: uuid.UUID
    interview_b: uuid.UUID

    def actor(self, role: str) -> Actor:
        clock = ticking_clock()
        if role == "organizer":
            return Actor(station_id=uuid.uuid4(), name="org", clock=clock, role=Role.ORGANIZER)
        if role == "desk":
            return Actor(station_id=uuid.uuid4(), name="desk", clock=clock, role=Role.DESK)
        return Actor(station_id=uuid.uuid4(), name="booth-a", clock=clock, role=Role.BOOTH,
                     booth_id=self.fair.booth_a)


def _seeker(name: str, phone: str, *, shares: bool) -> SeekerInput:
    return SeekerInput(name=name, birth_year=1988, phone=phone, residence="경기도 양주시",
                       consent=Consent(collection=True, provision=shares))


@pytest.fixture
def world(session_factory: Factory) -> World:
    fair = small_fair(session_factory)
    who = actor("setup")
    with session_factory.begin() as s:
        shared = register_seeker(s, who, fair.fair_id, _seeker("공유함", "010-1111-2222",
                                                               shares=True))
        private = register_seeker(s, who, fair.fair_id, _seeker("비공개", "010-3333-4444",
                                                                shares=False))
        newcomer = register_seeker(s, who, fair.fair_id, _seeker("새사람", "010-5555-6666",
                                                                 shares=True))
        a = booth.record_interview(s, who, fair.booth_a, shared.id, outcome="pending")
        b = booth.record_interview(s, who, fair.booth_b, private.id, outcome="second")
    return World(fair, shared.id, private.id, newcomer.id, a.id, b.id)


@dataclass(frozen=True)
class Case:
    """A protected call: who may make it, the call, and how to see that it did its work."""

    allowed: frozenset[str]
    call: Callable[[Session, Actor, World], Any]
    did: Callable[[Session, World, Any], bool]


def _count(s: Session, model: Any, *where: Any) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


ORGANIZER = frozenset({"organizer"})
DESK = frozenset({"organizer", "desk"})
BOOTH_A = frozenset({"organizer", "booth_a"})

CASES: dict[str, Case] = {
    # the setup: organizers only
    "create_fair": Case(
        ORGANIZER,
        lambda s, a, w: create_fair(s, a, FairInput("2016 박람회", date(2016, 3, 25))),
        lambda s, w, r: _count(s, Fair, Fair.name == "2016 박람회") == 1,
    ),
    "add_employer": Case(
        ORGANIZER,
        lambda s, a, w: add_employer(s, a, w.fair.fair_id, EmployerInput("새회사", BIZNO_C, "C")),
        lambda s, w, r: _count(s, Employer, Employer.name == "새회사") == 1,
    ),
    "update_booth": Case(
        ORGANIZER,
        lambda s, a, w: update_booth(s, a, w.fair.booth_a, label="A-9",
                                     employer_id=w.fair.employer_a, cell=None),
        lambda s, w, r: s.get(Booth, w.fair.booth_a).label == "A-9",  # type: ignore[union-attr]
    ),
    "setup_view": Case(
        ORGANIZER,
        lambda s, a, w: list_employer_details(s, w.fair.fair_id, actor=a),
        lambda s, w, r: len(r) == 2,
    ),
    # the desk's work
    "register": Case(
        DESK,
        lambda s, a, w: register_seeker(s, a, w.fair.fair_id, _seeker("접수", "010-7777-8888",
                                                                      shares=False)),
        lambda s, w, r: _count(s, Seeker, Seeker.name == "접수") == 1,
    ),
    "search": Case(
        DESK,
        lambda s, a, w: desk.search_seekers(s, w.fair.fair_id, "비공개", actor=a),
        lambda s, w, r: [row.seeker_id for row in r] == [w.private],
    ),
    "duplicates": Case(
        DESK,
        lambda s, a, w: desk.possible_duplicates(s, w.fair.fair_id, "010-3333-4444", "", None,
                                                 actor=a),
        lambda s, w, r: [row.seeker_id for row in r] == [w.private],
    ),
    "get_seeker": Case(
        DESK,
        lambda s, a, w: get_seeker(s, w.private, actor=a),
        lambda s, w, r: r.phone == "01033334444",
    ),
    "check_in": Case(
        DESK,
        lambda s, a, w: check_in(s, a, w.newcomer),
        lambda s, w, r: _count(s, CheckIn, CheckIn.seeker_id == w.newcomer) == 1,
    ),
    "check_in_at_desk": Case(
        DESK,
        lambda s, a, w: desk.check_in_seeker(s, a, w.fair.fair_id, w.newcomer),
        lambda s, w, r: _count(s, CheckIn, CheckIn.seeker_id == w.newcomer) == 1,
    ),
    "recent_check_ins": Case(
        DESK,
        lambda s, a, w: desk.recent_check_ins(s, w.fair.fair_id, actor=a),
        lambda s, w, r: {row.name for row in r} == {"공유함", "비공개"},
    ),
    "badges": Case(
        DESK,
        lambda s, a, w: badges.badge_rows(s, w.fair.fair_id, actor=a),
        lambda s, w, r: len(r) == 3,
    ),
    # booth A's work
    "interview_at_a": Case(
        BOOTH_A,
        lambda s, a, w: booth.record_interview(s, a, w.fair.booth_a, w.newcomer),
        lambda s, w, r: _count(s, Interview, Interview.seeker_id == w.newcomer) == 1
        and _count(s, CheckIn, CheckIn.seeker_id == w.newcomer) == 1,  # checked in by it
    ),
    "scan_at_a": Case(
        BOOTH_A,
        lambda s, a, w: booth.scan_at_booth(s, a, w.fair.booth_a, w.newcomer,
                                            can_see_details=True),
        lambda s, w, r: r.checked_in_by_scan
        and _count(s, CheckIn, CheckIn.seeker_id == w.newcomer) == 1,
    ),
    "queue_at_a": Case(
        BOOTH_A,
        lambda s, a, w: booth.enqueue(s, a, w.fair.booth_a, w.newcomer),
        lambda s, w, r: _count(s, QueueEntry, QueueEntry.booth_id == w.fair.booth_a) == 1,
    ),
    "correct_at_a": Case(
        BOOTH_A,
        lambda s, a, w: booth.correct_interview(s, a, w.interview_a, "rejected"),
        lambda s, w, r: s.get(Interview, w.interview_a).outcome == "rejected",  # type: ignore[union-attr]
    ),
    "undo_at_a": Case(
        BOOTH_A,
        lambda s, a, w: booth.undo_interview(s, a, w.interview_a),
        lambda s, w, r: s.get(Interview, w.interview_a).voided_at is not None,  # type: ignore[union-attr]
    ),
    "recent_at_a": Case(
        BOOTH_A,
        lambda s, a, w: booth.recent_interviews(s, w.fair.booth_a, actor=a),
        lambda s, w, r: [i.id for i in r] == [w.interview_a],
    ),
    "day_at_a": Case(
        BOOTH_A,
        lambda s, a, w: booth.booth_day(s, w.fair.booth_a, actor=a),
        lambda s, w, r: r.interviews == 1,
    ),
    "card_at_a": Case(
        BOOTH_A,
        lambda s, a, w: booth.seeker_card(s, w.fair.booth_a, w.shared, can_see_details=True,
                                          actor=a),
        lambda s, w, r: r.name == "공유함",
    ),
    # anybody's booth B: only an organizer, standing in
    "interview_at_b": Case(
        ORGANIZER,
        lambda s, a, w: booth.record_interview(s, a, w.fair.booth_b, w.newcomer),
        lambda s, w, r: _count(s, Interview, Interview.booth_id == w.fair.booth_b) == 2,
    ),
    "correct_at_b": Case(
        ORGANIZER,
        lambda s, a, w: booth.correct_interview(s, a, w.interview_b, "rejected"),
        lambda s, w, r: s.get(Interview, w.interview_b).outcome == "rejected",  # type: ignore[union-attr]
    ),
    "recent_at_b": Case(
        ORGANIZER,
        lambda s, a, w: booth.recent_interviews(s, w.fair.booth_b, actor=a),
        lambda s, w, r: [i.id for i in r] == [w.interview_b],
    ),
    "paper_sheet_at_b": Case(
        ORGANIZER,
        lambda s, a, w: key_paper_sheet(s, a, w.fair.booth_b, [("3", "4")]),
        lambda s, w, r: _count(s, Interview, Interview.booth_id == w.fair.booth_b) == 2,
    ),
    "card_at_b": Case(
        ORGANIZER,
        lambda s, a, w: booth.seeker_card(s, w.fair.booth_b, w.private, can_see_details=True,
                                          actor=a),
        lambda s, w, r: r.name == "비공개",
    ),
    # the confirmation: the desk, or the interview's own booth
    "confirmation_of_a": Case(
        frozenset(ROLES),
        lambda s, a, w: confirmation.confirmation_data(s, w.interview_a, actor=a),
        lambda s, w, r: r.seeker_name == "공유함",
    ),
    "confirmation_of_b": Case(
        DESK,
        lambda s, a, w: confirmation.confirmation_data(s, w.interview_b, actor=a),
        lambda s, w, r: r.seeker_name == "비공개",
    ),
    # personal data out of the database, the log, and after the fair: organizers only
    "export": Case(
        ORGANIZER,
        lambda s, a, w: export.export_tables(s, w.fair.fair_id, keys=("seekers",), actor=a),
        lambda s, w, r: len(r[0].rows) == 3,
    ),
    "follow_up_list": Case(
        ORGANIZER,
        lambda s, a, w: follow_up.follow_up_cases(s, w.fair.fair_id, actor=a),
        lambda s, w, r: {c.phone for c in r} == {"01011112222", "01033334444"},
    ),
    "follow_up_call": Case(
        ORGANIZER,
        lambda s, a, w: follow_up.log_call(s, a, w.interview_a, "reached"),
        lambda s, w, r: follow_up.follow_up_progress(s, w.fair.fair_id).reached == 1,
    ),
    "final_outcome": Case(
        ORGANIZER,
        lambda s, a, w: follow_up.record_final_outcome(s, a, w.interview_a, "hired",
                                                       date(2015, 4, 1)),
        lambda s, w, r: s.get(Interview, w.interview_a).final_outcome == "hired",  # type: ignore[union-attr]
    ),
    "matching": Case(
        ORGANIZER,
        lambda s, a, w: matching.seekers_for_employer(s, w.fair.employer_a, actor=a),
        lambda s, w, r: w.private not in {m.seeker_id for m in r},  # no consent, no match
    ),
    "recommend": Case(
        ORGANIZER,
        lambda s, a, w: matching.mark_recommended(s, a, w.shared, w.fair.opening_a),
        lambda s, w, r: _count(s, Recommendation) == 1,
    ),
    "audit_log": Case(
        ORGANIZER,
        lambda s, a, w: audit_events(s, w.fair.fair_id, actor=a),
        lambda s, w, r: r.total > 0,
    ),
    "purge_preview": Case(
        ORGANIZER,
        lambda s, a, w: purge_fair(s, a, w.fair.fair_id, dry_run=True),
        lambda s, w, r: r.seekers == 3 and _count(s, Seeker, Seeker.purged_at.is_(None)) == 3,
    ),
    "purge": Case(
        ORGANIZER,
        lambda s, a, w: purge_fair(s, a, w.fair.fair_id, before_retention="test"),
        lambda s, w, r: _count(s, Seeker, Seeker.purged_at.is_(None)) == 0,
    ),
    "accounts": Case(
        ORGANIZER,
        lambda s, a, w: create_account(s, a, login="boss", secret="4826", role=Role.ORGANIZER),
        lambda s, w, r: [v.login for v in list_accounts(s, Actor())] == ["boss"],
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(CASES))
def test_role_matrix(session_factory: Factory, world: World, name: str, role: str) -> None:
    case = CASES[name]
    who = world.actor(role)
    with session_factory() as s:
        events_before = _count(s, AuditEvent)
    if role in case.allowed:
        with session_factory.begin() as s:
            result = case.call(s, who, world)
        with session_factory() as s:
            assert case.did(s, world, result), f"{role} may {name}, but it did not happen"
        return
    with pytest.raises(AccessDeniedError) as refused, session_factory.begin() as s:
        case.call(s, who, world)
    assert str(refused.value)  # a sentence for the person, not a bare code
    with session_factory() as s:
        assert _count(s, AuditEvent) == events_before  # nothing was written


def test_matrix_agrees_with_may(world: World) -> None:
    """The permission each role holds, as ``may`` tells the screens, matches the refusals."""
    desk_actor, booth_actor = world.actor("desk"), world.actor("booth_a")
    assert {p for p in Permission if may(desk_actor, p)} == {
        Permission.REGISTER, Permission.FIGURES}
    assert {p for p in Permission if may(booth_actor, p)} == {
        Permission.INTERVIEW, Permission.FIGURES}
    assert may(booth_actor, Permission.INTERVIEW, booth_id=world.fair.booth_a)
    assert not may(booth_actor, Permission.INTERVIEW, booth_id=world.fair.booth_b)
    assert (booth_scope(booth_actor), booth_scope(desk_actor)) == (world.fair.booth_a, None)


def test_demo_is_setup_work(session_factory: Factory, world: World) -> None:
    for role in ("desk", "booth_a"):
        with pytest.raises(AccessDeniedError), session_factory.begin() as s:
            create_demo(s, world.actor(role))
    with session_factory() as s:
        assert _count(s, Fair, Fair.is_demo.is_(True)) == 0


def test_booth_sees_only_its_own_interviews_of_a_seeker(
    session_factory: Factory, world: World
) -> None:
    org, booth_a = world.actor("organizer"), world.actor("booth_a")
    with session_factory.begin() as s:
        at_b = booth.record_interview(s, org, world.fair.booth_b, world.shared)
    with session_factory() as s:
        everywhere = confirmation.seeker_interviews(s, world.shared, actor=org)
        mine = confirmation.seeker_interviews(s, world.shared, actor=booth_a)
        assert {c.interview_id for c in everywhere} == {world.interview_a, at_b.id}
        assert [c.interview_id for c in mine] == [world.interview_a]
        assert confirmation.last_interview_at(
            s, world.shared, world.fair.booth_a, actor=booth_a) == world.interview_a
        with pytest.raises(AccessDeniedError):
            confirmation.last_interview_at(s, world.shared, world.fair.booth_b, actor=booth_a)
        assert booth.waiting_list(s, world.fair.booth_a, booth_a.now(), actor=booth_a) == []
        with pytest.raises(AccessDeniedError):
            booth.waiting_list(s, world.fair.booth_b, booth_a.now(), actor=booth_a)
        with pytest.raises(AccessDeniedError):
            booth.called_list(s, world.fair.booth_b, actor=booth_a)
        with pytest.raises(AccessDeniedError):
            booth.booth_day(s, world.fair.booth_b, actor=booth_a)


def test_booth_cannot_touch_another_booths_queue_or_station(
    session_factory: Factory, world: World
) -> None:
    org, booth_a = world.actor("organizer"), world.actor("booth_a")
    with session_factory.begin() as s:
        entry = booth.enqueue(s, org, world.fair.booth_b, world.newcomer)
    with pytest.raises(AccessDeniedError), session_factory.begin() as s:
        booth.leave_queue(s, booth_a, entry.id)
    with pytest.raises(AccessDeniedError), session_factory.begin() as s:
        booth.call_next(s, booth_a, world.fair.booth_b)
    with pytest.raises(AccessDeniedError), session_factory.begin() as s:
        booth.bind_station(s, booth_a, uuid.uuid4(), "B 노트북", world.fair.booth_b)
    with session_factory.begin() as s:
        bound = booth.bind_station(s, booth_a, uuid.uuid4(), "A 노트북", world.fair.booth_a)
    assert bound.booth_id == world.fair.booth_a
    with session_factory() as s:
        assert s.get(QueueEntry, entry.id).called_at is None  # type: ignore[union-attr]


def test_booth_card_shows_phone_and_residence_only_with_consent(
    session_factory: Factory, world: World
) -> None:
    booth_a = world.actor("booth_a")
    with session_factory() as s:
        shared = booth.seeker_card(s, world.fair.booth_a, world.shared, can_see_details=True,
                                   actor=booth_a)
        private = booth.seeker_card(s, world.fair.booth_a, world.private, can_see_details=True,
                                    actor=booth_a)
    assert (shared.details_shared, shared.phone, shared.residence) == (
        True, "01011112222", "경기도 양주시")
    assert (private.details_shared, private.phone, private.residence) == (False, None, None)
    assert private.name == "비공개"  # the name is on the badge anyway


def test_booth_cannot_reach_details_through_the_desk(
    session_factory: Factory, world: World
) -> None:
    """Every road to a seeker's phone that is not the booth card is shut to a booth account."""
    booth_a = world.actor("booth_a")
    roads: list[Callable[[Session], object]] = [
        lambda s: get_seeker(s, world.private, actor=booth_a),
        lambda s: desk.search_seekers(s, world.fair.fair_id, "비공개", actor=booth_a),
        lambda s: desk.possible_duplicates(s, world.fair.fair_id, "010-3333-4444", "", None,
                                           actor=booth_a),
        lambda s: desk.recent_check_ins(s, world.fair.fair_id, actor=booth_a),
        lambda s: badges.badge_rows(s, world.fair.fair_id, actor=booth_a),
        lambda s: check_in(s, booth_a, world.newcomer),
        lambda s: export.export_tables(s, world.fair.fair_id, actor=booth_a),
        lambda s: follow_up.follow_up_cases(s, world.fair.fair_id, actor=booth_a),
        lambda s: matching.openings_for_seeker(s, world.private, actor=booth_a),
        lambda s: matching.seeker_header(s, world.private, actor=booth_a),
    ]
    for road in roads:
        with pytest.raises(AccessDeniedError), session_factory() as s:
            road(s)


def test_open_mode_acts_as_the_organizer(session_factory: Factory, world: World) -> None:
    """No accounts: the default actor is the organizer, as before accounts existed."""
    nobody = Actor()
    with session_factory.begin() as s:
        assert get_seeker(s, world.private, actor=nobody).phone == "01033334444"
        assert export.export_tables(s, world.fair.fair_id, keys=("seekers",), actor=nobody)
        purge_fair(s, nobody, world.fair.fair_id, dry_run=True)
