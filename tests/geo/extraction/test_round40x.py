"""Classes of gold events no draft answered (session 40, round 40x): incidents told in
words no rule knew, each checked on sentences written for the test (other names, places
and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise, foretells


def _events(body: str, published: str = "2021-06-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_going_into_a_states_waters_or_ground_is_a_crossing():
    # "drifted into Omani waters", "had gone three kilometres inside Laos", "rode across
    # the frontier into Tuva": a move into another state's ground, whatever the verb.
    assert categorise("The two dhows drifted into Omani waters after their engines failed.") == (
        "crossing_attempt"
    )
    assert categorise("The hunters had gone three kilometres inside Laos, the paper said.") == (
        "crossing_attempt"
    )
    assert categorise("They walked across the frontier into Yunnan at dawn.") == "crossing_attempt"
    # Into force, into a name with no ground after it, into the night: no crossing.
    assert categorise("The accord came into force on Monday.") is None
    assert categorise("The talks went on into the night in Muscat.") is None


def test_a_boat_coming_to_land_is_a_crossing():
    # "docked at the port of X", "went ashore on the islet": the voyage's end; "landed"
    # alone may be a shell's, and stays unread.
    assert categorise("The second boat docked at the port of Arguineguín late on Monday.") == (
        "crossing_attempt"
    )
    assert categorise("Marines went ashore on the uninhabited islet in March.") == (
        "crossing_attempt"
    )
    assert categorise("The round landed harmlessly.") is None
    assert categorise("Marines were also landed on the islet at dawn.") == "crossing_attempt"


def test_people_or_craft_held_are_a_detention_and_meetings_held_are_not():
    assert categorise("In May, Eritrea held the Yemeni fishing boat Al Amal off Hanish.") == (
        "detention"
    )
    assert categorise("Colombo is holding 14 Indian fishermen, an official said.") == "detention"
    assert categorise("The two ministers held talks in Colombo on Friday.") is None
    assert categorise("The province held a referendum on the matter in 2019.") is None


def test_a_weapon_fired_or_firing_first_is_a_clash():
    assert categorise("The officer fired his rifle at the lorry's tyres.") == "armed_clash"
    assert categorise("A village chief said the herders had fired first.") == ("armed_clash")
    assert categorise("The board fired the manager in March.") is None


def test_the_new_words_do_not_take_a_sentence_from_the_rule_that_reads_it():
    # Read last: a sentence another rule already reads keeps its category, so what the
    # drafts made of it (their merging, their clauses) does not change.
    assert categorise("Guards arrested the crew and held the trawler at Sittwe.") == "detention"
    assert categorise("Smugglers shot a guard and went inside Laos.") == "armed_clash"


def test_a_boat_held_is_drafted_at_its_place():
    events = _events(
        "On Tuesday the Sri Lankan navy held an Indian trawler off Delft Island, the navy said."
    )
    assert [(e.place, e.date, e.category) for e in events] == [
        ("Delft Island", "2021-06-08", "detention")
    ], events


def test_a_treaty_or_order_signed_is_a_step_between_states():
    assert categorise("Kenya and Somalia signed a treaty on their sea boundary in May.") == (
        "diplomatic_measure"
    )
    assert categorise("The demarcation accord was signed last March in Accra.") == (
        "diplomatic_measure"
    )
    assert categorise("Readers who signed up on the website get the digest.") is None


def test_people_fined_and_a_drill_held_are_events():
    assert categorise("The four men pleaded guilty and were each fined $800.") == "detention"
    assert categorise("The navy had organised a gunnery exercise off Tartus.") == (
        "military_security"
    )
    assert categorise("Beijing urged Hanoi to exercise restraint.") is None


def test_a_last_resort_word_changes_nothing_in_a_sentence_another_rule_reads():
    # "the fence may extend into Ugandan waters": the fence is read by its own rule; the
    # plan of reaching into the waters must not make the sentence a forecast.
    assert not foretells("The ministry said the fence may extend into Ugandan waters.")
    assert foretells("The ministry said the fence would extend into Ugandan waters.")
    # A plane landing stays unread, as it was.
    assert _events("The plane landed at Havana airport on Monday.") == ()
