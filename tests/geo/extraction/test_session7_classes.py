"""Classes of report writing met in the misses of the seen gold sets in session 7, each
checked on sentences written for the test (other names, borders and speakers than any
gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2024-06-08"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_unit_in_a_speakers_title_is_no_place_of_the_incident():
    said = (
        "Turkana County Commissioner Jane Lopeyok said Ethiopian militiamen had crossed "
        "into Kenya and stolen 300 goats on Sunday."
    )
    assert all("Turkana" not in f.text for f in find_places(said, hints=("KE", "ET")))
    assert [e.place for e in _events(said)] == ["Kenya"]
    # "a X County official, who ..., said" and "the governor of X oblast said" alike.
    official = find_places(
        "A Busia County official, who asked not to be named, said Ugandan police had "
        "detained five fishermen.",
        hints=("KE", "UG"),
    )
    assert all("Busia" not in f.text for f in official)
    governor = find_places(
        "The governor of Chernivtsi oblast said a drone fell in Romania on Saturday.",
        hints=("UA", "RO"),
    )
    assert [f.text for f in governor] == ["Romania"]
    # Without a word of saying, the unit's staff act in their own unit.
    acting = find_places("Busia County officers closed the market on Monday.", hints=("KE", "UG"))
    assert [f.text for f in acting] == ["Busia County"]
