"""The database itself enforces the roles: each role's own login tries what it must not do.

A fresh PostgreSQL database per module, set up by its owner (``set_up_db_roles``), with one
login per role; each login connects with its own address, as a station PC would.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.migrate import upgrade
from jobfair.domain.errors import ValidationError
from jobfair.domain.roles import Role
from jobfair.services.accounts.db_roles import create_db_login, drop_db_login, set_up_db_roles
from jobfair.services.accounts.service import create_account, sign_in
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import record_interview
from tests.conftest import PG_ADMIN_URL, _pg_available
from tests.services.fairkit import SmallFair, small_fair
from tests.services.interviews.test_booth import add_seeker

pytestmark = pytest.mark.postgres

PASSWORD = "station-pw-1234"


@dataclass
class RolesDb:
    owner_url: str
    owner: Engine
    fair: SmallFair
    seeker_id: uuid.UUID
    other_interview: uuid.UUID  # recorded at booth B
    logins: dict[str, str]  # what -> login name

    def url(self, what: str) -> str:
        return (make_engine(self.owner_url).url.set(username=self.logins[what], password=PASSWORD)
                .render_as_string(hide_password=False))


@pytest.fixture(scope="module")
def roles_db() -> Iterator[RolesDb]:
    reason = _pg_available()
    if reason is not None:
        pytest.skip(reason)
    name = f"jobfair_roles_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = admin.url.set(database=name).render_as_string(hide_password=False)
    owner = make_engine(url)
    upgrade(owner)
    factory = make_session_factory(owner)
    fair = small_fair(factory)
    seeker = add_seeker(factory, fair.fair_id, "김철수", provision=True)
    organizer = Actor(name="cli")
    with factory.begin() as s:
        create_account(s, organizer, login="boss", secret="9271", role=Role.ORGANIZER)
        create_account(s, organizer, login="booth-a", secret="4826", role=Role.BOOTH,
                       booth_id=fair.booth_a)
    with factory.begin() as s:
        other = record_interview(s, organizer, fair.booth_b, seeker.id, outcome="pending")
    set_up_db_roles(owner)
    set_up_db_roles(owner)  # a second run (after an upgrade) changes nothing
    tag = uuid.uuid4().hex[:6]
    logins = {"organizer": f"t_org_{tag}", "desk": f"t_desk_{tag}", "booth": f"t_booth_{tag}"}
    create_db_login(owner, logins["organizer"], Role.ORGANIZER, PASSWORD)
    create_db_login(owner, logins["desk"], Role.DESK, PASSWORD)
    create_db_login(owner, logins["booth"], Role.BOOTH, PASSWORD, booth_id=fair.booth_a)
    try:
        yield RolesDb(url, owner, fair, seeker.id, other.id, logins)
    finally:
        owner.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        with admin.connect() as conn:
            for login in logins.values():
                conn.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
        admin.dispose()


@pytest.fixture
def connect(roles_db: RolesDb) -> Iterator[object]:
    engines: list[Engine] = []

    def _connect(what: str) -> Engine:
        engine = make_engine(roles_db.url(what))
        engines.append(engine)
        return engine

    yield _connect
    for engine in engines:
        engine.dispose()


def denied(engine: Engine, sql: str, **params: object) -> bool:
    """Whether ``sql`` is refused (permission or row-level security), or touches no row."""
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return result.rowcount == 0 if result.returns_rows is False else False
    except (ProgrammingError, DBAPIError) as exc:
        message = str(exc.orig)
        assert "permission denied" in message or "row-level security" in message, message
        return True


def test_a_booth_login_cannot_read_accounts_of_others_nor_admin_tables(
    roles_db: RolesDb, connect: object
) -> None:
    booth = connect("booth")  # type: ignore[operator]
    with booth.connect() as conn:
        logins = conn.scalars(text("SELECT login FROM account")).all()
    assert logins == ["booth-a"]  # its own booth's account, to sign in; never the organizer's
    for table in ("follow_up_call", "recommendation", "sync_conflict"):
        assert denied(booth, f"SELECT * FROM {table}")
    assert denied(booth, "SELECT before, after FROM audit_event")
    assert denied(booth, "UPDATE account SET role = 'organizer' WHERE login = 'booth-a'")
    assert denied(booth, "DELETE FROM seeker")
    assert denied(booth, "UPDATE seeker SET name = 'x'")
    assert denied(booth, "UPDATE jobfair_login_booth SET booth_id = :b",
                  b=roles_db.fair.booth_b)


def test_a_booth_login_cannot_touch_another_booths_interviews(
    roles_db: RolesDb, connect: object
) -> None:
    booth = connect("booth")  # type: ignore[operator]
    assert denied(booth, "UPDATE interview SET outcome = 'hired' WHERE id = :i",
                  i=roles_db.other_interview)
    assert denied(booth, "DELETE FROM interview WHERE id = :i", i=roles_db.other_interview)
    assert denied(booth, "UPDATE interview SET booth_id = :a WHERE id = :i",
                  a=roles_db.fair.booth_a, i=roles_db.other_interview)
    assert denied(booth, "UPDATE opening SET headcount = 99")
    with roles_db.owner.connect() as conn:
        outcome = conn.scalar(text("SELECT outcome FROM interview WHERE id = :i"),
                              {"i": roles_db.other_interview})
    assert outcome == "pending"
    # nor record one in another booth's name, through the services
    factory = make_session_factory(booth)
    with pytest.raises(DBAPIError, match="row-level security"), factory.begin() as s:
        record_interview(s, Actor(name="booth-a"), roles_db.fair.booth_b, roles_db.seeker_id,
                         outcome="second", allow_repeat=True)


def test_a_booth_records_an_interview_at_its_booth_through_the_services(
    roles_db: RolesDb, connect: object
) -> None:
    booth = connect("booth")  # type: ignore[operator]
    factory: sessionmaker[Session] = make_session_factory(booth)
    station = Actor(station_id=uuid.uuid4())
    with factory.begin() as s:
        attempt = sign_in(s, station, "booth-a", "4826")
    account = attempt.account_or_raise()
    who = Actor(station_id=station.station_id, name=account.login, role=Role.BOOTH,
                booth_id=account.booth_id, account_id=account.id)
    with factory.begin() as s:
        view = record_interview(s, who, roles_db.fair.booth_a, roles_db.seeker_id,
                                outcome="hired", opening_id=roles_db.fair.opening_a)
    with roles_db.owner.connect() as conn:
        row = conn.execute(text("SELECT booth_id, outcome FROM interview WHERE id = :i"),
                           {"i": view.id}).one()
    assert tuple(row) == (roles_db.fair.booth_a, "hired")


def test_the_newer_tables_serve_the_booth_and_the_desk(
    roles_db: RolesDb, connect: object
) -> None:
    """Evaluations' tags at a booth, the fair's own questions and the referrals at the desk work
    through the role logins (each new table has its grants, not only the organizer's)."""
    from jobfair.services.hall.next_booths import record_referrals, suggest_booths
    from jobfair.services.interviews.evaluations import save_evaluation, set_employer_tags
    from jobfair.services.setup.fields import FieldInput, add_field, list_fields

    owner_factory = make_session_factory(roles_db.owner)
    boss = Actor(name="cli")
    with owner_factory.begin() as s:
        tags = set_employer_tags(s, boss, roles_db.fair.employer_a, ["경력자", "야간 가능"])
        add_field(s, boss, roles_db.fair.fair_id, FieldInput("driving", "yes_no", "운전 가능"))
    booth_factory: sessionmaker[Session] = make_session_factory(
        connect("booth"))  # type: ignore[operator]
    station = Actor(station_id=uuid.uuid4())
    with booth_factory.begin() as s:
        account = sign_in(s, station, "booth-a", "4826").account_or_raise()
    who = Actor(station_id=station.station_id, name=account.login, role=Role.BOOTH,
                booth_id=account.booth_id, account_id=account.id)
    with booth_factory.begin() as s:
        view = record_interview(s, who, roles_db.fair.booth_a, roles_db.seeker_id,
                                outcome="second", opening_id=roles_db.fair.opening_a,
                                allow_repeat=True)
        save_evaluation(s, who, view.id, rating=4, tag_ids=[tags[1].id], note="야간 근무 희망")
        assert [f.key for f in list_fields(s, roles_db.fair.fair_id)] == ["driving"]
    with roles_db.owner.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM interview_tag")) == 1
    desk_factory: sessionmaker[Session] = make_session_factory(
        connect("desk"))  # type: ignore[operator]
    with desk_factory.begin() as s:
        assert [f.key for f in list_fields(s, roles_db.fair.fair_id)] == ["driving"]
        now = who.now()
        record_referrals(s, roles_db.seeker_id, suggest_booths(s, roles_db.seeker_id, now), now)


def test_a_desk_login_checks_in_but_never_deletes_interviews(
    roles_db: RolesDb, connect: object
) -> None:
    desk = connect("desk")  # type: ignore[operator]
    assert denied(desk, "DELETE FROM interview")
    assert denied(desk, "UPDATE interview SET outcome = 'hired'")
    assert denied(desk, "INSERT INTO follow_up_call (id) VALUES (gen_random_uuid())")
    assert denied(desk, "SELECT * FROM recommendation")
    assert denied(desk, "UPDATE fair SET name = 'x'")
    with desk.connect() as conn:
        assert conn.scalars(text("SELECT login FROM account")).all() == []  # no desk accounts
        assert conn.scalar(text("SELECT count(*) FROM seeker")) >= 1


def test_the_organizer_login_may_do_everything(roles_db: RolesDb, connect: object) -> None:
    organizer = connect("organizer")  # type: ignore[operator]
    with organizer.begin() as conn:
        assert len(conn.scalars(text("SELECT login FROM account")).all()) == 2
        conn.execute(text("SELECT * FROM follow_up_call"))
        conn.execute(text("UPDATE interview SET notes = notes"))


def test_logins_are_checked(roles_db: RolesDb) -> None:
    with pytest.raises(ValidationError):
        create_db_login(roles_db.owner, "Bad Name", Role.DESK, PASSWORD)
    with pytest.raises(ValidationError):
        create_db_login(roles_db.owner, "t_nobooth", Role.BOOTH, PASSWORD)
    with pytest.raises(ValidationError):
        create_db_login(roles_db.owner, "t_short", Role.DESK, "short")
    drop_db_login(roles_db.owner, "t_never_made")


def test_the_command_line_sets_up_roles_and_a_booth_login(
    roles_db: RolesDb, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    qapp: object,
) -> None:
    from jobfair.app import main

    with roles_db.owner.connect() as conn:
        label = conn.scalar(text("SELECT label FROM booth WHERE id = :b"),
                            {"b": roles_db.fair.booth_a})
    login = f"t_cli_{uuid.uuid4().hex[:6]}"
    monkeypatch.setenv("JOBFAIR_NEW_DB_PASSWORD", PASSWORD)
    monkeypatch.setenv("JOBFAIR_PIN", "9271")
    try:
        code = main(["db-roles", "--db", roles_db.owner_url, "--user", "boss", "--login", login,
                     "--role", "booth", "--booth", str(label), "--lang", "en"])
        out = capsys.readouterr().out
        assert code == 0 and login in out
        roles_db.logins["cli"] = login
        booth = make_engine(roles_db.url("cli"))
        assert denied(booth, "UPDATE interview SET outcome = 'hired' WHERE id = :i",
                      i=roles_db.other_interview)
        booth.dispose()
    finally:
        drop_db_login(roles_db.owner, login)


def test_sqlite_has_no_database_roles(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    from jobfair.app import main

    assert main(["db-roles", "--db", sqlite_url, "--lang", "en"]) != 0
    assert "PostgreSQL only" in capsys.readouterr().err
