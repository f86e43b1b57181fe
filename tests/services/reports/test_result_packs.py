"""The employers' result packs: every pack read back, and nothing a seeker did not share in it.

Seekers who consented to provision and seekers who did not are interviewed at both employers,
each with a phone and a residence found nowhere else; the packs are written as files, then every
cell of every workbook (and every part of its zip), and every PDF's text, is searched.
"""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Interview, Seeker
from jobfair.domain.errors import OutputExistsError
from jobfair.domain.result_packs import PackData, PackFigures
from jobfair.domain.target_groups import DeclaredGroup
from jobfair.operations.result_packs import pack_paths, write_packs
from jobfair.services.interviews.follow_up import record_final_outcome
from jobfair.services.interviews.service import log_interview
from jobfair.services.reports.result_packs import pack_data, pack_letter, set_pack_letter
from jobfair.services.seekers.service import Consent
from jobfair.services.setup.fields import FieldInput, add_field
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import pdf_text
from tests.services.fairkit import SmallFair, actor, register, small_fair

SHARING = (("공유하는이", "010-7771-0001", "동의읍"), ("나눔씨", "010-7772-0002", "허락면"))
WITHHOLDING = (("숨기는이", "010-8881-0003", "비공개읍"), ("감춤씨", "010-8882-0004", "비밀면"))
# The fair's own fields: one employers may see, one sensitive employers may see, one they may not.
FIELDS = (
    FieldInput("skill", "text", "보유기술", "Skills", employer_visible=True),
    FieldInput("visa", "text", "체류자격", "Residence status", employer_visible=True,
               sensitive=True),
    FieldInput("memo", "text", "상담메모", "Counsellor note"),
)
# Every seeker's answers (kept as if given before a consent was withdrawn): the second sharer
# alone gave the sensitive consent, so only her visa may show, and no one's memo.
ANSWERS = tuple(
    {"skill": f"기술표지{n}", "visa": f"비자표지{n}", "memo": f"메모표지{n}"} for n in range(4))
SHOWN_ANSWERS = ("기술표지0", "기술표지1", "비자표지1")
HIDDEN_ANSWERS = ("비자표지0", "기술표지2", "비자표지2", "기술표지3", "비자표지3",
                  *(f"메모표지{n}" for n in range(4)), "상담메모", "Counsellor note")


def markers(phone: str, residence: str) -> tuple[str, ...]:
    digits = phone.replace("-", "")
    return digits, phone, digits[-8:], phone[-9:], residence


def seed(factory: sessionmaker[Session]) -> SmallFair:
    fair = small_fair(factory)
    who = actor()
    ids = []
    with factory.begin() as s:
        for field in FIELDS:
            add_field(s, who, fair.fair_id, field)
    for n, ((name, phone, residence), provision) in enumerate((
        *((s, True) for s in SHARING), *((s, False) for s in WITHHOLDING)
    )):
        seeker = register(
            factory, fair.fair_id, name, phone=phone,
            consent=Consent(collection=True, provision=provision, sensitive=n != 0),
            groups=() if provision else (DeclaredGroup.DISABILITY,),
        )
        ids.append(seeker.id)
        with factory.begin() as s:
            row = s.get(Seeker, seeker.id)
            assert row is not None
            row.residence = residence
            row.answers = ANSWERS[n]
    with factory.begin() as s:
        for n, seeker_id in enumerate(ids):
            log_interview(s, who, seeker_id=seeker_id, booth_id=fair.booth_a,
                          outcome=("hired", "second", "pending", "rejected")[n],
                          notes=f"메모{n}")
            log_interview(s, who, seeker_id=seeker_id, booth_id=fair.booth_b,
                          outcome="second")
    return fair


def xlsx_texts(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path, read_only=True)
    cells = [str(c) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for c in row if c is not None]
    with zipfile.ZipFile(path) as zf:
        cells += [zf.read(name).decode("utf-8", "replace") for name in zf.namelist()]
    return cells


def assert_absent(texts: Iterable[str], what: Iterable[str], where: Path) -> None:
    text = "\n".join(texts)
    for marker in what:
        assert marker not in text, f"{marker} in {where.name}"


def assert_present(texts: Iterable[str], what: Iterable[str], where: Path) -> None:
    text = "\n".join(texts)
    for marker in what:
        assert marker in text, f"{marker} missing from {where.name}"


@pytest.mark.usefixtures("poppler")
def test_no_pack_holds_what_a_seeker_did_not_share(
    session_factory: sessionmaker[Session], tmp_path: Path,
) -> None:
    fair = seed(session_factory)
    with session_factory() as s:
        packs = pack_data(s, fair.fair_id, actor=actor())
    files = write_packs(packs, tmp_path / "packs")
    assert len(files) == 2
    assert sorted(p.name for p in (tmp_path / "packs").iterdir()) == sorted(
        [f.workbook.name for f in files] + [f.summary.name for f in files])
    hidden = [m for _, phone, residence in WITHHOLDING for m in markers(phone, residence)]
    shown = [m for _, phone, residence in SHARING for m in (phone, residence)]
    names = [name for name, _, _ in (*SHARING, *WITHHOLDING)]
    for f in files:
        cells = xlsx_texts(f.workbook)
        assert_absent(cells, [*hidden, *HIDDEN_ANSWERS, "Person with a disability"], f.workbook)
        assert_present(cells, [*shown, *names, *SHOWN_ANSWERS, "Not shared", "Skills",
                               "Residence status"], f.workbook)
        text = pdf_text(f.summary)
        assert_absent([text], [*hidden, *HIDDEN_ANSWERS], f.summary)
        assert_present([text], [*shown, *names], f.summary)


