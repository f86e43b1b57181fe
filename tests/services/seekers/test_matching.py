from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, Recommendation
from jobfair.domain.matching import R_KECO_MIDDLE, R_SAME_CITY
from jobfair.services.context import Actor
from jobfair.services.interviews.service import log_interview, set_outcome
from jobfair.services.seekers.matching import (
    mark_recommended,
    openings_for_seeker,
    recommendation_outcomes,
    seekers_for_employer,
    unmark_recommended,
)
from jobfair.services.seekers.service import Consent, register_seeker
from jobfair.services.setup.fairs import OpeningInput, add_opening
from tests.services.fairkit import SmallFair, actor, seeker_input, small_fair


def _fair(factory: sessionmaker[Session]) -> tuple[SmallFair, int]:
    ids = small_fair(factory)
    with factory.begin() as s:
        sewing = add_opening(s, actor(), ids.fair_id, ids.employer_a, OpeningInput(
            "미싱사", 2, "8602", work_place="경기도 양주시 은현면",
        ))
    return ids, sewing.id


def _seeker(factory: sessionmaker[Session], fair_id: int, name: str, provision: bool,
            phone: str) -> object:
    data = seeker_input(name, phone=phone, consent=Consent(collection=True, provision=provision))
    data = data.__class__(**{**data.__dict__, "residence": "양주시", "desired_keco": "8601"})
    with factory.begin() as s:
        return register_seeker(s, actor(), fair_id, data).id


def test_openings_for_seeker_ranks_local_sewing_first(
    session_factory: sessionmaker[Session],
) -> None:
    ids, sewing = _fair(session_factory)
    seeker = _seeker(session_factory, ids.fair_id, "박서연", True, "010-1111-2222")
    with session_factory() as s:
        matches = openings_for_seeker(s, seeker, actor=Actor())  # type: ignore[arg-type]
    assert matches[0].opening_id == sewing
    assert matches[0].booth_label == "A-1"
    assert matches[0].employer_name == "(주)양주섬유"
    assert [r.template for r in matches[0].reasons] == [R_KECO_MIDDLE, R_SAME_CITY]
    assert [m.opening_id for m in matches] == [sewing, ids.opening_a]  # "8": same major only


def test_non_consenting_seeker_never_reaches_an_employer(
    session_factory: sessionmaker[Session],
) -> None:
    ids, sewing = _fair(session_factory)
    shared = _seeker(session_factory, ids.fair_id, "박서연", True, "010-1111-2222")
    _seeker(session_factory, ids.fair_id, "최지우", False, "010-3333-4444")
    with session_factory() as s:
        found = seekers_for_employer(s, ids.employer_a, actor=Actor())
    assert [m.seeker_id for m in found] == [shared]
    assert found[0].opening_id == sewing and found[0].residence_city == "양주"
    assert found[0].age_band == "10-30s"


def test_recommendations_are_audited_and_counted(
    session_factory: sessionmaker[Session],
) -> None:
    ids, sewing = _fair(session_factory)
    one = _seeker(session_factory, ids.fair_id, "박서연", True, "010-1111-2222")
    two = _seeker(session_factory, ids.fair_id, "최지우", True, "010-3333-4444")
    three = _seeker(session_factory, ids.fair_id, "정하늘", True, "010-5555-6666")
    who = actor("counsellor")
    with session_factory.begin() as s:
        for seeker in (one, two, three):
            mark_recommended(s, who, seeker, sewing, note="봉제 경력")  # type: ignore[arg-type]
        mark_recommended(s, who, one, sewing)  # type: ignore[arg-type]  # again: no double
        mark_recommended(s, who, one, ids.opening_b1)  # type: ignore[arg-type]
    with session_factory() as s:
        assert openings_for_seeker(s, one, actor=Actor())[0].recommended  # type: ignore[arg-type]
        out = recommendation_outcomes(s, ids.fair_id)
    assert (out.recommended, out.interviewed, out.hired) == (4, 0, 0)
    with session_factory.begin() as s:
        # one: hired on the spot at A; two: interviewed at A, hired after the fair (final);
        # three: interviewed at B only, which is not the recommended employer
        log_interview(s, who, seeker_id=one, booth_id=ids.booth_a,  # type: ignore[arg-type]
                      opening_id=sewing, outcome="hired")
        second = log_interview(s, who, seeker_id=two, booth_id=ids.booth_a,  # type: ignore[arg-type]
                               opening_id=sewing, outcome="pending")
        log_interview(s, who, seeker_id=three, booth_id=ids.booth_b)  # type: ignore[arg-type]
    with session_factory() as s:
        out = recommendation_outcomes(s, ids.fair_id)
    assert (out.recommended, out.interviewed, out.hired) == (4, 2, 1)
    with session_factory.begin() as s:
        set_outcome(s, who, second.id, "hired")
    with session_factory() as s:
        out = recommendation_outcomes(s, ids.fair_id)
    assert (out.interviewed, out.hired) == (2, 2)
    with session_factory.begin() as s:
        assert unmark_recommended(s, who, three, sewing)  # type: ignore[arg-type]
        assert not unmark_recommended(s, who, three, sewing)  # type: ignore[arg-type]
    with session_factory() as s:
        assert len(s.scalars(select(Recommendation)).all()) == 3
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "recommendation")
        ).all()
    assert sorted(actions) == ["recommend"] * 4 + ["unrecommend"]
