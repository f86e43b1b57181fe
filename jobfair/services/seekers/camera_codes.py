"""Badge codes in camera pictures, without Qt: a frame's pixels to the one code it shows, or none.

A camera sees many things besides our badges: faces, posters, a phone showing another QR code,
a seeker's own barcode from another event. Only a QR code whose text has the shape of this
fair's badge code (length, alphabet and check character, ``badge_code.read_code``) counts; the
signature is the operations layer's to check, exactly as for a wedge scanner's code.

A badge held up to the camera stays in view for many frames. ``SightingFilter`` turns that into
one scan: a code seen again within ``window`` seconds of its last sighting is a repeat, and the
window runs on for as long as the badge stays in view, so holding it longer never scans it twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

import zxingcpp

from jobfair.domain.badge_code import BadgeCodeError, read_code

Clock = Callable[[], float]
"""Seconds from any fixed origin (``time.monotonic`` by default; tests pass a fake)."""

REPEAT_WINDOW = 4.0
"""Seconds a code stays "just scanned" after its last sighting."""


def read_texts(gray: bytes | bytearray | memoryview, width: int, height: int,
               stride: int = 0) -> list[str]:
    """The texts of the QR codes in a grayscale picture (one byte a pixel, ``stride`` bytes a
    row; 0 means ``width``)."""
    row = stride or width
    if width <= 0 or height <= 0 or len(gray) < row * (height - 1) + width:
        return []
    view = zxingcpp.ImageView(memoryview(gray), width, height, zxingcpp.ImageFormat.Lum, row, 1)
    return [b.text for b in zxingcpp.read_barcodes(view, formats=_qr_only())]


def _qr_only() -> zxingcpp.BarcodeFormats:
    """Badges carry QR codes only (made per call: a module-level zxing object outlives the
    binding at interpreter exit)."""
    return zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


def our_code(text: str) -> str | None:
    """The plain badge code in a QR code's text, or ``None`` when it is not one of ours."""
    try:
        return read_code(text)
    except BadgeCodeError:
        return None


class Seen(Enum):
    NOTHING = "nothing"  # no QR code at all
    FOREIGN = "foreign"  # QR codes, none of them ours: a soft hint at most
    REPEAT = "repeat"  # our code, scanned moments ago: shown softly, not scanned again
    NEW = "new"  # our code: scan it


@dataclass(frozen=True)
class Sighting:
    seen: Seen
    code: str | None = None


class SightingFilter:
    """Decides what a frame's QR texts mean for the station: a new scan, a repeat, or nothing.

    Attributes:
        window: seconds after its last sighting within which a code is a repeat.
        clock: the time source.
    """

    def __init__(self, window: float = REPEAT_WINDOW, clock: Clock = time.monotonic) -> None:
        self.window = window
        self.clock = clock
        self._last_seen: dict[str, float] = {}

    def judge(self, texts: Iterable[str]) -> Sighting:
        texts = list(texts)
        codes = [c for c in (our_code(t) for t in texts) if c is not None]
        if not codes:
            return Sighting(Seen.FOREIGN if texts else Seen.NOTHING)
        now = self.clock()
        self._forget(now)
        fresh = [c for c in codes if c not in self._last_seen]
        for code in codes:
            if code in self._last_seen:
                self._last_seen[code] = now  # still in view: the window runs on
        if fresh:  # one scan a frame; a second badge in view is scanned with the next frame
            self._last_seen[fresh[0]] = now
            return Sighting(Seen.NEW, fresh[0])
        return Sighting(Seen.REPEAT, codes[0])

    def _forget(self, now: float) -> None:
        for code, at in list(self._last_seen.items()):
            if now - at >= self.window:
                del self._last_seen[code]


def judge_frame(
    sightings: SightingFilter, gray: bytes | bytearray | memoryview, width: int, height: int,
    stride: int = 0,
) -> Sighting:
    """One frame's pixels to what the station should do with them."""
    return sightings.judge(read_texts(gray, width, height, stride))
