"""Badge PDFs: name badges with a vector QR code, on label sheets or single pages.

Takes plain ``BadgeData`` (never ORM objects) and streams pages: badges are drawn a page at a
time from any iterable, with a progress callback and a cancel check so a GUI worker thread can
drive a batch of thousands.

Speed comes from drawing each QR code as one filled PDF path of row runs (no image, no
``Drawing`` per badge), from the version-1 encoder in ``jobfair.documents.qr`` with a fixed
mask, from caching the fitted sizes of texts that repeat (fair name, occupations), and from
binary instead of ASCII85 page streams.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jobfair.documents.fonts import FontNames, draw_runs, register_fonts, runs_width
from jobfair.documents.layouts import Calibration, Layout, load_layout
from jobfair.documents.qr import qr_rows
from jobfair.domain.badge_code import format_code
from jobfair.domain.fair_fields import fill_placeholders
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

QR_QUIET_MODULES = 2  # white modules kept round the symbol (the badge is white anyway)
ELLIPSIS = "…"

DEFAULT_GROUP_COLORS: dict[str, str] = {
    "career_break": "#E4572E",
    "veteran": "#6D4C41",
    "youth": "#1E88E5",
    "senior": "#8E24AA",
    "baby_boomer": "#F4B400",
    "new_middle_aged": "#00897B",
    "middle_aged": "#43A047",
}
"""Target group -> band colour, in order of precedence when a seeker is in several groups.

Disability and employment-vulnerable are left out on purpose: a badge is worn in public and
must not reveal sensitive or stigmatising facts (PIPA §23). A fair can pass its own mapping.
"""

NEUTRAL_BAND = "#546E7A"


@dataclass(frozen=True)
class BadgeData:
    """What one badge shows. ``code`` is the plain badge code (the QR payload).

    Attributes:
        code: the plain code from ``jobfair.domain.badge_code.make_code``.
        badge_no: the number volunteers call people by, shown as given.
        name: the seeker's name, drawn large and shrunk to fit.
        fair_name, fair_date: the fair; a date is written ``2015. 3. 25.``.
        desired_job: the desired occupation, or empty.
        group_label: the target group's name on the colour band, or empty.
        band_color: ``#RRGGBB`` for the band; ``None`` for the style's neutral colour.
        answers: (key, text) of the fair's own fields a layout's ``extra_line`` may print;
            never a sensitive field's (``badge_rows`` leaves them out).
    """

    code: str
    badge_no: str | int
    name: str
    fair_name: str
    fair_date: date | str
    desired_job: str = ""
    group_label: str = ""
    band_color: str | None = None
    answers: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class BadgeLabels:
    """The few fixed words on a badge; pass them through the translator (context ``badges``)."""

    desired_job: str = QT_TRANSLATE_NOOP("badges", "Desired job")
    number: str = QT_TRANSLATE_NOOP("badges", "No.")

    def translated(self, translate: Callable[[str], str]) -> BadgeLabels:
        """The labels with ``translate(text)`` applied, e.g. ``lambda t: tr("badges", t)``."""
        return BadgeLabels(
            desired_job=translate(self.desired_job), number=translate(self.number)
        )


@dataclass(frozen=True)
class BadgeStyle:
    """Colours and words shared by every badge of a run."""

    labels: BadgeLabels = field(default_factory=BadgeLabels)
    ink: str = "#1B1F24"
    muted: str = "#5F6B76"
    accent: str = "#1F3A5F"
    neutral_band: str = NEUTRAL_BAND
    show_code_text: bool = True


@dataclass(frozen=True)
class RenderResult:
    badges: int
    pages: int


class RenderCancelled(Exception):
    """The cancel check said stop; nothing was written to the output path."""


def pick_band(
    group_codes: Iterable[str], colors: Mapping[str, str] = DEFAULT_GROUP_COLORS
) -> tuple[str, str] | None:
    """The (group code, colour) for the band: the first group of ``colors`` the seeker is in."""
    held = set(group_codes)
    for code, color in colors.items():
        if code in held:
            return code, color
    return None


def format_fair_date(value: date | str) -> str:
    return f"{value.year}. {value.month}. {value.day}." if isinstance(value, date) else value


# --- Text that fits ------------------------------------------------------------------------


@dataclass(frozen=True)
class FittedText:
    """Lines of text and the font size at which each is at most the width it was fitted to."""

    lines: tuple[str, ...]
    size: float
    widths: tuple[float, ...]


@lru_cache(maxsize=8192)
def fit_text(
    text: str,
    font: str,
    max_width: float,
    max_size: float,
    min_size: float,
    max_lines: int = 1,
) -> FittedText:
    """The largest size up to ``max_size`` at which ``text`` fits ``max_width`` points.

    Below ``min_size`` on one line, a text with spaces is split into two lines (each line then
    at most ``max_size`` x 0.62, so two lines take the height of one); if that is still too
    small, the text is cut with an ellipsis at ``min_size``. Never wider than ``max_width``.
    Cached: the fair's name and the occupations repeat on every badge.
    """
    text = " ".join(text.split())
    unit = runs_width(text, font, 1.0)
    if unit <= 0:
        return FittedText((text,), max_size, (0.0,))
    size = min(max_size, max_width / unit)
    if size >= min_size:
        return _fitted((text,), font, size, max_width)
    if max_lines >= 2 and " " in text:
        words = text.split(" ")
        best: tuple[float, tuple[str, str]] | None = None
        for cut in range(1, len(words)):
            pair = (" ".join(words[:cut]), " ".join(words[cut:]))
            widest = max(runs_width(line, font, 1.0) for line in pair)
            if best is None or widest < best[0]:
                best = (widest, pair)
        assert best is not None
        size = min(max_size * 0.62, max_width / best[0])
        if size >= min_size:
            return _fitted(best[1], font, size, max_width)
    size = min_size
    cut = len(text)
    while cut > 0 and runs_width(text[:cut].rstrip() + ELLIPSIS, font, size) > max_width:
        cut -= 1
    shortened = text[:cut].rstrip() + ELLIPSIS
    size = min(size, max_width / runs_width(shortened, font, 1.0))
    return _fitted((shortened,), font, size, max_width)


def _fitted(lines: tuple[str, ...], font: str, size: float, max_width: float) -> FittedText:
    # Round down so that rounding in the PDF cannot push a line past the edge.
    size = int(size * 100) / 100
    widths = tuple(runs_width(line, font, size) for line in lines)
    while max(widths) > max_width and size > 0.01:
        size -= 0.01
        widths = tuple(runs_width(line, font, size) for line in lines)
    return FittedText(lines, size, widths)


# --- QR codes as PDF paths -----------------------------------------------------------------

_RUN = re.compile(rb"\x01+")


def qr_path_ops(text: str) -> tuple[int, str]:
    """(modules per side, PDF path operators) drawing the dark modules in a unit grid.

    Each run of dark modules in a row is one rectangle; all are filled at once, so no seams
    show between neighbouring modules.
    """
    rows = qr_rows(text)
    n = len(rows)
    ops = []
    for r, row in enumerate(rows):
        y = n - 1 - r
        for run in _RUN.finditer(row):
            ops.append(f"{run.start()} {y} {run.end() - run.start()} 1 re")
    return n, "\n".join(ops)


def _num(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The QR code of ``text`` as a vector path, its lower-left corner at (x, y), ``size`` wide."""
    n, ops = qr_path_ops(text)
    m = size / n
    canvas.addLiteral(f"q 0 g {_num(m)} 0 0 {_num(m)} {_num(x)} {_num(y)} cm\n{ops}\nf Q")


