"""The fast version-1 QR encoder gives the very symbol a general encoder gives."""

from __future__ import annotations

import random

import pytest
import qrcode
import zxingcpp
from PIL import Image
from qrcode.constants import ERROR_CORRECT_Q

from jobfair.documents.qr import ALNUM, qr_matrix, qr_rows
from jobfair.domain.badge_code import make_code


def reference(text: str) -> list[list[bool]]:
    qr = qrcode.QRCode(version=None, error_correction=ERROR_CORRECT_Q, border=0, mask_pattern=0)
    qr.add_data(text, optimize=0)
    qr.make(fit=True)
    return [[bool(v) for v in row] for row in qr.get_matrix()]


def test_badge_codes_match_the_general_encoder() -> None:
    rng = random.Random(11)
    for _ in range(300):
        code = make_code("qr-test", rng.getrandbits(40))
        assert qr_matrix(code) == reference(code), code


@pytest.mark.parametrize("length", range(1, 17))
def test_every_length_that_fits_version_1(length: int) -> None:
    rng = random.Random(length)
    # A letter first: the general encoder switches to numeric mode for digits only.
    text = "Q" + "".join(rng.choice(ALNUM) for _ in range(length - 1))
    matrix = qr_matrix(text)
    assert len(matrix) == 21
    assert matrix == reference(text)


@pytest.mark.parametrize("text", ["lower case", "A" * 17, "홍길동", "https://example.org/x?y=1"])
def test_other_text_falls_back_to_the_library(text: str) -> None:
    assert qr_matrix(text) == reference(text)


@pytest.mark.parametrize("text", ["7", "23456789234567", "HELLO WORLD", "$%*+-./:"])
def test_symbols_decode(text: str) -> None:
    """Digits only: alphanumeric mode where the general encoder picks numeric; both decode."""
    scale, quiet = 8, 4
    rows = qr_rows(text)
    n = len(rows) + 2 * quiet
    image = Image.new("L", (n * scale, n * scale), 255)
    for r, row in enumerate(rows):
        for c, dark in enumerate(row):
            if dark:
                x, y = (c + quiet) * scale, (r + quiet) * scale
                image.paste(0, (x, y, x + scale, y + scale))
    found = zxingcpp.read_barcodes(image)
    assert [b.text for b in found] == [text]


def test_rows_are_bytes_of_modules() -> None:
    rows = qr_rows("ABC")
    assert all(isinstance(r, bytes) and set(r) <= {0, 1} for r in rows)
    assert rows[0][:7] == b"\x01" * 7  # the top of the top-left finder pattern
