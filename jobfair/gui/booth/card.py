"""The seeker's card at the booth and the one-key outcome under it.

The card shows what the service allows (details only with the seeker's consent). The outcome
panel takes the keyboard while a card waits for its outcome: 1 hired, 2 second interview,
3 pending, 4 not hired, 0 or Enter leave it open; Up/Down pick the opening; Tab goes to the notes.
The evaluation beside it: + and - raise and lower the 1-5 rating (below 1: not rated), the
employer's tags are toggle buttons (Tab to one, Space), the notes are its private note; all saved
with the outcome.

A scanner "types" a badge code into whatever has the focus, and codes may hold the digits 2-4.
So a digit is taken as an outcome only after a short pause with no further key (``key_delay_ms``);
a scan that follows cancels it (``cancel_pending``).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jobfair.domain.evaluations import RATING_MAX, RATING_MIN
from jobfair.domain.phone import format_phone
from jobfair.domain.target_groups import AGE_BAND_LABELS, DECLARED_LABELS, DEFAULT_AGE_GROUPS
from jobfair.gui.common.fair_field_widgets import answers_text
from jobfair.gui.common.labels import outcome_label
from jobfair.i18n import occupation_name
from jobfair.services.interviews.booth import OUTCOME_KEYS, OpeningSummary, SeekerCard
from jobfair.services.interviews.evaluations import Tag

_GROUP_LABELS: dict[str, str] = {g.code: g.label for g in DEFAULT_AGE_GROUPS} | dict(
    DECLARED_LABELS
)
_LEAVE_OPEN_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_RATING_STEPS = {"+": 1, "-": -1}
KEY_DELAY_MS = 120


def group_label(code: str) -> str:
    label = _GROUP_LABELS.get(code)
    return QCoreApplication.translate("codes", label) if label else code


class SeekerCardView(QFrame):
    """Name large, age band, desired occupation, target groups; details only when shared."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.name_label = QLabel()
        self.name_label.setObjectName("boothCardName")
        # a name never wraps; the hint shown before the first scan does, in its own smaller
        # size (the style sheet's [empty="true"]), instead of running past the card
        self.name_label.setWordWrap(True)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.badge_label = QLabel()
        self.badge_label.setObjectName("boothCardBadge")
        self.age_label = QLabel()
        self.job_label = QLabel()
        self.groups_label = QLabel()
        self.details_label = QLabel()
        self.earlier_label = QLabel()
        self.earlier_label.setObjectName("boothCardEarlier")
        self.answers_label = QLabel()
        self.answers_label.setObjectName("boothCardAnswers")
        self.answers_label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.age_label, self.job_label, self.groups_label, self.details_label,
                      self.earlier_label, self.answers_label):
            label.setWordWrap(True)
            # long lines wrap instead of widening the screen beyond 1280 pixels
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.badge_label.setMinimumWidth(140)
        self.badge_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.badge_label, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.age_label, 1, 0, 1, 2)
        grid.addWidget(self.job_label, 2, 0, 1, 2)
        grid.addWidget(self.groups_label, 3, 0, 1, 2)
        grid.addWidget(self.details_label, 4, 0, 1, 2)
        grid.addWidget(self.earlier_label, 5, 0, 1, 2)
        grid.addWidget(self.answers_label, 7, 0, 1, 2)
        self.offline_label = QLabel()
        self.offline_label.setObjectName("boothCardOffline")
        self.offline_label.setWordWrap(True)
        self.offline_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid.addWidget(self.offline_label, 6, 0, 1, 2)
        self.card: SeekerCard | None = None
        self.offline = False
        self.clear()

    def clear(self) -> None:
        self.card = None
        self.offline = False
        self.offline_label.hide()
        for label in (self.name_label, self.badge_label, self.age_label, self.job_label,
                      self.groups_label, self.details_label, self.earlier_label,
                      self.answers_label):
            label.setText("")

    def _set_empty(self, empty: bool) -> None:
        """The name line holds the hint (smaller, wrapped) while no card is shown."""
        if self.name_label.property("empty") == empty:
            return
        self.name_label.setProperty("empty", empty)
        style = self.name_label.style()
        style.unpolish(self.name_label)
        style.polish(self.name_label)
        self.name_label.updateGeometry()

    def show_card(self, card: SeekerCard, *, offline: bool = False) -> None:
        """Show ``card``; ``offline`` when it comes from this PC's copy of the seekers."""
        self.card = card
        self.offline = offline
        self.offline_label.setVisible(offline)
        self.retranslate()

    def retranslate(self) -> None:
        card = self.card
        self._set_empty(card is None)
        if card is None:
            self.name_label.setText(self.tr("Scan a badge to see the seeker"))
            return
        self.name_label.setText(card.name)
        self.badge_label.setText(f"#{card.badge_no}" if card.badge_no is not None else "")
        band = QCoreApplication.translate("codes", AGE_BAND_LABELS.get(card.age_band, ""))
        self.age_label.setText(self.tr("Age: {band}").format(band=band))
        job = " · ".join(
            p for p in (occupation_name(card.desired_keco), card.desired_job) if p
        )
        self.job_label.setText(
            self.tr("Looks for: {job}").format(job=job or self.tr("not given"))
        )
        groups = ", ".join(group_label(g) for g in card.target_groups)
        self.groups_label.setText(
            self.tr("Target groups: {groups}").format(groups=groups) if groups else ""
        )
        self.offline_label.setText(
            self.tr("Offline: from this PC's list (no contact details)") if self.offline else ""
        )
        if self.offline:
            self.details_label.setText("")
        elif card.phone is not None or card.residence is not None:
            self.details_label.setText(
                self.tr("Phone: {phone} · Lives in: {residence}").format(
                    phone=format_phone(card.phone) if card.phone else "-",
                    residence=card.residence or "-",
                )
            )
        else:
            self.details_label.setText(
                self.tr("Contact details not shared with employers (no consent).")
            )
        if card.earlier:
            e = card.earlier[0]
            self.earlier_label.setText(
                self.tr("Interviewed here before at {time}: {outcome}").format(
                    time=e.local_time, outcome=outcome_label(e.outcome)
                )
            )
        else:
            self.earlier_label.setText("")
        self.answers_label.setText(answers_text(card.answers))