# --- One badge -----------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _color(hex_value: str) -> Color:
    return HexColor(hex_value)


@lru_cache(maxsize=256)
def _fill_op(hex_value: str) -> str:
    """The PDF operator setting the fill colour (``canvas.setFillColor`` formats it each time)."""
    c = _color(hex_value)
    return f"{_num(c.red)} {_num(c.green)} {_num(c.blue)} rg"


def _fill(c: Canvas, hex_value: str) -> None:
    c.addLiteral(_fill_op(hex_value))


def _text_on(hex_value: str) -> str:
    """Black or white, whichever reads better on the colour ``hex_value``."""
    c = _color(hex_value)
    luminance = 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue
    return "#111111" if luminance > 0.6 else "#FFFFFF"


class _Painter:
    """Draws badges of one size; the geometry is worked out once for the whole run."""

    def __init__(self, width: float, height: float, padding: float, style: BadgeStyle,
                 extra_line: str = "") -> None:
        self.w, self.h, self.p = width, height, padding
        self.style = style
        self.fonts: FontNames = register_fonts()
        self.portrait = height > width * 1.15
        self.outline = False
        self.extra_line = extra_line
        if self.portrait:
            self._portrait_geometry()
        else:
            self._landscape_geometry()
        # The layout's extra line sits above the desired job; the name gives up the room.
        self.extra_size = self.job_label_size * 1.2
        self.extra_base = self.job_label_base + self.job_label_size + 2.5 * self.u
        if extra_line:
            self.name_bottom += self.extra_size + 2.5 * self.u

    # Landscape: header across, name and job at the left, QR at the right, band at the foot.
    def _landscape_geometry(self) -> None:
        w, h, p = self.w, self.h, self.p
        u = min(h / 192.0, w / 281.0)  # 1.0 on a 99.1 x 67.7 mm label
        self.u = u
        self.header_size = 9.5 * u
        self.date_size = 7.5 * u
        self.header_base = h - p - self.header_size * 0.8
        self.date_base = self.header_base - self.date_size * 1.45
        self.rule_y = self.date_base - 5.0 * u
        self.band_h = 22.0 * u
        self.band_y = p
        self.band_text_size = 10.5 * u
        self.code_size = 6.0 * u
        mid_bottom = self.band_y + self.band_h + 3.0 * u
        mid_top = self.rule_y
        code_h = self.code_size * 1.5 if self.style.show_code_text else 0.0
        # The symbol keeps QR_QUIET_MODULES of white above it (the rule) and to its left.
        room = mid_top - mid_bottom - code_h
        self.qr_size = min(0.34 * w, room / (1 + QR_QUIET_MODULES / 21))
        quiet = self.qr_size / 21 * QR_QUIET_MODULES
        self.qr_x = w - p - self.qr_size
        self.qr_y = mid_bottom + code_h + (room - self.qr_size - quiet) / 2
        self.code_base = self.qr_y - self.code_size * 1.25
        self.code_x = self.qr_x + self.qr_size / 2
        self.text_x = p
        self.text_w = self.qr_x - quiet - p
        self.job_label_size = 6.5 * u
        self.job_size = 9.0 * u
        self.job_base = mid_bottom + 1.0 * u
        self.job_label_base = self.job_base + self.job_size * 1.25
        self.name_max = 30.0 * u
        self.name_min = 11.0 * u
        self.name_top = mid_top - 4.0 * u
        self.name_bottom = self.job_label_base + self.job_label_size + 4.0 * u
        self.header_w = w - 2 * p

    # Portrait: everything centred in a column, QR in the lower half, band at the foot.
    def _portrait_geometry(self) -> None:
        w, h, p = self.w, self.h, self.p
        u = min(w / 298.0, h / 420.0)  # 1.0 on A6
        self.u = u
        self.header_size = 14.0 * u
        self.date_size = 11.0 * u
        self.header_base = h - p - self.header_size * 0.8
        self.date_base = self.header_base - self.date_size * 1.6
        self.rule_y = self.date_base - 9.0 * u
        self.band_h = 40.0 * u
        self.band_y = p
        self.band_text_size = 17.0 * u
        self.code_size = 9.0 * u
        self.qr_size = 0.40 * w
        quiet = self.qr_size / 21 * QR_QUIET_MODULES
        self.code_base = self.band_y + self.band_h + 9.0 * u
        self.qr_y = self.code_base + self.code_size * 1.4
        self.qr_x = (w - self.qr_size) / 2
        self.code_x = w / 2
        self.text_x = p
        self.text_w = w - 2 * p
        self.job_size = 14.0 * u
        self.job_label_size = 9.5 * u
        self.job_base = self.qr_y + self.qr_size + quiet + 4.0 * u
        self.job_label_base = self.job_base + self.job_size * 1.35
        self.name_max = 52.0 * u
        self.name_min = 16.0 * u
        self.name_top = self.rule_y - 8.0 * u
        self.name_bottom = self.job_label_base + self.job_label_size + 10.0 * u
        self.header_w = w - 2 * p

    def draw(self, c: Canvas, badge: BadgeData) -> None:
        style, fonts = self.style, self.fonts
        w, p, u = self.w, self.p, self.u
        centred = self.portrait
        if self.outline:
            c.setStrokeColor(_color("#B0B8C0"))
            c.setLineWidth(0.3)
            c.setDash(2, 2)
            c.rect(0, 0, self.w, self.h, stroke=1, fill=0)
            c.setDash()

        # Header: the fair, its date, a rule.
        header = fit_text(badge.fair_name, fonts.bold, self.header_w, self.header_size, 5.0 * u)
        _fill(c, style.accent)
        self._line(c, header.lines[0], fonts.bold, header.size, self.header_base, centred)
        _fill(c, style.muted)
        fair_date = format_fair_date(badge.fair_date)
        date_fit = fit_text(fair_date, fonts.regular, self.header_w, self.date_size, 4.0 * u)
        self._line(c, date_fit.lines[0], fonts.regular, date_fit.size, self.date_base, centred)
        c.setStrokeColor(_color(style.accent))
        c.setLineWidth(0.8 * u)
        c.line(p, self.rule_y, w - p, self.rule_y)

        # The name, as large as fits.
        name = fit_text(
            badge.name, fonts.bold, self.text_w, self.name_max, self.name_min, max_lines=2
        )
        _fill(c, style.ink)
        leading = name.size * 1.12
        block = name.size * 0.72 + leading * (len(name.lines) - 1)
        top = self.name_top - ((self.name_top - self.name_bottom) - block) / 2
        base = top - name.size * 0.72
        for line in name.lines:
            self._line(c, line, fonts.bold, name.size, base, centred)
            base -= leading

        # Desired occupation.
        if badge.desired_job:
            _fill(c, style.muted)
            self._line(
                c, style.labels.desired_job, fonts.regular, self.job_label_size,
                self.job_label_base, centred,
            )  # fmt: skip
            job = fit_text(badge.desired_job, fonts.bold, self.text_w, self.job_size, 5.0 * u)
            _fill(c, style.ink)
            self._line(c, job.lines[0], fonts.bold, job.size, self.job_base, centred)

        # The layout's own line: the fair's fields it names.
        if self.extra_line:
            extra = fill_placeholders(self.extra_line, dict(badge.answers))
            if extra:
                fitted = fit_text(extra, fonts.regular, self.text_w, self.extra_size, 4.0 * u)
                _fill(c, style.ink)
                self._line(c, fitted.lines[0], fonts.regular, fitted.size, self.extra_base,
                           centred)

        # QR code and, under it, the code for typing by hand.
        draw_qr(c, badge.code, self.qr_x, self.qr_y, self.qr_size)
        if style.show_code_text:
            _fill(c, style.muted)
            c.setFont(fonts.regular, self.code_size)
            c.drawCentredString(self.code_x, self.code_base, format_code(badge.code))

        # The band: target group at the left, badge number at the right.
        band_color = badge.band_color or style.neutral_band
        _fill(c, band_color)
        c.roundRect(p, self.band_y, w - 2 * p, self.band_h, 2.2 * u, stroke=0, fill=1)
        _fill(c, _text_on(band_color))
        size = self.band_text_size
        base = self.band_y + (self.band_h - size * 0.72) / 2
        inset = p + 3.0 * u * (2 if self.portrait else 1)
        number = f"{style.labels.number} {badge.badge_no}"
        number_w = stringWidth(number, fonts.bold, size)
        c.setFont(fonts.bold, size)
        c.drawRightString(w - inset, base, number)
        if badge.group_label:
            room = w - 2 * inset - number_w - 6.0 * u
            group = fit_text(badge.group_label, fonts.bold, room, size, 4.0 * u)
            draw_runs(c, inset, base, group.lines[0], fonts.bold, group.size)

    def _line(
        self, c: Canvas, text: str, font: str, size: float, base: float, centred: bool
    ) -> None:
        if centred:
            draw_runs(c, self.w / 2, base, text, font, size, "centre")
        else:
            draw_runs(c, self.text_x, base, text, font, size)


