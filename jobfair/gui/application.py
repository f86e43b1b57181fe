"""Starting the window: the application object, fonts, language, database, then the window.

``run_gui`` is the only part that needs a real event loop; ``build_main_window`` is what tests
call to get the same window without ``exec()``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from jobfair.config import APP_NAME, Config
from jobfair.db.engine import (
    SessionFactory,
    describe_url,
    first_line,
    make_engine,
    make_session_factory,
)
from jobfair.db.migrate import upgrade
from jobfair.domain.errors import DatabaseUnavailableError, JobFairError
from jobfair.gui import settings as keys
from jobfair.gui.dialogs import Dialogs, MessageBoxDialogs
from jobfair.gui.errors import ErrorReporter, install_excepthook
from jobfair.gui.language import LanguageManager
from jobfair.gui.main_window import DemoLoader, MainWindow, default_demo_loader
from jobfair.i18n import error_message, resolve_language
from jobfair.resources import font_path, resources_dir

BASE_POINT_SIZE = 12  # large enough to read at arm's length on a 1280x800 laptop


def run_gui(config: Config, *, dialogs: Dialogs | None = None) -> int:
    """Open the window on ``config``'s database and run until it closes; the exit status.

    ``dialogs`` replaces the message boxes (tests); by default they are real and modal.
    """
    given_dialogs = dialogs
    app = ensure_application()
    setup_application(app)
    settings = keys.make_settings(config)
    languages = LanguageManager(app)
    languages.apply(choose_language(config, settings))
    dialogs = dialogs or MessageBoxDialogs()
    reporter = ErrorReporter(dialogs, config.data_dir / "logs")
    install_excepthook(reporter)
    try:
        engine = make_engine(config.db_url)
        upgrade(engine)
    except (SQLAlchemyError, OSError) as exc:
        # OSError: the folder of a SQLite file cannot be made (a read-only or missing drive)
        unavailable = DatabaseUnavailableError(
            where=describe_url(config.db_url), reason=first_line(exc)
        )
        dialogs.error(cannot_start(), error_message(unavailable))
        return 1
    except JobFairError as exc:
        dialogs.error(cannot_start(), error_message(exc))
        return 1
    try:
        window = build_main_window(
            config, make_session_factory(engine), settings=settings, languages=languages,
            dialogs=given_dialogs,
        )
        reporter.dialogs = window.dialogs
        window.start()
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
) -> MainWindow:
    """The main window on an open, migrated database; the language is put in force if needed."""
    app = ensure_application()
    settings = settings if settings is not None else keys.make_settings(config)
    if languages is None:
        languages = LanguageManager(app)
        languages.apply(choose_language(config, settings))
    return MainWindow(
        config, session_factory, settings, languages, dialogs=dialogs, demo_loader=demo_loader
    )


def ensure_application() -> QApplication:
    app = QCoreApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1] or [APP_NAME])
    if not isinstance(app, QApplication):
        raise RuntimeError("the window needs a QApplication, but a QCoreApplication exists")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    return app


def choose_language(config: Config, settings: QSettings) -> str:
    """``--lang`` or ``JOBFAIR_LANG``, else the language chosen in the menu, else the system's."""
    return resolve_language(config.language or keys.read_str(settings, keys.KEY_LANGUAGE))


def setup_application(app: QApplication) -> None:
    """Fusion style, the shipped NanumGothic as the default font, JobFair's style sheet."""
    app.setStyle("Fusion")
    family = load_fonts()
    font = QFont(family) if family else app.font()
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    sheet = resources_dir() / "style" / "jobfair.qss"
    if sheet.is_file():
        app.setStyleSheet(sheet.read_text(encoding="utf-8"))


def load_fonts() -> str | None:
    """Register the shipped NanumGothic (regular and bold); its family name, if it loaded.

    The PCs at a fair may have no Hangul font at all; without this Qt would draw boxes.
    """
    family: str | None = None
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    return family
