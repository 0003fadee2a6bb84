"""The peer in SQL: DuckDB with its spatial extension (from PyPI: ``duckdb-ext-spatial``).

Run with an interpreter that has ``duckdb`` and ``duckdb-ext-spatial`` (``bench/run.py``
makes one in ``build/duckdb-venv``): ``python bench/peer_duckdb.py EVENTS.csv
BOUNDARIES_DIR OUT.parquet``.  CSV in, ``ST_Within`` joins for country and region, the
nearest of the border lines by ``ST_Distance`` in EPSG:3035 (DuckDB has no
nearest-neighbour join), GeoParquet out.  Prints one JSON line.
"""

from __future__ import annotations

import json
import sys
import time


def main(argv: list[str]) -> int:
    started = time.perf_counter()
    import platform
    import sysconfig
    from pathlib import Path

    import duckdb

    events, boundaries, out = argv
    con = duckdb.connect()
    # duckdb-ext-spatial installs the extension file beside the packages: load it from
    # there, since the usual download would need the network.
    machine = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
    extension = (
        Path(sysconfig.get_paths()["purelib"])
        / f"duckdb_ext/extensions/v{duckdb.__version__}/linux_{machine}/spatial.duckdb_extension"
    )
    con.execute(f"LOAD '{extension}'")
    imported = time.perf_counter()
    con.execute(
        f"""
        CREATE TABLE events AS
        SELECT *, ST_Point(lon, lat) AS geom FROM read_csv('{events}', all_varchar=false);
        CREATE TABLE countries AS
        SELECT iso_a2, geometry AS geom FROM read_parquet('{boundaries}/countries.parquet');
        CREATE TABLE regions AS
        SELECT code, name, geometry AS geom FROM read_parquet('{boundaries}/regions.parquet');
        CREATE TABLE lines AS
        SELECT border, ST_Transform(geometry, 'EPSG:4326', 'EPSG:3035', always_xy := true) AS geom
        FROM read_parquet('{boundaries}/border_lines.parquet');
        """
    )
    read = time.perf_counter()
    con.execute(
        """
        CREATE TABLE joined AS
        WITH c AS (
            SELECT e.id, any_value(c.iso_a2) AS country_code
            FROM events e JOIN countries c ON ST_Within(e.geom, c.geom) GROUP BY e.id
        ), r AS (
            SELECT e.id, any_value(r.code) AS admin1_code, any_value(r.name) AS admin1
            FROM events e JOIN regions r ON ST_Within(e.geom, r.geom) GROUP BY e.id
        ), n AS (
            SELECT e.id, arg_min(l.border, ST_Distance(p.geom, l.geom)) AS border,
                   min(ST_Distance(p.geom, l.geom)) / 1000.0 AS border_km
            FROM events e
            CROSS JOIN LATERAL (
                SELECT ST_Transform(e.geom, 'EPSG:4326', 'EPSG:3035', always_xy := true) AS geom
            ) p
            CROSS JOIN lines l
            GROUP BY e.id
        )
        SELECT e.*, c.country_code, r.admin1_code, r.admin1, n.border, n.border_km
        FROM events e LEFT JOIN c USING (id) LEFT JOIN r USING (id) LEFT JOIN n USING (id)
        """
    )
    joined = time.perf_counter()
    con.execute(f"COPY joined TO '{out}' (FORMAT parquet, COMPRESSION zstd)")
    written = time.perf_counter()
    count = con.execute("SELECT count(*) FROM joined").fetchone()[0]
    print(
        json.dumps(
            {
                "events": count,
                "import_seconds": imported - started,
                "read_seconds": read - imported,
                "join_seconds": joined - read,
                "write_seconds": written - joined,
                "seconds": written - started,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
