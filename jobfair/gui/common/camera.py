"""Scanning badges with the station's camera: a live preview in a corner of the desk or booth.

Frames come from QtMultimedia (``QCamera`` → ``QMediaCaptureSession`` → ``QVideoSink``). Each frame
the sink shows is drawn small in the corner (mirrored when the camera faces the user, as a mirror
would) and handed to a decoder thread through a single slot: a frame that arrives while the
thread is still reading the one before replaces the waiting one, so frames are dropped there and
the preview never waits for zxing-cpp.

What a frame's codes mean is ``services.camera_codes``' say: only our badge codes count, and a
badge held in view scans once. A new code leaves through ``code_read``, which the station connects
to its scan catcher's ``code_scanned``: a camera scan takes exactly the wedge scanner's path
(banner, beep, card, database). Repeats and other QR codes get a soft grey line in the corner,
never the station's red banner.

The camera chosen is remembered in the station's settings; a camera unplugged and plugged back in
is picked up again (``QMediaDevices.videoInputsChanged``). No camera, or one another program
holds, is one line in the corner.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.gui.common.settings import KEY_CAMERA_DEVICE, KEY_CAMERA_ON
from jobfair.services.seekers.camera_codes import Clock, Seen, SightingFilter, read_texts

PREVIEW_WIDTH = 240
HINT_MS = 2500
RETRY_MS = 3000

NO_CAMERA = QT_TRANSLATE_NOOP(
    "CameraCorner", "No camera found. Plug one in: it is used as soon as it is there.")
CAMERA_BUSY = QT_TRANSLATE_NOOP(
    "CameraCorner", "The camera cannot be used: another program may have it. Close that "
    "program; scanning with the camera then resumes.")

TextsRead = Callable[[list[str]], None]


class LatestFrameDecoder:
    """A thread that reads QR codes from the latest frame offered; frames offered while it is
    busy replace one another (only the newest waits).

    Plain Python, so that it can be stopped from anywhere, even after its Qt owner is gone.

    Attributes:
        dropped: frames replaced before they were read (for benchmarks and tests).
        decoded: frames read.
    """

    def __init__(self, texts_read: TextsRead) -> None:
        self._texts_read = texts_read
        self._slot: QImage | None = None
        self._wake = threading.Condition()
        self._stopping = False
        self.dropped = 0
        self.decoded = 0
        self._thread = threading.Thread(target=self._run, name="camera-decoder", daemon=True)
        self._thread.start()

    def offer(self, image: QImage) -> None:
        with self._wake:
            if self._slot is not None:
                self.dropped += 1
            self._slot = image
            self._wake.notify()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._slot = None
            self._wake.notify()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            with self._wake:
                while self._slot is None and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                image, self._slot = self._slot, None
            assert image is not None
            texts = _texts_of(image)
            self.decoded += 1
            with self._wake:
                if self._stopping:
                    return
            try:
                self._texts_read(texts)
            except RuntimeError:  # the Qt side is gone without stopping us first
                return


def _texts_of(image: QImage) -> list[str]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    if gray.isNull():
        return []
    return read_texts(bytes(gray.constBits()), gray.width(), gray.height(), gray.bytesPerLine())


class CameraCorner(QFrame):
    """The camera's preview and its one line of news, kept in the bottom-right corner of the
    station screen it is a child of.

    Attributes:
        sink: the video sink every frame goes through (the camera's, or a test's frames).
        sightings: what frames' codes mean (new scan, repeat, another code).
        decoder: the decoding thread.
        mirrored: whether the preview is drawn as a mirror image.

    Signals:
        code_read(str): a new badge code was read; connect it to the station's scan path.
    """

    code_read = Signal(str)
    _texts_arrived = Signal(list)

    def __init__(self, station: QWidget, settings: QSettings, *, clock: Clock | None = None
                 ) -> None:
        super().__init__(station)
        self.setObjectName("cameraCorner")
        self.settings = settings
        self.sightings = SightingFilter(clock=clock) if clock else SightingFilter()
        self.mirrored = True
        self.camera: QCamera | None = None
        self.device_id = _read_device(settings)
        self.preview = QLabel()
        self.preview.setObjectName("cameraPreview")
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel()
        self.note.setObjectName("cameraNote")
        self.note.setWordWrap(True)
        self.note.setFixedWidth(PREVIEW_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.preview)
        layout.addWidget(self.note)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._problem: str | None = None
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.timeout.connect(self._clear_hint)

        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame_arrived)
        self.session = QMediaCaptureSession(self)
        self.session.setVideoSink(self.sink)
        self.devices = QMediaDevices(self)
        self.devices.videoInputsChanged.connect(self._inputs_changed)
        self._texts_arrived.connect(self._judge, Qt.ConnectionType.QueuedConnection)
        self.decoder = LatestFrameDecoder(self._texts_arrived.emit)
        decoder = self.decoder  # not self: it is half gone when ``destroyed`` comes
        self.destroyed.connect(lambda *_: decoder.stop())
        station.installEventFilter(self)
        self._place()
        self._start_camera()

    # -- the camera -----------------------------------------------------------------------------
    def _start_camera(self) -> None:
        inputs = QMediaDevices.videoInputs()
        device = next((d for d in inputs if device_key(d) == self.device_id), None)
        if device is None and inputs:
            device = QMediaDevices.defaultVideoInput()
            if device.isNull():
                device = inputs[0]
        if device is None or device.isNull():
            self._drop_camera()
            self._show_problem(NO_CAMERA)
            return
        if self.camera is not None and self.camera.cameraDevice() == device:
            return
        self._drop_camera()
        self.mirrored = device.position() != QCameraDevice.Position.BackFace
        camera = QCamera(device, self)
        camera.errorOccurred.connect(self.camera_failed)
        self.camera = camera
        self.session.setCamera(camera)
        self._show_problem(None)
        camera.start()

    def _drop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)  # type: ignore[arg-type]  # Qt takes a null camera
            self.camera.deleteLater()
            self.camera = None

    def camera_failed(self, _error: QCamera.Error, _detail: str = "") -> None:
        """The camera would not start or stopped working (another program has it, it was
        pulled out): one line says so, and it is tried again every few seconds."""
        self._drop_camera()
        self._show_problem(CAMERA_BUSY)
        QTimer.singleShot(RETRY_MS, self._retry)

    def _retry(self) -> None:
        if self.camera is None and self.decoder.running:
            self._start_camera()

    def _inputs_changed(self) -> None:
        """A camera was plugged in or out: use the remembered one, or any, again."""
        if self.camera is not None and self.camera.cameraDevice() not in \
                QMediaDevices.videoInputs():
            self._drop_camera()
        self._start_camera()

    def use_device(self, device: QCameraDevice) -> None:
        """Use ``device`` from now on, and remember it for this station."""
        self.device_id = device_key(device)
        self.settings.setValue(KEY_CAMERA_DEVICE, self.device_id)
        self.settings.sync()
        self._start_camera()

    def stop(self) -> None:
        """Camera off and decoder thread ended (the corner is closing)."""
        self.decoder.stop()
        self._drop_camera()

    # -- frames ---------------------------------------------------------------------------------
    def _frame_arrived(self, frame: QVideoFrame) -> None:
        image = frame.toImage()
        if image.isNull():
            return
        self.decoder.offer(image)
        small = image.scaled(self.preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.FastTransformation)
        if self.mirrored:
            small = small.flipped(Qt.Orientation.Horizontal)
        self.preview.setPixmap(QPixmap.fromImage(small))

    def _judge(self, texts: list[str]) -> None:
        if not self.decoder.running:
            return
        sighting = self.sightings.judge(texts)
        if sighting.seen is Seen.NEW and sighting.code is not None:
            self._hint(self.tr("Badge read."))
            self.code_read.emit(sighting.code)
        elif sighting.seen is Seen.REPEAT:
            self._hint(self.tr("Already scanned. Take the badge away for a few seconds to "
                               "scan it again."))
        elif sighting.seen is Seen.FOREIGN:
            self._hint(self.tr("That code is not a badge of this fair."))

    # -- the line under the preview -------------------------------------------------------------
    def _show_problem(self, problem: str | None) -> None:
        self._problem = problem
        self.note.setText(self._problem_text())

    def _problem_text(self) -> str:
        if self._problem is None:
            return ""
        return QCoreApplication.translate("CameraCorner", self._problem)

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() == QEvent.Type.LanguageChange and not self._hint_timer.isActive():
            self.note.setText(self._problem_text())
        super().changeEvent(event)

    def _hint(self, text: str) -> None:
        self.note.setText(text)
        self._hint_timer.start(HINT_MS)

    def _clear_hint(self) -> None:
        self.note.setText(self._problem_text())

    @property
    def note_text(self) -> str:
        return self.note.text()

    # -- staying in the corner ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        station = self.parentWidget()
        if station is None:
            return
        self.adjustSize()
        self.move(max(0, station.width() - self.width() - 12),
                  max(0, station.height() - self.height() - 12))
        self.raise_()


def device_key(device: QCameraDevice) -> str:
    return bytes(device.id().data()).hex()


def _read_device(settings: QSettings) -> str:
    raw = settings.value(KEY_CAMERA_DEVICE)
    return str(raw) if raw not in (None, "") else ""


def camera_wanted(settings: QSettings) -> bool:
    return str(settings.value(KEY_CAMERA_ON, "")).lower() in ("true", "1")


def remember_camera_wanted(settings: QSettings, on: bool) -> None:
    settings.setValue(KEY_CAMERA_ON, "true" if on else "false")
    settings.sync()
