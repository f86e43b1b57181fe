"""Layouts are data: the shipped ones load and fit their paper; bad ones are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from jobfair.documents.layouts import (
    LAYOUT_TITLES,
    Calibration,
    Layout,
    available_layouts,
    load_layout,
)
from jobfair.domain.errors import ValidationError

REQUIRED = {"single", "a6", "a4-2x4", "a4-2x5"}


def test_shipped_layouts() -> None:
    names = available_layouts()
    assert set(names) >= REQUIRED
    assert set(names) == set(LAYOUT_TITLES)  # every shipped layout has a translatable title
    for name in names:
        layout = load_layout(name)
        assert layout.name == name
        assert layout.title == LAYOUT_TITLES[name]


@pytest.mark.parametrize(
    ("name", "per_page", "page_mm"),
    [("single", 1, (90, 55)), ("a6", 1, (105, 148)), ("a4-2x4", 8, (210, 297)),
     ("a4-2x5", 10, (210, 297))],
)  # fmt: skip
def test_grid(name: str, per_page: int, page_mm: tuple[float, float]) -> None:
    layout = load_layout(name)
    assert layout.per_page == per_page
    assert (layout.page_width_mm, layout.page_height_mm) == page_mm
    origins = layout.slot_origins()
    assert len(origins) == per_page
    w, h = layout.badge_size
    page_w, page_h = layout.page_size
    for x, y in origins:
        assert x >= -0.01 and x + w <= page_w + 0.2 * mm
        assert y >= -0.2 * mm and y + h <= page_h + 0.01
    # Filled left to right, then top to bottom.
    assert origins == sorted(origins, key=lambda o: (-round(o[1], 3), o[0]))


def test_badges_that_overflow_the_page_are_refused() -> None:
    data = json.loads((Path(__file__).parents[2] / "resources/layouts/a4-2x4.json").read_text())
    data["rows"] = 5
    with pytest.raises(ValidationError) as info:
        Layout.from_dict(data)
    assert "a4-2x4" in str(info.value) and "297" in str(info.value)


def test_unknown_and_missing_fields_are_refused() -> None:
    with pytest.raises(ValidationError, match="colums"):
        Layout.from_dict({"name": "x", "colums": 2})
    with pytest.raises(ValidationError, match="badge_width_mm"):
        Layout.from_dict({"name": "x", "page_width_mm": 100, "page_height_mm": 100,
                          "columns": 1, "rows": 1, "badge_height_mm": 50})  # fmt: skip
    with pytest.raises(ValidationError, match="bad value"):
        Layout.from_dict({"name": "x", "page_width_mm": "wide", "page_height_mm": 100,
                          "columns": 1, "rows": 1, "badge_width_mm": 50,
                          "badge_height_mm": 50})  # fmt: skip


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(ValidationError) as info:
        load_layout("a3-9x9")
    assert "a4-2x5" in str(info.value)


def test_user_layout_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "herma-4x6.json"
    data = {"page_width_mm": 210, "page_height_mm": 297, "columns": 3, "rows": 6,
            "badge_width_mm": 70, "badge_height_mm": 45}  # fmt: skip
    path.write_text(json.dumps(data))
    layout = load_layout(str(path))
    assert layout.name == "herma-4x6" and layout.per_page == 18
    assert load_layout("herma-4x6", extra_dirs=(tmp_path,)) == layout
    assert "herma-4x6" in available_layouts((tmp_path,))
    (tmp_path / "broken.json").write_text("{")
    with pytest.raises(ValidationError, match="Cannot read"):
        load_layout("broken", extra_dirs=(tmp_path,))


def test_calibration_limits() -> None:
    assert Calibration().is_identity
    assert not Calibration(offset_x_mm=1).is_identity
    with pytest.raises(ValidationError):
        Calibration(scale=2.0)
    with pytest.raises(ValidationError):
        Calibration(offset_y_mm=-80)
