"""Feature words read as places, session 55 (round x): a feature word with no name before
it ("Sea-Watch", "Ocean Viking") is never a place.  Checked on sentences written for the
test (other names, places and days than any gold text)."""

import pytest

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _events(body: str):
    return extract_events(
        report_from_text(f"Published: 2024-06-10\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events


@pytest.mark.parametrize(
    "sentence",
    [
        "The Sea-Eye 4 took 40 people from a dinghy off the coast of Tunisia on 3 June.",
        "The Ocean Viking landed 61 people at Pozzallo on Sunday.",
        "The Bay-Line ferry was held at the quay.",
    ],
)
def test_a_feature_word_alone_is_no_place(sentence):
    # The word is part of a ship's or a firm's name; no place is named by it.
    texts = [f.text for f in find_places(sentence, hints=("IT", "TN"))]
    assert not any(t.lower() in ("sea", "ocean", "bay") for t in texts)


def test_the_named_place_is_kept_beside_a_ship_named_after_the_sea():
    events = _events("The Sea-Eye 4 picked up 40 migrants off the coast of Tunisia on 3 June.")
    assert [e.place for e in events] == ["Tunisia"]
