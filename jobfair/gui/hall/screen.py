"""The hall screen: a TV or second monitor showing, per booth, the numbers called and next,
the predicted wait and the openings still unfilled. Numbers only, never names.

The board is read by ``jobfair.services.hall.board.hall_board`` on a worker thread of the screen's
own,
on a SQLite file too (300 booths take tens of milliseconds to read: the screen must not stutter
meanwhile), again whenever any station writes (the window calls ``refresh()`` on its live news,
some 20 ms after the write, at most every 150 ms). Booths that do not fit turn over page by
page on a timer; the page shown is worked out from an injectable clock, so a test turns pages by
moving the clock.
Sizes follow the screen's height: at 1080 lines the numbers are well over 72 px tall (readable
from about 8 m).

Keys: Escape leaves full screen, F11 goes back to it; Ctrl+0 (Station › Choose a station) leaves
the hall screen as it leaves any station.
"""

from __future__ import annotations

import logging
import math
import struct
import time
import wave
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.runner import OperationRunner
from jobfair.gui.common.settings import KEY_HALL_ALTERNATE, KEY_HALL_GROUP
from jobfair.gui.common.stations import StationContext, StationScreen
from jobfair.services.hall.board import BoothBoard, HallBoard, hall_board

log = logging.getLogger(__name__)

CONTEXT = "HallScreen"
PAGE_SECONDS = 12.0
NUMBER_SHARE = 0.11  # a number's font size as a share of the screen's height
TEXT_SHARE = 0.04

# Texts on the board: translated (Korean by default); the untranslated English alternates with
# them when the option is on.
TITLE = QT_TRANSLATE_NOOP("HallScreen", "Booths")
CALLED = QT_TRANSLATE_NOOP("HallScreen", "Now calling")
NEXT = QT_TRANSLATE_NOOP("HallScreen", "Next")
WAIT = QT_TRANSLATE_NOOP("HallScreen", "Wait")
MINUTES = QT_TRANSLATE_NOOP("HallScreen", "{minutes} min")
HIRING = QT_TRANSLATE_NOOP("HallScreen", "{title}: {count} more wanted")
NO_OPENINGS = QT_TRANSLATE_NOOP("HallScreen", "All positions filled")
PAGE = QT_TRANSLATE_NOOP("HallScreen", "Page {page} of {pages}")
NO_BOOTHS = QT_TRANSLATE_NOOP("HallScreen", "No booths in this group.")
NO_FAIR = QT_TRANSLATE_NOOP("HallScreen", "There is no fair in this database yet.")

Clock = Callable[[], float]


class Chime:
    """A short two-note chime when a number is called; the system beep where there is no sound
    (no audio device, no QtMultimedia, no screen): never an error."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.played = 0
        self._effect: Any = None
        self._tried = False

    def _load(self) -> None:
        self._tried = True
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return  # nobody to hear it (and no audio device to ask)
        try:
            from PySide6.QtMultimedia import QSoundEffect

            path = self.folder / "chime.wav"
            if not path.exists():
                self.folder.mkdir(parents=True, exist_ok=True)
                _write_chime(path)
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.8)
            self._effect = effect
        except Exception:  # no multimedia libraries, a read-only folder: beep instead
            log.info("no sound effect for the hall chime", exc_info=True)
            self._effect = None

    def play(self) -> None:
        self.played += 1
        if not self._tried:
            self._load()
        try:
            if self._effect is not None and self._effect.status() != self._effect.Status.Error:
                self._effect.play()
            else:
                QApplication.beep()
        except Exception:
            log.info("the hall chime could not play", exc_info=True)


def _write_chime(path: Path, rate: int = 22050) -> None:
    """Two soft notes (E6 then C6), written once to the station's data folder."""
    frames = bytearray()
    for freq, seconds in ((1318.5, 0.18), (1046.5, 0.32)):
        count = int(rate * seconds)
        for i in range(count):
            fade = min(1.0, (count - i) / (rate * 0.08))
            value = int(12000 * fade * math.sin(2 * math.pi * freq * i / rate))
            frames += struct.pack("<h", value)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


