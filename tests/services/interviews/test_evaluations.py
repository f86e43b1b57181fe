"""Evaluations at the booth: the rules of the values, the employer's tag list, and who may read
or write them (the employer's own booths and the organizer, nobody else)."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Interview, InterviewTag
from jobfair.domain.errors import ValidationError
from jobfair.domain.roles import Role
from jobfair.services.accounts.access import AccessDeniedError
from jobfair.services.interviews.evaluations import (
    employer_tags,
    read_evaluation,
    save_evaluation,
    set_employer_tags,
)
from jobfair.services.interviews.service import log_interview
from jobfair.services.setup.fairs import add_booth
from tests.services.fairkit import SmallFair, actor, register, small_fair

Factory = sessionmaker[Session]


@pytest.fixture
def fair(session_factory: Factory) -> SmallFair:
    return small_fair(session_factory)


def _interview(factory: Factory, fair: SmallFair) -> object:
    seeker = register(factory, fair.fair_id)
    with factory.begin() as s:
        return log_interview(s, actor(), seeker_id=seeker.id, booth_id=fair.booth_a).id


def test_tag_list_is_ordered_trimmed_and_kept_by_label(
    session_factory: Factory, fair: SmallFair
) -> None:
    with session_factory.begin() as s:
        first = set_employer_tags(s, actor(), fair.employer_a,
                                  [" 경력자 ", "야간 가능", "", "경력자", "재면접 희망"])
    assert [t.label for t in first] == ["경력자", "야간 가능", "재면접 희망"]
    with session_factory.begin() as s:
        again = set_employer_tags(s, actor(), fair.employer_a, ["재면접 희망", "경력자"])
    assert [t.label for t in again] == ["재면접 희망", "경력자"]
    assert {t.id for t in again} <= {t.id for t in first}  # kept tags keep their ids
    with pytest.raises(ValidationError), session_factory.begin() as s:
        set_employer_tags(s, actor(), fair.employer_a, ["x" * 41])
    desk = dataclasses.replace(actor(), role=Role.DESK)
    with pytest.raises(AccessDeniedError), session_factory.begin() as s:
        set_employer_tags(s, desk, fair.employer_a, ["a"])


def test_save_and_read_an_evaluation(session_factory: Factory, fair: SmallFair) -> None:
    with session_factory.begin() as s:
        tags = set_employer_tags(s, actor(), fair.employer_a,
                                 ["경력자", "야간 가능", "재면접 희망"])
    iid = _interview(session_factory, fair)
    booth_a = dataclasses.replace(actor(), role=Role.BOOTH, booth_id=fair.booth_a)
    with session_factory.begin() as s:
        saved = save_evaluation(s, booth_a, iid, rating=4,  # type: ignore[arg-type]
                                tag_ids=[tags[2].id, tags[0].id], note=" 손이 빠름 ")
    assert saved.rating == 4
    assert [t.label for t in saved.tags] == ["경력자", "재면접 희망"]  # in the list's order
    assert saved.note == "손이 빠름"
    with session_factory() as s:
        row = s.get(Interview, iid)
        assert row is not None and row.rating == 4 and row.notes == "손이 빠름"
        assert len(s.scalars(select(InterviewTag)).all()) == 2
        assert read_evaluation(s, actor(), iid).rating == 4  # type: ignore[arg-type]
    # the rules: 1-5 only, the employer's own tags only, a note of bounded length
    with session_factory.begin() as s:
        other = set_employer_tags(s, actor(), fair.employer_b, ["지게차 면허"])
    for bad in ({"rating": 6}, {"rating": 0}, {"rating": 3, "tag_ids": [other[0].id]},
                {"rating": None, "note": "x" * 1001}):
        with pytest.raises(ValidationError), session_factory.begin() as s:
            save_evaluation(s, booth_a, iid, **bad)  # type: ignore[arg-type]
    # cleared: no rating, no tags
    with session_factory.begin() as s:
        cleared = save_evaluation(s, booth_a, iid, rating=None)  # type: ignore[arg-type]
    assert cleared.rating is None and cleared.tags == () and cleared.note == "손이 빠름"


def test_only_the_employers_booths_and_the_organizer_see_it(
    session_factory: Factory, fair: SmallFair
) -> None:
    iid = _interview(session_factory, fair)
    with session_factory.begin() as s:
        second_booth_a = add_booth(s, actor(), fair.fair_id, fair.employer_a, "A-2").id
    with session_factory.begin() as s:
        save_evaluation(s, actor(), iid, rating=5, note="좋음")  # type: ignore[arg-type]
    other_employer = dataclasses.replace(actor(), role=Role.BOOTH, booth_id=fair.booth_b)
    desk = dataclasses.replace(actor(), role=Role.DESK)
    for who in (other_employer, desk):
        with pytest.raises(AccessDeniedError), session_factory() as s:
            read_evaluation(s, who, iid)  # type: ignore[arg-type]
        with pytest.raises(AccessDeniedError), session_factory.begin() as s:
            save_evaluation(s, who, iid, rating=1)  # type: ignore[arg-type]
    same_employer = dataclasses.replace(actor(), role=Role.BOOTH, booth_id=second_booth_a)
    with session_factory() as s:
        assert read_evaluation(s, same_employer, iid).note == "좋음"  # type: ignore[arg-type]
        assert employer_tags(s, fair.employer_b) == ()
    with session_factory() as s:
        assert s.get(Interview, iid).rating == 5  # type: ignore[union-attr]
