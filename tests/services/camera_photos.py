"""Badges "photographed" in software: our own badge PDFs, rasterised, then put in a 1280×720
camera frame turned, tilted, blurred, noisy and dim, as a webcam at a desk sees them; and frames
that must never scan (noise, other QR codes)."""

from __future__ import annotations

import math
import random
import string
from pathlib import Path

import qrcode
from PIL import Image, ImageChops, ImageEnhance, ImageFilter

from jobfair.documents.badges import render_badges, sample_badges
from jobfair.domain.badge_code import ALPHABET, check_character
from tests.documents.pdf_tools import rasterise

FRAME = (1280, 720)


def badge_pictures(tmp: Path, codes: list[str], dpi: int = 200) -> list[Image.Image]:
    """One picture per code: the badge as our renderer prints it on a single card."""
    pdf = tmp / "badges.pdf"
    render_badges(sample_badges(len(codes), lambda i: codes[i]), "single", pdf)
    return [page.convert("L") for page in rasterise(pdf, dpi)]


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (8 unknowns: a perspective transform)."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def _perspective(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """The coefficients PIL wants: for each output point (dst) the input point (src)."""
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def _background(rng: random.Random) -> Image.Image:
    """A desk seen by a webcam: a soft gradient with some blotches."""
    small = Image.new("L", (16, 9))
    small.putdata([rng.randrange(40, 200) for _ in range(16 * 9)])
    return small.resize(FRAME, Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(4))


def photograph(badge: Image.Image, rng: random.Random) -> Image.Image:
    """``badge`` in a grey 1280×720 frame: 5–20 % of it, turned up to 30°, tilted, blurred,
    noisy and dim."""
    w, h = FRAME
    share = rng.uniform(0.05, 0.20)
    bw, bh = badge.size
    scale = (share * w * h / (bw * bh)) ** 0.5
    tw, th = bw * scale, bh * scale
    angle = rng.uniform(-30, 30)
    # The badge's corners in the frame: centred somewhere, turned, each corner pulled a little
    # (a badge held not quite square to the camera).
    cx = rng.uniform(tw / 2 + 40, w - tw / 2 - 40) if w - tw > 100 else w / 2
    cy = rng.uniform(th / 2 + 40, h - th / 2 - 40) if h - th > 100 else h / 2
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    tilt = 0.08 * min(tw, th)
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x = sx * tw / 2 + rng.uniform(-tilt, tilt)
        y = sy * th / 2 + rng.uniform(-tilt, tilt)
        corners.append((cx + x * cos - y * sin, cy + x * sin + y * cos))
    src = [(0, 0), (bw, 0), (bw, bh), (0, bh)]
    coeffs = _perspective(corners, src)
    warped = badge.transform(FRAME, Image.Transform.PERSPECTIVE, coeffs,
                             Image.Resampling.BILINEAR, fillcolor=0)
    mask = Image.new("L", badge.size, 255).transform(
        FRAME, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR, fillcolor=0)
    frame = _background(rng)
    frame.paste(warped, (0, 0), mask)
    frame = frame.filter(ImageFilter.GaussianBlur(rng.uniform(0.0, 1.2)))
    frame = ImageEnhance.Contrast(frame).enhance(rng.uniform(0.55, 1.0))
    frame = ImageEnhance.Brightness(frame).enhance(rng.uniform(0.35, 1.0))
    return add_noise(frame, rng.uniform(2, 10))


def add_noise(frame: Image.Image, sigma: float) -> Image.Image:
    noise = Image.effect_noise(frame.size, sigma)
    return ImageChops.add(frame, noise, 1.0, -128)


def noise_frame(rng: random.Random) -> Image.Image:
    """Camera noise over a blotchy scene: no code at all."""
    return add_noise(_background(rng), rng.uniform(5, 60))


def foreign_text(rng: random.Random) -> str:
    """What other QR codes say: addresses, contacts, tickets, and look-alikes of our codes
    (15 characters of our alphabet whose check character is wrong)."""
    kind = rng.randrange(5)
    if kind == 0:
        return "https://example.org/" + "".join(rng.choices(string.ascii_lowercase, k=12))
    if kind == 1:
        return f"BEGIN:VCARD\nFN:Kim {rng.randrange(10**6)}\nTEL:010{rng.randrange(10**8):08d}"
    if kind == 2:
        return str(rng.randrange(10**12, 10**13))
    if kind == 3:
        payload = "".join(rng.choices(ALPHABET, k=14))
        right = check_character(payload)
        return payload + rng.choice([c for c in ALPHABET if c != right])
    return "".join(rng.choices(string.ascii_uppercase + string.digits, k=rng.randrange(4, 40)))


def foreign_qr_frame(rng: random.Random) -> Image.Image:
    """A phone or a poster showing somebody else's QR code."""
    symbol = qrcode.make(foreign_text(rng), border=4).get_image().convert("L")
    return photograph(symbol, rng)
