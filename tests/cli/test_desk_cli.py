"""``jobfair badges``, ``lookup`` and ``checkin``: a printed badge scanned back and checked in."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image

from jobfair.app import main
from jobfair.domain import badge_code


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def decoded_codes(pdf: Path, tmp_path: Path) -> list[str]:
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    page = next(tmp_path.glob("page*.png"))
    return [r.text for r in zxingcpp.read_barcodes(Image.open(page))]


def test_badges_print_scan_back_and_check_in(
    db_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["demo", "--db", db_url]) == 0
    pdf = tmp_path / "badges.pdf"
    status, out, err = run(
        capsys, "badges", "--db", db_url, "--seeker", "#1", "--seeker", "#10", "-o", str(pdf)
    )
    assert status == 0, err
    codes = decoded_codes(pdf, tmp_path)
    assert len(codes) == 2

    looked: list[dict[str, Any]] = []
    for code in codes:
        status, out, err = run(capsys, "lookup", code, "--json", "--db", db_url)
        assert status == 0, err
        looked.append(json.loads(out))
    assert sorted(d["badge_no"] for d in looked) == [1, 10]

    # badge 10 is a no-show of the demo: its first check-in counts, the second is reported
    absent = next(code for code, d in zip(codes, looked, strict=True) if d["badge_no"] == 10)
    assert next(d for d in looked if d["badge_no"] == 10)["checked_in_at"] is None
    # the demo fair is dated 2015-03-25: the check-in carries a time of that day
    on_the_day = ("--at", "2015-03-25 11:00")
    status, out, _ = run(capsys, "checkin", absent, *on_the_day, "--json", "--db", db_url)
    assert status == 0 and json.loads(out)["already"] is False
    status, out, _ = run(capsys, "checkin", badge_code.format_code(absent).lower(), "--db", db_url)
    assert status == 0 and "#10" in out
    status, out, _ = run(capsys, "checkin", absent, "--json", "--db", db_url)
    assert json.loads(out)["already"] is True
    status, out, _ = run(capsys, "stats", "--json", "--db", db_url)
    assert json.loads(out)["attendees"] == 1001

    # a reprint of the same badges is counted as such (over the same file: only with --force)
    status, out, err = run(
        capsys, "badges", "--lang", "en", "--db", db_url, "--seeker", "#1", "-o", str(pdf)
    )
    assert status != 0 and "--force" in err
    status, out, _ = run(
        capsys, "badges", "--lang", "en", "--db", db_url, "--seeker", "#1", "-o", str(pdf),
        "--force",
    )
    assert status == 0 and "(1 reprints)" in out


@pytest.mark.parametrize(
    "text",
    ["HELLO", "ABCDEFGHJKLMNPQ", badge_code.make_code("another installation", 42)],
)
def test_refused_codes_exit_non_zero_with_one_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    assert main(["demo", "--db", sqlite_url]) == 0
    capsys.readouterr()
    status, out, err = run(capsys, "lookup", text, "--db", sqlite_url)
    assert status != 0
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