# --- Documents -----------------------------------------------------------------------------


def _pages(badges: Iterable[BadgeData], per_page: int) -> Iterator[list[BadgeData]]:
    page: list[BadgeData] = []
    for badge in badges:
        page.append(badge)
        if len(page) == per_page:
            yield page
            page = []
    if page:
        yield page


def render_badges(
    badges: Iterable[BadgeData],
    layout: Layout | str,
    out: str | os.PathLike[str] | BinaryIO,
    calibration: Calibration | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    style: BadgeStyle | None = None,
    compress: bool = True,
) -> RenderResult:
    """Write a PDF of ``badges`` on ``layout`` to ``out`` (a binary file, or a path).

    The window and the command line give the file ``jobfair.services.files.write_file`` opened:
    the one writer that makes a file appear whole or not at all, never over the database.

    ``progress(done, total)`` is called after each page (``total`` is ``None`` when
    ``badges`` has no length); ``cancelled()`` is asked before each page, and ``True``
    raises ``RenderCancelled``. Badges are taken from the
    iterable a page at a time, so a generator keeps memory flat.
    """
    if isinstance(layout, str):
        layout = load_layout(layout)
    style = style or BadgeStyle()
    calibration = calibration or Calibration()
    total = len(badges) if isinstance(badges, Sized) else None
    if isinstance(out, (str, os.PathLike)):
        with open(out, "wb") as stream:
            return _render(badges, layout, stream, calibration, progress, cancelled, style,
                           compress, total)  # fmt: skip
    return _render(badges, layout, out, calibration, progress, cancelled, style, compress, total)


