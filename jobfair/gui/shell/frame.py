"""The window's frame, on screen before the rest of JobFair has loaded.

Opening the database and building the stations takes a second or more on a station PC; the
frame (the application with its fonts, style and language, and an empty window where the main
window will be) appears first, from Qt alone, so that a restarted booth PC answers at once.
``run_gui`` then opens the database behind it and puts the main window in its place.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from jobfair.config import APP_NAME, Config
from jobfair.gui.common import settings as keys
from jobfair.gui.common.language import LanguageManager
from jobfair.i18n import resolve_language
from jobfair.resources import font_path, resources_dir

BASE_POINT_SIZE = 12  # large enough to read at arm's length on a 1280x800 laptop


@dataclass
class Frame:
    """What start-up made before the database: handed to ``run_gui``.

    Attributes:
        app: the application, set up (``setup_application``).
        settings: this station's settings.
        languages: the language manager, with the language in force.
        window: the placeholder window on screen, closed once the main window shows.
    """

    app: QApplication
    settings: QSettings
    languages: LanguageManager
    window: QMainWindow | None = None

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None


def show_frame(config: Config) -> Frame:
    """The application set up and an empty JobFair window on screen, painted."""
    app = ensure_application()
    setup_application(app)
    settings = keys.make_settings(config)
    languages = LanguageManager(app)
    languages.apply(choose_language(config, settings))
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    label = QLabel(QCoreApplication.translate("Application", "Starting JobFair…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.setCentralWidget(label)
    saved = settings.value(keys.KEY_GEOMETRY)
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        window.restoreGeometry(saved)
    else:
        window.resize(1280, 800)
    window.show()
    app.processEvents()
    return Frame(app, settings, languages, window)


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
