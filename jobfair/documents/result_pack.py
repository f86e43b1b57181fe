"""An employer's result pack as documents: the workbook's tables and the one-page PDF summary.

Takes a ``PackData`` (``jobfair.domain.result_packs``) and renders it; it prints the figures it is
given and shows a seeker's phone and residence only as the pack holds them (``None``: not
shared). The workbook's tables have the shape ``jobfair.documents.workbook`` writes (its cells
neutralised there). The PDF keeps to one page: the covering letter, the figures, then as many
interviewees as fit, and says how many more the workbook lists.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from jobfair.documents.fonts import FontNames, register_fonts
from jobfair.domain.bizno import format_bizno
from jobfair.domain.evaluations import RATING_MAX, RATING_MIN, rating_summary
from jobfair.domain.export_tables import ExportTable
from jobfair.domain.i18n import QT_TRANSLATE_NOOP, untranslated
from jobfair.domain.phone import format_phone
from jobfair.domain.result_packs import DEFAULT_LETTER, PackData, PackField, PackInterview

Translate = Callable[[str, str], str]
CTX = "result_pack"

INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#1E5AA8")
HEAD_FILL = colors.HexColor("#E8EEF7")
GRID = colors.HexColor("#9AA5B1")
MARGIN = 15 * mm
PADDING = 6  # the frame's own padding on each side, in points
WIDTH = A4[0] - 2 * MARGIN - 2 * PADDING
HEIGHT = A4[1] - 2 * MARGIN - 2 * PADDING
ROW = 11.0  # points: one line of the interviewee list
LIST_FONT = 7.5

FILE_WORD = QT_TRANSLATE_NOOP("result_pack", "results")  # "<employer>_결과.xlsx"
NOT_SHARED = QT_TRANSLATE_NOOP("result_pack", "Not shared")
# The pack's language, as its translation gives it: picks the label of a fair's own field.
LANGUAGE = QT_TRANSLATE_NOOP("result_pack", "en")






def letter_text(pack: PackData, translate: Translate = untranslated) -> str:
    """The covering letter: the centre's own, else the default in the pack's language."""
    if pack.letter:
        return pack.letter
    return translate(CTX, DEFAULT_LETTER).format(fair=pack.fair_name)


def _code(translate: Translate, label: str) -> str:
    return translate("codes", label) if label else ""


def _phone(value: str | None, translate: Translate) -> str:
    return format_phone(value) if value else translate(CTX, NOT_SHARED)


def _residence(value: str | None, translate: Translate) -> str:
    return value if value else translate(CTX, NOT_SHARED)


def _groups(i: PackInterview, translate: Translate) -> str:
    return ", ".join(_code(translate, g) for g in i.target_groups)


def _field_label(field: PackField, translate: Translate) -> str:
    if translate(CTX, LANGUAGE).startswith("en") and field.label_en:
        return field.label_en
    return field.label_ko


def _answers(i: PackInterview, fields: tuple[PackField, ...]) -> tuple[str, ...]:
    given = dict(i.answers)
    return tuple(given.get(f.key, "") for f in fields)


def pack_tables(pack: PackData, translate: Translate = untranslated) -> list[ExportTable]:
    """The workbook's sheets: the summary (figures and letter) and the interviewees."""
    def t(text: str) -> str:
        return translate(CTX, text)

    f = pack.figures
    ratings = rating_summary(i.rating for i in pack.interviews)
    summary: list[tuple[Any, ...]] = [
        (translate("result_pack", "Fair"), pack.fair_name),
        (translate("result_pack", "Date"), pack.fair_date),
        (translate("result_pack", "Employer"), pack.employer),
        (translate("result_pack", "Business no."), format_bizno(pack.business_no)),
        (translate("result_pack", "Booths"), ", ".join(pack.booths)),
        (translate("result_pack", "Openings"), f.openings),
        (translate("result_pack", "Positions sought"), f.positions),
        (translate("result_pack", "Interviews"), f.interviews),
        (translate("result_pack", "Interviewees"), f.interviewees),
        (translate("result_pack", "Hired on the spot"), f.hires),
        (translate("result_pack", "Second interviews"), f.second_interviews),
        (translate("result_pack", "Pending"), f.pending),
        (translate("result_pack", "Fill rate (hires / positions)"),
         None if f.fill_rate is None else f.fill_rate / 100),
        (translate("result_pack", "Final hires (follow-up)"), f.final_hires),
        (translate("result_pack", "Rated interviews"), ratings.rated),
        (translate("result_pack", "Average rating (1-5)"),
         None if ratings.average is None else round(ratings.average, 2)),
        (translate("result_pack", "Made"), pack.generated_at),
        (translate("result_pack", "Letter"), letter_text(pack, translate)),
    ]
    rows = [
        (i.booth, i.opening, i.started_at, i.seeker_name, i.badge_no,
         _code(translate, i.age_band), _groups(i, translate), i.desired_job,
         _phone(i.phone, translate), _residence(i.residence, translate),
         _code(translate, i.outcome), i.rating, ", ".join(i.tags), i.notes,
         _code(translate, i.final_outcome), i.final_outcome_on, *_answers(i, pack.fields))
        for i in pack.interviews
    ]
    headers = tuple(t(h) for h in (
        QT_TRANSLATE_NOOP("result_pack", "Booth"),
        QT_TRANSLATE_NOOP("result_pack", "Opening"),
        QT_TRANSLATE_NOOP("result_pack", "Interviewed at"),
        QT_TRANSLATE_NOOP("result_pack", "Name"),
        QT_TRANSLATE_NOOP("result_pack", "Badge no."),
        QT_TRANSLATE_NOOP("result_pack", "Age band"),
        QT_TRANSLATE_NOOP("result_pack", "Target groups"),
        QT_TRANSLATE_NOOP("result_pack", "Desired job"),
        QT_TRANSLATE_NOOP("result_pack", "Phone"),
        QT_TRANSLATE_NOOP("result_pack", "Residence"),
        QT_TRANSLATE_NOOP("result_pack", "Outcome"),
        QT_TRANSLATE_NOOP("result_pack", "Rating (1-5)"),
        QT_TRANSLATE_NOOP("result_pack", "Tags"),
        QT_TRANSLATE_NOOP("result_pack", "Recruiter's note"),
        QT_TRANSLATE_NOOP("result_pack", "Final outcome"),
        QT_TRANSLATE_NOOP("result_pack", "Final outcome date"),
    )) + tuple(_field_label(f, translate) for f in pack.fields)
    return [
        ExportTable("summary", t(QT_TRANSLATE_NOOP("result_pack", "Summary")),
                  (t(QT_TRANSLATE_NOOP("result_pack", "Item")),
                   t(QT_TRANSLATE_NOOP("result_pack", "Value"))), summary, (30, 80)),
        ExportTable("interviewees", t(QT_TRANSLATE_NOOP("result_pack", "Interviewees")), headers,
                  rows, (8, 18, 17, 12, 9, 10, 18, 18, 15, 12, 14, 10, 24, 30, 14, 14,
                         *(16 for _ in pack.fields))),
    ]


