"""Badge layouts: page size and the grid of badges on it, in millimetres, loaded from JSON.

The shipped layouts live in ``resources/layouts/*.json``; a user's label sheet can be added as
another JSON file with the same fields (see ``Layout``). A printer's offset and scale error are
corrected by a ``Calibration`` applied to whole pages, found with a test print.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from jobfair.domain.errors import ValidationError
from jobfair.domain.fair_fields import PLACEHOLDER
from jobfair.domain.i18n import QT_TRANSLATE_NOOP
from jobfair.resources import resources_dir

# Points in a millimetre, as reportlab.lib.units has it (written out so that the command line
# can list the layouts without loading reportlab).
mm = 72.0 / 2.54 * 0.1

_EPSILON_MM = 0.05

LAYOUT_TITLES = {
    "single": QT_TRANSLATE_NOOP("layouts", "Single name badge, 90 × 55 mm"),
    "a6": QT_TRANSLATE_NOOP("layouts", "A6 page, one badge (lanyard pouch)"),
    "a4-2x4": QT_TRANSLATE_NOOP("layouts", "A4 label sheet, 2 × 4 labels of 99.1 × 67.7 mm"),
    "a4-2x5": QT_TRANSLATE_NOOP("layouts", "A4 label sheet, 2 × 5 labels of 99.1 × 57 mm"),
    "a4-cards-2x5": QT_TRANSLATE_NOOP(
        "layouts", "Plain A4 paper, 2 × 5 cards of 90 × 55 mm with cut lines (badge holder inserts)"
    ),
}
"""Titles of the shipped layouts, marked for translation (the JSON holds the same English)."""

DEFAULT_LAYOUT = "a4-2x4"

_REQUIRED = (
    "name",
    "page_width_mm",
    "page_height_mm",
    "columns",
    "rows",
    "badge_width_mm",
    "badge_height_mm",
)


@dataclass(frozen=True)
class Layout:
    """A page with ``columns`` x ``rows`` badges, filled left to right, top to bottom.

    Attributes:
        name: the file name without ``.json``; what ``--layout`` takes.
        title: English description for a chooser.
        page_width_mm, page_height_mm: the paper.
        columns, rows: the grid of badges on a page.
        badge_width_mm, badge_height_mm: one badge (label).
        margin_left_mm, margin_top_mm: from the paper's edge to the first badge.
        gap_x_mm, gap_y_mm: between neighbouring badges.
        padding_mm: the blank rim inside a badge that nothing is drawn on.
        outline: draw a thin cut line round each badge (plain paper), not on die-cut labels.
        extra_line: a line of text printed above the desired job, where ``{field:KEY}`` is the
            seeker's answer to the fair's field ``KEY`` (e.g. "운전 {field:driving}"); a
            sensitive field's answer is never printed. Empty: no such line.
    """

    name: str
    title: str
    page_width_mm: float
    page_height_mm: float
    columns: int
    rows: int
    badge_width_mm: float
    badge_height_mm: float
    margin_left_mm: float = 0.0
    margin_top_mm: float = 0.0
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    padding_mm: float = 4.0
    outline: bool = False
    extra_line: str = ""

    def __post_init__(self) -> None:
        problems = []
        if self.columns < 1 or self.rows < 1:
            problems.append("columns and rows must be at least 1")
        if min(self.badge_width_mm, self.badge_height_mm) <= 2 * self.padding_mm:
            problems.append("the badge is smaller than its padding")
        right = (
            self.margin_left_mm
            + self.columns * self.badge_width_mm
            + (self.columns - 1) * self.gap_x_mm
        )
        bottom = (
            self.margin_top_mm + self.rows * self.badge_height_mm + (self.rows - 1) * self.gap_y_mm
        )
        if right > self.page_width_mm + _EPSILON_MM or bottom > self.page_height_mm + _EPSILON_MM:
            problems.append(
                f"the badges need {right:.1f} × {bottom:.1f} mm but the page is "
                f"{self.page_width_mm:g} × {self.page_height_mm:g} mm"
            )
        if min(self.margin_left_mm, self.margin_top_mm, self.gap_x_mm, self.gap_y_mm) < 0:
            problems.append("margins and gaps cannot be negative")
        bad = [m for m in re.findall(r"\{[^}]*\}", self.extra_line)
               if not PLACEHOLDER.fullmatch(m)]
        if bad or len(self.extra_line) > 200:
            problems.append(f"the extra line may hold {{field:key}} placeholders only, "
                            f"not {', '.join(bad) or 'so long a text'}")
        if problems:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The badge layout “{name}” is not usable: {problems}."),
                field="layout",
                name=self.name,
                problems="; ".join(problems),
            )

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    @property
    def page_size(self) -> tuple[float, float]:
        """The page in points, for reportlab."""
        return self.page_width_mm * mm, self.page_height_mm * mm

    @property
    def badge_size(self) -> tuple[float, float]:
        """One badge in points."""
        return self.badge_width_mm * mm, self.badge_height_mm * mm

    def slot_origins(self) -> list[tuple[float, float]]:
        """The bottom-left corner of each badge on a page in points, in filling order."""
        origins = []
        page_h = self.page_height_mm
        for row in range(self.rows):
            top = self.margin_top_mm + row * (self.badge_height_mm + self.gap_y_mm)
            y = page_h - top - self.badge_height_mm
            for col in range(self.columns):
                x = self.margin_left_mm + col * (self.badge_width_mm + self.gap_x_mm)
                origins.append((x * mm, y * mm))
        return origins

    @classmethod
    def from_dict(cls, data: dict[str, Any], name: str | None = None) -> Layout:
        """A layout from parsed JSON; unknown keys are refused so typos do not pass silently."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        values = dict(data)
        if name is not None:
            values.setdefault("name", name)
        values.setdefault("title", values.get("name", ""))
        missing = [key for key in _REQUIRED if key not in values]
        if unknown or missing:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The badge layout “{name}” has unknown fields {unknown} or lacks {missing}.",
                ),
                field="layout",
                name=str(values.get("name", "?")),
                unknown=", ".join(unknown) or "-",
                missing=", ".join(missing) or "-",
            )
        try:
            return cls(
                name=str(values["name"]),
                title=str(values["title"]),
                page_width_mm=float(values["page_width_mm"]),
                page_height_mm=float(values["page_height_mm"]),
                columns=int(values["columns"]),
                rows=int(values["rows"]),
                badge_width_mm=float(values["badge_width_mm"]),
                badge_height_mm=float(values["badge_height_mm"]),
                margin_left_mm=float(values.get("margin_left_mm", 0.0)),
                margin_top_mm=float(values.get("margin_top_mm", 0.0)),
                gap_x_mm=float(values.get("gap_x_mm", 0.0)),
                gap_y_mm=float(values.get("gap_y_mm", 0.0)),
                padding_mm=float(values.get("padding_mm", 4.0)),
                outline=bool(values.get("outline", False)),
                extra_line=str(values.get("extra_line", "")),
            )
        except (TypeError, ValueError) as exc:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "The badge layout “{name}” has a bad value: {reason}."),
                field="layout",
                name=str(values.get("name", "?")),
                reason=str(exc),
            ) from exc


