"""Where the shipped resources (fonts, translations, layouts) are."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """``resources/`` beside the package in a checkout, or inside it in an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "resources", here / "_resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("JobFair's resources folder is missing from the installation")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def font_path(bold: bool = False) -> Path:
    return fonts_dir() / ("NanumGothicBold.ttf" if bold else "NanumGothic.ttf")
