"""QR codes for badge codes: a small, fast encoder for version 1, level Q, mask 0.

A badge code is 15 characters of QR's alphanumeric set, which fit a version-1 symbol (21 x 21)
at error-correction level Q (25 % of the symbol may be damaged). Everything but the 26
codewords is the same in every such symbol, so the fixed modules and the order in which data
bits are placed are worked out once; a code then costs its Reed-Solomon bytes and 208 bit
placements, about a tenth of what a general encoder spends (which also tries all eight masks).

The mask is fixed: choosing it by penalty score, as general encoders do, costs eight
encodings per code. Any mask decodes the same (the reader takes it from the format bits), and
mask 0 had the lowest average penalty over our codes. Any other text goes to the ``qrcode``
library with the same level and mask; the tests check that both give identical symbols.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_Q

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {c: i for i, c in enumerate(ALNUM)}

SIZE = 21  # version 1
DATA_CODEWORDS = 13  # version 1-Q
EC_CODEWORDS = 13
MAX_FAST_LENGTH = 16  # alphanumeric characters that fit version 1-Q
MASK = 0
_FORMAT_EC_Q = 0b11

Matrix = list[list[bool]]

# --- GF(256) arithmetic for Reed-Solomon, primitive polynomial x^8 + x^4 + x^3 + x^2 + 1 ----
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


def _generator(degree: int) -> list[int]:
    """Coefficients (highest first, leading 1 dropped) of prod(x - a^i), i < degree."""
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, coef in enumerate(poly):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= _EXP[_LOG[coef] + i]
        poly = nxt
    return poly[1:]


_GEN_LOG = [_LOG[c] for c in _generator(EC_CODEWORDS)]


def _ec_codewords(data: list[int]) -> list[int]:
    rem = [0] * EC_CODEWORDS
    for byte in data:
        factor = byte ^ rem[0]
        rem = [*rem[1:], 0]
        if factor:
            lf = _LOG[factor]
            for k, gl in enumerate(_GEN_LOG):
                rem[k] ^= _EXP[gl + lf]
    return rem


# --- The fixed part of every version-1 symbol -------------------------------------------------


def _format_bits(ec: int, mask: int) -> int:
    data = (ec << 3) | mask
    rem = data << 10
    for i in range(14, 9, -1):
        if rem & (1 << i):
            rem ^= 0b10100110111 << (i - 10)
    return ((data << 10) | rem) ^ 0b101010000010010


@lru_cache(maxsize=1)
def _template() -> tuple[tuple[tuple[bool | None, ...], ...], tuple[tuple[int, int, bool], ...]]:
    """(fixed modules, None where data goes; data positions in placement order with mask bit)."""
    n = SIZE
    m: list[list[bool | None]] = [[None] * n for _ in range(n)]
    for row0, col0 in ((0, 0), (n - 7, 0), (0, n - 7)):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = row0 + r, col0 + c
                if not (0 <= rr < n and 0 <= cc < n):
                    continue
                ring = max(abs(r - 3), abs(c - 3))
                m[rr][cc] = ring != 2 and ring != 4  # dark centre 3x3, white ring, dark ring
    for i in range(8, n - 8):
        m[i][6] = m[6][i] = i % 2 == 0
    bits = _format_bits(_FORMAT_EC_Q, MASK)
    for i in range(15):
        dark = (bits >> i) & 1 == 1
        if i < 6:
            m[i][8] = dark
        elif i < 8:
            m[i + 1][8] = dark
        else:
            m[n - 15 + i][8] = dark
        if i < 8:
            m[8][n - i - 1] = dark
        elif i < 9:
            m[8][15 - i] = dark
        else:
            m[8][14 - i] = dark
    m[n - 8][8] = True  # the dark module
    order: list[tuple[int, int, bool]] = []
    row, step = n - 1, -1
    col = n - 1
    while col > 0:
        if col == 6:
            col -= 1
        while 0 <= row < n:
            for c in (col, col - 1):
                if m[row][c] is None:
                    order.append((row, c, (row + c) % 2 == 0))
            row += step
        row -= step
        step = -step
        col -= 2
    assert len(order) == (DATA_CODEWORDS + EC_CODEWORDS) * 8
    return tuple(tuple(r) for r in m), tuple(order)


def _data_codewords(text: str) -> list[int]:
    bits: list[int] = []

    def put(value: int, length: int) -> None:
        bits.extend((value >> (length - 1 - k)) & 1 for k in range(length))

    put(0b0010, 4)
    put(len(text), 9)
    for i in range(0, len(text) - 1, 2):
        put(_ALNUM_VALUE[text[i]] * 45 + _ALNUM_VALUE[text[i + 1]], 11)
    if len(text) % 2:
        put(_ALNUM_VALUE[text[-1]], 6)
    capacity = DATA_CODEWORDS * 8
    bits.extend([0] * min(4, capacity - len(bits)))
    bits.extend([0] * (-len(bits) % 8))
    out = [int("".join(map(str, bits[i : i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = (0xEC, 0x11)
    out.extend(pad[k % 2] for k in range(DATA_CODEWORDS - len(out)))
    return out


def _fits_fast(text: str) -> bool:
    return 0 < len(text) <= MAX_FAST_LENGTH and all(c in _ALNUM_VALUE for c in text)


def qr_rows(text: str) -> list[bytes]:
    """The QR modules of ``text`` row by row, one byte a module (1 = dark), no quiet zone.

    Level Q, mask 0; the fast path for short alphanumeric text, ``qrcode`` for the rest.
    """
    if not _fits_fast(text):
        qr = qrcode.QRCode(
            version=None, error_correction=ERROR_CORRECT_Q, border=0, mask_pattern=MASK
        )
        qr.add_data(text, optimize=0)
        qr.make(fit=True)
        return [bytes(bool(v) for v in row) for row in qr.get_matrix()]
    fixed, order = _fast_template()
    data = _data_codewords(text)
    m = [bytearray(r) for r in fixed]
    k = 0
    for byte in data + _ec_codewords(data):
        for shift in (7, 6, 5, 4, 3, 2, 1, 0):
            row, col, flip = order[k]
            m[row][col] = ((byte >> shift) & 1) ^ flip
            k += 1
    return [bytes(r) for r in m]


def qr_matrix(text: str) -> Matrix:
    """The QR modules of ``text`` (True = dark), without the quiet zone; level Q, mask 0."""
    return [[bool(v) for v in row] for row in qr_rows(text)]


@lru_cache(maxsize=1)
def _fast_template() -> tuple[tuple[bytes, ...], tuple[tuple[int, int, int], ...]]:
    fixed, order = _template()
    rows = tuple(bytes(1 if v else 0 for v in r) for r in fixed)
    return rows, tuple((r, c, int(flip)) for r, c, flip in order)