@dataclass(frozen=True)
class Calibration:
    """A printer's correction, applied to every page.

    Attributes:
        offset_x_mm: moves everything right (negative: left).
        offset_y_mm: moves everything down (negative: up), as measured on the printed sheet.
        scale: enlarges (> 1) or shrinks everything about the page's top-left corner, where
            label sheets are measured from.
    """

    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale: float = 1.0

    def __post_init__(self) -> None:
        if not 0.5 <= self.scale <= 1.5 or max(abs(self.offset_x_mm), abs(self.offset_y_mm)) > 50:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "A printer calibration moves at most 50 mm and scales between 50 % and 150 %.",
                ),
                field="calibration",
            )

    @property
    def is_identity(self) -> bool:
        return self.offset_x_mm == 0 and self.offset_y_mm == 0 and self.scale == 1


def layouts_dir() -> Path:
    return resources_dir() / "layouts"


def _layout_files(extra_dirs: tuple[Path, ...] = ()) -> Iterator[Path]:
    for folder in (layouts_dir(), *extra_dirs):
        if folder.is_dir():
            yield from sorted(folder.glob("*.json"))


def available_layouts(extra_dirs: tuple[Path, ...] = ()) -> list[str]:
    """Names of the shipped layouts and of those in ``extra_dirs`` (a user's own sheets)."""
    return sorted({p.stem for p in _layout_files(extra_dirs)})


def load_layout_file(path: Path) -> Layout:
    """The layout in a JSON file; its name defaults to the file name."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the badge layout {path}: {reason}"),
            field="layout",
            path=str(path),
            reason=str(exc),
        ) from exc
    if not isinstance(data, dict):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot read the badge layout {path}: {reason}"),
            field="layout",
            path=str(path),
            reason="not a JSON object",
        )
    return Layout.from_dict(data, name=path.stem)


def load_layout(name: str, extra_dirs: tuple[Path, ...] = ()) -> Layout:
    """A layout by name (``a4-2x4``), or from a path to a JSON file."""
    if name.endswith(".json"):
        return load_layout_file(Path(name))
    for path in _layout_files(extra_dirs):
        if path.stem == name:
            return load_layout_file(path)
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "There is no badge layout called “{name}”. Known: {known}."),
        field="layout",
        name=name,
        known=", ".join(available_layouts(extra_dirs)),
    )
