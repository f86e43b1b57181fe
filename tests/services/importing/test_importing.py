"""Pre-registration import: files in every encoding and shape, bad rows, all or nothing, the CLI.

Every file is written in ``tmp_path`` by the test itself (CSV through Python's codecs, XLSX with
openpyxl), so what the import reads is exactly what the test says.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.app import main
from jobfair.db.models import AuditEvent, Seeker
from jobfair.domain.codes import Channel
from jobfair.domain.errors import JobFairError, ValidationError
from jobfair.services.context import Actor
from jobfair.services.importing import (
    FileReadError,
    HeaderMapping,
    import_seekers,
    inspect_file,
    preview_import,
    run_import,
    suggest_mapping,
)
from jobfair.services.importing.reading import decode_text, read_table, sniff_delimiter
from jobfair.services.importing.values import (
    full_year,
    parse_birth,
    parse_groups,
    parse_occupation,
    parse_residence,
    parse_yes_no,
)
from jobfair.services.seekers.service import Consent, SeekerInput, register_seeker
from jobfair.services.setup.fairs import FairInput, create_fair

IMPORTED_AT = datetime(2015, 3, 20, 9, 30, tzinfo=UTC)
KO_HEADER = [
    "번호", "이름", "생년월일", "연락처", "거주지", "성별", "희망직종", "대상",
    "개인정보 수집·이용 동의", "제3자 제공 동의", "민감정보 동의",
]
EN_HEADER = [
    "No", "Name", "Birth date", "Mobile", "Residence", "Sex", "Desired occupation",
    "Target groups", "Consent", "Third party", "Sensitive",
]
GOOD_ROWS = [
    ["1", "홍길동", "1980-05-17", "010-1234-5678", "경기도 양주시 옥정동 12", "남", "8 생산직",
     "전역군인", "Y", "N", "N"],
    ["2", "김영희", "1992", "010 2222 3333", "의정부시", "여", "경영·사무·금융·보험직",
     "경력단절여성, 장애인", "예", "예", "동의"],
    ["3", "이순신", "800517", "+82 10-3333-4444", "동두천시", "", "", "청년", "O", "X", ""],
]


def write_csv(
    path: Path, rows: Sequence[Sequence[str]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    if title is not None:
        sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def fixed_actor() -> Actor:
    return Actor(station_id=uuid.uuid4(), name="organizer", clock=lambda: IMPORTED_AT)


@pytest.fixture
def fair_id(session_factory: sessionmaker[Session]) -> int:
    with session_factory.begin() as session:
        return create_fair(
            session, fixed_actor(), FairInput("양주·의정부·동두천 채용박람회", date(2015, 3, 25))
        ).id


def seekers(session_factory: sessionmaker[Session]) -> list[Seeker]:
    with session_factory() as session:
        found = list(session.scalars(select(Seeker).order_by(Seeker.badge_no)))
        session.expunge_all()
        return found


def count_seekers(session_factory: sessionmaker[Session]) -> int:
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(Seeker)) or 0


def errors_of(result: Any) -> set[tuple[int, str]]:
    return {(e.row, e.field) for e in result.errors}


# --- reading files (no database) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "found"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp949", "cp949"), ("euc-kr", "cp949"),
     ("utf-16", "utf-16")],
)
def test_encodings_are_detected_and_hangul_survives(
    tmp_path: Path, encoding: str, found: str
) -> None:
    path = write_csv(tmp_path / "list.csv", [KO_HEADER, *GOOD_ROWS], encoding)
    table = read_table(path)
    assert table.encoding == found
    assert table.rows[0].cells[1] == "이름"
    assert table.rows[0].cells[0] == "번호"  # no BOM left on the first header
    assert table.rows[2].cells[7] == "경력단절여성, 장애인"


def test_text_that_is_neither_utf8_nor_cp949_is_refused() -> None:
    with pytest.raises(FileReadError):
        decode_text(b"\x80\x80\xff\xfe\xff")


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(tmp_path / "list.csv", [KO_HEADER, *GOOD_ROWS], "utf-8", delimiter)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert [len(r.cells) for r in table.rows] == [len(KO_HEADER)] * 4


def test_semicolon_file_with_commas_inside_cells_is_semicolon() -> None:
    text = (
        "이름;대상;연락처\n"
        "홍길동;청년, 장애인;010-1234-5678\n"
        "김영희;취약계층, 전역군인;01022223333\n"
    )
    assert sniff_delimiter(text) == ";"


def test_row_numbers_are_file_lines_even_with_multiline_cells_and_blank_lines(
    tmp_path: Path,
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(
        "이름,생년월일,연락처,개인정보 수집·이용 동의\n"  # line 1
        '홍길동,1980,010-1234-5678,"Y"\n'  # line 2
        "\n"  # line 3: empty, skipped
        '"김\n영희",1990,010-2222-3333,Y\n'  # lines 4-5: a quoted cell spans two lines
        ",,,\n"  # line 6: empty cells, skipped
        "박철수,1970,010-4444-5555,Y\n",  # line 7
        encoding="utf-8",
    )
    table = read_table(path)
    assert [r.number for r in table.rows] == [1, 2, 4, 7]


def test_xlsx_rows_are_worksheet_rows_and_types_are_kept(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [["2015 채용박람회 사전등록 명단"], [], ["이름", "생년월일", "연락처", "동의"],
         ["홍길동", datetime(1980, 5, 17), 1012345678, True], [None, None, None, None],
         ["김영희", 1990, "010-2222-3333", "Y"]],
    )
    table = read_table(path)
    assert table.kind == "xlsx"
    assert [r.number for r in table.rows] == [1, 3, 4, 6]
    assert table.rows[2].cells == ("홍길동", datetime(1980, 5, 17), 1012345678, True)
    info = inspect_file(path)
    assert info.header_row == 3  # the title above the header is passed over
    assert info.headers == ("이름", "생년월일", "연락처", "동의")
    assert info.rows == 2


def test_named_sheet_and_missing_sheet(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "안내"
    first.append(["이 파일은 사전등록 명단입니다"])
    second = workbook.create_sheet("명단")
    second.append(["이름", "출생연도", "휴대폰", "개인정보 동의"])
    second.append(["홍길동", 1980, "010-1234-5678", "Y"])
    workbook.save(path)
    headers = inspect_file(path, sheet="명단").headers
    assert headers == ("이름", "출생연도", "휴대폰", "개인정보 동의")
    with pytest.raises(FileReadError) as caught:
        read_table(path, sheet="없음")
    assert "명단" in str(caught.value)


def test_missing_file_and_old_excel_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="does not exist"):
        read_table(tmp_path / "nope.csv")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(FileReadError, match=r"\.xlsx"):
        read_table(old)


# --- header mapping ----------------------------------------------------------------------------


def test_korean_headers_map_to_fields() -> None:
    mapping = suggest_mapping(KO_HEADER)
    assert mapping.as_dict() == {
        "name": 1, "birth": 2, "phone": 3, "residence": 4, "sex": 5, "desired_occupation": 6,
        "groups": 7, "consent_collection": 8, "consent_provision": 9, "consent_sensitive": 10,
    }


def test_english_headers_map_to_fields() -> None:
    assert suggest_mapping(EN_HEADER) == suggest_mapping(KO_HEADER)


@pytest.mark.parametrize(
    ("header", "field"),
    [("성명", "name"), ("출생연도", "birth"), ("birth_year", "birth"),
     ("생년월일(YYYYMMDD)", "birth"), ("휴대폰 번호", "phone"), ("전화번호", "phone"),
     ("phone", "phone"), ("주소(시·군)", "residence"), ("성별", "sex"),
     ("KECO", "desired_occupation"), ("취업지원대상", "groups"),
     ("개인정보 수집·이용에 동의합니까?", "consent_collection"),
     ("개인정보 제3자 제공 동의(참여기업)", "consent_provision"),
     ("민감정보 처리 동의", "consent_sensitive")],
)
def test_header_variants(header: str, field: str) -> None:
    mapping = suggest_mapping(["비고", header])
    assert mapping.column(field) == 1
    assert sum(v is not None for v in mapping.as_dict().values()) == 1


def test_mapping_check_names_the_missing_fields() -> None:
    mapping = suggest_mapping(["이름", "연락처", "메모"])
    assert mapping.missing_required() == ["birth", "consent_collection"]
    with pytest.raises(ValidationError) as caught:
        mapping.check(["이름", "연락처", "메모"])
    assert caught.value.field == "birth"
    assert "birth, consent_collection" in str(caught.value)
    with pytest.raises(ValidationError, match="two fields"):
        mapping.with_column("birth", 0).with_column("consent_collection", 2).check(
            ["이름", "연락처", "메모"]
        )


# --- cell values -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1980, (1980, None)), ("1980", (1980, None)), ("1980년", (1980, None)),
     ("1980-05-17", (1980, date(1980, 5, 17))), ("1980.05.17", (1980, date(1980, 5, 17))),
     ("1980. 5. 17.", (1980, date(1980, 5, 17))), ("1980/5/17", (1980, date(1980, 5, 17))),
     ("19800517", (1980, date(1980, 5, 17))), (19800517, (1980, date(1980, 5, 17))),
     ("800517", (1980, date(1980, 5, 17))), ("010203", (2001, date(2001, 2, 3))),
     ("80-05-17", (1980, date(1980, 5, 17))), ("1980년 5월 17일", (1980, date(1980, 5, 17))),
     ("1980-05-17 00:00:00", (1980, date(1980, 5, 17))),
     (datetime(1980, 5, 17), (1980, date(1980, 5, 17))),
     (date(1975, 1, 2), (1975, date(1975, 1, 2)))],
)
def test_birth_values(value: Any, expected: tuple[int, date | None]) -> None:
    assert parse_birth(value, 2015) == expected


def test_two_digit_years_pick_the_century_where_the_person_is_old_enough() -> None:
    assert full_year(1, 2015) == 2001  # 14 at the fair
    assert full_year(2, 2015) == 1902  # 2002 would make a 13-year-old; 1902 is refused later
    assert full_year(99, 2015) == 1999
    assert full_year(5, 2030) == 2005


@pytest.mark.parametrize(
    ("value", "field"),
    [("", "birth_year"), ("작년", "birth_year"), ("1980-02-30", "birth_date"),
     ("800230", "birth_date")],
)
def test_bad_birth_values(value: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_birth(value, 2015)
    assert caught.value.field == field


def test_yes_no_values() -> None:
    for yes in ("Y", "y", "예", "동의", "O", "TRUE", "1", True, 1):
        assert parse_yes_no(yes, "consent_collection") is True
    for no in ("N", "아니오", "미동의", "X", "false", "0", "", None, False, 0):
        assert parse_yes_no(no, "consent_collection") is False
    with pytest.raises(ValidationError) as caught:
        parse_yes_no("글쎄요", "consent_provision")
    assert caught.value.field == "consent_provision"


def test_groups_residence_and_occupation() -> None:
    assert parse_groups("경력단절여성, 장애인") == ("career_break", "disability")
    assert parse_groups("청년/전역(예정)군인") == ("veteran",)
    assert parse_groups("") == ()
    with pytest.raises(ValidationError):
        parse_groups("외계인")
    assert parse_residence("경기도 양주시 옥정동 123-4") == "양주시"
    assert parse_residence("연천군") == "연천군"
    assert parse_occupation("8 생산직") == ("8", "생산직")
    assert parse_occupation("023") == ("023", "")
    assert parse_occupation("경영·사무·금융·보험직") == ("0", "경영·사무·금융·보험직")
    assert parse_occupation("바리스타") == ("", "바리스타")


# --- preview and import on both databases ------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_import_csv_in_each_encoding(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int, encoding: str
) -> None:
    path = write_csv(tmp_path / "사전등록.csv", [KO_HEADER, *GOOD_ROWS], encoding)
    with session_factory.begin() as session:
        result = run_import(session, fixed_actor(), fair_id, path)
    assert (result.rows, result.valid, result.imported, result.errors) == (3, 3, 3, ())
    saved = seekers(session_factory)
    assert [s.name for s in saved] == ["홍길동", "김영희", "이순신"]
    hong, kim, lee = saved
    assert [s.badge_no for s in saved] == [1, 2, 3]
    assert (hong.birth_year, hong.birth_date) == (1980, date(1980, 5, 17))
    assert hong.phone == "01012345678"
    assert (hong.residence, hong.sex) == ("양주시", "M")
    assert (hong.desired_keco, hong.desired_job) == ("8", "생산직")
    assert hong.groups == ["veteran"]
    assert (hong.consent_collection, hong.consent_provision, hong.consent_sensitive) == (
        True, False, False)
    assert (kim.birth_year, kim.birth_date, kim.phone, kim.sex) == (1992, None, "01022223333", "F")
    assert kim.desired_keco == "0"
    assert kim.groups == ["career_break", "disability"]
    assert (kim.consent_provision, kim.consent_sensitive) == (True, True)
    assert (lee.birth_date, lee.phone, lee.sex, lee.groups) == (date(1980, 5, 17), "01033334444",
                                                                None, [])
    for s in saved:
        assert s.fair_id == fair_id
        assert s.channel == Channel.PRE_REGISTERED
        assert s.consent_notice_version == "import"
        assert s.consent_at == IMPORTED_AT
        assert s.created_at == IMPORTED_AT


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_import_semicolon_and_tab_files_with_english_headers(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int, delimiter: str
) -> None:
    path = write_csv(tmp_path / "list.txt", [EN_HEADER, *GOOD_ROWS], "utf-8", delimiter)
    with session_factory.begin() as session:
        preview = preview_import(session, fair_id, path, actor=Actor())
    assert (preview.rows, preview.valid, preview.errors) == (3, 3, ())
    assert preview.headers == tuple(EN_HEADER)
    assert preview.mapping == suggest_mapping(KO_HEADER)
    assert preview.sample[0][1] == "홍길동"
    assert count_seekers(session_factory) == 0  # a preview saves nothing
    with session_factory.begin() as session:
        assert run_import(session, fixed_actor(), fair_id, path).imported == 3
    assert {s.phone for s in seekers(session_factory)} == {"01012345678", "01022223333",
                                                           "01033334444"}


def test_import_xlsx_with_date_cells_and_numeric_phones(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int
) -> None:
    path = write_xlsx(
        tmp_path / "명단.xlsx",
        [["2015 양주 채용박람회 사전등록"],
         ["성명", "생년월일", "휴대폰", "주소(시·군)", "개인정보 수집·이용 동의",
          "제3자 제공 동의"],
         ["홍길동", datetime(1980, 5, 17), 1012345678, "양주시", "Y", True],
         ["김영희", 1992, "010-2222-3333", "의정부시", True, "N"],
         ["박철수", date(1965, 12, 1), "01044445555", "", 1, 0]],
        title="사전등록",
    )
    with session_factory.begin() as session:
        preview = preview_import(session, fair_id, path, actor=Actor())
        assert preview.file is not None and preview.file.sheet == "사전등록"
        assert preview.file.header_row == 2
        result = run_import(session, fixed_actor(), fair_id, path)
    assert (result.rows, result.imported, result.errors) == (3, 3, ())
    hong, kim, park = seekers(session_factory)
    assert (hong.birth_date, hong.phone, hong.consent_provision) == (date(1980, 5, 17),
                                                                     "01012345678", True)
    assert (kim.birth_year, kim.birth_date, kim.consent_provision) == (1992, None, False)
    assert (park.birth_year, park.birth_date) == (1965, date(1965, 12, 1))


def test_xlsx_errors_name_worksheet_rows(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int
) -> None:
    path = write_xlsx(
        tmp_path / "bad.xlsx",
        [["이름", "생년월일", "연락처", "동의"],
         ["홍길동", datetime(1980, 5, 17), "010-1234-5678", "Y"],
         [],
         ["김영희", datetime(1492, 10, 12), "010-2222-3333", "Y"]],
    )
    with session_factory.begin() as session:
        preview = preview_import(session, fair_id, path, actor=Actor())
    assert errors_of(preview) == {(4, "birth_year")}


def test_a_corrected_mapping_is_used(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int
) -> None:
    header = ["A", "B", "C", "D", "E"]
    rows = [["메모", "홍길동", "19800517", "01012345678", "Y"],
            ["", "김영희", "1992", "010-2222-3333", "Y"]]
    path = write_csv(tmp_path / "plain.csv", [header, *rows])
    info = inspect_file(path)
    assert info.mapping.missing_required() == ["name", "birth", "phone", "consent_collection"]
    with session_factory.begin() as session, pytest.raises(ValidationError) as caught:
        preview_import(session, fair_id, path, actor=Actor())
    assert "name" in str(caught.value)
    mapping = HeaderMapping(name=1, birth=2, phone=3, consent_collection=4)
    with session_factory.begin() as session:
        preview = preview_import(session, fair_id, path, mapping, actor=Actor())
        assert (preview.rows, preview.valid, preview.mapping) == (2, 2, mapping)
        result = run_import(session, fixed_actor(), fair_id, path, mapping)
    assert result.imported == 2
    assert [s.name for s in seekers(session_factory)] == ["홍길동", "김영희"]


def test_suggested_mapping_can_be_overridden_field_by_field(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int
) -> None:
    header = ["이름", "생년월일", "연락처", "비상연락처", "동의"]
    rows = [["홍길동", "1980", "(잘못된 번호)", "010-1234-5678", "Y"]]
    path = write_csv(tmp_path / "two-phones.csv", [header, *rows])
    suggested = inspect_file(path).mapping
    assert suggested.phone == 2
    with session_factory.begin() as session:
        assert errors_of(preview_import(session, fair_id, path, actor=Actor())) == {(2, "phone")}
        fixed = preview_import(
            session, fair_id, path, suggested.with_column("phone", 3), actor=Actor()
        )
    assert fixed.errors == ()


def bad_file(tmp_path: Path) -> Path:
    header = [
        "이름", "생년월일", "연락처", "거주지", "대상", "개인정보 수집·이용 동의", "민감정보 동의",
    ]
    rows = [
        ["홍길동", "1980-05-17", "010-1234-5678", "양주시", "", "Y", "N"],  # 2 fine
        ["", "1990", "010-2222-3333", "", "", "Y", "N"],  # 3 no name
        ["김영희", "1985", "02-12", "", "", "Y", "N"],  # 4 bad phone
        ["이순신", "1545", "010-3333-4444", "", "", "Y", "N"],  # 5 impossible year
        ["박철수", "1970", "010-4444-5555", "", "", "N", "N"],  # 6 no consent
        ["최민수", "1975", "010.1234.5678", "", "", "Y", "N"],  # 7 phone of row 2
        ["정다운", "1988", "010-5555-6666", "", "장애인", "Y", "N"],  # 8 sensitive, no consent
        ["강감찬", "1980-02-30", "010-6666-7777", "", "", "Y", "N"],  # 9 no such date
        ["윤봉길", "1960", "010-9999-0000", "", "", "Y", "N"],  # 10 phone already at the fair
        ["안중근", "1979-09-02", "010-8888-1111", "", "", "Y", "N"],  # 11 name+birth at the fair
        ["유관순", "1990", "010-7777-8888", "", "", "예", "N"],  # 12 fine
    ]
    return write_csv(tmp_path / "bad.csv", [header, *rows], "cp949")


def register_existing(session_factory: sessionmaker[Session], fair_id: int) -> None:
    with session_factory.begin() as session:
        register_seeker(session, fixed_actor(), fair_id, SeekerInput(
            name="윤봉길", birth_year=1960, phone="010-9999-0000", consent=Consent(True)))
        register_seeker(session, fixed_actor(), fair_id, SeekerInput(
            name="안중근", birth_year=1979, birth_date=date(1979, 9, 2), phone="010-1111-0000",
            consent=Consent(True)))


EXPECTED_BAD = {
    (3, "name"), (4, "phone"), (5, "birth_year"), (6, "consent_collection"), (7, "phone"),
    (8, "groups"), (9, "birth_date"), (10, "phone"), (11, "name"),
}


def test_bad_rows_are_named_with_row_and_field_and_nothing_is_saved(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int
) -> None:
    register_existing(session_factory, fair_id)
    path = bad_file(tmp_path)
    with session_factory.begin() as session:
        preview = preview_import(session, fair_id, path, actor=Actor())
    assert (preview.rows, preview.valid) == (11, 2)
    assert errors_of(preview) == EXPECTED_BAD
    messages = {e.row: e.message for e in preview.errors}
    assert "already on row 2" in messages[7]
    assert "010-1234-5678" in messages[7]
    assert "윤봉길" in messages[10] and "badge 1" in messages[10]
    assert "안중근" in messages[11] and "1979-09-02" in messages[11]
    assert "1545" in messages[5]
    for error in preview.errors:
        assert isinstance(error.error, JobFairError)
        assert error.render(lambda text: text) == error.message
        assert error.as_dict() == {"row": error.row, "field": error.field,
                                   "message": error.message}

    with session_factory.begin() as session:
        result = run_import(session, fixed_actor(), fair_id, path)
    assert (result.rows, result.valid, result.imported) == (11, 2, 0)
    assert errors_of(result) == EXPECTED_BAD
    assert count_seekers(session_factory) == 2  # only the two registered before
    with session_factory() as session:
        assert session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "import")
        ) == 0


def test_every_bad_cell_of_a_row_is_reported(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int
) -> None:
    path = write_csv(tmp_path / "l.csv", [["이름", "생년", "연락처", "성별", "동의"],
                                          ["홍길동", "어제", "없음", "?", "아마"]])
    with session_factory.begin() as session:
        preview = preview_import(session, fair_id, path, actor=Actor())
    assert errors_of(preview) == {(2, "birth_year"), (2, "phone"), (2, "sex"),
                                  (2, "consent_collection")}
    assert preview.valid == 0


def test_import_continues_badge_numbers_and_writes_one_audit_event(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int
) -> None:
    register_existing(session_factory, fair_id)  # badges 1 and 2
    path = write_csv(tmp_path / "사전등록.csv", [KO_HEADER, *GOOD_ROWS], "cp949")
    actor = fixed_actor()
    with session_factory.begin() as session:
        result = run_import(session, actor, fair_id, path)
    assert (result.imported, result.first_badge_no, result.last_badge_no) == (3, 3, 5)
    assert [s.badge_no for s in seekers(session_factory)] == [1, 2, 3, 4, 5]
    with session_factory() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "import")))
    assert len(events) == 1
    event = events[0]
    assert (event.fair_id, event.entity, event.actor, event.station_id) == (
        fair_id, "seeker", "organizer", actor.station_id)
    assert event.after is not None
    assert event.after["count"] == 3
    assert event.after["file"] == "사전등록.csv"
    # A second import of the same file is refused whole: every phone is at the fair now.
    with session_factory.begin() as session:
        again = run_import(session, actor, fair_id, path)
    assert again.imported == 0 and errors_of(again) == {(2, "phone"), (3, "phone"), (4, "phone")}
    assert count_seekers(session_factory) == 5


def test_dry_run_saves_nothing(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int
) -> None:
    path = write_csv(tmp_path / "list.csv", [KO_HEADER, *GOOD_ROWS])
    with session_factory.begin() as session:
        result = import_seekers(session, fixed_actor(), path, fair_id=fair_id, dry_run=True)
    assert (result.rows, result.valid, result.imported, result.errors) == (3, 3, 0, ())
    assert count_seekers(session_factory) == 0
    with session_factory.begin() as session:
        result = import_seekers(session, fixed_actor(), path)  # the latest fair
    assert result.imported == 3
    assert count_seekers(session_factory) == 3


def test_a_file_with_only_a_header_imports_nothing(
    tmp_path: Path, session_factory: sessionmaker[Session], fair_id: int
) -> None:
    path = write_csv(tmp_path / "empty.csv", [KO_HEADER])
    with session_factory.begin() as session:
        result = run_import(session, fixed_actor(), fair_id, path)
    assert (result.rows, result.imported, result.errors) == (0, 0, ())


# --- the command line --------------------------------------------------------------------------


@pytest.fixture
def cli_app(qapp: QApplication) -> QApplication:
    """``main`` makes a bare QCoreApplication when none exists, and the window tests after this
    file would then find no QApplication (see tests/cli/conftest.py): make pytest-qt's first."""
    return qapp