class OutcomePanel(QWidget):
    """The booth's openings (headcount, hires), the outcome keys and the notes.

    Attributes:
        openings_list: one item per opening, its id under ``Qt.UserRole``.
        notes_edit: optional notes, saved with the outcome.
        key_delay_ms: the pause after a digit before it counts (see the module docstring).

    Signals:
        outcome_chosen(object): the outcome ("hired", ...) or ``None`` to leave it open.
    """

    outcome_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boothOutcome")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_delay_ms = KEY_DELAY_MS
        self.active = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.openings_label = QLabel()
        self.openings_list = QListWidget()
        self.openings_list.setObjectName("boothOpenings")
        self.openings_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.openings_list.setMaximumHeight(110)
        layout.addWidget(self.openings_label)
        layout.addWidget(self.openings_list)
        keys = QGridLayout()
        self.buttons: dict[str | None, QPushButton] = {}
        for i, (key, outcome) in enumerate([*OUTCOME_KEYS.items(), ("0", None)]):
            button = QPushButton()
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"boothOutcome{key}")
            button.clicked.connect(lambda _=False, o=outcome: self._choose(o))
            self.buttons[str(outcome) if outcome else None] = button
            keys.addWidget(button, i // 3, i % 3)
        layout.addLayout(keys)
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName("boothNotes")
        self.notes_edit.returnPressed.connect(
            lambda: self.setFocus(Qt.FocusReason.OtherFocusReason)
        )
        layout.addWidget(self.notes_edit)
        rating_row = QHBoxLayout()
        self.rating_label = QLabel()
        rating_row.addWidget(self.rating_label)
        self.rating_buttons: dict[int, QPushButton] = {}
        for n in range(RATING_MIN, RATING_MAX + 1):
            star = QPushButton()
            star.setObjectName(f"boothRating{n}")
            star.setCheckable(True)
            star.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # + and - from the card
            star.clicked.connect(lambda _=False, r=n: self.set_rating(
                None if self.rating == r else r))
            self.rating_buttons[n] = star
            rating_row.addWidget(star)
        rating_row.addSpacing(16)
        # the tags follow the rating on the same line: the card fits a 1280×800 screen
        self.tags_row = rating_row
        self.tags_label = QLabel()
        self.tags_row.addWidget(self.tags_label)
        self.tag_buttons: dict[int, QPushButton] = {}
        self.tags_row.addStretch(1)
        layout.addLayout(rating_row)
        self.rating: int | None = None
        self._tags: tuple[Tag, ...] = ()
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("boothHint")
        self.hint_label.setMinimumHeight(52)
        layout.addWidget(self.hint_label)
        self._pending: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire_pending)
        self._openings: list[OpeningSummary] = []
        self.set_active(False)

    def retranslate(self) -> None:
        self.openings_label.setText(self.tr("Opening (Up/Down):"))
        for key, outcome in [*OUTCOME_KEYS.items(), ("0", None)]:
            self.buttons[str(outcome) if outcome else None].setText(
                f"{key}  {outcome_label(str(outcome) if outcome else None)}"
            )
        self.notes_edit.setPlaceholderText(self.tr("Notes (optional; Tab to go here, Enter back)"))
        self.rating_label.setText(self.tr("Rating (+ / -):"))
        for n, star in self.rating_buttons.items():
            star.setText(str(n))
            star.setToolTip(self.tr("Rate {n} of 5").format(n=n))
        self.tags_label.setText(self.tr("Tags:") if self._tags else "")
        self.hint_label.setText(
            self.tr("Press 1 hired · 2 second interview · 3 pending · 4 not hired · "
                    "0 or Enter: leave open")
            if self.active else self.tr("Scan a badge or type its number in the field above.")
        )
        self.set_openings(self._openings, self.current_opening())

    def set_openings(self, openings: Sequence[OpeningSummary], preselect: int | None) -> None:
        self._openings = list(openings)
        self.openings_list.clear()
        for o in self._openings:
            text = self.tr("{title} · {hires} of {headcount} hired").format(
                title=o.title, hires=o.hires, headcount=o.headcount
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            self.openings_list.addItem(item)
            if o.id == preselect:
                self.openings_list.setCurrentItem(item)
        if self.openings_list.currentRow() < 0 and len(self._openings) == 1:
            self.openings_list.setCurrentRow(0)

    def current_opening(self) -> int | None:
        item = self.openings_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select_opening(self, opening_id: int) -> None:
        for row in range(self.openings_list.count()):
            if self.openings_list.item(row).data(Qt.ItemDataRole.UserRole) == opening_id:
                self.openings_list.setCurrentRow(row)

    # -- the evaluation ----------------------------------------------------------------------
    def set_tags(self, tags: Sequence[Tag]) -> None:
        """The employer's tag list, as toggle buttons (the ones checked stay checked)."""
        tags = tuple(tags)
        if tags == self._tags:
            return
        checked = set(self.chosen_tags())
        for button in self.tag_buttons.values():
            self.tags_row.removeWidget(button)
            button.deleteLater()
        self.tag_buttons = {}
        self._tags = tags
        for tag in tags:
            button = QPushButton(tag.label)
            button.setObjectName(f"boothTag{tag.id}")
            button.setCheckable(True)
            button.setChecked(tag.id in checked)
            button.setEnabled(self.active)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.tag_buttons[tag.id] = button
            self.tags_row.insertWidget(self.tags_row.count() - 1, button)
        chain: list[QWidget] = [self.notes_edit, *self.tag_buttons.values()]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)  # Tab from the note goes through the tags
        self.retranslate()

    def set_rating(self, rating: int | None) -> None:
        if not self.active:
            return
        self.rating = rating
        for n, star in self.rating_buttons.items():
            star.setChecked(rating is not None and n <= rating)

    def step_rating(self, step: int) -> None:
        """+1 or -1: from not rated up to 5, and down to not rated again."""
        value = (self.rating or RATING_MIN - 1) + step
        if value <= RATING_MAX:
            self.set_rating(value if value >= RATING_MIN else None)

    def chosen_tags(self) -> tuple[int, ...]:
        return tuple(tid for tid, b in self.tag_buttons.items() if b.isChecked())

    def set_evaluation(self, rating: int | None, tag_ids: Sequence[int], note: str) -> None:
        """Show an entry's evaluation saved earlier (a card reopened), unless keyed already."""
        if not self.active or self.has_typed():
            return
        self.set_rating(rating)
        for tid, button in self.tag_buttons.items():
            button.setChecked(tid in tag_ids)
        self.notes_edit.setText(note)

    def has_typed(self) -> bool:
        return bool(self.notes_edit.text().strip() or self.rating is not None
                    or self.chosen_tags())

    def clear_evaluation(self) -> None:
        self.notes_edit.clear()
        self.rating = None
        for star in self.rating_buttons.values():
            star.setChecked(False)
        for button in self.tag_buttons.values():
            button.setChecked(False)

    def set_active(self, active: bool) -> None:
        """Active while a card waits for its outcome."""
        self.active = active
        for button in self.buttons.values():
            button.setEnabled(active)
        for button in (*self.rating_buttons.values(), *self.tag_buttons.values()):
            button.setEnabled(active)
        self.notes_edit.setEnabled(active)
        if not active:
            self.clear_evaluation()
            self.cancel_pending()
        self.retranslate()

    def cancel_pending(self) -> None:
        self._pending = None
        self._timer.stop()

    # -- keys --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        key = event.key()
        if not self.active:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.openings_list.currentRow() + (-1 if key == Qt.Key.Key_Up else 1)
            if 0 <= row < self.openings_list.count():
                self.openings_list.setCurrentRow(row)
            return
        if self._pending is not None:
            self.cancel_pending()  # a second key in a row: a scanner, not a recruiter
            return
        text = event.text()
        if text in _RATING_STEPS:  # as a digit: only once no scanner key follows
            self._pending = text
            self._timer.start(self.key_delay_ms)
            return
        if text in OUTCOME_KEYS or key in _LEAVE_OPEN_KEYS:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(None)  # a scanner's Enter never gets here (the catcher takes it)
                return
            self._pending = text
            self._timer.start(self.key_delay_ms)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # Qt override
        self.cancel_pending()
        super().focusOutEvent(event)

    def _fire_pending(self) -> None:
        key, self._pending = self._pending, None
        if key is None or not self.active:
            return
        if key in _RATING_STEPS:
            self.step_rating(_RATING_STEPS[key])
            return
        outcome = OUTCOME_KEYS.get(key)
        self._choose(str(outcome) if outcome else None)

    def _choose(self, outcome: str | None) -> None:
        if self.active:
            self.cancel_pending()
            self.outcome_chosen.emit(outcome)
