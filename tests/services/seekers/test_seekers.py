"""Registering seekers: itemised consent, sensitive data, phone numbers, replays."""

from __future__ import annotations

import threading
import uuid
from datetime import datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Seeker
from jobfair.domain.errors import ValidationError
from jobfair.services.context import Actor
from jobfair.services.seekers.service import Consent, get_seeker, register_seeker
from tests.services.fairkit import FAIR_DAY, actor, seeker_input, small_fair


def _count(factory: sessionmaker[Session]) -> int:
    with factory() as s:
        return s.scalar(select(func.count()).select_from(Seeker)) or 0


def test_register_stores_clean_fields(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with session_factory.begin() as s:
        view = register_seeker(
            s, actor(), ids.fair_id,
            seeker_input("  김   민준 ", phone="+82 10 1234 5678", groups=("veteran",)),
        )
    assert view.name == "김 민준"
    assert view.phone == "01012345678"
    assert view.groups == ("veteran",)
    assert view.badge_no == 1
    assert view.checked_in_at is None
    with session_factory() as s:
        row = s.get(Seeker, view.id)
        assert row is not None
        assert row.consent_collection is True
        assert row.consent_provision is False
        assert row.consent_notice_version == "2015-1"
        assert row.consent_at.tzinfo is not None


def test_consent_to_collection_is_required(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        register_seeker(
            s, actor(), ids.fair_id,
            seeker_input(consent=Consent(collection=False, provision=True)),
        )
    assert info.value.field == "consent_collection"
    assert _count(session_factory) == 0


def test_refusing_optional_provision_does_not_block(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with session_factory.begin() as s:
        view = register_seeker(
            s, actor(), ids.fair_id, seeker_input(consent=Consent(collection=True, provision=False))
        )
    assert view.consent_provision is False


def test_disability_needs_its_own_consent(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        register_seeker(s, actor(), ids.fair_id, seeker_input(groups=("disability",)))
    assert info.value.field == "groups"
    assert _count(session_factory) == 0
    with session_factory.begin() as s:
        view = register_seeker(
            s, actor(), ids.fair_id,
            seeker_input(groups=("disability",), consent=Consent(True, sensitive=True)),
        )
    assert view.groups == ("disability",)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"phone": "010-12"}, "phone"),
        ({"phone": "call me"}, "phone"),
        ({"birth_year": 2010}, "birth_year"),  # 5 at the 2015 fair
        ({"birth_year": 1900}, "birth_year"),
        ({"groups": ("astronaut",)}, "groups"),
    ],
)
def test_bad_fields(
    session_factory: sessionmaker[Session], kwargs: dict[str, object], field: str
) -> None:
    ids = small_fair(session_factory)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        register_seeker(s, actor(), ids.fair_id, seeker_input(**kwargs))  # type: ignore[arg-type]
    assert info.value.field == field


def test_empty_name(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        register_seeker(s, actor(), ids.fair_id, seeker_input("  "))
    assert info.value.field == "name"


def test_replay_of_the_same_id_does_not_double(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    seeker_id = uuid.uuid4()
    data = seeker_input(seeker_id=seeker_id)
    with session_factory.begin() as s:
        first = register_seeker(s, actor(), ids.fair_id, data)
    with session_factory.begin() as s:
        again = register_seeker(s, actor(), ids.fair_id, data)
    assert again.id == first.id == seeker_id
    assert again.badge_no == first.badge_no == 1
    assert _count(session_factory) == 1
    with session_factory.begin() as s:
        other = register_seeker(s, actor(), ids.fair_id, seeker_input("이서연"))
    assert other.badge_no == 2
    with session_factory() as s:
        assert get_seeker(s, seeker_id, actor=Actor()).name == "김민준"


def test_two_desks_registering_at_once_get_distinct_badges(
    session_factory: sessionmaker[Session],
) -> None:
    """Both desks read the same highest badge number; the second must not fail or double."""
    ids = small_fair(session_factory)
    postgres = session_factory.kw["bind"].dialect.name == "postgresql"
    barrier = threading.Barrier(2, timeout=10)
    waited = threading.local()

    def clock() -> datetime:
        # register_seeker reads the clock before it picks the badge number: on PostgreSQL, hold
        # both desks there so both read the same highest number (SQLite serialises writers)
        if postgres and not getattr(waited, "done", False):
            waited.done = True
            barrier.wait()
        return FAIR_DAY

    results: list[object] = []

    def desk(name: str) -> None:
        try:
            with session_factory.begin() as s:
                view = register_seeker(s, Actor(uuid.uuid4(), name, clock), ids.fair_id,
                                       seeker_input(name))
            results.append(view.badge_no)
        except Exception as exc:  # reported below
            results.append(exc)

    threads = [threading.Thread(target=desk, args=(n,)) for n in ("박지훈", "최유진")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results) == [1, 2], results  # type: ignore[type-var]
