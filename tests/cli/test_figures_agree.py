"""One number, one value: the summary PDF's figures, read back, equal ``jobfair stats --json``
on a fair where the rounding matters, and the per-employer table's total equals the headline.

The fair: 3 employers seeking 16, 8 and 8 people (32); 16 attendees; 5 interviewed; 1 hire at
the first employer (1 of 16: 6.25 %), 1 at the second (1 of 8: 12.5 %), none at the third, so
2 of 32 = 6.25 % (a float round() makes that 6.2; the centres' rounding 6.3), 5 of 16
interviewed = 31.25 %. A rehearsal the day before (a check-in and a hire) counts nowhere.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from jobfair.app import main
from jobfair.db.engine import make_engine, make_session_factory
from jobfair.domain.metrics import COUNT_LABELS, Figures
from jobfair.services.checkins.service import check_in
from jobfair.services.context import Actor
from jobfair.services.interviews.service import log_interview
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    OpeningInput,
    add_booth,
    add_employer,
    add_opening,
    create_fair,
)
from tests.services.fairkit import BIZNO_A, BIZNO_B, BIZNO_C, FAIR_DAY, ticking_clock

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")
DAY_BEFORE = datetime(2015, 3, 24, 5, 0, tzinfo=UTC)


def build_fair(url: str) -> int:
    engine = make_engine(url)
    try:
        factory = make_session_factory(engine)
        who = Actor(name="setup", clock=ticking_clock(FAIR_DAY))
        rehearsal = Actor(name="rehearsal", clock=ticking_clock(DAY_BEFORE))
        with factory.begin() as s:
            fair = create_fair(s, who, FairInput("반올림 박람회", date(2015, 3, 25)))
            booths, openings = [], []
            for i, (bizno, positions) in enumerate(((BIZNO_A, 16), (BIZNO_B, 8), (BIZNO_C, 8))):
                employer = add_employer(s, who, fair.id, EmployerInput(f"업체{i + 1}", bizno, "C"))
                booths.append(add_booth(s, who, fair.id, employer.id, f"A-{i + 1}").id)
                openings.append(add_opening(s, who, fair.id, employer.id,
                                            OpeningInput("생산직", positions, "8")).id)
            people = [
                register_seeker(s, who, fair.id, SeekerInput(
                    name=f"구직자{i:02d}", birth_year=1980 + i, phone=f"010-5555-{i:04d}",
                    consent=Consent(collection=True)))
                for i in range(18)
            ]
            for p in people[:16]:
                check_in(s, who, p.id)
            log_interview(s, who, seeker_id=people[0].id, booth_id=booths[0],
                          opening_id=openings[0], outcome="hired")
            log_interview(s, who, seeker_id=people[1].id, booth_id=booths[1],
                          opening_id=openings[1], outcome="hired")
            for p, outcome in zip(people[2:5], ("second", "pending", "rejected"), strict=True):
                log_interview(s, who, seeker_id=p.id, booth_id=booths[2], outcome=outcome)
            log_interview(s, who, seeker_id=people[0].id, booth_id=booths[2])  # undecided
            # the day before: scanners tried with the real fair
            log_interview(s, rehearsal, seeker_id=people[17].id, booth_id=booths[0],
                          opening_id=openings[0], outcome="hired")
            return fair.id
    finally:
        engine.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    status = main([*argv, "--lang", "en"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return captured.out


def number(text: str) -> int:
    return int(text.replace(",", ""))


@needs_poppler
def test_the_report_reads_the_same_figures_as_stats(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.documents.pdf_tools import pdf_text

    fair_id = build_fair(db_url)
    stats: dict[str, Any] = json.loads(run(capsys, "stats", "--fair", str(fair_id), "--json",
                                           "--db", db_url))
    assert (stats["positions"], stats["attendees"], stats["interviewees"], stats["hires"]) == (
        32, 16, 5, 2)
    assert (stats["hire_rate"], stats["interview_rate"], stats["attendee_hire_rate"],
            stats["interview_hire_rate"]) == (6.3, 31.3, 12.5, 40.0)
    assert stats["rehearsal_records"] == 2

    pdf = tmp_path / "summary.pdf"
    run(capsys, "report", "--fair", str(fair_id), "--db", db_url, "-o", str(pdf))
    text = re.sub(r"\s+", " ", pdf_text(pdf))

    headline = re.search(
        r"(\d+) employers took part; ([\d,]+) job seekers attended; ([\d,]+) were interviewed; "
        r"of ([\d,]+) positions sought, ([\d,]+) were filled on the spot \(hire rate ([\d.]+)%\)",
        text,
    )
    assert headline is not None, text
    assert [number(g) for g in headline.groups()[:5]] == [
        stats[k] for k in ("employers", "attendees", "interviewees", "positions", "hires")]
    assert float(headline[6]) == stats["hire_rate"]

    for key, label in COUNT_LABELS.items():  # the counts table, as many as it shows
        found = re.search(re.escape(label) + r" ([\d,]+)\b", text)
        if found is not None and key not in ("pre_registered", "walk_ins"):
            assert number(found[1]) == stats[key], key
    for ratio in Figures(**{k: stats[k] for k in Figures.__dataclass_fields__}).ratios():
        shown = re.search(re.escape(ratio.label) + r" .*?([\d.]+)%", text)
        assert shown is not None, ratio.label
        assert float(shown[1]) == stats[ratio.key], ratio.key

    # the per-employer table's total row (the layout keeps a table row on one line)
    layout = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
                            check=True, capture_output=True, text=True).stdout
    total = re.search(r"^\s*Total\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)\s+([\d,]+)\s+"
                      r"([\d.]+)%", layout, re.MULTILINE)
    assert total is not None, layout
    assert number(total[1]) == stats["positions"] and number(total[3]) == stats["hires"]
    assert float(total[6]) == float(headline[6]) == 6.3
    for fill in ("6.3%", "12.5%", "0.0%"):  # 1 of 16, 1 of 8, 0 of 8
        assert fill in text
