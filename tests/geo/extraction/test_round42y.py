"""Place and status classes found after the first contact with `heldout84/` (session 42,
round 42y), each checked on sentences written for the test (other names, places and
speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import negates_an_act, read_attribution
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def _at(sentence: str, hints: tuple[str, ...]) -> list[str]:
    return [f.text for f in find_places(sentence, hints=hints) if f.role == "at"]


def test_people_named_by_what_they_flee_speak():
    # "Residents fleeing the area said": a present participle with its object describes
    # the speakers as "residents arriving in X" does.
    for sentence in (
        "Villagers fleeing the fighting said gunmen burned two huts on Tuesday.",
        "Refugees leaving the camp said soldiers had beaten three men.",
    ):
        reading = read_attribution(sentence)
        assert reading.status == "alleged", sentence
        assert reading.claimant.split()[0] in ("Villagers", "Refugees"), reading


def test_a_town_named_as_a_capital_is_the_place_not_its_province():
    # "X, the capital of Y province, was in the hands of ...": the town, the province
    # only says where it lies.
    found = find_places(
        "The governor said that Goma, the capital of North Kivu province, was in the "
        "hands of the rebels.",
        hints=("CD", "RW"),
    )
    assert [(f.text, f.role) for f in found if f.role == "at"] == [("Goma", "at")], found


def test_a_distance_set_off_after_an_unknown_spot_only_locates_it():
    # "pitched tents at X, about 10 km inside the Line of Actual Control": X, a spot the
    # gazetteer lacks, not the line it is counted from.
    events = _events(
        "Chinese soldiers set up a camp at Tsogtsalu Nala, about 12 km inside the Line of "
        "Actual Control, on June 3, officials said."
    )
    assert events and events[0].place == "Tsogtsalu Nala", events


def test_a_town_taken_or_an_island_blockaded_is_the_place():
    assert _at("Rebels took Goma on Tuesday after two days of fighting.", ("CD", "RW")) == ["Goma"]
    assert _at("The army reimposed its blockade of Bougainville on Friday.", ("PG", "SB")) == [
        "Bougainville"
    ]
    # "part of a blockade of Russia": a charge against a state, no place of the act.
    assert _at("The minister called the ban part of a blockade of Russia.", ("LT", "RU")) == []


def test_the_lakeside_town_and_out_of_the_town_refer_back():
    events = _events(
        "Congolese rebels said to be backed by Rwanda took Goma on Wednesday. The fighting "
        "in the lakeside town had started on May 26 between the rebels and the army."
    )
    assert events and events[-1].place == "Goma", events
    assert events[-1].date == "2024-05-26", events


def test_the_valley_refers_back_to_the_valley_of_a_sentence_with_no_event():
    # The first sentence drafts no event (a call on the other side to act), yet "over
    # the valley" in the next is the valley it named.
    events = _events(
        "Talks between the two armies failed to end the standoff in the Galwan valley, "
        "after one side asked the other to dismantle its posts.\n\n"
        "On June 2 a military helicopter was seen flying over the valley, officials said.",
        published="2020-06-05",
    )
    assert events and events[-1].place == "Galwan valley", events


def test_a_named_person_of_a_body_and_a_stance_repeated_speak():
    for sentence, first in (
        (
            "The Georgian interior ministry's Lasha Beridze said the men crossed at night.",
            "Georgian",
        ),
        ("In March 2019 the Kenyan police's John Otieno said the boat was seized.", "Kenyan"),
        ("Salehi repeated Baghdad's position that the wells had been drilled in Iraq.", "Salehi"),
    ):
        reading = read_attribution(sentence)
        assert reading.status == "alleged", sentence
        assert reading.claimant.split()[0] == first, reading
    # Repeating an act is no account of it; a complaint made is a protest, an act.
    for sentence in (
        "The army repeated the shelling on Friday.",
        "The Chilean government complained that the arrests were out of proportion.",
    ):
        assert read_attribution(sentence).status == "confirmed", sentence


def test_an_act_told_before_a_speaker_of_lower_case_words_or_a_clause_of_time():
    # "..., and its foreign ministry warned ...", "..., after officials warned them that
    # ...": the act before is the report's own account.
    for body in (
        "Ghana recalled its ambassador from Togo on Monday, and its foreign ministry "
        "warned of grave damage to relations.",
        "Early on Friday, Vietnamese border guards stopped a group of 12 Chinese trying to "
        "slip into Vietnam near Lao Cai, after Chinese border officials warned them that "
        "such a group was coming.",
    ):
        events = _events(body)
        assert events and events[0].status == "confirmed", events
    # With no place or day before it, the sentence is not cut in two.
    events = _events(
        "Nine soldiers have been missing since the fighting, and the army said they were "
        "held by rebels in Gambia."
    )
    assert len(events) == 1 and "the army said" in events[0].evidence[0].text, events


def test_no_decision_taken_denies_the_act_it_would_have_ordered():
    # "had told the agency on Friday that no decision to close the crossings had been
    # taken": the closure another voice told is denied.
    assert negates_an_act(
        " the agency on Friday that no decision to shut the border had been taken"
    )
    assert negates_an_act(" that no decision had been made to close the post")
    assert not negates_an_act(" that no one was hurt in the crash")
