"""The connection screen: test an address, read why it fails, set up, connect, reconnect."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from jobfair.config import Config, default_db_url
from jobfair.db.diagnose import MESSAGES, ConnectionFailed, ProbeResult, Problem, SchemaState
from jobfair.db.engine import describe_url, make_engine, parse_url
from jobfair.db.migrate import alembic_config, current_revision, head_revision
from jobfair.gui.common.settings import KEY_DB_URL, make_settings
from jobfair.gui.shell.application import (
    SchemaNotReadyError,
    open_database,
    run_gui,
    with_remembered_database,
)
from jobfair.gui.shell.connection import ConnectionDialog
from jobfair.gui.shell.database import remember_url, remembered_url
from jobfair.i18n import error_message
from tests.conftest import MemoryKeyring
from tests.gui.conftest import FakeDialogs, MakeWindow

SECRET = "s3cret-Pw"


@pytest.fixture
def station_settings(tmp_path: Path) -> QSettings:
    return make_settings(Config(db_url="sqlite://", data_dir=tmp_path / "pc"))


def make_dialog(
    qtbot: QtBot, settings: QSettings, dialogs: FakeDialogs, **kwargs: object
) -> ConnectionDialog:
    dialog = ConnectionDialog(settings, dialogs, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def fill_server(dialog: ConnectionDialog, url: str) -> None:
    parsed = parse_url(url)
    dialog.url_edit.clear()
    dialog.host_edit.setText(parsed.host or "")
    dialog.port_spin.setValue(parsed.port or 5432)
    dialog.database_edit.setText(parsed.database or "")
    dialog.user_edit.setText(parsed.username or "")
    dialog.password_edit.setText(parsed.password or "")


def press_test(qtbot: QtBot, dialog: ConnectionDialog) -> bool:
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as blocker:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    return bool(blocker.args[0])


def failing(problem: Problem) -> ConnectionFailed:
    return ConnectionFailed(problem, where="postgresql+psycopg://booth:***@fair:5432/jobfair",
                            host="fair", user="booth", database="jobfair", reason="x")


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        (Problem.REFUSED, "postgresql+psycopg://booth:***@fair:5432/jobfair"),
        (Problem.UNKNOWN_HOST, "'fair'"),
        (Problem.BAD_PASSWORD, "'booth'"),
        (Problem.NO_SUCH_DATABASE, "'jobfair'"),
    ],
)
def test_each_failure_has_its_own_translated_message(
    qtbot: QtBot, station_settings: QSettings, fake_dialogs: FakeDialogs,
    problem: Problem, words: str,
) -> None:
    def prober(url: str) -> ProbeResult:
        raise failing(problem)

    dialog = make_dialog(qtbot, station_settings, fake_dialogs, prober=prober)
    fill_server(dialog, f"postgresql://booth:{SECRET}@fair:5432/jobfair")
    assert press_test(qtbot, dialog) is False
    assert dialog.message == error_message(failing(problem))  # in the language in force
    assert words in dialog.message
    assert SECRET not in dialog.message
    assert not dialog.connect_button.isEnabled()


def test_every_problem_reads_differently() -> None:
    assert len({MESSAGES[p] for p in Problem}) == len(Problem)


@pytest.mark.postgres
def test_the_real_server_refused_and_missing_database(
    qtbot: QtBot, station_settings: QSettings, fake_dialogs: FakeDialogs, pg_database_url: str
) -> None:
    dialog = make_dialog(qtbot, station_settings, fake_dialogs)
    fill_server(dialog, pg_database_url)
    dialog.port_spin.setValue(1)
    assert press_test(qtbot, dialog) is False
    fill_server(dialog, pg_database_url)
    dialog.database_edit.setText("jobfair_no_such_database")
    dialog.database_edit.textEdited.emit("")
    assert press_test(qtbot, dialog) is False
    assert "jobfair_no_such_database" in dialog.message
    fill_server(dialog, pg_database_url)
    assert press_test(qtbot, dialog) is True
    assert dialog.connect_button.isEnabled()


def test_an_older_schema_is_upgraded_only_when_confirmed(
    qtbot: QtBot, station_settings: QSettings, fake_dialogs: FakeDialogs, sqlite_url: str
) -> None:
    engine = make_engine(sqlite_url)
    # as an older JobFair left it: the steps after 0003 really undone
    command.downgrade(alembic_config(engine), "0003")
    dialog = make_dialog(qtbot, station_settings, fake_dialogs)
    dialog.url_edit.setText(sqlite_url)
    assert press_test(qtbot, dialog) is False
    assert dialog.upgrade_button.isVisible() or not dialog.upgrade_button.isHidden()
    assert not dialog.connect_button.isEnabled()

    fake_dialogs.answers = [False]
    assert dialog.set_up_database() is False
    assert current_revision(engine) == "0003"

    fake_dialogs.answers = [True]
    with qtbot.waitSignal(dialog.tested, timeout=15_000) as blocker:
        assert dialog.set_up_database() is True
    assert blocker.args == [True]
    assert current_revision(engine) == head_revision()
    assert len(fake_dialogs.asked) == 2
    engine.dispose()


def test_a_newer_schema_asks_to_update_jobfair(
    qtbot: QtBot, station_settings: QSettings, fake_dialogs: FakeDialogs, sqlite_url: str
) -> None:
    engine = make_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    dialog = make_dialog(qtbot, station_settings, fake_dialogs)
    dialog.url_edit.setText(sqlite_url)
    assert press_test(qtbot, dialog) is False
    assert "0099_future" in dialog.message
    assert dialog.upgrade_button.isHidden()
    assert not dialog.connect_button.isEnabled()


def current_prober(u: str) -> ProbeResult:
    return ProbeResult(describe_url(u), "postgresql", SchemaState.CURRENT, "0004", "0004")


def settings_bytes(settings: QSettings) -> bytes:
    settings.sync()
    path = Path(settings.fileName())
    return path.read_bytes() if path.exists() else b""


def test_connect_remembers_the_password_only_in_the_credential_store(
    qtbot: QtBot, station_settings: QSettings, fake_dialogs: FakeDialogs,
    memory_keyring: MemoryKeyring,
) -> None:
    url = f"postgresql://booth:{SECRET}@fair:5432/jobfair"
    dialog = make_dialog(qtbot, station_settings, fake_dialogs, prober=current_prober)
    assert dialog.remember_box.isEnabled() and dialog.remember_box.isChecked()
    assert dialog.no_store_label.isHidden()
    fill_server(dialog, url)
    assert press_test(qtbot, dialog) is True
    assert SECRET not in dialog.message
    with qtbot.waitSignal(dialog.connected) as blocker:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert SECRET in blocker.args[0]  # the window gets the password
    assert SECRET.encode() not in settings_bytes(station_settings)
    assert list(memory_keyring.entries.values()) == [SECRET]
    stored = remembered_url(station_settings)
    assert stored is not None and parse_url(stored).password == SECRET

    again = make_dialog(qtbot, station_settings, fake_dialogs, prober=current_prober)
    assert again.host_edit.text() == "fair" and again.password_edit.text() == SECRET

    # unticked: the store forgets it, and the file still never had it
    again.remember_box.setChecked(False)
    assert press_test(qtbot, again) is True
    again.connect_database()
    assert memory_keyring.entries == {}
    assert SECRET.encode() not in settings_bytes(station_settings)
    stored = remembered_url(station_settings)
    assert stored is not None and "booth@fair" in stored and SECRET not in stored


def test_without_a_credential_store_the_password_is_not_remembered(
    qtbot: QtBot, station_settings: QSettings, fake_dialogs: FakeDialogs
) -> None:
    url = f"postgresql://booth:{SECRET}@fair:5432/jobfair"
    dialog = make_dialog(qtbot, station_settings, fake_dialogs, prober=current_prober)
    assert not dialog.remember_box.isEnabled() and not dialog.remember_box.isChecked()
    assert not dialog.no_store_label.isHidden() and dialog.no_store_label.text()
    fill_server(dialog, url)
    assert press_test(qtbot, dialog) is True
    dialog.remember_box.setChecked(True)  # even if it were ticked somehow
    with qtbot.waitSignal(dialog.connected) as blocker:
        dialog.connect_database()
    assert SECRET in blocker.args[0]
    assert SECRET.encode() not in settings_bytes(station_settings)
    stored = remembered_url(station_settings)
    assert stored is not None and "booth@fair" in stored and SECRET not in stored
    assert remember_url(station_settings, url, keep_password=True) is False
    assert SECRET.encode() not in settings_bytes(station_settings)


@pytest.mark.parametrize("with_store", [True, False])
def test_an_old_settings_file_with_a_password_is_cleaned_on_first_read(
    tmp_path: Path, request: pytest.FixtureRequest, with_store: bool
) -> None:
    store = request.getfixturevalue("memory_keyring") if with_store else None
    config = Config(db_url="sqlite://", data_dir=tmp_path / "pc")
    old = make_settings(config)
    old.setValue(KEY_DB_URL, f"postgresql+psycopg://booth:{SECRET}@fair:5432/jobfair")
    old.sync()
    assert SECRET.encode() in settings_bytes(old)  # as an older JobFair left it

    first = remembered_url(make_settings(config))
    assert first is not None and parse_url(first).password == SECRET  # this start still works
    assert SECRET.encode() not in settings_bytes(make_settings(config))
    later = remembered_url(make_settings(config))
    assert later is not None and parse_url(later).host == "fair"
    if store is not None:
        assert parse_url(later).password == SECRET
        assert list(store.entries.values()) == [SECRET]
    else:
        assert parse_url(later).password is None


def test_the_window_reconnects_from_the_file_menu(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, sqlite_url: str
) -> None:
    window = make_window()
    assert window.menus.connect_action.text()
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    dialog = window.open_connection_screen()
    dialog.url_edit.setText(other)
    with qtbot.waitSignal(dialog.tested, timeout=15_000):
        dialog.test()
    assert dialog.set_up_database() is True  # FakeDialogs says yes
    qtbot.waitUntil(dialog.connect_button.isEnabled, timeout=15_000)
    with qtbot.waitSignal(window.database_changed):
        dialog.connect_database()
    assert window.config.db_url == other
    assert "other.sqlite3" in window.database_label.text()
    assert window.live.running
    assert remembered_url(window.settings) == other


# -- starting on the remembered database ------------------------------------------------------

def test_the_remembered_database_is_used_unless_one_is_named(tmp_path: Path) -> None:
    config = Config(db_url=default_db_url(tmp_path / "pc"), data_dir=tmp_path / "pc")
    settings = make_settings(config)
    assert with_remembered_database(config, settings) == (config, False)
    remember_url(settings, "postgresql://booth:pw@fair:5432/jobfair", keep_password=True)
    chosen, remembered = with_remembered_database(config, settings)
    assert remembered and chosen.db_url.endswith("@fair:5432/jobfair")
    named = Config(db_url="sqlite:////tmp/other.sqlite3", data_dir=tmp_path / "pc")
    assert with_remembered_database(named, settings) == (named, False)


@pytest.mark.postgres
def test_a_shared_database_is_never_set_up_by_just_starting(pg_database_url: str) -> None:
    admin = make_engine(pg_database_url, isolation_level="AUTOCOMMIT")
    name = f"jobfair_empty_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    empty = parse_url(pg_database_url).set(database=name).render_as_string(hide_password=False)
    try:
        with pytest.raises(SchemaNotReadyError):
            open_database(Config(db_url=empty, data_dir=Path("/nonexistent")))
        engine = make_engine(empty)
        assert current_revision(engine) is None
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_an_unreachable_remembered_server_opens_the_connection_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, languages: object
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    data_dir = tmp_path / "pc"
    config = Config(db_url=default_db_url(data_dir), data_dir=data_dir)
    remember_url(make_settings(config), f"postgresql://booth:{SECRET}@127.0.0.1:1/jobfair",
                 keep_password=True)
    asked: list[str] = []

    def choose(settings: QSettings, dialogs: object, url: str) -> str | None:
        asked.append(url)
        return None  # the person cancels

    dialogs = FakeDialogs()
    assert run_gui(config, dialogs=dialogs, choose_database=choose) == 1
    assert len(asked) == 1 and asked[0].endswith("@127.0.0.1:1/jobfair")
    assert len(dialogs.errors) == 1 and SECRET not in dialogs.errors[0][1]
