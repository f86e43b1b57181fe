"""The booth's operations without Qt: every result kind, the questions and their safe answers,
nothing dropped, and the same rules offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import CheckIn, Interview, QueueEntry
from jobfair.domain.codes import Outcome
from jobfair.operations.booth import BoothOperations, CardShown, OutcomeDone, Queued
from jobfair.operations.results import (
    KeptOffline,
    NeedsConfirmation,
    QuestionKind,
    Recorded,
    Refused,
)
from jobfair.services.interviews.booth import enqueue
from jobfair.services.seekers.badges import ensure_badges
from jobfair.services.seekers.service import SeekerView
from jobfair.services.sync import replay as outbox_replay
from jobfair.services.sync.outbox import WAITING, Outbox, StationLink
from jobfair.services.sync.snapshot import refresh_snapshot
from tests.services.fairkit import SmallFair, actor, register, small_fair
from tests.services.sync.test_outbox import station, unreachable_factory

Factory = sessionmaker[Session]


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory, headcount=1)


@pytest.fixture
def people(session_factory: Factory, fair: SmallFair) -> dict[str, SeekerView]:
    names = {"Kim": "010-1234-5678", "Lee": "010-2345-6789", "Park": "010-3456-7890"}
    seekers = {n: register(session_factory, fair.fair_id, n, phone=p) for n, p in names.items()}
    with session_factory.begin() as s:
        ensure_badges(s, [v.id for v in seekers.values()])
    with session_factory() as s:
        return {n: _reload(s, v) for n, v in seekers.items()}


def _reload(session: Session, seeker: SeekerView) -> SeekerView:
    from jobfair.services.seekers.service import load_seeker

    return load_seeker(session, seeker.id)


def ops_for(factory: Factory, fair: SmallFair, booth_id: int | None = None) -> BoothOperations:
    return BoothOperations(factory, station(), fair.fair_id, booth_id or fair.booth_a)


def interviews_of(factory: Factory, seeker: SeekerView) -> list[Interview]:
    with factory() as s:
        return list(s.scalars(select(Interview).where(Interview.seeker_id == seeker.id)
                              .order_by(Interview.started_at)))


def badge(seeker: SeekerView) -> str:
    return f"#{seeker.badge_no}"


def test_a_scan_opens_a_card_that_is_an_interview_from_the_start(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    ops = ops_for(session_factory, fair)
    result = ops.scan(badge(people["Kim"]))
    assert isinstance(result, Recorded)
    shown = result.value
    assert isinstance(shown, CardShown)
    assert shown.card.card.name == "Kim" and shown.card.card.checked_in_by_scan
    [row] = interviews_of(session_factory, people["Kim"])
    assert row.id == shown.card.interview_id and row.outcome is None
    done = ops.choose("second")
    assert isinstance(done, Recorded) and isinstance(done.value, OutcomeDone)
    [row] = interviews_of(session_factory, people["Kim"])
    assert row.outcome == Outcome.SECOND
    assert ops.card is None


def test_the_next_scan_leaves_the_card_undecided_never_dropped(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    ops = ops_for(session_factory, fair)
    ops.scan(badge(people["Kim"]))
    result = ops.scan(badge(people["Lee"]))
    assert isinstance(result, Recorded)
    assert result.value.left_undecided == "Kim"
    [kim] = interviews_of(session_factory, people["Kim"])
    assert kim.outcome is None and kim.voided_at is None
    # scanning Kim again reopens the undecided interview instead of asking or adding one
    again = ops.scan(badge(people["Kim"]))
    assert isinstance(again, Recorded) and again.value.card.reopened
    assert again.value.card.interview_id == kim.id
    ops.choose("pending")
    [kim] = interviews_of(session_factory, people["Kim"])
    assert kim.outcome == Outcome.PENDING


def test_the_repeat_question_adds_nothing_until_yes_and_a_scan_withdraws_it(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    ops = ops_for(session_factory, fair)
    ops.scan(badge(people["Kim"]))
    ops.choose("rejected")
    asked = ops.scan(badge(people["Kim"]))
    assert isinstance(asked, NeedsConfirmation)
    assert asked.question.kind is QuestionKind.REPEAT_INTERVIEW
    assert asked.value is not None and asked.value.card.interview_id is None
    # an outcome key does not answer the question
    assert isinstance(ops.choose("hired", opening_id=fair.opening_a), NeedsConfirmation)
    assert len(interviews_of(session_factory, people["Kim"])) == 1
    # the next badge withdraws it with the safe answer: no extra interview of Kim
    next_card = ops.scan(badge(people["Lee"]))
    assert isinstance(next_card, Recorded)
    assert next_card.value.withdrawn is not None
    assert next_card.value.withdrawn.question.kind is QuestionKind.REPEAT_INTERVIEW
    assert next_card.value.left_undecided is None
    assert len(interviews_of(session_factory, people["Kim"])) == 1
    assert len(interviews_of(session_factory, people["Lee"])) == 1
    # and "yes" adds one
    ops.scan(badge(people["Kim"]))
    added = ops.answer(True)
    assert isinstance(added, Recorded)
    assert len(interviews_of(session_factory, people["Kim"])) == 2


def test_no_to_the_repeat_question_closes_the_card(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    ops = ops_for(session_factory, fair)
    ops.scan(badge(people["Kim"]))
    ops.choose("rejected")
    ops.scan(badge(people["Kim"]))
    assert isinstance(ops.answer(False), Recorded)
    assert ops.card is None and ops.question is None
    assert len(interviews_of(session_factory, people["Kim"])) == 1


def test_a_hire_beyond_the_headcount_asks_and_no_or_a_scan_keeps_it_undecided(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    ops = ops_for(session_factory, fair)
    ops.scan(badge(people["Kim"]))
    assert isinstance(ops.choose("hired", opening_id=fair.opening_a), Recorded)
    ops.scan(badge(people["Lee"]))
    asked = ops.choose("hired", opening_id=fair.opening_a)
    assert isinstance(asked, NeedsConfirmation)
    assert asked.question.kind is QuestionKind.OVER_HEADCOUNT
    assert asked.question.params["name"] == "Lee"
    assert isinstance(ops.answer(False), Recorded)
    assert ops.card is not None  # the card stays for another outcome
    [lee] = interviews_of(session_factory, people["Lee"])
    assert lee.outcome is None
    # asked again, then the next scan withdraws it: still no hire beyond the headcount
    ops.choose("hired", opening_id=fair.opening_a)
    moved_on = ops.scan(badge(people["Park"]))
    assert isinstance(moved_on, Recorded)
    assert moved_on.value.withdrawn is not None and moved_on.value.left_undecided == "Lee"
    [lee] = interviews_of(session_factory, people["Lee"])
    assert lee.outcome is None and not lee.over_headcount
    # yes records it, marked
    ops.scan(badge(people["Lee"]))
    ops.choose("hired", opening_id=fair.opening_a)
    confirmed = ops.answer(True)
    assert isinstance(confirmed, Recorded)
    [lee] = interviews_of(session_factory, people["Lee"])
    assert lee.outcome == Outcome.HIRED and lee.over_headcount


def test_refusals_carry_their_reason(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    ops = ops_for(session_factory, fair)
    bad = ops.scan("K7QF4-M2XRA-9TB3C")
    assert isinstance(bad, Refused) and not bad.needs_server
    assert isinstance(ops.choose("hired"), Refused)  # no card
    ops_b = ops_for(session_factory, fair, fair.booth_b)  # two openings: a hire names one
    ops_b.scan(badge(people["Kim"]))
    refused = ops_b.choose("hired")
    assert isinstance(refused, Refused)
    assert "opening" in str(refused.error)


def test_undo_asks_first_and_no_keeps_the_entry(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    ops = ops_for(session_factory, fair)
    ops.scan(badge(people["Kim"]))
    ops.choose("rejected")
    [kim] = interviews_of(session_factory, people["Kim"])
    asked = ops.ask_undo(kim.id, "Kim", "10:02")
    assert isinstance(asked, NeedsConfirmation)
    assert asked.question.kind is QuestionKind.UNDO_INTERVIEW
    ops.answer(False)
    assert interviews_of(session_factory, people["Kim"])[0].voided_at is None
    ops.ask_undo(kim.id, "Kim", "10:02")
    assert isinstance(ops.answer(True), Recorded)
    assert interviews_of(session_factory, people["Kim"])[0].voided_at is not None


def test_the_queue_and_call_next_open_the_card_and_close_the_entry(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView]
) -> None:
    ops = ops_for(session_factory, fair)
    queued = ops.enqueue(badge(people["Kim"]))
    assert isinstance(queued, Recorded) and isinstance(queued.value, Queued)
    assert queued.value.position == 1
    ops.enqueue(badge(people["Lee"]))
    called = ops.call_next()
    assert isinstance(called, Recorded) and called.value is not None
    assert called.value.card.card.name == "Kim"
    # the next scan comes before a key: Kim keeps an (undecided) interview and leaves the queue
    ops.scan(badge(people["Park"]))
    with session_factory() as s:
        open_entries = s.scalars(select(QueueEntry.seeker_id).where(
            QueueEntry.booth_id == fair.booth_a, QueueEntry.done_at.is_(None))).all()
    assert open_entries == [people["Lee"].id]
    assert len(interviews_of(session_factory, people["Kim"])) == 1
    view = ops.view()
    assert isinstance(view, Recorded)
    assert [w.name for w in view.value.waiting] == ["Lee"]
    assert view.value.day.waiting == 1
    assert {r.name for r in view.value.undecided} == {"Kim", "Park"}
    nobody = ops_for(session_factory, fair, fair.booth_b).call_next()
    assert isinstance(nobody, Recorded) and nobody.value is None


# --- offline ---------------------------------------------------------------------------------


def offline_ops(
    server: Factory, fair: SmallFair, tmp_path: Path
) -> tuple[BoothOperations, Outbox, StationLink]:
    outbox = Outbox(tmp_path / "outbox.sqlite")
    who = station()
    with server() as s:
        refresh_snapshot(outbox, s, who, fair.fair_id, fair.booth_a)
    link = StationLink(outbox, unreachable_factory())
    ops = BoothOperations(unreachable_factory(), who, fair.fair_id, fair.booth_a,
                          outbox=outbox, link=link)
    ops.server.session_factory = unreachable_factory()
    return ops, outbox, link


def test_offline_the_same_rules_hold_and_everything_arrives(
    session_factory: Factory, fair: SmallFair, people: dict[str, SeekerView], tmp_path: Path
) -> None:
    with session_factory.begin() as s:  # one of the single position is taken already
        enqueue(s, actor(), fair.booth_a, people["Park"].id)
    online = ops_for(session_factory, fair)
    online.scan(badge(people["Park"]))
    online.choose("hired", opening_id=fair.opening_a)
    ops, outbox, link = offline_ops(session_factory, fair, tmp_path)
    view = online.view()
    assert isinstance(view, Recorded)
    assert ops.offline is not None
    ops.offline.openings = view.value.day.openings

    card = ops.scan(badge(people["Kim"]))
    assert isinstance(card, KeptOffline) and card.value.card.offline
    assert not link.online
    asked = ops.choose("hired", opening_id=fair.opening_a)
    assert isinstance(asked, NeedsConfirmation)  # the headcount rule, offline too
    assert asked.question.kind is QuestionKind.OVER_HEADCOUNT
    ops.answer(False)
    assert isinstance(ops.choose("second"), KeptOffline)
    ops.scan(badge(people["Lee"]))  # left undecided by the next scan
    again = ops.scan(badge(people["Kim"]))
    assert isinstance(again, NeedsConfirmation)  # decided offline: asks before another
    queued = ops.enqueue(badge(people["Lee"]))  # the queue needs the server
    assert isinstance(queued, Refused) and queued.needs_server
    assert len(outbox.items(WAITING)) >= 4

    for item in outbox.items(WAITING):
        outbox_replay.deliver_item(session_factory, item)
    [kim] = interviews_of(session_factory, people["Kim"])
    assert kim.outcome == Outcome.SECOND
    [lee] = interviews_of(session_factory, people["Lee"])
    assert lee.outcome is None
    with session_factory() as s:
        assert s.scalar(select(CheckIn.id).where(CheckIn.seeker_id == people["Kim"].id))