def _label(name: str, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return label


class BoothRow(QFrame):
    """One booth on the board: who, the numbers, the wait, what is left to fill."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hallBoothRow")
        self.setFrameShape(QFrame.Shape.NoFrame)
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 4, 12, 4)
        self.employer = _label("hallEmployer")
        self.openings = _label("hallOpenings")
        self.openings.setWordWrap(True)
        self.called = _label("hallCalled", Qt.AlignmentFlag.AlignHCenter)
        self.next_up = _label("hallNext", Qt.AlignmentFlag.AlignHCenter)
        self.wait = _label("hallWait", Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.employer, 0, 0)
        grid.addWidget(self.openings, 1, 0)
        grid.addWidget(self.called, 0, 1, 2, 1)
        grid.addWidget(self.next_up, 0, 2, 2, 1)
        grid.addWidget(self.wait, 0, 3, 2, 1)
        for column, stretch in enumerate((5, 3, 4, 3)):
            grid.setColumnStretch(column, stretch)
        self.board: BoothBoard | None = None

    def number_labels(self) -> list[QLabel]:
        return [self.called, self.next_up, self.wait]


class HallScreen(StationScreen):
    """The hall screen (see the module docstring).

    Attributes:
        context: the window's context (its fair, database, settings).
        board: the board last read, or ``None`` before the first reading.
        page: the page shown (0-based); ``pages``: how many there are.
        rows: the booth rows of the page shown.
        chime: plays when a number is newly called.

    Signals:
        full_screen_wanted(bool): F11 (``True``) or Escape (``False``).
        board_shown(object): a board was read and put on screen (tests wait on it).
    """

    full_screen_wanted = Signal(bool)
    board_shown = Signal(object)

    def __init__(
        self,
        context: StationContext,
        group: str | None = None,
        *,
        clock: Clock = time.monotonic,
        page_seconds: float = PAGE_SECONDS,
        alternate: bool | None = None,
        typical_minutes: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("hallScreen")
        settings: QSettings = context.settings
        self.group = (group if group is not None else str(settings.value(KEY_HALL_GROUP, "") or ""))
        if alternate is None:
            alternate = str(settings.value(KEY_HALL_ALTERNATE, "false")).lower() == "true"
        self.typical_minutes = typical_minutes
        self.clock = clock
        self.page_seconds = page_seconds
        self._started = clock()
        self.board: HallBoard | None = None
        self.page = 0
        self.pages = 1
        self.rows: list[BoothRow] = []
        self.chime = Chime(context.config.data_dir)
        self._called_before: dict[int, tuple[int, ...]] | None = None
        self._refresh_wanted = False
        self.runner = OperationRunner(True, self)  # the read never runs on the GUI thread
        self._build(alternate)
        # Esc and F11 work wherever the keyboard is in the window (a TV has nothing focused)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for key, on in ((Qt.Key.Key_Escape, False), (Qt.Key.Key_F11, True)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda on=on: self.full_screen_wanted.emit(on))
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self.refresh()

    # -- building ------------------------------------------------------------------------------
    def _build(self, alternate: bool) -> None:
        # A QWidget subclass paints its style-sheet background only when asked to: without this
        # the light window colour shows through and the white numbers vanish.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 12, 24, 12)
        column.setSpacing(4)
        self.options = QWidget()
        self.options.setObjectName("hallOptions")
        row = QHBoxLayout(self.options)
        row.setContentsMargins(0, 0, 0, 0)
        self.group_caption = QLabel()
        self.group_edit = QLineEdit(self.group)
        self.group_edit.setObjectName("hallGroup")
        self.group_edit.setMaximumWidth(120)
        self.group_caption.setBuddy(self.group_edit)
        self.group_edit.editingFinished.connect(self._group_edited)
        self.alternate_box = QCheckBox()
        self.alternate_box.setObjectName("hallAlternate")
        self.alternate_box.setChecked(alternate)
        self.alternate_box.toggled.connect(self._alternate_toggled)
        self.hint = QLabel()
        row.addWidget(self.group_caption)
        row.addWidget(self.group_edit)
        row.addSpacing(24)
        row.addWidget(self.alternate_box)
        row.addStretch(1)
        row.addWidget(self.hint)
        column.addWidget(self.options)

        self.header = QWidget()
        self.header.setObjectName("hallHeader")
        head = QGridLayout(self.header)
        head.setContentsMargins(12, 0, 12, 0)
        self.title_label = _label("hallTitle")
        self.called_title = _label("hallCalledTitle", Qt.AlignmentFlag.AlignHCenter)
        self.next_title = _label("hallNextTitle", Qt.AlignmentFlag.AlignHCenter)
        self.wait_title = _label("hallWaitTitle", Qt.AlignmentFlag.AlignRight)
        for i, (label, stretch) in enumerate(((self.title_label, 5), (self.called_title, 3),
                                              (self.next_title, 4), (self.wait_title, 3))):
            head.addWidget(label, 0, i)
            head.setColumnStretch(i, stretch)
        column.addWidget(self.header)
        self.body = QVBoxLayout()
        self.body.setSpacing(0)
        column.addLayout(self.body, 1)
        self.message = _label("hallMessage", Qt.AlignmentFlag.AlignHCenter)
        self.page_label = _label("hallPage", Qt.AlignmentFlag.AlignRight)
        column.addWidget(self.message)
        column.addWidget(self.page_label)
        self.retranslate()

    def retranslate(self) -> None:
        self.group_caption.setText(self.tr("Booths starting &with:"))
        self.group_edit.setPlaceholderText(self.tr("all"))
        self.alternate_box.setText(self.tr("Korean and English &alternating"))
        self.hint.setText(self.tr("F11 full screen · Esc leaves it · Ctrl+0 leaves the hall "
                                  "screen"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def stop(self) -> None:
        """The screen goes: no more page turns, the reader's thread ends."""
        self.ticker.stop()
        self.runner.stop()

    def closeEvent(self, event: Any) -> None:  # Qt override
        self.stop()
        super().closeEvent(event)

    # -- options -------------------------------------------------------------------------------
    def _group_edited(self) -> None:
        group = self.group_edit.text().strip()
        if group == self.group:
            return
        self.group = group
        self.context.settings.setValue(KEY_HALL_GROUP, group)
        self._called_before = None  # another set of booths: nothing is "newly" called
        self.refresh()

    def _alternate_toggled(self, on: bool) -> None:
        self.context.settings.setValue(KEY_HALL_ALTERNATE, "true" if on else "false")
        self._render()

    def set_full_screen(self, on: bool) -> None:
        """Full screen shows the board alone (the options row hides)."""
        self.options.setVisible(not on)


    # -- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the board again (on the runner; a burst of news while a read runs makes one more
        read, not a pile of them)."""
        fair = self.context.fair
        if fair is None:
            self._render()
            return
        if not self.runner.idle:
            self._refresh_wanted = True
            return
        self._refresh_wanted = False
        factory, group, typical = self.context.session_factory, self.group, self.typical_minutes
        now = self.context.actor.now()

        def read() -> HallBoard:
            with factory() as session:
                return hall_board(session, fair.id, group, now, typical_minutes=typical)

        def failed(exc: BaseException) -> None:
            log.warning("the hall board could not be read: %s", exc)
            if self._refresh_wanted:
                self.refresh()

        self.runner.submit(read, self._show_board, failed)

    def _show_board(self, board: HallBoard) -> None:
        called = {b.booth_id: b.called for b in board.booths}
        if self._called_before is not None and any(
            set(numbers) - set(self._called_before.get(booth, ()))
            for booth, numbers in called.items()
        ):
            self.chime.play()
        self._called_before = called
        self.board = board
        self._render()
        self.board_shown.emit(board)
        if self._refresh_wanted:
            self.refresh()

    # -- paging and drawing --------------------------------------------------------------------
    def english_now(self) -> bool:
        """Whether this page turn shows the English texts (alternating, odd turns)."""
        if not self.alternate_box.isChecked():
            return False
        return int((self.clock() - self._started) // self.page_seconds) % 2 == 1

    def text(self, source: str) -> str:
        return source if self.english_now() else QCoreApplication.translate(CONTEXT, source)

    def rows_per_page(self) -> int:
        height = max(self.height(), 200)
        row = self._number_px() * 1.7
        header = self._text_px() * 3.5
        return max(1, int((height - header) // row))

    def _number_px(self) -> int:
        return max(28, round(self.height() * NUMBER_SHARE))

    def _text_px(self) -> int:
        return max(14, round(self.height() * TEXT_SHARE))

    def tick(self) -> None:
        """Once a second: turn the page (and the language) when the clock says so."""
        page = self._page_now()
        if page != self.page or self.alternate_box.isChecked():
            self._render()

    def _page_now(self) -> int:
        return int((self.clock() - self._started) // self.page_seconds) % max(self.pages, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self._render()

    def _render(self) -> None:
        if not hasattr(self, "page_label"):
            return
        number_font = QFont(self.font())
        number_font.setPixelSize(self._number_px())
        number_font.setBold(True)
        text_font = QFont(self.font())
        text_font.setPixelSize(self._text_px())
        title_font = QFont(text_font)
        title_font.setBold(True)
        for label in (self.title_label, self.called_title, self.next_title, self.wait_title):
            label.setFont(title_font)
        self.message.setFont(title_font)
        self.page_label.setFont(text_font)
        fair = self.context.fair
        self.title_label.setText(
            self.text(TITLE) + (f" · {self.group.upper()}" if self.group else ""))
        self.called_title.setText(self.text(CALLED))
        self.next_title.setText(self.text(NEXT))
        self.wait_title.setText(self.text(WAIT))
        booths = self.board.booths if self.board is not None else ()
        per_page = self.rows_per_page()
        self.pages = max(1, math.ceil(len(booths) / per_page))
        self.page = self._page_now()
        shown = booths[self.page * per_page:(self.page + 1) * per_page]
        while len(self.rows) < len(shown):
            row = BoothRow()
            self.rows.append(row)
            self.body.addWidget(row)
        while len(self.rows) > len(shown):
            row = self.rows.pop()
            self.body.removeWidget(row)
            row.deleteLater()
        for row, booth in zip(self.rows, shown, strict=True):
            self._fill(row, booth, number_font, text_font)
        if fair is None:
            self.message.setText(self.text(NO_FAIR))
        elif self.board is not None and not booths:
            self.message.setText(self.text(NO_BOOTHS))
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        self.page_label.setText(
            self.text(PAGE).format(page=self.page + 1, pages=self.pages) if self.pages > 1
            else "")

    def _fill(self, row: BoothRow, booth: BoothBoard, numbers: QFont, text: QFont) -> None:
        row.board = booth
        employer_font = QFont(text)
        employer_font.setBold(True)
        row.employer.setFont(employer_font)
        row.openings.setFont(text)
        for label in row.number_labels():
            label.setFont(numbers)
        row.employer.setText(f"{booth.label}  {booth.employer}")
        if booth.openings:
            row.openings.setText(" · ".join(
                self.text(HIRING).format(title=o.title, count=o.left) for o in booth.openings))
        else:
            row.openings.setText(self.text(NO_OPENINGS))
        row.called.setText(" ".join(str(n) for n in booth.called) or "–")
        row.next_up.setText(" ".join(str(n) for n in booth.next_up) or "–")
        row.wait.setText(self.text(MINUTES).format(minutes=booth.wait.minutes))


def create_hall_screen(context: StationContext, group: str | None = None) -> HallScreen:
    return HallScreen(context, group)
