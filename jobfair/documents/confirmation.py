"""The interview confirmation (면접확인서): one A4 page a seeker takes to the employment office.

Korean when the caller passes the Korean ``translate(context, text)`` (the labels here are marked
under context ``"confirmation"``); English source text otherwise. NanumGothic is embedded.

Takes plain values (``ConfirmationLike``), never the database.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import Protocol
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from jobfair.documents.fonts import register_fonts
from jobfair.domain.i18n import QT_TRANSLATE_NOOP, untranslated

Translate = Callable[[str, str], str]
CTX = "confirmation"

TITLE = QT_TRANSLATE_NOOP("confirmation", "Interview confirmation")
L_NAME = QT_TRANSLATE_NOOP("confirmation", "Name")
L_BIRTH = QT_TRANSLATE_NOOP("confirmation", "Date of birth")
L_BIRTH_YEAR = QT_TRANSLATE_NOOP("confirmation", "Year of birth")
L_EMPLOYER = QT_TRANSLATE_NOOP("confirmation", "Employer")
L_BIZNO = QT_TRANSLATE_NOOP("confirmation", "Business registration no.")
L_OPENING = QT_TRANSLATE_NOOP("confirmation", "Position")
L_WHEN = QT_TRANSLATE_NOOP("confirmation", "Date and time of interview")
L_FAIR = QT_TRANSLATE_NOOP("confirmation", "Recruitment fair")
L_VENUE = QT_TRANSLATE_NOOP("confirmation", "Venue")
L_BOOTH = QT_TRANSLATE_NOOP("confirmation", "Booth")
L_SEEKER = QT_TRANSLATE_NOOP("confirmation", "Job seeker")
L_INTERVIEW = QT_TRANSLATE_NOOP("confirmation", "Interview")
STATEMENT = QT_TRANSLATE_NOOP(
    "confirmation",
    "We confirm that the job seeker above had a job interview with us at the recruitment "
    "fair, as stated above.",
)
L_SIGN = QT_TRANSLATE_NOOP("confirmation", "Confirmed by the employer")
L_SEAL = QT_TRANSLATE_NOOP("confirmation", "(signature or seal)")
L_ISSUED = QT_TRANSLATE_NOOP("confirmation", "Issued by {organizer}")
DATE_FMT = QT_TRANSLATE_NOOP("confirmation", "{year}-{month:02d}-{day:02d}")
DATETIME_FMT = QT_TRANSLATE_NOOP(
    "confirmation", "{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}"
)

INK = colors.HexColor("#1F2933")
GRID = colors.HexColor("#52606D")
HEAD_FILL = colors.HexColor("#EEF2F7")
MARGIN = 20 * mm


class ConfirmationLike(Protocol):
    @property
    def seeker_name(self) -> str: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def birth_year(self) -> int: ...
    @property
    def employer_name(self) -> str: ...
    @property
    def business_no(self) -> str: ...
    @property
    def booth_label(self) -> str: ...
    @property
    def opening_title(self) -> str: ...
    @property
    def interviewed_at(self) -> datetime: ...
    @property
    def fair_name(self) -> str: ...
    @property
    def venue(self) -> str: ...
    @property
    def organizer(self) -> str: ...




def _date(value: date, tr: Translate) -> str:
    return tr(CTX, DATE_FMT).format(year=value.year, month=value.month, day=value.day)


def _rows(data: ConfirmationLike, tr: Translate) -> list[tuple[str, list[tuple[str, str]]]]:
    when = data.interviewed_at
    birth = (
        (tr(CTX, L_BIRTH), _date(data.birth_date, tr)) if data.birth_date is not None
        else (tr(CTX, L_BIRTH_YEAR), str(data.birth_year))
    )
    interview = [
        (tr(CTX, L_EMPLOYER), data.employer_name),
        (tr(CTX, L_BIZNO), data.business_no),
    ]
    if data.opening_title:
        interview.append((tr(CTX, L_OPENING), data.opening_title))
    interview += [
        (tr(CTX, L_WHEN), tr(CTX, DATETIME_FMT).format(
            year=when.year, month=when.month, day=when.day, hour=when.hour, minute=when.minute)),
        (tr(CTX, L_FAIR), data.fair_name),
        (tr(CTX, L_VENUE), data.venue),
        (tr(CTX, L_BOOTH), data.booth_label),
    ]
    return [
        (tr(CTX, L_SEEKER), [(tr(CTX, L_NAME), data.seeker_name), birth]),
        (tr(CTX, L_INTERVIEW), interview),
    ]


def _wrap(canvas: Canvas, text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``; Hangul breaks anywhere, so break by character
    when a word does not fit."""
    lines: list[str] = []
    line = ""
    for ch in text:
        if canvas.stringWidth(line + ch, font, size) > width and line:
            cut = line.rfind(" ")
            if ch != " " and cut > 0 and len(line) - cut < 12:
                lines.append(line[:cut])
                line = line[cut + 1:] + ch
            else:
                lines.append(line.rstrip())
                line = ch.lstrip()
        else:
            line += ch
    if line:
        lines.append(line)
    return lines


