"""Classes of place reading found on the misses of blind sets 73 and 74 (session 36,
round 36y), each checked on sentences written for the test (other names and places
than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.places import find_places


def _places(body: str, published: str = "2024-05-10") -> list[str]:
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return [e.place for e in extract_events(report, id_prefix="t").events]


def test_unknown_spot_set_off_by_the_border_it_lies_on_is_the_place():
    # The line after the name only says where the spot is; the spot, which no
    # gazetteer holds, is where the fighting was, and "in the area" later too.
    places = _places(
        "Fighting broke out at Qorvandi, on Kenya's border with Somalia, on Friday. "
        "Witnesses said mortar rounds landed on a police camp in the area."
    )
    assert places == ["Qorvandi", "Qorvandi"]


def test_port_a_stopped_vessel_is_ordered_to_is_not_where_it_was_stopped():
    assert _places(
        "The Norwegian coast guard boarded a Russian trawler off Svalbard on Saturday "
        "and ordered it to Tromsø."
    ) == ["Svalbard"]
    roles = {
        p.text: p.role
        for p in find_places(
            "Patrol boats escorted the trawlers back to Hammerfest.", hints=("NO",)
        )
    }
    assert roles == {"Hammerfest": "aside"}


def test_named_oil_field_is_the_place_not_the_distance_that_locates_it():
    assert _places(
        "An Iranian gunboat on Monday ordered two survey ships out of the Kelvor oil "
        "field, about 80 kilometres east of Baku."
    ) == ["Kelvor oil field"]


def test_field_reached_or_entered_is_a_place_without_its_verb():
    found = find_places("Two drilling ships tried to reach the Kelvor gas field.", hints=("AZ",))
    assert [p.text for p in found] == ["Kelvor gas field"]


def test_names_listed_before_areas_are_one_place_each():
    assert _places(
        "Gunmen killed 14 people in the Qorvandi, Zelvanik and Tesh areas near the Kenyan "
        "border on Saturday."
    ) == ["Qorvandi", "Zelvanik", "Tesh"]


def test_towns_listed_by_their_word_are_places_though_unknown():
    assert _places("Air strikes hit the villages of Qorvandi and Zelvanik on 9 January.") == [
        "Qorvandi",
        "Zelvanik",
    ]


def test_a_speaker_or_body_in_a_list_is_no_town():
    # "areas" and "towns of" make places of names; a capitalised word in lower-case
    # company ("the UN and AU areas of work") is not read that way.
    found = find_places("Talks covered the UN and AU areas of cooperation.", hints=("KE",))
    assert [p.text for p in found] == []


def test_outlet_whose_name_ends_on_a_number_speaks():
    from bordermap.geo.extraction.attribution import read_attribution

    said = read_attribution("A drone hit a house near Zelvanik, Tesh 24 said.")
    assert (said.status, said.claimant) == ("alleged", "Tesh 24")
    according = read_attribution("Two men were shot at Qorvandi, according to Radio Tesh 7.")
    assert (according.status, according.claimant) == ("alleged", "Radio Tesh 7")
    # A count is no name: "4 said" after a list of numbers is nobody.
    assert read_attribution("Soldiers killed 3, 4 said.").status == "confirmed"


def test_body_named_then_its_acronym_between_commas_speaks():
    from bordermap.geo.extraction.attribution import read_attribution

    said = read_attribution(
        "The Joint Border Monitoring Team, JBMT, said gunmen attacked Qorvandi on Sunday."
    )
    assert (said.status, said.claimant) == ("alleged", "JBMT")


def _roles(sentence: str, hints: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    return {p.text: (p.role, p.result.name or "") for p in find_places(sentence, hints=hints)}


def test_place_in_the_air_above_a_town():
    assert _roles("The two jets touched wings above Kos.", ("GR", "TR")) == {"Kos": ("at", "Kos")}


def test_court_named_by_its_city_sits_there():
    assert _places(
        "Two Lithuanian activists crossed into Belarus near Medininkai on Friday. "
        "On Monday a Minsk court jailed them for ten days."
    ) == ["near Medininkai", "Minsk"]
    # A court's rank is no town.
    assert _roles("The Supreme Court ruled on Monday.", ("BY", "LT")) == {}


def test_heading_turned_away_from_or_set_for_is_no_place():
    assert _places(
        "The coast guard boarded the trawler off Svalbard on Saturday. On Sunday the "
        "trawler turned away from Norway and set course for Russia."
    ) == ["Svalbard", "Svalbard"]
    roles = _roles("The trawler turned away from Norway and set course for Russia.", ("NO", "RU"))
    assert {role for role, _ in roles.values()} == {"aside"}


def test_named_crossing_crossed_with_its_article():
    assert _roles(
        "A soldier crossed the Petite Barrière into Rubavu district on Friday.", ("RW", "CD")
    )["Petite Barrière"] == ("at", "Goma–Gisenyi")
    # A river crossed is read by the river rules, not as a crossing point.
    assert "Danube" not in _roles("Migrants crossed the Danube into Romania.", ("RO", "RS"))


def test_outlet_named_with_a_number_is_no_place_and_leaves_the_unknown_spot():
    # "according to X 24" names an outlet, not the town X; the unknown spot after "at"
    # is then the only place, and a verb of harm may follow it.
    roles = _roles(
        "A strike on a sheep farm at Qorvandi killed a woman and two children, "
        "according to Suwayda 24.",
        ("SY", "JO"),
    )
    assert roles == {"Qorvandi": ("at", "")}


def test_towns_listed_after_on_and_handed_on_word_is_a_claim():
    from bordermap.geo.extraction import extract_events, report_from_text

    report = report_from_text(
        "Published: 2024-01-20\n\nTitle\n\nTesh 24 passed on unconfirmed word of three deaths "
        "in strikes on the towns of Qorvandi and Zelvanik on 9 January.\n"
    )
    events = extract_events(report, id_prefix="t").events
    assert [(e.place, e.status, e.claimed_by) for e in events] == [
        ("Qorvandi", "alleged", ["Tesh 24"]),
        ("Zelvanik", "alleged", ["Tesh 24"]),
    ]
    from bordermap.geo.extraction.attribution import read_attribution

    assert read_attribution("The embassy relayed the protest to Minsk.").status == "confirmed"


def test_early_reports_are_the_speaker_not_a_time():
    from bordermap.geo.extraction.attribution import read_attribution

    said = read_attribution("Early reports said two men had crossed at Qorvandi.")
    assert (said.status, said.claimant) == ("alleged", "Early reports")
    named = read_attribution("Late reports from Tesh named the soldier and said he was drunk.")
    assert named.claimant.startswith("Late reports")
    # A time before the speaker is still a time.
    timed = read_attribution("Early on Friday police said two men crossed.")
    assert timed.claimant == "police"


def test_craft_that_collide_are_an_incident():
    assert _places("A Greek navy boat and a Turkish trawler collided off Kos on Tuesday.") == [
        "Kos"
    ]
    from bordermap.geo.extraction.category_rules import categorise

    assert categorise("The two planes hit each other above Kos.") == "other"
    # A collision only threatened is none.
    assert categorise("The ship had to give way under the threat of a collision.") is None


def test_let_in_led_over_and_pushed_into_territory_are_crossings():
    from bordermap.geo.extraction.category_rules import categorise

    assert categorise("Kenyan border guards then let them in.") == "crossing_attempt"
    assert categorise("Local herders led them over at night.") == "crossing_attempt"
    assert categorise("Herders pushed 40 km into Kenyan territory.") == "crossing_attempt"


def test_sea_part_by_the_compass_is_coarser_than_a_bearing_from_a_town():
    # Over "the southern Aegean" and "21 nautical miles southeast of X" in one clause: the
    # bearing from the town says where; the sea's part alone stays the place.
    assert _places(
        "A Greek and a Turkish jet collided over the southern Aegean on Tuesday and fell "
        "into the sea about 21 nautical miles southeast of Kos."
    ) == ["21 nautical miles southeast of Kos"]
    assert _places("A Greek and a Turkish jet collided over the southern Aegean on Tuesday.") == [
        "southern Aegean"
    ]