def _render(
    badges: Iterable[BadgeData],
    layout: Layout,
    out: str | BinaryIO,
    calibration: Calibration,
    progress: Callable[[int, int | None], None] | None,
    cancelled: Callable[[], bool] | None,
    style: BadgeStyle,
    compress: bool,
    total: int | None,
) -> RenderResult:
    painter = _Painter(*layout.badge_size, layout.padding_mm * 72 / 25.4, style,
                       layout.extra_line)
    painter.outline = layout.outline
    page_w, page_h = layout.page_size
    origins = layout.slot_origins()
    canvas = Canvas(
        out,
        pagesize=(page_w, page_h),
        pageCompression=1 if compress else 0,
        initialFontName=painter.fonts.regular,  # else every page names Helvetica, unembedded
    )
    canvas.setCreator("JobFair")
    canvas.setAuthor("JobFair")
    canvas.setTitle("Badges")
    done = pages = 0
    for page in _pages(badges, layout.per_page):
        if cancelled is not None and cancelled():
            raise RenderCancelled()
        if pages == 0 and page:
            canvas.setTitle(f"Badges – {page[0].fair_name}")
        canvas.saveState()
        if not calibration.is_identity:
            s = calibration.scale
            canvas.translate(calibration.offset_x_mm * 72 / 25.4, page_h)
            canvas.translate(0, -calibration.offset_y_mm * 72 / 25.4)
            canvas.scale(s, s)
            canvas.translate(0, -page_h)
        for badge, (x, y) in zip(page, origins, strict=False):
            canvas.saveState()
            canvas.translate(x, y)
            painter.draw(canvas, badge)
            canvas.restoreState()
        canvas.restoreState()
        canvas.showPage()
        if compress:
            _compress_last_page(canvas)
        pages += 1
        done += len(page)
        if progress is not None:
            progress(done, total)
    if pages == 0:
        canvas.showPage()  # a valid, empty document rather than no file
    # Binary streams: reportlab's default ASCII85 armour is slow in pure Python and 25 % larger.
    use_a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = use_a85
    return RenderResult(badges=done, pages=pages)


