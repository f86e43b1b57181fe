"""Accounts in the window, driven as people would: the organizer adds the first account, the
stations then ask for a sign-in, and each role opens only its own stations."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Account, AuditEvent
from jobfair.domain.codes import StationKind
from jobfair.domain.roles import Role
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.common.stations import FiguresStation
from jobfair.gui.organizer.accounts import AccountsPanel
from jobfair.gui.organizer.screen import TAB_ACCOUNTS, OrganizerScreen
from jobfair.gui.shell import station_factories
from jobfair.gui.shell.main_window import MainWindow
from jobfair.services.accounts.service import create_account, update_account
from jobfair.services.accounts.sign_in_guard import FREE_TRIES
from jobfair.services.context import Actor
from jobfair.services.setup.fairs import list_booths
from tests.gui.conftest import SMALL_FAIR_DAY, FakeDialogs, MakeWindow, build_small_fair, type_text
from tests.services.fairkit import ticking_clock

REAL_FACTORIES = dict(station_factories.FACTORIES)


@pytest.fixture(autouse=True)
def figures_at_desk_and_booth(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The desk and booth screens are tested elsewhere; here they show the figures."""
    for kind in (StationKind.DESK, StationKind.BOOTH):
        monkeypatch.setitem(station_factories.FACTORIES, kind, FiguresStation)
    yield


@pytest.fixture
def fair_id(gui_factory: sessionmaker[Session]) -> int:
    with gui_factory.begin() as session:
        return build_small_fair(session).fair_id


def type_into(widget: QLineEdit, text: str) -> None:
    widget.clear()
    type_text(widget, text)


def sign_in_as(qtbot: QtBot, window: MainWindow, login: str, pin: str) -> None:
    page = window.sign_in_page
    type_into(page.login_edit, login)
    qtbot.keyClick(page.login_edit, Qt.Key.Key_Return)
    assert page.secret_edit.hasFocus()
    qtbot.keyClicks(page.secret_edit, pin)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)


def add_accounts(factory: sessionmaker[Session], fair_id: int) -> dict[str, int]:
    """An organizer (kim/4821), a desk volunteer (lee/5932) and booth A-1's recruiter
    (park/7310); the booth ids by label."""
    with factory.begin() as session:
        booths = {b.label: b.id for b in list_booths(session, fair_id)}
        actor = Actor(name="setup", clock=ticking_clock(SMALL_FAIR_DAY))  # the window's day
        create_account(session, actor, login="kim", secret="4821", role=Role.ORGANIZER,
                       display_name="김운영")
        create_account(session, actor, login="lee", secret="5932", role=Role.DESK)
        create_account(session, actor, login="park", secret="7310", role=Role.BOOTH,
                       booth_id=booths["A-1"], display_name="박부스")
    return booths


def test_the_first_account_turns_on_the_sign_in(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session], fair_id: int,
    fake_dialogs: FakeDialogs,
) -> None:
    window = make_window()
    window.choose_station(StationKind.ORGANIZER)  # no accounts: nobody signs in
    screen = window.station_screen
    assert isinstance(screen, OrganizerScreen)
    assert window.account_status.text() == ""
    screen.tabs.setCurrentIndex(TAB_ACCOUNTS)
    panel = screen.accounts_panel
    assert isinstance(panel, AccountsPanel)
    assert "organizer account first" in panel.intro.text() or "운영" in panel.intro.text()
    assert panel.role_combo.currentData() == Role.ORGANIZER.value

    type_into(panel.login_edit, "Kim")
    type_into(panel.name_edit, "김운영")
    type_into(panel.secret_edit, "4821")
    type_into(panel.again_edit, "4812")  # a slip of the finger
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.errors.text("again")
    with gui_factory() as session:
        assert session.scalars(select(Account)).all() == []

    type_into(panel.again_edit, "4821")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    with gui_factory() as session:
        account = session.scalars(select(Account)).one()
        assert account.login == "kim" and account.role == "organizer"
        assert account.secret_hash.startswith("$argon2id$") and "4821" not in account.secret_hash
    # the window now asks whoever is at it to sign in
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in_page)
    assert window.station_screen is None
    assert not window.station_combo.isEnabled()
    assert not fake_dialogs.errors


