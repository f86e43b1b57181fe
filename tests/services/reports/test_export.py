"""The fair's tables for the workbook: every record, within what each seeker consented to."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import CheckIn, Interview, Seeker
from jobfair.domain.errors import ValidationError
from jobfair.services.context import Actor
from jobfair.services.reports.export import TABLE_KEYS, export_table, export_tables
from tests.services.reports.test_analytics import build


def by_name(table: object, rows: list[tuple[object, ...]], name: str) -> tuple[object, ...]:
    return next(r for r in rows if r[1] == name)


def test_every_table_has_every_record(session_factory: sessionmaker[Session]) -> None:
    fair, _ = build(session_factory)
    with session_factory() as s:
        tables = export_tables(s, fair.fair_id, actor=Actor())
        counts = {
            "seekers": s.scalar(select(func.count()).select_from(Seeker)),
            "checkins": s.scalar(select(func.count()).select_from(CheckIn)),
            "interviews": s.scalar(select(func.count()).select_from(Interview)),
        }
    assert [t.key for t in tables] == list(TABLE_KEYS)
    rows = {t.key: t.rows for t in tables}
    assert len(rows["seekers"]) == counts["seekers"] == 5
    assert len(rows["checkins"]) == counts["checkins"] == 4
    assert len(rows["interviews"]) == counts["interviews"] == 5  # the undone one, marked
    assert len(rows["employers"]) == 2 and len(rows["openings"]) == 3
    for t in tables:
        assert all(len(r) == len(t.headers) for r in t.rows), t.key
    voided = [r for r in rows["interviews"] if r[-1] is not None]
    assert len(voided) == 1 and voided[0][6] == "Hired on the spot"
    summary = {r[0]: r[1] for r in rows["summary"]}
    assert summary["Hired on the spot"] == 1
    assert summary["Hire rate (of positions sought)"] == pytest.approx(0.167)
    employer = rows["employers"][0]
    assert employer[:3] == ("A-1", "(주)양주섬유", "220-81-62517")
    opening = next(r for r in rows["openings"] if r[2] == "봉제원")
    assert opening[5:7] == (2, 1)  # sought, hired on the spot


def test_seekers_only_as_far_as_consent_allows(session_factory: sessionmaker[Session]) -> None:
    fair, ids = build(session_factory)
    with session_factory() as s:
        table = export_table(s, "seekers", fair.fair_id, actor=Actor())
    headers = table.headers
    phone = headers.index("Phone (provision consented)")
    groups = headers.index("Target groups")
    checked_in = headers.index("Checked in")
    rows = {r[1]: r for r in table.rows}
    assert rows["김민준"][phone] == "010-1234-5678"  # consented to provision
    assert rows["이서연"][phone] == ""  # did not
    assert all("01012345678" not in str(v) for r in table.rows for v in r if r[1] != "김민준")
    assert "Person with a disability" in rows["박지호"][groups]
    assert "Senior (60+)" in rows["박지호"][groups]
    assert rows["김민준"][checked_in] == datetime(2015, 3, 25, 9, 40)  # Seoul wall clock
    assert rows["최유나"][checked_in] is None

    with session_factory.begin() as s:
        s.execute(update(Seeker).where(Seeker.id == ids[2]).values(consent_sensitive=False))
    with session_factory() as s:
        table = export_table(s, "seekers", fair.fair_id, actor=Actor())
    assert "disability" not in str(table.rows).lower()
    assert "Person with a disability" not in str(table.rows)


def test_headers_go_through_the_translator(session_factory: sessionmaker[Session]) -> None:
    fair, _ = build(session_factory)
    words = {"Check-ins": "접수", "Checked in": "접수 시각", "Name": "이름"}
    with session_factory() as s:
        table = export_table(
            s, "checkins", fair.fair_id, lambda c, t: words.get(t, t), actor=Actor()
        )
    assert table.title == "접수"
    assert table.headers[:3] == ("접수 시각", "Badge no.", "이름")
    assert [r[0] for r in table.rows] == sorted(r[0] for r in table.rows)


def test_unknown_table(session_factory: sessionmaker[Session]) -> None:
    fair, _ = build(session_factory)
    with session_factory() as s, pytest.raises(ValidationError) as caught:
        export_table(s, "salaries", fair.fair_id, actor=Actor())
    assert caught.value.field == "table"
