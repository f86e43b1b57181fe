"""The menus of the station on screen: every thing a person does there, by name and shortcut.

The main window shows the **Desk** menu while the registration desk is open and the
**Organizer** menu while the organizer station is. Each item opens its tab or its dialog
(``jobfair.gui.organizer.actions``); the work before the fair (importing the pre-registration
list, printing everyone's badges, reprinting one, an interview confirmation) is in both menus.

Object names, for tests and for the lead's buttons:
- menus ``deskMenu``, ``organizerMenu``, ``exportCsvMenu`` (in the organizer's);
- before the fair: ``importSeekersAction``, ``printAllBadgesAction``, ``reprintBadgeAction``,
  ``confirmationAction``;
- the desk's own: ``printerSetupAction`` (the printer and badge layout the desk prints on);
- the organizer's tabs: ``organizerTab_<name>`` for ``ORGANIZER_TABS``' names;
- the organizer's dialogs: ``importEmployersAction``, ``copyEmployersAction``,
  ``paperSheetAction``, ``summaryReportAction``, ``exportWorkbookAction``,
  ``employerPacksAction``, ``annulAction``,
  ``exportCsv_<table>``, ``purgeAction``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from jobfair.domain.codes import StationKind
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.stations import StationContext, StationScreen

if TYPE_CHECKING:
    from jobfair.gui.organizer.setup.panel import SetupPanel
from jobfair.gui.organizer.screen import (
    TAB_ACCOUNTS,
    TAB_AUDIT,
    TAB_CONFLICTS,
    TAB_DASHBOARD,
    TAB_FOLLOW_UP,
    TAB_MATCHING,
    TAB_PAPER,
    TAB_REHEARSAL,
    TAB_SETUP,
    OrganizerScreen,
)
from jobfair.services.reports.export import TABLE_TITLES

CONTEXT = "StationMenus"

# The organizer's tabs in the menu: name, tab index, text, shortcut.
ORGANIZER_TABS: tuple[tuple[str, int, str, str], ...] = (
    ("dashboard", TAB_DASHBOARD, QT_TRANSLATE_NOOP("StationMenus", "&Dashboard"), "Alt+1"),
    ("setup", TAB_SETUP, QT_TRANSLATE_NOOP("StationMenus", "&Setup"), "Alt+2"),
    ("paper", TAB_PAPER, QT_TRANSLATE_NOOP("StationMenus", "Pa&per sheets"), "Alt+3"),
    ("followUp", TAB_FOLLOW_UP, QT_TRANSLATE_NOOP("StationMenus", "&Follow-up"), "Alt+4"),
    ("matching", TAB_MATCHING, QT_TRANSLATE_NOOP("StationMenus", "&Matching"), "Alt+5"),
    ("audit", TAB_AUDIT, QT_TRANSLATE_NOOP("StationMenus", "&Audit log"), "Alt+6"),
    ("accounts", TAB_ACCOUNTS, QT_TRANSLATE_NOOP("StationMenus", "A&ccounts"), "Alt+7"),
    ("conflicts", TAB_CONFLICTS,
     QT_TRANSLATE_NOOP("StationMenus", "Offline co&nflicts"), "Alt+8"),
    ("rehearsal", TAB_REHEARSAL,
     QT_TRANSLATE_NOOP("StationMenus", "&Rehearsal records"), "Alt+9"),
)

# (object name, text, shortcut, function) of the work before the fair, in both menus.
Opener = Callable[[StationContext, QWidget | None], object]


# The dialogs behind the menus load when first opened (the reports bring reportlab and openpyxl):
# the window shows sooner.
def _open_import_seekers(context: StationContext, parent: QWidget | None) -> object:
    from jobfair.gui.organizer.actions import open_import_seekers

    return open_import_seekers(context, parent)


def _open_print_all_badges(context: StationContext, parent: QWidget | None) -> object:
    from jobfair.gui.organizer.actions import open_print_all_badges

    return open_print_all_badges(context, parent)


def _open_reprint_badge(context: StationContext, parent: QWidget | None) -> object:
    from jobfair.gui.organizer.actions import open_reprint_badge

    return open_reprint_badge(context, parent)


def _open_confirmation(context: StationContext, parent: QWidget | None) -> object:
    from jobfair.gui.organizer.actions import open_confirmation

    return open_confirmation(context, parent)


def _open_summary_report(context: StationContext, parent: QWidget | None) -> object:
    from jobfair.gui.organizer.actions import open_summary_report

    return open_summary_report(context, parent)


def _open_export_workbook(context: StationContext, parent: QWidget | None) -> object:
    from jobfair.gui.organizer.actions import open_export_workbook

    return open_export_workbook(context, parent)


def _open_employer_packs(context: StationContext, parent: QWidget | None) -> object:
    from jobfair.gui.organizer.actions import open_employer_packs

    return open_employer_packs(context, parent)


def _open_annul(context: StationContext, parent: QWidget | None) -> object:
    from jobfair.gui.organizer.actions import open_annul

    return open_annul(context, parent)


def _open_printer_dialog(context: StationContext, parent: QWidget | None) -> object:
    from jobfair.gui.printing.calibration import open_printer_dialog

    return open_printer_dialog(context, parent)


def _open_export_csv(context: StationContext, parent: QWidget | None, table: str) -> object:
    from jobfair.gui.organizer.actions import open_export_csv

    return open_export_csv(context, parent, table)


BEFORE_THE_FAIR: tuple[tuple[str, str, str, Opener], ...] = (
    ("importSeekersAction", QT_TRANSLATE_NOOP("StationMenus", "&Import job seekers…"),
     "Ctrl+Shift+I", _open_import_seekers),
    ("printAllBadgesAction",
     QT_TRANSLATE_NOOP("StationMenus", "Print all pre-registered &badges…"),
     "Ctrl+Shift+B", _open_print_all_badges),
    ("reprintBadgeAction", QT_TRANSLATE_NOOP("StationMenus", "&Reprint a badge…"),
     "Ctrl+Shift+P", _open_reprint_badge),
    ("confirmationAction", QT_TRANSLATE_NOOP("StationMenus", "Interview confirma&tion…"),
     "Ctrl+Shift+C", _open_confirmation),
)

# The desk's own: object name, text, shortcut, function.
AT_THE_DESK: tuple[tuple[str, str, str, Opener], ...] = (
    ("printerSetupAction", QT_TRANSLATE_NOOP("StationMenus", "Printer and badge &layout…"),
     "", _open_printer_dialog),
)

# The organizer's own dialogs: object name, text, shortcut, function.
AT_CLOSING: tuple[tuple[str, str, str, Opener], ...] = (
    ("summaryReportAction", QT_TRANSLATE_NOOP("StationMenus", "S&ummary report…"),
     "Ctrl+Shift+R", _open_summary_report),
    ("exportWorkbookAction", QT_TRANSLATE_NOOP("StationMenus", "E&xport to Excel…"),
     "Ctrl+Shift+E", _open_export_workbook),
    ("employerPacksAction", QT_TRANSLATE_NOOP("StationMenus", "Emp&loyer result packs…"),
     "", _open_employer_packs),
    ("annulAction", QT_TRANSLATE_NOOP("StationMenus", "Annul a check-in or intervie&w…"),
     "", _open_annul),
)


class StationMenus(QObject):
    """The Desk and Organizer menus in the window's menu bar, shown with their station.

    Attributes:
        desk_menu, organizer_menu: the menus.
        actions: every action by its object name.
        texts: the translation context and untranslated text of each action, by object name.
    """

    def __init__(
        self, bar: QMenuBar, before: QAction,
        screen: Callable[[], StationScreen | None],
        context: Callable[[], StationContext | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.screen = screen
        self.context = context
        self.actions: dict[str, QAction] = {}
        self.texts: dict[str, tuple[str, str]] = {}
        self.desk_menu = QMenu(bar)
        self.desk_menu.setObjectName("deskMenu")
        self.organizer_menu = QMenu(bar)
        self.organizer_menu.setObjectName("organizerMenu")
        bar.insertMenu(before, self.desk_menu)
        bar.insertMenu(before, self.organizer_menu)

        shared = [self._opener(*item) for item in BEFORE_THE_FAIR]
        self.desk_menu.addActions(shared)
        self.desk_menu.addSeparator()
        self.desk_menu.addActions([self._opener(*item) for item in AT_THE_DESK])

        menu = self.organizer_menu
        for name, index, text, keys in ORGANIZER_TABS:
            menu.addAction(self._action(f"organizerTab_{name}", text, keys,
                                        self._tab_shower(index)))
        menu.addSeparator()
        menu.addAction(self._action(
            "importEmployersAction", QT_TRANSLATE_NOOP("StationMenus", "Import &employers…"),
            "", lambda: self._setup(lambda panel: panel.open_import())))
        menu.addAction(self._action(
            "copyEmployersAction",
            QT_TRANSLATE_NOOP("StationMenus", "Cop&y employers from an earlier fair…"),
            "", lambda: self._setup(lambda panel: panel.open_copy())))
        menu.addSeparator()
        menu.addActions(shared)
        menu.addSeparator()
        menu.addAction(self._action(
            "paperSheetAction", QT_TRANSLATE_NOOP("StationMenus", "&Key a paper result sheet…"),
            "Ctrl+Shift+K", lambda: self._on_screen(OrganizerScreen.open_paper_sheet)))
        for item in AT_CLOSING:
            menu.addAction(self._opener(*item))
        self.csv_menu = menu.addMenu("")
        self.csv_menu.setObjectName("exportCsvMenu")
        for table, title in TABLE_TITLES.items():
            action = self._action(f"exportCsv_{table}", title, "",
                                  self._csv_exporter(table), context="export")
            self.csv_menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self._action(
            "purgeAction", QT_TRANSLATE_NOOP("StationMenus", "Pur&ge personal data…"), "",
            lambda: self._on_screen(OrganizerScreen.open_purge)))
        self.retranslate()
        self.update(None)

    # -- building -----------------------------------------------------------------------------

    def _action(
        self, name: str, text: str, keys: str, slot: Callable[[], object],
        context: str = CONTEXT,
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[name] = action
        self.texts[name] = (context, text)
        return action

    def _opener(self, name: str, text: str, keys: str, opener: Opener) -> QAction:
        return self._action(name, text, keys, lambda: self._run(opener))

    # -- running --------------------------------------------------------------------------------

    def _run(self, opener: Opener) -> object:
        context = self.context()
        if context is None:
            return None
        return opener(context, self.screen())

    def _csv_exporter(self, table: str) -> Callable[[], object]:
        return lambda: self._run(
            lambda context, parent: _open_export_csv(context, parent, table)
        )

    def _organizer(self) -> OrganizerScreen | None:
        screen = self.screen()
        return screen if isinstance(screen, OrganizerScreen) else None

    def _on_screen(self, method: Callable[[OrganizerScreen], object]) -> None:
        screen = self._organizer()
        if screen is not None:
            method(screen)

    def _tab_shower(self, index: int) -> Callable[[], None]:
        return lambda: self._on_screen(lambda screen: screen.show_tab(index))

    def _setup(self, action: Callable[[SetupPanel], object]) -> None:
        """A dialog of the setup panel (employers imported or copied), over its tab."""
        screen = self._organizer()
        if screen is None:
            return
        screen.show_tab(TAB_SETUP)
        if screen.setup_panel is not None:
            action(screen.setup_panel)

    # -- state and texts ------------------------------------------------------------------------

    def update(self, station: StationKind | None) -> None:
        """Show the menu of ``station`` (none on the start and sign-in pages)."""
        organizer = self._organizer() is not None
        self.desk_menu.menuAction().setVisible(station is StationKind.DESK)
        self.organizer_menu.menuAction().setVisible(station is StationKind.ORGANIZER)
        on = station in (StationKind.DESK, StationKind.ORGANIZER)
        for name, action in self.actions.items():
            if name in {item[0] for item in BEFORE_THE_FAIR}:
                action.setEnabled(on)
            elif name in {item[0] for item in AT_THE_DESK}:
                action.setEnabled(station is StationKind.DESK)
            else:
                action.setEnabled(station is StationKind.ORGANIZER and organizer)

    def retranslate(self) -> None:
        self.desk_menu.setTitle(QCoreApplication.translate("StationMenus", "&Desk"))
        self.organizer_menu.setTitle(QCoreApplication.translate("StationMenus", "&Organizer"))
        self.csv_menu.setTitle(
            QCoreApplication.translate("StationMenus", "Export a table as CS&V"))
        for name, action in self.actions.items():
            context, text = self.texts[name]
            action.setText(QCoreApplication.translate(context, text))
