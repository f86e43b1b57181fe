"""Small slips printed at a station: "where to go next" at the desk, a queue number at a booth.

One slip on a page of the station's badge layout, drawn in its first label (a single badge
card, a label of a sheet, an A6 page), so the station's printer and paper serve both. Korean
when the caller passes the Korean ``translate(context, text)`` (labels under context
``"slips"``); NanumGothic is embedded. Takes plain values, never the database.

A queue slip names the booth and its number only: never another seeker's data.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import BinaryIO, Protocol

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jobfair.documents.fonts import register_fonts
from jobfair.documents.layouts import Layout, mm
from jobfair.domain.i18n import QT_TRANSLATE_NOOP, untranslated

Translate = Callable[[str, str], str]
CTX = "slips"

WHERE_TITLE = QT_TRANSLATE_NOOP("slips", "Where to go next")
NO_BOOTH = QT_TRANSLATE_NOOP("slips", "No opening with positions left fits you right now: "
                                      "ask at the desk.")
BOOTH_LINE = QT_TRANSLATE_NOOP("slips", "Booth {label} · {employer}")
OPENING_LINE = QT_TRANSLATE_NOOP("slips", "{opening} · {left} more · wait about {minutes} min")
QUEUE_TITLE = QT_TRANSLATE_NOOP("slips", "Your number")
QUEUE_BOOTH = QT_TRANSLATE_NOOP("slips", "Booth {label} · {employer}")
QUEUE_WAIT = QT_TRANSLATE_NOOP("slips", "Predicted wait: about {minutes} min")


@dataclass(frozen=True)
class SlipBooth:
    """A booth named on the slip: its label, employer, best-fitting opening with positions
    ``left``, and the predicted wait in minutes."""

    label: str
    employer: str
    opening: str
    left: int
    wait_minutes: int


@dataclass(frozen=True)
class WhereNextSlip:
    fair_name: str
    seeker_name: str
    badge_no: int | None
    booths: tuple[SlipBooth, ...]
    printed_at: str  # the local time, as the station shows it


@dataclass(frozen=True)
class QueueSlip:
    fair_name: str
    queue_no: int
    booth_label: str
    employer: str
    wait_minutes: int
    printed_at: str


Out = str | os.PathLike[str] | BinaryIO


def _canvas(out: Out, layout: Layout) -> Canvas:
    target = os.fspath(out) if isinstance(out, os.PathLike) else out
    return Canvas(target, pagesize=(layout.page_width_mm * mm, layout.page_height_mm * mm))


def _box(layout: Layout) -> tuple[float, float, float, float]:
    """The first label's drawable box: left, bottom, width, height (points)."""
    pad = layout.padding_mm * mm
    left = layout.margin_left_mm * mm + pad
    top = (layout.page_height_mm - layout.margin_top_mm) * mm - pad
    width = layout.badge_width_mm * mm - 2 * pad
    height = layout.badge_height_mm * mm - 2 * pad
    return left, top - height, width, height


def _fit(text: str, font: str, size: float, width: float, smallest: float = 5.0) -> float:
    """The largest font size up to ``size`` at which ``text`` fits ``width``."""
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _clip(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Writer:
    """Lines from the top of the box down, each shrunk (then clipped) to the box's width."""

    def __init__(self, canvas: Canvas, box: tuple[float, float, float, float]) -> None:
        self.canvas = canvas
        self.left, self.bottom, self.width, self.height = box
        self.y = self.bottom + self.height

    def line(self, text: str, font: str, size: float, *, centred: bool = False) -> None:
        size = _fit(text, font, size, self.width)
        text = _clip(text, font, size, self.width)
        self.y -= size * 1.15
        self.canvas.setFont(font, size)
        if centred:
            self.canvas.drawCentredString(self.left + self.width / 2, self.y, text)
        else:
            self.canvas.drawString(self.left, self.y, text)

    def gap(self, points: float) -> None:
        self.y -= points


def _scale(layout: Layout) -> float:
    """Font sizes are written for a 90 × 55 mm card; larger labels get larger text."""
    return max(0.8, min(2.0, min(layout.badge_width_mm / 90.0, layout.badge_height_mm / 55.0)))


def render_where_next_slip(
    slip: WhereNextSlip, layout: Layout, out: Out,
    translate: Translate = untranslated,
) -> None:
    """One page: the seeker's name and the booths to go to, with their waits."""
    fonts = register_fonts()
    tr = translate
    canvas = _canvas(out, layout)
    canvas.setTitle(tr(CTX, WHERE_TITLE))
    k = _scale(layout)
    w = _Writer(canvas, _box(layout))
    w.line(f"{tr(CTX, WHERE_TITLE)} · {slip.fair_name}", fonts.regular, 7 * k)
    badge = f"  #{slip.badge_no}" if slip.badge_no is not None else ""
    w.line(f"{slip.seeker_name}{badge}", fonts.bold, 12 * k)
    w.gap(2 * k)
    if not slip.booths:
        w.line(tr(CTX, NO_BOOTH), fonts.regular, 8 * k)
    for booth in slip.booths:
        w.line(tr(CTX, BOOTH_LINE).format(label=booth.label, employer=booth.employer),
               fonts.bold, 9 * k)
        w.line(tr(CTX, OPENING_LINE).format(opening=booth.opening, left=booth.left,
                                            minutes=booth.wait_minutes), fonts.regular, 8 * k)
        w.gap(1 * k)
    w.line(slip.printed_at, fonts.regular, 6 * k)
    canvas.showPage()
    canvas.save()


def render_queue_slip(
    slip: QueueSlip, layout: Layout, out: Out,
    translate: Translate = untranslated,
) -> None:
    """One page: the queue number large, the booth, its employer and the predicted wait."""
    fonts = register_fonts()
    tr = translate
    canvas = _canvas(out, layout)
    canvas.setTitle(tr(CTX, QUEUE_TITLE))
    k = _scale(layout)
    w = _Writer(canvas, _box(layout))
    w.line(f"{tr(CTX, QUEUE_TITLE)} · {slip.fair_name}", fonts.regular, 7 * k, centred=True)
    w.line(str(slip.queue_no), fonts.bold, 40 * k, centred=True)
    w.gap(2 * k)
    w.line(tr(CTX, QUEUE_BOOTH).format(label=slip.booth_label, employer=slip.employer),
           fonts.bold, 10 * k, centred=True)
    w.line(tr(CTX, QUEUE_WAIT).format(minutes=slip.wait_minutes), fonts.regular, 9 * k,
           centred=True)
    w.line(slip.printed_at, fonts.regular, 6 * k, centred=True)
    canvas.showPage()
    canvas.save()


class _Wait(Protocol):
    @property
    def minutes(self) -> int: ...


class SuggestionLike(Protocol):
    """What ``jobfair.services.hall.next_booths.BoothSuggestion`` offers the slip."""

    @property
    def label(self) -> str: ...
    @property
    def employer(self) -> str: ...
    @property
    def opening_title(self) -> str: ...
    @property
    def left(self) -> int: ...
    @property
    def wait(self) -> _Wait: ...


def slip_booths(suggestions: Sequence[SuggestionLike]) -> tuple[SlipBooth, ...]:
    """The slip's booths from the suggestions, keeping only those with positions left."""
    return tuple(SlipBooth(s.label, s.employer, s.opening_title, s.left, s.wait.minutes)
                 for s in suggestions if s.left > 0)
