"""PostgreSQL roles that make the database itself enforce JobFair's roles.

Run once from the organizer's PC as the database's owner (or a superuser), and again after each
schema upgrade: ``set_up_db_roles`` creates three group roles, NOLOGIN,

* ``jobfair_organizer``: everything;
* ``jobfair_desk``: what the registration desk's services use (seekers, badges, check-ins);
* ``jobfair_booth``: the fair's public tables, the seekers' cards, and the interviews and queue
  of its own booth;

and ``create_db_login`` makes a login role in one of them for each station PC. The services
still check the signed-in account's role (``access.require``); the database is the second
wall, so that whoever copies a booth PC's address and password can do no more than the booth.

Which booth a booth login works for is a row of ``jobfair_login_booth``, kept by the owner,
read by the row-level security policies through ``jobfair_login_booth_id()``. A session setting
(``SET jobfair.booth_id``) would have been simpler, but anybody holding the connection can
change a setting; the booth login cannot change the table.

``TABLE_GRANTS`` is the one place that says which role may do what with which table. It follows
``jobfair.domain.roles.ROLE_PERMISSIONS`` and the tables the services behind each permission
touch: REGISTER (desk) reads and writes seekers, badges, check-ins; INTERVIEW (booth) writes
interviews and the queue; FIGURES (both) reads what the figures count; every station registers
itself (``station``), writes the audit log, reads the part of it the sign-in guard and the
change watcher read, delivers offline conflicts, and signs in (its own kind of account only,
row-level security on ``account``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.roles import Role

GROUP_ROLES: dict[Role, str] = {
    Role.ORGANIZER: "jobfair_organizer",
    Role.DESK: "jobfair_desk",
    Role.BOOTH: "jobfair_booth",
}

LOGIN_BOOTH_TABLE = "jobfair_login_booth"
LOGIN_BOOTH_FUNCTION = "jobfair_login_booth_id"

_SIGN_IN_COLUMNS = "failed_attempts, locked_until, last_sign_in_at, secret_hash, updated_at"
_AUDIT_READ = "SELECT (id, at, fair_id, station_id, action)"  # sign-in guard, change watcher

# table -> role -> privileges. The organizer's group has every privilege on every table.
TABLE_GRANTS: dict[str, dict[Role, tuple[str, ...]]] = {
    "alembic_version": {Role.DESK: ("SELECT",), Role.BOOTH: ("SELECT",)},
    "setting": {Role.DESK: ("SELECT", "INSERT"), Role.BOOTH: ("SELECT",)},
    "fair": {Role.DESK: ("SELECT",), Role.BOOTH: ("SELECT",)},
    "employer": {Role.DESK: ("SELECT",), Role.BOOTH: ("SELECT",)},
    "booth": {Role.DESK: ("SELECT",), Role.BOOTH: ("SELECT",)},
    # a hire locks its opening's row (SELECT ... FOR UPDATE needs an UPDATE grant); row-level
    # security keeps a booth to its own employer's openings
    "opening": {Role.DESK: ("SELECT",), Role.BOOTH: ("SELECT", "UPDATE (headcount)")},
    "station": {Role.DESK: ("SELECT", "INSERT", "UPDATE"),
                Role.BOOTH: ("SELECT", "INSERT", "UPDATE")},
    "seeker": {Role.DESK: ("SELECT", "INSERT", "UPDATE"), Role.BOOTH: ("SELECT",)},
    "badge": {Role.DESK: ("SELECT", "INSERT", "UPDATE"), Role.BOOTH: ("SELECT",)},
    # a booth's queue scan checks the person in
    "checkin": {Role.DESK: ("SELECT", "INSERT", "DELETE"), Role.BOOTH: ("SELECT", "INSERT")},
    "interview": {Role.DESK: ("SELECT",),
                  Role.BOOTH: ("SELECT", "INSERT", "UPDATE", "DELETE")},
    "booth_queue": {Role.DESK: ("SELECT",),
                    Role.BOOTH: ("SELECT", "INSERT", "UPDATE", "DELETE")},
    "audit_event": {Role.DESK: ("INSERT", _AUDIT_READ), Role.BOOTH: ("INSERT", _AUDIT_READ)},
    "sync_conflict": {Role.DESK: ("INSERT",), Role.BOOTH: ("INSERT",)},
    "account": {Role.DESK: ("SELECT", f"UPDATE ({_SIGN_IN_COLUMNS})"),
                Role.BOOTH: ("SELECT", f"UPDATE ({_SIGN_IN_COLUMNS})")},
    LOGIN_BOOTH_TABLE: {Role.BOOTH: ("SELECT",)},
    # where to go next: the desk (and the kiosk, a desk) names booths at check-in
    "referral": {Role.DESK: ("SELECT", "INSERT")},
    # the fair's own questions: asked at the desk, shown on a booth's card within consent
    "fair_field": {Role.DESK: ("SELECT",), Role.BOOTH: ("SELECT",)},
    # evaluations: a booth reads its employer's tag list and tags its interviews
    "employer_tag": {Role.BOOTH: ("SELECT",)},
    "interview_tag": {Role.BOOTH: ("SELECT", "INSERT", "DELETE")},
    # follow_up_call, recommendation: the organizer's only
}

_MY_BOOTH = f"{LOGIN_BOOTH_FUNCTION}()"
_OWN_BOOTH = f"booth_id = {_MY_BOOTH}"

# table -> role -> (command, USING, WITH CHECK); a role without a policy on a table with
# row-level security sees and changes nothing of it.
ROW_POLICIES: dict[str, dict[Role, tuple[tuple[str, str | None, str | None], ...]]] = {
    "interview": {
        Role.DESK: (("SELECT", "true", None),),
        # every booth's interviews count in the figures and the headcounts; writes: its own
        Role.BOOTH: (("SELECT", "true", None), ("INSERT", None, _OWN_BOOTH),
                     ("UPDATE", _OWN_BOOTH, _OWN_BOOTH), ("DELETE", _OWN_BOOTH, None)),
    },
    "booth_queue": {
        Role.DESK: (("SELECT", "true", None),),
        Role.BOOTH: (("SELECT", "true", None), ("INSERT", None, _OWN_BOOTH),
                     ("UPDATE", _OWN_BOOTH, _OWN_BOOTH), ("DELETE", _OWN_BOOTH, None)),
    },
    "opening": {
        Role.DESK: (("SELECT", "true", None),),
        Role.BOOTH: (
            ("SELECT", "true", None),
            ("UPDATE", f"employer_id = (SELECT employer_id FROM booth WHERE id = {_MY_BOOTH})",
             "false"),
        ),
    },
    "account": {
        Role.DESK: (("SELECT", "role = 'desk'", None),
                    ("UPDATE", "role = 'desk'", "role = 'desk'")),
        Role.BOOTH: (("SELECT", f"role = 'booth' AND {_OWN_BOOTH}", None),
                     ("UPDATE", f"role = 'booth' AND {_OWN_BOOTH}",
                      f"role = 'booth' AND {_OWN_BOOTH}")),
    },
}

_LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


@dataclass(frozen=True)
class DbLogin:
    name: str
    role: Role
    booth_id: int | None


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    if "\x00" in value:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A password cannot hold a NUL."))
    return "'" + value.replace("'", "''") + "'"


def _require_postgresql(engine: Engine | Connection) -> None:
    if engine.dialect.name != "postgresql":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "Database roles exist on PostgreSQL only; a SQLite file serves one PC."))


@contextlib.contextmanager
def _transaction(bind: Engine | Connection) -> Iterator[Connection]:
    """A connection in a transaction: the engine's own, or the caller's (who commits)."""
    if isinstance(bind, Connection):
        yield bind
        return
    with bind.begin() as conn:
        yield conn


def _role_exists(conn: Connection, name: str) -> bool:
    return conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}) is not None


def set_up_db_roles(engine: Engine | Connection) -> None:
    """Create (or bring up to date) the group roles, their grants and the row policies.

    Idempotent: run it again after each schema upgrade, so new tables get their grants.
    """
    _require_postgresql(engine)
    with _transaction(engine) as conn:
        for group in GROUP_ROLES.values():
            if not _role_exists(conn, group):
                conn.execute(text(f"CREATE ROLE {_q(group)} NOLOGIN"))
        conn.execute(text(
            f"CREATE TABLE IF NOT EXISTS {LOGIN_BOOTH_TABLE} ("
            " login name PRIMARY KEY,"
            " booth_id integer NOT NULL REFERENCES booth(id) ON DELETE CASCADE)"))
        conn.execute(text(
            f"CREATE OR REPLACE FUNCTION {LOGIN_BOOTH_FUNCTION}() RETURNS integer"
            f" LANGUAGE sql STABLE AS"
            f" $$ SELECT booth_id FROM {LOGIN_BOOTH_TABLE} WHERE login = current_user $$"))
        tables = set(conn.scalars(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")).all())
        database = conn.scalar(text("SELECT current_database()"))
        groups = ", ".join(_q(g) for g in GROUP_ROLES.values())
        conn.execute(text(f"GRANT CONNECT ON DATABASE {_q(str(database))} TO {groups}"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {groups}"))
        others = ", ".join(_q(GROUP_ROLES[r]) for r in (Role.DESK, Role.BOOTH))
        for table in sorted(tables):
            conn.execute(text(f"REVOKE ALL ON {_q(table)} FROM {others}"))
            conn.execute(text(
                f"GRANT ALL ON {_q(table)} TO {_q(GROUP_ROLES[Role.ORGANIZER])}"))
            for role, privileges in TABLE_GRANTS.get(table, {}).items():
                for privilege in privileges:
                    conn.execute(text(f"GRANT {privilege} ON {_q(table)} TO "
                                      f"{_q(GROUP_ROLES[role])}"))
        conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}"))
        for table, by_role in ROW_POLICIES.items():
            if table not in tables:
                continue
            conn.execute(text(f"ALTER TABLE {_q(table)} ENABLE ROW LEVEL SECURITY"))
            existing = conn.scalars(text(
                "SELECT policyname FROM pg_policies WHERE tablename = :t AND policyname "
                "LIKE 'jobfair_%'"), {"t": table}).all()
            for name in existing:
                conn.execute(text(f"DROP POLICY {_q(name)} ON {_q(table)}"))
            conn.execute(text(
                f"CREATE POLICY jobfair_organizer_all ON {_q(table)} FOR ALL TO "
                f"{_q(GROUP_ROLES[Role.ORGANIZER])} USING (true) WITH CHECK (true)"))
            for role, policies in by_role.items():
                for command, using, check in policies:
                    name = f"jobfair_{role.value}_{command.lower()}"
                    clause = f"CREATE POLICY {_q(name)} ON {_q(table)} FOR {command} " \
                             f"TO {_q(GROUP_ROLES[role])}"
                    if using is not None:
                        clause += f" USING ({using})"
                    if check is not None:
                        clause += f" WITH CHECK ({check})"
                    conn.execute(text(clause))


def create_db_login(
    engine: Engine | Connection,
    name: str,
    role: Role,
    password: str,
    *,
    booth_id: int | None = None,
) -> DbLogin:
    """A login role for a station PC in ``role``'s group (a booth login: for ``booth_id``).

    An existing login gets the new password, group and booth.
    """
    _require_postgresql(engine)
    if not _LOGIN_NAME.match(name) or name in GROUP_ROLES.values():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A database login is lower-case letters, digits and _ (at most 63)."))
    if len(password) < 8:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A database login's password needs at least 8 characters."))
    if (role is Role.BOOTH) != (booth_id is not None):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "errors", "A booth's database login needs its booth; other logins have none."))
    with _transaction(engine) as conn:
        if booth_id is not None and conn.scalar(
            text("SELECT 1 FROM booth WHERE id = :b"), {"b": booth_id}
        ) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "There is no booth {booth}."),
                                  booth=booth_id)
        verb = "ALTER" if _role_exists(conn, name) else "CREATE"
        conn.execute(text(f"{verb} ROLE {_q(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                          f"INHERIT PASSWORD {_literal(password)}"))
        for group in GROUP_ROLES.values():
            conn.execute(text(f"REVOKE {_q(group)} FROM {_q(name)}"))
        conn.execute(text(f"GRANT {_q(GROUP_ROLES[role])} TO {_q(name)}"))
        conn.execute(text(f"DELETE FROM {LOGIN_BOOTH_TABLE} WHERE login = :n"), {"n": name})
        if booth_id is not None:
            conn.execute(text(f"INSERT INTO {LOGIN_BOOTH_TABLE} (login, booth_id) "
                              "VALUES (:n, :b)"), {"n": name, "b": booth_id})
    return DbLogin(name, role, booth_id)


def drop_db_login(engine: Engine | Connection, name: str) -> None:
    """Remove a station's login role (its booth mapping goes with it)."""
    _require_postgresql(engine)
    with _transaction(engine) as conn:
        conn.execute(text(f"DELETE FROM {LOGIN_BOOTH_TABLE} WHERE login = :n"), {"n": name})
        if _role_exists(conn, name):
            conn.execute(text(f"DROP ROLE {_q(name)}"))
