"""Every extraction gold file is an events file ``bordermap validate`` accepts.

bench/extract/README.md says so; 28 gold files used a category outside the vocabulary
("armed_incursion") and one gave ``evidence`` twice in one event, and nothing noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bordermap.geo.events.readers import read_file
from bordermap.geo.events.validation import validate_file

EXTRACT = Path(__file__).resolve().parents[2] / "bench" / "extract"
GOLD = sorted(EXTRACT.glob("*.gold.yaml")) + sorted(EXTRACT.glob("*/*.gold.yaml"))


def test_the_gold_folders_are_found():
    assert len(GOLD) > 300


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_gold_file_validates(path: Path):
    _, problems = validate_file(read_file(path))
    assert [str(p) for p in problems] == []
