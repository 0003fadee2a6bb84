"""An event at sea gets the same nearest border whatever the other events are."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point

from bordermap.geo.borders.join import join_borders

#: The Gulf of Riga, ~40 km off Latvia; the Mediterranean north of Tripoli.
AT_SEA = {"gulf_of_riga": (23.55, 57.45), "off_tripoli": (13.2, 33.4)}
#: Events on land far away that used to lend the sea event their borders.
ELSEWHERE = {
    "ukraine": Point(30.5, 50.45),
    "libya": Point(13.19, 32.89),
    "chile": Point(-70.6, -33.4),
}


def joined(points: list[Point]) -> gpd.GeoDataFrame:
    return join_borders(gpd.GeoDataFrame(geometry=points, crs="EPSG:4326"))


@pytest.mark.parametrize("name", sorted(AT_SEA))
def test_the_nearest_border_of_a_sea_event_does_not_depend_on_the_others(name):
    sea = Point(*AT_SEA[name])
    alone = joined([sea]).iloc[0]
    assert alone["country_code"] == ""
    assert alone["border"] != ""
    for other in ELSEWHERE.values():
        together = joined([other, sea]).iloc[1]
        assert together["border"] == alone["border"]
        assert together["border_km"] == pytest.approx(alone["border_km"], abs=1e-6)


def test_the_gulf_of_riga_is_nearest_to_the_estonia_latvia_border():
    row = joined([Point(*AT_SEA["gulf_of_riga"]), ELSEWHERE["ukraine"]]).iloc[0]
    assert row["border"] == "EE-LV"
    assert row["border_km"] < 150
