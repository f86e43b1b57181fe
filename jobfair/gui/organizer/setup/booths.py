"""The booths: their labels and employers, and where they stand on a simple floor grid.

A booth is placed by dragging it (from the list or from its cell) onto a cell, or with the
keyboard: choose the booth in the list, the cell in the grid, then Place. The cell is stored in
``booth.grid_row``/``grid_col``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.forms import EditorPage, FieldErrors, SetupHost
from jobfair.gui.common.table_model import RowTableModel, row_table_view
from jobfair.services.setup.fairs import add_booth
from jobfair.services.setup.service import (
    GRID_MAX,
    BoothDetail,
    delete_booth,
    employer_choices,
    list_booth_details,
    place_booth,
    update_booth,
)

BOOTH_MIME = "application/x-jobfair-booth"
BOOTH_ROLE = Qt.ItemDataRole.UserRole + 1


def booth_mime(booth_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(BOOTH_MIME, QByteArray(str(booth_id).encode()))
    return data


def booth_from_mime(data: QMimeData) -> int | None:
    if not data.hasFormat(BOOTH_MIME):
        return None
    try:
        return int(bytes(data.data(BOOTH_MIME).data()).decode())
    except ValueError:
        return None


def place_text(b: BoothDetail) -> str:
    return "" if b.cell is None else f"{b.cell[0] + 1}-{b.cell[1] + 1}"


class BoothModel(RowTableModel[BoothDetail]):
    """The fair's booths; a row can be dragged onto the floor grid."""

    context = "SetupModels"
    columns = (
        (QT_TRANSLATE_NOOP("SetupModels", "Booth"), lambda b: b.label),
        (QT_TRANSLATE_NOOP("SetupModels", "Employer"), lambda b: b.employer_name),
        (QT_TRANSLATE_NOOP("SetupModels", "Place (row-column)"), place_text),
    )

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:  # Qt override
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:  # Qt override
        return [BOOTH_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # Qt override
        row = self.row_at(indexes[0].row()) if indexes else None
        return booth_mime(row.id) if row is not None else QMimeData()


class FloorGrid(QTableWidget):
    """Rows × columns of cells; a booth shows its label in its cell.

    ``on_drop(booth_id, row, column)`` is called when a booth is dropped on a cell.
    """

    def __init__(self, on_drop: Callable[[int, int, int], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorGrid")
        self.on_drop = on_drop
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_booths(self, booths: Sequence[BoothDetail], rows: int, columns: int) -> None:
        self.clearContents()
        self.setRowCount(rows)
        self.setColumnCount(columns)
        self.setHorizontalHeaderLabels([str(c + 1) for c in range(columns)])
        self.setVerticalHeaderLabels([str(r + 1) for r in range(rows)])
        for r in range(rows):
            for c in range(columns):
                item = QTableWidgetItem("")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsDropEnabled)
                self.setItem(r, c, item)
        for booth in booths:
            if booth.cell is None or booth.cell[0] >= rows or booth.cell[1] >= columns:
                continue
            item = QTableWidgetItem(booth.label)
            item.setData(BOOTH_ROLE, booth.id)
            item.setToolTip(booth.employer_name)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(QColor("#cfe3f7"))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            self.setItem(booth.cell[0], booth.cell[1], item)

    def booth_at(self, row: int, column: int) -> int | None:
        item = self.item(row, column)
        value = item.data(BOOTH_ROLE) if item is not None else None
        return int(value) if value is not None else None

    def mimeTypes(self) -> list[str]:  # Qt override
        return [BOOTH_MIME]

    def mimeData(self, items: Sequence[QTableWidgetItem]) -> QMimeData:  # Qt override
        for item in items:
            value = item.data(BOOTH_ROLE)
            if value is not None:
                return booth_mime(int(value))
        return QMimeData()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # Qt override
        if event.mimeData().hasFormat(BOOTH_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # Qt override
        if event.mimeData().hasFormat(BOOTH_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # Qt override
        booth_id = booth_from_mime(event.mimeData())
        index = self.indexAt(event.position().toPoint())
        if booth_id is None or not index.isValid():
            event.ignore()
            return
        # the page rebuilds the grid: Qt must not move or delete the dragged item itself
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.on_drop(booth_id, index.row(), index.column())


class BoothsPage(EditorPage):
    """Add, edit, delete and place the fair's booths."""

    def __init__(self, host: SetupHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupBooths")
        self.host = host
        self.selected_id: int | None = None
        self.model = BoothModel(self)
        self.view = row_table_view(self.model, "boothTable")
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.label_edit = QLineEdit()
        self.label_edit.setObjectName("boothLabel")
        self.label_edit.setMaxLength(20)
        self.employer_combo = QComboBox()
        self.employer_combo.setObjectName("boothEmployer")
        self.label_edit.returnPressed.connect(self.save)
        self.labels = {"label": QLabel(), "employer": QLabel()}
        self.errors = FieldErrors({"employer_id": "employer", "grid": "label"})
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.errors.add_row(form, self.labels["label"], self.label_edit, "label")
        self.errors.add_row(form, self.labels["employer"], self.employer_combo, "employer")
        self.add_form_buttons(form, "booth", self.new_booth)

        self.grid = FloorGrid(self.drop_booth)
        self.rows_spin = QSpinBox()
        self.rows_spin.setObjectName("gridRows")
        self.rows_spin.setRange(1, GRID_MAX)
        self.rows_spin.setValue(4)
        self.columns_spin = QSpinBox()
        self.columns_spin.setObjectName("gridColumns")
        self.columns_spin.setRange(1, GRID_MAX)
        self.columns_spin.setValue(6)
        self.rows_spin.valueChanged.connect(self._show_grid)
        self.columns_spin.valueChanged.connect(self._show_grid)
        self.rows_label = QLabel()
        self.rows_label.setBuddy(self.rows_spin)
        self.columns_label = QLabel()
        self.columns_label.setBuddy(self.columns_spin)
        self.place_button = QPushButton()
        self.place_button.setObjectName("boothPlace")
        self.place_button.clicked.connect(self.place_selected)
        self.unplace_button = QPushButton()
        self.unplace_button.setObjectName("boothUnplace")
        self.unplace_button.clicked.connect(self.unplace_selected)
        self.grid_box = QGroupBox()
        grid_top = QHBoxLayout()
        grid_top.addWidget(self.rows_label)
        grid_top.addWidget(self.rows_spin)
        grid_top.addWidget(self.columns_label)
        grid_top.addWidget(self.columns_spin)
        grid_top.addStretch(1)
        grid_top.addWidget(self.place_button)
        grid_top.addWidget(self.unplace_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        grid_layout = QVBoxLayout(self.grid_box)
        grid_layout.addLayout(grid_top)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.hint)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.form_box)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.grid_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.labels["label"].setText(self.tr("&Label"))
        self.labels["employer"].setText(self.tr("&Employer"))
        self.label_edit.setPlaceholderText(self.tr("e.g. A-1"))
        self.new_button.setText(self.tr("&New booth"))
        self.delete_button.setText(self.tr("&Delete"))
        self.grid_box.setTitle(self.tr("Floor"))
        self.rows_label.setText(self.tr("&Rows"))
        self.columns_label.setText(self.tr("C&olumns"))
        self.place_button.setText(self.tr("&Place in the chosen cell"))
        self.unplace_button.setText(self.tr("&Take off the floor"))
        self.hint.setText(self.tr(
            "Drag a booth from the list or from its cell onto a cell, or choose the booth in the "
            "list, then the cell, then Place."))
        self._show_form_title()

    def form_titles(self) -> tuple[str, str]:
        return self.tr("New booth"), self.tr("Booth")

    # -- rows ------------------------------------------------------------------------------

    def refresh(self) -> None:
        fair_id = self.host.fair_id
        keep = self.selected_id
        if fair_id is None:
            booths: list[BoothDetail] = []
            employers: list[tuple[int, str]] = []
        else:
            booths, employers = self.host.read(lambda s: (
                list_booth_details(s, fair_id, actor=self.host.context.actor),
                employer_choices(s, fair_id),
            ))
        self.model.set_rows(booths)
        current = self.employer_combo.currentData()
        self.employer_combo.clear()
        for employer_id, name in employers:
            self.employer_combo.addItem(name, employer_id)
        if current is not None:
            self.employer_combo.setCurrentIndex(max(0, self.employer_combo.findData(current)))
        placed = [b.cell for b in booths if b.cell is not None]
        if placed:
            self.rows_spin.setValue(max(self.rows_spin.value(), max(r for r, _ in placed) + 1))
            self.columns_spin.setValue(
                max(self.columns_spin.value(), max(c for _, c in placed) + 1))
        self._show_grid()
        self.setEnabled(fair_id is not None)
        self.select(keep)

    def _show_grid(self) -> None:
        self.grid.show_booths(self.model.rows, self.rows_spin.value(), self.columns_spin.value())

    def select(self, booth_id: int | None) -> None:
        for index, row in enumerate(self.model.rows):
            if row.id == booth_id:
                self.view.selectRow(index)
                return
        self.new_booth()

    def _selection_changed(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            return
        self.selected_id = row.id
        self.errors.clear()
        self.label_edit.setText(row.label)
        self.employer_combo.setCurrentIndex(max(0, self.employer_combo.findData(row.employer_id)))
        self._show_form_title()

    def new_booth(self) -> None:
        self.selected_id = None
        self.view.clearSelection()
        self.errors.clear()
        self.label_edit.clear()
        self._show_form_title()

    # -- actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        fair_id = self.host.fair_id
        employer_id = self.employer_combo.currentData()
        if fair_id is None:
            return False
        if employer_id is None:
            self.errors.show("employer", self.tr("Add the employer first, on the Employers tab."))
            return False
        label = self.label_edit.text()
        actor = self.host.context.actor
        booth_id = self.selected_id
        if booth_id is None:
            ok, view = self.host.apply(
                self.tr("Add a booth"),
                lambda s: add_booth(s, actor, fair_id, int(employer_id), label), self.errors)
            if ok and view is not None:
                self.selected_id = view.id
            return ok
        row = next(r for r in self.model.rows if r.id == booth_id)
        ok, _ = self.host.apply(
            self.tr("Save the booth"),
            lambda s: update_booth(s, actor, booth_id, label=label, employer_id=int(employer_id),
                                   cell=row.cell),
            self.errors)
        return ok

    def delete(self) -> bool:
        booth_id = self.selected_id
        if booth_id is None:
            return False
        actor = self.host.context.actor
        ok, _ = self.host.apply(self.tr("Delete the booth"),
                                lambda s: delete_booth(s, actor, booth_id))
        if ok:
            self.selected_id = None
        return ok

    def drop_booth(self, booth_id: int, row: int, column: int) -> bool:
        """Put the booth on the cell (from a drop, or from Place)."""
        actor = self.host.context.actor
        self.selected_id = booth_id
        ok, _ = self.host.apply(self.tr("Place the booth"),
                                lambda s: place_booth(s, actor, booth_id, (row, column)))
        return ok

    def place_selected(self) -> bool:
        cell = self.grid.currentIndex()
        if self.selected_id is None or not cell.isValid():
            self.host.context.dialogs.inform(
                self.tr("Place the booth"),
                self.tr("Choose a booth in the list and a cell on the floor first."))
            return False
        return self.drop_booth(self.selected_id, cell.row(), cell.column())

    def unplace_selected(self) -> bool:
        booth_id = self.selected_id
        if booth_id is None:
            return False
        actor = self.host.context.actor
        ok, _ = self.host.apply(self.tr("Place the booth"),
                                lambda s: place_booth(s, actor, booth_id, None))
        return ok
