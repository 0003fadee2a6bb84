"""The offline path of ``bordermap geocode`` does not import the online geocoder."""

from __future__ import annotations

import ast
import subprocess
import sys

_PROGRAM = """
import contextlib, io, sys
from bordermap.maps.cli import main
with contextlib.redirect_stdout(io.StringIO()) as out:
    status = main(["geocode", "Vitebsk region"])
assert status == 0, status
assert "BY-VI" in out.getvalue(), out.getvalue()
print("bordermap.geo.online.geocoders" in sys.modules)
"""


def test_offline_geocode_does_not_import_the_online_module() -> None:
    run = subprocess.run(
        [sys.executable, "-c", _PROGRAM], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "False"


_RESOLVE_GIVEN_POINTS = """
import contextlib, io, sys
from bordermap.maps.cli import main
with contextlib.redirect_stderr(io.StringIO()):
    status = main(["resolve", sys.argv[1], "-o", sys.argv[2]])
assert status == 0, status
print(sorted(name for name in sys.modules if name.startswith("bordermap.geo.places.")))
"""


def test_events_that_carry_their_points_never_import_the_place_grammar(tmp_path) -> None:
    # Compiling the grammar's patterns at import costs about 0.2 s of CPU, for nothing
    # when every event gives its coordinates (ACLED exports do).
    events = tmp_path / "points.csv"
    events.write_text(
        "id,date,title,category,status,lat,lon,source_url,source_name\n"
        "e1,2024-05-01,Drone seen,airspace_incursion,alleged,55.87,26.53,https://example.org/a,Example\n"
        "e2,2024-05-02,Fence cut,border_infrastructure,confirmed,53.13,23.77,https://example.org/b,Example\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-c", _RESOLVE_GIVEN_POINTS, str(events), str(tmp_path / "out.geojson")],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = ast.literal_eval(run.stdout.strip())
    assert "bordermap.geo.places.phrases" not in loaded
    assert "bordermap.geo.places.geocoder" not in loaded
    assert (tmp_path / "out.geojson").is_file()


_LOOK_UP_AREAS = """
import sys
from bordermap.geo.places.geocoder import geocode_place
for text, country in [("Latvia", None), ("the Latvia–Belarus border", None),
                      ("Vitebsk region", "BY"), ("eastern Latvia", None)]:
    assert geocode_place(text, country=country).status == "resolved", text
print(sorted(name for name in ("geopandas", "pandas") if name in sys.modules))
"""


def test_looking_up_countries_borders_and_regions_never_imports_pandas() -> None:
    # The second process of the truth checks and `bordermap geocode` only look places
    # up: importing geopandas for a country's outline cost them about 0.5 s.
    run = subprocess.run(
        [sys.executable, "-c", _LOOK_UP_AREAS], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "[]"
