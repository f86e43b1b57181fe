"""The station's own settings (last fair, last station, language, printer), kept beside its data.

An INI file in the data folder rather than the platform's registry: the folder is the one place a
station keeps its state, tests point it at a temporary directory, and a technician can read it.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSettings

from jobfair.config import SETTINGS_FILENAME as SETTINGS_FILENAME  # its home moved there
from jobfair.config import Config

KEY_FAIR = "window/fair_id"
KEY_STATION = "window/station"
KEY_LANGUAGE = "window/language"
KEY_GEOMETRY = "window/geometry"
KEY_STATION_ID = "station/id"
KEY_STATION_NAME = "station/name"  # how the audit log names this PC (else its host name)
KEY_DB_URL = "database/url"  # the database chosen on the connection screen, without password

# The hall screen: the booths' label prefix it shows, and whether Korean and English alternate.
KEY_HALL_GROUP = "hall/group"
KEY_HALL_ALTERNATE = "hall/alternate"

# The organizer's dashboard: its refresh interval in milliseconds.
KEY_ORGANIZER_REFRESH_MS = "organizer/refresh_ms"

# Printing: the badge layout and the printer's calibration (``printing.load_print_settings``),
# and the printer the desk prints on without asking (``printing_station.load_station_printer``).
KEY_PRINT_LAYOUT = "printing/layout"
KEY_PRINT_OFFSET_X = "printing/offset_x_mm"
KEY_PRINT_OFFSET_Y = "printing/offset_y_mm"
KEY_PRINT_SCALE = "printing/scale"
KEY_PRINTER_NAME = "printing/printer"
KEY_PRINTER_PDF = "printing/printer_pdf_file"

# The camera the desk or booth scans badges with (``camera.CameraCorner``): whether it is on,
# and which one (its device id, so the same camera is found again after being plugged back in).
KEY_CAMERA_ON = "camera/on"
KEY_CAMERA_DEVICE = "camera/device"


def booth_setting_key(fair_id: int) -> str:
    """Where the station keeps the booth it serves at the fair ``fair_id``."""
    return f"booth/fair_{fair_id}/booth_id"


def settings_path(config: Config) -> Path:
    return config.data_dir / SETTINGS_FILENAME


def make_settings(config: Config) -> QSettings:
    """The settings file of this station (created on first write)."""
    path = settings_path(config)
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def station_id(settings: QSettings) -> uuid.UUID:
    """This PC's station id: made once, then kept, so its records can be told apart."""
    raw = settings.value(KEY_STATION_ID)
    if raw:
        try:
            return uuid.UUID(str(raw))
        except ValueError:
            pass
    new = uuid.uuid4()
    settings.setValue(KEY_STATION_ID, str(new))
    settings.sync()
    return new


def read_int(settings: QSettings, key: str) -> int | None:
    raw = settings.value(key)
    try:
        return int(str(raw)) if raw not in (None, "") else None
    except ValueError:
        return None


def read_str(settings: QSettings, key: str) -> str | None:
    raw = settings.value(key)
    return str(raw) if raw not in (None, "") else None
