"""Keep JobFair's Korean translation up to date.

    uv run python scripts/translations.py update    # collect the strings into jobfair_ko.ts
    uv run python scripts/translations.py release   # compile jobfair_ko.ts into jobfair_ko.qm
    uv run python scripts/translations.py check     # list the strings still untranslated

Source strings are English. ``update`` runs Qt's ``lupdate`` (from the PySide6 in this
environment) over every ``jobfair/**/*.py`` and merges what it finds into the ``.ts`` file,
keeping the translations already made. Translate with Qt Linguist (``pyside6-linguist``) or in an
editor, then ``release``; commit both files. The test suite fails while a string is
untranslated or the ``.qm`` lags behind the ``.ts``.

lupdate recognises, with a literal context and text:
``self.tr("text")`` (context: the enclosing class), ``QCoreApplication.translate("ctx", "text")``
or any call named ``translate("ctx", "text")``, and ``QT_TRANSLATE_NOOP("ctx", "text")``. A
context held in a variable (``tr(CTX, "text")``) is skipped without a warning.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "jobfair"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ko",)


def ts_path(language: str = "ko") -> Path:
    return TRANSLATIONS / f"jobfair_{language}.ts"


def qm_path(language: str = "ko") -> Path:
    return TRANSLATIONS / f"jobfair_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-<name>`` from this environment's PySide6 (beside the Python running us)."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    if candidate.exists():
        return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} is missing: run this with the project's environment")
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python file of the package, relative to ``root``, in a stable order."""
    return sorted(
        p.relative_to(root)
        for p in (root / "jobfair").rglob("*.py")
        if "__pycache__" not in p.parts
    )


def lupdate(target: Path, root: Path = ROOT, *, drop_obsolete: bool = False,
            language: str = "ko") -> str:
    """Merge the strings of the sources into ``target``; returns lupdate's report."""
    args = [
        tool("lupdate"),
        *(str(p) for p in source_files(root)),
        "-source-language", "en",
        "-target-language", language,
        "-locations", "relative",
        "-ts", str(target),
    ]
    if drop_obsolete:
        args.insert(1, "-no-obsolete")
    done = subprocess.run(args, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"lupdate failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def lrelease(source: Path, target: Path) -> str:
    """Compile ``source`` (.ts) into ``target`` (.qm); returns lrelease's report."""
    done = subprocess.run(
        [tool("lrelease"), str(source), "-qm", str(target)],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"lrelease failed:\n{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


@dataclass(frozen=True)
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"

    @property
    def live(self) -> bool:
        """Still in the code (not vanished or obsolete)."""
        return self.kind not in ("vanished", "obsolete")

    @property
    def misread(self) -> bool:
        """No context: lupdate read a plain function named ``tr`` as Qt's ``tr(source,
        disambiguation)``, e.g. ``jobfair.i18n.tr("figures", label)`` became the "message"
        ``figures``. The code never looks such an entry up; it needs no translation."""
        return self.context == ""

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.translation)


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            text = (translation.text or "") if translation is not None else ""
            if translation is not None and message.get("numerus") == "yes":
                # a plural message keeps its text in <numerusform> (Korean has one form)
                text = translation.findtext("numerusform") or ""
            messages.append(Message(name, message.findtext("source") or "", text, kind))
    return messages


def untranslated(path: Path) -> list[Message]:
    """Messages still in the code that have no finished translation (misreads left out)."""
    return [m for m in read_ts(path) if m.live and not m.finished and not m.misread]


def misread(path: Path) -> list[Message]:
    """What lupdate took for a message from a call that is not one (see ``Message.misread``)."""
    return [m for m in read_ts(path) if m.live and m.misread]


def apply_tsv(ts: Path, tsv: Path) -> int:
    """Fill translations from lines ``context<TAB>source<TAB>translation``; returns how many.

    Only messages still unfinished are filled, so a reviewed translation is never overwritten.
    Sources with a line break are written with a literal ``\\n`` in the file.
    """
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, text = line.split("\t")
        wanted[(context, source.replace("\\n", "\n"))] = text.replace("\\n", "\n")
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            if translation is None or key not in wanted:
                continue
            if translation.get("type") == "unfinished" or not translation.text:
                forms = translation.findall("numerusform")
                if message.get("numerus") == "yes":
                    # Korean has one plural form; a plural message keeps its text in it
                    for extra in forms[1:]:
                        translation.remove(extra)
                    form = forms[0] if forms else ET.SubElement(translation, "numerusform")
                    form.text = wanted[key]
                    translation.text = None
                else:
                    translation.text = wanted[key]
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["update", "release", "check", "apply"])
    parser.add_argument("tsv", nargs="?", type=Path,
                        help="apply: a file of context<TAB>source<TAB>Korean lines")
    parser.add_argument("--drop-obsolete", action="store_true",
                        help="update: forget the translations of strings no longer in the code")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        if args.command == "apply":
            if args.tsv is None:
                parser.error("apply needs the TSV file")
            print(f"{apply_tsv(ts_path(language), args.tsv)} translations filled")
        elif args.command == "update":
            print(lupdate(ts_path(language), drop_obsolete=args.drop_obsolete,
                          language=language), end="")
        elif args.command == "release":
            print(lrelease(ts_path(language), qm_path(language)), end="")
        for m in misread(ts_path(language)):
            print(f"note: lupdate misread a tr() call as the message {m.source!r} (ignored)")
        missing = untranslated(ts_path(language))
        for m in missing:
            print(f"untranslated [{m.context}] {m.source!r}")
        if args.command == "check" and missing:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
