"""*Organizer › Employer result packs…*: the covering letter, a folder, then every employer's pack.

The dialog shows the fair's covering letter to edit (the default letter until the centre writes
its own), the folder to write into and whether to replace the files of an earlier run. *Make the
packs* stores the letter (audited), then builds and writes the packs on a worker
(``jobfair.operations.result_packs``) and says where they went.

Object names: ``packLetterEdit``, ``packFolderEdit``, ``packChooseFolderButton``,
``packReplaceCheck``, ``packMakeButton``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobfair.config import output_guard
from jobfair.domain.errors import JobFairError, OutputExistsError
from jobfair.domain.result_packs import DEFAULT_LETTER
from jobfair.gui.common.stations import StationContext
from jobfair.gui.common.workers import Progress, TaskHandle, report_failure, run_task
from jobfair.i18n import error_message
from jobfair.operations.result_packs import write_packs
from jobfair.services.reports.result_packs import (
    MAX_LETTER,
    pack_data,
    pack_letter,
    set_pack_letter,
)

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

FolderChooser = Callable[[QWidget | None, str], str | None]


def choose_folder(parent: QWidget | None, start: str) -> str | None:
    """Qt's folder dialog; ``None`` when cancelled."""
    folder = QFileDialog.getExistingDirectory(
        parent, translate("EmployerPacks", "Folder for the result packs"), start)
    return folder or None


@dataclass(frozen=True)
class Made:
    folder: Path
    count: int


class EmployerPacksDialog(QDialog):
    """The letter, the folder, then the packs.

    Attributes:
        handle: the running work once started (tests wait on it).
    """

    def __init__(
        self, context: StationContext, parent: QWidget | None = None,
        chooser: FolderChooser = choose_folder,
    ) -> None:
        super().__init__(parent)
        assert context.fair is not None
        self.context = context
        self.fair = context.fair
        self.chooser = chooser
        self.handle: TaskHandle[Made] | None = None
        self.setWindowTitle(self.tr("Employer result packs"))
        self.default_letter = translate("result_pack", DEFAULT_LETTER).format(fair=self.fair.name)
        with context.session_factory() as session:
            stored = pack_letter(session, self.fair.id)

        intro = QLabel(self.tr(
            "One workbook and a one-page PDF per employer: its interviewees (phone and "
            "residence only for those who consented to provision), outcomes, notes and "
            "follow-up results. The letter below is printed at the top of each PDF."))
        intro.setWordWrap(True)
        self.letter = QPlainTextEdit(stored or self.default_letter)
        self.letter.setObjectName("packLetterEdit")
        self.letter.setTabChangesFocus(True)
        default_button = QPushButton(self.tr("Use the &default letter"))
        default_button.setObjectName("packDefaultLetterButton")
        default_button.clicked.connect(lambda: self.letter.setPlainText(self.default_letter))

        self.folder = QLineEdit(str(Path.home() / "employer-packs"))
        self.folder.setObjectName("packFolderEdit")
        choose = QPushButton(self.tr("C&hoose…"))
        choose.setObjectName("packChooseFolderButton")
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Folder:")))
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.replace = QCheckBox(self.tr("&Replace the files of an earlier run"))
        self.replace.setObjectName("packReplaceCheck")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.make = buttons.addButton(self.tr("&Make the packs"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.make.setObjectName("packMakeButton")
        self.make.clicked.connect(self.start)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Covering letter:")))
        layout.addWidget(self.letter, 1)
        layout.addWidget(default_button)
        layout.addLayout(row)
        layout.addWidget(self.replace)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def _choose(self) -> None:
        folder = self.chooser(self, self.folder.text())
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        """Store the letter, then make the packs on a worker."""
        title = self.tr("Employer result packs")
        dialogs = self.context.dialogs
        text = self.folder.text().strip()
        if not text:
            dialogs.error(title, self.tr("Choose the folder for the packs."))
            return
        letter = self.letter.toPlainText().strip()
        if len(letter) > MAX_LETTER:
            dialogs.error(title, self.tr(
                "The letter is too long for one page: keep it to {n} characters.").format(
                    n=MAX_LETTER))
            return
        own = None if letter == self.default_letter.strip() else letter
        try:
            with self.context.session_factory.begin() as session:
                set_pack_letter(session, self.context.actor, self.fair.id, own)
        except JobFairError as exc:
            dialogs.error(title, error_message(exc))
            return
        folder = Path(text).expanduser()
        overwrite = self.replace.isChecked()
        factory, actor, fair_id = self.context.session_factory, self.context.actor, self.fair.id
        guard = output_guard(self.context.config)

        def work(progress: Progress) -> Made:
            progress(0, 0)
            with factory() as session:
                packs = pack_data(session, fair_id, actor=actor)
            progress.check()

            def step(done: int, total: int) -> None:
                progress(done, total)
                progress.check()

            files = write_packs(packs, folder, translate=translate, guard=guard,
                                overwrite=overwrite, progress=step)
            return Made(folder, len(files))

        def succeeded(made: Made) -> None:
            dialogs.inform(title, self.tr("Saved {count} employer packs to {folder}.").format(
                count=made.count, folder=made.folder))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.make.setEnabled(True)  # the dialog stays open to try again
            if isinstance(exc, OutputExistsError):
                dialogs.error(title, self.tr(
                    "{path} is already there. Tick 'Replace the files of an earlier run' to "
                    "replace it, or choose another folder.").format(path=exc.params.get("path")))
            elif isinstance(exc, JobFairError):
                dialogs.error(title, error_message(exc))
            else:
                report_failure(dialogs, title, exc, self.context.config.data_dir)

        self.make.setEnabled(False)
        self.handle = run_task(
            self, work, succeeded, failed, title=title,
            label=self.tr("Making the packs…"), dialogs=dialogs,
            on_cancelled=lambda: self.make.setEnabled(True),
        )
