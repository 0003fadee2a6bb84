"""The offline path of ``bordermap geocode`` does not import the online geocoder."""

from __future__ import annotations

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
