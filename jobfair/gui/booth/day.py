"""The booth's day at a glance: interviews, distinct seekers, hires against positions, outcomes."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from jobfair.domain.codes import Outcome
from jobfair.gui.common.labels import outcome_label
from jobfair.services.interviews.booth import BoothDay


class DayPanel(QFrame):
    """Figures of the booth's day; ``show_day`` after every action.

    Attributes:
        values: the figure labels by key ("interviews", "seekers", "hires", "waiting",
            each outcome, "undecided"), for the screen and for tests.
        openings_label: one line per opening: hires of headcount.
    """

    KEYS = ("interviews", "seekers", "hires", "waiting")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothDay")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.title = QLabel()
        self.title.setObjectName("boothDayTitle")
        grid.addWidget(self.title, 0, 0, 1, 4)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        keys = [*self.KEYS, *(str(o) for o in Outcome), "undecided"]
        for i, key in enumerate(keys):
            name, value = QLabel(), QLabel()
            value.setObjectName(f"boothDay_{key}")
            value.setProperty("figure", True)
            self.names[key], self.values[key] = name, value
            row, col = 1 + i // 2, (i % 2) * 2
            grid.addWidget(name, row, col)
            grid.addWidget(value, row, col + 1)
        self.openings_label = QLabel()
        self.openings_label.setWordWrap(True)
        grid.addWidget(self.openings_label, 1 + (len(keys) + 1) // 2, 0, 1, 4)
        self.day: BoothDay | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("The booth's day"))
        self.names["interviews"].setText(self.tr("Interviews"))
        self.names["seekers"].setText(self.tr("Seekers interviewed"))
        self.names["hires"].setText(self.tr("Hired / positions"))
        self.names["waiting"].setText(self.tr("Waiting"))
        for o in Outcome:
            self.names[str(o)].setText(outcome_label(str(o)))
        self.names["undecided"].setText(outcome_label(None))
        if self.day is not None:
            self.show_day(self.day)

    def show_day(self, day: BoothDay) -> None:
        self.day = day
        positions = sum(o.headcount for o in day.openings)
        self.values["interviews"].setText(str(day.interviews))
        self.values["seekers"].setText(str(day.seekers))
        self.values["hires"].setText(f"{day.hires} / {positions}")
        self.values["waiting"].setText(str(day.waiting))
        for key, n in day.outcomes.items():
            if key in self.values:
                self.values[key].setText(str(n))
        self.openings_label.setText(
            "\n".join(
                self.tr("{title}: {hires} of {headcount} hired").format(
                    title=o.title, hires=o.hires, headcount=o.headcount
                )
                for o in day.openings
            )
        )
