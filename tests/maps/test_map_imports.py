"""What the ``map`` command imports before it has read the events."""

from __future__ import annotations

import subprocess
import sys


def test_building_and_output_leave_the_page_libraries_unimported():
    # The events are read and sent to a second process before folium and branca are
    # imported: these modules must not pull them in (a fresh interpreter, as the
    # test process has imported them already).
    code = (
        "import sys\n"
        "import bordermap.maps.building, bordermap.maps.commands.mapoutput\n"
        "print(sorted(m for m in ('folium', 'branca', 'jinja2') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
