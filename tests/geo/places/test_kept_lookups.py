"""What the resolver keeps between look-ups gives what it gave when it was made each time.

The place look-ups keep the answers of pure functions of a string or a country (index
positions, a country's name forms and units, closest spellings, nominative keys, role
words split off): each kept answer must equal the one worked out afresh, whatever was
asked before it.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from bordermap.geo.places import districts, gazetteer, inflection, resolver, text_runs
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.names import normalise
from bordermap.geo.places.spelling import closest_spelling, edit_distance

_COUNTRIES = ("BY", "IN", "KH", "LV", "PL", "TH", "TR", "UA", "ZZ")


@pytest.mark.parametrize("kind", ["crossing", "region", "settlement"])
def test_forms_of_are_every_posting_of_the_kind_and_country(kind: str) -> None:
    gaz = load_gazetteer()
    index = gaz._index
    numbers, rows = index.postings()
    for country in _COUNTRIES:
        code = gaz._country_code.get(country, -1)
        wanted = (gaz._kind[rows] == gaz._kind_code[kind]) & (
            (gaz._country[rows] == code) | (gaz._country_b[rows] == code)
        )
        expected = [
            (index.key(number), row)
            for number, row in zip(numbers[wanted].tolist(), rows[wanted].tolist(), strict=True)
        ]
        assert gaz.forms_of(kind, country) == expected
    assert gaz.forms_of(kind, "PL"), "Poland has entries of every kind tested"


def test_key_positions_kept_or_forgotten_find_the_same_rows(monkeypatch) -> None:
    gaz = load_gazetteer()
    index = gaz._index
    keys = [index.key(number) for number in range(0, len(index), max(len(index) // 300, 1))]
    keys += ["vitebsk", "daugavpils", "no such place at all", "", "zzzz"]
    found = [index.get(key) for key in keys]
    assert sum(bool(rows) for rows in found) >= 290
    monkeypatch.setattr(gazetteer, "_POSITIONS_KEPT", 7)
    index._positions.clear()
    for _ in range(2):  # the second pass asks what the first kept (or forgot)
        assert [index.get(key) for key in keys] == found
        assert len(index._positions) <= 7
    for key, rows in zip(keys, found, strict=True):
        assert index._find_position(key) >= 0 if rows else index._find_position(key) == -1


def test_rows_of_a_country_are_its_rows_in_table_order() -> None:
    table = districts._table()
    for country in (*_COUNTRIES, "by", "BD"):
        prefix = f"{country}\t"
        expected = [(key, line) for key, line in table.lines() if line.startswith(prefix)]
        assert table.lines_in(country) == expected
    assert table.lines_in("IN") and not table.lines_in("by")


def test_kept_closest_spellings_are_those_made_afresh() -> None:
    gaz = load_gazetteer()
    names = ["Sistan-Baluchistan", "Jazen", "Nujiamaa", "Champaran", "Garrisa", "Vitebskaya"]
    for country in ("IR", "SA", "FI", "IN", "KE", "BY"):
        for name in names:
            key = normalise(name)
            fresh = closest_spelling(key, districts.district_forms(country))
            assert resolver._district_spelled_like(key, country) == fresh
            for kind in ("region", "crossing"):
                entry = closest_spelling(key, gaz.forms_of(kind, country))
                assert resolver._entry_spelled_like(gaz, key, kind, country) == entry


def test_edit_distance_short_cuts_agree_with_its_table() -> None:
    rng = random.Random(49)
    letters = "aabcdeh"
    for _ in range(3000):
        a = "".join(rng.choice(letters) for _ in range(rng.randint(0, 7)))
        b = "".join(rng.choice(letters) for _ in range(rng.randint(0, 7)))
        for limit in (0, 1, 2):
            got = edit_distance(a, b, limit)
            if a == b:
                assert got == 0
            elif limit == 0:
                assert got == 1
            else:
                assert got >= 1
            # Within the limit the distance is symmetric (past it, only "too far" counts).
            back = edit_distance(b, a, limit)
            assert got == back if got <= limit else back > limit
            assert got <= max(len(a), len(b), limit + 1)
    assert edit_distance("kerem salom", "kerem shalom", 0) == 1
    assert edit_distance("garissa", "garissa", 0) == 0


def test_nominative_keys_are_a_new_list_each_time() -> None:
    first = inflection.nominative_keys("vitebskoy oblasti", ("ru", "be", "uk"))
    assert ("vitebskaya oblast", "ru") in first
    first.clear()
    again = inflection.nominative_keys("vitebskoy oblasti", ("ru", "be", "uk"))
    assert again and again is not first
    assert inflection.nominative_keys("vitebskoy oblasti", ["ru", "be", "uk"]) == again
    assert inflection.languages_of_hint(["FI"]) == inflection.languages_of_hint(("FI",))


def test_hangul_role_words_are_the_sorted_tables_hangul_words() -> None:
    roles = text_runs._script_roles()
    expected = tuple(
        word for word in sorted(roles, key=len, reverse=True) if text_runs._is_hangul(word)
    )
    assert text_runs._hangul_role_words() == expected
    assert expected, "the tables hold Korean unit words"
    assert text_runs.split_role("파주시") == text_runs.split_role("파주시")
    assert text_runs.split_role("파주시")[1] is not None


def test_posting_columns_are_taken_once() -> None:
    gaz = load_gazetteer()
    gaz.forms_of("region", "LV")
    columns = gaz._postings
    assert columns is not None and len(columns) == 5
    gaz.forms_of("crossing", "EE")
    assert gaz._postings is columns
    numbers, rows, kinds, countries, countries_b = columns
    assert np.array_equal(numbers, gaz._index.postings()[0])
    assert np.array_equal(kinds, gaz._kind[rows])
    assert np.array_equal(countries, gaz._country[rows])
    assert np.array_equal(countries_b, gaz._country_b[rows])


def test_kept_lookups_and_country_words_are_those_worked_out_afresh(monkeypatch) -> None:
    gaz = load_gazetteer()
    index = gaz._index
    keys = [index.key(number) for number in range(0, len(index), max(len(index) // 200, 1))]
    # A miss, an Arabic key found in the other orthography, a Hindi pair without "और".
    keys += ["no such place at all", "", "کیش", "जम्मू कश्मीर", "latvia", "lv"]
    texts = ["Latvia", "LV", "Латвия", "Latvian", "Belarusian", "lv", " LV ", "Vitebsk", ""]
    asks = [(key, kinds, countries) for key in keys for kinds, countries in _FILTERS]
    fresh = [_looked_up_afresh(gaz, *ask) for ask in asks]
    codes = [gaz._country_code_of(text) for text in texts]
    assert sum(bool(found) for found in fresh) >= 150
    assert codes[:4] == ["LV", "LV", "LV", "LV"] and codes[-1] is None
    monkeypatch.setattr(gazetteer, "_ANSWERS_KEPT", 7)
    gaz._found_by_key.clear()
    gaz._code_by_text.clear()
    for _ in range(2):  # the second pass asks what the first kept (or forgot)
        for (key, kinds, countries), expected in zip(asks, fresh, strict=True):
            found = gaz.lookup_key(key, kinds=kinds, countries=countries)
            assert found == expected, key
        assert [gaz.country_code(text) for text in texts] == codes
        assert len(gaz._found_by_key) <= 7 and len(gaz._code_by_text) <= 7


def test_a_kept_lookup_is_a_new_list_each_time() -> None:
    gaz = load_gazetteer()
    first = gaz.lookup_key("vitebsk")
    assert first
    first.clear()
    again = gaz.lookup_key("vitebsk")
    assert again and again is not first
    assert gaz.lookup("Vitebsk") == again


#: Kinds and countries :meth:`Gazetteer.lookup_key` is asked with.
_FILTERS = [
    (None, None),
    (("settlement",), None),
    (["region", "country"], None),
    (None, ("BY", "LV")),
    (("crossing",), ["PL"]),
]


def _looked_up_afresh(gaz, key: str, kinds, countries) -> list:
    """What :meth:`Gazetteer.lookup_key` answered before it kept answers."""
    found = [gaz.place(i) for i in gaz._index.get(key, ())]
    if not found:
        found = gaz._in_other_spelling(key)
    if not found:
        found = gaz._pair_without_and(key)
    if kinds is not None:
        found = [p for p in found if p.kind in frozenset(kinds)]
    if countries is not None:
        found = [p for p in found if not frozenset(countries).isdisjoint(p.countries)]
    return found
