"""The camera at the desk and at a booth, without a camera: pictures of our own badges,
photographed in software, go in as video frames through the very sink the camera fills, and the
station answers as it does to a wedge scanner."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path

import qrcode
from PIL import Image
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtMultimedia import QCamera, QVideoFrame
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import CheckIn, Interview
from jobfair.gui.booth.screen import BoothScreen
from jobfair.gui.common.camera import CameraCorner, LatestFrameDecoder
from jobfair.gui.common.settings import KEY_CAMERA_ON
from jobfair.gui.desk.scan import BANNER_OK
from jobfair.gui.desk.screen import DeskScreen
from jobfair.gui.shell.main_window import MainWindow
from tests.gui.booth.test_booth import choose_booth
from tests.gui.conftest import MakeWindow
from tests.gui.stationkit import fair_today, open_station, people, press, settle
from tests.services.camera_photos import badge_pictures, foreign_qr_frame, photograph

Factory = sessionmaker[Session]


def video_frame(picture: Image.Image) -> QVideoFrame:
    """A new frame, as a camera delivers one each time, even of the same scene."""
    gray = picture.convert("L")
    image = QImage(gray.tobytes(), gray.width, gray.height, gray.width,
                   QImage.Format.Format_Grayscale8).copy()
    return QVideoFrame(image.convertToFormat(QImage.Format.Format_RGB32))


def camera_action(window: MainWindow) -> QAction:
    action = window.findChild(QAction, "cameraAction")
    assert action is not None
    return action


def corner_of(qtbot: QtBot, window: MainWindow) -> CameraCorner:
    qtbot.waitUntil(lambda: window.camera_switch.corner is not None)
    corner = window.camera_switch.corner
    assert corner is not None and corner.isVisible()
    return corner


def show(qtbot: QtBot, corner: CameraCorner, frame: QVideoFrame) -> None:
    """Hold ``frame`` up to the camera until the decoder has read it and the corner judged it."""
    before = corner.decoder.decoded
    corner.sink.setVideoFrame(frame)
    qtbot.waitUntil(lambda: corner.decoder.decoded > before)
    QCoreApplication.processEvents()  # the judgement comes back queued


def said(text: str) -> str:
    return QCoreApplication.translate("CameraCorner", text)


def check_ins(factory: Factory) -> int:
    with factory() as s:
        return s.scalar(select(func.count()).select_from(CheckIn)) or 0


def test_a_badge_shown_to_the_camera_checks_in_once(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, tmp_path: Path
) -> None:
    fair = fair_today(gui_factory)
    folks = people(gui_factory, fair.fair_id, {"김민준": "010-1234-5678"})
    [badge] = badge_pictures(tmp_path, [folks.codes["김민준"]])
    rng = random.Random(5)
    window = make_window()
    screen = open_station(qtbot, window, 1)
    assert isinstance(screen, DeskScreen)
    action = camera_action(window)
    assert action.isEnabled() and not action.isChecked()
    window.menus.view_menu.aboutToShow.emit()
    action.trigger()  # View › Camera
    corner = corner_of(qtbot, window)
    assert corner.parent() is screen
    # No camera on this machine: one line says so, nothing breaks.
    assert corner.note_text == said("No camera found. Plug one in: it is used as soon as it is "
                                    "there.")

    picture = photograph(badge, rng)
    show(qtbot, corner, video_frame(picture))
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.scan_panel.name_label.text() == "김민준")
    assert screen.scan_panel.state == BANNER_OK
    with gui_factory() as s:
        row = s.scalar(select(CheckIn).where(CheckIn.seeker_id == folks.seekers["김민준"].id))
        assert row is not None and row.via == "scan"  # the wedge scanner's path

    show(qtbot, corner, video_frame(picture))  # still held up: ignored, visibly but softly
    settle(qtbot, screen)
    assert corner.note_text == said("Already scanned. Take the badge away for a few seconds to "
                                    "scan it again.")
    assert screen.scan_panel.state == BANNER_OK  # not the amber "already checked in"
    assert check_ins(gui_factory) == 1

    show(qtbot, corner, video_frame(foreign_qr_frame(rng)))
    settle(qtbot, screen)
    assert corner.note_text == said("That code is not a badge of this fair.")
    assert screen.scan_panel.state == BANNER_OK  # no red banner for somebody else's code
    assert check_ins(gui_factory) == 1

    assert window.settings.value(KEY_CAMERA_ON) == "true"  # the station remembers
    decoder = corner.decoder
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the organizer: no camera
    qtbot.waitUntil(lambda: not isinstance(window.station_screen, DeskScreen))
    assert not decoder.running
    assert window.camera_switch.corner is None and not action.isEnabled()


def test_the_booth_opens_the_card_of_the_badge_shown(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory, tmp_path: Path,
    settings: QSettings,
) -> None:
    fair = fair_today(gui_factory, headcount=1)
    folks = people(gui_factory, fair.fair_id, {"Kim": "010-1234-5678", "Lee": "010-2345-6789"})
    pictures = badge_pictures(tmp_path, [folks.codes["Kim"], folks.codes["Lee"]])
    rng = random.Random(9)
    settings.setValue(KEY_CAMERA_ON, "true")  # switched on the day before
    window = make_window()
    screen = open_station(qtbot, window, 2)
    assert isinstance(screen, BoothScreen)
    choose_booth(qtbot, screen, "A-1")
    corner = corner_of(qtbot, window)  # on by itself: remembered
    assert corner.mirrored  # no camera known to face away: drawn as a mirror

    show(qtbot, corner, video_frame(photograph(pictures[0], rng)))
    settle(qtbot, screen)
    qtbot.waitUntil(lambda: screen.card_view.name_label.text() == "Kim")
    with gui_factory() as s:
        [row] = s.scalars(select(Interview).where(Interview.seeker_id == folks.seekers["Kim"].id))
        assert row.outcome is None

    decoder = corner.decoder
    window.close()  # the window going stops the decoder thread
    assert not decoder.running


def test_the_camera_is_not_offered_where_nobody_scans(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory
) -> None:
    fair_today(gui_factory)
    window = make_window()
    open_station(qtbot, window, 3)
    assert not camera_action(window).isEnabled()
    assert window.camera_switch.corner is None


def test_a_camera_another_program_holds_is_one_line_and_no_crash(
    qtbot: QtBot, make_window: MakeWindow, gui_factory: Factory
) -> None:
    fair_today(gui_factory)
    window = make_window()
    open_station(qtbot, window, 1)
    camera_action(window).trigger()
    corner = corner_of(qtbot, window)
    corner.camera_failed(QCamera.Error.CameraError, "Device or resource busy")
    assert corner.note_text == said("The camera cannot be used: another program may have it. "
                                    "Close that program; scanning with the camera then resumes.")
    camera_action(window).trigger()  # off again: the thread ends
    assert window.camera_switch.corner is None and not corner.decoder.running


def qr_picture(text: str) -> QImage:
    symbol = qrcode.make(text, border=4).get_image().convert("L").resize((300, 300))
    return QImage(symbol.tobytes(), 300, 300, 300, QImage.Format.Format_Grayscale8).copy()


def test_frames_offered_while_one_is_read_wait_in_one_slot() -> None:
    """The decoder never queues frames: while it reads one, each new frame replaces the one
    waiting, so the newest is read next and the preview never waits."""
    reading = threading.Event()
    go_on = threading.Event()
    read: list[list[str]] = []

    def texts_read(texts: list[str]) -> None:
        read.append(texts)
        reading.set()
        go_on.wait(10)

    decoder = LatestFrameDecoder(texts_read)
    try:
        decoder.offer(qr_picture("first"))
        assert reading.wait(10)
        for i in range(5):
            decoder.offer(qr_picture(f"skipped {i}"))
        decoder.offer(qr_picture("latest"))
        go_on.set()
        deadline = time.monotonic() + 10
        while len(read) < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        decoder.stop()
    assert read == [["first"], ["latest"]]
    assert decoder.dropped == 5
    assert not decoder.running
