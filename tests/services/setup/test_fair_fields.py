"""A fair's own registration fields: definitions, answers, consent rules, copying, retention."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from jobfair.db.models import Seeker
from jobfair.domain.errors import ValidationError
from jobfair.domain.fair_fields import FieldKind, clean_value, value_text
from jobfair.services.seekers.service import Consent, register_seeker
from jobfair.services.setup.fairs import FairInput, create_fair
from jobfair.services.setup.fields import (
    FieldInput,
    add_field,
    delete_field,
    edit_field,
    expire_answers,
    list_fields,
    move_field,
    save_answers,
    visible_answers,
)
from jobfair.services.setup.service import copy_from_fair
from tests.services.fairkit import FAIR_DAY, actor, seeker_input, small_fair

REGION = FieldInput("region", "choice", "희망 근무지", "Preferred place", required=True,
                    employer_visible=True, choices=("양주", "의정부"))
DRIVING = FieldInput("driving", "yes_no", "운전 가능", "Can drive", employer_visible=True)
VISA = FieldInput("visa", "text", "체류자격", "Residence status", employer_visible=True,
                  sensitive=True, retention_days=30)
NOTE = FieldInput("note", "text", "상담 메모", "Counsellor note")


def _define(factory: sessionmaker[Session], fair_id: int) -> None:
    with factory.begin() as s:
        for data in (REGION, DRIVING, VISA, NOTE):
            add_field(s, actor(), fair_id, data)


@pytest.mark.parametrize(("kind", "raw", "kept"), [
    ("text", "  야간 가능 ", "야간 가능"),
    ("number", "1,200", 1200),
    ("number", "2.5", 2.5),
    ("date", "2026.5.3", "2026-05-03"),
    ("yes_no", "예", True),
    ("yes_no", "no", False),
    ("phone", "010 1234 5678", "01012345678"),
    ("choices", "B, A", ["A", "B"]),
    ("licences", "지게차운전기능사; 정보처리기사", ["지게차운전기능사", "정보처리기사"]),
    ("text", "   ", None),
])
def test_values_are_checked_and_kept_per_kind(kind: str, raw: str, kept: object) -> None:
    assert clean_value(kind, raw, label="x", choices=("A", "B")) == kept


@pytest.mark.parametrize(("kind", "raw"), [
    ("number", "many"), ("date", "2026-13-01"), ("yes_no", "maybe"), ("phone", "12"),
    ("choice", "C"), ("choices", "A, C"),
])
def test_bad_values_are_refused_with_the_label(kind: str, raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        clean_value(kind, raw, label="희망", choices=("A", "B"))
    assert "희망" in str(info.value)


def test_value_text() -> None:
    assert value_text(FieldKind.YES_NO, True) == "Y"
    assert value_text(FieldKind.CHOICES, ["A", "B"]) == "A, B"
    assert value_text(FieldKind.PHONE, "01012345678") == "010-1234-5678"


def test_define_edit_reorder_delete(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    _define(session_factory, ids.fair_id)
    with session_factory.begin() as s:
        fields = list_fields(s, ids.fair_id)
        assert [f.key for f in fields] == ["region", "driving", "visa", "note"]
        assert fields[0].choices == ("양주", "의정부")
        with pytest.raises(ValidationError) as info:
            add_field(s, actor(), ids.fair_id, REGION)
        assert info.value.field == "key"
        edited = edit_field(s, actor(), fields[3].id, replace(NOTE, label_ko="메모", required=True))
        assert edited.label_ko == "메모" and edited.required
        with pytest.raises(ValidationError):
            edit_field(s, actor(), fields[3].id, replace(NOTE, key="other"))
        order = move_field(s, actor(), fields[3].id, -3)
        assert [f.key for f in order] == ["note", "region", "driving", "visa"]
        delete_field(s, actor(), fields[3].id)
        assert [f.key for f in list_fields(s, ids.fair_id)] == ["region", "driving", "visa"]
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        add_field(s, actor(), ids.fair_id, FieldInput("Bad Key", "text", "x"))
    assert info.value.field == "key"
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        add_field(s, actor(), ids.fair_id, FieldInput("empty", "choice", "x"))
    assert info.value.field == "choices"


def test_walk_in_answers_required_and_sensitive(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    _define(session_factory, ids.fair_id)
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        register_seeker(s, actor(), ids.fair_id, seeker_input())
    assert info.value.field == "region"
    with pytest.raises(ValidationError) as info, session_factory.begin() as s:
        register_seeker(s, actor(), ids.fair_id, replace(
            seeker_input(), answers=(("region", "양주"), ("visa", "E-9"))))
    assert info.value.field == "visa"  # sensitive without the sensitive consent
    with session_factory.begin() as s:
        view = register_seeker(s, actor(), ids.fair_id, replace(
            seeker_input(consent=Consent(True, provision=True, sensitive=True)),
            answers=(("region", "양주"), ("driving", "예"), ("visa", "E-9"), ("note", "밤"))))
    assert view.answers == {"region": "양주", "driving": True, "visa": "E-9", "note": "밤"}
    # a pre-registered list may lack a required answer
    with session_factory.begin() as s:
        pre = register_seeker(s, actor(), ids.fair_id, seeker_input(
            "이서연", phone="010-2222-3333", channel="pre_registered"))
    assert pre.answers == {}


def test_visible_answers_follow_the_consents(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    _define(session_factory, ids.fair_id)
    answers = (("region", "양주"), ("driving", "y"), ("visa", "E-9"), ("note", "밤"))

    def seeker(phone: str, consent: Consent) -> object:
        with session_factory.begin() as s:
            data = seeker_input(phone=phone, consent=consent)
            if not consent.sensitive:
                data = replace(data, answers=answers[:2] + answers[3:])
            else:
                data = replace(data, answers=answers)
            return register_seeker(s, actor(), ids.fair_id, data).id

    everything = seeker("010-1111-0001", Consent(True, provision=True, sensitive=True))
    no_sensitive = seeker("010-1111-0002", Consent(True, provision=True))
    no_provision = seeker("010-1111-0003", Consent(True, provision=False, sensitive=True))
    with session_factory() as s:
        def keys(seeker_id: object, for_employer: bool) -> list[str]:
            return [a.key for a in visible_answers(s, seeker_id,  # type: ignore[arg-type]
                                                   for_employer=for_employer)]

        assert keys(everything, False) == ["region", "driving", "visa", "note"]
        assert keys(everything, True) == ["region", "driving", "visa"]
        assert keys(no_sensitive, True) == ["region", "driving"]
        assert keys(no_provision, True) == []
        assert keys(no_provision, False) == ["region", "driving", "visa", "note"]
        texts = [a.text for a in visible_answers(s, everything,  # type: ignore[arg-type]
                                                 for_employer=True)]
        assert texts == ["양주", "Y", "E-9"]


def test_save_answers_and_delete_erases(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    _define(session_factory, ids.fair_id)
    with session_factory.begin() as s:
        view = register_seeker(s, actor(), ids.fair_id,
                               replace(seeker_input(), answers=(("region", "양주"),)))
        save_answers(s, actor(), view.id, {"region": "의정부", "note": "오후"})
    with session_factory.begin() as s:
        row = s.get(Seeker, view.id)
        assert row is not None and row.answers == {"region": "의정부", "note": "오후"}
        note = next(f for f in list_fields(s, ids.fair_id) if f.key == "note")
        assert delete_field(s, actor(), note.id) == 1
    with session_factory() as s:
        row = s.get(Seeker, view.id)
        assert row is not None and row.answers == {"region": "의정부"}


def test_copying_a_fair_copies_its_fields(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    _define(session_factory, ids.fair_id)
    with session_factory.begin() as s:
        target = create_fair(s, actor(), FairInput("2016 박람회", date(2016, 3, 25)))
        result = copy_from_fair(s, actor(), ids.fair_id, target.id)
        assert result.fields == 4
        copied = list_fields(s, target.id)
        assert [f.key for f in copied] == ["region", "driving", "visa", "note"]
        assert copied[2].sensitive and copied[2].retention_days == 30
        assert copy_from_fair(s, actor(), ids.fair_id, target.id).fields == 0


def test_answers_expire_after_their_retention(session_factory: sessionmaker[Session]) -> None:
    ids = small_fair(session_factory)
    _define(session_factory, ids.fair_id)
    with session_factory.begin() as s:
        view = register_seeker(s, actor(), ids.fair_id, replace(
            seeker_input(consent=Consent(True, sensitive=True)),
            answers=(("region", "양주"), ("visa", "E-9"))))
    day = FAIR_DAY.date()
    with session_factory.begin() as s:
        assert expire_answers(s, actor(), ids.fair_id, day + timedelta(days=30)) == 0
        assert expire_answers(s, actor(), ids.fair_id, day + timedelta(days=31)) == 1
    with session_factory() as s:
        row = s.get(Seeker, view.id)
        assert row is not None and row.answers == {"region": "양주"}


def test_export_has_a_column_per_field(session_factory: sessionmaker[Session]) -> None:
    from jobfair.services.reports.export import export_table

    ids = small_fair(session_factory)
    _define(session_factory, ids.fair_id)
    with session_factory.begin() as s:
        register_seeker(s, actor(), ids.fair_id, replace(
            seeker_input(consent=Consent(True, provision=True, sensitive=True)),
            answers=(("region", "양주"), ("driving", "y"), ("visa", "E-9"))))
        register_seeker(s, actor(), ids.fair_id, replace(
            seeker_input("이서연", phone="010-2222-3333"),
            answers=(("region", "의정부"), ("driving", "n"))))
    with session_factory() as s:
        table = export_table(s, "seekers", ids.fair_id, actor=actor())
    assert table.headers[-4:] == ("Preferred place", "Can drive", "Residence status",
                                  "Counsellor note")
    by_name = {row[1]: row[-4:] for row in table.rows}
    assert by_name["김민준"] == ("양주", "yes", "E-9", "")
    assert by_name["이서연"] == ("의정부", "no", "", "")


def test_an_import_column_can_be_a_field(session_factory: sessionmaker[Session],
                                         tmp_path: Path) -> None:
    from jobfair.services.importing import inspect_file, run_import

    ids = small_fair(session_factory)
    _define(session_factory, ids.fair_id)
    path = tmp_path / "list.csv"
    path.write_text(
        "이름,생년월일,연락처,개인정보 수집·이용 동의,근무지,운전\n"
        "김민준,1990-01-02,010-1234-5678,Y,양주,예\n"
        "이서연,1992-03-04,010-2345-6789,Y,부산,아니오\n", encoding="utf-8")
    mapping = inspect_file(path).mapping.with_fair_field("region", 4).with_fair_field("driving", 5)
    with session_factory.begin() as s:
        result = run_import(s, actor(), ids.fair_id, path, mapping)
    assert [e.field for e in result.errors] == ["region"]  # 부산 is not a choice
    path.write_text(path.read_text(encoding="utf-8").replace("부산", "의정부"), encoding="utf-8")
    with session_factory.begin() as s:
        result = run_import(s, actor(), ids.fair_id, path, mapping)
    assert not result.errors
    with session_factory() as s:
        rows = {r.name: r.answers for r in s.query(Seeker).all()}
    assert rows == {"김민준": {"region": "양주", "driving": True},
                    "이서연": {"region": "의정부", "driving": False}}
