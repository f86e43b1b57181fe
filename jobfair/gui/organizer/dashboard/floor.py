"""The floor of the fair: one cell per booth at its grid position, coloured by activity.

Booths without a position follow the placed ones, row after row. Activity is either the day's
interviews or those of the last 30 minutes; the latter is the change the dashboard has seen over
its own refreshes (kept in ``history``), since a refresh reads counts, not events. One widget paints
every cell, so a refresh of 300 booths costs one repaint, not 300 widgets.

Keys: the arrow keys move the chosen cell; its details show under the grid and in the tooltip.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from jobfair.services.reports.analytics import BoothRow

CELL_W, CELL_H, GAP = 92, 46, 6
MIN_CELL_W, MAX_CELL_W = 32, 120  # the least is raised to what the cells' texts need
CELL_PADDING = 4
RECENT_SECONDS = 30 * 60
# No activity, then four steps from light to strong.
SHADES = ("#eceff3", "#cfe3f7", "#92c1ee", "#4f94dc", "#1f5fae")
INK_DARK, INK_LIGHT = QColor("#1b1f24"), QColor("#ffffff")
FALLBACK_COLUMNS = 10


@dataclass(frozen=True)
class Cell:
    row: int
    col: int
    booth: BoothRow


def place(booths: Sequence[BoothRow]) -> list[Cell]:
    """Cells at each booth's grid position; unplaced booths (or clashes) after, row by row."""
    taken: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    rest: list[BoothRow] = []
    for b in booths:
        if b.grid_row is None or b.grid_col is None or (b.grid_row, b.grid_col) in taken:
            rest.append(b)
            continue
        taken.add((b.grid_row, b.grid_col))
        cells.append(Cell(b.grid_row, b.grid_col, b))
    if cells:  # the floor starts at its first used row and column, wherever the plan counts from
        top_row = min(c.row for c in cells)
        left_col = min(c.col for c in cells)
        cells = [Cell(c.row - top_row, c.col - left_col, c.booth) for c in cells]
    width = max((c.col for c in cells), default=FALLBACK_COLUMNS - 1) + 1
    if rest:
        width = max(width, min(FALLBACK_COLUMNS, len(rest)))
    top = max((c.row for c in cells), default=-1) + 1
    if cells:
        top += 1  # a blank row between the floor plan and the booths without a place
    for i, b in enumerate(rest):
        cells.append(Cell(top + i // width, i % width, b))
    return cells


def shade_steps(top: int) -> list[int]:
    """Lower bounds of the four activity shades for a busiest booth of ``top`` (quarters)."""
    return [1 + (k * max(top, 0)) // 4 for k in range(4)]


class FloorCanvas(QWidget):
    """Paints the cells; owns the chosen cell and the activity history.

    Signals:
        cell_chosen(int): the booth id of the cell chosen by key or click.
    """

    cell_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic
                 ) -> None:
        super().__init__(parent)
        self.setObjectName("floorCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.clock = clock
        self.cells: list[Cell] = []
        self.recent_mode = False
        self.history: dict[int, deque[tuple[float, int]]] = {}
        self.activity: dict[int, int] = {}
        self.steps = shade_steps(0)
        self.chosen: int | None = None  # index into cells
        self.cell_w = CELL_W
        self.available_width = 0
        self._size = QSize(CELL_W, CELL_H)

    # -- data -------------------------------------------------------------------------------

    def set_booths(self, booths: Sequence[BoothRow]) -> None:
        now = self.clock()
        chosen_id = self.chosen_booth_id()
        for b in booths:
            samples = self.history.setdefault(b.booth_id, deque())
            if not samples or samples[-1][1] != b.interviews:
                samples.append((now, b.interviews))
            # keep one sample at or before the window's start, drop older ones
            while len(samples) > 1 and samples[1][0] <= now - RECENT_SECONDS:
                samples.popleft()
        self.cells = place(booths)
        if chosen_id is not None:
            self.chosen = next(
                (i for i, c in enumerate(self.cells) if c.booth.booth_id == chosen_id), None
            )
        self._recompute()
        self._fit()
        self.update()

    def fit_to(self, width: int) -> None:
        """Make the cells as wide as ``width`` allows (within bounds), so the floor fits."""
        self.available_width = width
        self._fit()
        self.update()

    def _fit(self) -> None:
        cols = max((c.col for c in self.cells), default=0) + 1
        rows = max((c.row for c in self.cells), default=0) + 1
        if self.available_width > 0:
            fitting = (self.available_width - GAP) // cols - GAP
            self.cell_w = max(self.least_cell_width(), min(MAX_CELL_W, fitting))
        size = QSize(GAP + cols * (self.cell_w + GAP), GAP + rows * (CELL_H + GAP))
        if size != self._size:
            self._size = size
            self.setFixedSize(size)

    def least_cell_width(self) -> int:
        """The narrowest cell whose texts (the label in bold, hires/positions) still show whole:
        the floor scales its cells down to this before it needs to scroll."""
        bold = self.font()
        bold.setBold(True)
        label_metrics = QFontMetrics(bold)
        small_metrics = QFontMetrics(self._small_font())
        widest = max(
            (max(label_metrics.horizontalAdvance(c.booth.label),
                 small_metrics.horizontalAdvance(f"{c.booth.hires}/{c.booth.positions}"))
             for c in self.cells),
            default=0,
        )
        return max(MIN_CELL_W, widest + 2 * CELL_PADDING + 2)

    def _small_font(self) -> QFont:
        small = self.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        return small

    def set_recent_mode(self, recent: bool) -> None:
        self.recent_mode = recent
        self._recompute()
        self.update()

    def _recompute(self) -> None:
        activity = {}
        for c in self.cells:
            b = c.booth
            if self.recent_mode:
                samples = self.history.get(b.booth_id)
                base = samples[0][1] if samples else b.interviews
                activity[b.booth_id] = max(0, b.interviews - base)
            else:
                activity[b.booth_id] = b.interviews
        self.activity = activity
        self.steps = shade_steps(max(activity.values(), default=0))

    def shade_index(self, booth_id: int) -> int:
        value = self.activity.get(booth_id, 0)
        if value <= 0:
            return 0
        return max(k + 1 for k, bound in enumerate(self.steps) if value >= bound)

    def chosen_booth_id(self) -> int | None:
        if self.chosen is None or not (0 <= self.chosen < len(self.cells)):
            return None
        return self.cells[self.chosen].booth.booth_id

    def chosen_booth(self) -> BoothRow | None:
        if self.chosen is None or not (0 <= self.chosen < len(self.cells)):
            return None
        return self.cells[self.chosen].booth

    # -- geometry ---------------------------------------------------------------------------

    def rect_of(self, cell: Cell) -> QRect:
        return QRect(GAP + cell.col * (self.cell_w + GAP), GAP + cell.row * (CELL_H + GAP),
                     self.cell_w, CELL_H)

    def cell_at(self, point: QPoint) -> int | None:
        for i, c in enumerate(self.cells):
            if self.rect_of(c).contains(point):
                return i
        return None

    def sizeHint(self) -> QSize:  # Qt override
        return self._size

    # -- painting and input -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        painter = QPainter(self)
        exposed = event.rect()
        small = self._small_font()
        bold = self.font()
        bold.setBold(True)
        for i, c in enumerate(self.cells):
            rect = self.rect_of(c)
            if not rect.intersects(exposed):
                continue
            shade = self.shade_index(c.booth.booth_id)
            painter.fillRect(rect, QColor(SHADES[shade]))
            chosen = i == self.chosen
            pen = QPen(QColor("#d9480f") if chosen else QColor("#9aa5b1"))
            pen.setWidth(3 if chosen and self.hasFocus() else (2 if chosen else 1))
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.setPen(INK_LIGHT if shade >= 3 else INK_DARK)
            top = rect.adjusted(CELL_PADDING, 2, -CELL_PADDING, -CELL_H // 2)
            bottom = rect.adjusted(CELL_PADDING, CELL_H // 2 - 2, -CELL_PADDING, -2)
            painter.setFont(bold)
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             c.booth.label)
            painter.setFont(small)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             f"{c.booth.hires}/{c.booth.positions}")
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        moves = {
            Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0),
        }
        key = Qt.Key(event.key())
        if key not in moves or not self.cells:
            super().keyPressEvent(event)
            return
        if self.chosen is None:
            self._choose(0)
            return
        here = self.cells[self.chosen]
        dr, dc = moves[key]
        best: tuple[int, int] | None = None
        for i, c in enumerate(self.cells):
            if dr and (c.row - here.row) * dr > 0:
                score = abs(c.row - here.row) * 100 + abs(c.col - here.col)
            elif dc and c.row == here.row and (c.col - here.col) * dc > 0:
                score = abs(c.col - here.col)
            else:
                continue
            if best is None or score < best[0]:
                best = (score, i)
        if best is not None:
            self._choose(best[1])

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        index = self.cell_at(event.position().toPoint())
        if index is not None:
            self._choose(index)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # Qt override
        if self.chosen is None and self.cells:
            self._choose(0)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:  # Qt override
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.cell_at(event.pos())
            if index is not None:
                QToolTip.showText(event.globalPos(), self.describe(self.cells[index].booth), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _choose(self, index: int) -> None:
        self.chosen = index
        self.update()
        self.cell_chosen.emit(self.cells[index].booth.booth_id)

    def describe(self, booth: BoothRow) -> str:
        return self.tr(
            "{label} · {employer}: {interviews} interviews, {hires} hired of {positions} "
            "positions, {queue} waiting; {recent} interviews in the last 30 minutes"
        ).format(
            label=booth.label, employer=booth.employer_name, interviews=booth.interviews,
            hires=booth.hires, positions=booth.positions, queue=booth.queue,
            recent=self._recent(booth),
        )

    def _recent(self, booth: BoothRow) -> int:
        samples = self.history.get(booth.booth_id)
        base = samples[0][1] if samples else booth.interviews
        return max(0, booth.interviews - base)


class FloorGrid(QWidget):
    """The canvas in a scroll area, a choice of activity measure, a legend, the chosen booth."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorGrid")
        self.canvas = FloorCanvas()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(False)
        self.scroll_area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.total_button = QRadioButton()
        self.total_button.setObjectName("floorTotal")
        self.recent_button = QRadioButton()
        self.recent_button.setObjectName("floorRecent")
        self.total_button.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.total_button)
        self.mode.addButton(self.recent_button)
        self.recent_button.toggled.connect(self._mode_changed)
        self.legend_title = QLabel()
        self.swatches: list[QLabel] = []
        self.legend_texts: list[QLabel] = []
        top = QHBoxLayout()
        top.addWidget(self.total_button)
        top.addWidget(self.recent_button)
        top.addStretch(1)
        legend = QHBoxLayout()
        legend.addWidget(self.legend_title)
        for shade in SHADES:
            swatch = QLabel()
            swatch.setFixedSize(16, 16)
            # the shade is data (the legend of the floor's colours): painted from the palette
            swatch.setObjectName("floorSwatch")
            swatch.setFrameShape(QFrame.Shape.Box)
            swatch.setAutoFillBackground(True)
            palette = swatch.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(shade))
            swatch.setPalette(palette)
            text = QLabel()
            self.swatches.append(swatch)
            self.legend_texts.append(text)
            legend.addWidget(swatch)
            legend.addWidget(text)
        legend.addStretch(1)
        self.details = QLabel()
        self.details.setObjectName("floorDetails")
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 2 + 4)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.details)
        self.canvas.cell_chosen.connect(self._show_details)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self.canvas.fit_to(self.scroll_area.viewport().width())

    def set_booths(self, booths: Sequence[BoothRow]) -> None:
        self.canvas.set_booths(booths)
        self._legend()
        if self.canvas.chosen_booth() is not None:
            self._show_details()

    def _mode_changed(self) -> None:
        self.canvas.set_recent_mode(self.recent_button.isChecked())
        self._legend()

    def _legend(self) -> None:
        steps = self.canvas.steps
        top = max(self.canvas.activity.values(), default=0)
        texts = [self.tr("none")]
        for k in range(4):
            low = steps[k]
            high = steps[k + 1] - 1 if k < 3 else top
            if high < low:
                texts.append("–")
            else:
                texts.append(f"{low}" if high == low else f"{low}–{high}")
        for label, text in zip(self.legend_texts, texts, strict=True):
            if label.text() != text:
                label.setText(text)

    def _show_details(self, booth_id: int | None = None) -> None:
        del booth_id
        booth = self.canvas.chosen_booth()
        text = self.canvas.describe(booth) if booth is not None else ""
        if self.details.text() != text:
            self.details.setText(text)

    def retranslate(self) -> None:
        self.total_button.setText(self.tr("Interviews today"))
        self.recent_button.setText(self.tr("Interviews in the last 30 minutes"))
        self.legend_title.setText(self.tr("Interviews:"))
        self.details.setToolTip(self.tr("Arrow keys choose a booth on the floor"))
        self._legend()
        self._show_details()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
