"""What every station screen shares: its context from the window, its base class, its name.

A station screen is built by a factory ``(StationContext) -> StationScreen``; the window finds
the factories in ``jobfair.gui.shell.station_factories`` (plain imports, made when a station is
first opened). A screen answers ``can_leave()`` before the window switches fair or station (a
half-filled form answers ``False`` after asking the user), and is dropped afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from jobfair.config import Config
from jobfair.db.engine import SessionFactory
from jobfair.domain.codes import StationKind
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.dialogs import Dialogs
from jobfair.gui.common.figures_panel import FiguresPanel
from jobfair.gui.common.live import LiveUpdates
from jobfair.gui.common.offline import OfflineController
from jobfair.gui.common.scan import ScanCatcher
from jobfair.services.context import Actor
from jobfair.services.setup.fairs import FairView

STATIONS_CONTEXT = "stations"

STATION_ORDER: tuple[StationKind, ...] = (
    StationKind.DESK,
    StationKind.BOOTH,
    StationKind.ORGANIZER,
)

STATION_LABELS: dict[StationKind, str] = {
    StationKind.DESK: QT_TRANSLATE_NOOP("stations", "Registration desk"),
    StationKind.BOOTH: QT_TRANSLATE_NOOP("stations", "Booth"),
    StationKind.ORGANIZER: QT_TRANSLATE_NOOP("stations", "Organizer"),
}

STATION_DESCRIPTIONS: dict[StationKind, str] = {
    StationKind.DESK: QT_TRANSLATE_NOOP(
        "stations", "Check in seekers, register walk-ins, print badges"
    ),
    StationKind.BOOTH: QT_TRANSLATE_NOOP(
        "stations", "Scan badges, log interviews and their outcomes"
    ),
    StationKind.ORGANIZER: QT_TRANSLATE_NOOP(
        "stations", "Set up the fair, follow the figures, print the day's report"
    ),
}

def station_label(kind: StationKind) -> str:
    """The station's name in the language in force."""
    return QCoreApplication.translate(STATIONS_CONTEXT, STATION_LABELS[kind])


def station_description(kind: StationKind) -> str:
    return QCoreApplication.translate(STATIONS_CONTEXT, STATION_DESCRIPTIONS[kind])


@dataclass(frozen=True)
class StationContext:
    """What a station screen gets from the window.

    Attributes:
        kind: which station this is.
        fair: the fair chosen in the top bar, or ``None`` when the database has no fair yet.
        config: the run's configuration (database URL, data folder, language).
        session_factory: opens a session; one transaction per user action.
        actor: this station as the author of its writes (its id is kept in the settings).
        dialogs: ask/inform/error, answerable by tests.
        settings: this station's settings file, for the screen's own keys (e.g. which booth).
        load_demo: loads the demo fair and selects it (for screens shown on an empty database).
        live: the window's live updates (``data_changed(fair_id)`` when any station wrote); the
            window already calls the screen's ``refresh()`` on it, so a screen connects it only
            for something else.
        offline: the station's outbox and its delivery (``jobfair.gui.common.offline``); ``None``
            where the station works online only.
    """

    kind: StationKind
    fair: FairView | None
    config: Config
    session_factory: SessionFactory
    actor: Actor
    dialogs: Dialogs
    settings: QSettings
    load_demo: Callable[[], None]
    live: LiveUpdates | None = None
    offline: OfflineController | None = None


StationFactory = Callable[[StationContext], "StationScreen"]


class StationScreen(QWidget):
    """What the window holds on show and asks things of: every station's screen is one.

    A base class rather than a ``Protocol``: the window needs the widget (to show, focus and
    close it) and the station's answers together, which a typing intersection cannot say.

    Attributes:
        context: what the window opened the screen with (its fair, its station's actor).
        catcher: the scan catcher of a screen that takes scans (the camera feeds it), or
            ``None``.
    """

    catcher: ScanCatcher | None = None

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Another station wrote: read what the screen shows again."""

    def can_leave(self) -> bool:
        """Asked before the window switches fair or station; a half-filled form asks the user
        and answers ``False`` to stay."""
        return True


class FiguresStation(StationScreen):
    """A station before its own screen exists: the chosen fair's headline figures.

    Attributes:
        panel: the figures panel, or ``None`` when there is no fair.
    """

    def __init__(self, context: StationContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName(f"station_{context.kind.value}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.heading = QLabel()
        self.heading.setObjectName("stationHeading")
        layout.addWidget(self.heading)
        self.panel: FiguresPanel | None = None
        self.empty_label: QLabel | None = None
        self.demo_button: QPushButton | None = None
        if context.fair is not None:
            self.panel = FiguresPanel(context.session_factory, context.fair.id)
            layout.addWidget(self.panel, 1)
        else:
            self.empty_label = QLabel()
            self.empty_label.setWordWrap(True)
            self.demo_button = QPushButton()
            self.demo_button.setObjectName("loadDemoButton")
            self.demo_button.clicked.connect(context.load_demo)
            layout.addWidget(self.empty_label)
            layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        """Read the figures again (another station changed something)."""
        if self.panel is not None:
            self.panel.refresh()

    def retranslate(self) -> None:
        heading = station_label(self.context.kind)
        if self.context.fair is not None:
            heading = f"{heading} · {self.context.fair.name}"
        self.heading.setText(heading)
        if self.empty_label is not None and self.demo_button is not None:
            self.empty_label.setText(
                self.tr("There is no fair in this database yet. Load the demo fair to look "
                        "around, or create a fair at the organizer station.")
            )
            self.demo_button.setText(self.tr("Load the demo fair"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