def _compress_last_page(canvas: Canvas) -> None:
    """Deflate the page just finished now rather than when the document is saved.

    reportlab keeps every page's operators as text until ``save()``; for 30,000 badges that
    is about 100 MB. Compressed at once they take a sixth of that. This reaches into
    reportlab's document model (checked with reportlab 4.2 to 5.1); if that ever changes, the
    page is left for reportlab to compress as usual.
    """
    try:
        page = canvas._doc.Pages.pages[-1]
        stream = page.stream
    except (AttributeError, IndexError):
        return
    if not isinstance(stream, str) or page.Contents:
        return
    contents = PDFStream(
        PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}),
        content=zlib.compress(stream.encode("utf-8")),
    )
    contents.__Comment__ = "page stream"
    page.Contents = contents
    page.stream = None


def sample_badges(count: int, make_code: Callable[[int], str]) -> list[BadgeData]:
    """Made-up badges for test prints and benchmarks (``make_code(i)`` gives the code)."""
    surnames = "김이박최정강조윤장임한오서신권황안송류홍"
    given = ["민준", "서연", "도윤", "하은", "지호", "수빈", "예준", "지우", "현우", "서윤"]
    jobs = ["경영·사무·금융·보험직", "보건·의료직", "설치·정비·생산직", "영업·판매·운전·운송직"]
    groups = [
        ("청년", "youth"), ("중장년", "middle_aged"), ("", ""), ("경력단절여성", "career_break")
    ]
    out = []
    for i in range(count):
        label, code = groups[i % len(groups)]
        out.append(
            BadgeData(
                code=make_code(i),
                badge_no=f"{i + 1:04d}",
                name=surnames[i % len(surnames)] + given[(i // len(surnames)) % len(given)],
                fair_name="2015 양주·의정부·동두천 일자리사랑 채용박람회",
                fair_date=date(2015, 3, 25),
                desired_job=jobs[i % len(jobs)],
                group_label=label,
                band_color=DEFAULT_GROUP_COLORS.get(code),
            )
        )
    return out


__all__ = [
    "DEFAULT_GROUP_COLORS",
    "BadgeData",
    "BadgeLabels",
    "BadgeStyle",
    "Calibration",
    "FittedText",
    "Layout",
    "RenderCancelled",
    "RenderResult",
    "draw_qr",
    "fit_text",
    "pick_band",
    "render_badges",
    "sample_badges",
]
