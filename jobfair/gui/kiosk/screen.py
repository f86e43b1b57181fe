"""The self-service kiosk: a seeker checks in alone, full screen, on a locked PC.

A seeker scans their badge (wedge scanner, or the camera corner, which feeds the same scan
catcher) or types their name, the last four digits of their phone and their birth year. They are
checked in through the desk's check-in (marked as self-service), their badge is printed if it
never was, and the screen greets them by name in large type with where to go next: the hall and
up to three booths (``next_booths``) with their predicted waits. Nothing else about anybody shows.

The seeker's texts are Korean, or English for this seeker by a button; they go back to Korean
when the screen resets by itself (``reset_timer``, 5 s after a greeting or a message). A badge
that cannot be printed turns the kiosk "out of order" until staff clear it with their PIN.
The badge is drawn and printed on a worker thread, so a printer driver that hangs never freezes
the screen; a badge not printed within ``PRINT_WATCHDOG_MS`` (15 s) turns the kiosk out of order
too, and the printer finishing later does not bring it back: staff clear it.

Leaving (Escape, closing the window, Alt+F4, any menu shortcut) asks for an organizer's or the
desk's login and PIN in a panel on the kiosk itself; a scan that lands there never answers it:
the scan catcher takes it (the field gets its text back), the panel closes and the scan checks
its seeker in.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jobfair import i18n
from jobfair.domain.errors import JobFairError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.runner import OperationRunner
from jobfair.gui.common.scan import Clock, ScanCatcher
from jobfair.gui.common.stations import StationContext, StationScreen
from jobfair.gui.common.style import TONE_ERROR, set_tone
from jobfair.gui.printing.station_printer import (
    StationPrintJob,
    StationPrintOutcome,
    prepare_station_print,
)
from jobfair.i18n import error_message
from jobfair.operations.kiosk import GoToDesk, KioskOperations, KioskOutcome, TryAgain, Welcomed
from jobfair.services.checkins.kiosk import KioskWelcome

CONTEXT = "Kiosk"
RESET_MS = 5000
PRINT_WATCHDOG_MS = 15000  # a badge not printed by then: out of order (issue 13, item 4)

log = logging.getLogger(__name__)

# What the seeker reads: Korean unless this seeker chose English.
WELCOME_TITLE = QT_TRANSLATE_NOOP("Kiosk", "Welcome to the job fair")
SCAN_HINT = QT_TRANSLATE_NOOP("Kiosk", "Hold your badge's QR code to the scanner or camera.")
NO_BADGE = QT_TRANSLATE_NOOP(
    "Kiosk", "No badge? Type your name, the last four digits of your phone and your birth year.")
NAME = QT_TRANSLATE_NOOP("Kiosk", "Name")
PHONE4 = QT_TRANSLATE_NOOP("Kiosk", "Phone (last 4 digits)")
BIRTH_YEAR = QT_TRANSLATE_NOOP("Kiosk", "Birth year")
CHECK_IN = QT_TRANSLATE_NOOP("Kiosk", "Check in")
OTHER_LANGUAGE = QT_TRANSLATE_NOOP("Kiosk", "English")
GREETING = QT_TRANSLATE_NOOP("Kiosk", "Welcome, {name}")
ALREADY = QT_TRANSLATE_NOOP("Kiosk", "You were already checked in.")
GO_HALL = QT_TRANSLATE_NOOP("Kiosk", "Next: the interview hall.")
BOOTHS_FOR_YOU = QT_TRANSLATE_NOOP("Kiosk", "Booths that fit you:")
BOOTH_LINE = QT_TRANSLATE_NOOP("Kiosk", "Booth {label} · {employer} · {title} · wait about "
                               "{minutes} min")
BOOTH_LINE_NOW = QT_TRANSLATE_NOOP("Kiosk", "Booth {label} · {employer} · {title} · no wait")
BADGE_PRINTED = QT_TRANSLATE_NOOP("Kiosk", "Take your badge from the printer.")
NOT_FOUND = QT_TRANSLATE_NOOP(
    "Kiosk", "We could not find you. Check what you typed and try again.")
GO_TO_DESK = QT_TRANSLATE_NOOP("Kiosk", "Please go to the registration desk.")
OUT_OF_ORDER = QT_TRANSLATE_NOOP("Kiosk", "Out of order. Please go to the registration desk.")
FILL_ALL = QT_TRANSLATE_NOOP(
    "Kiosk", "Please type your name, the last four digits of your phone and your birth year.")

PrintBadges = Callable[[Sequence[uuid.UUID]], StationPrintJob | StationPrintOutcome]
"""The job printing these badges (run off the GUI thread), or why there is none."""


def default_print_badges(context: StationContext, parent: QWidget) -> PrintBadges:
    """The kiosk's printer, chosen once by staff (``prepare``): never a dialog for a seeker."""

    def print_badges(seeker_ids: Sequence[uuid.UUID]) -> StationPrintJob | StationPrintOutcome:
        return prepare_station_print(context, list(seeker_ids), parent,
                                     choose=lambda _context, _parent: False)

    return print_badges


