"""The shipped table of islands their region's outline leaves out."""

from __future__ import annotations

import shapely

from bordermap.geo.borders.admin1 import region_geometry
from bordermap.geo.places.outlying_islands import OUTLYING_ISLANDS_FILE, load_outlying_islands


def test_rows_are_cited_and_well_formed():
    lines = OUTLYING_ISLANDS_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["region", "name", "forms", "lat", "lon", "area_km2", "source"]
    for line in lines[1:]:
        fields = line.split("\t")
        assert len(fields) == 7
        assert fields[6].startswith("https://")
    assert len(load_outlying_islands()) == len(lines) - 1


def test_each_island_lies_outside_its_region_s_outline():
    # Only an island the outline leaves out belongs in the table.
    for island in load_outlying_islands():
        outline = region_geometry(island.region)
        assert not outline.covers(shapely.Point(island.lon, island.lat)), island.name
        assert island.disc().covers(shapely.Point(island.lon, island.lat))
