"""The badge code: the one place that makes and reads the text in a badge's QR code.

A code is 15 characters, printed as three groups of five (``K7QF4-M2XRA-9TB3C``), carrying
no personal data: a 40-bit token id, 28 bits of an HMAC-SHA256 over it keyed with the
installation's secret, and a check character.

- The alphabet has 29 characters: digits and upper-case letters without 0/O, 1/I (eyes),
  Y/Z (swapped on German keyboards, so a keyboard-wedge scanner set up for the wrong layout
  still types them right) and V (read as U in handwriting). Every character is in QR's
  alphanumeric mode, so the 15 characters fit a version-1 symbol even at level Q.
- The check character makes the weighted sum of all values, position ``i`` weighted ``i + 1``,
  zero modulo 29. Because 29 is prime and the weights differ, every single wrong character
  and every swap of two characters (next to each other or not) is caught before the HMAC.
- The HMAC says the code comes from this installation: a code from another database's
  secret, or one edited by hand, is refused (a random guess passes one time in 2**28).
- The MAC bits come first, so codes of consecutive token ids do not look alike.

Parsing forgives what people and scanners do: lower case, spaces, dashes, full-width
characters, and text typed while a Korean input method was in Hangul mode (a scanner's
``R`` arrives as ``ㄱ``; the keystrokes are recovered from the Hangul).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata

from jobfair.domain.errors import ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUWX"
BASE = len(ALPHABET)  # 29, a prime: see the check character above
_VALUE = {c: i for i, c in enumerate(ALPHABET)}

TOKEN_ID_BITS = 40
MAX_TOKEN_ID = (1 << TOKEN_ID_BITS) - 1
MAC_BITS = 28
PAYLOAD_LENGTH = 14  # 29**14 > 2**68 = 2**(TOKEN_ID_BITS + MAC_BITS)
CODE_LENGTH = PAYLOAD_LENGTH + 1
GROUP = 5
_PAYLOAD_LIMIT = 1 << (TOKEN_ID_BITS + MAC_BITS)
_DOMAIN = b"jobfair/badge/v1:"

SECRET_SETTING_KEY = "badge_secret"
"""The key under which a service stores the secret in the ``setting`` table."""

Secret = str | bytes


class BadgeCodeError(ValidationError):
    """A scanned or typed text that is not a valid badge code of this installation."""

    def __init__(self, template: str, value: str) -> None:
        shown = value if len(value) <= 40 else value[:37] + "..."
        super().__init__(template, field="code", value=shown)


class NotABadgeCodeError(BadgeCodeError):
    """Wrong length or characters: not a badge code at all (another barcode, random text)."""


class MistypedBadgeCodeError(BadgeCodeError):
    """The check character does not match: a character was mistyped or two were swapped."""


class ForeignBadgeCodeError(BadgeCodeError):
    """A well-formed code whose signature fails: another installation's badge, or edited."""


_NOT_A_CODE = QT_TRANSLATE_NOOP(
    "errors",
    "“{value}” is not a badge code. A badge code has 15 letters and digits, "
    "such as K7QF4-M2XRA-9TB3C.",
)
_MISTYPED = QT_TRANSLATE_NOOP(
    "errors",
    "The badge code “{value}” is mistyped: a character is wrong or two are swapped. "
    "Check it against the badge, or scan it.",
)
_FOREIGN = QT_TRANSLATE_NOOP(
    "errors",
    "The badge code “{value}” was not issued by this fair's database: it comes from another "
    "installation or was altered. Print a new badge for this person.",
)


def new_secret() -> str:
    """A fresh signing secret (256 random bits as text), made once with the database."""
    return secrets.token_hex(32)


def random_token_id() -> int:
    """A random token id, for services that do not number badges sequentially."""
    return secrets.randbits(TOKEN_ID_BITS)


def _key(secret: Secret) -> bytes:
    key = secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
    if not key:
        raise ValueError("the badge secret is empty")
    return key


def _mac(key: bytes, token_id: int) -> int:
    digest = hmac.new(key, _DOMAIN + token_id.to_bytes(5, "big"), hashlib.sha256).digest()
    return int.from_bytes(digest[:4], "big") >> (32 - MAC_BITS)


def check_character(payload: str) -> str:
    """The character that makes the weighted sum of ``payload`` + it zero modulo 29."""
    total = sum((i + 1) * _VALUE[c] for i, c in enumerate(payload))
    weight = len(payload) + 1
    # weight * x == -total (mod 29); 29 is prime, so the inverse exists (weight < 29).
    return ALPHABET[(-total * pow(weight, -1, BASE)) % BASE]


def _check_ok(code: str) -> bool:
    return sum((i + 1) * _VALUE[c] for i, c in enumerate(code)) % BASE == 0


def make_code(secret: Secret, token_id: int) -> str:
    """The plain 15-character code for ``token_id`` (what the QR code holds)."""
    if not 0 <= token_id <= MAX_TOKEN_ID:
        raise ValueError(f"token id out of range 0..2**{TOKEN_ID_BITS}-1: {token_id}")
    value = (_mac(_key(secret), token_id) << TOKEN_ID_BITS) | token_id
    chars = []
    for _ in range(PAYLOAD_LENGTH):
        value, digit = divmod(value, BASE)
        chars.append(ALPHABET[digit])
    payload = "".join(reversed(chars))
    return payload + check_character(payload)


