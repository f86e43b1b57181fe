"""Text as people type and paste it: decomposed Hangul is stored composed; names holding
control, bidirectional or zero-width characters are refused with a message naming the field."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Employer, Seeker
from jobfair.domain.errors import ValidationError
from jobfair.domain.roles import Role
from jobfair.domain.text import BIDI_CONTROLS, ZERO_WIDTH
from jobfair.i18n import error_message
from jobfair.services.accounts.service import create_account
from jobfair.services.checkins.desk import possible_duplicates, search_seekers
from jobfair.services.context import Actor
from jobfair.services.seekers.service import register_seeker
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    OpeningInput,
    add_booth,
    add_employer,
    add_opening,
    create_fair,
)
from tests.services.fairkit import (
    BIZNO_A,
    BIZNO_C,
    FAIR_DAY,
    actor,
    register,
    seeker_input,
    small_fair,
)

KIM = "김철수"
KIM_JAMO = unicodedata.normalize("NFD", KIM)  # "\u1100\u1175\u11b7\u110e…": 7 code points


def test_decomposed_name_is_stored_composed_and_found(
    session_factory: sessionmaker[Session],
) -> None:
    assert len(KIM_JAMO) > len(KIM) and KIM_JAMO != KIM
    fair_id = small_fair(session_factory).fair_id
    view = register(session_factory, fair_id, KIM_JAMO, phone="010-1111-2222", birth_year=1980)
    assert view.name == KIM
    with session_factory() as s:
        stored = s.scalar(select(Seeker.name).where(Seeker.id == view.id))
        assert stored == KIM and len(stored) == 3
        # Typed composed, typed decomposed: both find the seeker.
        for query in (KIM, KIM_JAMO, KIM_JAMO[:6]):  # [:6] is 김철
            assert [r.name for r in search_seekers(s, fair_id, query, actor=Actor())] == [KIM]
        # The desk's duplicate check with the other form of the same name.
        twins = possible_duplicates(s, fair_id, "", KIM_JAMO, 1980, actor=Actor())
        assert [r.name for r in twins] == [KIM]
    with session_factory() as s:
        twins_of_composed = possible_duplicates(s, fair_id, "", KIM, 1980, actor=Actor())
    assert [r.name for r in twins_of_composed] == [KIM]


def test_setup_names_are_stored_composed(session_factory: sessionmaker[Session]) -> None:
    who = actor()
    with session_factory.begin() as s:
        fair = create_fair(s, who, FairInput(unicodedata.normalize("NFD", "양주 박람회"),
                                             FAIR_DAY.date()))
        employer = add_employer(s, who, fair.id, EmployerInput(
            unicodedata.normalize("NFD", "(주)양주섬유"), BIZNO_A, "C",
            contact_name=unicodedata.normalize("NFD", "박진")))
        opening = add_opening(s, who, fair.id, employer.id,
                              OpeningInput(unicodedata.normalize("NFD", "봉제원"), 2))
        assert fair.name == "양주 박람회" and opening.title == "봉제원"
    with session_factory() as s:
        row = s.get(Employer, employer.id)
        assert row is not None
        assert (row.name, row.contact_name) == ("(주)양주섬유", "박진")


FORBIDDEN = [*sorted(BIDI_CONTROLS | ZERO_WIDTH), "\x00", "\x07", "\t", "\n", "\x1b", "\x7f"]


@pytest.mark.parametrize("ch", FORBIDDEN, ids=lambda c: f"U+{ord(c):04X}")
def test_forbidden_characters_in_names_are_refused(
    session_factory: sessionmaker[Session], ch: str
) -> None:
    kit = small_fair(session_factory)
    code = f"U+{ord(ch):04X}"
    attempts = {
        "seeker": ("name", lambda s: register_in(s, kit.fair_id, f"김{ch}철수")),
        "employer": ("name", lambda s: add_employer(
            s, actor(), kit.fair_id, EmployerInput(f"양주{ch}섬유", BIZNO_C, "C"))),
        "opening": ("title", lambda s: add_opening(
            s, actor(), kit.fair_id, kit.employer_a, OpeningInput(f"봉{ch}제원", 1))),
        "booth": ("label", lambda s: add_booth(s, actor(), kit.fair_id, kit.employer_a,
                                                f"C{ch}-1")),
        "fair": ("name", lambda s: create_fair(s, actor(), FairInput(f"박람{ch}회",
                                                                     FAIR_DAY.date()))),
        "account": ("display_name", lambda s: create_account(
            s, Actor(), login="boss", secret="2580", role=Role.ORGANIZER,
            display_name=f"관리{ch}자")),
    }
    for what, (field, attempt) in attempts.items():
        with session_factory() as s, pytest.raises(ValidationError) as caught:
            attempt(s)
        assert caught.value.field == field, what
        message = error_message(caught.value)
        assert code in message, (what, message)
        assert "U+" in str(caught.value)


def register_in(session: Session, fair_id: int, name: str) -> object:
    return register_seeker(session, actor(), fair_id, seeker_input(name))

