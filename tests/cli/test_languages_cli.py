"""The command line in both languages: argparse's own words, and the words of exported codes."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from jobfair import i18n
from jobfair.app import main
from jobfair.cli.argparse_texts import translate_message
from jobfair.domain.codes import KECO_MAJOR, KSIC_SECTIONS, Channel, EmploymentType, Outcome

ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help message",
                    "the following arguments", "invalid choice", "unrecognized arguments",
                    "invalid int value", "argument --")


@pytest.fixture
def demo_db(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["demo", "--db", sqlite_url]) == 0
    capsys.readouterr()
    return sqlite_url


def help_text(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with pytest.raises(SystemExit) as done:
        main([*args, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The one line a bad argument prints; the exit status is 2."""
    assert main(list(args)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    return captured.err


def test_help_is_korean_with_argparse_words_too(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_text(capsys)  # Korean: the suite's default language
    assert text.startswith("사용법: jobfair [-h]")
    assert "\n위치 인자:\n" in text and "\n옵션:\n" in text
    assert "-h, --help      이 도움말을 보여 주고 끝냅니다" in text
    assert not [word for word in ARGPARSE_ENGLISH if word in text]
    command = help_text(capsys, "interview")
    assert command.startswith("사용법: jobfair interview") and "옵션:" in command

    english = help_text(capsys, "--lang", "en")
    assert english.startswith("usage: jobfair [-h]")
    assert "positional arguments:" in english and "show this help message and exit" in english
    assert not re.search("[가-힣]", english)


def test_argparse_errors_are_one_korean_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
) -> None:
    cases = {
        ("interview",): "jobfair interview: 다음 인자가 필요합니다: CODE, --booth",
        ("stats", "--fair", "x"):
            "jobfair stats: --fair: 'x'은(는) 1부터 2,147,483,647까지의 정수가",
        ("stats", "--bogus"): "jobfair: 알 수 없는 인자입니다: --bogus",
        ("--lang", "ko", "statz"): "jobfair: COMMAND: 'statz'은(는) 고를 수 없는 값입니다",
        ("match", "--seeker", "1", "--employer", "2"):
            "jobfair match: --employer: --seeker 인자와 함께 쓸 수 없습니다",
        ("stats", "--fair"): "jobfair stats: --fair: 값이 하나 필요합니다",
    }
    for args, expected in cases.items():
        err = usage_error(capsys, *args)
        assert err.startswith(expected), err
        assert not [word for word in ARGPARSE_ENGLISH if word in err], err

    err = usage_error(capsys, "--lang", "en", "stats", "--fair", "x")
    assert err == (
        "jobfair stats: argument --fair: 'x' is not a whole number from 1 to 2,147,483,647\n"
    )
    err = usage_error(capsys, "interview", "--lang", "en")
    assert err == "jobfair interview: the following arguments are required: CODE, --booth\n"


def test_an_argparse_message_no_template_knows_stays_as_it_is(qapp: QCoreApplication) -> None:
    i18n.install(qapp, "ko")
    assert translate_message("something argparse may say one day") == (
        "something argparse may say one day"
    )
    assert translate_message("argument --x: something new") == "--x: something new"


# -- the workbook ---------------------------------------------------------------------------

RAW_CODES = {
    *(str(c) for c in (*Outcome, *Channel, *EmploymentType)),
    "small", "medium", "M", "F", "scan", "search", "booth",
}


def workbook_columns(path: Path) -> dict[tuple[str, str], set[object]]:
    """(sheet, header) -> the values of that column."""
    wb = openpyxl.load_workbook(path, read_only=True)
    columns: dict[tuple[str, str], set[object]] = {}
    for ws in wb.worksheets:
        rows = ws.iter_rows(values_only=True)
        headers = next(rows)
        for row in rows:
            for header, value in zip(headers, row, strict=False):
                columns.setdefault((ws.title, str(header)), set()).add(value)
    wb.close()
    return columns


def test_workbook_writes_codes_as_words_of_the_chosen_language(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    korean, english = tmp_path / "ko.xlsx", tmp_path / "en.xlsx"
    assert main(["export", "--db", demo_db, "-o", str(korean)]) == 0
    assert main(["export", "--db", demo_db, "--lang", "en", "-o", str(english)]) == 0
    capsys.readouterr()

    ko = workbook_columns(korean)
    assert ko[("참여기업", "규모")] == {"소기업", "중기업"}
    assert ko[("참여기업", "업종")] <= set(KSIC_SECTIONS.values())
    assert ko[("채용공고", "직종 대분류")] <= set(KECO_MAJOR.values())
    assert ko[("채용공고", "고용형태")] == {"정규직", "계약직", "시간제", "일용직"}
    assert ko[("구직자", "성별")] == {"남", "여", None}
    assert ko[("구직자", "등록 경로")] == {"사전등록", "현장등록"}
    assert ko[("접수", "접수 방법")] <= {"명찰 스캔", "이름·전화번호 검색", "현장 등록", "부스에서"}
    assert ko[("면접", "결과")] == {"현장채용", "2차면접", "채용예정·검토", "불합격", None}

    en = workbook_columns(english)
    assert en[("Employers", "Size")] == {"Small enterprise", "Medium-sized enterprise"}
    assert "Manufacturing" in en[("Employers", "Industry")]
    assert "Installation, maintenance and production" in en[("Openings", "Occupation group")]
    assert "Health and medical care" in en[("Job seekers", "Desired occupation group")]
    assert en[("Job seekers", "Sex")] == {"Male", "Female", None}
    assert en[("Job seekers", "Channel")] == {"Pre-registered", "Walk-in"}
    assert en[("Interviews", "Outcome")] == {
        "Hired on the spot", "Second interview", "Pending", "Not hired", None,
    }
    for language, columns in (("ko", ko), ("en", en)):
        for (sheet, header), values in columns.items():
            raw = RAW_CODES & {v for v in values if isinstance(v, str)}
            assert not raw, f"{language} {sheet}/{header} holds codes {raw}"
    english_text = {v for values in en.values() for v in values if isinstance(v, str)}
    assert not english_text & (set(KECO_MAJOR.values()) | set(KSIC_SECTIONS.values()))


def test_csv_tables_write_the_same_words(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for language, size in (("ko", "소기업"), ("en", "Small enterprise")):
        out = tmp_path / f"employers-{language}.csv"
        assert main(["export", "--db", demo_db, "--lang", language, "--table", "employers",
                     "-o", str(out)]) == 0
        with out.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        column = "규모" if language == "ko" else "Size"
        assert {r[column] for r in rows} == {size, "중기업" if language == "ko"
                                              else "Medium-sized enterprise"}
    capsys.readouterr()


needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="no poppler")


@needs_poppler
def test_report_names_industries_and_occupations_in_its_language(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.documents.pdf_tools import pdf_text

    english = tmp_path / "en.pdf"
    assert main(["report", "--db", demo_db, "--lang", "en", "-o", str(english)]) == 0
    text = re.sub(r"\s+", " ", pdf_text(english))
    assert "Manufacturing" in text and "Transportation and storage" in text
    assert "Installation, maintenance and production" in text
    assert "제조업" not in text and "설치·정비·생산직" not in text
    korean = tmp_path / "ko.pdf"
    assert main(["report", "--db", demo_db, "-o", str(korean)]) == 0
    text = re.sub(r"\s+", " ", pdf_text(korean))
    assert "제조업" in text and "Manufacturing" not in text
    capsys.readouterr()
