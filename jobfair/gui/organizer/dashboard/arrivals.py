"""Arrivals per half hour as a bar chart (QtCharts).

A refresh with the same half hours only replaces the bar values that changed; new half hours
rebuild the categories. The counts are also kept in ``counts`` for tests and the accessible text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from jobfair.services.reports.analytics import ArrivalBin

BAR_COLOR = QColor("#3b7dd8")


class ArrivalsChart(QWidget):
    """Check-ins per half hour of the fair's day, in the fair's local time.

    Attributes:
        categories: the half hours shown ("10:00", "10:30", ...).
        counts: the check-ins per half hour, in the same order.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalsChart")
        self.categories: list[str] = []
        self.counts: list[int] = []
        self.bars = QBarSet("")
        self.bars.setColor(BAR_COLOR)
        self.series = QBarSeries()
        self.series.append(self.bars)
        self.series.setBarWidth(0.8)
        self.chart = QChart()
        self.chart.addSeries(self.series)
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        # Hours only under the bars (a label per half hour does not fit a half-width pane).
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x_axis.setGridLineVisible(False)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setRange(0, 10)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.x_axis)
        self.series.attachAxis(self.y_axis)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.retranslate()

    def set_bins(self, bins: Sequence[ArrivalBin]) -> None:
        categories = [b.start.strftime("%H:%M") for b in bins]
        counts = [int(b.count) for b in bins]
        if categories == self.categories and counts == self.counts:
            return
        if categories != self.categories:
            self.bars.remove(0, self.bars.count())
            self.bars.append([float(c) for c in counts])
            for label in self.x_axis.categoriesLabels():
                self.x_axis.remove(label)
            for i, text in enumerate(categories):
                if text.endswith(":00"):
                    self.x_axis.append(text, float(i))
            self.x_axis.setRange(-0.5, max(len(categories), 1) - 0.5)
        else:
            for i, (old, new) in enumerate(zip(self.counts, counts, strict=True)):
                if old != new:
                    self.bars.replace(i, float(new))
        self.categories = categories
        self.counts = counts
        self.y_axis.setRange(0, nice_ceiling(max(counts, default=0)))
        self.setToolTip(self.tr("{total} check-ins; the busiest half hour had {most}").format(
            total=f"{sum(counts):,}", most=f"{max(counts, default=0):,}"
        ))

    def retranslate(self) -> None:
        self.chart.setTitle(self.tr("Arrivals per half hour"))
        self.bars.setLabel(self.tr("Check-ins"))
        self.y_axis.setTitleText(self.tr("Check-ins"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def nice_ceiling(value: int) -> int:
    """A round top for the axis a little above ``value`` (10, 15, 20, 25, 30, 40, 50, ...)."""
    if value <= 0:
        return 10
    target = value * 1.1
    step = 1
    while True:
        for m in (10, 15, 20, 25, 30, 40, 50, 60, 80):
            top = step * m
            if top >= target:
                return top
        step *= 10
