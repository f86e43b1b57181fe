"""The small slips: "where to go next" (its booths have positions left when it is printed) and a
booth's queue number; read back with poppler."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Referral
from jobfair.documents.layouts import load_layout
from jobfair.documents.slips import (
    QueueSlip,
    SlipBooth,
    WhereNextSlip,
    render_queue_slip,
    render_where_next_slip,
    slip_booths,
)
from jobfair.operations.desk import DeskOperations, WhereNext
from jobfair.operations.results import Recorded
from jobfair.services.context import Actor
from jobfair.services.interviews.booth import record_interview
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import pdf_fonts, pdf_page_sizes_mm, pdf_pages, pdf_text
from tests.services.fairkit import FAIR_DAY
from tests.services.hall.test_next_booths import hall, seeker

Factory = sessionmaker[Session]

pytestmark = pytest.mark.usefixtures("poppler")


def where_next(ops: DeskOperations, seeker_id: uuid.UUID) -> WhereNext:
    result = ops.where_next(seeker_id)
    assert isinstance(result, Recorded)
    assert isinstance(result.value, WhereNext)
    return result.value


def test_slip_booths_have_positions_left_at_print_time(
    session_factory: Factory, tmp_path: Path
) -> None:
    """Between check-in and "Print where-to-go slip" a booth fills its last position: the slip,
    worked out again when printed, no longer names it."""
    fair_id, booths, openings = hall(session_factory, [
        ("A-1", "61", 1), ("A-2", "61", 2), ("A-3", "61", 2), ("A-4", "61", 2)])
    now = FAIR_DAY + timedelta(minutes=20)
    who = Actor(station_id=uuid.uuid4(), name="desk", clock=lambda: now)
    driver = seeker(session_factory, fair_id, "김운전", "61", 1)
    other = seeker(session_factory, fair_id, "박채용", "61", 2)
    ops = DeskOperations(session_factory, who, fair_id)
    first = where_next(ops, driver.id)
    assert len(first.booths) == 3 and "A-1" in [b.label for b in first.booths]
    with session_factory.begin() as s:  # A-1's only position goes to someone else
        record_interview(s, who, booths["A-1"], other.id, outcome="hired",
                         opening_id=openings["A-1"])
    again = where_next(ops, driver.id)
    labels = [b.label for b in again.booths]
    assert "A-1" not in labels and len(labels) == 3
    assert all(b.left > 0 for b in again.booths)
    slip = WhereNextSlip("행선지 박람회", again.name, again.badge_no, slip_booths(again.booths),
                         "10:20")
    assert len(slip.booths) == 3
    pdf = tmp_path / "slip.pdf"
    render_where_next_slip(slip, load_layout("single"), pdf)
    text = pdf_text(pdf)
    assert "김운전" in text
    for label in labels:
        assert f"Booth {label}" in text
    assert "Booth A-1" not in text
    assert "NanumGothic" in pdf_fonts(pdf)
    # the referrals are kept once per booth, whichever time they were named
    with session_factory() as s:
        sent = set(s.scalars(select(Referral.booth_id).where(Referral.seeker_id == driver.id)))
    assert sent == {booths[label] for label in ("A-1", "A-2", "A-3", "A-4")}


def test_slip_booths_drop_a_full_opening() -> None:
    class Wait:
        minutes = 4

    class Suggestion:
        def __init__(self, label: str, left: int) -> None:
            self.label, self.employer, self.opening_title = label, "회사", "직무"
            self.left, self.wait = left, Wait()

    kept = slip_booths([Suggestion("A-1", 0), Suggestion("A-2", 2)])
    assert kept == (SlipBooth("A-2", "회사", "직무", 2, 4),)


def test_queue_slip_names_the_number_booth_and_wait_only(tmp_path: Path) -> None:
    pdf = tmp_path / "queue.pdf"
    layout = load_layout("single")
    render_queue_slip(QueueSlip("박람회", 17, "B-2", "한빛정밀", 12, "10:31"), layout, pdf)
    text = pdf_text(pdf)
    assert pdf_pages(pdf) == 1
    assert "17" in text and "Booth B-2 · 한빛정밀" in text and "about 12 min" in text
    width, height = pdf_page_sizes_mm(pdf)[0]
    assert round(width) == round(layout.page_width_mm)
    assert round(height) == round(layout.page_height_mm)


def test_a_slip_with_no_fitting_booth_says_so(tmp_path: Path) -> None:
    pdf = tmp_path / "none.pdf"
    render_where_next_slip(WhereNextSlip("박람회", "이름", 3, (), "10:00"), load_layout("a6"), pdf)
    assert "ask at the desk" in pdf_text(pdf).replace("\n", " ")
