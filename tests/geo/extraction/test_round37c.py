"""Classes of misses read on a blind folder's first contact (session 37, round 37c):
denials told with a time word before the verb, a lie or a "version called false" as a
denial, one claim denied by two voices, forces seen, people met on foot, a ship sent to
anchor, "earlier this month", and a named stretch of a border opened or shut.  Each is
checked on sentences written for the test (other names, places and speakers than the
gold text where the rule allows)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution
from bordermap.geo.extraction.category_rules import categorise
from bordermap.geo.extraction.dates import find_dates
from bordermap.geo.extraction.places import find_places


def _events(body: str, published: str = "2023-03-16"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def _found(sentence: str, hints: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(f.text, f.result.name or "") for f in find_places(sentence, hints=hints)]


def test_a_denial_after_at_first_or_last_week_is_a_denial():
    for sentence in (
        "Interior Minister Pavel Orlik at first denied that his guards had fired at the boat.",
        "The envoy, Mira Tanskaya, last week denied that the frigate had aimed its radar at "
        "the aircraft.",
        "The ministry initially denied that any troops had crossed the river.",
    ):
        reading = read_attribution(sentence)
        assert reading.status == "denied" and reading.denier, (sentence, reading)


def test_could_not_confirm_the_claim_is_no_claim():
    # The second speaker neither tells nor denies: the sentence stays the first one's denial.
    reading = read_attribution(
        "The minister at first denied that his pilots had flown over the town, and the "
        "air staff later said it could not confirm the report."
    )
    assert reading.status == "denied" and not reading.claimant, reading
    # Of a thing told in the same words, the speaker's account stays its own.
    reading = read_attribution("The army said it could not confirm that soldiers crossed.")
    assert reading.status == "alleged" and reading.claimant == "army", reading


def test_having_done_nothing_is_a_denial():
    reading = read_attribution(
        "A foreign ministry spokesman, Li Wen, said on Friday that the coast guard had done "
        "nothing that could have endangered the fishermen."
    )
    assert reading.status == "denied" and reading.denier, reading
    assert read_attribution("The ministry said its guards did nothing wrong.").status == "denied"


def test_the_other_side_lying_is_a_denial_but_lying_in_a_field_is_not():
    reading = read_attribution(
        "The Merovian government said Tanko was lying about any breach of its waters."
    )
    assert reading.status == "denied" and reading.denier == "Merovian government", reading
    reading = read_attribution("Police said the bodies were lying in a field near the border.")
    assert reading.status == "alleged" and reading.claimant == "Police", reading


def test_a_version_an_office_holder_called_false_is_disputed():
    reading = read_attribution(
        "Caracas accused the trawler of ramming a patrol boat, a version the coast guard's "
        "spokesman, Rui Almada, called false."
    )
    assert reading.status == "disputed", reading
    assert reading.claimant == "Caracas" and reading.denier == "Rui Almada", reading


def test_one_claim_denied_by_two_voices_is_two_denials():
    events = _events(
        "Soldiers from Vardia shelled the village of Korvan on 3 March, the Telmian defence "
        "ministry said.\n\n"
        "A Vardian army spokesman, Ion Bratu, said on Monday that its soldiers had not fired "
        "at the village.\n\n"
        "Vardia's ambassador last week denied that the army had shelled the village or any "
        "farms."
    )
    denials = [e for e in events if e.status == "denied"]
    assert len(denials) == 2, events
    assert {d.denied_by[0] for d in denials} != {denials[0].denied_by[0]}, denials
    # "last week" dates the ambassador's saying, not the shelling.
    assert all(not d.date for d in denials), denials


def test_forces_seen_are_a_military_incident():
    assert (
        categorise(
            "Guards had seen a Kavrian army unit, larger than usual, moving along the line."
        )
        == "military_security"
    )
    assert (
        categorise(
            "The minister wrote that eight armed Kavrian servicemen had been seen on the track."
        )
        == "military_security"
    )


def test_people_met_on_foot_are_a_crossing():
    assert (
        categorise("Agents then came upon six more Nepali nationals walking about a mile away.")
        == "crossing_attempt"
    )


def test_frostbite_is_harm_to_people():
    assert (
        categorise("Two asylum seekers walked through deep snow and lost their toes to frostbite.")
        == "humanitarian_incident"
    )


def test_a_ship_sent_to_anchor_is_a_deployment():
    assert (
        categorise(
            "The cutter was sent to anchor at the reef in May after markers were found there."
        )
        == "military_security"
    )


def test_earlier_this_month_is_the_month():
    import datetime as dt

    found = find_dates(
        "Drones flew over the capital earlier this month.", published=dt.date(2022, 6, 20)
    )
    assert [d.value for d in found] == ["2022-06"], found
    # "earlier this week" still ends the day before the report.
    found = find_dates(
        "Drones flew over the capital earlier this week.", published=dt.date(2022, 6, 22)
    )
    assert [d.value for d in found] == ["2022-06-20/2022-06-21"], found


def test_a_named_stretch_of_a_border_opened_or_shut_is_the_place():
    assert _found("Sudan closed al-Fashaga to farmers on Monday.", ("SD", "ET")) == [
        ("al-Fashaga", "Ethiopia–Sudan border (al-Fashaga)")
    ]
    assert _found("Estonia shut the Saatse Boot again on Monday.", ("EE", "RU")) == [
        ("Saatse Boot", "Estonia–Russia border (Saatse Boot)")
    ]
    # The bare line is no stretch: "shut the border" stays the line as a whole.
    found = _found("Estonia shut the border again on Monday.", ("EE", "RU"))
    assert all("(" not in name for _, name in found), found


def test_an_oil_block_at_sea_is_a_place_kept_as_written():
    found = _found(
        "A navy corvette came up to a drilling ship in the Kerrow Block on Sunday.", ("GY", "VE")
    )
    assert found == [("Kerrow Block", "")], found
    # A bloc of states misspelt is no place.
    assert _found("The two states left the Eastern Block in 1990.", ("PL", "DE")) == []


def test_an_acronym_is_not_spelled_out_by_itself():
    from bordermap.geo.extraction.speakers import expand_acronym

    text = "The US State Department said on Monday that the Joint Border Commission met."
    assert expand_acronym("US State Department", text) == "US State Department"
    assert expand_acronym("JBC", text) == "Joint Border Commission"
