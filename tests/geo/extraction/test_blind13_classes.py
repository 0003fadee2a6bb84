"""Classes of local-paper and wire writing met in the thirteenth blind set's misses, each
checked on sentences written for the test (other names, borders and outlets than any gold
text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution
from bordermap.geo.extraction.category_rules import categorise
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2024-06-08"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_trading_centre_the_gazetteer_lacks_is_the_place_as_written():
    found = find_places(
        "Soldiers were still guarding Chipatuka trading centre in Mwinilunga district on "
        "Sunday, a day after a herder was shot near the line with Angola.",
        hints=("ZM", "AO"),
    )
    assert found[0].text == "Chipatuka"
    assert found[0].shape == "settlement"
    # Later sentences that name no place of their own take it, not the district.
    events = _events(
        "Soldiers were guarding Chipatuka trading centre in Mwinilunga district on Sunday, "
        "a day after a herder was shot dead.\n\n"
        "Villagers told this paper that ten Angolan soldiers later came across to take "
        "his cattle."
    )
    assert [e.place for e in events] == ["Chipatuka", "Chipatuka"]


def test_a_spot_of_the_line_named_the_x_border_is_that_spot():
    found = find_places(
        "Two herders were shot dead by Angolan troops at the Chipatuka border in Ikelenge "
        "district early Sunday, a chief said.",
        hints=("ZM", "AO"),
    )
    assert (found[0].text, found[0].shape) == ("Chipatuka", "feature")
    # A country, its adjective or a known town before "border" is read as before.
    kept = find_places("Guards closed the Angolan border on Sunday.", hints=("ZM", "AO"))
    assert kept[0].result.precision == "border"
    # A noun after the border word makes the name a body's: "the X border detachment".
    body = find_places("Shots came from near the Chipatuka border detachment.", hints=("ZM", "AO"))
    assert all(f.text != "Chipatuka" for f in body)


def test_a_contradiction_ending_as_the_other_side_had_said_is_a_denial():
    said = read_attribution(
        "The army insisted that the herders were shot inside Angola and not in Zambia, "
        "as the Zambian police had said."
    )
    assert (said.status, said.denier, said.claimant) == ("denied", "army", "")
    # Without the answered account it stays the speaker's own claim.
    own = read_attribution("The army insisted that the herders were shot inside Angola.")
    assert own.status == "alleged"


def test_a_denial_told_as_a_gerund_after_a_comma_is_the_subjects():
    gerund = read_attribution(
        "Angola's interior minister, Carlos Mbala, went further, dismissing the Zambian "
        "account on the radio as invented."
    )
    assert gerund.status == "denied"
    assert "interior minister" in gerund.denier
    # "dismissing" of something that is no account is no denial.
    other = read_attribution("Guards went further, dismissing the workers early on Monday.")
    assert other.status == "confirmed"


def test_an_island_named_in_its_own_language_is_a_place_the_gazetteer_may_lack():
    found = find_places(
        "Honduran marines landed on Isla del Conejito on Sunday.", hints=("HN", "SV")
    )
    assert found[0].text == "Isla del Conejito"
    assert found[0].shape == "feature"
    assert find_places("Troops reached Pulau Karang Besi.", hints=("MY", "ID"))[0].text == (
        "Pulau Karang Besi"
    )


def test_a_flag_raised_on_disputed_ground_is_an_incident_the_speaker_claims():
    events = _events(
        "El Salvador's defence minister, Rafael Ortiz, says Honduran marines raised their "
        "flag on Isla del Conejito on Monday.",
        published="2024-06-08",
    )
    assert [(e.place, e.date, e.status) for e in events] == [
        ("Isla del Conejito", "2024-06-03", "alleged")
    ]
    assert categorise("A flag was planted on the hill overnight.") == "military_security"
    # Dredging and spoil dumped on a border river's bank are works at the border.
    assert categorise("Crews were dumping silt on the far bank.") == "border_infrastructure"
    # A flag that is only flown at a ceremony is no claim on ground.
    assert categorise("The minister thanked the flag bearers.") is None


def test_the_island_is_the_island_told_before():
    events = _events(
        "El Salvador's defence minister says Honduran marines raised their flag on Isla "
        "del Conejito on Monday.\n\n"
        "The daily El Mundo reports that the marines set up camp there because their "
        "charts put the island in Honduras."
    )
    assert [e.place for e in events] == ["Isla del Conejito", "Isla del Conejito"]
    assert events[1].claimed_by == ["El Mundo"]


def test_the_towns_a_road_link_joins_describe_the_crossing_told_before():
    events = _events(
        "Guards exchanged fire with smugglers at the Kasumbalesa border post on Tuesday.\n\n"
        "The post, the main road link between Lubumbashi and Chingola, was closed for the "
        "rest of the week."
    )
    assert len(events) == 2
    assert events[1].place == events[0].place
    # Without the apposition, a town it names is where the sentence places the act.
    found = find_places("Traffic was halted between Lubumbashi and Chingola.", hints=("CD", "ZM"))
    assert all(f.role == "at" for f in found)


def test_the_next_sentence_with_no_place_goes_on_about_the_incident_just_told():
    events = _events(
        "Guards fired on traders at the Kasumbalesa border post on Thursday, "
        "the rights group Lueji said.\n\n"
        "It was the second day of trouble. Early on Friday, soldiers opened fire at a "
        "roadblock that villagers had set up in the village of Sakapanda.\n\n"
        "Two herders were killed and five were hurt, according to the charity Tchokwe Aid."
    )
    assert len(events) == 3
    assert "Kasumbalesa" in events[0].place
    assert "Sakapanda" in events[1].place
    assert events[2].place == events[1].place
    # A sentence further on, with another between, still takes the report's first place
    # when the incident told since has no day of its own.
    later = _events(
        "Guards fired on traders at the Kasumbalesa border post on Thursday, "
        "the rights group Lueji said.\n\n"
        "Earlier, soldiers opened fire at a roadblock in the village of Sakapanda.\n\n"
        "Officials met in the capital.\n\n"
        "Two herders were killed, according to the charity Tchokwe Aid."
    )
    assert "Kasumbalesa" in later[0].place
    assert later[-1].place == later[0].place
    # Round53y: both incidents dated to the day and placed at a spot, the sentence goes on
    # about the one told last (the gold codes it so in every such case of the folders).
    later = _events(
        "Guards fired on traders at the Kasumbalesa border post on Thursday, "
        "the rights group Lueji said.\n\n"
        "Early on Friday, soldiers opened fire at a roadblock in the village of Sakapanda.\n\n"
        "Officials met in the capital.\n\n"
        "Two herders were killed, according to the charity Tchokwe Aid."
    )
    assert "Kasumbalesa" in later[0].place
    assert "Sakapanda" in later[-1].place
