"""The lat/lon truth checks over columns give the answers of checking event by event.

The reference below states the rules one event at a time (one gazetteer lookup, one
point and one distance per event); ``_truth_checks`` looks each distinct (place, hint)
up once and measures each distinct (point, place) once.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from bordermap.geo import schema
from bordermap.geo.borders.join import country_codes
from bordermap.geo.events.loading import load_events
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.resolve import (
    CONTRADICTION_KM,
    _distances_km,
    _distinct_rows,
    _joined_notes,
    _truth_checks,
    resolve_events,
)

# id, place, country hint, lat, lon
ROWS = [
    ("agrees", "Krāslava", "LV", "55.8951", "27.1681"),
    ("agrees-again", "Krāslava", "LV", "55.8951", "27.1681"),
    ("far", "Krāslava", "LV", "56.95", "24.1"),
    ("far-again", "Krāslava", "LV", "56.95", "24.1"),
    ("far-no-hint", "near Krāslava", "", "56.95", "24.1"),
    ("near-no-hint", "near Krāslava", "", "55.85", "27.3"),
    ("swapped-hint", "Krāslava", "LV", "27.17", "55.90"),
    ("swapped-no-hint", "Daugavpils", "", "26.5362", "55.8747"),
    ("other-country", "Daugavpils", "LV", "55.19", "30.20"),
    ("no-country", "Riga", "LV", "57.5", "19.0"),
    ("unknown-place", "Xyzzyvillekowo", "LV", "56.95", "24.1"),
    ("unknown-no-hint", "Xyzzyvillekowo", "", "56.95", "24.1"),
    ("hint-only", "", "LV", "56.95", "24.1"),
    ("hint-only-elsewhere", "", "LV", "54.69", "25.28"),
    ("nothing-to-contradict", "", "", "54.69", "25.28"),
    ("region-inside", "Vitebsk region", "BY", "55.19", "30.20"),
    ("region-far", "Vitebsk region", "", "53.90", "27.56"),
    ("border-far", "the Latvia–Belarus border", "", "56.95", "24.1"),
    ("border-near", "the Latvia–Belarus border", "", "55.90", "27.40"),
    ("looked-up", "Riga", "", "", ""),
    ("looked-up-border", "the Latvia–Belarus border", "", "", ""),
    ("looked-up-other-border", "the Estonia–Russia border", "", "", ""),
    ("ambiguous", "Novoselki", "", "56.95", "24.1"),
    ("same-point-other-place", "Vilnius", "", "56.95", "24.1"),
    ("at-sea", "Liepāja", "", "56.6", "19.5"),
]


def per_row_checks(frame, explicit, region_of_interest) -> list[str | None]:
    """The checks of each event on its own: the rules as ``_truth_checks`` states them."""
    out = []
    for i in range(len(frame)):
        lat, lon = float(frame[schema.LAT].iloc[i]), float(frame[schema.LON].iloc[i])
        hint = frame[schema.COUNTRY_HINT].iloc[i]
        place = frame[schema.PLACE].iloc[i]
        here = frame[schema.COUNTRY].iloc[i]
        found = []
        if explicit[i] and (hint or place):
            if hint and here != hint:
                where = f"in {here}" if here else "in no country"
                text = f"lat/lon lie {where}, not in {hint} (the country hint)"
                flipped = np.array([shapely.Point(lat, lon)], dtype=object)
                if abs(lon) <= 90 and country_codes(flipped)[0] == hint:
                    text += f"; lat and lon look swapped: ({lon:g}, {lat:g}) lies in {hint}"
                found.append(text)
            elif place:
                named = geocode_place(place, country=hint or None)
                if named.status == "resolved" and named.geometry is not None:
                    allowed = CONTRADICTION_KM + (named.uncertainty_km or 0.0)
                    shape = np.array([named.geometry], dtype=object)
                    point = np.array([shapely.Point(lon, lat)], dtype=object)
                    away = _distances_km(point, shape)[0]
                    if away > allowed:
                        text = (
                            f"lat/lon lie {away:,.0f} km from {named.name!r}, the place the "
                            "text names; check them"
                        )
                        flipped = np.array([shapely.Point(lat, lon)], dtype=object)
                        if abs(lon) <= 90 and _distances_km(flipped, shape)[0] <= allowed:
                            text += f"; lat and lon look swapped: ({lon:g}, {lat:g}) fits it"
                        found.append(text)
        if region_of_interest and frame[schema.RESOLVE_STATUS].iloc[i] == "resolved":
            point = frame.geometry.iloc[i]
            border = frame[schema.BORDER].iloc[i]
            if isinstance(region_of_interest, tuple):
                if point is not None and not shapely.box(*region_of_interest).covers(point):
                    found.append("outside the region of interest (the map's box)")
            else:
                wanted = set(region_of_interest)
                if frame[schema.PRECISION].iloc[i] == "border":
                    inside = bool(wanted & set(border.split("-")))
                else:
                    inside = here in wanted
                if not inside:
                    shown = here or border or "no country"
                    found.append(
                        f"outside the region of interest ({', '.join(sorted(wanted))}): "
                        f"lies in {shown}"
                    )
        out.append("; ".join(found) or None)
    return out


@pytest.fixture(scope="module")
def resolved(tmp_path_factory):
    path = tmp_path_factory.mktemp("truth") / "events.csv"
    lines = ["id,date,title,place,country,lat,lon,source_name"]
    # Shuffled copies too, so distinct pairs and points come back in another order.
    order = np.random.default_rng(5).permutation(len(ROWS) * 3) % len(ROWS)
    for n, k in enumerate(order):
        id_, place, hint, lat, lon = ROWS[k]
        lines.append(f"{id_}-{n},2026,T,{place},{hint},{lat},{lon},S")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return resolve_events(load_events([path])).events


def explicit_rows(frame) -> np.ndarray:
    given = frame[schema.LAT].notna().to_numpy() & frame[schema.LON].notna().to_numpy()
    return given & (frame[schema.RESOLVE_STATUS].to_numpy() == "resolved")


@pytest.mark.parametrize(
    "region_of_interest", [None, ["LV"], ["BY", "LT"], (20.0, 54.0, 28.0, 57.0)]
)
def test_checks_over_columns_give_the_answers_of_each_event_alone(resolved, region_of_interest):
    explicit = explicit_rows(resolved)
    bulk = _truth_checks(resolved, explicit, region_of_interest)
    expected = per_row_checks(resolved, explicit, region_of_interest)
    assert list(bulk) == expected
    # The frame holds every kind of answer the rules give.
    said = " | ".join(text for text in expected if text)
    assert "not in LV (the country hint); lat and lon look swapped" in said
    assert "the place the text names; check them; lat and lon look swapped" in said
    assert "in no country, not in LV" in said
    assert "km from 'Krāslava', the place the text names" in said
    if region_of_interest:
        assert "outside the region of interest" in said
    if region_of_interest == ["LV"]:
        assert "outside the region of interest (LV): lies in EE-RU" in said


def test_agreeing_and_unknown_places_are_not_reported(resolved):
    explicit = explicit_rows(resolved)
    found = _truth_checks(resolved, explicit, None)
    checks = dict(zip(resolved[schema.ID], found, strict=True))
    for id_, text in checks.items():
        kind = id_.rsplit("-", 1)[0]
        if kind in (
            "agrees",
            "agrees-again",
            "near-no-hint",
            "unknown-place",
            "unknown-no-hint",
            "hint-only",
            "nothing-to-contradict",
            "region-inside",
            "border-near",
            "looked-up",
            "looked-up-border",
            "looked-up-other-border",
        ):
            assert text is None, (id_, text)
        if kind in ("far", "far-again", "far-no-hint", "region-far", "border-far"):
            assert text and "the place the text names" in text, (id_, text)


def test_distinct_rows_are_first_seen_first_and_point_back():
    a = np.array([3, 1, 3, 2, 1, 3])
    b = np.array([0, 0, 0, 0, 0, 1])
    first, combination = _distinct_rows(a, b)
    assert first.tolist() == [0, 1, 3, 5]
    assert combination.tolist() == [0, 1, 0, 2, 1, 3]
    assert _distinct_rows(np.zeros(0, dtype=int))[0].tolist() == []


def test_notes_join_only_what_is_there():
    first = np.array([None, "a", "", "b", None], dtype=object)
    second = np.array([None, None, "c", "d", "e"], dtype=object)
    third = np.array([None, "f", None, "g", ""], dtype=object)
    assert _joined_notes(first, second, third).tolist() == [None, "a; f", "c", "b; d; g", "e"]