def test_each_visible_field_is_a_column_holding_its_answer(
    session_factory: sessionmaker[Session], tmp_path: Path,
) -> None:
    fair = seed(session_factory)
    with session_factory() as s:
        pack = next(p for p in pack_data(s, fair.fair_id, actor=actor())
                    if p.employer_id == fair.employer_a)
    assert [f.key for f in pack.fields] == ["skill", "visa"]
    files = write_packs([pack], tmp_path, translate=lambda c, t: "ko" if t == "en" else t)
    book = openpyxl.load_workbook(files[0].workbook, read_only=True)
    rows = list(book.worksheets[1].iter_rows(values_only=True))
    head = rows[0]
    assert head[-2:] == ("보유기술", "체류자격")  # a Korean pack: the Korean labels
    by_name = {r[head.index("Name")]: r[-2:] for r in rows[1:]}
    assert by_name == {"공유하는이": ("기술표지0", None), "나눔씨": ("기술표지1", "비자표지1"),
                       "숨기는이": (None, None), "감춤씨": (None, None)}


def test_figures_are_the_counted_ones_and_the_final_outcome_is_listed(
    session_factory: sessionmaker[Session], tmp_path: Path,
) -> None:
    fair = seed(session_factory)
    who = actor()
    with session_factory.begin() as s:
        iid = s.scalars(select(Interview.id).where(
            Interview.booth_id == fair.booth_a, Interview.outcome == "second")).one()
        record_final_outcome(s, who, iid, "hired", date(2015, 4, 1))
    with session_factory() as s:
        pack = next(p for p in pack_data(s, fair.fair_id, actor=who)
                    if p.employer_id == fair.employer_a)
    f = pack.figures
    assert (f.interviews, f.interviewees, f.hires, f.second_interviews, f.pending) == (
        4, 4, 1, 1, 1)
    assert f.final_hires == 2  # the on-site hire and the confirmed second interview
    finals = [i.final_outcome for i in pack.interviews if i.final_outcome]
    assert finals == ["Finally hired"]
    assert [i.notes for i in pack.interviews] == ["메모0", "메모1", "메모2", "메모3"]
    files = write_packs([pack], tmp_path)
    cells = xlsx_texts(files[0].workbook)
    assert "Finally hired" in cells and "메모2" in cells


def test_the_letter_is_stored_per_fair_and_printed_at_the_top(
    session_factory: sessionmaker[Session], tmp_path: Path, poppler: None,  # noqa: F811
) -> None:
    fair = seed(session_factory)
    who = actor()
    with session_factory.begin() as s:
        assert pack_letter(s, fair.fair_id) is None
        set_pack_letter(s, who, fair.fair_id, "  귀사의 참여에 감사드립니다. 담당 김주무관  ")
    with session_factory() as s:
        assert pack_letter(s, fair.fair_id) == "귀사의 참여에 감사드립니다. 담당 김주무관"
        packs = pack_data(s, fair.fair_id, actor=who)
    files = write_packs(packs, tmp_path)
    text = pdf_text(files[0].summary)
    assert text.index("귀사의 참여에 감사드립니다") < text.index("Figures")
    pages = subprocess.run(["pdfinfo", str(files[0].summary)], capture_output=True, text=True,
                           check=True).stdout
    assert "Pages:           1" in pages


def test_existing_files_are_not_replaced_without_overwrite(
    session_factory: sessionmaker[Session], tmp_path: Path,
) -> None:
    fair = seed(session_factory)
    with session_factory() as s:
        packs = pack_data(s, fair.fair_id, actor=actor())
    files = write_packs(packs, tmp_path)
    files[0].summary.write_bytes(b"kept")
    with pytest.raises(OutputExistsError):
        write_packs(packs, tmp_path)
    assert files[0].summary.read_bytes() == b"kept"
    write_packs(packs, tmp_path, overwrite=True)
    assert files[0].summary.read_bytes().startswith(b"%PDF")


def test_file_names_are_readable_and_distinct(tmp_path: Path) -> None:
    figures = PackFigures(0, 0, 0, 0, 0, 0, 0, None, 0)
    base = PackData(1, "fair", date(2015, 3, 25), "", "", 1, '(주)A/B:"C"', "1234567890",
                    ("A-1",), None, figures, (), datetime(2015, 3, 25))
    twin = replace(base, employer_id=2, booths=("B-1",))
    names = [f.workbook.name for f in pack_paths([base, twin], tmp_path,
                                                 lambda c, t: "결과" if t == "results" else t)]
    assert names == ["(주)A-B-C_A-1_결과.xlsx", "(주)A-B-C_B-1_결과.xlsx"]