def format_code(code: str) -> str:
    """The code in groups of five for people to read: ``K7QF4-M2XRA-9TB3C``."""
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def normalize(text: str) -> str:
    """Upper case without spaces and dashes, Hangul-mode keystrokes turned back into letters."""
    # Hangul first: NFKC would turn the compatibility jamo an input method types into others.
    text = unicodedata.normalize("NFC", text)
    if any("\u3131" <= ch <= "\ud7a3" for ch in text):
        text = _hangul_to_keys(text)
    text = unicodedata.normalize("NFKC", text)
    out: list[str] = []
    for ch in text:
        if ch in " -_\t\r\n\u00a0\u2010\u2011\u2012\u2013\u2014\u2212":
            continue
        out.append(ch.upper())
    return "".join(out)


def looks_like_code(text: str) -> bool:
    """Whether ``text`` has the shape of a badge code (length and characters), check included.

    Cheap and keyless: a scan detector can use it to tell a code from a name typed in a field.
    """
    code = normalize(text)
    return len(code) == CODE_LENGTH and all(c in _VALUE for c in code) and _check_ok(code)


def not_issued(code: str) -> ForeignBadgeCodeError:
    """The refusal of a well-formed code this fair's database did not issue (its signature
    fails online; a station's offline copy does not know it)."""
    return ForeignBadgeCodeError(_FOREIGN, format_code(normalize(code)))


def _payload_value(code: str) -> int:
    value = 0
    for c in code[:PAYLOAD_LENGTH]:
        value = value * BASE + _VALUE[c]
    return value


def read_code(text: str) -> str:
    """The plain 15-character code in a scanned or typed text, checked as far as it can be
    without the secret (length, characters, check character, range), or a ``BadgeCodeError``.

    Whether the fair issued it is the signature's say on the server (``parse_code``) and the
    offline copy's list of issued codes on a station (``outbox_snapshot``).
    """
    code = normalize(text)
    if len(code) != CODE_LENGTH or any(c not in _VALUE for c in code):
        raise NotABadgeCodeError(_NOT_A_CODE, text.strip())
    if not _check_ok(code):
        raise MistypedBadgeCodeError(_MISTYPED, format_code(code))
    if _payload_value(code) >= _PAYLOAD_LIMIT:
        raise not_issued(code)
    return code


def parse_code(secret: Secret, text: str) -> int:
    """The token id in a scanned or typed code, or a ``BadgeCodeError`` saying why not."""
    code = read_code(text)
    value = _payload_value(code)
    token_id = value & MAX_TOKEN_ID
    if not hmac.compare_digest(
        (value >> TOKEN_ID_BITS).to_bytes(4, "big"),
        _mac(_key(secret), token_id).to_bytes(4, "big"),
    ):
        raise not_issued(code)
    return token_id


# --- Text typed by a scanner while a Korean input method was in Hangul mode ----------------
# Dubeolsik (두벌식), the standard Korean layout: each key gives a jamo, and the input method
# composes jamo into syllables. Shifted keys (ㄲ ㄸ ㅃ ㅆ ㅉ ㅒ ㅖ) map to the same letter, since
# codes are case-free.
_KEY_OF_JAMO = {
    "ㅂ": "Q", "ㅈ": "W", "ㄷ": "E", "ㄱ": "R", "ㅅ": "T", "ㅛ": "Y", "ㅕ": "U", "ㅑ": "I",
    "ㅐ": "O", "ㅔ": "P", "ㅁ": "A", "ㄴ": "S", "ㅇ": "D", "ㄹ": "F", "ㅎ": "G", "ㅗ": "H",
    "ㅓ": "J", "ㅏ": "K", "ㅣ": "L", "ㅋ": "Z", "ㅌ": "X", "ㅊ": "C", "ㅍ": "V", "ㅠ": "B",
    "ㅜ": "N", "ㅡ": "M", "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O",
    "ㅖ": "P",
    # Jamo the input method composes from two keys.
    "ㅘ": "HK", "ㅙ": "HO", "ㅚ": "HL", "ㅝ": "NJ", "ㅞ": "NP", "ㅟ": "NL", "ㅢ": "ML",
    "ㄳ": "RT", "ㄵ": "SW", "ㄶ": "SG", "ㄺ": "FR", "ㄻ": "FA", "ㄼ": "FQ", "ㄽ": "FT",
    "ㄾ": "FX", "ㄿ": "FV", "ㅀ": "FG", "ㅄ": "QT",
}  # fmt: skip
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def _hangul_to_keys(text: str) -> str:
    """The Latin keys that typed ``text`` on a Dubeolsik keyboard (other characters kept)."""
    out: list[str] = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            initial, rest = divmod(code, 588)
            medial, final = divmod(rest, 28)
            jamo = _INITIALS[initial] + _MEDIALS[medial] + (_FINALS[final] if final else "")
            out.extend(_KEY_OF_JAMO[j] for j in jamo)
        else:
            out.append(_KEY_OF_JAMO.get(ch, ch))
    return "".join(out)
