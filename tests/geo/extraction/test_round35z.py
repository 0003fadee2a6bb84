"""Classes of wrong or missing places in drafts (session 35, round 35z), each checked
on sentences written for the test (other names, places and dates than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places, shaped_names


def _events(published: str, body: str):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_guard_post_named_by_its_place_is_that_place():
    # "the Chadian advance post of X", "the forward post at Y": only "border post of"
    # was a shape, so the name the gazetteer lacks was lost (or a town near it taken).
    for sentence, hints, name in (
        ("Rebels attacked the Malian advance post of Tessoura, near Gao, at dawn.",
         ("ML", "NE"), "Tessoura"),
        ("Troops took the Tajik post of Vorukhak Bolo in reply.", ("KG", "TJ"), "Vorukhak Bolo"),
        ("Gunmen overran the forward post at Dambira on Monday.", ("NE", "BF"), "Dambira"),
    ):  # fmt: skip
        found = find_places(sentence, hints=hints)
        assert found and found[0].text == name, (sentence, found)
    events = _events(
        "2023-03-10", "Rebels attacked the Malian advance post of Tessoura, near Gao, on 8 March."
    )
    assert [e.place for e in events] == ["Tessoura"], events


def test_a_post_that_is_a_job_or_a_message_is_no_place():
    for sentence in (
        "He was named to the post of Prime Minister on 8 March.",
        "The army said so in a Facebook post of Monday.",
        "She left the post of Director General last year.",
    ):
        assert not find_places(sentence, hints=("ML",)), sentence


def test_a_post_a_trip_was_going_to_is_not_where_it_was_stopped():
    sentence = (
        "The soldiers were taking fuel by boat from Kurupa to the army outpost at Tarima "
        "when gunmen opened fire."
    )
    assert all(p.text != "Tarima" for p in find_places(sentence, hints=("GY", "VE")))
    # Nor is the name given as a place for the report's other sentences.
    assert "Tarima" not in shaped_names(sentence)
