"""The badge code: round trips, and every way a wrong code must be refused."""

from __future__ import annotations

import random

import pytest

from jobfair.domain import badge_code as bc
from jobfair.domain.badge_code import (
    ALPHABET,
    CODE_LENGTH,
    MAX_TOKEN_ID,
    BadgeCodeError,
    ForeignBadgeCodeError,
    MistypedBadgeCodeError,
    NotABadgeCodeError,
    format_code,
    looks_like_code,
    make_code,
    new_secret,
    parse_code,
)
from jobfair.domain.errors import ValidationError

SECRET = "a3f1c0de" * 8
OTHER_SECRET = "0badc0de" * 8
TOKENS = [0, 1, 2, 41, 1000, 123_456_789, MAX_TOKEN_ID - 1, MAX_TOKEN_ID]


@pytest.mark.parametrize("token_id", TOKENS)
def test_round_trip(token_id: int) -> None:
    code = make_code(SECRET, token_id)
    assert len(code) == CODE_LENGTH
    assert set(code) <= set(ALPHABET)
    assert parse_code(SECRET, code) == token_id


def test_many_random_tokens_round_trip_and_are_unique() -> None:
    rng = random.Random(7)
    tokens = [rng.getrandbits(40) for _ in range(2000)]
    codes = [make_code(SECRET, t) for t in tokens]
    assert len(set(codes)) == len(set(tokens))
    assert [parse_code(SECRET, c) for c in codes] == tokens


def test_alphabet_avoids_confusable_characters() -> None:
    for bad in "01OIYZ":
        assert bad not in ALPHABET
    assert len(set(ALPHABET)) == len(ALPHABET) == 29
    # Every character is in QR's alphanumeric mode, which keeps the symbol small.
    assert set(ALPHABET) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def test_secret_accepts_bytes_and_text_alike() -> None:
    assert make_code(SECRET.encode(), 77) == make_code(SECRET, 77)
    assert parse_code(SECRET.encode(), make_code(SECRET, 77)) == 77


def test_new_secret_is_random_text() -> None:
    a, b = new_secret(), new_secret()
    assert a != b and len(a) >= 32 and isinstance(a, str)


def test_out_of_range_token_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        make_code(SECRET, -1)
    with pytest.raises(ValueError):
        make_code(SECRET, MAX_TOKEN_ID + 1)
    with pytest.raises(ValueError):
        make_code("", 1)


def test_parsing_forgives_case_spaces_and_dashes() -> None:
    code = make_code(SECRET, 4242)
    for variant in (
        format_code(code),
        code.lower(),
        " " + format_code(code).lower() + "\n",
        " ".join(code[i : i + 4] for i in range(0, CODE_LENGTH, 4)),
        "".join(chr(ord(c) + 0xFEE0) for c in code),  # full-width, as some IMEs type
    ):
        assert parse_code(SECRET, variant) == 4242, variant


def test_format_groups_of_five() -> None:
    code = make_code(SECRET, 9)
    shown = format_code(code)
    assert shown.split("-") == [code[0:5], code[5:10], code[10:15]]


def test_text_typed_in_hangul_mode_is_recovered() -> None:
    """A wedge scanner on a PC left in Hangul mode types jamo composed into syllables."""
    # The shifted jamo, as a scanner types upper-case letters with Shift held.
    keys = "QWERTYUIOPASDFGHJKLZXCVBNM"
    jamo = "ㅃㅉㄸㄲㅆㅛㅕㅑㅒㅖㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ"
    dubeolsik = dict(zip(keys, jamo, strict=True))
    for token in (5, 777, 98765, MAX_TOKEN_ID):
        code = make_code(SECRET, token)
        typed = _compose("".join(dubeolsik.get(c, c) for c in code))
        assert parse_code(SECRET, typed) == token, (code, typed)
    # A hand-checked syllable: R K R (shifted) makes 깎.
    assert bc.normalize("깎") == "RKR"
    assert bc.normalize("ㅘ") == "HK"


def test_every_single_substitution_is_caught_as_mistyped() -> None:
    for token in (0, 31337, MAX_TOKEN_ID):
        code = make_code(SECRET, token)
        for i, original in enumerate(code):
            for other in ALPHABET:
                if other == original:
                    continue
                wrong = code[:i] + other + code[i + 1 :]
                with pytest.raises(MistypedBadgeCodeError):
                    parse_code(SECRET, wrong)