LABEL_W = 52 * mm
SECTION_W = 26 * mm
ROW_H = 11 * mm  # a row of one line; a long value (a venue's full address) makes it taller


def _paragraph(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """``text`` wrapped in a cell ``width`` wide: at spaces, or anywhere (as Hangul may) when
    a word alone is wider than the cell."""
    words = text.split() or [""]
    widest = max(stringWidth(w, style.fontName, style.fontSize) for w in words)
    if widest > width:
        style = ParagraphStyle(style.name + "-cjk", parent=style, wordWrap="CJK")
    return Paragraph(escape(text), style)


def _section_table(section: str, rows: list[tuple[str, str]], width: float) -> Table:
    """One block of the form: the section's name down the left, a label and a value a row."""
    fonts = register_fonts()
    label = ParagraphStyle("label", fontName=fonts.bold, fontSize=10.5, leading=13,
                           textColor=INK)
    value = ParagraphStyle("value", fontName=fonts.regular, fontSize=11.5, leading=15,
                           textColor=INK)
    head = ParagraphStyle("section", parent=label, fontSize=11.5, leading=14,
                          alignment=TA_CENTER)
    pad = 3 * mm
    value_w = width - SECTION_W - LABEL_W
    cells = [
        [_paragraph(section, head, SECTION_W - 2 * pad) if i == 0 else "",
         _paragraph(text, label, LABEL_W - 2 * pad),
         _paragraph(shown, value, value_w - 2 * pad)]
        for i, (text, shown) in enumerate(rows)
    ]
    vertical = (ROW_H - value.leading) / 2
    table = Table(cells, colWidths=[SECTION_W, LABEL_W, value_w])
    table.setStyle(TableStyle([
        ("SPAN", (0, 0), (0, -1)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (1, -1), HEAD_FILL),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), vertical),
        ("BOTTOMPADDING", (0, 0), (-1, -1), vertical),
        ("BOX", (0, 0), (-1, -1), 0.8, GRID),
        ("LINEAFTER", (0, 0), (1, -1), 0.8, GRID),
        ("LINEBELOW", (1, 0), (-1, -2), 0.8, GRID),
    ]))
    return table


def draw_confirmation(
    canvas: Canvas, data: ConfirmationLike, translate: Translate = untranslated,
    issued_on: date | None = None,
) -> None:
    fonts = register_fonts()
    tr = translate
    page_w, page_h = A4
    width = page_w - 2 * MARGIN
    canvas.setTitle(tr(CTX, TITLE))
    canvas.setFillColor(INK)
    canvas.setFont(fonts.bold, 24)
    y = page_h - MARGIN - 14 * mm
    canvas.drawCentredString(page_w / 2, y, tr(CTX, TITLE))
    y -= 16 * mm

    for section, rows in _rows(data, tr):
        table = _section_table(section, rows, width)
        _, height = table.wrapOn(canvas, width, y - MARGIN)
        table.drawOn(canvas, MARGIN, y - height)
        y -= height + 6 * mm

    y -= 8 * mm
    canvas.setFont(fonts.regular, 13)
    for line in _wrap(canvas, tr(CTX, STATEMENT), fonts.regular, 13, width):
        canvas.drawString(MARGIN, y, line)
        y -= 8 * mm

    y -= 10 * mm
    canvas.setFont(fonts.regular, 12)
    canvas.drawCentredString(page_w / 2, y, _date(issued_on or data.interviewed_at.date(), tr))

    # the employer signs or seals in the box: 서명 또는 인
    box_w, box_h = 110 * mm, 32 * mm
    box_x, box_y = MARGIN + width - box_w, y - 14 * mm - box_h
    canvas.setLineWidth(1)
    canvas.rect(box_x, box_y, box_w, box_h, stroke=1, fill=0)
    canvas.setFont(fonts.bold, 11)
    canvas.drawString(box_x + 4 * mm, box_y + box_h - 7 * mm, tr(CTX, L_SIGN))
    canvas.setFont(fonts.regular, 12)
    canvas.drawString(box_x + 4 * mm, box_y + 9 * mm, data.employer_name)
    seal = tr(CTX, L_SEAL)
    canvas.setFillColor(GRID)
    canvas.drawRightString(box_x + box_w - 4 * mm, box_y + 9 * mm, seal)
    canvas.setFillColor(INK)

    if data.organizer:
        canvas.setFont(fonts.bold, 14)
        canvas.drawCentredString(
            page_w / 2, MARGIN + 12 * mm, tr(CTX, L_ISSUED).format(organizer=data.organizer)
        )
    canvas.showPage()


def confirmation_bytes(
    data: ConfirmationLike, translate: Translate = untranslated, issued_on: date | None = None
) -> bytes:
    """The one-page PDF."""
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    draw_confirmation(canvas, data, translate, issued_on)
    canvas.save()
    return buffer.getvalue()


def write_confirmation(
    path: Path, data: ConfirmationLike, translate: Translate = untranslated,
    issued_on: date | None = None,
) -> None:
    path.write_bytes(confirmation_bytes(data, translate, issued_on))
