"""Classes of gold events no draft answered (session 42, round 42x): acts told before any
place in a report on no border of its own, earlier cases a sentence opens on the year of,
and acts told in words no rule knew (barred, a laser shone, people landed, registered or
questioned, ground taken over), each checked on sentences written for the test (other
names, places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str, published: str = "2024-03-08"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_an_act_told_before_any_place_takes_the_place_of_the_next_event():
    # A report on one state's sea names no place in its lede; the next sentence does.
    events = _events(
        "OSLO, March 8 - Norway's coast guard boarded a foreign trawler on Thursday, the "
        "ministry said.\n\nThe cutter Nordsel stopped the trawler near Bjørnøya on "
        "Thursday morning."
    )
    lede = next(e for e in events if "boarded" in e.evidence[0].text)
    later = next(e for e in events if "Nordsel" in e.evidence[-1].text)
    assert lede is not later
    assert lede.place == later.place == "near Bjørnøya"
    assert any("next event placed" in note for note in lede.notes)


def test_an_act_with_no_place_and_none_after_it_stays_undrafted():
    events = _events("Norway's coast guard boarded a foreign trawler on Thursday.")
    assert events == ()


def test_a_sentence_opening_on_the_year_of_a_placed_act_is_an_earlier_case():
    body = (
        "Soldiers shot a smuggler near Tindouf on Tuesday, the army said.\n\n"
        "In 2011 the army clashed with a band of smugglers near Bechar.\n\n"
        "The same year soldiers seized two lorries of fuel at Adrar."
    )
    recalled = [e for e in _events(body) if e.date == "2011"]
    assert [e.place for e in recalled] == ["near Bechar", "Adrar"]


def test_a_year_told_after_the_act_or_with_no_place_stays_history():
    # A crossing shut or opened is an act on its year wherever the year stands (round
    # 43d: see test_round43d); other acts told before their year stay history.
    body = (
        "Soldiers shot a smuggler near Tindouf on Tuesday, the army said.\n\n"
        "Traffic at the Adrar post was halted in 2011.\n\n"
        "In 2011 it was shut for a week."
    )
    assert not any(e.date == "2011" for e in _events(body))


def test_words_of_seizing_ground_landing_and_questioning_are_read_last():
    # Each in a sentence no other rule reads.
    assert categorise("Zambia has also barred maize exports to Malawi.") == "border_closure"
    assert categorise("A patrol ship shone a green laser at the survey vessel.") == (
        "military_security"
    )
    assert categorise("Officers found a dinghy spotted off Punta Sabbioni at dawn.") == (
        "crossing_attempt"
    )
    assert categorise("Twelve Cubans landed at Key Largo on Sunday.") == "crossing_attempt"
    assert categorise("About 300 arrivals were registered at the Kilis centre on Friday.") == (
        "crossing_attempt"
    )
    assert categorise("Police were questioning three sailors from the tug, he said.") == (
        "detention"
    )
    assert categorise("Rebels have taken control of the river port of Kalemie.") == (
        "military_security"
    )
    assert categorise("Marines took the Ecuadorian post of Tiwintza at dawn.") == (
        "military_security"
    )


def test_the_same_words_elsewhere_tell_no_act():
    assert categorise("The pact barring flights near the line dates from 1991.") is None
    assert categorise("Neither tug had been registered with the harbourmaster.") is None
    assert categorise("Officers were questioning witnesses before passing on the file.") is None
    assert categorise("Walkers spotted the change to the marker a month ago.") is None
    assert categorise("The windows of the house were barred.") is None
    assert categorise("The plane landed at Havana airport on Monday.") is None
    assert categorise("The council took control of the budget.") is None
