"""Badge codes read from camera pictures: our badges photographed in software read, nothing else
is ever accepted, and a badge held in view scans once."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
from PIL import Image

from jobfair.domain.badge_code import format_code, make_code
from jobfair.services.seekers.camera_codes import (
    Seen,
    SightingFilter,
    judge_frame,
    our_code,
    read_texts,
)
from tests.services.camera_photos import (
    badge_pictures,
    foreign_qr_frame,
    noise_frame,
    photograph,
)

SECRET = "camera-test-secret"
CODES = [make_code(SECRET, 1000 + i) for i in range(20)]


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def gray(frame: Image.Image) -> tuple[bytes, int, int]:
    return frame.tobytes(), frame.width, frame.height


@pytest.fixture(scope="module")
def badges(tmp_path_factory: pytest.TempPathFactory) -> list[Image.Image]:
    return badge_pictures(Path(tmp_path_factory.mktemp("badges")), CODES)


def test_only_our_codes_count() -> None:
    assert our_code(CODES[0]) == CODES[0]
    assert our_code(format_code(CODES[0]).lower()) == CODES[0]
    assert our_code(CODES[0][:-1] + ("2" if CODES[0][-1] != "2" else "3")) is None  # check char
    assert our_code("https://example.org/") is None
    assert our_code("") is None


def test_a_badge_in_view_scans_once_until_it_has_been_away() -> None:
    clock = FakeClock()
    sightings = SightingFilter(window=3.0, clock=clock)
    assert sightings.judge([]).seen is Seen.NOTHING
    assert sightings.judge(["https://example.org/"]).seen is Seen.FOREIGN
    first = sightings.judge([CODES[0]])
    assert (first.seen, first.code) == (Seen.NEW, CODES[0])
    for _ in range(20):  # held up for ten seconds: the window runs on while it stays in view
        clock.now += 0.5
        assert sightings.judge([CODES[0]]) == first.__class__(Seen.REPEAT, CODES[0])
    clock.now += 2.0
    assert sightings.judge([]).seen is Seen.NOTHING
    clock.now += 1.5  # away for longer than the window: the next showing is a new scan
    assert sightings.judge([CODES[0]]).seen is Seen.NEW


def test_two_badges_in_view_are_both_scanned_one_after_the_other() -> None:
    clock = FakeClock()
    sightings = SightingFilter(clock=clock)
    assert sightings.judge([CODES[0], CODES[1]]).code == CODES[0]
    clock.now += 0.1
    assert sightings.judge([CODES[0], CODES[1]]).code == CODES[1]
    clock.now += 0.1
    assert sightings.judge([CODES[0], CODES[1]]).seen is Seen.REPEAT


def test_odd_frames_are_no_codes() -> None:
    assert read_texts(b"", 0, 0) == []
    assert read_texts(b"\x00" * 10, 640, 480) == []  # fewer bytes than the size says


def test_a_frame_with_row_padding_reads(badges: list[Image.Image]) -> None:
    frame = photograph(badges[0], random.Random(1))
    data, w, h = gray(frame)
    padded = b"".join(data[y * w:(y + 1) * w] + b"\x80" * 64 for y in range(h))
    found = judge_frame(SightingFilter(), padded, w, h, stride=w + 64)
    assert (found.seen, found.code) == (Seen.NEW, CODES[0])


@pytest.mark.slow
def test_at_least_99_percent_of_200_photographed_badges_read(badges: list[Image.Image]) -> None:
    rng = random.Random(2026)
    read = 0
    for i in range(200):
        code = CODES[i % len(CODES)]
        frame = photograph(badges[i % len(CODES)], rng)
        if code in [our_code(t) for t in read_texts(*gray(frame))]:
            read += 1
    assert read >= 198


@pytest.mark.slow
def test_no_noise_or_foreign_qr_frame_is_ever_accepted() -> None:
    """400 frames here (``JOBFAIR_CAMERA_FALSE_FRAMES=10000`` for the full count)."""
    count = int(os.environ.get("JOBFAIR_CAMERA_FALSE_FRAMES", "400"))
    rng = random.Random(13)
    sightings = SightingFilter()
    foreign_seen = 0
    for i in range(count):
        frame = noise_frame(rng) if i % 2 else foreign_qr_frame(rng)
        found = judge_frame(sightings, *gray(frame))
        assert found.seen in (Seen.NOTHING, Seen.FOREIGN), found
        foreign_seen += found.seen is Seen.FOREIGN
    assert foreign_seen > count // 4  # the other QR codes were read, and refused
