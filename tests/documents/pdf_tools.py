"""Reading rendered PDFs back: poppler's command-line tools and zxing-cpp."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image


@dataclass(frozen=True)
class Decoded:
    text: str
    x: int  # top-left corner of the symbol, in pixels
    y: int


def rasterise(pdf: Path, dpi: int = 150) -> list[Image.Image]:
    """Every page of ``pdf`` as an image, in page order."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(
        pdf.parent.glob(prefix.name + "-*.png"), key=lambda p: int(p.stem.rsplit("-")[-1])
    )
    return [Image.open(p) for p in pages]


def decode_pages(pdf: Path, dpi: int = 150) -> list[list[Decoded]]:
    """The QR codes on each page, in reading order (top to bottom, left to right)."""
    out = []
    for image in rasterise(pdf, dpi):
        found = [
            Decoded(b.text, b.position.top_left.x, b.position.top_left.y)
            for b in zxingcpp.read_barcodes(image)
            if b.format == zxingcpp.BarcodeFormat.QRCode
        ]
        found.sort(key=lambda d: (round(d.y / 50), d.x))
        out.append(found)
    return out


def pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_fonts(pdf: Path) -> str:
    return subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_page_sizes_mm(pdf: Path) -> list[tuple[float, float]]:
    """Width and height of every page in millimetres (as ``pdfinfo`` reads them)."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], check=True,
                          capture_output=True, text=True).stdout
    sizes = []
    for line in info.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((float(parts[0]) * 25.4 / 72, float(parts[2]) * 25.4 / 72))
    return sizes


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float  # points from the page's left and top edges
    y_min: float
    x_max: float
    y_max: float


def pdf_words(pdf: Path, page: int = 1) -> tuple[tuple[float, float], list[Word]]:
    """The page's size in points and its words with their boxes (``pdftotext -bbox``)."""
    import html
    import re

    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True, capture_output=True, text=True,
    ).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', out)
    assert size is not None, out[:200]
    words = [
        Word(html.unescape(m.group(5)), float(m.group(1)), float(m.group(2)),
             float(m.group(3)), float(m.group(4)))
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            out)
    ]
    return (float(size.group(1)), float(size.group(2))), words
