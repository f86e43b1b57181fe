"""The badge layout and printer calibration of this station, found with a test print.

A label sheet's printer usually lands a millimetre or two off and sometimes scales the page; the
user prints a test page of sample badges, measures how far off it came out, and enters the
correction here. The values are this station's settings (see ``printing.load_print_settings``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfair.documents.badges import render_badges, sample_badges
from jobfair.documents.layouts import LAYOUT_TITLES, Calibration, available_layouts, load_layout
from jobfair.domain.errors import JobFairError
from jobfair.gui.printing import (
    PdfRasteriser,
    PrintSettings,
    PrintUi,
    _stamp,
    available_rasteriser,
    badge_style,
    badges_folder,
    default_ui,
    deliver_pdf_only,
    load_print_settings,
    save_print_settings,
)
from jobfair.gui.saving import save_file
from jobfair.gui.stations import StationContext
from jobfair.i18n import error_message

PREFERRED = ("single", "a6", "a4-2x4", "a4-2x5")


class CalibrationDialog(QDialog):
    """Layout, offset and scale; "Test print" prints a sheet of sample badges with them.

    Attributes:
        layout_combo, offset_x, offset_y, scale: the fields.
        test_button: prints the test page.
    """

    def __init__(
        self,
        context: StationContext,
        parent: QWidget | None = None,
        ui: PrintUi | None = None,
        rasteriser: PdfRasteriser | bool | None = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.context = context
        self.ui = ui or default_ui()
        self.rasteriser = available_rasteriser() if rasteriser is True else rasteriser or None
        current = load_print_settings(context.settings, context.kind)
        self.layout_combo = QComboBox()
        names = available_layouts()
        ordered = [n for n in PREFERRED if n in names] + [n for n in names if n not in PREFERRED]
        for name in ordered:
            self.layout_combo.addItem(name, name)
        index = self.layout_combo.findData(current.layout)
        self.layout_combo.setCurrentIndex(max(index, 0))
        self.offset_x = self._spin(-50, 50, current.calibration.offset_x_mm, " mm", 0.1)
        self.offset_y = self._spin(-50, 50, current.calibration.offset_y_mm, " mm", 0.1)
        self.scale = self._spin(50, 150, current.calibration.scale * 100, " %", 0.1)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.test_button = QPushButton()
        self.test_button.setObjectName("testPrintButton")
        self.test_button.clicked.connect(self.test_print)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow("", self.layout_combo)
        self.form.addRow("", self.offset_x)
        self.form.addRow("", self.offset_y)
        self.form.addRow("", self.scale)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.hint)
        box.addWidget(self.test_button)
        box.addWidget(self.buttons)
        self.retranslate()

    @staticmethod
    def _spin(low: float, high: float, value: float, suffix: str, step: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setValue(value)
        return spin

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Badge layout and printer calibration"))
        for i in range(self.layout_combo.count()):
            name = str(self.layout_combo.itemData(i))
            title = LAYOUT_TITLES.get(name)
            text = QCoreApplication.translate("layouts", title) if title else name
            self.layout_combo.setItemText(i, text)
        labels = (self.tr("Layout"), self.tr("Move right by"), self.tr("Move down by"),
                  self.tr("Scale"))
        for row, text in enumerate(labels):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                widget.setText(text)
        self.hint.setText(self.tr(
            "Print a test page on plain paper, hold it against a label sheet, and enter how far "
            "the badges must move (negative: left or up) and how much larger they must be."
        ))
        self.test_button.setText(self.tr("Test print…"))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> PrintSettings:
        """The settings as the fields show them (raises ``ValidationError`` if out of range)."""
        return PrintSettings(
            str(self.layout_combo.currentData()),
            Calibration(self.offset_x.value(), self.offset_y.value(), self.scale.value() / 100),
        )

    def test_print(self) -> bool:
        """A page of sample badges with the chosen layout and calibration, printed or saved."""
        try:
            chosen = self.chosen()
            layout = load_layout(chosen.layout)
            pdf = badges_folder(self.context) / f"test-print-{_stamp()}.pdf"
            badges = sample_badges(layout.per_page, lambda i: f"TEST{i:04d}")
            save_file(self.context, pdf, lambda out: render_badges(
                badges, layout, out, chosen.calibration, style=badge_style()), overwrite=False)
        except JobFairError as exc:
            self.context.dialogs.error(self.windowTitle(), error_message(exc))
            return False
        return deliver_pdf_only(self, pdf, layout, self.ui, self.rasteriser, self.context)

    def accept(self) -> None:  # Qt override
        try:
            chosen = self.chosen()
        except JobFairError as exc:
            self.context.dialogs.error(self.windowTitle(), error_message(exc))
            return
        save_print_settings(self.context.settings, chosen)
        super().accept()
