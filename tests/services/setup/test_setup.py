"""Editing a fair's setup: updates audited with before and after, deletes refused once there are
interviews, copying from an earlier fair, and the employer import (all or nothing)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import AuditEvent, Booth, Employer, Fair, Opening
from jobfair.domain import bizno
from jobfair.domain.errors import ConflictError, ValidationError
from jobfair.services.context import Actor
from jobfair.services.importing.employers import (
    import_employers,
    inspect_employer_file,
    parse_employment_type,
    parse_ksic,
)
from jobfair.services.interviews.evaluations import employer_tags, set_employer_tags
from jobfair.services.interviews.service import log_interview
from jobfair.services.setup.fairs import (
    EmployerInput,
    FairInput,
    OpeningInput,
    add_employer,
    create_fair,
    get_fair,
)
from jobfair.services.setup.service import (
    copy_from_fair,
    delete_booth,
    delete_employer,
    delete_fair,
    delete_opening,
    list_booth_details,
    list_employer_details,
    place_booth,
    total_positions,
    update_booth,
    update_employer,
    update_fair,
    update_opening,
)
from tests.services.fairkit import BIZNO_A, BIZNO_C, actor, register, small_fair


def valid_bizno(first_nine: str) -> str:
    return first_nine + str(bizno.check_digit(first_nine))


def count(factory: sessionmaker[Session], model: type, **where: object) -> int:
    with factory() as s:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return s.scalar(query) or 0


def last_audit(factory: sessionmaker[Session], entity: str, action: str) -> AuditEvent:
    with factory() as s:
        event = s.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == entity, AuditEvent.action == action)
            .order_by(AuditEvent.at.desc())
        ).first()
        assert event is not None
        s.expunge(event)
        return event


def test_a_fair_is_updated_with_its_before_and_after_in_the_audit(
    session_factory: sessionmaker[Session],
) -> None:
    ids = small_fair(session_factory)
    data = FairInput("2016 양주 채용박람회", date(2016, 4, 6), venue="양주시청 대강당",
                     hosts="양주시 · 동두천시", organizer="양주시일자리센터",
                     opens_at=time(9, 30), closes_at=time(15, 0), retention_days=180)
    with session_factory.begin() as s:
        update_fair(s, actor(), ids.fair_id, data)
    with session_factory() as s:
        fair = get_fair(s, ids.fair_id)
    assert (fair.name, fair.venue, fair.opens_at, fair.retention_days) == (
        "2016 양주 채용박람회", "양주시청 대강당", time(9, 30), 180)
    event = last_audit(session_factory, "fair", "update")
    assert event.before is not None and event.after is not None
    assert event.before["name"] == "2015 양주 일자리사랑 채용박람회"
    assert event.after["venue"] == "양주시청 대강당"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"name": " "}, "name"),
        ({"closes_at": time(9, 0)}, "closes_at"),
        ({"timezone": "Mars/Olympus"}, "timezone"),
        ({"retention_days": 0}, "retention_days"),
    ],
)
def test_a_bad_fair_is_refused_naming_the_field(
    session_factory: sessionmaker[Session], change: dict[str, object], field: str
) -> None:
    ids = small_fair(session_factory)
    values: dict[str, object] = {"name": "박람회", "date": date(2016, 4, 6)} | change
    with pytest.raises(ValidationError) as caught, session_factory.begin() as s:
        update_fair(s, actor(), ids.fair_id, FairInput(**values))  # type: ignore[arg-type]
    assert caught.value.field == field


def test_an_employer_is_edited_and_keeps_its_business_number_unique(
    session_factory: sessionmaker[Session],
) -> None:
    ids = small_fair(session_factory)
    with session_factory.begin() as s:
        update_employer(s, actor(), ids.employer_a, EmployerInput(
            "(주)양주섬유산업", BIZNO_C, "c", contact_name="김담당", contact_phone="031-840-1234"))
    with session_factory() as s:
        details = list_employer_details(s, ids.fair_id, actor=Actor())
        a = next(e for e in details if e.id == ids.employer_a)
    assert (a.name, a.business_no, a.ksic_section, a.contact_name) == (
        "(주)양주섬유산업", "1234567891", "C", "김담당")
    assert (a.openings, a.positions, a.booths) == (1, 2, "A-1")
    event = last_audit(session_factory, "employer", "update")
    assert event.before and event.before["business_no"] == "2208162517"
    assert event.after and event.after["business_no"] == "1234567891"
    # B may not take A's number
    with pytest.raises(ValidationError) as caught, session_factory.begin() as s:
        update_employer(s, actor(), ids.employer_b, EmployerInput("동두천물류", BIZNO_C, "H"))
    assert caught.value.field == "business_no"


def test_deleting_is_refused_once_there_are_interviews(
    session_factory: sessionmaker[Session],
) -> None:
    ids = small_fair(session_factory)
    seeker = register(session_factory, ids.fair_id)
    with session_factory.begin() as s:
        log_interview(s, actor(), seeker_id=seeker.id, booth_id=ids.booth_a,
                      opening_id=ids.opening_a, outcome="hired")
    for delete, target in ((delete_employer, ids.employer_a), (delete_booth, ids.booth_a),
                           (delete_opening, ids.opening_a)):
        with pytest.raises(ConflictError), session_factory.begin() as s:
            delete(s, actor(), target)
    with pytest.raises(ConflictError), session_factory.begin() as s:
        delete_fair(s, actor(), ids.fair_id)
    assert count(session_factory, Employer, fair_id=ids.fair_id) == 2
    # B has no interviews: it goes, with its booth and openings
    with session_factory.begin() as s:
        delete_employer(s, actor(), ids.employer_b)
    assert count(session_factory, Employer, fair_id=ids.fair_id) == 1
    assert count(session_factory, Booth, fair_id=ids.fair_id) == 1
    assert count(session_factory, Opening, fair_id=ids.fair_id) == 1
    event = last_audit(session_factory, "employer", "delete")
    assert event.before and event.before["name"] == "동두천물류"


def test_booths_are_placed_on_the_grid_one_per_cell(
    session_factory: sessionmaker[Session],
) -> None:
    ids = small_fair(session_factory)
    with session_factory.begin() as s:
        place_booth(s, actor(), ids.booth_a, (0, 2))
    with pytest.raises(ValidationError) as caught, session_factory.begin() as s:
        place_booth(s, actor(), ids.booth_b, (0, 2))
    assert "A-1" in str(caught.value)
    with session_factory.begin() as s:
        update_booth(s, actor(), ids.booth_b, label="B-2", employer_id=ids.employer_a,
                     cell=(1, 1))
        with pytest.raises(ValidationError):
            update_booth(s, actor(), ids.booth_b, label="A-1", employer_id=ids.employer_a,
                         cell=None)
    with session_factory() as s:
        booths = {b.label: b for b in list_booth_details(s, ids.fair_id, actor=Actor())}
    assert booths["A-1"].cell == (0, 2)
    assert booths["B-2"].cell == (1, 1)
    assert booths["B-2"].employer_name == "(주)양주섬유"
    with session_factory.begin() as s:
        delete_booth(s, actor(), ids.booth_b)
    assert count(session_factory, Booth, fair_id=ids.fair_id) == 1


def test_openings_are_edited_and_deleted_and_the_positions_follow(
    session_factory: sessionmaker[Session],
) -> None:
    ids = small_fair(session_factory)
    with session_factory() as s:
        assert total_positions(s, ids.fair_id) == 6
    with session_factory.begin() as s:
        update_opening(s, actor(), ids.opening_a, OpeningInput(
            "재봉사", 5, "8", "contract", wage="월 250만원", work_place="양주시 광적면"))
        delete_opening(s, actor(), ids.opening_b2)
    with session_factory() as s:
        assert total_positions(s, ids.fair_id) == 8
        opening = s.get(Opening, ids.opening_a)
        assert opening is not None
        assert (opening.title, opening.employment_type, opening.wage) == (
            "재봉사", "contract", "월 250만원")
    with pytest.raises(ValidationError), session_factory.begin() as s:
        update_opening(s, actor(), ids.opening_a, OpeningInput("재봉사", 0))


def test_copying_from_an_earlier_fair_skips_business_numbers_present(
    session_factory: sessionmaker[Session],
) -> None:
    earlier = small_fair(session_factory)
    with session_factory.begin() as s:
        place_booth(s, actor(), earlier.booth_a, (0, 0))
        set_employer_tags(s, actor(), earlier.employer_b, ["야간 가능", "경력자", "지게차"])
        set_employer_tags(s, actor(), earlier.employer_a, ["숙련공"])  # skipped: not copied
        fair = create_fair(s, actor(), FairInput("2016 양주 채용박람회", date(2016, 4, 6)))
        add_employer(s, actor(), fair.id, EmployerInput("양주섬유(신)", BIZNO_A, "C"))
    with session_factory.begin() as s:
        result = copy_from_fair(s, actor(), earlier.fair_id, fair.id, with_booths=True)
    assert result.employers == ("동두천물류",)
    assert result.skipped == (("(주)양주섬유", "220-81-62517"),)
    assert (result.openings, result.booths) == (2, 1)
    with session_factory() as s:
        names = [e.name for e in list_employer_details(s, fair.id, actor=Actor())]
        assert names == ["동두천물류", "양주섬유(신)"]
        assert total_positions(s, fair.id) == 4
        assert [b.label for b in list_booth_details(s, fair.id, actor=Actor())] == ["B-1"]
        # the employer's evaluation tag list comes along, in its order, as tags of its own
        copied = s.scalar(select(Employer.id).where(Employer.fair_id == fair.id,
                                                    Employer.name == "동두천물류"))
        assert copied is not None
        tags = employer_tags(s, copied)
        assert [t.label for t in tags] == ["야간 가능", "경력자", "지게차"]
        source_ids = {t.id for t in employer_tags(s, earlier.employer_b)}
        assert not source_ids & {t.id for t in tags}
        present = s.scalar(select(Employer.id).where(Employer.fair_id == fair.id,
                                                     Employer.name == "양주섬유(신)"))
        assert present is not None and employer_tags(s, present) == ()
    # the earlier fair is untouched; copying again copies nothing
    assert count(session_factory, Employer, fair_id=earlier.fair_id) == 2
    with session_factory.begin() as s:
        again = copy_from_fair(s, actor(), earlier.fair_id, fair.id, [earlier.employer_b])
    assert again.employers == () and len(again.skipped) == 1


def test_a_fair_without_seekers_can_be_deleted(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    with session_factory.begin() as s:
        delete_fair(s, actor(), ids.fair_id)
    assert count(session_factory, Fair) == 0
    assert count(session_factory, Opening) == 0


# --- the employer import -------------------------------------------------------------------------

HEADER = ["업체명", "사업자등록번호", "업종", "담당자", "연락처", "이메일", "주소",
          "모집직종", "직종코드", "구인인원", "고용형태", "임금", "근무지"]


def rows(bad_number: bool = False) -> list[list[object]]:
    third = "123-45-67890" if bad_number else valid_bizno("105870012")
    return [
        ["(주)양주섬유", BIZNO_A, "C 제조업", "김담당", "031-840-1234", "hr@ys.kr",
         "양주시 광적면", "봉제원", "8", 3, "정규직", "월 230만원", "양주시"],
        ["(주)양주섬유", "2208162517", "", "", "", "", "", "재단사", "8", "2명", "계약직", "", ""],
        ["동두천물류", BIZNO_C, "49", "이담당", "", "", "", "지게차 운전원", "6", 4, "", "", ""],
        ["의정부식품", third, "제조업", "", "", "", "", "", "", "", "", "", ""],
    ]


def write_xlsx(path: Path, data: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2016 채용박람회 참여기업 명단"])
    sheet.append(HEADER)
    for row in data:
        sheet.append(row)
    book.save(path)
    return path


def write_csv(path: Path, data: list[list[object]]) -> Path:
    lines = [",".join(HEADER)] + [",".join(str(c) for c in r) for r in data]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp949"))
    return path


def test_the_employer_columns_are_recognised(tmp_path: Path) -> None:
    info = inspect_employer_file(write_xlsx(tmp_path / "e.xlsx", rows()))
    assert info.header_row == 2
    assert info.mapping.as_dict() == {field: i for i, field in enumerate(
        ("name", "business_no", "ksic", "contact_name", "contact_phone", "contact_email",
         "address", "title", "keco", "headcount", "employment_type", "wage", "work_place"))}


def test_cells_are_read_as_people_write_them() -> None:
    assert parse_ksic("C") == ("C", "")
    assert parse_ksic("C10121") == ("C", "10121")
    assert parse_ksic("49301") == ("H", "49301")
    assert parse_ksic("숙박 및 음식점업") == ("I", "")
    assert parse_employment_type("파트타임") == "part_time"
    assert parse_employment_type(None) == "regular"
    with pytest.raises(ValidationError):
        parse_ksic("없음")


@pytest.mark.parametrize(("writer", "suffix"), [(write_xlsx, "xlsx"), (write_csv, "csv")])
def test_employers_and_openings_are_imported_grouped_by_business_number(
    session_factory: sessionmaker[Session], tmp_path: Path, writer: object, suffix: str
) -> None:
    with session_factory.begin() as s:
        fair = create_fair(s, actor(), FairInput("2016 양주 채용박람회", date(2016, 4, 6)))
    path = writer(tmp_path / f"employers.{suffix}", rows())  # type: ignore[operator]
    with session_factory.begin() as s:
        dry = import_employers(s, actor(), path, fair_id=fair.id, dry_run=True)
    assert (dry.employers, dry.openings, dry.positions, dry.imported) == (3, 3, 9, 0)
    assert count(session_factory, Employer, fair_id=fair.id) == 0
    with session_factory.begin() as s:
        result = import_employers(s, actor(), path, fair_id=fair.id)
    assert result.ok and result.imported == 3
    with session_factory() as s:
        details = {e.name: e for e in list_employer_details(s, fair.id, actor=Actor())}
        assert set(details) == {"(주)양주섬유", "동두천물류", "의정부식품"}
        ys = details["(주)양주섬유"]
        assert (ys.ksic_section, ys.contact_name, ys.contact_phone, ys.openings, ys.positions) == (
            "C", "김담당", "031-840-1234", 2, 5)
        assert details["동두천물류"].ksic_section == "H"
        assert total_positions(s, fair.id) == 9
    assert last_audit(session_factory, "employer", "import").after == {
        "employers": 3, "openings": 3, "file": path.name}
    # the same file again: every employer is at the fair already, nothing is saved
    with session_factory.begin() as s:
        again = import_employers(s, actor(), path, fair_id=fair.id)
    assert not again.ok and again.imported == 0
    assert count(session_factory, Employer, fair_id=fair.id) == 3


def test_a_bad_business_number_row_saves_nothing(
    session_factory: sessionmaker[Session], tmp_path: Path
) -> None:
    with session_factory.begin() as s:
        fair = create_fair(s, actor(), FairInput("2016 양주 채용박람회", date(2016, 4, 6)))
    path = write_xlsx(tmp_path / "employers.xlsx", rows(bad_number=True))
    with session_factory.begin() as s:
        result = import_employers(s, actor(), path, fair_id=fair.id)
    assert not result.ok and result.imported == 0
    assert [(e.row, e.field) for e in result.errors] == [(6, "business_no")]
    assert "check digit" in result.errors[0].message
    assert count(session_factory, Employer, fair_id=fair.id) == 0
    assert count(session_factory, Opening, fair_id=fair.id) == 0
