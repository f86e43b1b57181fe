"""The scan catcher tells a scanner's burst from a person typing, whatever has the focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from jobfair.domain import badge_code
from jobfair.gui.common.scan import ScanCatcher
from tests.gui.conftest import scan_into

CODE = badge_code.make_code("secret", 4242)


class FakeClock:
    """Moves ``step`` seconds every time it is read: the typing speed of the test."""

    def __init__(self, step: float) -> None:
        self.now = 100.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


class Form(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.name = QLineEdit()
        self.other = QLineEdit()
        self.combo = QComboBox()
        self.combo.addItems(["가", "KB", "K7"])
        for w in (self.name, self.other, self.combo):
            layout.addWidget(w)
        self.entered: list[str] = []
        self.name.returnPressed.connect(lambda: self.entered.append(self.name.text()))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(step=0.005)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    handle = widget.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


@pytest.fixture
def catcher(form: Form, clock: FakeClock) -> Iterator[ScanCatcher]:
    scan = ScanCatcher(form, clock=clock)
    scan.install()
    yield scan
    scan.uninstall()




def test_a_fast_burst_is_a_scan_and_leaves_the_field_as_it_was(
    qtbot: QtBot, form: Form, catcher: ScanCatcher
) -> None:
    form.name.setText("홍길")
    form.name.setFocus()
    qtbot.waitUntil(form.name.hasFocus)
    form.name.end(False)
    with qtbot.waitSignal(catcher.code_scanned) as blocker:
        scan_into(qtbot, form.name, badge_code.format_code(CODE))
    assert blocker.args == [badge_code.format_code(CODE)]
    assert form.name.text() == "홍길"
    assert form.entered == []  # the scanner's Enter never reached the field


def test_slow_typing_is_never_a_scan(
    qtbot: QtBot, form: Form, catcher: ScanCatcher, clock: FakeClock
) -> None:
    clock.step = 0.15  # a quick typist: about seven keys a second
    seen: list[str] = []
    catcher.code_scanned.connect(seen.append)
    scan_into(qtbot, form.name, CODE)
    assert seen == []
    assert form.name.text() == CODE
    assert form.entered == [CODE]


def test_fast_text_that_is_not_a_code_goes_through(
    qtbot: QtBot, form: Form, catcher: ScanCatcher
) -> None:
    seen: list[str] = []
    catcher.code_scanned.connect(seen.append)
    scan_into(qtbot, form.name, "hello world 12345")  # pasted-speed, but no badge code
    tampered = CODE[:-1] + ("2" if CODE[-1] != "2" else "3")
    form.name.clear()
    scan_into(qtbot, form.name, tampered)
    assert seen == []
    assert form.entered == ["hello world 12345", tampered]


def test_a_short_burst_is_not_a_scan(qtbot: QtBot, form: Form, catcher: ScanCatcher) -> None:
    seen: list[str] = []
    catcher.code_scanned.connect(seen.append)
    scan_into(qtbot, form.name, CODE[:8])
    assert seen == [] and form.entered == [CODE[:8]]


def test_a_pause_splits_a_burst(
    qtbot: QtBot, form: Form, catcher: ScanCatcher, clock: FakeClock
) -> None:
    seen: list[str] = []
    catcher.code_scanned.connect(seen.append)
    form.name.setFocus()
    qtbot.waitUntil(form.name.hasFocus)
    qtbot.keyClicks(form.name, CODE[:7])
    clock.now += 1.0  # somebody stopped to think
    qtbot.keyClicks(form.name, CODE[7:])
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert seen == []


def test_a_scan_into_a_combo_box_restores_its_choice(
    qtbot: QtBot, form: Form, catcher: ScanCatcher
) -> None:
    form.combo.setCurrentIndex(0)
    with qtbot.waitSignal(catcher.code_scanned):
        scan_into(qtbot, form.combo, CODE)
    assert form.combo.currentIndex() == 0


def test_the_scanners_enter_does_not_fire_an_enter_shortcut(
    qtbot: QtBot, form: Form, catcher: ScanCatcher
) -> None:
    fired: list[bool] = []
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), form)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: fired.append(True))
    form.combo.setFocus()  # a combo box does not take Enter itself
    qtbot.waitUntil(form.combo.hasFocus)
    with qtbot.waitSignal(catcher.code_scanned):
        qtbot.keyClicks(form.combo, CODE)
        qtbot.keyClick(form.combo, Qt.Key.Key_Return)
    assert fired == []


def test_keys_outside_the_root_are_ignored(qtbot: QtBot, clock: FakeClock) -> None:
    watched, elsewhere = QWidget(), QLineEdit()
    for w in (watched, elsewhere):
        qtbot.addWidget(w)
        w.show()
    catcher = ScanCatcher(watched, clock=clock)
    catcher.install()
    try:
        elsewhere.activateWindow()
        elsewhere.setFocus()
        seen: list[str] = []
        catcher.code_scanned.connect(seen.append)
        qtbot.keyClicks(elsewhere, CODE)
        qtbot.keyClick(elsewhere, Qt.Key.Key_Return)
        assert seen == [] and elsewhere.text() == CODE
    finally:
        catcher.uninstall()


def test_simulate_scan_is_the_test_hook(form: Form, catcher: ScanCatcher) -> None:
    seen: list[str] = []
    catcher.code_scanned.connect(seen.append)
    assert catcher.simulate_scan(CODE)
    assert not catcher.simulate_scan("not a code at all")
    assert seen == [CODE]
