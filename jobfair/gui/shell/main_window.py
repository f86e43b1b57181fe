"""The main window: choose the fair and the station; the station's screen fills the rest.

The window owns no data: it lists fairs through the services, hands each station screen a
``StationContext`` and swaps the screen when the fair or the station changes. The status bar
always names the database the station writes to.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QSettings,
    QSysInfo,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from jobfair.config import Config
from jobfair.db.engine import (
    SessionFactory,
    describe_url,
    first_line,
)
from jobfair.domain.codes import StationKind
from jobfair.domain.errors import JobFairError
from jobfair.domain.roles import ROLE_LABELS, Role
from jobfair.gui.common import settings as keys
from jobfair.gui.common.camera_switch import CameraSwitch
from jobfair.gui.common.dialogs import Dialogs, MessageBoxDialogs
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.common.live import LiveUpdates
from jobfair.gui.common.offline import OfflineController, OfflineIndicator
from jobfair.gui.common.runner import OperationRunner, runs_on_a_server
from jobfair.gui.common.stations import (
    STATION_ORDER,
    StationContext,
    StationScreen,
    station_label,
)
from jobfair.gui.hall.screen import HallScreen
from jobfair.gui.kiosk.screen import KioskScreen
from jobfair.gui.printing.calibration import first_time_setup
from jobfair.gui.printing.station_printer import load_station_printer
from jobfair.gui.shell.account import StationAccount
from jobfair.gui.shell.connection import ConnectionDialog
from jobfair.gui.shell.database import connect
from jobfair.gui.shell.menu_style import MenuFitStyle, fit_menu
from jobfair.gui.shell.menus import StationMenus
from jobfair.gui.shell.screen_host import ScreenHost
from jobfair.gui.shell.sign_in import SignInPage
from jobfair.gui.shell.start_page import StartPage
from jobfair.gui.shell.station_factories import station_factory
from jobfair.gui.shell.window_menus import WindowActions, WindowMenus
from jobfair.i18n import error_message
from jobfair.services.accounts.service import (
    AccountView,
    accounts_exist,
    sign_out,
)
from jobfair.services.context import Actor, utc_now
from jobfair.services.setup import demo
from jobfair.services.setup.demo import DemoResult
from jobfair.services.setup.fairs import FairView, list_fairs
from jobfair.services.sync.stations import register_station

T = TypeVar("T")
log = logging.getLogger(__name__)

DemoLoader = Callable[[Session, Actor], DemoResult]
Clock = Callable[[], datetime]

# This PC's name in the audit log (its host name unless set here in the station's settings).


def default_demo_loader(session: Session, actor: Actor) -> DemoResult:
    return demo.create_demo(session, actor)


class MainWindow(QMainWindow):
    """Fair chooser and station chooser on top, the station's screen below, the database in the
    status bar.

    Attributes:
        fairs: the fairs in the chooser, latest first.
        station: the station shown, or ``None`` on the start page.
        station_screen: the station's screen widget, or ``None`` on the start page.
        account: who is signed in; ``None`` while nobody is (always so on a database without
            accounts, where the person at the PC acts as the organizer).
        live: tells the window when any station changed the shown fair; the window then calls
            the screen's ``refresh()`` (if it has one).

    Signals:
        fair_changed(int): another fair was chosen (its id).
        station_changed(str): another station was opened (its kind), "" for the start page.
        demo_loaded(int): the demo fair was loaded (its id).
        database_changed: the window reconnected to another database (connection screen).
        account_changed: somebody signed in or out.

    ``clock`` gives the current UTC time to every write of the stations (the actor's clock):
    injectable so a test runs the window on its fair's day.
    """

    fair_changed = Signal(int)
    station_changed = Signal(str)
    demo_loaded = Signal(int)
    database_changed = Signal()
    account_changed = Signal()

    def __init__(
        self,
        config: Config,
        session_factory: SessionFactory,
        settings: QSettings,
        languages: LanguageManager,
        dialogs: Dialogs | None = None,
        demo_loader: DemoLoader = default_demo_loader,
        clock: Clock = utc_now,
    ) -> None:
        super().__init__()
        self.clock = clock
        self.config = config
        self.session_factory = session_factory
        self.settings = settings
        self.languages = languages
        self.dialogs: Dialogs = dialogs or MessageBoxDialogs(self)
        self.demo_loader = demo_loader
        self.station_id = keys.station_id(settings)
        self.fairs: list[FairView] = []
        self.station: StationKind | None = None
        self.station_account = StationAccount(
            self.station_id, clock, lambda: (self.session_factory, self.reader), self)
        self.station_account.sign_in_needed.connect(self.show_sign_in)
        self.station_account.switched_off.connect(self._account_switched_off)
        self._kiosk_wanted = False  # ``jobfair kiosk``: open it once somebody signed in
        self._own_engine: Engine | None = None  # made by the window itself (on reconnecting)
        self.reader = OperationRunner(runs_on_a_server(config.db_url), self)
        self.live = self._make_live()
        self.live.start()  # before the fair is chosen: its first reading precedes the screen's
        self._build()
        self._restore_geometry()
        self.reload_fairs(keys.read_int(settings, keys.KEY_FAIR))
        if self.needs_sign_in():
            self.show_sign_in()
        else:
            self._open_remembered_station()

    def _open_remembered_station(self) -> None:
        remembered = keys.read_str(self.settings, keys.KEY_STATION)
        allowed = self.allowed_stations()
        if remembered in allowed:
            self.choose_station(StationKind(remembered))
        elif len(allowed) == 1:
            self.choose_station(StationKind(next(iter(allowed))))
        else:
            self.show_start_page()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("mainWindow")
        self.setMinimumSize(1024, 640)
        self.fair_caption = QLabel()
        self.fair_combo = QComboBox()
        self.fair_combo.setObjectName("fairCombo")
        self.fair_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.fair_combo.setMinimumContentsLength(30)
        self.fair_caption.setBuddy(self.fair_combo)
        self.fair_combo.currentIndexChanged.connect(self._fair_index_changed)
        self.station_caption = QLabel()
        self.station_combo = QComboBox()
        self.station_combo.setObjectName("stationCombo")
        self.station_combo.setMinimumContentsLength(14)
        for kind in STATION_ORDER:
            self.station_combo.addItem("", kind.value)
        self.station_caption.setBuddy(self.station_combo)
        self.station_combo.activated.connect(self._station_activated)

        top = QWidget()
        top.setObjectName("topBar")
        row = QHBoxLayout(top)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(12)
        row.addWidget(self.fair_caption)
        row.addWidget(self.fair_combo, 1)
        row.addSpacing(24)
        row.addWidget(self.station_caption)
        row.addWidget(self.station_combo)

        self.start_page = StartPage()
        self.start_page.station_chosen.connect(
            lambda value: self.choose_station(StationKind(value))
        )
        self.sign_in_page = SignInPage(self.session_factory, self.station_actor())
        self.sign_in_page.signed_in.connect(self.signed_in)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.sign_in_page)
        self.screens = ScreenHost(
            self, self.stack,
            bars=lambda: [self.menuBar(), self.statusBar(), self.station_toolbar, top],
            changed=self._screen_changed,
            dropping=lambda: self.camera_switch.detach(),  # its thread ends before the screen
        )

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(top)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel()
        self.database_label.setObjectName("databaseLabel")
        self.station_status = QLabel()
        self.station_status.setObjectName("stationStatus")
        self.account_status = QLabel()
        self.account_status.setObjectName("accountStatus")
        self.statusBar().addWidget(self.station_status)
        self.statusBar().addWidget(self.account_status)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_offline_indicator()
        self._build_menus()
        self.retranslate()

    def _build_offline_indicator(self) -> None:
        """On a shared server: the station's outbox (records kept while the server is away) and
        its status light. A SQLite file on this PC has no network to lose, so neither."""
        self.offline: OfflineController | None = None
        self.offline_indicator: OfflineIndicator | None = None
        self._offline_database = ""  # the database the outbox belongs to
        self._update_offline()
        self.database_changed.connect(self._update_offline)

    def _update_offline(self) -> None:
        """After (re)connecting: the outbox of this database, none for a SQLite file."""
        shared = make_url(self.config.db_url).get_backend_name() == "postgresql"
        database = describe_url(self.config.db_url) if shared else ""
        if self.offline is not None and database == self._offline_database:
            self.offline.use(self.session_factory)
            return
        if self.offline is not None:  # another database: its records stay in their own file
            self.offline.close()
            if self.offline_indicator is not None:
                self.statusBar().removeWidget(self.offline_indicator)
                self.offline_indicator.deleteLater()
            self.offline.deleteLater()
            self.offline, self.offline_indicator = None, None
        self._offline_database = database
        if shared:
            self.offline = OfflineController.for_station(
                self.config.data_dir, self.station_id, self.session_factory, self,
                database=database,
            )
            self.offline_indicator = OfflineIndicator(self.offline)
            self.statusBar().addPermanentWidget(self.offline_indicator)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus = WindowMenus(bar, WindowActions(
            load_demo=self.load_demo,
            connect=self.open_connection_screen,
            sign_out=self.sign_out,
            quit=self.close,
            start_page=self.show_start_page,
            choose_station=self.choose_station,
            hall=self.show_hall_screen,
            kiosk=self.show_kiosk_screen,
            set_language=self.set_language,
        ), self)
        self._check_language()
        self.station_menus = StationMenus(
            bar, self.menus.view_menu.menuAction(), lambda: self.station_screen,
            self._screen_context, self,
        )
        self.station_toolbar = QToolBar()
        self.station_toolbar.setObjectName("stationToolBar")
        self.station_toolbar.setMovable(False)
        self.addToolBar(self.station_toolbar)
        self.camera_switch = CameraSwitch(
            self.menus.view_menu, self.station_toolbar, self.settings, lambda: self.station_screen,
            self
        )
        self.menu_style = MenuFitStyle(QApplication.style().name())
        self.menu_style.setParent(self)
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                fit_menu(menu, self.menu_style)

    def retranslate(self) -> None:
        """Every text of the window in the language in force (screens retranslate themselves)."""
        self.fair_caption.setText(self.tr("&Fair:"))
        self.station_caption.setText(self.tr("&Station:"))
        self.fair_combo.setPlaceholderText(self.tr("No fair yet"))
        self.station_combo.setPlaceholderText(self.tr("Choose a station"))
        for i, kind in enumerate(STATION_ORDER):
            self.station_combo.setItemText(i, station_label(kind))
        self._fill_fair_texts()
        self.menus.retranslate()
        self.station_menus.retranslate()
        self.camera_switch.retranslate()
        self.station_toolbar.setWindowTitle(self.tr("Station toolbar"))
        self.database_label.setText(
            self.tr("Database: {url}").format(url=describe_url(self.config.db_url))
        )
        self._update_station_status()
        self._update_account_status()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- fairs ----------------------------------------------------------------------------

    def current_fair(self) -> FairView | None:
        index = self.fair_combo.currentIndex()
        return self.fairs[index] if 0 <= index < len(self.fairs) else None

    def reload_fairs(self, select_id: int | None = None) -> None:
        """List the fairs again; select ``select_id`` if it exists, else the latest."""
        fairs = self._transaction(list_fairs)
        if fairs is None:
            return
        previous = self.current_fair()
        self.fairs = fairs
        self.fair_combo.blockSignals(True)
        self.fair_combo.clear()
        for fair in fairs:
            self.fair_combo.addItem("", fair.id)
        self._fill_fair_texts()
        ids = [f.id for f in fairs]
        index = ids.index(select_id) if select_id in ids else (0 if fairs else -1)
        self.fair_combo.setCurrentIndex(index)
        self.fair_combo.blockSignals(False)
        self._enable_choosers(self.stack.currentWidget() is not self.sign_in_page)
        chosen = self.current_fair()
        if chosen != previous:
            self._fair_chosen()

    def _fill_fair_texts(self) -> None:
        for i, fair in enumerate(self.fairs):
            text = f"{fair.date.isoformat()}  {fair.name}"
            if fair.is_demo:
                text += "  " + self.tr("(demo)")
            self.fair_combo.setItemText(i, text)

    def _fair_index_changed(self, index: int) -> None:
        del index
        if self.station_screen is not None and not self._screen_can_leave():
            # Stay on the fair the screen was opened for.
            ids = [f.id for f in self.fairs]
            old = keys.read_int(self.settings, keys.KEY_FAIR)
            self.fair_combo.blockSignals(True)
            self.fair_combo.setCurrentIndex(ids.index(old) if old in ids else 0)
            self.fair_combo.blockSignals(False)
            return
        self._fair_chosen()

    def _fair_chosen(self) -> None:
        fair = self.current_fair()
        if fair is not None:
            self.settings.setValue(keys.KEY_FAIR, fair.id)
        self.live.watch(fair.id if fair else None)
        self._update_title()
        if self.station is not None:
            self._open_screen(self.station)
        elif self.hall_screen is not None:
            self.show_hall_screen(self.hall_screen.group, full_screen=self.isFullScreen())
        self.fair_changed.emit(fair.id if fair else 0)

    # -- stations -------------------------------------------------------------------------

    def choose_station(self, kind: StationKind) -> None:
        """Open ``kind``'s screen for the chosen fair (asking the current screen first)."""
        if self.needs_sign_in():
            self.show_sign_in()
            return
        if kind.value not in self.allowed_stations():
            self._sync_station_combo()
            self.dialogs.error(
                station_label(kind),
                self.tr("Your account may not open this station. Sign in with an account for "
                        "it (File > Sign out)."),
            )
            return
        if self.station_screen is not None and not self._screen_can_leave():
            self._sync_station_combo()
            return
        self.station = kind
        self.settings.setValue(keys.KEY_STATION, kind.value)
        self._open_screen(kind)
        self._sync_station_combo()
        self._update_station_status()
        self.station_changed.emit(kind.value)

    def show_start_page(self) -> None:
        if self.station_screen is not None and not self._screen_can_leave():
            return
        self._drop_screen()
        self.station = None
        self.settings.setValue(keys.KEY_STATION, "")
        self.start_page.set_allowed(self.allowed_stations())
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.focus_station()
        self._sync_station_combo()
        self._update_station_status()
        self.station_changed.emit("")

    def context_for(self, kind: StationKind) -> StationContext:
        return StationContext(
            kind=kind,
            fair=self.current_fair(),
            config=self.config,
            session_factory=self.session_factory,
            actor=self.station_actor(kind),
            dialogs=self.dialogs,
            settings=self.settings,
            load_demo=self.load_demo,
            live=self.live,
            offline=self.offline,
        )

    def _screen_context(self) -> StationContext | None:
        """The context the screen on show was opened with (its fair), for the station menus."""
        if self.station_screen is not None:
            return self.station_screen.context
        return self.context_for(self.station) if self.station is not None else None

    def _open_screen(self, kind: StationKind) -> None:
        self._drop_screen()
        context = self.context_for(kind)
        self._register_station(context.actor)
        self.screens.put(station_factory(kind)(context))

    def show_hall_screen(self, group: str | None = None, *, full_screen: bool = True) -> None:
        """The hall screen for the chosen fair, full screen (``group``: the booths' label
        prefix; ``None``: the one this PC used last). Leaving it is leaving a station."""
        if self.needs_sign_in():
            self.show_sign_in()
            return
        if self.station_screen is not None and not self._screen_can_leave():
            return
        self._drop_screen()
        self.station = None
        self.settings.setValue(keys.KEY_STATION, "")
        screen = HallScreen(self.context_for(StationKind.ORGANIZER), group)
        screen.full_screen_wanted.connect(self._set_hall_full_screen)
        self.screens.put(screen)
        self._sync_station_combo()
        self.station_status.setText(self.tr("Hall screen"))
        if full_screen:
            self._set_hall_full_screen(True)
        self.station_changed.emit("hall")

    def show_kiosk_screen(self) -> None:
        """The self-service kiosk for the chosen fair, full screen and locked: leaving it takes
        an organizer's or the desk's PIN, so it needs such an account on the database."""
        if self.needs_sign_in():
            self._kiosk_wanted = True
            self.show_sign_in()
            return
        self._kiosk_wanted = False
        title = self.tr("Kiosk")
        if StationKind.DESK.value not in self.allowed_stations():
            self.dialogs.error(title, self.tr(
                "Only an organizer or the desk may open the kiosk. Sign in with such an account "
                "(File > Sign out)."))
            return
        if self.current_fair() is None:
            self.dialogs.error(title, self.tr("Choose a fair first: the kiosk checks in to it."))
            return
        if not self._transaction(accounts_exist):
            self.dialogs.error(title, self.tr(
                "The kiosk is locked with an organizer's or the desk's PIN, and this database "
                "has no accounts yet. Make one first (Organizer station, Accounts)."))
            return
        if self.station_screen is not None and not self._screen_can_leave():
            return
        self._drop_screen()
        self.station = None
        self.settings.setValue(keys.KEY_STATION, "")
        context = self.context_for(StationKind.DESK)
        self._register_station(context.actor)
        if load_station_printer(self.settings) is None:
            first_time_setup(context, self)  # staff set the kiosk's printer once, before locking
        screen = KioskScreen(context)
        screen.left.connect(self.show_start_page)
        self.screens.put(screen, focus=False)
        screen.reset()
        self._sync_station_combo()
        self.station_status.setText(self.tr("Kiosk"))
        self._set_hall_full_screen(True)
        self.station_changed.emit("kiosk")

    def _set_hall_full_screen(self, on: bool) -> None:
        """The hall screen or the kiosk alone on the whole monitor (``on``), or back in the
        window."""
        self.screens.set_alone(on)

    def _drop_screen(self) -> None:
        self.screens.drop()

    def _screen_changed(self) -> None:
        """A screen went up or down: the station menus and the camera follow it."""
        shown = self.screens.screen
        self.station_menus.update(
            self.station if shown is not None and self.screens.hall is None
            and self.screens.kiosk is None else None)
        self.camera_switch.station_changed()

    @property
    def station_screen(self) -> StationScreen | None:
        """The screen on show (``ScreenHost.screen``)."""
        return self.screens.screen

    @property
    def hall_screen(self) -> HallScreen | None:
        return self.screens.hall

    @property
    def kiosk_screen(self) -> KioskScreen | None:
        return self.screens.kiosk

    def station_name(self) -> str:
        """This PC's name in the audit log: set in the settings, else its host name."""
        return keys.read_str(self.settings, keys.KEY_STATION_NAME) or QSysInfo.machineHostName()

    def _register_station(self, actor: Actor) -> None:
        """Make this PC known by its name (the first time) and note the role it opens now.

        Quiet when it fails: a server out of reach is the offline light's news, and the
        station's writes carry its id and role whether or not the row exists.
        """
        try:
            with self.session_factory.begin() as session:
                register_station(session, actor, self.station_name())
        except (SQLAlchemyError, JobFairError):
            log.warning("could not register this station", exc_info=True)

    def _screen_can_leave(self) -> bool:
        return self.screens.can_leave()

    def _station_activated(self, index: int) -> None:
        kind = StationKind(self.station_combo.itemData(index))
        if kind != self.station:
            self.choose_station(kind)

    def _sync_station_combo(self) -> None:
        index = STATION_ORDER.index(self.station) if self.station is not None else -1
        self.station_combo.setCurrentIndex(index)

    def _update_station_status(self) -> None:
        if self.station is None:
            self.station_status.setText(self.tr("Station: none chosen"))
        else:
            self.station_status.setText(
                self.tr("Station: {name}").format(name=station_label(self.station))
            )

    def _update_account_status(self) -> None:
        if self.account is None:
            self.account_status.setText("")
            return
        role = QCoreApplication.translate("codes", ROLE_LABELS[self.account.role])
        where = f" · {self.account.booth_label}" if self.account.booth_label else ""
        self.account_status.setText(
            self.tr("Signed in: {name} ({role}{where})").format(
                name=self.account.shown_name, role=role, where=where
            )
        )

    # -- accounts -------------------------------------------------------------------------

    @property
    def account(self) -> AccountView | None:
        """The account signed in here (``station_account``), or ``None``."""
        return self.station_account.account

    @account.setter
    def account(self, account: AccountView | None) -> None:
        self.station_account.account = account

    def station_actor(self, kind: StationKind | None = None) -> Actor:
        """This station as the author of writes, serving as ``kind`` (see ``StationAccount``)."""
        return self.station_account.actor(kind)

    def allowed_stations(self) -> frozenset[str]:
        """The stations the signed-in role may open (all of them without accounts)."""
        return self.station_account.allowed_stations()

    def needs_sign_in(self) -> bool:
        """Whether the database has accounts and nobody is signed in here."""
        if self.account is not None:
            return False
        return bool(self._transaction(accounts_exist))

    def show_sign_in(self) -> None:
        """The sign-in page instead of any station; the choosers wait for a sign-in."""
        self._drop_screen()
        self.station = None
        self.sign_in_page.session_factory = self.session_factory
        self.sign_in_page.station = self.station_actor()
        self.sign_in_page.reset()
        self.stack.setCurrentWidget(self.sign_in_page)
        self.sign_in_page.setFocus(Qt.FocusReason.OtherFocusReason)
        self._enable_choosers(False)
        self._sync_station_combo()
        self._update_station_status()
        self._update_account_status()

    def signed_in(self, account: AccountView) -> None:
        """``account`` signed in: its fair (a booth's), then its station or the start page."""
        self.account = account
        self._enable_choosers(True)
        if account.fair_id is not None:
            self.reload_fairs(account.fair_id)
        self._update_account_status()
        self.statusBar().showMessage(
            self.tr("Welcome, {name}.").format(name=account.shown_name), 5000
        )
        self.account_changed.emit()
        if self._kiosk_wanted:
            self.show_kiosk_screen()
            return
        self._open_remembered_station()

    def sign_out(self) -> None:
        """Back to the sign-in page for the next person (the screen is asked first)."""
        if self.account is None:
            return
        if self.station_screen is not None and not self._screen_can_leave():
            return
        actor = self.station_actor()
        self._transaction(lambda session: sign_out(session, actor))
        self.account = None
        self.account_changed.emit()
        # Somebody was signed in, so the database has accounts: the next person signs in too
        # (asking the database again could only err, and a failed read must not open the PC).
        self.show_sign_in()

    def _enable_choosers(self, on: bool) -> None:
        booth_bound = on and self.account is not None and self.account.fair_id is not None
        self.fair_combo.setEnabled(on and bool(self.fairs) and not booth_bound)
        self.station_combo.setEnabled(on)
        self.menus.station_menu.setEnabled(on)
        self.menus.demo_action.setEnabled(on and Role.ORGANIZER.value in self.allowed_stations())
        self.menus.sign_out_action.setEnabled(self.account is not None)

    def _check_account(self) -> None:
        """After any change: sign-in needed now (first account made elsewhere), or the
        signed-in account switched off or changed by an organizer (``StationAccount.check``)."""
        self.station_account.check()

    def _account_switched_off(self) -> None:
        self.account_changed.emit()
        self.dialogs.inform(
            self.tr("Signed out"),
            self.tr("An organizer changed or switched off your account. Sign in again."),
        )
        self.show_sign_in()

    def _update_title(self) -> None:
        fair = self.current_fair()
        self.setWindowTitle(f"{fair.name} — JobFair" if fair else "JobFair")

    # -- live updates and the database ----------------------------------------------------

    def _make_live(self) -> LiveUpdates:
        live = LiveUpdates(self.session_factory, self)
        live.data_changed.connect(self._data_changed)
        return live

    def _data_changed(self, fair_id: int) -> None:
        """Another station (or this one) wrote: refresh the screen if it shows that fair."""
        self._check_account()  # an account made, changed or switched off elsewhere
        fair = self.current_fair()
        if fair is None or fair_id not in (0, fair.id):
            return
        if self.station_screen is not None:
            self.station_screen.refresh()

    def open_connection_screen(self) -> ConnectionDialog:
        """The connection screen; choosing a database there reconnects the window."""
        dialog = ConnectionDialog(
            self.settings, self.dialogs, self, current_url=self.config.db_url
        )
        dialog.connected.connect(self.connect_to)
        dialog.open()
        return dialog

    def connect_to(self, url: str) -> bool:
        """Work on the database at ``url`` from now on (already tested and migrated)."""
        if self.station_screen is not None and not self._screen_can_leave():
            return False
        engine, factory = connect(url)
        self.live.stop()
        self.live.deleteLater()
        self._drop_screen()
        if self._own_engine is not None:
            self._own_engine.dispose()
        self._own_engine = engine
        self.session_factory = factory
        self.config = dataclasses.replace(self.config, db_url=url)
        self.reader.stop()
        self.reader = OperationRunner(runs_on_a_server(url), self)
        self.live = self._make_live()
        self.live.start()
        self.fairs = []
        self.account = None  # accounts belong to a database
        self.reload_fairs(keys.read_int(self.settings, keys.KEY_FAIR))
        if self.needs_sign_in():
            self.show_sign_in()
        else:
            self._enable_choosers(True)
            if self.station is not None and self.station_screen is None:
                self._open_screen(self.station)
        self.account_changed.emit()
        self.retranslate()
        self.statusBar().showMessage(
            self.tr("Connected to {url}.").format(url=describe_url(url)), 5000
        )
        self.database_changed.emit()
        return True

    # -- the demo fair --------------------------------------------------------------------

    def offer_demo_if_empty(self) -> None:
        """On a database without any fair, offer to load the demo fair."""
        if self.fairs:
            return
        if self.dialogs.ask(
            self.tr("No fair yet"),
            self.tr(
                "This database has no fair yet.\n\nLoad the demo fair (the 2015 Yangju, "
                "Uijeongbu and Dongducheon job fair: 28 employers, 1,000 seekers) to look around?"
            ),
        ):
            self.load_demo()

    def load_demo(self) -> None:
        """Create the demo fair (or find it) in one transaction, then select it."""
        actor = self.station_actor(self.station)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._transaction(lambda session: self.demo_loader(session, actor))
        except NotImplementedError:
            result = None
            self.dialogs.error(
                self.tr("Demo fair"), self.tr("This version of JobFair has no demo fair yet.")
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result is None:
            return
        self.reload_fairs(select_id=result.fair_id)
        self.statusBar().showMessage(self.tr("The demo fair is loaded."), 5000)
        self.demo_loaded.emit(result.fair_id)

    # -- language -------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the language now and remember it for the next start."""
        self.languages.apply(language)
        self.settings.setValue(keys.KEY_LANGUAGE, language)
        self._check_language()

    def _check_language(self) -> None:
        self.menus.check_language(self.languages.current)

    # -- database access ------------------------------------------------------------------

    def _transaction(self, work: Callable[[Session], T]) -> T | None:
        """Run ``work`` in one transaction; a failure becomes a message box and ``None``."""
        try:
            with self.session_factory.begin() as session:
                return work(session)
        except JobFairError as exc:
            self.dialogs.error(self.tr("JobFair"), error_message(exc))
        except SQLAlchemyError as exc:
            self.dialogs.error(
                self.tr("JobFair"),
                self.tr("The database refused the operation: {reason}").format(
                    reason=first_line(exc)
                ),
            )
        return None

    # -- window state ---------------------------------------------------------------------

    def start(self) -> None:
        """Show the window; the demo offer comes once the window is on screen."""
        self.show()
        self.activateWindow()  # keyboard-first: the start page's keys work at once
        QTimer.singleShot(0, self.offer_demo_if_empty)

    def _restore_geometry(self) -> None:
        saved: Any = self.settings.value(keys.KEY_GEOMETRY)
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(1280, 800)

    def _may_quit_with_records_waiting(self) -> bool:
        """Records taken offline and not sent yet stay on this PC: say so before quitting."""
        waiting = self.offline.outbox.waiting_count() if self.offline is not None else 0
        if not waiting:
            return True
        return self.dialogs.ask(
            self.tr("Records not sent yet"),
            self.tr("%n record(s) taken while the server was away have not reached it yet. They "
                    "stay on this PC and are sent the next time JobFair runs here and reaches "
                    "the server. Quit now?", "", waiting),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.station_screen is not None and not self._screen_can_leave():
            event.ignore()
            return
        if not self._may_quit_with_records_waiting():
            event.ignore()
            return
        self.settings.setValue(keys.KEY_GEOMETRY, self.saveGeometry())
        self.settings.sync()
        self.camera_switch.detach()
        if self.station_screen is not None:
            self.station_screen.close()  # closing the window does not close its children
        self.live.stop()
        self.reader.stop()
        if self._own_engine is not None:
            self._own_engine.dispose()
            self._own_engine = None
        super().closeEvent(event)

