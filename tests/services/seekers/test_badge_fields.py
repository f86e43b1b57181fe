"""A badge prints the fair's own fields its layout names, never a sensitive one: from the
seekers' rows to the PDF read back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from jobfair.documents.badge_rows import badges_from_rows
from jobfair.documents.badges import render_badges
from jobfair.documents.layouts import load_layout
from jobfair.services.seekers.badges import badge_rows
from jobfair.services.seekers.service import Consent, register_seeker
from jobfair.services.setup.fields import FieldInput, add_field
from tests.documents.conftest import poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import pdf_text
from tests.services.fairkit import actor, seeker_input, small_fair


def test_a_badge_prints_the_fields_named_but_never_a_sensitive_answer(
    session_factory: sessionmaker[Session], tmp_path: Path, poppler: None,  # noqa: F811
) -> None:
    fair = small_fair(session_factory)
    with session_factory.begin() as s:
        add_field(s, actor(), fair.fair_id, FieldInput(
            "region", "choice", "희망 근무지", choices=("양주읍내", "의정부역앞")))
        add_field(s, actor(), fair.fair_id, FieldInput(
            "visa", "text", "체류자격", employer_visible=True, sensitive=True))
        register_seeker(s, actor(), fair.fair_id, replace(
            seeker_input("동의자", consent=Consent(collection=True, provision=True,
                                                    sensitive=True)),
            answers=(("region", "양주읍내"), ("visa", "비밀체류F4"))))
        register_seeker(s, actor(), fair.fair_id, replace(
            seeker_input("무응답", phone="010-9999-0000"), answers=()))
    with session_factory.begin() as s:
        rows = badge_rows(s, fair.fair_id, actor=actor())
    assert [r.answers for r in rows] == [(("region", "양주읍내"),), ()]
    layout = replace(load_layout("a4-2x4"),
                     extra_line="근무지 {field:region} {field:visa}")
    pdf = tmp_path / "badges.pdf"
    render_badges(badges_from_rows(rows), layout, pdf)
    text = pdf_text(pdf)
    assert "근무지 양주읍내" in text
    assert "비밀체류F4" not in text
    assert text.count("근무지") == 1
