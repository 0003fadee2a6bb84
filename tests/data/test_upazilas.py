"""The shipped upazila table: each row names a district of the districts table, in its
region, with that district's circle or none."""

from __future__ import annotations

from bordermap.geo.places.districts import UPAZILAS_FILE, districts_named
from bordermap.geo.places.names import normalise


def _rows() -> list[list[str]]:
    lines = UPAZILAS_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == [
        "country", "region", "key", "name", "lat", "lon", "reach_km", "upazila",
    ]  # fmt: skip
    return [line.split("\t") for line in lines[1:]]


def test_every_row_is_a_district_of_bangladesh_with_its_circle_or_none():
    rows = _rows()
    assert len({row[7] for row in rows}) >= 480
    for country, region, key, name, lat, lon, reach, upazila in rows:
        # Mymensingh division's (BD-H, 2015) in no region: the data has no outline of it.
        assert country == "BD" and (region.startswith("BD-") or not region) and key and upazila
        district = [u for u in districts_named([normalise(name)], ["BD"]) if u.name == name]
        assert district, name
        assert district[0].region == region
        if reach:
            assert (float(lat), float(lon), float(reach)) == (
                district[0].lat,
                district[0].lon,
                district[0].reach_km,
            )
        else:
            assert not lat and not lon


def test_the_table_is_sorted_and_has_no_repeated_row():
    lines = UPAZILAS_FILE.read_text(encoding="utf-8").splitlines()[1:]
    assert lines == sorted(set(lines))
    assert not any("\u0981" in line.split("\t")[2] for line in lines)
