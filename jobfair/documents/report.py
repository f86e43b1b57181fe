"""The end-of-day summary (채용박람회 결과 보고): the PDF the organizer hands to the mayor.

In the centre's own terms: the headline sentence as the centres publish it, the figures with
every ratio's denominator named, a table per employer, the breakdowns, arrivals per half hour as
a vector bar chart, and an optional approval box (결재란). Korean by default: every label goes
through the ``translate(context, text)`` the caller passes (context ``"report"`` for the labels
here, ``"figures"`` and ``"codes"`` for the ones marked in the domain).

Takes a ``ReportSource`` (see ``report_data``): plain objects, never the database. The report
prints the figures and rates it is given and never works out a rate of its own, so a number reads
the same here as on the dashboard and in ``jobfair stats``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from jobfair.documents.fonts import FontNames, register_fonts
from jobfair.documents.report_data import BreakdownLike, ReportSource
from jobfair.domain.codes import CODES_CONTEXT, industry_label
from jobfair.domain.i18n import QT_TRANSLATE_NOOP, untranslated
from jobfair.domain.metrics import COUNT_LABELS, Figures, FinalFigures

Translate = Callable[[str, str], str]
CTX = "report"

DEFAULT_APPROVAL: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("report", "Officer"),  # 담당
    QT_TRANSLATE_NOOP("report", "Team leader"),  # 팀장
    QT_TRANSLATE_NOOP("report", "Section chief"),  # 과장
    QT_TRANSLATE_NOOP("report", "Director"),  # 국장
)

HEADLINE = QT_TRANSLATE_NOOP(
    "report",
    "{employers} employers took part; {attendees} job seekers attended; {interviewees} were "
    "interviewed; of {positions} positions sought, {hires} were filled on the spot "
    "({hire_rate})",
)
# The rate with its label: the report keeps it on one line (it never wraps between the two).
HIRE_RATE = QT_TRANSLATE_NOOP("report", "hire rate {rate}")
NO_BREAK_SPACE = "\u00a0"
WEEKDAYS = (
    QT_TRANSLATE_NOOP("report", "Mon"),
    QT_TRANSLATE_NOOP("report", "Tue"),
    QT_TRANSLATE_NOOP("report", "Wed"),
    QT_TRANSLATE_NOOP("report", "Thu"),
    QT_TRANSLATE_NOOP("report", "Fri"),
    QT_TRANSLATE_NOOP("report", "Sat"),
    QT_TRANSLATE_NOOP("report", "Sun"),
)

INK = colors.HexColor("#1F2933")
ACCENT = colors.HexColor("#1E5AA8")
HEAD_FILL = colors.HexColor("#E8EEF7")
TOTAL_FILL = colors.HexColor("#F3F4F6")
GRID = colors.HexColor("#9AA5B1")
MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
MAX_APPROVAL_TITLES = 8  # 결재란 columns: more would leave no room to sign
APPROVAL_SHARE = 0.6  # of the page's width, beside the title
APPROVAL_MIN_COLUMN = 12 * mm




@dataclass(frozen=True)
class ReportOptions:
    """How to render: ``approval`` lists the approval box's titles (``None``: no box)."""

    translate: Translate = untranslated
    approval: Sequence[str] | None = None


def number(value: int) -> str:
    return f"{value:,}"


def rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}%"


def headline(
    figures: Figures, translate: Translate = untranslated, *, keep_rate: bool = False
) -> str:
    """The sentence the centres publish, e.g. "28개 구인업체 참여, 구직자 1,000명 참석, …".

    ``keep_rate``: the hire rate and its label joined by no-break spaces, so that a wrapped
    line never splits "채용률" from "41.4%".
    """
    hire_rate = translate(CTX, HIRE_RATE).format(rate=rate(figures.hire_rate))
    if keep_rate:
        hire_rate = NO_BREAK_SPACE.join(hire_rate.split())
    return translate(CTX, HEADLINE).format(
        employers=number(figures.employers),
        attendees=number(figures.attendees),
        interviewees=number(figures.interviewees),
        positions=number(figures.positions),
        hires=number(figures.hires),
        hire_rate=hire_rate,
    )


