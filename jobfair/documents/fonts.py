"""The embedded fonts of every PDF JobFair makes: NanumGothic, so Hangul shows in any viewer.

reportlab's built-in Korean CID fonts are not embedded and show as boxes in some viewers;
a registered TrueType font is embedded as a subset of the characters used. Loading a 4.7 MB
font file costs tens of milliseconds, so it happens once per process.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jobfair.resources import font_path

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

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


# --- Characters NanumGothic lacks -----------------------------------------------------------
#
# NanumGothic has Hangul, Latin, Greek and Cyrillic; a name in Georgian, Hebrew, Armenian or with
# an emoji would print as empty boxes. Each character is drawn in the first font that has it:
# NanumGothic, then a fallback TrueType font found on this computer. A character no font here
# has is printed as its code point (U+0E2A), so a name is never blank and can still be read out.

#: TrueType fonts (outline glyphs reportlab can embed) tried in order, by file name, with their
#: bold face when there is one: DejaVu (Linux), Tahoma and Segoe UI Symbol (Windows), FreeSans,
#: and Noto/TLWG faces for Thai when installed.
FALLBACK_FILES: tuple[tuple[str, str | None], ...] = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("FreeSans.ttf", "FreeSansBold.ttf"),
    ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    ("Garuda.ttf", "Garuda-Bold.ttf"),
    ("Loma.ttf", "Loma-Bold.ttf"),
    ("tahoma.ttf", "tahomabd.ttf"),
    ("seguisym.ttf", None),
    ("arialuni.ttf", None),
)

_FONT_DIRS = (
    "/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts",
    "C:/Windows/Fonts", "/Library/Fonts", "/System/Library/Fonts",
)

_fallbacks: tuple[tuple[str, str], ...] | None = None  # (regular, bold) registered names


def _font_files() -> dict[str, Path]:
    wanted = {n.lower() for pair in FALLBACK_FILES for n in pair if n}
    found: dict[str, Path] = {}
    for folder in _FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                if name.lower() in wanted and name.lower() not in found:
                    found[name.lower()] = Path(dirpath) / name
    return found


def fallback_fonts() -> tuple[tuple[str, str], ...]:
    """The fallback fonts found here, registered once: (regular name, bold name) pairs."""
    global _fallbacks
    if _fallbacks is not None:
        return _fallbacks
    register_fonts()
    with _lock:
        if _fallbacks is None:
            files = _font_files()
            names: list[tuple[str, str]] = []
            for i, (regular, bold) in enumerate(FALLBACK_FILES):
                path = files.get(regular.lower())
                if path is None:
                    continue
                try:
                    pdfmetrics.registerFont(TTFont(f"JobFairFallback{i}", str(path)))
                    bold_name = f"JobFairFallback{i}"
                    bold_path = files.get(bold.lower()) if bold else None
                    if bold_path is not None:
                        pdfmetrics.registerFont(TTFont(f"JobFairFallback{i}-Bold", str(bold_path)))
                        bold_name = f"JobFairFallback{i}-Bold"
                except Exception:  # a damaged or CFF font file: try the next one
                    continue
                names.append((f"JobFairFallback{i}", bold_name))
            _fallbacks = tuple(names)
    return _fallbacks


def _has(font: str, ch: str) -> bool:
    if ord(ch) > 0xFFFF:  # reportlab embeds these with a wrong code (😀 read back as ὠ)
        return False
    face = getattr(pdfmetrics.getFont(font), "face", None)
    glyphs = getattr(face, "charToGlyph", None)
    return True if glyphs is None else ord(ch) in glyphs


def escaped(ch: str) -> str:
    """How a character no font here has is printed."""
    return f"U+{ord(ch):04X}"


@lru_cache(maxsize=8192)
def text_runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``text`` cut into (text, font name) runs so that every character is drawn in a font
    that has it; characters none has become their code point in ``font``."""
    bold = font == BOLD
    chain = [font] + [pair[1] if bold else pair[0] for pair in fallback_fonts()]
    runs: list[tuple[str, str]] = []
    after_escape = False
    for ch in text:
        chosen = next((f for f in chain if _has(f, ch)), None)
        if chosen is None:
            piece, chosen = (" " if after_escape else "") + escaped(ch), font
        else:
            piece = ch
        after_escape = piece != ch
        if runs and runs[-1][1] == chosen:
            runs[-1] = (runs[-1][0] + piece, chosen)
        else:
            runs.append((piece, chosen))
    return tuple(runs)


def runs_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` drawn with ``draw_runs``."""
    return sum(pdfmetrics.stringWidth(t, f, size) for t, f in text_runs(text, font))


def draw_runs(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left"
) -> None:
    """Draw ``text`` at ``x`` (its left, centre or right, by ``align``), each character in a
    font that has it."""
    if align != "left":
        width = runs_width(text, font, size)
        x -= width / 2 if align == "centre" else width
    for piece, name in text_runs(text, font):
        canvas.setFont(name, size)
        canvas.drawString(x, y, piece)
        x += pdfmetrics.stringWidth(piece, name, size)
