"""A fair's own registration fields, from the main window: the organizer defines them in the
setup, the desk registers a walk-in with them (a required one enforced), a new field shows at the
desk without a restart, the booth sees the answers within consent, and the export has them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import FairField, Seeker
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.desk.screen import DeskScreen
from jobfair.gui.organizer.screen import OrganizerScreen
from jobfair.gui.organizer.setup.panel import SetupPanel
from jobfair.services.seekers.badges import badge_for
from jobfair.services.seekers.service import register_seeker
from jobfair.services.setup.fields import FieldInput, add_field
from tests.gui.booth.test_booth import choose_booth
from tests.gui.conftest import FakeDialogs, MakeWindow, type_text
from tests.gui.modal_robot import ModalRobot, modals  # noqa: F401  (fixture)
from tests.gui.stationkit import fair_today, open_station, press, scan, settle
from tests.services.fairkit import actor, seeker_input

Factory = sessionmaker[Session]


def define(qtbot: QtBot, panel: SetupPanel, label_ko: str, label_en: str, key: str, kind: str,
           *, choices: str = "", required: bool = False, visible: bool = False,
           sensitive: bool = False) -> None:
    page = panel.fields
    page.new_button.click()
    type_text(page.label_ko_edit, label_ko)
    type_text(page.label_en_edit, label_en)
    type_text(page.key_edit, key)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))
    if choices:
        type_text(page.choices_edit, choices)
    page.required_check.setChecked(required)
    page.visible_check.setChecked(visible)
    page.sensitive_check.setChecked(sensitive)
    page.save_button.click()


def test_fields_from_setup_to_desk_booth_and_export(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, fake_dialogs: FakeDialogs,
    modals: ModalRobot, tmp_path: Path,  # noqa: F811
) -> None:
    fair = fair_today(gui_factory)
    window = make_window()

    # -- the organizer defines the fields -------------------------------------------------
    organizer = open_station(qtbot, window, 3)
    assert isinstance(organizer, OrganizerScreen)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    panel = organizer.setup_panel
    assert isinstance(panel, SetupPanel)
    panel.tabs.setCurrentWidget(panel.fields)
    define(qtbot, panel, "희망 근무지", "Preferred place", "region", "choice",
           choices="양주, 의정부", required=True, visible=True)
    define(qtbot, panel, "운전 가능", "Can drive", "driving", "yes_no", visible=True)
    define(qtbot, panel, "체류자격", "Residence status", "visa", "text", visible=True,
           sensitive=True)
    define(qtbot, panel, "상담 메모", "Counsellor note", "note", "text")
    assert fake_dialogs.errors == []
    assert panel.fields.model.rowCount() == 4
    with gui_factory() as s:
        keys = list(s.scalars(select(FairField.key).where(FairField.fair_id == fair.fair_id)
                              .order_by(FairField.position)))
    assert keys == ["region", "driving", "visa", "note"]

    # -- the desk: the fields in the walk-in form, the required one enforced ---------------
    desk = open_station(qtbot, window, 1)
    assert isinstance(desk, DeskScreen)
    printed: list[object] = []
    desk.print_badges = printed.append
    press(qtbot, Qt.Key.Key_F3)
    settle(qtbot, desk)
    form = desk.walk_in
    qtbot.waitUntil(lambda: len(form.fair_fields.editors) == 4)
    type_text(form.name_edit, "홍길동")
    type_text(form.birth_edit, "1995")
    type_text(form.phone_edit, "010 8888 1234")
    form.collection_box.setChecked(True)
    form.provision_box.setChecked(True)
    visa = form.fair_fields.editors["visa"]
    assert isinstance(visa, QLineEdit)
    type_text(visa, "E-9")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, desk)
    assert "희망 근무지" in form.fair_fields.error_text("region")  # required
    assert "체류자격" in form.fair_fields.error_text("visa")  # sensitive without its consent
    with gui_factory() as s:
        assert s.scalar(select(Seeker).where(Seeker.name == "홍길동")) is None
    region = form.fair_fields.editors["region"]
    driving = form.fair_fields.editors["driving"]
    assert isinstance(region, QComboBox) and isinstance(driving, QComboBox)
    region.setCurrentIndex(region.findData("양주"))
    driving.setCurrentIndex(driving.findData(True))
    form.sensitive_box.setChecked(True)
    note = form.fair_fields.editors["note"]
    assert isinstance(note, QLineEdit)
    type_text(note, "오후 선호")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, desk)
    with gui_factory() as s:
        seeker = s.scalars(select(Seeker).where(Seeker.name == "홍길동")).one()
        assert seeker.answers == {"region": "양주", "driving": True, "visa": "E-9",
                                  "note": "오후 선호"}
        code = badge_for(s, seeker.id)
        s.commit()
    card = desk.scan_panel.answers_label.text()
    assert "희망 근무지: 양주" in card and "상담 메모: 오후 선호" in card
    assert form.fair_fields.values()["region"] is None  # cleared for the next person

    # -- a field added meanwhile shows at the desk's next form, no restart -----------------
    with gui_factory.begin() as s:
        add_field(s, actor(), fair.fair_id, FieldInput("licence", "licences", "자격증",
                                                       "Licences"))
    press(qtbot, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: "licence" in form.fair_fields.editors, timeout=2000)
    choices = form.fair_fields.editors["licence"]
    assert isinstance(choices, QLineEdit) and not choices.findChildren(QCheckBox)

    # someone who did not consent to provision
    with gui_factory.begin() as s:
        other = register_seeker(s, actor(), fair.fair_id, replace(
            seeker_input("이서연", phone="010-2345-6789"),
            answers=(("region", "의정부"), ("driving", "n"))))
        other_code = badge_for(s, other.id)

    # -- the booth: only what employers may see, only with consent ------------------------
    booth = open_station(qtbot, window, 2)
    assert isinstance(booth, BoothScreen)
    choose_booth(qtbot, booth, "A-1")
    qtbot.waitUntil(booth.scan_edit.hasFocus)
    scan(qtbot, code, booth)
    settle(qtbot, booth)
    shown = booth.card_view.answers_label.text()
    assert "희망 근무지: 양주" in shown and "체류자격: E-9" in shown
    assert "상담 메모" not in shown  # not for employers
    press(qtbot, Qt.Key.Key_Return)  # leave the interview undecided
    settle(qtbot, booth)
    scan(qtbot, other_code, booth)
    settle(qtbot, booth)
    assert booth.card_view.card is not None and booth.card_view.card.name == "이서연"
    assert booth.card_view.answers_label.text() == ""  # no provision consent
    press(qtbot, Qt.Key.Key_Return)
    settle(qtbot, booth)

    # -- the export: a column per field ---------------------------------------------------
    book = tmp_path / "fair.xlsx"
    open_station(qtbot, window, 3)
    modals.expect(QFileDialog, modals.type_file_name(book))
    qtbot.keyClick(window, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: modals.done and book.exists() and len(fake_dialogs.informed) >= 1,
                    timeout=20_000)
    workbook = openpyxl.load_workbook(book, read_only=True)
    sheet = next(ws for ws in workbook.worksheets
                 if any(row and "희망 근무지" in row for row in ws.iter_rows(values_only=True)))
    rows = [row for row in sheet.iter_rows(values_only=True)]
    header_at = next(i for i, row in enumerate(rows) if "희망 근무지" in row)
    headers = list(rows[header_at])
    people = {row[headers.index("이름") if "이름" in headers else 1]: row
              for row in rows[header_at + 1:] if row and row[1]}
    hong = people["홍길동"]
    assert hong[headers.index("희망 근무지")] == "양주"
    assert hong[headers.index("체류자격")] == "E-9"
    assert people["이서연"][headers.index("희망 근무지")] == "의정부"
    assert fake_dialogs.errors == []
