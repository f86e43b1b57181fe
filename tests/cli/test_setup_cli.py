"""``jobfair import employers``: a bad business number refused, a dry run, then the import."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from jobfair.app import main
from jobfair.services.context import Actor
from jobfair.services.setup.fairs import FairInput, create_fair
from jobfair.services.setup.service import list_employer_details
from tests.services.fairkit import actor
from tests.services.setup.test_setup import rows, write_csv


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().out


def test_employers_are_imported_from_the_command_line(
    db_url: str, session_factory: sessionmaker[Session], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with session_factory.begin() as s:
        fair_id = create_fair(s, actor(), FairInput("2016 양주 채용박람회", date(2016, 4, 6))).id
    bad = write_csv(tmp_path / "bad.csv", rows(bad_number=True))
    status, out = run(capsys, "import", "employers", str(bad), "--db", db_url, "--json")
    assert status == 1
    assert [(e["row"], e["field"]) for e in json.loads(out)["errors"]] == [(5, "business_no")]
    good = write_csv(tmp_path / "good.csv", rows())
    status, out = run(capsys, "import", "employers", str(good), "--db", db_url, "--dry-run",
                      "--fair", str(fair_id))
    assert status == 0 and "3" in out
    with session_factory() as s:
        assert list_employer_details(s, fair_id, actor=Actor()) == []
    status, out = run(capsys, "import", "employers", str(good), "--db", db_url, "--json")
    assert status == 0
    assert json.loads(out)["imported"] == 3
    with session_factory() as s:
        assert len(list_employer_details(s, fair_id, actor=Actor())) == 3
