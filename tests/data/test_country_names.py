"""``data/gazetteer/country_names.tsv``: its rows are well formed and its keys current.

The table stores each name's lookup key so that loading normalises nothing; a change of
the key rules (``bordermap.geo.places.names.normalise``) must come with a rebuild
(``make data``), which this test demands.
"""

from __future__ import annotations

import re

from bordermap.geo.places.names import normalise
from bordermap.geo.places.words import COUNTRY_NAMES_FILE

_ROW = re.compile(r"^[A-Z]{2}\t[^\t]+\t[^\t]+\t[a-zA-Z_@,]+$")


def _rows() -> list[list[str]]:
    lines = COUNTRY_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if not line.startswith("#")]


def test_every_row_has_code_key_name_and_locales() -> None:
    lines = COUNTRY_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    bad = [line for line in lines if not line.startswith("#") and not _ROW.match(line)]
    assert bad == []
    assert len(lines) > 10_000


def test_every_stored_key_is_the_names_key_today() -> None:
    stale = [(name, key) for _, key, name, _ in _rows() if normalise(name) != key]
    assert stale == [], f"{len(stale)} keys are stale: run `make data`"


def test_a_key_names_one_country() -> None:
    codes: dict[str, set[str]] = {}
    for code, key, _, _ in _rows():
        codes.setdefault(key, set()).add(code)
    assert {key: c for key, c in codes.items() if len(c) > 1} == {}
