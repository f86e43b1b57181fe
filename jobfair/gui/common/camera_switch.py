"""*View › Camera* and its toolbar button: the camera corner on the desk or booth on screen.

A station that scans (it has a ``catcher``, the wedge scanner's ``ScanCatcher``) gets the corner;
the corner's ``code_read`` is connected to the catcher's ``code_scanned``, so a badge shown to the
camera is handled exactly like one a scanner typed. Whether the camera is on is remembered per
station PC, so the next start (and the next station opened) shows it again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtMultimedia import QCameraDevice, QMediaDevices
from PySide6.QtWidgets import QMenu, QToolBar

from jobfair.gui.common.camera import (
    CameraCorner,
    camera_wanted,
    device_key,
    remember_camera_wanted,
)
from jobfair.gui.common.settings import KEY_CAMERA_DEVICE
from jobfair.gui.common.stations import StationScreen


class CameraSwitch(QObject):
    """Turns the camera corner on and off on the station screen.

    Attributes:
        action: the checkable *Camera* action (menu and toolbar).
        devices_menu: *Choose camera*, the cameras plugged in now.
        corner: the corner on the screen now, if any.
    """

    def __init__(self, view_menu: QMenu, toolbar: QToolBar, settings: QSettings,
                 screen: Callable[[], StationScreen | None], parent: QObject) -> None:
        super().__init__(parent)
        self.settings = settings
        self._screen = screen
        self.corner: CameraCorner | None = None
        self.action = QAction(self)
        self.action.setObjectName("cameraAction")
        self.action.setCheckable(True)
        self.action.setChecked(camera_wanted(settings))
        self.action.toggled.connect(self._toggled)
        self.devices_menu = QMenu(view_menu)
        self.devices_menu.setObjectName("cameraDevicesMenu")
        self.devices_menu.aboutToShow.connect(self._fill_devices)
        view_menu.addSeparator()
        view_menu.addAction(self.action)
        view_menu.addMenu(self.devices_menu)
        toolbar.addAction(self.action)
        self.retranslate()
        self.station_changed()

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Camera"))
        self.action.setToolTip(self.tr("Scan badges with the camera"))
        self.devices_menu.setTitle(self.tr("Choose camera"))

    def station_changed(self) -> None:
        """A station screen opened (or closed): the corner follows it if the camera is on."""
        self.detach()
        screen = self._screen()
        scans = screen is not None and screen.catcher is not None
        self.action.setEnabled(scans)
        self.devices_menu.setEnabled(scans)
        if scans and self.action.isChecked():
            self._attach()

    def detach(self) -> None:
        """Camera off and the decoder thread stopped; before the screen goes."""
        if self.corner is not None:
            self.corner.stop()
            self.corner.hide()
            self.corner.deleteLater()
            self.corner = None

    def _toggled(self, on: bool) -> None:
        remember_camera_wanted(self.settings, on)
        if on:
            if self.corner is None:
                self._attach()
        else:
            self.detach()

    def _attach(self) -> None:
        screen = self._screen()
        catcher = screen.catcher if screen is not None else None
        if screen is None or catcher is None:
            return
        self.corner = CameraCorner(screen, self.settings)
        self.corner.code_read.connect(catcher.code_scanned)
        self.corner.show()

    def _fill_devices(self) -> None:
        self.devices_menu.clear()
        inputs = QMediaDevices.videoInputs()
        if not inputs:
            none = self.devices_menu.addAction(self.tr("No camera found"))
            none.setEnabled(False)
            return
        chosen = self.corner.device_id if self.corner is not None else ""
        for device in inputs:
            action = self.devices_menu.addAction(device.description())
            action.setCheckable(True)
            action.setChecked(device_key(device) == chosen)
            action.triggered.connect(lambda _=False, d=device: self._choose(d))

    def _choose(self, device: QCameraDevice) -> None:
        if self.corner is not None:
            self.corner.use_device(device)
            return
        self.settings.setValue(KEY_CAMERA_DEVICE, device_key(device))
        self.settings.sync()
        self.action.setChecked(True)  # the corner starts with the camera just remembered
