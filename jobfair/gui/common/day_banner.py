"""The strip a desk or booth shows on a day that is not the fair's: what is recorded will not
count (a rehearsal, the day before, with the real fair's badges)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from jobfair.services.records.rehearsal import RehearsalDay


class DayBanner(QLabel):
    """Hidden on the fair's day; on any other day, says so before the first scan.

    Attributes:
        day: the day last read, or ``None`` before the first reading.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayBanner")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.day: RehearsalDay | None = None
        self.hide()

    def show_day(self, day: RehearsalDay) -> None:
        self.day = day
        self.setVisible(day.is_rehearsal)
        self.retranslate()

    def retranslate(self) -> None:
        day = self.day
        if day is None or not day.is_rehearsal:
            self.setText("")
            return
        self.setText(self.tr(
            "Rehearsal: today ({today}) is not the fair's day ({fair}). Scans and records made "
            "now are kept as rehearsal records and left out of every figure."
        ).format(today=day.today.isoformat(), fair=day.fair_date.isoformat()))