def test_every_transposition_is_caught() -> None:
    """Adjacent swaps, and swaps further apart, all fail the check (29 is prime)."""
    caught = tried = 0
    rng = random.Random(1)
    for _ in range(200):
        code = make_code(SECRET, rng.getrandbits(40))
        for i in range(CODE_LENGTH):
            for j in range(i + 1, CODE_LENGTH):
                if code[i] == code[j]:
                    continue
                swapped = list(code)
                swapped[i], swapped[j] = swapped[j], swapped[i]
                tried += 1
                with pytest.raises(MistypedBadgeCodeError):
                    parse_code(SECRET, "".join(swapped))
                caught += 1
    assert tried > 10_000 and caught == tried


def test_codes_from_another_installation_are_refused() -> None:
    rng = random.Random(2)
    for _ in range(500):
        code = make_code(OTHER_SECRET, rng.getrandbits(40))
        assert looks_like_code(code)  # well formed, the check character is right ...
        with pytest.raises(ForeignBadgeCodeError):  # ... but not signed by us
            parse_code(SECRET, code)


def test_tampered_code_with_a_fixed_check_character_is_refused() -> None:
    """Someone who knows the check rule changes the token id and recomputes the check."""
    code = make_code(SECRET, 1000)
    payload = code[:-1]
    last = ALPHABET[(ALPHABET.index(payload[-1]) + 1) % len(ALPHABET)]
    forged_payload = payload[:-1] + last
    forged = forged_payload + bc.check_character(forged_payload)
    assert looks_like_code(forged)
    with pytest.raises(ForeignBadgeCodeError):
        parse_code(SECRET, forged)


def test_payload_beyond_the_range_is_refused() -> None:
    payload = ALPHABET[-1] * (CODE_LENGTH - 1)
    with pytest.raises(ForeignBadgeCodeError):
        parse_code(SECRET, payload + bc.check_character(payload))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hello",
        "홍길동",
        "010-1234-5678",
        "https://example.org/badge/ABCDE",
        "ABCDEFGHJKLMNP",  # one short
        "ABCDEFGHJKLMNPQR",  # one long
        "0BCDEFGHJKLMNPQ",  # a zero
        "IBCDEFGHJKLMNPQ",  # an I
        "YBCDEFGHJKLMNPQ",  # a Y
        "ABCDE.FGHJK.LMNPQ",
        "x" * 500,
    ],
)
def test_not_a_code(text: str) -> None:
    with pytest.raises(NotABadgeCodeError) as info:
        parse_code(SECRET, text)
    assert info.value.field == "code"
    assert isinstance(info.value, ValidationError)
    assert len(str(info.value)) < 200  # long input is shortened in the message


def test_random_text_of_the_right_shape_is_refused() -> None:
    rng = random.Random(3)
    mistyped = foreign = 0
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(CODE_LENGTH))
        try:
            parse_code(SECRET, text)
        except MistypedBadgeCodeError:
            mistyped += 1
        except ForeignBadgeCodeError:
            foreign += 1
    assert mistyped + foreign == 3000
    assert foreign < 3000 / 29 * 2  # about one in 29 passes the check, none the HMAC


def test_messages_say_what_is_wrong() -> None:
    code = make_code(SECRET, 12)
    cases = {
        "abc": "not a badge code",
        _swap_first_pair(code): "mistyped",
        make_code(OTHER_SECRET, 12): "another installation",
    }
    for text, phrase in cases.items():
        with pytest.raises(BadgeCodeError) as info:
            parse_code(SECRET, text)
        assert phrase in str(info.value)
        assert info.value.template.startswith("“{value}”") or "{value}" in info.value.template


def test_looks_like_code() -> None:
    code = make_code(SECRET, 3)
    assert looks_like_code(code) and looks_like_code(format_code(code).lower())
    assert not looks_like_code(code[:-1])
    assert not looks_like_code(_swap_first_pair(code))
    assert not looks_like_code("김철수")


def _swap_first_pair(code: str) -> str:
    """``code`` with the first two neighbouring characters that differ swapped."""
    i = next(i for i in range(len(code) - 1) if code[i] != code[i + 1])
    return code[:i] + code[i + 1] + code[i] + code[i + 2 :]


def _compose(jamo: str) -> str:
    """Compose compatibility jamo into syllables the simple way a Dubeolsik IME does."""
    initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
    medials = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
    finals = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
    out: list[str] = []
    i = 0
    while i < len(jamo):
        c = jamo[i]
        nxt = jamo[i + 1] if i + 1 < len(jamo) else ""
        if c in initials and nxt in medials:
            syllable = 0xAC00 + (initials.index(c) * 21 + medials.index(nxt)) * 28
            i += 2
            after = jamo[i + 1] if i + 1 < len(jamo) else ""
            if i < len(jamo) and jamo[i] in finals.strip() and after not in medials:
                syllable += finals.index(jamo[i])
                i += 1
            out.append(chr(syllable))
        else:
            out.append(c)
            i += 1
    return "".join(out)
