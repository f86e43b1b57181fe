"""What a person sees in a terminal: aligned Korean columns, no traceback on a closed pipe."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from jobfair.app import main
from jobfair.cli.base import display_width


def test_korean_labels_line_up(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--db", sqlite_url]) == 0
    capsys.readouterr()
    assert main(["stats", "--db", sqlite_url]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines()[1:] if ":" not in line]
    assert any("참여기업" in line for line in lines)
    # every count ends in the same terminal column, whatever the label's script
    assert len({display_width(line) for line in lines}) == 1


def test_a_reader_that_stops_early_gets_no_traceback(sqlite_url: str) -> None:
    assert main(["demo", "--db", sqlite_url]) == 0
    env = {**os.environ, "JOBFAIR_LANG": "ko"}
    command = f'"{sys.executable}" -m jobfair booths --db "{sqlite_url}" | head -n 1'
    result = subprocess.run(
        ["sh", "-c", command],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.stdout.startswith("A01")
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr
