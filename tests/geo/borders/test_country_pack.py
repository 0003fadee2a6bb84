"""The shipped country outlines and border lines are what Natural Earth gives today.

``data/boundaries/countries.pack`` holds what ``scripts/build_countries.py`` derives
from the installed Natural Earth package; the join reads it instead of deriving at every
run, so its answers are the same only while the file matches the derivation, to the bit.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from bordermap.geo.borders import boundaries
from bordermap.geo.errors import GeometryDataError
from scripts.build_countries import border_lines, load_countries, pack_countries


@pytest.fixture(scope="module")
def derived():
    table = load_countries()
    return table, border_lines(table)


def test_the_shipped_file_is_the_build_of_the_installed_sources(derived) -> None:
    table, lines = derived
    assert pack_countries(table, lines) == boundaries.COUNTRIES_FILE.read_bytes()


def test_outlines_and_names_read_back_to_the_bit(derived) -> None:
    table, _ = derived
    shipped = boundaries.countries()
    assert shipped["iso_a2"].tolist() == [row[0] for row in table]
    assert shipped["iso_a3"].tolist() == [row[1] for row in table]
    assert shipped["name"].tolist() == [row[2] for row in table]
    assert [shapely.to_wkb(g) for g in shipped.geometry.values] == [
        shapely.to_wkb(row[3]) for row in table
    ]


def test_border_lines_and_neighbours_read_back_to_the_bit(derived) -> None:
    table, lines = derived
    shipped = boundaries.border_lines()
    assert list(zip(shipped["a"], shipped["b"], strict=True)) == list(lines)
    assert [shapely.to_wkb(g) for g in shipped.geometry.values] == [
        shapely.to_wkb(line) for line in lines.values()
    ]
    for iso2, *_ in table:
        expected = sorted({b for a, b in lines if a == iso2} | {a for a, b in lines if b == iso2})
        assert boundaries.neighbours(iso2) == expected


def test_countries_are_neighbours_only_along_a_line() -> None:
    # Namibia and Zimbabwe meet at a point; China and Macao across a sliver.
    assert "ZW" not in boundaries.neighbours("NA")
    assert boundaries.border_line("CN", "MO").length > 0
    assert boundaries._border_line("FR", "PL").is_empty
    with pytest.raises(GeometryDataError, match="unknown country code 'QQ'"):
        boundaries._border_line("LV", "QQ")


@pytest.mark.parametrize(
    "box",
    [(20.0, 50.0, 34.0, 59.0), (-180.0, -90.0, 180.0, 90.0), (-30.0, -60.0, -29.0, -59.0)],
)
def test_countries_in_a_box_are_those_whose_cut_is_not_empty(box) -> None:
    table = boundaries.countries()
    codes, outlines = boundaries.countries_in(box)
    assert codes == sorted(codes)
    cut = shapely.clip_by_rect(table.geometry.values, *box)
    not_empty = table["iso_a2"].to_numpy()[~shapely.is_empty(cut)]
    # Every country with something in the box is there (others whose bounds meet it
    # may be too: their cut is empty).
    assert set(not_empty) <= set(codes)
    by_code = dict(zip(table["iso_a2"], table.geometry.values, strict=True))
    assert isinstance(outlines, np.ndarray)
    for code, outline in zip(codes, outlines, strict=True):
        assert shapely.to_wkb(outline) == shapely.to_wkb(by_code[code])
