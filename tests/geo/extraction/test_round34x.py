"""Classes of misses on the seen gold of heldout56–65 (session 34, round 34x), each
checked on sentences written for the test (other names, places and dates than any gold
text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _events(published: str, body: str):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_an_ambush_between_two_towns_is_the_stretch_between_them():
    # Neither town is where the patrol was hit: the stretch between them is, kept as
    # written (no pin), rather than the town named last.
    events = _events(
        "2022-03-10",
        "Gunmen ambushed an army patrol between Dori and Gorom-Gorom on Tuesday, "
        "killing four soldiers, the army said.",
    )
    assert [e.place for e in events] == ["between Dori and Gorom-Gorom"]


def test_what_joins_two_places_or_two_states_is_no_stretch_between_them():
    hints = ("BF", "NE")
    for sentence in (
        # A road or a ferry is named by the towns it joins (read as before).
        "The road between Dori and Gorom-Gorom was closed on Tuesday.",
        "The ferry between Tarifa and Tangier stopped on Tuesday.",
        "The army halted cross-border transport between Dori and Gorom-Gorom on Tuesday.",
        # A unit named after "and" ("Seno province") is no end of a stretch.
        "Fighting was reported between Dori and Seno province on Tuesday.",
        # Two countries are their border; two capitals are their governments.
        "A boat was left at sea between Greece and Turkey on Tuesday.",
        "Relations between Ouagadougou and Niamey have soured.",
    ):
        assert not any(f.text.startswith("between") for f in find_places(sentence, hints=hints))
