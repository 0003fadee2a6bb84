"""Rules written by class of miss, not by text: far places, names with articles inside,
the incident lexicon, two events in one sentence, and background left out."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places, resolve_place


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


# Places -------------------------------------------------------------------------------


def test_a_place_the_gazetteer_finds_far_from_the_reports_countries_stays_unresolved():
    # The gazetteer's nearest spelling of "Banjska" is Bansko, in Bulgaria.
    far = resolve_place("the village of Banjska", ("RS", "XK"))
    assert far.status == "unresolved"
    assert "far from" in far.note
    assert resolve_place("the village of Banjska").name == "Bansko"  # no context, no veto
    # A town of a neighbour, just across the border, is kept.
    assert resolve_place("Narva", ("EE", "RU")).status == "resolved"


def test_a_far_match_is_kept_as_written_in_the_draft():
    (event, *_) = _events(
        "Armed men attacked a police patrol in the village of Banjska near the border "
        "with Serbia on Sunday, Kosovo police said. Serbia denied it. Kosovo said Serbia knew."
    )
    assert "Banjska" in event.place
    assert event.place_found == ""


def test_a_name_goes_on_over_an_arabic_article_inside_it():
    found = [f.text for f in find_places("Trucks crossed through the Bab al-Hawa crossing.")]
    assert "Bab al-Hawa crossing" in found
