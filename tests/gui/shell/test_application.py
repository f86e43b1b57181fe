"""Starting the application: fonts, language choice, a database that cannot be opened, and
the last-resort error handler."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from jobfair.config import Config
from jobfair.domain.errors import NotFoundError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.errors import ErrorReporter
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.common.settings import KEY_LANGUAGE
from jobfair.gui.shell.application import (
    BASE_POINT_SIZE,
    choose_language,
    run_gui,
    setup_application,
)
from tests.gui.conftest import FakeDialogs


@pytest.fixture
def restored_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application with its font, style and style sheet put back afterwards."""
    font, sheet, style = QFont(qapp.font()), qapp.styleSheet(), qapp.style().name()
    yield qapp
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def test_the_shipped_hangul_font_is_the_default(restored_app: QApplication) -> None:
    setup_application(restored_app)
    font = restored_app.font()
    assert font.family() == "NanumGothic"
    assert font.pointSize() == BASE_POINT_SIZE >= 11
    assert "#topBar" in restored_app.styleSheet()


def test_language_follows_the_option_then_the_menu_then_korean(
    gui_config: Config, settings: QSettings
) -> None:
    from dataclasses import replace

    settings.setValue(KEY_LANGUAGE, "en")
    assert choose_language(gui_config, settings) == "en"
    assert choose_language(replace(gui_config, language="ko"), settings) == "ko"
    settings.remove(KEY_LANGUAGE)
    assert choose_language(replace(gui_config, language="xx"), settings) in ("ko", "en")


def test_an_unreachable_database_is_a_message_not_a_traceback(
    restored_app: QApplication,
    languages: LanguageManager,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    dialogs = FakeDialogs()
    config = Config(
        db_url="postgresql+psycopg://nobody:hunter2@127.0.0.1:1/jobfair",
        data_dir=tmp_path / "station",
        language="ko",
    )
    assert run_gui(config, dialogs=dialogs) == 1
    assert len(dialogs.errors) == 1
    title, text, _ = dialogs.errors[0]
    assert title == "JobFair를 시작할 수 없습니다"
    assert text.startswith("데이터베이스 postgresql+psycopg://nobody:***@127.0.0.1:1/jobfair")
    assert "hunter2" not in text
    assert "Traceback" not in capsys.readouterr().err


def test_unexpected_errors_are_logged_and_shown_briefly(
    languages: LanguageManager, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    reporter = ErrorReporter(dialogs, tmp_path / "logs")
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as exc:
        reporter(type(exc), exc, exc.__traceback__)
    log = (tmp_path / "logs" / "jobfair.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "boom in a slot" in log
    title, text, details = dialogs.errors[0]
    assert title == "예기치 않은 오류"
    assert str(reporter.log_path) in text and "Traceback" not in text
    assert details == "RuntimeError: boom in a slot"


def test_expected_errors_show_their_own_message_and_are_not_logged(
    languages: LanguageManager, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    reporter = ErrorReporter(dialogs, tmp_path / "logs")
    error = NotFoundError(QT_TRANSLATE_NOOP("errors", "The fair needs a name."))
    reporter(type(error), error, None)
    assert dialogs.errors == [("JobFair", "박람회 이름을 입력하세요.", None)]
    assert not (tmp_path / "logs").exists()
