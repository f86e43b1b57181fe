"""The Korean translation is complete, compiled, and used.

Every string the code marks is translated (lupdate runs over the sources into a copy of the .ts),
the committed .qm carries exactly the .ts's translations, and the language switch works.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from jobfair import i18n
from jobfair.domain.codes import KECO_MAJOR, KSIC_SECTIONS
from jobfair.domain.errors import DatabaseUnavailableError, ValidationError
from jobfair.domain.i18n import QT_TRANSLATE_NOOP

ROOT = Path(__file__).resolve().parent.parent


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "jobfair_translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


script = _load_script()


@pytest.fixture
def app(qapp: QCoreApplication) -> Iterator[QCoreApplication]:
    """The application the translators hang on (pytest-qt's, so later GUI tests still get a
    QApplication); Korean again afterwards, the suite's default."""
    yield qapp
    i18n.install(qapp, "ko")


def test_every_marked_string_is_translated(tmp_path: Path) -> None:
    ts = tmp_path / "jobfair_ko.ts"
    shutil.copy(script.ts_path(), ts)
    script.lupdate(ts)
    missing = script.untranslated(ts)
    listing = "\n".join(f"  [{m.context}] {m.source!r}" for m in missing)
    assert not missing, (
        f"{len(missing)} string(s) have no Korean translation; run "
        f"`uv run python scripts/translations.py update`, translate them in "
        f"resources/translations/jobfair_ko.ts, then `... release`:\n{listing}"
    )


def test_lupdate_sees_the_forms_the_code_uses(tmp_path: Path) -> None:
    """The three ways of marking a string are all collected, with their contexts."""
    messages = {(m.context, m.source) for m in script.read_ts(script.ts_path())}
    assert ("errors", "The name is required.") in messages  # QT_TRANSLATE_NOOP in the core
    assert ("figures", "Hire rate (of positions sought)") in messages
    assert ("MainWindow", "Database: {url}") in messages  # self.tr in a widget
    assert ("Application", "JobFair cannot start") in messages  # QCoreApplication.translate


def test_committed_qm_matches_the_ts(app: QCoreApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(script.qm_path()))
    stale = []
    for m in script.read_ts(script.ts_path()):
        if not (m.live and m.finished):
            continue
        got = translator.translate(m.context, m.source)
        if got != m.translation:
            stale.append(f"  [{m.context}] {m.source!r}: .qm has {got!r}")
    assert not stale, (
        "jobfair_ko.qm lags behind jobfair_ko.ts; run "
        "`uv run python scripts/translations.py release`:\n" + "\n".join(stale)
    )


def test_errors_come_out_in_korean_or_english(app: QCoreApplication) -> None:
    error = DatabaseUnavailableError(where="sqlite:///x.db", reason="disk I/O error")
    assert i18n.install(app, "ko") == "ko"
    korean = i18n.error_message(error)
    assert korean.startswith("데이터베이스 sqlite:///x.db을(를) 열 수 없습니다: disk I/O error.")
    invalid = ValidationError(QT_TRANSLATE_NOOP("errors", "The name is required."), field="name")
    assert i18n.error_message(invalid) == "이름을 입력하세요."
    assert i18n.translate("figures", "Hire rate (of positions sought)") == "채용률(구인인원 대비)"
    assert i18n.translate("codes", "Second interview") == "2차면접"

    assert i18n.install(app, "en") == "en"
    assert i18n.error_message(error).startswith("Cannot open the database sqlite:///x.db: disk")
    assert i18n.error_message(invalid) == "The name is required."


def test_translations_keep_their_placeholders() -> None:
    """A translation that drops or renames a ``{field}`` would fail at ``format`` time."""
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    broken = [
        f"  [{m.context}] {m.source!r} -> {m.translation!r}"
        for m in script.read_ts(script.ts_path())
        if m.live and m.finished and fields(m.source) != fields(m.translation)
    ]
    assert not broken, "placeholders differ:\n" + "\n".join(broken)


def test_code_names_read_as_the_official_korean_and_in_english_on_request(
    app: QCoreApplication,
) -> None:
    """The Korean of a KECO group or KSIC section is its official name, exactly; English has
    its own."""
    assert i18n.install(app, "ko") == "ko"
    assert {code: i18n.occupation_name(code) for code in KECO_MAJOR} == KECO_MAJOR
    assert {section: i18n.industry_name(section) for section in KSIC_SECTIONS} == KSIC_SECTIONS
    assert i18n.occupation_text("023") == "023 경영·사무·금융·보험직"
    assert i18n.industry_text("C") == "C 제조업"
    assert i18n.group_name("career_break") == "경력단절여성"
    assert i18n.size_name("small") == "소기업"
    assert i18n.size_name("30명 미만") == "30명 미만"  # typed by hand: kept as it is

    assert i18n.install(app, "en") == "en"
    english = [i18n.occupation_name(code) for code in KECO_MAJOR]
    english += [i18n.industry_name(section) for section in KSIC_SECTIONS]
    assert all(name and name.isascii() for name in english)
    assert len(set(english)) == len(english)
    assert i18n.industry_text("C") == "C Manufacturing"
    assert i18n.group_name("career_break") == "Career-interrupted woman"
    assert i18n.size_name("medium") == "Medium-sized enterprise"
    assert i18n.occupation_name("") == i18n.industry_name(None) == ""


def test_argparse_translations_keep_their_percent_fields() -> None:
    """argparse's own messages are %-templates: a translation must fill the same fields."""
    import re

    def fields(text: str) -> list[str]:
        return sorted(re.findall(r"%(?:\(\w+\))?[sr]", text))

    argparse_messages = [m for m in script.read_ts(script.ts_path()) if m.context == "argparse"]
    assert len(argparse_messages) > 10
    broken = [f"  {m.source!r} -> {m.translation!r}" for m in argparse_messages
              if m.live and fields(m.source) != fields(m.translation)]
    assert not broken, "%-fields differ:\n" + "\n".join(broken)
