"""Screenshots of the window for the README, at a station PC's 1280×800, on the demo fair.

    QT_QPA_PLATFORM=offscreen uv run python scripts/screenshots.py [--lang ko|en] [--out DIR]

The window is drawn as a station shows it (Fusion, the shipped font, the style sheet) on a demo
fair in a throwaway database, with the clock on the fair's day; each screen is saved with
``QWidget.grab``: docs/screenshots/desk.png, booth.png, dashboard.png.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from jobfair.config import Config
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.db.migrate import upgrade
from jobfair.db.models import Seeker
from jobfair.domain.codes import StationKind
from jobfair.gui.shell.application import build_main_window, ensure_application, setup_application
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.organizer.dashboard.view import DashboardView
from jobfair.gui.common.dialogs import MessageBoxDialogs
from jobfair.gui.common.language import LanguageManager
from jobfair.gui.shell.main_window import MainWindow


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: object, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:  # type: ignore[operator]
        wait(50)
        waited += 50


def scan(text: str) -> None:
    """A wedge scanner's keys, where the keyboard is."""
    target = QApplication.focusWidget()
    assert target is not None
    for ch in text:
        QTest.keyClick(target, ch)
        QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget() or target, Qt.Key.Key_Return)


def save(widget: QWidget, path: Path) -> None:
    wait(300)
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="ko")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--size", default="1280x800")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    app = ensure_application()
    setup_application(app)
    work = Path(tempfile.mkdtemp(prefix="jobfair-shots-"))
    url = f"sqlite:///{work / 'jobfair.sqlite3'}"
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    config = Config(db_url=url, data_dir=work / "station", language=args.lang)
    languages = LanguageManager(app)
    languages.apply(args.lang)
    holder: list[MainWindow] = []

    def fair_day() -> datetime:
        fair = holder[0].current_fair() if holder else None
        if fair is None:
            return datetime.now(UTC)
        opens = datetime.combine(fair.date, fair.opens_at, ZoneInfo(fair.timezone))
        return (opens + timedelta(hours=3)).astimezone(UTC)

    window = build_main_window(config, factory, languages=languages,
                               dialogs=MessageBoxDialogs(), clock=fair_day)
    holder.append(window)
    window.resize(width, height)
    window.show()
    window.load_demo()
    wait(200)
    with factory() as s:
        badge = s.scalars(select(Seeker.badge_no).where(Seeker.badge_no.is_not(None))
                          .order_by(Seeker.badge_no).offset(40).limit(1)).one()
    args.out.mkdir(parents=True, exist_ok=True)

    window.choose_station(StationKind.DESK)
    wait(300)
    scan(f"#{badge}")
    save(window, args.out / "desk.png")

    window.choose_station(StationKind.BOOTH)
    booth = window.station_screen
    assert isinstance(booth, BoothScreen)
    wait(200)
    if booth.booth is None:
        QTest.keyClicks(booth.chooser.filter_edit, "a03")
        QTest.keyClick(booth.chooser.filter_edit, Qt.Key.Key_Return)
        wait(200)
    save(window, args.out / "booth-empty.png")
    scan(f"#{badge}")
    wait_until(lambda: booth.card_view.card is not None)
    save(window, args.out / "booth.png")

    window.choose_station(StationKind.ORGANIZER)
    dashboard = window.findChild(DashboardView)
    assert dashboard is not None
    wait_until(lambda: dashboard.data is not None)
    save(window, args.out / "dashboard.png")
    dashboard.left_tabs.setCurrentWidget(dashboard.floor)
    save(window, args.out / "dashboard-floor.png")
    window.close()


if __name__ == "__main__":
    main()
