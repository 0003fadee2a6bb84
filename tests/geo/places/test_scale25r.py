"""Look-ups made cheaper at scale answer as before (issue 13, session 25)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.resolver import _FRENCH_CONTRACTIONS, PlaceResolver


def _merged_article_by_a_pattern_per_name(query: str, text: str) -> str | None:
    """The article as one pattern per looked-up name finds it (the former reading)."""
    if not text[:1].isupper():
        return None
    before = re.search(rf"\b(au|du|aux|des)\s+{re.escape(text)}\b", query, re.IGNORECASE)
    return _FRENCH_CONTRACTIONS[before.group(1).casefold()] if before else None


@pytest.mark.parametrize(
    "query",
    [
        "au Boulou",
        "près du Boulou",
        "des Rousses",
        "AU Perthus",
        "Du\tBoulou",
        "aux\u00a0Rousses",
        "Audun près de Perthus",
        "Boulou",
        "la barrière de péage du  Boulou, Pyrénées-Orientales",
        "Silene–Urbany region",
        "the Latvia–Belarus border",
        "lieu-dit des Rousses-du-Haut",
    ],
)
def test_the_french_merged_article_is_read_as_by_a_pattern_per_name(query):
    # A query without "au", "du", "aux" or "des" before a space is answered without
    # compiling a pattern for each name looked up; the answer stays the same.
    resolver = PlaceResolver(load_gazetteer(), query, (), None, None)
    for text in ("Boulou", "Perthus", "Rousses", "Rousses-du-Haut", "Urbany", "boulou"):
        expected = _merged_article_by_a_pattern_per_name(query, text)
        assert resolver.french_article_merged(text) == expected


def test_looking_up_in_this_process_imports_no_multiprocessing():
    # A run that never starts a second process (small input, busy machine) and writes
    # no report folder leaves multiprocessing and ctypes.util unimported (~0.03 s).
    code = (
        "import sys\n"
        "import bordermap.geo.atomic, bordermap.geo.places.side_process\n"
        "print(sorted(m for m in ('multiprocessing', 'concurrent.futures.process',"
        " 'ctypes.util') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
