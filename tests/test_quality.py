"""Static checks as part of the normal test run: ruff, mypy and the import-linter layers.

Marked ``quality`` (mypy takes several seconds); deselect with ``-m "not quality"`` while iterating,
but CI and ``uv run pytest`` run them. The tools are taken from the same virtual environment as
the running interpreter, so the versions pinned in pyproject.toml are the ones that judge.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.quality

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(tool: str, *args: str) -> None:
    executable = BIN / tool
    if not executable.exists():
        pytest.fail(f"{tool} is not installed in {BIN}; run 'uv sync' (it is a dev dependency)")
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(
        [str(executable), *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=240
    )
    output = (proc.stdout + proc.stderr).strip()
    assert proc.returncode == 0, f"{tool} {' '.join(args)} failed ({proc.returncode}):\n{output}"


def test_ruff() -> None:
    _run("ruff", "check", "--no-cache", "jobfair", "tests", "bench")


def test_mypy() -> None:
    _run("mypy")  # packages and options from [tool.mypy] in pyproject.toml


def test_import_layers() -> None:
    _run("lint-imports", "--no-cache")
