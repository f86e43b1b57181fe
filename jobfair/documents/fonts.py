"""The embedded fonts of every PDF JobFair makes: NanumGothic, so Hangul shows in any viewer.

reportlab's built-in Korean CID fonts are not embedded and show as boxes in some viewers;
a registered TrueType font is embedded as a subset of the characters used. Loading a 4.7 MB
font file costs tens of milliseconds, so it happens once per process.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jobfair.resources import font_path

REGULAR = "NanumGothic"
BOLD = "NanumGothic-Bold"


@dataclass(frozen=True)
class FontNames:
    """The names to pass to ``canvas.setFont`` once the fonts are registered."""

    regular: str = REGULAR
    bold: str = BOLD


_lock = threading.Lock()
_registered: FontNames | None = None


def register_fonts() -> FontNames:
    """Register NanumGothic (regular and bold) with reportlab, once; safe from any thread."""
    global _registered
    if _registered is not None:
        return _registered
    with _lock:
        if _registered is None:
            pdfmetrics.registerFont(TTFont(REGULAR, str(font_path(bold=False))))
            pdfmetrics.registerFont(TTFont(BOLD, str(font_path(bold=True))))
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, REGULAR)
            addMapping(REGULAR, 1, 1, BOLD)
            _registered = FontNames()
    return _registered
