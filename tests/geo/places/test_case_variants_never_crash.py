"""A place text in any case never crashes the resolver (issue 11).

The sixth blind field set's first score stopped on "Hatay Reyhanlı İlçesi": lower-casing
Turkish "İ" leaves a combining dot, so the matched word was not the table's key and the
lookup raised ``KeyError``; "KIRSALINDA" (for "kırsalında") did the same.  In a user's
events file that would have stopped ``bordermap resolve`` on one row.  Every phrase of
the field sets is tried here in one of four case forms, in shards that ``make test``'s
workers share (the whole pass is about a quarter of the suite's time).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bordermap.geo.places.geocoder import geocode_place

FIELD = Path(__file__).resolve().parents[3] / "bench" / "field"
SHARDS = 8
_FORMS = (
    str.upper,
    str.title,
    str.lower,
    lambda text: text.replace("i", "İ").replace("ı", "I"),
)


def _phrases() -> list[tuple[str, str | None]]:
    rows = []
    for path in sorted(FIELD.glob("*places.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += [(r["phrase"], r["country_hint"] or None) for r in csv.DictReader(handle)]
    return rows


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hatay Reyhanlı İlçesi", "TR"),
        ("REYHANLI İLÇESİ", "TR"),
        ("İDLIB KIRSALINDA", "SY"),
        ("KİLİS'TE", "TR"),
    ],
)
def test_turkish_capitals_are_read(text: str, country: str) -> None:
    assert geocode_place(text, country=country).status in ("resolved", "ambiguous", "unresolved")


@pytest.mark.parametrize("shard", range(SHARDS), ids=lambda shard: f"shard{shard}")
def test_no_field_phrase_crashes_in_another_case(shard: int) -> None:
    phrases = _phrases()
    assert len(phrases) > 1000
    for number, (text, country) in enumerate(phrases):
        if number % SHARDS == shard:
            form = _FORMS[number % len(_FORMS)](text)
            geocode_place(form, country=country)  # raises on a crash
