import json

import numpy as np

from bordermap.geo.places.gazetteer import Place, load_gazetteer
from bordermap.layers.towns import TOWN_ZOOMS, TOWNS_PER_TILE, MapLabels, Town, towns_in


class FakeGazetteer:
    """The two calls of the gazetteer's public API that towns use."""

    def __init__(self, places: list[Place]) -> None:
        self.places = places

    def settlements(self, min_population: int = 0) -> tuple[np.ndarray, ...]:
        rows = [
            p for p in self.places if p.kind == "settlement" and p.population >= min_population
        ]
        return (
            np.array([p.ident for p in rows], dtype=np.int64),
            np.array([p.lat for p in rows], dtype=float),
            np.array([p.lon for p in rows], dtype=float),
            np.array([p.population for p in rows], dtype=np.int64),
        )

    def place(self, ident: int) -> Place:
        return self.places[ident]


def place(ident, name, lat, lon, population, kind="settlement"):
    return Place(ident, name, kind, "LV", None, lat, lon, population)


def test_towns_first_zoom_follows_population():
    assert Town("A", 0, 0, 2_000_000).min_zoom == 4
    assert Town("B", 0, 0, 90_000).min_zoom == 7
    assert Town("C", 0, 0, 9_000).min_zoom == 8
    assert Town("D", 0, 0, 500).min_zoom is None


def test_only_settlements_in_the_window_largest_first():
    gazetteer = FakeGazetteer(
        [
            place(0, "Riga", 56.95, 24.1, 700_000),
            place(1, "Daugavpils", 55.87, 26.53, 90_000),
            place(2, "Latgale", 56.5, 27.0, 0, kind="region"),
            place(3, "Far away", 40.0, 10.0, 5_000_000),
            place(4, "Hamlet", 56.0, 26.0, 100),
        ]
    )
    towns = towns_in((20.0, 54.0, 30.0, 58.0), gazetteer=gazetteer)
    assert [t.name for t in towns] == ["Riga", "Daugavpils"]


def test_small_towns_only_in_the_area_shown_and_a_few_per_tile():
    crowd = [place(i, f"Village {i}", 56.0 + i * 0.001, 26.0, 3_000 + i) for i in range(10)]
    outside = [place(10, "Outside", 57.5, 29.5, 5_000)]
    gazetteer = FakeGazetteer(crowd + outside)
    towns = towns_in((20.0, 54.0, 30.0, 58.0), focus=(25.0, 55.0, 27.0, 57.0), gazetteer=gazetteer)
    # Ten villages on one zoom-9 tile: only the largest few are kept; none outside.
    assert len(towns) == TOWNS_PER_TILE
    assert [t.name for t in towns] == ["Village 9", "Village 8", "Village 7", "Village 6"]


def test_equal_populations_go_by_name_and_a_full_map_stops_early():
    # Taken one population at a time, largest first: ties by name, as one sort gives.
    gazetteer = FakeGazetteer(
        [
            place(0, "Zilupe", 56.39, 28.12, 50_000),
            place(1, "Aglona", 56.13, 27.0, 50_000),
            place(2, "Rezekne", 56.51, 27.33, 80_000),
            place(3, "Ludza", 56.55, 27.72, 50_000),
        ]
    )
    towns = towns_in((20.0, 54.0, 30.0, 58.0), gazetteer=gazetteer)
    assert [t.name for t in towns] == ["Rezekne", "Aglona", "Ludza", "Zilupe"]
    assert [
        t.name for t in towns_in((20.0, 54.0, 30.0, 58.0), gazetteer=gazetteer, max_towns=2)
    ] == [
        "Rezekne",
        "Aglona",
    ]


def test_a_window_without_towns_names_none():
    gazetteer = FakeGazetteer([place(0, "Riga", 56.95, 24.1, 700_000)])
    assert towns_in((-30.0, -50.0, -29.0, -49.0), gazetteer=gazetteer) == []


def test_town_names_reach_the_page_as_escaped_json():
    labels = MapLabels([Town("<b>Town</b>", 56.0, 26.0, 50_000)])
    assert "<b>" not in labels.towns_json
    assert json.loads(labels.towns_json) == [[56.0, 26.0, 7, "<b>Town</b>"]]


def test_shipped_settlement_columns_are_the_places_rows():
    gazetteer = load_gazetteer()
    smallest = TOWN_ZOOMS[-1][0]
    expected = [
        (i, p.lat, p.lon, p.population)
        for i in range(len(gazetteer))
        if (p := gazetteer.place(i)).kind == "settlement" and p.population >= smallest
    ]
    columns = gazetteer.settlements(smallest)
    assert list(zip(*(c.tolist() for c in columns), strict=True)) == expected


def test_shipped_towns_around_the_baltic_states():
    towns = towns_in((19.0, 53.0, 33.0, 60.0), focus=(21.0, 54.0, 31.0, 58.5))
    names = [t.name for t in towns]
    assert names[:2] == ["Saint Petersburg", "Minsk"]
    assert {"Riga", "Vilnius", "Daugavpils"} <= set(names)
    assert all(19.0 <= t.lon <= 33.0 and 53.0 <= t.lat <= 60.0 for t in towns)
