"""Breakdowns by target group, age band, sex and occupation: one small table each, in tabs; and
the panel breaking them down by one of the fair's choice fields, chosen in a list (a tab of its
own beside the breakdowns, as the breakdowns' tab bar is full).

The service's labels are translated in context "codes" (KECO labels are Korean already and pass
through unchanged). Each table is a model over ``BreakdownRow`` updated in place like the booth
table, with the share of the column's total beside each count.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.domain.metrics import percent
from jobfair.gui.common.figures_panel import format_percent
from jobfair.i18n import language_in_force
from jobfair.services.reports.analytics import (
    BREAKDOWN_TITLES,
    Breakdown,
    BreakdownRow,
    FieldBreakdown,
)

AnyIndex = QModelIndex | QPersistentModelIndex
CONTEXT = "DashboardBreakdowns"
KEYS = ("target_group", "age_band", "sex", "occupation")
BY_FIELD = QT_TRANSLATE_NOOP("DashboardBreakdowns", "By field")  # the panel's tab
FIELD_CAPTION = QT_TRANSLATE_NOOP("DashboardBreakdowns", "&Field:")
NO_FIELD = QT_TRANSLATE_NOOP(
    "DashboardBreakdowns",
    "The fair has no choice fields. Add a field of the kind \"one choice\" or \"several "
    "choices\" in the setup to break the figures down by its answers.",
)
HEADERS = (
    QT_TRANSLATE_NOOP("DashboardBreakdowns", "Group"),
    QT_TRANSLATE_NOOP("DashboardBreakdowns", "Attendees"),
    QT_TRANSLATE_NOOP("DashboardBreakdowns", "Interviewees"),
    QT_TRANSLATE_NOOP("DashboardBreakdowns", "Hires"),
)


def breakable(label: str) -> str:
    """The label with places to wrap where Korean labels have no space: before a bracket and
    after a middle dot ("베이비부머(1955~1963년생)", "교육·법률·사회복지·경찰·소방직")."""
    return label.replace("(", "\u200b(").replace("·", "·\u200b")


class BreakdownModel(QAbstractTableModel):
    """Rows of one breakdown: the group, then attendees, interviewees and hires."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BreakdownRow] = []
        self._totals = (0, 0, 0)

    @property
    def rows(self) -> list[BreakdownRow]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[BreakdownRow]) -> None:
        new = list(rows)
        old = self._rows
        self._totals = (
            sum(r.attendees for r in new),
            sum(r.interviewees for r in new),
            sum(r.hires for r in new),
        )
        if [r.code for r in new] != [r.code for r in old]:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        self._rows = new
        if new != old:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(HEADERS) - 1))

    def retranslate(self) -> None:
        """The group names and headers are words of the language in force: views re-read them."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  # Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = index.column()
        if not (0 <= column < len(HEADERS)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return QCoreApplication.translate("codes", row.label)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return breakable(QCoreApplication.translate("codes", row.label))
            value = (row.attendees, row.interviewees, row.hires)[column - 1]
            total = self._totals[column - 1]
            if total <= 0:
                return f"{value:,}"
            return f"{value:,} ({format_percent(percent(value, total))})"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            return QCoreApplication.translate(CONTEXT, HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None


def _table(name: str, model: BreakdownModel) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    # A long group name ("베이비부머(1955~1963년생)") wraps onto a second line in its row
    # rather than being cut; the rows are few (tens), so fitting them is cheap.
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(HEADERS)):
        view.horizontalHeader().setSectionResizeMode(
            col, QHeaderView.ResizeMode.ResizeToContents
        )
    return view


class FieldBreakdownPanel(QWidget):
    """The breakdown by one of the fair's choice fields: the field chosen in a list, its answers
    below. The choice holds across refreshes; a field added in the setup joins the list at the
    next refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breakdownByField")
        self.model = BreakdownModel(self)
        self._fields: dict[str, FieldBreakdown] = {}
        self.caption = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("breakdownField")
        self.caption.setBuddy(self.combo)
        self.combo.currentIndexChanged.connect(self._show)
        self.empty = QLabel()
        self.empty.setObjectName("breakdownFieldNone")
        self.empty.setWordWrap(True)
        self.table = _table("fieldBreakdownTable", self.model)
        top = QHBoxLayout()
        top.addWidget(self.caption)
        top.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.set_fields(())

    def set_fields(self, fields: Sequence[FieldBreakdown]) -> None:
        self._fields = {f.key: f for f in fields}
        keys = [f.key for f in fields]
        shown = [self.combo.itemData(i) for i in range(self.combo.count())]
        if keys != shown:
            current = self.combo.currentData()
            self.combo.blockSignals(True)
            self.combo.clear()
            for f in fields:
                self.combo.addItem(f.label(language_in_force()), f.key)
            index = keys.index(current) if current in keys else 0
            self.combo.setCurrentIndex(index if keys else -1)
            self.combo.blockSignals(False)
        has = bool(keys)
        self.combo.setEnabled(has)
        self.empty.setVisible(not has)
        self.table.setVisible(has)
        self._show()

    def _show(self) -> None:
        chosen = self._fields.get(self.combo.currentData())
        self.model.set_rows(chosen.rows if chosen else ())

    def retranslate(self) -> None:
        self.caption.setText(QCoreApplication.translate(CONTEXT, FIELD_CAPTION))
        self.empty.setText(QCoreApplication.translate(CONTEXT, NO_FIELD))
        for i in range(self.combo.count()):
            f = self._fields.get(self.combo.itemData(i))
            if f is not None:
                self.combo.setItemText(i, f.label(language_in_force()))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class BreakdownTabs(QTabWidget):
    """The four breakdowns, one tab each (Ctrl+Tab moves between them when focused).

    Attributes:
        models: the model of each breakdown by key.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breakdownTabs")
        self.setDocumentMode(True)
        self.models: dict[str, BreakdownModel] = {}
        for key in KEYS:
            model = BreakdownModel(self)
            self.addTab(_table(f"breakdown_{key}", model), "")
            self.models[key] = model
        self.retranslate()

    def set_breakdowns(self, breakdowns: Sequence[Breakdown]) -> None:
        for b in breakdowns:
            model = self.models.get(b.key)
            if model is not None:
                model.set_rows(b.rows)

    def retranslate(self) -> None:
        for i, key in enumerate(KEYS):
            self.setTabText(i, QCoreApplication.translate("codes", BREAKDOWN_TITLES[key]))
            self.models[key].retranslate()

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
