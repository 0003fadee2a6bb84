"""Classes of report writing met in the misses of ``heldout23/`` and the other seen folders
after the blind score of ``heldout23/`` (session 13, twelfth extract round), each checked on
sentences written for the test (other names, seas and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-01-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_sea_gulf_or_shoal_the_gazetteer_lacks_is_kept_as_written():
    # The gazetteer holds no seas: "the Gulf of Riga" was dropped for the country in its
    # name, "Kelvor Shoal" for the island group after it.
    events = _events(
        "Four Vietnamese coast guard ships blocked a Malaysian supply run to Kelvor Shoal "
        "in the Orvo Islands on Sunday, the Malaysian navy said.\n\n"
        "Norway's police said on Friday that a trawler damaged a power cable on the seabed "
        "of the Gulf of Riga on 3 January."
    )
    assert [e.place for e in events] == ["Kelvor Shoal", "Gulf of Riga"]


def test_a_sea_a_border_stands_above_only_frames_it():
    # "the border above the Red Sea": the border is where the fighting was.
    events = _events(
        "Five Yemeni soldiers were killed in clashes with Omani troops on the two "
        "countries' border above the Arabian Sea, a Yemeni officer said on Monday."
    )
    assert events and "Sea" not in events[0].place


def test_the_capital_an_ambassador_sits_in_is_not_the_place_of_the_protest():
    # "The X ambassador in <capital> handed a protest note": where the envoy sits, as
    # "the embassy in <capital>" already was; the protest is over the incident told before.
    events = _events(
        "Three Vietnamese coast guard ships fired water cannon at a Malaysian supply boat "
        "near Kelvor Shoal on Saturday, the Malaysian navy said.\n\n"
        "The Malaysian ambassador in Hanoi handed a protest note to the Vietnamese foreign "
        "ministry on Monday."
    )
    assert len(events) == 2
    assert "Hanoi" not in events[1].place
    assert "Kelvor Shoal" in events[1].place


def test_the_ends_of_a_pipe_or_cable_told_in_a_clause_are_not_where_it_was_cut():
    # ", which runs ... between X in A and Y in B": the two ends describe the cable; the
    # shutdown is at the break told before, not at the town at one end.
    events = _events(
        "Norway's police said on Friday that a trawler damaged a power cable on the seabed "
        "of the Gulf of Riga on 3 January.\n\n"
        "The operators shut the cable, which runs along the seabed between Hanko in "
        "Finland and Parnu in Estonia, early on 3 January."
    )
    assert [e.place for e in events] == ["Gulf of Riga", "Gulf of Riga"]


def test_the_authorities_of_a_place_behind_a_possessive_appositive_claim_the_lede():
    # "The authorities of X, Y's breakaway region, said": the appositive opens on whose
    # it is, not on an article; dropped, "The authorities of X" speak, and the lede is
    # their claim (it was drafted as confirmed, claimed by no one).
    events = _events(
        "BAKU - The authorities of Nakhchivan, Azerbaijan's Turkish-bordered exclave, said "
        "a drone struck an army depot in Ordubad on Friday."
    )
    assert [(e.status, e.claimed_by) for e in events] == [
        ("alleged", ["authorities of Nakhchivan"])
    ]


def test_a_bridge_a_drone_came_from_the_direction_of_is_its_place_not_the_unit_near_it():
    # "from the direction of the X Bridge, close to the region's border with Y's Z
    # county": the bridge the data lacks is where the drone was seen; the words after
    # the comma only locate it (the unit was drafted before).
    events = _events(
        "TIRASPOL - A drone struck a depot in Kelvor on Sunday, the authorities said.\n\n"
        "Army television said the drone had come in from the direction of the Orvo Bridge, "
        "close to the region's border with Romania's Tulcea county."
    )
    assert [e.place for e in events] == ["Kelvor", "Orvo Bridge"]
