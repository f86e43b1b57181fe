"""Starting the window: the application object, fonts, language, database, then the window.

``run_gui`` is the only part that needs a real event loop; ``build_main_window`` is what tests
call to get the same window without ``exec()``.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog
from sqlalchemy.exc import SQLAlchemyError

from jobfair.config import Config
from jobfair.db.engine import (
    SessionFactory,
    database_error,
    make_session_factory,
)
from jobfair.domain.errors import JobFairError
from jobfair.gui.common import settings as keys
from jobfair.gui.common.dialogs import Dialogs, MessageBoxDialogs
from jobfair.gui.common.errors import ErrorReporter, install_excepthook
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.shell.connection import ConnectionDialog
from jobfair.gui.shell.database import (
    SchemaNotReadyError,
    open_database,
    with_remembered_database,
)
from jobfair.gui.shell.frame import (  # the names tests and callers know from here
    BASE_POINT_SIZE as BASE_POINT_SIZE,
)
from jobfair.gui.shell.frame import (
    Frame,
    choose_language,
    ensure_application,
    show_frame,
)
from jobfair.gui.shell.frame import load_fonts as load_fonts
from jobfair.gui.shell.frame import setup_application as setup_application
from jobfair.gui.shell.main_window import Clock, DemoLoader, MainWindow, default_demo_loader
from jobfair.i18n import error_message
from jobfair.logs import log_folder
from jobfair.services.context import utc_now

# (settings, dialogs, address tried) -> the address chosen on the connection screen, or None
ChooseDatabase = Callable[[QSettings, Dialogs, str], str | None]


def ask_for_database(settings: QSettings, dialogs: Dialogs, url: str) -> str | None:
    """The connection screen, modal, before the window exists."""
    dialog = ConnectionDialog(settings, dialogs, current_url=url)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.chosen_url if accepted else None


@dataclasses.dataclass(frozen=True)
class HallStart:
    """``jobfair hall``: the booths' label prefix (``None``: as last time on this PC) and
    whether Korean and English alternate."""

    group: str | None = None
    alternate: bool = False


def run_gui(
    config: Config,
    *,
    dialogs: Dialogs | None = None,
    choose_database: ChooseDatabase = ask_for_database,
    frame: Frame | None = None,
    hall: HallStart | None = None,
    kiosk: bool = False,
) -> int:
    """Open the window on ``config``'s database and run until it closes; the exit status.

    ``hall`` (``jobfair hall``): the window opens straight on the hall screen, full screen.
    ``kiosk`` (``jobfair kiosk``): straight on the self-service kiosk (after the sign-in).

    ``dialogs`` replaces the message boxes (tests); by default they are real and modal. When the
    database remembered from the connection screen cannot be used, or a shared database's schema
    is not ready, the connection screen (``choose_database``) opens after the message.
    """
    given_dialogs = dialogs
    frame = frame or show_frame(config)
    try:
        return _run(config, frame, given_dialogs, dialogs, choose_database, hall, kiosk)
    finally:
        frame.close()


def _run(
    config: Config, frame: Frame, given_dialogs: Dialogs | None, dialogs: Dialogs | None,
    choose_database: ChooseDatabase, hall: HallStart | None, kiosk: bool = False,
) -> int:
    app, settings, languages = frame.app, frame.settings, frame.languages
    config, remembered = with_remembered_database(config, settings)
    dialogs = dialogs or MessageBoxDialogs()
    reporter = ErrorReporter(dialogs, log_folder(config.data_dir))
    install_excepthook(reporter)
    while True:
        try:
            engine = open_database(config)
            break
        except (SQLAlchemyError, OSError) as exc:
            # OSError: the folder of a SQLite file cannot be made (a read-only or missing drive)
            dialogs.error(cannot_start(), error_message(database_error(exc, config.db_url)))
            may_choose = remembered
        except JobFairError as exc:
            dialogs.error(cannot_start(), error_message(exc))
            may_choose = remembered or isinstance(exc, SchemaNotReadyError)
        chosen = choose_database(settings, dialogs, config.db_url) if may_choose else None
        if chosen is None:
            return 1
        config = dataclasses.replace(config, db_url=chosen)
    try:
        window = build_main_window(
            config, make_session_factory(engine), settings=settings, languages=languages,
            dialogs=given_dialogs,
        )
        reporter.dialogs = window.dialogs
        window.start()
        frame.close()  # the main window stands where the frame was
        if hall is not None:
            if hall.alternate:
                settings.setValue(keys.KEY_HALL_ALTERNATE, "true")
            window.show_hall_screen(hall.group)
        elif kiosk:
            window.show_kiosk_screen()
        # What start-up made lives as long as the window: leave it out of the cyclic garbage
        # collector's full passes, which otherwise stall a busy station now and then.
        gc.freeze()
        return app.exec()
    finally:
        engine.dispose()


def cannot_start() -> str:
    return QCoreApplication.translate("Application", "JobFair cannot start")


def build_main_window(
    config: Config,
    session_factory: SessionFactory,
    *,
    settings: QSettings | None = None,
    languages: LanguageManager | None = None,
    dialogs: Dialogs | None = None,
    demo_loader: DemoLoader = default_demo_loader,
    clock: Clock = utc_now,
) -> MainWindow:
    """The main window on an open, migrated database; the language is put in force if needed.

    ``clock`` (the current UTC time) dates what the stations record; tests run the window on
    their fair's day with it.
    """
    app = ensure_application()
    settings = settings if settings is not None else keys.make_settings(config)
    if languages is None:
        languages = LanguageManager(app)
        languages.apply(choose_language(config, settings))
    return MainWindow(
        config, session_factory, settings, languages, dialogs=dialogs, demo_loader=demo_loader,
        clock=clock,
    )
