"""``jobfair employer-packs``: a pack per employer of the demo fair, within consent."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from jobfair.app import main
from jobfair.db.models import Employer, Interview, Seeker
from jobfair.domain.phone import format_phone
from tests.cli.test_report_cli import demo_db, needs_poppler  # noqa: F401  (fixture)
from tests.documents.pdf_tools import pdf_text
from tests.services.reports.test_result_packs import xlsx_texts


def interviewed_phones(url: str) -> tuple[set[str], set[str], list[str]]:
    """Phones of interviewed seekers who share them and who do not; the employers' names."""
    engine = create_engine(url)
    try:
        with engine.connect() as c:
            rows = c.execute(
                select(Seeker.phone, Seeker.consent_provision)
                .join(Interview, Interview.seeker_id == Seeker.id).distinct()
            ).all()
            employers = list(c.scalars(select(Employer.name)))
    finally:
        engine.dispose()
    return ({format_phone(p) for p, ok in rows if ok},
            {format_phone(p) for p, ok in rows if not ok}, employers)


@needs_poppler
def test_packs_of_the_demo_fair(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],  # noqa: F811
) -> None:
    out = tmp_path / "packs"
    assert main(["employer-packs", "--db", demo_db, "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.err == "" and "28" in captured.out
    shared, withheld, employers = interviewed_phones(demo_db)
    assert shared and withheld
    files = sorted(out.iterdir())
    assert len(files) == 56
    assert {f.name for f in files} == {f"{e}_결과{s}" for e in employers for s in (".xlsx", ".pdf")}
    seen: set[str] = set()
    for f in files:
        text = "\n".join(xlsx_texts(f)) if f.suffix == ".xlsx" else pdf_text(f)
        leaked = [p for p in withheld if p in text or p.replace("-", "") in text]
        assert leaked == [], f"{f.name} holds {leaked}"
        seen |= {p for p in shared if p in text}
    assert seen == shared  # every shared phone is in its employer's workbook

    # not over existing files without --force; one line on stderr
    assert main(["employer-packs", "--db", demo_db, "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--force" in err
    assert main(["employer-packs", "--db", demo_db, "-o", str(out), "--force"]) == 0
