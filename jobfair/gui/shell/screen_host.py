"""The screen the window shows: a station's, the hall screen or the kiosk.

Putting one up takes the last one down first (its ``close`` ends its work: its operations'
thread, the hall's timers), and the window hears of each change to update its menus and the
camera. The hall screen and the kiosk may be alone on the whole monitor: the window's bars are
hidden while one of them shows, and come back with any other screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from jobfair.gui.common.stations import StationScreen
from jobfair.gui.hall.screen import HallScreen
from jobfair.gui.kiosk.screen import KioskScreen


class ScreenHost:
    """The window's stack of screens and the one on show.

    Attributes:
        screen: the screen on show (a station's, the hall screen or the kiosk), or ``None`` on
            the start or sign-in page.
        hall: the hall screen, when it is the one on show.
        kiosk: the kiosk, when it is the one on show.
        bars: the window's parts hidden while a screen is alone on the monitor.
    """

    def __init__(self, window: QMainWindow, stack: QStackedWidget,
                 bars: Callable[[], list[QWidget]],
                 changed: Callable[[], None], dropping: Callable[[], None]) -> None:
        self.window = window
        self.stack = stack
        self.bars = bars
        self._changed = changed  # after a screen went up or down
        self._dropping = dropping  # before one goes down (the camera lets go of it)
        self.screen: StationScreen | None = None
        self.hall: HallScreen | None = None
        self.kiosk: KioskScreen | None = None

    def can_leave(self) -> bool:
        """Whether the screen on show lets the window show another (a half-filled form asks)."""
        return self.screen is None or self.screen.can_leave()

    def put(self, screen: StationScreen, *, focus: bool = True) -> None:
        """Show ``screen`` instead of the one on show."""
        self.drop()
        self.screen = screen
        self.hall = screen if isinstance(screen, HallScreen) else None
        self.kiosk = screen if isinstance(screen, KioskScreen) else None
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        if focus:
            screen.setFocus(Qt.FocusReason.OtherFocusReason)
        self._changed()

    def drop(self) -> None:
        """Take the screen on show down (back to the stack's pages)."""
        if self.hall is not None:
            self.hall.stop()
        was_alone = self.hall is not None or self.kiosk is not None
        self.hall = self.kiosk = None
        if was_alone:
            self.set_alone(False)
        if self.screen is None:
            return
        self._dropping()
        self.screen.close()  # a screen's close ends its work (its operations' thread)
        self.stack.removeWidget(self.screen)
        self.screen.deleteLater()
        self.screen = None
        self._changed()

    def set_alone(self, on: bool) -> None:
        """The hall screen or the kiosk alone on the whole monitor (``on``), or back in the
        window with its bars."""
        on = on and (self.hall is not None or self.kiosk is not None)
        for bar in self.bars():
            bar.setVisible(not on)
        if self.hall is not None:
            self.hall.set_full_screen(on)
        if on:
            self.window.showFullScreen()
        elif self.window.isFullScreen():
            self.window.showNormal()
