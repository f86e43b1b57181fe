"""An opening's requirements of the fair's own fields: set from the setup, checked, audited,
copied with the fair, and read by the matching (a sensitive answer's value never in a reason)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, FairField
from jobfair.domain.errors import ValidationError
from jobfair.domain.matching import POINTS_FIELD, R_FIELD, R_FIELD_HIDDEN
from jobfair.services.seekers.matching import openings_for_seeker, seekers_for_employer
from jobfair.services.seekers.service import Consent, register_seeker
from jobfair.services.setup.fields import FieldInput, add_field, delete_field
from jobfair.services.setup.requirements import (
    Requirement,
    opening_requirements,
    requirable_fields,
    set_opening_requirements,
)
from tests.services.fairkit import SmallFair, actor, seeker_input, small_fair

FIELDS = (
    FieldInput("driving", "yes_no", "운전 가능", "Can drive"),
    FieldInput("place", "choices", "희망 근무지", choices=("양주", "의정부")),
    FieldInput("visa", "choice", "체류자격", choices=("F-4", "E-9"), sensitive=True),
    FieldInput("memo", "text", "메모"),
)


def fair_with_fields(factory: sessionmaker[Session]) -> SmallFair:
    fair = small_fair(factory)
    with factory.begin() as s:
        for f in FIELDS:
            add_field(s, actor(), fair.fair_id, f)
    return fair


def seeker(factory: sessionmaker[Session], fair: SmallFair, name: str, phone: str,
           answers: dict[str, object], provision: bool = True) -> object:
    data = replace(seeker_input(name, phone=phone, consent=Consent(
        collection=True, provision=provision, sensitive=True)), answers=tuple(answers.items()))
    with factory.begin() as s:
        return register_seeker(s, actor(), fair.fair_id, data).id


def test_requirements_are_checked_stored_and_audited(
    session_factory: sessionmaker[Session],
) -> None:
    fair = fair_with_fields(session_factory)
    with session_factory.begin() as s:
        fields = requirable_fields(s, fair.fair_id)
        assert [(f.key, f.answers) for f in fields] == [
            ("driving", (True, False)), ("place", ("양주", "의정부")), ("visa", ("F-4", "E-9"))]
        with pytest.raises(ValidationError):
            set_opening_requirements(s, actor(), fair.opening_b1, [Requirement("memo", "x")])
        with pytest.raises(ValidationError):
            set_opening_requirements(s, actor(), fair.opening_b1, [Requirement("place", "서울")])
        set_opening_requirements(s, actor(), fair.opening_b1, [Requirement("driving", True)])
    with session_factory() as s:
        assert opening_requirements(s, fair.opening_b1) == (Requirement("driving", True),)
        assert opening_requirements(s, fair.opening_a) == ()
        events = s.scalars(select(AuditEvent).where(
            AuditEvent.entity == "opening_requirements")).all()
        assert len(events) == 1
    with session_factory.begin() as s:
        set_opening_requirements(s, actor(), fair.opening_b1, [])
    with session_factory() as s:
        assert opening_requirements(s, fair.opening_b1) == ()


def test_matching_counts_a_met_requirement_without_showing_a_sensitive_answer(
    session_factory: sessionmaker[Session],
) -> None:
    fair = fair_with_fields(session_factory)
    with session_factory.begin() as s:
        set_opening_requirements(s, actor(), fair.opening_b1, [Requirement("driving", True)])
        set_opening_requirements(s, actor(), fair.opening_b2, [Requirement("visa", "F-4")])
    driver = seeker(session_factory, fair, "운전자", "010-1212-0001",
                    {"driving": True, "visa": "F-4"})
    walker = seeker(session_factory, fair, "보행자", "010-1212-0002", {"driving": False})
    with session_factory() as s:
        matches = openings_for_seeker(s, driver, actor=actor())  # type: ignore[arg-type]
        none = openings_for_seeker(s, walker, actor=actor())  # type: ignore[arg-type]
        candidates = seekers_for_employer(s, fair.employer_b, actor=actor())
    by_opening = {m.opening_id: m for m in matches}
    assert by_opening[fair.opening_b1].score == POINTS_FIELD
    assert [r.render() for r in by_opening[fair.opening_b1].reasons] == [
        "운전 가능: 예, as the opening asks"]
    (hidden,) = by_opening[fair.opening_b2].reasons
    assert hidden.template == R_FIELD_HIDDEN and "F-4" not in hidden.render()
    assert none == []
    assert [c.seeker_id for c in candidates] == [driver]
    assert candidates[0].reasons[0].template in (R_FIELD, R_FIELD_HIDDEN)

    # a field deleted: its requirement no longer counts
    with session_factory.begin() as s:
        field_id = s.scalars(select(FairField.id).where(FairField.key == "driving")).one()
        delete_field(s, actor(), field_id)
    with session_factory() as s:
        matches = openings_for_seeker(s, driver, actor=actor())  # type: ignore[arg-type]
    assert fair.opening_b1 not in {m.opening_id for m in matches}
