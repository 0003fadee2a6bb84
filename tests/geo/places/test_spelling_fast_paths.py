"""The short cuts of the spelling fallback give the answers of comparing every form in full.

:func:`~bordermap.geo.places.spelling.closest_spelling` skips forms of other lengths,
forms whose letters alone are too far (:func:`letters_apart`), and works out only the
band of the edit table near its diagonal.  Each short cut is checked here against a
plain reckoning: the whole table, every form, in the set's order.
"""

from __future__ import annotations

import random
import re
from collections.abc import Hashable

import pytest

from bordermap.geo.places import districts
from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.spelling import (
    PASS_WORDS,
    SpellingIndex,
    allowed_edits,
    closest_spelling,
    edit_distance,
    letters_apart,
    spelling_key,
)


def _full_distance(a: str, b: str) -> int:
    """Edits from ``a`` to ``b`` (insert, delete, replace, swap two neighbours), every
    cell of the table worked out, no limit."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            rows[i][j] = min(
                rows[i - 1][j] + 1,
                rows[i][j - 1] + 1,
                rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


def _every_form_compared(key: str, forms: list[tuple[str, Hashable]]) -> tuple | None:
    """What ``closest_spelling`` answers, reckoned by comparing each form in full, in order."""
    wanted = spelling_key(key)
    best: dict[Hashable, tuple[int, str]] = {}
    for form, thing in forms:
        other = spelling_key(form)
        shared = next((w for w in PASS_WORDS if wanted.startswith(w) and other.startswith(w)), "")
        rest, other_rest = wanted[len(shared) :], other[len(shared) :]
        if (
            shared
            and rest != other_rest
            and rest.isascii()
            and other_rest.isascii()
            and re.sub("[aeiouy]", "", rest) == re.sub("[aeiouy]", "", other_rest)
        ):
            continue
        limit = allowed_edits(len(wanted) - len(shared))
        edits = _full_distance(wanted, other)
        single = re.compile(r"(\w)\1")
        if (
            edits > 1
            and limit
            and len(wanted) == len(other)
            and wanted != other
            and single.sub(r"\1", wanted) == single.sub(r"\1", other)
        ):
            edits = 1
        if edits <= limit and (thing not in best or edits < best[thing][0]):
            best[thing] = (edits, form)
    if not best:
        return None
    nearest = min(edits for edits, _ in best.values())
    things = [thing for thing, (edits, _) in best.items() if edits == nearest]
    if len(things) != 1:
        return None
    return things[0], best[things[0]][1], best[things[0]][0]


def _respelled(rng: random.Random, key: str) -> str:
    """``key`` with none to three slips: a letter left out, added, replaced, doubled, or
    two neighbours swapped."""
    letters = list(key)
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        if not letters:
            break
        at = rng.randrange(len(letters))
        slip = rng.randrange(5)
        if slip == 0:
            del letters[at]
        elif slip == 1:
            letters.insert(at, rng.choice(letters))
        elif slip == 2:
            letters[at] = rng.choice(letters)
        elif slip == 3 and at + 1 < len(letters):
            letters[at], letters[at + 1] = letters[at + 1], letters[at]
        else:
            letters.insert(at, letters[at])
    return "".join(letters)


def test_the_banded_distance_is_the_full_one_up_to_its_limit():
    rng = random.Random(53)
    for _ in range(4000):
        a = "".join(rng.choice("aabcdeh ") for _ in range(rng.randint(0, 14)))
        b = _respelled(rng, a) if rng.random() < 0.7 else "".join(rng.sample(a, len(a)))
        full = _full_distance(a, b)
        for limit in (0, 1, 2, 3):
            assert edit_distance(a, b, limit) == min(full, limit + 1), (a, b, limit)


def test_two_swaps_and_a_far_corner_are_counted_as_the_full_table_counts_them():
    assert edit_distance("abcdef", "badcef", 2) == 2  # two swaps
    assert edit_distance("abcdef", "badcfe", 2) == 3  # three: too far
    # The last letters differ after a run of equal ones: the band's edge decides.
    assert edit_distance("kohgiluyeh", "kohgiluyehxy", 2) == 2
    assert edit_distance("kohgiluyeh", "kohgiluyehxyz", 2) == 3


def test_no_distance_is_below_the_letters_apart():
    rng = random.Random(54)
    for _ in range(4000):
        a = "".join(rng.choice("abcdefgh") for _ in range(rng.randint(0, 10)))
        b = (
            _respelled(rng, a)
            if rng.random() < 0.7
            else "".join(rng.choice("abcdefgh") for _ in a)
        )
        assert letters_apart(frozenset(a), frozenset(b)) <= _full_distance(a, b), (a, b)


def test_a_doubled_letter_elsewhere_is_one_edit_though_the_table_says_two():
    # "garrisa"/"garissa": two replaced letters by the table, one slip of the writer.
    assert _full_distance("garrisa", "garissa") == 2
    assert closest_spelling("garrisa", SpellingIndex([("garissa", "KE-07")])) == (
        "KE-07",
        "garissa",
        1,
    )


def test_a_things_first_form_in_the_sets_order_is_given_whatever_its_length():
    # Both forms are one edit from "garissa", the longer first: the set's order decides,
    # not the order the lengths are looked at in.
    forms = [("garissas", "unit"), ("garisa", "unit")]
    assert closest_spelling("garissa", SpellingIndex(forms)) == ("unit", "garissas", 1)
    assert closest_spelling("garissa", forms[::-1]) == ("unit", "garisa", 1)


def test_two_things_as_near_in_two_lengths_give_nothing():
    forms = [("garissas", "one"), ("garisa", "another")]
    assert closest_spelling("garissa", SpellingIndex(forms)) is None


def test_a_pass_word_shared_lowers_the_limit_within_the_length_window():
    # "chong sangamm": 12 letters (two edits allowed) but only "sangamm" counts (one).
    index = SpellingIndex([("chong sangam", 1)])
    assert closest_spelling("chong sangamm", index) == (1, "chong sangam", 1)
    assert closest_spelling("chong sangammm", index) is None
    assert closest_spelling("chong choam", SpellingIndex([("chong chom", 1)])) is None


@pytest.mark.parametrize("country", ["IR", "IN", "FI", "KE", "TH", "KH", "KR", "BY", "PK"])
def test_the_index_answers_as_every_form_compared_in_full(country: str):
    """Real sets (a country's districts, regions and crossings) and their names with
    slips: the index gives what comparing every form in full gives, ties included."""
    gaz = load_gazetteer()
    rng = random.Random(country)
    sets = [list(districts.district_forms(country))] + [
        list(gaz.forms_of(kind, country)) for kind in ("region", "crossing")
    ]
    for forms in (found for found in sets if found):
        index = SpellingIndex(forms)
        sample = [rng.choice(forms)[0] for _ in range(40 if len(forms) < 500 else 12)]
        for key in [_respelled(rng, key) for key in sample] + ["chong " + sample[0]]:
            assert closest_spelling(key, index) == _every_form_compared(key, forms), key