def test_a_wrong_pin_is_refused_and_counted_then_the_right_one_signs_in(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session], fair_id: int
) -> None:
    add_accounts(gui_factory, fair_id)
    window = make_window()
    assert window.stack.currentWidget() is window.sign_in_page
    assert not window.fair_combo.isEnabled()

    sign_in_as(qtbot, window, "KIM", "1111")
    assert "PIN" in window.sign_in_page.error_text()
    assert window.sign_in_page.secret_edit.text() == ""
    assert window.account is None
    with gui_factory() as session:
        assert session.scalar(select(Account.failed_attempts).where(Account.login == "kim")) == 1

    sign_in_as(qtbot, window, "kim", "4821")
    assert window.account is not None and window.account.login == "kim"
    assert "김운영" in window.account_status.text()
    assert window.stack.currentWidget() is window.start_page  # an organizer picks the station
    assert all(b.isEnabled() for b in window.start_page.buttons.values())
    with gui_factory() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity == "account").order_by(
                AuditEvent.at)
        ).all()
        assert "sign_in_failed" in actions and actions[-1] == "sign_in"

    # what the organizer writes now carries the account
    window.choose_station(StationKind.ORGANIZER)
    assert window.station_screen is not None
    context = window.context_for(StationKind.ORGANIZER)
    assert context.actor.account_id == window.account.id and context.actor.name == "kim"

    window.sign_out()
    assert window.account is None
    assert window.stack.currentWidget() is window.sign_in_page
    assert window.sign_in_page.login_edit.text() == ""


def test_a_booth_account_opens_its_own_booth_and_nothing_else(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session], fair_id: int,
    fake_dialogs: FakeDialogs,
) -> None:
    booths = add_accounts(gui_factory, fair_id)
    window = make_window()
    sign_in_as(qtbot, window, "park", "7310")

    assert window.station is StationKind.BOOTH  # straight to the only station it may use
    assert not window.fair_combo.isEnabled()  # bound to its booth's fair
    assert window.current_fair() is not None and window.current_fair().id == fair_id
    actor = window.context_for(StationKind.BOOTH).actor
    assert actor.role is Role.BOOTH and actor.booth_id == booths["A-1"]
    assert "A-1" in window.account_status.text()

    window.choose_station(StationKind.ORGANIZER)
    assert window.station is StationKind.BOOTH
    assert len(fake_dialogs.errors) == 1
    window.choose_station(StationKind.DESK)
    assert window.station is StationKind.BOOTH
    assert not window.menus.demo_action.isEnabled()


def test_a_desk_account_is_sent_back_to_sign_in_when_an_organizer_switches_it_off(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session], fair_id: int,
    fake_dialogs: FakeDialogs,
) -> None:
    add_accounts(gui_factory, fair_id)
    window = make_window()
    sign_in_as(qtbot, window, "lee", "5932")
    assert window.station is StationKind.DESK
    assert window.allowed_stations() == {"desk"}

    with gui_factory.begin() as session:
        lee = session.scalars(select(Account).where(Account.login == "lee")).one()
        update_account(session, Actor(name="kim"), lee.id, active=False)
    window.live.data_changed.emit(fair_id)  # what the live updates say after the write

    assert window.account is None
    assert window.stack.currentWidget() is window.sign_in_page
    assert fake_dialogs.informed
    sign_in_as(qtbot, window, "lee", "5932")
    assert window.account is None
    assert window.sign_in_page.error_text()


def test_the_booth_screen_of_a_booth_account_is_fixed_to_its_booth(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session], fair_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(station_factories.FACTORIES, StationKind.BOOTH,
                        REAL_FACTORIES[StationKind.BOOTH])  # the real booth screen this time
    add_accounts(gui_factory, fair_id)
    window = make_window()
    sign_in_as(qtbot, window, "park", "7310")
    screen = window.station_screen
    assert isinstance(screen, BoothScreen)
    assert screen.booth is not None and screen.booth.label == "A-1"  # no chooser first
    assert not screen.switch_button.isVisible()
    screen.switch_booth()
    assert screen.booth.label == "A-1" and screen.stack.currentIndex() == 1


def test_a_server_out_of_reach_neither_signs_anybody_out_nor_pops_up_a_message(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session], fair_id: int,
    fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_accounts(gui_factory, fair_id)
    window = make_window()
    sign_in_as(qtbot, window, "lee", "5932")
    assert window.account is not None

    def unreachable() -> Session:
        raise OperationalError("connect", {}, ConnectionRefusedError("network is down"))

    monkeypatch.setattr(window, "session_factory", unreachable)
    window.live.data_changed.emit(fair_id)  # news while the Wi-Fi is down
    assert window.account is not None and window.station is StationKind.DESK
    assert not fake_dialogs.errors and not fake_dialogs.informed


def test_a_station_that_keeps_failing_shows_how_long_to_wait(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: sessionmaker[Session], fair_id: int
) -> None:
    add_accounts(gui_factory, fair_id)
    window = make_window()
    for n in range(FREE_TRIES):
        sign_in_as(qtbot, window, f"nobody{n}", "1111")
        assert window.sign_in_page.error_text()
    sign_in_as(qtbot, window, "kim", "4821")  # even the right PIN waits now
    assert window.account is None
    shown = window.sign_in_page.error_text()
    assert any(ch.isdigit() for ch in shown)  # "… in N seconds", in the window's language
    with gui_factory() as session:
        logged = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "sign_in_failed")).all()
    assert len(logged) == FREE_TRIES
    assert all("nobody" not in str(e.after) for e in logged)
