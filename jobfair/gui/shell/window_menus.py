"""The window's own menus: File, Station and View (the stations add theirs beside them,
``menus.StationMenus``), each action with its shortcut, and their texts in the language in force.

The actions only call what the window gives them (``WindowActions``): the menus hold no state of
their own beyond which actions may be used now.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar

from jobfair.domain.codes import StationKind
from jobfair.gui.common.language import LANGUAGE_NAMES
from jobfair.gui.common.stations import STATION_ORDER, station_label


@dataclass(frozen=True)
class WindowActions:
    """What the menus' actions do, given by the window."""

    load_demo: Callable[[], None]
    connect: Callable[[], object]
    sign_out: Callable[[], None]
    quit: Callable[[], object]
    start_page: Callable[[], None]
    choose_station: Callable[[StationKind], None]
    hall: Callable[[], None]
    kiosk: Callable[[], None]
    set_language: Callable[[str], None]


class WindowMenus(QObject):
    """File, Station and View in the window's menu bar.

    Attributes:
        station_actions: Ctrl+1… for each station, by kind.
        language_actions: one checkable action per language, by code.
    """

    def __init__(self, bar: QMenuBar, do: WindowActions, parent: QObject) -> None:
        super().__init__(parent)
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.demo_action = self._action("demoAction", do.load_demo)
        self.connect_action = self._action("connectAction", do.connect)
        self.sign_out_action = self._action("signOutAction", do.sign_out, "Ctrl+Shift+L")
        self.quit_action = self._action("quitAction", do.quit, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.connect_action)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.station_menu = bar.addMenu("")
        self.station_menu.setObjectName("stationMenu")
        self.start_action = self._action("startAction", do.start_page, "Ctrl+0")
        self.station_menu.addAction(self.start_action)
        self.station_menu.addSeparator()
        self.station_actions: dict[StationKind, QAction] = {}
        for number, kind in enumerate(STATION_ORDER, start=1):
            action = self._action(f"station_{kind.value}",
                                  partial(do.choose_station, kind), f"Ctrl+{number}")
            self.station_menu.addAction(action)
            self.station_actions[kind] = action
        self.station_menu.addSeparator()
        self.hall_action = self._action("hallScreenAction", do.hall,
                                        f"Ctrl+{len(STATION_ORDER) + 1}")
        self.station_menu.addAction(self.hall_action)
        self.kiosk_action = self._action("kioskAction", do.kiosk,
                                         f"Ctrl+{len(STATION_ORDER) + 2}")
        self.station_menu.addAction(self.kiosk_action)

        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.setObjectName("languageMenu")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.setObjectName(f"language_{code}")
            action.triggered.connect(lambda _=False, c=code: do.set_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

    def _action(self, name: str, run: Callable[[], object],
                shortcut: str | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False: run())
        return action

    def check_language(self, language: str) -> None:
        """Tick the language in force."""
        action = self.language_actions.get(language)
        if action is not None:
            action.setChecked(True)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.demo_action.setText(self.tr("Load the &demo fair"))
        self.connect_action.setText(self.tr("&Connect to database…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.station_menu.setTitle(self.tr("S&tation"))
        self.start_action.setText(self.tr("Choose a station…"))
        for kind, action in self.station_actions.items():
            action.setText(station_label(kind))
        self.hall_action.setText(self.tr("&Hall screen"))
        self.kiosk_action.setText(self.tr("&Kiosk (self-service check-in)"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
