"""``jobfair accounts`` and the sign-in every command needs once accounts exist, through main()."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from jobfair.app import main
from jobfair.cli import account_commands
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.models import Account, AuditEvent
from tests.cli.test_booth_cli import badges
from tests.services.fairkit import SmallFair, small_fair

NEED_SIGN_IN = "jobfair: This database has accounts: give --user and the PIN (JOBFAIR_PIN).\n"


@pytest.fixture
def fair(db_url: str) -> SmallFair:
    engine = make_engine(db_url)
    try:
        return small_fair(make_session_factory(engine))
    finally:
        engine.dispose()


@pytest.fixture(autouse=True)
def _no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nobody types at a prompt in a test: the PINs come from the environment."""
    monkeypatch.setattr(account_commands, "_is_terminal", lambda: False)
    monkeypatch.delenv("JOBFAIR_PIN", raising=False)
    monkeypatch.delenv("JOBFAIR_NEW_PIN", raising=False)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([*argv, "--lang", "en"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def accounts(db_url: str) -> dict[str, tuple[str, bool, int]]:
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                select(Account.login, Account.role, Account.active, Account.failed_attempts)
            ).all()
    finally:
        engine.dispose()
    return {login: (role, active, failed) for login, role, active, failed in rows}


def add_first_organizer(
    db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("JOBFAIR_NEW_PIN", "4826")
    code, out, err = run(capsys, "accounts", "add", "Boss", "--role", "organizer",
                         "--name", "김주관", "--db", db_url)
    assert (code, err) == (0, "")
    assert out == "Account boss added (Organizer).\n"
    monkeypatch.delenv("JOBFAIR_NEW_PIN")


def test_first_organizer_then_every_command_signs_in(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # open mode: no accounts, no sign-in
    assert run(capsys, "booths", "--db", db_url)[0] == 0
    monkeypatch.setenv("JOBFAIR_NEW_PIN", "4826")
    code, _, err = run(capsys, "accounts", "add", "desk1", "--role", "desk", "--db", db_url)
    assert code == 1 and err.startswith("jobfair: Make an organizer account first")
    add_first_organizer(db_url, capsys, monkeypatch)

    for argv in (("booths",), ("accounts", "list"), ("stats",)):
        assert run(capsys, *argv, "--db", db_url) == (1, "", NEED_SIGN_IN)
    # the PIN without the account is not enough either
    monkeypatch.setenv("JOBFAIR_PIN", "4826")
    assert run(capsys, "booths", "--db", db_url) == (1, "", NEED_SIGN_IN)

    code, out, err = run(capsys, "booths", "--user", "BOSS", "--db", db_url)
    assert (code, err) == (0, "") and "A-1" in out
    code, out, err = run(capsys, "--user", "boss", "accounts", "list", "--json", "--db", db_url)
    assert (code, err) == (0, "")
    (boss,) = json.loads(out)
    assert (boss["login"], boss["role"], boss["name"], boss["active"]) == (
        "boss", "organizer", "김주관", True)
    assert boss["last_sign_in_at"] is not None


def test_desk_account_cannot_export(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch, tmp_path: object,
) -> None:
    add_first_organizer(db_url, capsys, monkeypatch)
    monkeypatch.setenv("JOBFAIR_PIN", "4826")
    monkeypatch.setenv("JOBFAIR_NEW_PIN", "1357")
    code, out, err = run(capsys, "accounts", "add", "desk1", "--role", "desk", "--user", "boss",
                         "--db", db_url)
    assert (code, err) == (0, "") and out == "Account desk1 added (Registration desk).\n"
    code, out, err = run(capsys, "accounts", "add", "a1", "--role", "booth", "--booth", "A-1",
                         "--fair", str(fair.fair_id), "--json", "--user", "boss", "--db", db_url)
    assert (code, err) == (0, "")
    assert (json.loads(out)["booth"], json.loads(out)["booth_id"]) == ("A-1", fair.booth_a)

    monkeypatch.setenv("JOBFAIR_PIN", "1357")
    target = f"{tmp_path}/out.xlsx"
    code, out, err = run(capsys, "export", "-o", target, "--user", "desk1", "--db", db_url)
    assert (code, out) == (1, "")
    assert err == ("jobfair: Only an organizer may export personal data. Ask an organizer to "
                   "sign in.\n")
    code, _, err = run(capsys, "accounts", "list", "--user", "desk1", "--db", db_url)
    assert code == 1 and "Only an organizer may manage accounts" in err
    # what a desk may do, it does
    assert run(capsys, "booths", "--user", "desk1", "--db", db_url)[0] == 0

    monkeypatch.setenv("JOBFAIR_PIN", "4826")
    assert run(capsys, "export", "-o", target, "--user", "boss", "--db", db_url)[0] == 0


def test_wrong_pin_is_one_line_counted_and_locks(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_first_organizer(db_url, capsys, monkeypatch)
    monkeypatch.setenv("JOBFAIR_PIN", "0000")
    for tries in range(1, 5):
        assert run(capsys, "booths", "--user", "boss", "--db", db_url) == (
            1, "", "jobfair: The login name or the PIN is wrong.\n")
        assert accounts(db_url)["boss"] == ("organizer", True, tries)  # committed
    code, out, err = run(capsys, "booths", "--user", "boss", "--db", db_url)
    assert (code, out) == (1, "")
    assert err.startswith("jobfair: Too many wrong tries. Try again in ")
    assert err.endswith(" seconds.\n") and err.count("\n") == 1
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            failed = [
                row.after or {} for row in conn.execute(
                    select(AuditEvent.after).where(AuditEvent.action == "sign_in_failed")
                )
            ]
    finally:
        engine.dispose()
    assert len(failed) == 5 and failed[-1]["reason"] == "locked"


def test_switch_off_on_and_new_pin(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_first_organizer(db_url, capsys, monkeypatch)
    monkeypatch.setenv("JOBFAIR_PIN", "4826")
    monkeypatch.setenv("JOBFAIR_NEW_PIN", "1357")
    assert run(capsys, "accounts", "add", "desk1", "--role", "desk", "--user", "boss",
               "--db", db_url)[0] == 0
    code, out, err = run(capsys, "accounts", "disable", "boss", "--user", "boss", "--db", db_url)
    assert code == 1 and "last active organizer" in err
    code, out, _ = run(capsys, "accounts", "disable", "DESK1", "--user", "boss", "--db", db_url)
    assert (code, out) == (0, "desk1 is switched off: it can no longer sign in.\n")
    monkeypatch.setenv("JOBFAIR_PIN", "1357")
    code, _, err = run(capsys, "booths", "--user", "desk1", "--db", db_url)
    assert code == 1 and "switched off" in err
    monkeypatch.setenv("JOBFAIR_PIN", "4826")
    assert run(capsys, "accounts", "enable", "desk1", "--user", "boss", "--db", db_url)[1] == (
        "desk1 is switched on.\n")
    # the desk changes its own PIN
    monkeypatch.setenv("JOBFAIR_PIN", "1357")
    monkeypatch.setenv("JOBFAIR_NEW_PIN", "8642")
    code, out, err = run(capsys, "accounts", "pin", "desk1", "--user", "desk1", "--db", db_url)
    assert (code, out, err) == (0, "New PIN saved for desk1.\n", "")
    monkeypatch.setenv("JOBFAIR_PIN", "8642")
    assert run(capsys, "booths", "--user", "desk1", "--db", db_url)[0] == 0
    monkeypatch.delenv("JOBFAIR_NEW_PIN")
    code, _, err = run(capsys, "accounts", "pin", "desk1", "--user", "desk1", "--db", db_url)
    assert code == 1 and "JOBFAIR_NEW_PIN" in err and err.count("\n") == 1
    assert accounts(db_url) == {"boss": ("organizer", True, 0), "desk1": ("desk", True, 0)}


def test_booth_account_interviews_at_its_own_booth_only(
    db_url: str, fair: SmallFair, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (number,) = badges(db_url, fair, 1)
    add_first_organizer(db_url, capsys, monkeypatch)
    monkeypatch.setenv("JOBFAIR_PIN", "4826")
    monkeypatch.setenv("JOBFAIR_NEW_PIN", "2468")
    assert run(capsys, "accounts", "add", "a1", "--role", "booth", "--booth", "A-1",
               "--user", "boss", "--db", db_url)[0] == 0
    monkeypatch.setenv("JOBFAIR_PIN", "2468")
    code, _, err = run(capsys, "interview", str(number), "--booth", "B-1", "--user", "a1",
                       "--db", db_url)
    assert code == 1 and "its own booth only" in err
    code, out, err = run(capsys, "interview", str(number), "--booth", "A-1", "--user", "a1",
                         "--json", "--db", db_url)
    assert (code, err) == (0, "")
    assert json.loads(out)["booth"] == "A-1"