def cli_json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, dict[str, Any]]:
    code = main(argv)
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_cli_json_shape_and_exit_codes(
    tmp_path: Path, db_url: str, session_factory: sessionmaker[Session], fair_id: int,
    capsys: pytest.CaptureFixture[str], cli_app: QApplication,
) -> None:
    base = ["--db", db_url, "--lang", "en", "--json", "--fair", str(fair_id)]
    register_existing(session_factory, fair_id)

    bad = bad_file(tmp_path)
    code, data = cli_json(capsys, ["import", "seekers", str(bad), *base])
    assert code != 0
    assert list(data) == ["rows", "valid", "imported", "errors"]
    assert (data["rows"], data["valid"], data["imported"]) == (11, 2, 0)
    assert all(list(e) == ["row", "field", "message"] for e in data["errors"])
    assert {(e["row"], e["field"]) for e in data["errors"]} == EXPECTED_BAD
    assert all(isinstance(e["message"], str) and e["message"] for e in data["errors"])
    assert count_seekers(session_factory) == 2

    code, data = cli_json(capsys, ["import", "seekers", str(bad), "--dry-run", *base])
    assert code != 0
    assert data["imported"] == 0 and len(data["errors"]) == len(EXPECTED_BAD)

    good = write_csv(tmp_path / "good.csv", [KO_HEADER, *GOOD_ROWS], "utf-8-sig")
    code, data = cli_json(capsys, ["import", "seekers", str(good), "--dry-run", *base])
    assert code == 0
    assert data == {"rows": 3, "valid": 3, "imported": 0, "errors": []}
    assert count_seekers(session_factory) == 2

    code, data = cli_json(capsys, ["import", "seekers", str(good), *base])
    assert code == 0
    assert data == {"rows": 3, "valid": 3, "imported": 3, "errors": []}
    assert count_seekers(session_factory) == 5


def test_cli_text_output_and_file_errors(
    tmp_path: Path, db_url: str, fair_id: int, capsys: pytest.CaptureFixture[str],
    cli_app: QApplication,
) -> None:
    bad = bad_file(tmp_path)
    code = main(["import", "seekers", str(bad), "--db", db_url, "--lang", "en"])
    captured = capsys.readouterr()
    assert code != 0
    assert "row 3 (name): The name is required." in captured.out
    assert "nothing was imported" in captured.out
    missing = str(tmp_path / "missing.csv")
    code = main(["import", "seekers", missing, "--db", db_url, "--lang", "en"])
    captured = capsys.readouterr()
    assert code != 0
    assert "does not exist" in captured.err
    assert captured.err.count("\n") == 1