class _Styles:
    def __init__(self, fonts: FontNames) -> None:
        base = ParagraphStyle("base", fontName=fonts.regular, fontSize=9, leading=12,
                              textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10)
        self.title = ParagraphStyle("title", parent=base, fontName=fonts.bold, fontSize=17,
                                    leading=22)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15,
                                       textColor=ACCENT)
        self.h2 = ParagraphStyle("h2", parent=base, fontName=fonts.bold, fontSize=11.5,
                                 leading=15, spaceBefore=9, spaceAfter=4, textColor=ACCENT)
        self.headline = ParagraphStyle("headline", parent=base, fontName=fonts.bold,
                                       fontSize=11, leading=16, alignment=TA_LEFT)
        self.center = ParagraphStyle("center", parent=base, alignment=TA_CENTER)
        self.head = ParagraphStyle("head", parent=base, fontName=fonts.bold, fontSize=7.5,
                                   leading=9, alignment=TA_CENTER)
        self.head_left = ParagraphStyle("head_left", parent=self.head, alignment=TA_LEFT)
        self.right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table_style(fonts: FontNames, *, header_rows: int = 1, extra: Sequence[Any] = ()
                 ) -> TableStyle:
    head: list[Any] = []
    if header_rows:
        last = header_rows - 1
        head = [("FONT", (0, 0), (-1, last), fonts.bold, 8),
                ("BACKGROUND", (0, 0), (-1, last), HEAD_FILL),
                ("ALIGN", (0, 0), (-1, last), "CENTER")]
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.regular, 8),
        *head,
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BOX", (0, 0), (-1, -1), 0.8, INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ])


