"""Place classes found by listing every gold event whose aligned draft has another place
(session 44, round 44x), each checked on sentences written for the test."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_an_ocean_named_in_the_sentence_is_its_place():
    # The sentence names the ocean the boat was stopped in; it must not borrow the
    # village the next sentence names.
    events = _events(
        "Two fishing boats with 40 men aboard were stopped in the Indian Ocean on "
        "Tuesday, the coast guard said. "
        "Their families waited near the village of Kuruwa for news on Wednesday."
    )
    assert events[0].place == "Indian Ocean"


def test_an_ocean_is_found_even_when_its_name_is_an_adjective():
    # "Indian" is also a country's adjective: the ocean is still a body of water.
    found = find_places("The yacht was seized in the Indian Ocean in March.", hints=("SC",))
    assert [p.text for p in found] == ["Indian Ocean"]


def test_a_states_economic_zone_without_exclusive_is_its_sea():
    found = find_places(
        "A pipeline was damaged on Sunday in Latvia's economic zone.", hints=("LV", "SE")
    )
    assert [(p.text, p.result.country) for p in found] == [("Latvia's economic zone", "LV")]


def test_an_adjective_before_an_economic_zone_names_the_state():
    found = find_places(
        "The trawler was fishing in the Norwegian exclusive economic zone on Friday.",
        hints=("NO", "RU"),
    )
    assert [p.result.country for p in found] == ["NO"]


def test_the_capital_an_envoy_named_by_name_was_summoned_in_is_no_place():
    # "summoned the ambassador, Name, in Capital": the envoy's post, with his name set
    # off between; not the place of the summons, which answers an incident elsewhere.
    found = find_places(
        "The foreign minister summoned the Danish ambassador, Karl Marek, in Oslo on "
        "Tuesday to protest.",
        hints=("NO", "DK"),
    )
    assert not [p for p in found if p.text == "Oslo" and p.role == "at"]


def test_the_capital_an_attache_was_called_in_in_is_no_place():
    found = find_places(
        "The defence ministry called in the British military attaché in Oslo to protest.",
        hints=("NO", "GB"),
    )
    assert not [p for p in found if p.text == "Oslo" and p.role == "at"]


def test_the_border_open_again_is_the_crossing_shut_before():
    # The closure was told at one crossing, a paragraph before; "the border was open
    # again" goes back to that crossing, not to the whole line.
    report = report_from_text(
        "Published: 2024-06-20\n\nTitle\n\n"
        "Kenyan police said smugglers from Tanzania shot an officer in Kajiado on "
        "Thursday. Kenya shut the Namanga border post with Tanzania on Friday after a "
        "fight between lorry drivers, the immigration department said.\n\n"
        "Traders said prices of maize had doubled in Arusha. "
        "On Sunday evening the department said the border was open again.\n"
    )
    events = extract_events(report, id_prefix="t").events
    shut = next(e for e in events if "Namanga" in e.evidence[0].text)
    assert events[-1].place == shut.place == "Namanga border post"


def test_beside_or_next_to_a_place_is_worded_near_it():
    # A village the gazetteer lacks, told by the ground beside it: the draft words it
    # "near X" as event files and the resolver do, not "beside X".
    found = find_places(
        "Guards found a broken drone in a field beside Kelvari Kohna village on Monday.",
        hints=("IN", "PK"),
    )
    assert [p.text for p in found][:1] == ["near Kelvari Kohna"]
    found = find_places(
        "Soldiers put up signs next to Tsalkoveti, a village in Gori municipality.",
        hints=("GE", "RU"),
    )
    assert found[0].text == "near Tsalkoveti"