class KioskScreen(StationScreen):
    """The kiosk's pages, its staff PIN panel and its scan catcher.

    Attributes:
        language: the seeker's language now ("ko" or "en").
        out_of_order: a badge could not be printed; only staff's PIN clears it.
        unlocked: staff gave their PIN to leave; the window may now take the screen away.
        reset_timer: back to the welcome page by itself (single shot, ``RESET_MS``).
        printing: the worker drawing and printing badges while some are on their way, or
            ``None``.
        print_watchdog: out of order when a badge is not printed in time (single shot,
            ``PRINT_WATCHDOG_MS``; restarted for each badge in turn).
        catcher: the wedge scanner's catcher (the camera corner feeds it too).
        shown: the seeker welcomed on screen now, if any.

    Signals:
        left: staff unlocked the kiosk to leave it.
    """

    left = Signal()

    def __init__(
        self,
        context: StationContext,
        *,
        print_badges: PrintBadges | None = None,
        scan_clock: Clock | None = None,
        reset_ms: int = RESET_MS,
        print_watchdog_ms: int | None = None,
    ) -> None:
        super().__init__(context)
        assert context.fair is not None
        self.operations = KioskOperations(context.session_factory, context.actor,
                                          context.fair.id)
        self.print_badges = print_badges or default_print_badges(context, self)
        self.language = "ko"
        self.out_of_order = False
        self.unlocked = False
        self.shown: KioskWelcome | None = None
        self._message = ""  # the seeker-facing text on the message page (its English source)
        self._form_message = ""
        self._pin_purpose = "leave"
        self.setObjectName("kioskScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.setInterval(reset_ms)
        self.reset_timer.timeout.connect(self.reset)
        self.printing: OperationRunner | None = None
        self._print_jobs = 0
        self.print_watchdog = QTimer(self)
        self.print_watchdog.setSingleShot(True)
        self.print_watchdog.setInterval(
            PRINT_WATCHDOG_MS if print_watchdog_ms is None else print_watchdog_ms)
        self.print_watchdog.timeout.connect(self._printer_hangs)
        self._build()
        self.catcher = ScanCatcher(self, clock=scan_clock) if scan_clock else ScanCatcher(self)
        self.catcher.code_scanned.connect(self.handle_scan)
        self.catcher.install()
        self.retranslate()

    # -- building ---------------------------------------------------------------------------
    def _big(self, label: QLabel, px: int, bold: bool = True) -> QLabel:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _four_digits(self) -> QRegularExpressionValidator:
        return QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        top = QHBoxLayout()
        top.addStretch(1)
        self.language_button = QPushButton()
        self.language_button.setObjectName("kioskLanguage")
        self.language_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_button.clicked.connect(self.toggle_language)
        top.addWidget(self.language_button)
        layout.addLayout(top)

        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        # the welcome page: scan, or the three facts
        self.welcome_page = QWidget()
        column = QVBoxLayout(self.welcome_page)
        self.title_label = self._big(QLabel(), 56)
        self.hint_label = self._big(QLabel(), 30, bold=False)
        self.no_badge_label = self._big(QLabel(), 22, bold=False)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("kioskName")
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("kioskPhone4")
        self.phone_edit.setMaxLength(4)
        self.phone_edit.setValidator(self._four_digits())
        self.year_edit = QLineEdit()
        self.year_edit.setObjectName("kioskBirthYear")
        self.year_edit.setMaxLength(4)
        self.year_edit.setValidator(self._four_digits())
        self.name_caption, self.phone_caption, self.year_caption = QLabel(), QLabel(), QLabel()
        for caption, edit in ((self.name_caption, self.name_edit),
                              (self.phone_caption, self.phone_edit),
                              (self.year_caption, self.year_edit)):
            edit.setFont(self._big(QLabel(), 26, bold=False).font())
            form.addRow(caption, edit)
        self.name_edit.returnPressed.connect(self.phone_edit.setFocus)
        self.phone_edit.returnPressed.connect(self.year_edit.setFocus)
        self.year_edit.returnPressed.connect(self.submit_details)
        self.check_button = QPushButton()
        self.check_button.setObjectName("kioskCheckIn")
        self.check_button.clicked.connect(self.submit_details)
        self.form_message = self._big(QLabel(), 24)
        self.form_message.setObjectName("kioskFormMessage")
        column.addStretch(1)
        column.addWidget(self.title_label)
        column.addWidget(self.hint_label)
        column.addSpacing(32)
        column.addWidget(self.no_badge_label)
        column.addLayout(form)
        column.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.form_message)
        column.addStretch(1)
        self.pages.addWidget(self.welcome_page)
        # the greeting: the name, the hall, the booths
        self.greeting_page = QWidget()
        column = QVBoxLayout(self.greeting_page)
        self.greeting_label = self._big(QLabel(), 72)
        self.greeting_label.setObjectName("kioskGreeting")
        self.already_label = self._big(QLabel(), 26, bold=False)
        self.hall_label = self._big(QLabel(), 34)
        self.booths_label = self._big(QLabel(), 30, bold=False)
        self.booths_label.setObjectName("kioskBooths")
        self.badge_label = self._big(QLabel(), 28, bold=False)
        column.addStretch(1)
        for label in (self.greeting_label, self.already_label, self.hall_label,
                      self.booths_label, self.badge_label):
            column.addWidget(label)
        column.addStretch(1)
        self.pages.addWidget(self.greeting_page)
        # a message: go to the desk; out of order
        self.message_page = QWidget()
        column = QVBoxLayout(self.message_page)
        self.message_label = self._big(QLabel(), 56)
        self.message_label.setObjectName("kioskMessage")
        column.addWidget(self.message_label, 1)
        self.pages.addWidget(self.message_page)

        self.pin_panel = QFrame()
        self.pin_panel.setObjectName("kioskPinPanel")
        self.pin_panel.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self.pin_panel)
        self.pin_caption = QLabel()
        self.login_edit = QLineEdit()
        self.login_edit.setObjectName("kioskLogin")
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("kioskPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("kioskUnlock")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("kioskPinCancel")
        self.pin_message = QLabel()
        self.pin_message.setObjectName("kioskPinMessage")
        set_tone(self.pin_message, TONE_ERROR)
        for widget in (self.pin_caption, self.login_edit, self.pin_edit, self.unlock_button,
                       self.cancel_button, self.pin_message):
            row.addWidget(widget)
        self.login_edit.returnPressed.connect(self.pin_edit.setFocus)
        self.pin_edit.returnPressed.connect(self.try_pin)
        self.unlock_button.clicked.connect(self.try_pin)
        self.cancel_button.clicked.connect(self.close_pin)
        self.pin_panel.hide()
        layout.addWidget(self.pin_panel)
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("kioskStaff")
        self.staff_button.setFlat(True)
        self.staff_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_button.clicked.connect(lambda: self.ask_pin())
        layout.addWidget(self.staff_button, 0, Qt.AlignmentFlag.AlignRight)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._escape)

    # -- texts ------------------------------------------------------------------------------
    def t(self, source: str) -> str:
        """A seeker's text in the seeker's language (not the window's)."""
        if self.language == "en":
            return source
        return i18n.catalogue("ko").get((CONTEXT, source), source)

    def retranslate(self) -> None:
        t = self.t
        self.language_button.setText("한국어" if self.language == "en" else t(OTHER_LANGUAGE))
        self.title_label.setText(t(WELCOME_TITLE))
        self.hint_label.setText(t(SCAN_HINT))
        self.no_badge_label.setText(t(NO_BADGE))
        self.name_caption.setText(t(NAME))
        self.phone_caption.setText(t(PHONE4))
        self.year_caption.setText(t(BIRTH_YEAR))
        self.check_button.setText(t(CHECK_IN))
        self.form_message.setText(t(self._form_message) if self._form_message else "")
        self.message_label.setText(t(OUT_OF_ORDER) if self.out_of_order
                                   else t(self._message) if self._message else "")
        self._render_welcome()
        # staff's texts: the window's language
        self.pin_caption.setText(self.tr("Staff only: login and PIN"))
        self.unlock_button.setText(self.tr("Unlock"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.staff_button.setText(self.tr("Staff"))

    def _render_welcome(self) -> None:
        shown = self.shown
        if shown is None:
            for label in (self.greeting_label, self.already_label, self.hall_label,
                          self.booths_label, self.badge_label):
                label.setText("")
            return
        t = self.t
        self.greeting_label.setText(t(GREETING).format(name=shown.name))
        self.already_label.setText(t(ALREADY) if shown.already else "")
        self.hall_label.setText(t(GO_HALL))
        lines = [t(BOOTHS_FOR_YOU)] if shown.booths else []
        for booth in shown.booths:
            line = BOOTH_LINE if booth.wait.minutes > 0 else BOOTH_LINE_NOW
            lines.append(t(line).format(label=booth.label, employer=booth.employer,
                                        title=booth.opening_title, minutes=booth.wait.minutes))
        self.booths_label.setText("\n".join(lines))
        self.badge_label.setText(t(BADGE_PRINTED) if shown.needs_badge else "")

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def toggle_language(self) -> None:
        """Korean or English for this seeker (back to Korean at the next reset)."""
        self.language = "en" if self.language == "ko" else "ko"
        self.retranslate()

    # -- the seeker -------------------------------------------------------------------------
    @property
    def page_text(self) -> str:
        """What the seeker reads now, the big lines (tests)."""
        page = self.pages.currentWidget()
        assert page is not None
        return "\n".join(label.text() for label in page.findChildren(QLabel) if label.text())

    def handle_scan(self, text: str) -> None:
        """A badge scanned: a staff panel open is closed (a scan never answers it)."""
        if self.pin_panel.isVisible():
            self.close_pin()
        if self.out_of_order:
            return
        self._show_outcome(self.operations.scan(text))

    def submit_details(self) -> None:
        if self.out_of_order:
            return
        name = self.name_edit.text().strip()
        phone4, year = self.phone_edit.text().strip(), self.year_edit.text().strip()
        if not name or len(phone4) != 4 or len(year) != 4:
            self._set_form_message(FILL_ALL)
            return
        self._show_outcome(self.operations.by_details(name, phone4, year))

    def _set_form_message(self, source: str) -> None:
        self._form_message = source
        self.form_message.setText(self.t(source) if source else "")
        self.reset_timer.start()

    def _show_outcome(self, outcome: KioskOutcome) -> None:
        if isinstance(outcome, TryAgain):
            self.pages.setCurrentWidget(self.welcome_page)
            self._set_form_message(NOT_FOUND)
            self.name_edit.setFocus()
            return
        if isinstance(outcome, GoToDesk):
            self._clear_form()
            self._show_message(GO_TO_DESK)
            return
        assert isinstance(outcome, Welcomed)
        self._clear_form()
        self.shown = outcome.welcome
        self._render_welcome()
        self.pages.setCurrentWidget(self.greeting_page)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reset_timer.start()
        if outcome.welcome.needs_badge:
            self._print(outcome.welcome.seeker_id)

    def _print(self, seeker_id: uuid.UUID) -> None:
        """The badge that was never printed, drawn and printed on the worker; a failure, or
        no answer from the printer within the watchdog's time, puts the kiosk out of order
        (the check-in stays)."""
        try:
            job = self.print_badges([seeker_id])
        except JobFairError:
            job = StationPrintOutcome(False, "")
        if isinstance(job, StationPrintOutcome):
            if not job.printed:
                self.set_out_of_order()
            return
        if self.printing is None:
            self.printing = OperationRunner(threaded=True)
        runner = self.printing
        self._print_jobs += 1
        if not self.print_watchdog.isActive():
            self.print_watchdog.start()
        runner.submit(job.run, lambda failed: self._printed(runner, job, failed),
                      lambda exc: self._print_crashed(runner, exc))

    @property
    def badges_printing(self) -> int:
        """Badges handed to the worker and not yet printed (or failed)."""
        return self._print_jobs

    def _printed(self, runner: OperationRunner, job: StationPrintJob,
                 failed: StationPrintOutcome | None) -> None:
        if runner is not self.printing:  # given up on by the watchdog
            return
        outcome = job.finish(failed)
        self._print_done()
        if not outcome.printed:
            log.warning("kiosk badge not printed: %s", outcome.message)
            self.set_out_of_order()

    def _print_crashed(self, runner: OperationRunner, exc: BaseException) -> None:
        if runner is not self.printing:
            return
        log.error("kiosk badge printing failed", exc_info=exc)
        self._print_done()
        self.set_out_of_order()

    def _print_done(self) -> None:
        """One badge less on its way: the next one gets the watchdog's full time; with none
        left the worker ends."""
        self._print_jobs -= 1
        if self._print_jobs > 0:
            self.print_watchdog.start()
            return
        self.print_watchdog.stop()
        self._stop_printing()

    def _stop_printing(self) -> None:
        """The worker ends once its badge is done (at once when idle); nothing it still
        finishes is called back."""
        if self.printing is not None:
            self.printing.stop()
        self.printing = None
        self._print_jobs = 0

    def _printer_hangs(self) -> None:
        """The printer did not answer in time: out of order; the badges still on their way
        are given up (their PDFs stay in the badges folder, their check-ins stay)."""
        log.warning("kiosk printer did not answer within %d ms", self.print_watchdog.interval())
        self._stop_printing()
        self.set_out_of_order()

    def _show_message(self, source: str) -> None:
        self._message = source
        self.message_label.setText(self.t(source))
        self.pages.setCurrentWidget(self.message_page)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.reset_timer.start()

    def _clear_form(self) -> None:
        for edit in (self.name_edit, self.phone_edit, self.year_edit):
            edit.clear()
        self._form_message = ""
        self.form_message.setText("")

    def set_out_of_order(self) -> None:
        """Out of order until staff clear it with their PIN."""
        self.out_of_order = True
        self.reset_timer.stop()
        self.shown = None
        self.message_label.setText(self.t(OUT_OF_ORDER))
        self.pages.setCurrentWidget(self.message_page)

    def reset(self) -> None:
        """Back to the welcome page for the next seeker, in Korean (not while out of order)."""
        if self.out_of_order:
            return
        self.reset_timer.stop()
        self.language = "ko"
        self.shown = None
        self._message = ""
        self._clear_form()
        self.pages.setCurrentWidget(self.welcome_page)
        self.retranslate()
        if not self.pin_panel.isVisible():
            self.name_edit.setFocus()

    # -- staff ------------------------------------------------------------------------------
    def _escape(self) -> None:
        if self.pin_panel.isVisible():
            self.close_pin()
        else:
            self.ask_pin()

    def ask_pin(self, purpose: str | None = None) -> None:
        """The staff panel: "clear" when out of order, else "leave"."""
        self._pin_purpose = purpose or ("clear" if self.out_of_order else "leave")
        self.login_edit.clear()
        self.pin_edit.clear()
        self.pin_message.setText("")
        self.pin_panel.show()
        self.login_edit.setFocus()

    def close_pin(self) -> None:
        """The safe answer: the kiosk stays locked."""
        self.pin_panel.hide()
        self.login_edit.clear()
        self.pin_edit.clear()
        self.pin_message.setText("")
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_pin(self) -> None:
        login, pin = self.login_edit.text().strip(), self.pin_edit.text()
        self.pin_edit.clear()
        if not login or not pin:
            self.pin_message.setText(self.tr("Type your login and your PIN."))
            return
        try:
            self.operations.unlock(login, pin)
        except JobFairError as exc:
            self.pin_message.setText(error_message(exc))
            self.pin_edit.setFocus()
            return
        self.close_pin()
        if self._pin_purpose == "clear" and self.out_of_order:
            self.out_of_order = False
            self.reset()
            return
        self.unlocked = True
        self.reset_timer.stop()
        self.left.emit()

    def can_leave(self) -> bool:
        """Only after staff's PIN; otherwise the PIN panel opens and the kiosk stays."""
        if self.unlocked:
            return True
        self.ask_pin("leave")
        return False

    def closeEvent(self, event: object) -> None:  # Qt override
        self.reset_timer.stop()
        self.print_watchdog.stop()
        self._stop_printing()
        if self.catcher is not None:
            self.catcher.uninstall()
        super().closeEvent(event)  # type: ignore[arg-type]
