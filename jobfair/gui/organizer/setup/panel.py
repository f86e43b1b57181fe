"""The organizer's setup screens: the fair, its employers, booths (on a floor grid) and openings,
the import of an employer list and the copy from an earlier fair.

Every change is one transaction through the services (which audit it); errors are shown next to
the field at fault or through ``context.dialogs``; ``setup_changed`` follows every change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from jobfair.gui.common.forms import FieldErrors, run_action
from jobfair.gui.common.stations import StationContext
from jobfair.gui.organizer.import_dialog import ChooseFile
from jobfair.gui.organizer.setup.booths import BoothsPage
from jobfair.gui.organizer.setup.copy import (
    CopyDialog,
    EmployerImportDialog,
    choose_employer_file,
)
from jobfair.gui.organizer.setup.employers import EmployersPage
from jobfair.gui.organizer.setup.fair import FairForm
from jobfair.gui.organizer.setup.fields import FieldsPage
from jobfair.gui.organizer.setup.openings import OpeningsPage

T = TypeVar("T")


class SetupPanel(QWidget):
    """The Setup tab of the organizer screen.

    Attributes:
        context: the station's context; its fair is the one set up, until a new fair is created
            here (then ``fair_id`` is the new fair's).
        fair_form, employers, booths, openings, fields: the pages.

    Signals:
        setup_changed(): something was saved (the figures and the floor may have changed).
        fair_created(int): a new fair was created here; the window may switch to it.
    """

    setup_changed = Signal()
    fair_created = Signal(int)

    def __init__(self, context: StationContext, parent: QWidget | None = None,
                 choose_file: ChooseFile = choose_employer_file) -> None:
        super().__init__(parent)
        self.setObjectName("setupPanel")
        self.context = context
        self.choose_file = choose_file
        self._fair_id = context.fair.id if context.fair is not None else None
        self.import_dialog: EmployerImportDialog | None = None
        self.copy_dialog: CopyDialog | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("setupTabs")
        self.fair_form = FairForm(self)
        self.employers = EmployersPage(self)
        self.booths = BoothsPage(self)
        self.openings = OpeningsPage(self)
        self.fields = FieldsPage(self)
        for page in (self.fair_form, self.employers, self.booths, self.openings, self.fields):
            self.tabs.addTab(page, "")
        self.fair_form.fair_created.connect(self._fair_created)
        self.employers.import_requested.connect(self.open_import)
        self.employers.copy_requested.connect(self.open_copy)
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    @property
    def fair_id(self) -> int | None:
        return self._fair_id

    def retranslate(self) -> None:
        for index, text in enumerate((self.tr("&Fair"), self.tr("&Employers"),
                                      self.tr("&Booths and floor"), self.tr("&Openings"),
                                      self.tr("&Registration fields"))):
            self.tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the pages use ----------------------------------------------------------------

    def read(self, query: Callable[[Session], T]) -> T:
        with self.context.session_factory() as session:
            return query(session)

    def apply(
        self, title: str, action: Callable[[Session], T], errors: FieldErrors | None = None
    ) -> tuple[bool, T | None]:
        """One transaction; on success every page is refreshed and ``setup_changed`` emitted."""
        ok, result = run_action(self.context, title, action, errors)
        if ok:
            self.refresh()
            self.setup_changed.emit()
        return ok, result

    def refresh(self) -> None:
        self.employers.refresh()
        self.booths.refresh()
        self.openings.refresh()
        self.fields.refresh()

    def _tab_changed(self) -> None:
        page = self.tabs.currentWidget()
        if isinstance(page, EmployersPage | BoothsPage | OpeningsPage | FieldsPage):
            page.refresh()

    def _fair_created(self, fair_id: int) -> None:
        self._fair_id = fair_id
        self.fair_form.load()
        self.refresh()
        self.fair_created.emit(fair_id)

    # -- dialogs ---------------------------------------------------------------------------

    def open_import(self) -> EmployerImportDialog | None:
        if self.fair_id is None:
            return None
        dialog = EmployerImportDialog(self, self, choose_file=self.choose_file)
        dialog.employers_imported.connect(lambda _count: self._changed_elsewhere())
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def open_copy(self) -> CopyDialog | None:
        if self.fair_id is None:
            return None
        dialog = CopyDialog(self, self)
        self.copy_dialog = dialog
        dialog.open()
        return dialog

    def _changed_elsewhere(self) -> None:
        self.refresh()
        self.setup_changed.emit()
