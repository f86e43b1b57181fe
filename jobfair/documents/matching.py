"""Printable matching lists (사전 맞춤 알선): a seeker's slip of booths to visit, an employer's
candidate list. NanumGothic embedded.

Takes plain values with the reasons already rendered in the reader's language; the labels go
through the ``translate(context, text)`` the caller passes (context ``"matching"``).
- The slip is half an A4 sheet (A5 portrait): fair, name, badge number, then one block per
  booth: its label, and for each opening the caller chose there the employer, job title and
  the reasons in short.
- The candidate list is an A4 table: name, age band, desired job, residence (시·군), reasons.
  The caller passes only seekers who consented to be shared with employers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from jobfair.documents.fonts import register_fonts
from jobfair.domain.i18n import QT_TRANSLATE_NOOP, untranslated

Translate = Callable[[str, str], str]
CTX = "matching"

SLIP_TITLE = QT_TRANSLATE_NOOP("matching", "Booths recommended for you")
SLIP_BADGE = QT_TRANSLATE_NOOP("matching", "Badge no. {number}")
SLIP_NONE = QT_TRANSLATE_NOOP(
    "matching", "No opening matched your details. Ask at the desk for advice."
)
LIST_TITLE = QT_TRANSLATE_NOOP("matching", "Matched candidates for {employer}")
LIST_NOTE = QT_TRANSLATE_NOOP(
    "matching",
    "Only job seekers who consented to their details being given to employers are listed. "
    "Use them for this recruitment only.",
)
COL_NAME = QT_TRANSLATE_NOOP("matching", "Name")
COL_BADGE = QT_TRANSLATE_NOOP("matching", "Badge")
COL_AGE = QT_TRANSLATE_NOOP("matching", "Age")
COL_JOB = QT_TRANSLATE_NOOP("matching", "Desired job")
COL_RESIDENCE = QT_TRANSLATE_NOOP("matching", "Lives in")
COL_OPENING = QT_TRANSLATE_NOOP("matching", "Opening")
COL_REASONS = QT_TRANSLATE_NOOP("matching", "Why")
LIST_NONE = QT_TRANSLATE_NOOP("matching", "No consenting job seeker matched the openings.")




@dataclass(frozen=True)
class SlipLine:
    booth_label: str
    employer_name: str
    opening_title: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class SeekerSlip:
    fair_name: str
    seeker_name: str
    badge_no: int | None
    lines: tuple[SlipLine, ...]


@dataclass(frozen=True)
class CandidateRow:
    name: str
    badge_no: int | None
    age_band: str  # already translated
    desired_job: str
    residence: str
    opening_title: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class CandidateList:
    fair_name: str
    employer_name: str
    rows: tuple[CandidateRow, ...]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    fonts = register_fonts()
    title = ParagraphStyle("title", fontName=fonts.bold, fontSize=size + 5, leading=size + 9)
    body = ParagraphStyle("body", fontName=fonts.regular, fontSize=size, leading=size * 1.35)
    small = ParagraphStyle(
        "small", fontName=fonts.regular, fontSize=size - 1.5, leading=(size - 1.5) * 1.35,
        textColor=colors.HexColor("#444444"),
    )
    return title, body, small


def _by_booth(lines: Sequence[SlipLine]) -> list[tuple[str, list[SlipLine]]]:
    """The lines grouped under their booth, booths in the order first met: a booth with two
    openings marked is one stop on the slip."""
    groups: dict[str, list[SlipLine]] = {}
    for line in lines:
        groups.setdefault(line.booth_label, []).append(line)
    return list(groups.items())


def render_seeker_slip(
    slip: SeekerSlip, out: BinaryIO, translate: Translate = untranslated
) -> None:
    """The slip of booths to visit, on A5 (half an A4 sheet)."""
    fonts = register_fonts()
    title, body, small = _styles(10)
    booth = ParagraphStyle("booth", fontName=fonts.bold, fontSize=16, leading=19)
    doc = SimpleDocTemplate(
        out, pagesize=A5, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
        bottomMargin=12 * mm, title=translate(CTX, SLIP_TITLE), author="JobFair",
    )
    story: list[object] = [
        Paragraph(_escape(slip.fair_name), small),
        Paragraph(_escape(translate(CTX, SLIP_TITLE)), title),
    ]
    who = slip.seeker_name
    if slip.badge_no is not None:
        who += "  ·  " + translate(CTX, SLIP_BADGE).format(number=slip.badge_no)
    story += [Paragraph(_escape(who), body), Spacer(1, 4 * mm)]
    if not slip.lines:
        story.append(Paragraph(_escape(translate(CTX, SLIP_NONE)), body))
    rows = []
    for booth_label, lines in _by_booth(slip.lines):
        blocks: list[Paragraph] = []
        for line in lines:
            text = f"<b>{_escape(line.employer_name)}</b> · {_escape(line.opening_title)}"
            blocks += [Paragraph(text, body),
                       Paragraph(" / ".join(_escape(r) for r in line.reasons), small)]
        rows.append([Paragraph(_escape(booth_label or "-"), booth), blocks])
    if rows:
        table = Table(rows, colWidths=[22 * mm, None])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        story.append(table)
    doc.build(story)


def render_candidate_list(
    candidates: CandidateList, out: BinaryIO, translate: Translate = untranslated
) -> None:
    """The employer's candidate list: an A4 table, repeated header on every page."""
    fonts = register_fonts()
    heading = translate(CTX, LIST_TITLE).format(employer=candidates.employer_name)
    title, body, small = _styles(9)
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
        bottomMargin=14 * mm, title=heading, author="JobFair",
    )
    story: list[object] = [
        Paragraph(_escape(candidates.fair_name), small),
        Paragraph(_escape(heading), title),
        Paragraph(_escape(translate(CTX, LIST_NOTE)), small),
        Spacer(1, 4 * mm),
    ]
    if not candidates.rows:
        story.append(Paragraph(_escape(translate(CTX, LIST_NONE)), body))
    else:
        header_style = ParagraphStyle("head", parent=body, fontName=fonts.bold)
        columns = (COL_NAME, COL_BADGE, COL_AGE, COL_JOB, COL_RESIDENCE, COL_OPENING, COL_REASONS)
        data: list[Sequence[object]] = [
            [Paragraph(_escape(translate(CTX, c)), header_style) for c in columns]
        ]
        for row in candidates.rows:
            data.append([
                Paragraph(_escape(row.name), body),
                Paragraph("" if row.badge_no is None else str(row.badge_no), body),
                Paragraph(_escape(row.age_band), body),
                Paragraph(_escape(row.desired_job), body),
                Paragraph(_escape(row.residence), body),
                Paragraph(_escape(row.opening_title), body),
                Paragraph("<br/>".join(_escape(r) for r in row.reasons), small),
            ])
        widths = [22 * mm, 13 * mm, 16 * mm, 28 * mm, 16 * mm, 28 * mm, None]
        table = LongTable(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
        ]))
        story.append(table)
    doc.build(story)


def slip_bytes(slip: SeekerSlip, translate: Translate = untranslated) -> bytes:
    buffer = BytesIO()
    render_seeker_slip(slip, buffer, translate)
    return buffer.getvalue()


def candidate_list_bytes(candidates: CandidateList, translate: Translate = untranslated) -> bytes:
    buffer = BytesIO()
    render_candidate_list(candidates, buffer, translate)
    return buffer.getvalue()


def write_pdf(data: bytes, path: Path) -> Path:
    path.write_bytes(data)
    return path
