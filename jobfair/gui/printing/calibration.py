"""The printer, badge layout and printer calibration of this station, found with a test print.

The desk prints its badges on the printer chosen here without asking again
(``printing_station``); the dialog opens by itself before the first badge, and from the Desk
menu ("Printer and badge layout") to change it. A label sheet's printer usually lands a
millimetre or two off and sometimes scales the page; the user prints a test page of sample
badges, measures how far off it came out, and enters the correction here. The values are this
station's settings (see ``printing.load_print_settings`` and
``printing_station.load_station_printer``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfair.config import output_guard
from jobfair.documents.badges import render_badges, sample_badges
from jobfair.documents.layouts import LAYOUT_TITLES, Calibration, available_layouts, load_layout
from jobfair.domain.errors import JobFairError
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.style import TONE_ERROR, set_tone
from jobfair.gui.printing.badges import (
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
from jobfair.gui.printing.saving import save_file
from jobfair.gui.printing.station_printer import (
    StationPrinter,
    load_station_printer,
    print_on,
    save_station_printer,
    system_printers,
)
from jobfair.i18n import error_message

PREFERRED = ("single", "a6", "a4-2x4", "a4-2x5")
PDF_FILE = "\x00pdf"  # the printer combo's data for "a PDF file" (no printer has that name)


class CalibrationDialog(QDialog):
    """Printer, layout, offset and scale; "Test print" prints a sheet of sample badges with them.

    Attributes:
        printer_combo: this computer's printers and "PDF file"; pdf_edit: that file.
        layout_combo, offset_x, offset_y, scale: the fields.
        printer_error: what is wrong with the printer chosen (hidden when nothing).
        test_button: prints the test page.
        printer_required: OK needs a printer (the first badge waits for it).
    """

    def __init__(
        self,
        context: StationContext,
        parent: QWidget | None = None,
        ui: PrintUi | None = None,
        rasteriser: PdfRasteriser | bool | None = True,
        *,
        printer_required: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.context = context
        self.ui = ui or default_ui()
        self.printer_required = printer_required
        self.rasteriser = available_rasteriser() if rasteriser is True else rasteriser or None
        current = load_print_settings(context.settings, context.kind)
        remembered = load_station_printer(context.settings)
        self.printer_combo = QComboBox()
        self.printer_combo.setObjectName("printerCombo")
        for name in system_printers():
            self.printer_combo.addItem(name, name)
        self.printer_combo.addItem("", PDF_FILE)
        self.pdf_edit = QLineEdit()
        self.pdf_edit.setObjectName("printerPdfFile")
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self._browse)
        if remembered is not None and remembered.pdf_file:
            self.pdf_edit.setText(remembered.pdf_file)
            self.printer_combo.setCurrentIndex(self.printer_combo.findData(PDF_FILE))
        elif remembered is not None:
            index = self.printer_combo.findData(remembered.name)
            if index < 0:  # a printer that has gone: shown, so the person sees what changed
                self.printer_combo.insertItem(0, remembered.name, remembered.name)
                index = 0
            self.printer_combo.setCurrentIndex(index)
        self.printer_combo.currentIndexChanged.connect(lambda _i: self._printer_changed())
        pdf_row = QHBoxLayout()
        pdf_row.setContentsMargins(0, 0, 0, 0)
        pdf_row.addWidget(self.pdf_edit, 1)
        pdf_row.addWidget(self.pdf_button)
        self.pdf_row = QWidget()
        self.pdf_row.setLayout(pdf_row)
        self.printer_error = QLabel()
        self.printer_error.setObjectName("printerError")
        set_tone(self.printer_error, TONE_ERROR)
        self.printer_error.setWordWrap(True)
        self.printer_error.hide()
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
        self.labels: dict[str, QLabel] = {}
        for key, field in (("printer", self.printer_combo), ("pdf", self.pdf_row),
                           ("error", self.printer_error), ("layout", self.layout_combo),
                           ("right", self.offset_x), ("down", self.offset_y),
                           ("scale", self.scale)):
            label = QLabel()  # a label of its own: addRow("") would leave the row unlabelled
            label.setBuddy(field)
            self.labels[key] = label
            self.form.addRow(label, field)
        box = QVBoxLayout(self)
        box.addLayout(self.form)
        box.addWidget(self.hint)
        box.addWidget(self.test_button)
        box.addWidget(self.buttons)
        self.retranslate()
        self._printer_changed()

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
        self.setWindowTitle(self.tr("Printer and badge layout"))
        self.printer_combo.setItemText(self.printer_combo.findData(PDF_FILE),
                                       self.tr("A PDF file (no printer)"))
        self.pdf_edit.setPlaceholderText(self.tr("Where the PDF file is written"))
        self.pdf_button.setText(self.tr("Choose…"))
        for i in range(self.layout_combo.count()):
            name = str(self.layout_combo.itemData(i))
            title = LAYOUT_TITLES.get(name)
            text = QCoreApplication.translate("layouts", title) if title else name
            self.layout_combo.setItemText(i, text)
        texts = {"printer": self.tr("Printer"), "pdf": self.tr("PDF file"), "error": "",
                 "layout": self.tr("Layout"), "right": self.tr("Move right by"),
                 "down": self.tr("Move down by"), "scale": self.tr("Scale")}
        for key, text in texts.items():
            self.labels[key].setText(text)
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

    def chosen_printer(self) -> StationPrinter | None:
        """The printer as the fields show it; ``None`` for a PDF file not yet named."""
        data = self.printer_combo.currentData()
        if data == PDF_FILE:
            path = self.pdf_edit.text().strip()
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            return StationPrinter(pdf_file=str(Path(path).expanduser()))
        return StationPrinter(name=str(data)) if data else None

    def test_print(self) -> bool:
        """A page of sample badges with the chosen layout and calibration, printed on the
        chosen printer (saved or printed through the usual windows when there is none)."""
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
        printer = self.chosen_printer()
        if printer is None or self.rasteriser is None:
            return deliver_pdf_only(self, pdf, layout, self.ui, self.rasteriser, self.context)
        reason = print_on(pdf, printer, layout, self.rasteriser,
                          output_guard(self.context.config))
        if reason is not None:
            self._show_error(reason)
            return False
        pdf.unlink(missing_ok=True)
        self._show_error(None)
        return True

    def accept(self) -> None:  # Qt override
        try:
            chosen = self.chosen()
        except JobFairError as exc:
            self.context.dialogs.error(self.windowTitle(), error_message(exc))
            return
        printer = self.chosen_printer()
        if printer is None and self.printer_required:
            self._show_error(self.tr("Choose a printer, or name the PDF file to print into."))
            self.pdf_edit.setFocus()
            return
        save_print_settings(self.context.settings, chosen)
        save_station_printer(self.context.settings, printer)
        super().accept()

    # -- inside --------------------------------------------------------------------------------
    def _printer_changed(self) -> None:
        to_file = self.printer_combo.currentData() == PDF_FILE
        self.pdf_row.setVisible(to_file)
        self.labels["pdf"].setVisible(to_file)
        self._show_error(None)

    def _show_error(self, text: str | None) -> None:
        self.printer_error.setText(text or "")
        self.printer_error.setVisible(bool(text))

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Print badges into a PDF file"), self.pdf_edit.text(),
            QCoreApplication.translate("printing", "PDF files (*.pdf)"),
        )
        if name:
            self.pdf_edit.setText(name)


def open_printer_setup(
    context: StationContext, parent: QWidget | None, *, required: bool = False
) -> bool:
    """The "Printer and badge layout" dialog, modal; the choice is saved when accepted."""
    dialog = CalibrationDialog(context, parent, printer_required=required)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def open_printer_dialog(context: StationContext, parent: QWidget | None) -> CalibrationDialog:
    """The same dialog from the Desk menu: window-modal, not blocking, gone when closed."""
    dialog = CalibrationDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.activateWindow()
    return dialog


def first_time_setup(context: StationContext, parent: QWidget | None) -> bool:
    """Before the station's first badge: the printer must be chosen to go on."""
    return open_printer_setup(context, parent, required=True)
