"""The command line starts light: ``--help`` loads neither Qt nor the database layer nor
reportlab, and its translations (read from the ``.ts`` without Qt) are Qt's own."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtCore import QTranslator

from jobfair import i18n
from jobfair.resources import translations_dir

HEAVY = ("PySide6", "sqlalchemy", "alembic", "reportlab", "openpyxl")

PROBE = """
import contextlib, io, json, sys
import jobfair.cli
from jobfair.app import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    try:
        main(sys.argv[1:])
    except SystemExit:
        pass
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps({"loaded": loaded, "help": out.getvalue()}))
"""


def _probe(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True,
        env={"PATH": "", "JOBFAIR_LANG": "ko", "HOME": "/nonexistent"},
    )
    return json.loads(done.stdout.splitlines()[-1])


def test_help_loads_no_qt_no_database_no_reportlab() -> None:
    for args in (("--help",), ("stats", "--help"), ("badges", "--help"),
                 ("--lang", "en", "--help")):
        found = _probe(*args)
        assert not [m for m in HEAVY if m in found["loaded"]], (args, found["loaded"])
    korean = _probe("--help")["help"]
    assert isinstance(korean, str) and korean.startswith("사용법: jobfair")


def test_the_catalogue_without_qt_says_what_qt_says() -> None:
    """Every message of the ``.ts`` read without Qt translates as Qt's compiled ``.qm`` does."""
    translator = QTranslator()
    assert translator.load("jobfair_ko", str(translations_dir()))
    catalogue = i18n.catalogue("ko")
    assert len(catalogue) > 1000
    differ = [
        (context, source) for (context, source), text in catalogue.items()
        if "%n" not in source and (translator.translate(context, source) or source) != text
    ]
    assert not differ, differ[:5]
    assert i18n.catalogue("xx") == {}


def test_use_language_and_install_agree(qapp: object) -> None:
    try:
        assert i18n.use_language("ko") == "ko"
        korean = i18n.translate("cli", "print JSON")
        assert korean != "print JSON"
        assert i18n.use_language("en") == "en"
        assert i18n.translate("cli", "print JSON") == "print JSON"
        assert i18n.install(qapp, "ko") == "ko"  # type: ignore[arg-type]
        assert i18n.translate("cli", "print JSON") == korean
    finally:
        i18n.install(qapp, "ko")  # type: ignore[arg-type]


def test_the_dummy_hash_has_the_hashers_parameters() -> None:
    """An unknown login is checked against a hash as costly as a real one."""
    from jobfair.services.accounts import service as accounts

    assert not accounts._hasher.check_needs_rehash(accounts._DUMMY_HASH)
