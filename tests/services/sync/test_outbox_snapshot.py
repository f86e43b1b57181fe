"""A station PC's offline copy holds neither the keys nor more than the seeker agreed to show:
read back byte for byte from the file, as whoever carries the PC off would read it."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from jobfair.domain import badge_code
from jobfair.domain.errors import JobFairError, NotFoundError
from jobfair.domain.target_groups import DeclaredGroup
from jobfair.services.interviews.booth import seeker_card
from jobfair.services.seekers.badges import badge_for, badge_secret, resolve_seeker
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.sync.outbox import Outbox
from jobfair.services.sync.snapshot import (
    find_offline,
    has_snapshot,
    offline_card,
    refresh_snapshot,
)
from tests.services.fairkit import SmallFair, actor, small_fair

Factory = sessionmaker[Session]

SHARED_PHONE = "010-4242-1111"
SHARED_HOME = "경기도 양주시 공유동 11"
PRIVATE_PHONE = "010-7373-2222"
PRIVATE_HOME = "서울특별시 마포구 비밀동 22"


@dataclass
class Fair:
    fair: SmallFair
    shared: uuid.UUID
    private: uuid.UUID
    codes: dict[uuid.UUID, str]
    secret: str


def _seeker(name: str, phone: str, home: str, *, provision: bool) -> SeekerInput:
    return SeekerInput(
        name=name, birth_year=1968, phone=phone, residence=home, desired_job="지게차 운전",
        groups=(DeclaredGroup.DISABILITY, DeclaredGroup.CAREER_BREAK),
        consent=Consent(collection=True, provision=provision, sensitive=True),
    )


@pytest.fixture
def world(session_factory: Factory) -> Fair:
    fair = small_fair(session_factory)
    with session_factory.begin() as s:
        shared = register_seeker(s, actor(), fair.fair_id,
                                 _seeker("공유함", SHARED_PHONE, SHARED_HOME, provision=True))
        private = register_seeker(s, actor(), fair.fair_id,
                                  _seeker("비공개", PRIVATE_PHONE, PRIVATE_HOME, provision=False))
        codes = {sid: badge_for(s, sid) for sid in (shared.id, private.id)}
        secret = badge_secret(s)
    return Fair(fair, shared.id, private.id, codes, secret)


def raw_bytes(path: Path) -> bytes:
    """The file and its write-ahead log, as they lie on the disk."""
    return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists())


def refresh(session_factory: Factory, box: Outbox, fair: SmallFair, booth: bool = True) -> None:
    with session_factory() as s:
        refresh_snapshot(box, s, actor(), fair.fair_id, fair.booth_a if booth else None)


@pytest.mark.parametrize("booth", [True, False], ids=["booth", "desk"])
def test_the_copy_holds_no_badge_secret_no_codes_and_no_private_details(
    session_factory: Factory, world: Fair, tmp_path: Path, booth: bool
) -> None:
    path = tmp_path / "outbox.sqlite"
    box = Outbox(path)
    refresh(session_factory, box, world.fair, booth)
    refresh(session_factory, box, world.fair, booth)  # a second refresh leaves nothing behind
    box.close()
    raw = raw_bytes(path)
    assert world.secret.encode() not in raw
    for code in world.codes.values():
        assert code.encode() not in raw and badge_code.format_code(code).encode() not in raw
    for value in (PRIVATE_PHONE, PRIVATE_HOME, SHARED_PHONE, SHARED_HOME):
        assert value.encode() not in raw
    assert "지게차".encode() in raw if booth else "지게차".encode() not in raw  # a desk: names


def test_the_offline_card_is_the_online_card_without_phone_and_address(
    session_factory: Factory, world: Fair, tmp_path: Path
) -> None:
    """The same consent rule (``booth.card_details``): a seeker who refused provision shows
    what the server's card shows them with, and nothing more; no disability."""
    box = Outbox(tmp_path / "outbox.sqlite")
    refresh(session_factory, box, world.fair)
    for seeker_id, code in world.codes.items():
        found = find_offline(box, world.fair.fair_id, code)
        offline = offline_card(box, world.fair.booth_a, found, "")
        with session_factory() as s:
            online = seeker_card(s, world.fair.booth_a, seeker_id, can_see_details=True,
                                 actor=actor())
        same = ("seeker_id", "badge_no", "name", "age_band", "desired_keco", "desired_job",
                "target_groups", "details_shared")
        assert {f: getattr(offline, f) for f in same} == {f: getattr(online, f) for f in same}
        assert offline.phone is None and offline.residence is None
    private = find_offline(box, world.fair.fair_id, world.codes[world.private])
    shared = find_offline(box, world.fair.fair_id, world.codes[world.shared])
    assert DeclaredGroup.DISABILITY not in private.target_groups and not private.details_shared
    assert DeclaredGroup.DISABILITY in shared.target_groups and shared.details_shared