# --- the one-page PDF ---------------------------------------------------------------------------


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


class _Page:
    def __init__(self, pack: PackData, translate: Translate, fonts: FontNames) -> None:
        self.pack = pack
        self.translate = translate
        self.fonts = fonts
        base = ParagraphStyle("base", fontName=fonts.regular, fontSize=9, leading=12.5,
                              textColor=INK)
        self.body = base
        self.title = ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=15,
                                    leading=20)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=10, leading=14,
                                       textColor=ACCENT)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=fonts.bold, fontSize=10.5,
                                 leading=14, spaceBefore=8, spaceAfter=3, textColor=ACCENT)
        self.small = ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5)

    def top(self) -> list[Flowable]:
        p = self.pack
        title = self.translate("result_pack", "Job fair results for {employer}").format(
            employer=p.employer)
        where = " · ".join(x for x in (
            p.fair_name, p.fair_date.isoformat(), p.venue,
            self.translate("result_pack", "Booth {labels}").format(labels=", ".join(p.booths))
            if p.booths else "",
        ) if x)
        letter = "<br/>".join(_escape(line) for line in letter_text(p, self.translate)
                              .splitlines())
        return [
            Paragraph(_escape(title), self.title),
            Paragraph(_escape(where), self.subtitle),
            Spacer(1, 4 * mm),
            Paragraph(letter, self.body),
            Paragraph(_escape(self.translate("result_pack", "Figures")), self.h2),
            self.figures(),
            *self.ratings(),
            Paragraph(_escape(self.translate("result_pack", "Interviewees")), self.h2),
        ]

    def figures(self) -> Table:
        f = self.pack.figures
        rate = "–" if f.fill_rate is None else f"{f.fill_rate:.1f}%"
        cells = (
            (self.translate("result_pack", "Positions sought"), f"{f.positions:,}"),
            (self.translate("result_pack", "Interviews"), f"{f.interviews:,}"),
            (self.translate("result_pack", "Interviewees"), f"{f.interviewees:,}"),
            (self.translate("result_pack", "Hired on the spot"), f"{f.hires:,}"),
            (self.translate("result_pack", "Second interviews"), f"{f.second_interviews:,}"),
            (self.translate("result_pack", "Pending"), f"{f.pending:,}"),
            (self.translate("result_pack", "Fill rate"), rate),
            (self.translate("result_pack", "Final hires"), f"{f.final_hires:,}"),
        )
        width = WIDTH / len(cells)
        head = [_fit(label, self.fonts.bold, 7.5, width - 4) for label, _ in cells]
        table = Table([head, [value for _, value in cells]], colWidths=[width] * len(cells))
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, 0), self.fonts.bold, 7.5),
            ("FONT", (0, 1), (-1, 1), self.fonts.bold, 11),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ]))
        return table

    def ratings(self) -> list[Flowable]:
        """One line: how many were rated, the average and how many got each rating."""
        summary = rating_summary(i.rating for i in self.pack.interviews)
        if not summary.rated:
            return []
        counts = " · ".join(
            f"{n}: {c}" for n, c in zip(range(RATING_MIN, RATING_MAX + 1), summary.counts,
                                        strict=True))
        text = self.translate(
            "result_pack", "Ratings: {rated} rated, average {average} of 5 ({counts})."
        ).format(rated=summary.rated, average=f"{summary.average or 0:.1f}", counts=counts)
        return [Spacer(1, 2 * mm), Paragraph(_escape(text), self.body)]

    def interview_list(self, height: float) -> list[Flowable]:
        """As many interviewees as ``height`` points hold, then how many more the workbook has."""
        interviews = self.pack.interviews
        if not interviews:
            nobody = self.translate("result_pack", "Nobody was interviewed at this booth.")
            return [Paragraph(_escape(nobody), self.body)]
        note_height = 14.0
        fits = max(int((height - ROW - note_height) // ROW), 0)
        shown = interviews[:fits]
        columns = (
            (self.translate("result_pack", "Time"), 0.07),
            (self.translate("result_pack", "Name"), 0.12),
            (self.translate("result_pack", "Opening"), 0.17),
            (self.translate("result_pack", "Outcome"), 0.13),
            (self.translate("result_pack", "Final outcome"), 0.13),
            (self.translate("result_pack", "Phone"), 0.14),
            (self.translate("result_pack", "Residence"), 0.10),
            (self.translate("result_pack", "Note"), 0.14),
        )
        widths = [WIDTH * share for _, share in columns]
        font = self.fonts.regular
        rows = [[_fit(label, self.fonts.bold, LIST_FONT, w - 4)
                 for (label, _), w in zip(columns, widths, strict=True)]]
        for i in shown:
            values = (
                f"{i.started_at:%H:%M}", i.seeker_name, i.opening,
                _code(self.translate, i.outcome), _code(self.translate, i.final_outcome),
                _phone(i.phone, self.translate), _residence(i.residence, self.translate),
                " ".join(i.notes.split()),
            )
            rows.append([_fit(v, font, LIST_FONT, w - 4)
                         for v, w in zip(values, widths, strict=True)])
        out: list[Flowable] = []
        if shown:
            table = Table(rows, colWidths=widths, rowHeights=[ROW] * len(rows))
            table.setStyle(TableStyle([
                ("FONT", (0, 0), (-1, 0), self.fonts.bold, LIST_FONT),
                ("FONT", (0, 1), (-1, -1), font, LIST_FONT),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]))
            out.append(table)
        more = len(interviews) - len(shown)
        if more:
            text = self.translate(
                "result_pack", "{count} more interviews are listed in the workbook.")
            out.append(Paragraph(_escape(text.format(count=more)), self.small))
        return out


def render_pack_pdf(pack: PackData, out: BinaryIO, translate: Translate = untranslated) -> None:
    """The pack's one-page summary PDF, written into ``out``."""
    fonts = register_fonts()
    page = _Page(pack, translate, fonts)
    top = page.top()
    used = sum(f.wrap(WIDTH, HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in top)
    made = Paragraph(_escape(translate("result_pack", "Made {at} by {organizer}").format(
        at=f"{pack.generated_at:%Y-%m-%d %H:%M}",
        organizer=pack.organizer or pack.fair_name)), page.small)
    used += made.wrap(WIDTH, HEIGHT)[1] + 4
    content = [*top, *page.interview_list(HEIGHT - used - 6), Spacer(1, 4), made]
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, author=pack.organizer or "JobFair",
        title=translate("result_pack", "Job fair results for {employer}").format(
            employer=pack.employer),
    )
    # Whatever the letter's length, the summary stays on one page.
    doc.build([KeepInFrame(WIDTH, HEIGHT, content, mode="shrink")])


def pack_pdf_bytes(pack: PackData, translate: Translate = untranslated) -> bytes:
    buffer = BytesIO()
    render_pack_pdf(pack, buffer, translate)
    return buffer.getvalue()