class _Report:
    def __init__(self, source: ReportSource, options: ReportOptions, fonts: FontNames) -> None:
        self.src = source
        self.t = options.translate
        self.options = options
        self.fonts = fonts
        self.st = _Styles(fonts)

    def translate(self, context: str, text: str) -> str:
        return self.t(context, text)

    def _t(self, text: str) -> str:
        return self.t(CTX, text)

    # --- the first page: title, approval box, particulars, headline ----------------------

    def title_block(self) -> list[Flowable]:
        fair = self.src.fair
        title = [
            Paragraph(_escape(fair.name), self.st.title),
            Spacer(1, 2 * mm),
            Paragraph(_escape(self.translate("report", "Results of the recruitment fair")),
                      self.st.subtitle),
        ]
        approval = self.options.approval
        if not approval:
            return [*title, Spacer(1, 4 * mm)]
        box = self.approval_box(approval)
        box_width = sum(box._colWidths)
        beside = sum(f.wrap(WIDTH - box_width, A4[1])[1] for f in title)
        if beside > A4[1] / 3:
            # A table row cannot break across pages: a very long fair name goes under the box,
            # where its paragraph can.
            box.hAlign = "RIGHT"
            return [box, Spacer(1, 3 * mm), *title, Spacer(1, 4 * mm)]
        return [
            Table([[title, box]], colWidths=[WIDTH - box_width, box_width],
                  style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("FONT", (0, 0), (-1, -1), self.fonts.regular, 8),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
            Spacer(1, 4 * mm),
        ]

    def approval_box(self, titles: Sequence[str]) -> Table:
        """결재란: a narrow "approval" cell, then a column per title with room to sign.

        The box takes at most ``APPROVAL_SHARE`` of the width: with many titles the columns
        narrow (to ``APPROVAL_MIN_COLUMN``; titles past ``MAX_APPROVAL_TITLES`` are left out),
        and a title longer than two lines of its column is cut with an ellipsis, so that any
        titles lay out (a long one no longer overflows its row).
        """
        label = self.translate("report", "Approval")
        head = Paragraph(_escape(label), self.st.head)
        first = max(9 * mm, stringWidth(label, self.fonts.bold, 7.5) + 8)
        titles = list(titles)[:MAX_APPROVAL_TITLES]
        room = WIDTH * APPROVAL_SHARE - first
        column = max(APPROVAL_MIN_COLUMN, min(18 * mm, room / max(1, len(titles))))
        names = [
            Paragraph(_escape(self._fit_title(self._t(t), column - 6)), self.st.head)
            for t in titles
        ]
        return Table(
            [[head, *names], ["", *[""] * len(titles)]],
            colWidths=[first] + [column] * len(titles),
            rowHeights=[8 * mm, 16 * mm],
            style=_table_style(self.fonts, extra=[
                ("SPAN", (0, 0), (0, 1)),
                ("BACKGROUND", (0, 1), (0, 1), HEAD_FILL),
                ("LEFTPADDING", (0, 0), (0, 0), 1),
                ("RIGHTPADDING", (0, 0), (0, 0), 1),
            ]),
        )

    def _fit_title(self, title: str, width: float) -> str:
        """``title`` cut with an ellipsis to what two lines ``width`` wide hold."""
        title = " ".join(title.split())
        budget = 2 * width * 0.9  # words wrap short of the edge
        if stringWidth(title, self.fonts.bold, 7.5) <= budget:
            return title
        while title and stringWidth(title + "…", self.fonts.bold, 7.5) > budget:
            title = title[:-1]
        return title.rstrip() + "…"

    def particulars(self) -> Flowable:
        fair = self.src.fair
        when = self.translate(
            "report", "{year}-{month:02}-{day:02} ({weekday}) {opens}–{closes}"
        ).format(
            year=fair.date.year, month=fair.date.month, day=fair.date.day,
            weekday=self._t(WEEKDAYS[fair.date.weekday()]),
            opens=fair.opens_at.strftime("%H:%M"), closes=fair.closes_at.strftime("%H:%M"),
        )
        rows = [(self.translate("report", "Date"), when)]
        if fair.venue:
            rows.append((self.translate("report", "Venue"), fair.venue))
        if fair.hosts:
            rows.append((self.translate("report", "Hosts"), fair.hosts))
        if fair.organizer:
            rows.append((self.translate("report", "Organized by"), fair.organizer))
        data = [[Paragraph(_escape(k), self.st.body), Paragraph(_escape(v), self.st.body)]
                for k, v in rows]
        return Table(data, colWidths=[28 * mm, WIDTH - 28 * mm], style=_table_style(
            self.fonts, header_rows=0, extra=[("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]))

    def headline_box(self) -> Flowable:
        text = Paragraph(_escape(headline(self.src.figures, self.t, keep_rate=True)),
                         self.st.headline)
        return Table([[text]], colWidths=[WIDTH], style=[
            ("FONT", (0, 0), (-1, -1), self.fonts.regular, 8),
            ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F5F8FD")),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 8),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ])

    # --- figures ---------------------------------------------------------------------------

    def figures_tables(self) -> list[Flowable]:
        f = self.src.figures
        data = f.as_dict()
        label = lambda key: self.t("figures", COUNT_LABELS[key])  # noqa: E731
        counts = [[self.translate("report", "Figure"), self.translate("report", "Count")]]
        for key in ("employers", "positions", "registered", "attendees", "interviewees",
                    "interviews", "hires", "second_interviews", "pending", "rejected",
                    "undecided"):
            counts.append([label(key), number(int(data[key]))])
        split = [
            [self.translate("report", "Registered: pre-registered / walk-ins"),
             f"{number(f.pre_registered)} / {number(f.walk_ins)}"],
        ]
        left = Table(counts + split, colWidths=[58 * mm, 24 * mm], repeatRows=1,
                     style=_table_style(self.fonts, extra=[
                         ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                         ("FONT", (0, 7), (-1, 7), self.fonts.bold, 8),
                     ]))
        ratios: list[list[Any]] = [[
            self.translate("report", "Ratio"),
            self.translate("report", "Calculation"),
            self.translate("report", "Value"),
        ]]
        for r in f.ratios():
            calc = self.translate("report", "{numerator} {a} ÷ {denominator} {b}").format(
                numerator=label(r.numerator), a=number(int(data[r.numerator])),
                denominator=label(r.denominator), b=number(int(data[r.denominator])),
            )
            ratios.append([Paragraph(_escape(self.t("figures", r.label)), self.st.cell),
                           Paragraph(_escape(calc), self.st.cell), rate(r.value)])
        right_width = WIDTH - 82 * mm - 6 * mm
        right = Table(ratios, colWidths=[34 * mm, right_width - 34 * mm - 15 * mm, 15 * mm],
                      style=_table_style(self.fonts, extra=[
                          ("ALIGN", (2, 1), (2, -1), "RIGHT"),
                          ("FONT", (2, 1), (2, 1), self.fonts.bold, 8),
                      ]))
        note = Paragraph(_escape(self.translate(
            "report",
            "Every ratio names what it divides by: the hire rate the centres publish divides "
            "on-site hires by the positions sought, not by the people interviewed.",
        )), self.st.small)
        return [
            Paragraph(_escape(self.translate("report", "Figures of the day")), self.st.h2),
            Table([[left, [right, Spacer(1, 3 * mm), note]]],
                  colWidths=[82 * mm + 6 * mm, right_width],
                  style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("FONT", (0, 0), (-1, -1), self.fonts.regular, 8),
                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
        ]

    # --- fair day and follow-up ------------------------------------------------------------

    def final_table(self) -> list[Flowable]:
        """On-site hires and final hires (사후관리), each with its rate and denominator.

        Shown when the source carries follow-up figures (``final``). An on-site hire with no final
        outcome counts as a final hire unless marked withdrawn or not hired afterwards.
        """
        final: FinalFigures | None = getattr(self.src, "final", None)
        if final is None:
            return []
        positions = self.t("figures", COUNT_LABELS["positions"])
        rows: list[list[Any]] = [[
            self.translate("report", "Hires"),
            self.translate("report", "Count"),
            self.translate("report", "Calculation"),
            self.translate("report", "Rate"),
        ]]
        for label, count, value in (
            (self.translate("report", "Hired on the spot (fair day)"), final.onsite_hires,
             final.onsite_hire_rate),
            (self.translate("report", "Final hires (after follow-up)"), final.final_hires,
             final.final_hire_rate),
        ):
            calc = self.translate("report", "{count} ÷ {denominator} {positions}").format(
                count=number(count), denominator=positions, positions=number(final.positions),
            )
            rows.append([Paragraph(_escape(label), self.st.cell), number(count),
                         Paragraph(_escape(calc), self.st.cell), rate(value)])
        table = Table(rows, colWidths=[62 * mm, 20 * mm, WIDTH - 62 * mm - 20 * mm - 18 * mm,
                                       18 * mm],
                      style=_table_style(self.fonts, extra=[
                          ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                          ("ALIGN", (3, 1), (3, -1), "RIGHT"),
                      ]))
        notes = [self.translate(
            "report",
            "Final hires: on-site hires not withdrawn afterwards, and follow-up cases the "
            "employer confirmed as hired; the fair-day figures above stay as they were.",
        )]
        if final.last_final_outcome_on is not None:
            notes.append(self.translate(
                "report", "Final hires: follow-up results (as of {date})"
            ).format(date=final.last_final_outcome_on.isoformat()))
        notes.append(self.translate(
            "report", "Follow-up cases: {cases}, decided: {decided}"
        ).format(cases=number(final.follow_up_cases), decided=number(final.decided)))
        return [
            Paragraph(_escape(self.translate("report", "Fair day and follow-up")), self.st.h2),
            table,
            Spacer(1, 2 * mm),
            *(Paragraph(_escape(n), self.st.small) for n in notes),
        ]

    # --- arrivals chart --------------------------------------------------------------------

    def arrivals_chart(self) -> list[Flowable]:
        bins = list(self.src.arrivals)
        if not bins:
            return []
        zone = ZoneInfo(self.src.fair.timezone)
        height = 58 * mm
        drawing = Drawing(WIDTH, height)
        drawing.initialFontName = self.fonts.regular  # the starting font, else Helvetica
        chart = VerticalBarChart()
        chart.x, chart.y = 12 * mm, 9 * mm
        chart.width, chart.height = WIDTH - 16 * mm, height - 15 * mm
        chart.data = [[b.count for b in bins]]
        chart.bars[0].fillColor = ACCENT
        chart.bars[0].strokeColor = None
        chart.barSpacing = 1
        chart.groupSpacing = 3
        chart.categoryAxis.categoryNames = [b.start.astimezone(zone).strftime("%H:%M")
                                            for b in bins]
        chart.categoryAxis.labels.fontName = self.fonts.regular
        chart.categoryAxis.labels.fontSize = 7
        chart.categoryAxis.labels.angle = 0 if len(bins) <= 16 else 45
        chart.categoryAxis.labels.boxAnchor = "n" if len(bins) <= 16 else "ne"
        chart.valueAxis.valueMin = 0
        top = max(b.count for b in bins)
        chart.valueAxis.valueMax = max(5, int(top * 1.15) + 1)
        chart.valueAxis.labels.fontName = self.fonts.regular
        chart.valueAxis.labels.fontSize = 7
        chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E7EB")
        chart.valueAxis.visibleGrid = True
        if len(bins) <= 24:
            chart.barLabelFormat = "%d"
            chart.barLabels.fontName = self.fonts.regular
            chart.barLabels.fontSize = 6.5
            chart.barLabels.nudge = 6
        drawing.add(chart)
        drawing.add(String(0, height - 4 * mm, self.translate("report", "people"),
                           fontName=self.fonts.regular,
                           fontSize=7, fillColor=INK))
        caption = self.translate("report", "Check-ins per half hour ({total} in all)").format(
            total=number(sum(b.count for b in bins)))
        return [KeepTogether([Paragraph(_escape(self.translate("report", "Arrivals")), self.st.h2),
                              Paragraph(_escape(caption), self.st.small), drawing])]

    # --- breakdowns ------------------------------------------------------------------------

    def breakdown_table(self, b: BreakdownLike, width: float) -> Table:
        head = [Paragraph(_escape(self.t("codes", b.title)), self.st.head_left),
                *(Paragraph(_escape(h), self.st.head)
                  for h in (self.translate("report", "Attended"),
                            self.translate("report", "Interviewed"),
                            self.translate("report", "Hired")))]
        rows: list[list[Any]] = [head]
        for r in b.rows:
            rows.append([Paragraph(_escape(self.t("codes", r.label)), self.st.cell),
                         number(r.attendees), number(r.interviewees), number(r.hires)])
        if b.key != "target_group":  # groups overlap: a total would count people twice
            rows.append([self.translate("report", "Total"),
                         number(sum(r.attendees for r in b.rows)),
                         number(sum(r.interviewees for r in b.rows)),
                         number(sum(r.hires for r in b.rows))])
        num = 18 * mm
        extra: list[Any] = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
        if b.key != "target_group":
            extra += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
                      ("FONT", (0, -1), (-1, -1), self.fonts.bold, 8)]
        return Table(rows, colWidths=[width - 3 * num, num, num, num], repeatRows=1,
                     style=_table_style(self.fonts, extra=extra))

    def breakdowns(self) -> list[Flowable]:
        by_key = {b.key: b for b in self.src.breakdowns}
        if not by_key:
            return []
        half = (WIDTH - 6 * mm) / 2
        out: list[Flowable] = [CondPageBreak(60 * mm),
                               Paragraph(_escape(self.translate("report", "Who came")), self.st.h2)]
        note = self.translate(
            "report",
            "Attended: checked in. A person may belong to several target groups; age is the "
            "fair's year minus the birth year.",
        )
        out.append(Paragraph(_escape(note), self.st.small))
        out.append(Spacer(1, 2 * mm))
        for pair in (("age_band", "sex"), ("target_group", "occupation")):
            cells = [self.breakdown_table(by_key[k], half) for k in pair if k in by_key]
            if not cells:
                continue
            while len(cells) < 2:
                cells.append(Spacer(1, 1))
            out.append(Table([cells], colWidths=[half + 6 * mm, half], style=[
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), self.fonts.regular, 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]))
            out.append(Spacer(1, 3 * mm))
        rest = [b for k, b in by_key.items()
                if k not in ("age_band", "sex", "target_group", "occupation")]
        out += [self.breakdown_table(b, WIDTH) for b in rest]
        return out

    # --- per employer ----------------------------------------------------------------------

    def employer_table(self) -> list[Flowable]:
        employers = list(self.src.employers)
        head = [self.translate("report", "No."), self.translate("report", "Employer"),
                self.translate("report", "Industry"), self.translate("report", "Positions"),
                self.translate("report", "Interviewees"), self.translate("report", "Hired"),
                self.translate("report", "2nd interview"), self.translate("report", "Pending"),
                self.translate("report", "Fill rate"),
                self.translate("report", "Remarks")]
        rows: list[list[Any]] = [[Paragraph(_escape(h), self.st.head) for h in head]]
        cell = self.st.cell
        for i, e in enumerate(employers, 1):
            label = industry_label(e.ksic_section)
            industry = self.t(CODES_CONTEXT, label) if label else e.ksic_section
            booths = ", ".join(e.booth_labels)
            rows.append([
                str(i), Paragraph(_escape(e.name), cell), Paragraph(_escape(industry), cell),
                number(e.positions), number(e.interviewees), number(e.hires),
                number(e.second_interviews), number(e.pending), rate(e.fill_rate),
                Paragraph(_escape(self.translate("report", "Booth {labels}").format(labels=booths)
                                  if booths else self.translate("report", "No booth")),
                          self.st.small),
            ])
        total = self.src.employer_total  # worked out by the service: printed, never recomputed
        rows.append([
            "", self.translate("report", "Total"), "", number(total.positions),
            number(total.interviewees), number(total.hires), number(total.second_interviews),
            number(total.pending), rate(total.fill_rate), "",
        ])
        n = 13 * mm
        widths = [8 * mm, 43 * mm, 32 * mm, n, n, n, n, n, n]
        widths.append(WIDTH - sum(widths))
        table = LongTable(rows, colWidths=widths, repeatRows=1, style=_table_style(
            self.fonts, extra=[
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (3, 1), (8, -1), "RIGHT"),
                ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
                ("FONT", (0, -1), (-1, -1), self.fonts.bold, 8),
                ("SPAN", (1, -1), (2, -1)),
                ("LEFTPADDING", (0, 0), (-1, 0), 1),
                ("RIGHTPADDING", (0, 0), (-1, 0), 1),
            ]))
        note = self.translate(
            "report",
            "Fill rate: hired on the spot ÷ positions the employer sought. Interviewees are "
            "counted per employer: a person interviewed by two employers counts in both rows "
            "(people interviewed at the fair: {people}).",
        ).format(people=number(self.src.figures.interviewees))
        return [CondPageBreak(50 * mm),
                Paragraph(_escape(self.translate("report", "Results by employer")), self.st.h2),
                Paragraph(_escape(note), self.st.small), Spacer(1, 2 * mm), table]

    def recommendations(self) -> list[Flowable]:
        """What came of the counsellors' recommendations before the fair (사전 맞춤 알선).

        Shown when any pair was recommended; a pair counts as interviewed when the seeker was
        interviewed at a booth of the opening's employer, as hired when hired there. Said in
        plain words for the mayor: a pair is "a recommendation" (one person to one opening).
        """
        outcome = getattr(self.src, "recommendations", None)
        if outcome is None or not getattr(outcome, "recommended", 0):
            return []
        text = self.translate(
            "report",
            "Of {recommended} recommendations made before the fair (one job seeker to one "
            "opening), {interviewed} led to an interview with that employer ({interview_rate}) "
            "and {hired} to a hire ({hire_rate}).",
        ).format(
            recommended=number(outcome.recommended),
            interviewed=number(outcome.interviewed),
            hired=number(outcome.hired),
            interview_rate=rate(outcome.interview_rate),
            hire_rate=rate(outcome.hire_rate),
        )
        return [
            Paragraph(_escape(self.translate("report", "Matching before the fair")), self.st.h2),
            Paragraph(_escape(text), self.st.body),
        ]

    def story(self) -> list[Flowable]:
        return [
            *self.title_block(),
            self.particulars(),
            Spacer(1, 5 * mm),
            self.headline_box(),
            *self.figures_tables(),
            *self.final_table(),
            *self.recommendations(),
            *self.arrivals_chart(),
            *self.breakdowns(),
            *self.employer_table(),
        ]

    def footer_text(self) -> tuple[str, str]:
        made = self.src.generated_at.astimezone(ZoneInfo(self.src.fair.timezone))
        left = self.src.fair.name
        right = self.translate("report", "Made {when}").format(when=made.strftime("%Y-%m-%d %H:%M"))
        return left, right


def _numbered_canvas(fonts: FontNames, left: str, right: str) -> type[Canvas]:
    """A canvas that holds its pages until the end, so each can say "n / N"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab starts every page in Helvetica, which would be referenced unembedded
            kwargs["initialFontName"] = fonts.regular
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for page in self._pages:
                self.__dict__.update(page)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(MARGIN, 11 * mm, A4[0] - MARGIN, 11 * mm)
            self.setFont(fonts.regular, 7.5)
            self.setFillColor(INK)
            self.drawString(MARGIN, 7 * mm, left)
            self.drawCentredString(A4[0] / 2, 7 * mm, f"{self._pageNumber} / {total}")
            self.drawRightString(A4[0] - MARGIN, 7 * mm, right)
            self.restoreState()

    return NumberedCanvas


def render_report(
    source: ReportSource, target: Path | str | BinaryIO, options: ReportOptions | None = None
) -> None:
    """Write the summary of ``source`` as a PDF to ``target`` (a path or a binary file)."""
    options = options or ReportOptions()
    fonts = register_fonts()
    report = _Report(source, options, fonts)
    left, right = report.footer_text()
    out: Any = str(target) if isinstance(target, Path | str) else target
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=16 * mm, title=source.fair.name,
        author=source.fair.organizer or source.fair.hosts,
        subject=report.translate("report", "Results of the recruitment fair"), creator="JobFair",
    )
    doc.build(report.story(), canvasmaker=_numbered_canvas(fonts, left, right))


def report_bytes(source: ReportSource, options: ReportOptions | None = None) -> bytes:
    buffer = BytesIO()
    render_report(source, buffer, options)
    return buffer.getvalue()