def test_issued_badges_resolve_offline_and_others_are_refused_as_online(
    session_factory: Factory, world: Fair, tmp_path: Path
) -> None:
    box = Outbox(tmp_path / "outbox.sqlite")
    refresh(session_factory, box, world.fair)
    code = world.codes[world.private]
    typed = badge_code.format_code(code).lower()
    assert find_offline(box, world.fair.fair_id, typed).seeker_id == world.private

    forged = badge_code.make_code("a secret guessed wrong", 4711)  # a right check character
    assert badge_code.looks_like_code(forged)
    mistyped = ("3" if code[0] == "2" else "2") + code[1:]  # one character wrong
    for text in (mistyped, "홍길동", "K7QF4-M2XRA-9TB3C"):
        with pytest.raises(JobFairError) as online, session_factory() as s:
            resolve_seeker(s, world.fair.fair_id, text)
        with pytest.raises(JobFairError) as offline:
            find_offline(box, world.fair.fair_id, text)
        assert type(offline.value) is type(online.value), text
        assert str(offline.value) == str(online.value), text
    # Well formed but not in the copy: forged, or genuine but printed after the refresh. The
    # copy cannot tell which, so it says both and points to the paper sheet; nothing is kept.
    for text in (forged, badge_code.make_code(world.secret, 4711)):
        with pytest.raises(NotFoundError) as offline:
            find_offline(box, world.fair.fair_id, text)
        assert badge_code.format_code(text) in str(offline.value)
        assert "paper" in str(offline.value)


OLD_LAYOUT = """
CREATE TABLE snap_seeker (fair_id INTEGER NOT NULL, seeker_id VARCHAR(36) PRIMARY KEY,
    badge_no INTEGER, code VARCHAR(40), name VARCHAR(100) NOT NULL, card TEXT NOT NULL,
    checked_in_at VARCHAR(40));
CREATE INDEX ix_snap_seeker_code ON snap_seeker (code);
CREATE TABLE snap_meta (key VARCHAR(60) PRIMARY KEY, value TEXT NOT NULL);
"""


def test_a_file_from_before_loses_the_secret_and_the_codes(
    session_factory: Factory, world: Fair, tmp_path: Path
) -> None:
    """A station that kept the secret (and plain codes) in its copy, refreshed many times."""
    path = tmp_path / "outbox.sqlite"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(OLD_LAYOUT)
        for round_ in range(20):  # each refresh rewrote them: old copies in free space
            with conn:
                conn.execute("DELETE FROM snap_seeker")
                conn.execute("DELETE FROM snap_meta")
                for n, (sid, code) in enumerate(world.codes.items()):
                    conn.execute("INSERT INTO snap_seeker VALUES (?, ?, ?, ?, ?, '{}', NULL)",
                                 (world.fair.fair_id, str(sid), n + 1, code, f"옛이름{round_}"))
                conn.executemany("INSERT INTO snap_meta VALUES (?, ?)", [
                    ("secret", world.secret), (f"refreshed/{world.fair.fair_id}", "x"),
                    (f"timezone/{world.fair.fair_id}", "Asia/Seoul")])
    assert world.secret.encode() in raw_bytes(path)

    box = Outbox(path)  # the station starts
    assert not has_snapshot(box, world.fair.fair_id)  # the old copy went with the secret
    assert world.secret.encode() not in raw_bytes(path)
    refresh(session_factory, box, world.fair)
    code = world.codes[world.shared]
    assert find_offline(box, world.fair.fair_id, code).seeker_id == world.shared
    box.close()
    raw = raw_bytes(path)
    assert world.secret.encode() not in raw
    assert all(c.encode() not in raw for c in world.codes.values())
