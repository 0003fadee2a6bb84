"""Place, date, claimant and incident-word classes found after the first contact with
`heldout86/` (session 44, round 44y), each checked on sentences written for the test
(other names, places and speakers than any gold text)."""

import datetime as dt

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.attribution import read_attribution
from bordermap.geo.extraction.dates import find_dates
from bordermap.geo.extraction.events import categorise


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_name_set_off_as_a_mountain_is_the_place():
    # "on X, a mountain on ... in the Y region": the apposition says X is a place,
    # finer than the region that only locates it.
    events = _events(
        "OSH - Officers of the Tajik police landed by helicopter on 3 June beside a radio "
        "mast on Kuru-Bel, a mountain on a disputed stretch of the frontier in the Batken "
        "region, the Kyrgyz border service said."
    )
    assert events and events[0].place == "Kuru-Bel", events


def test_a_village_set_off_by_the_border_of_two_adjectives_is_the_place():
    # ", on the Indo-Nepal border,": the line only says where the village lies.
    events = _events(
        "Twelve cadres were handed over by the army to the police at Raxaulpur, on the "
        "Indo-Nepal border, on Friday night."
    )
    assert events and events[0].place == "Raxaulpur", events


def test_a_bare_day_of_the_month_takes_the_month_named_before_it():
    # "In March last year, X reported that on the 14th ...": the 14th of that March.
    found = find_dates(
        "In March last year, the Gazette reported that on the 14th, armed men entered "
        "Kopari village.",
        published=dt.date(2021, 9, 2),
    )
    assert [f.value for f in found] == ["2020-03", "2020-03-14"], found


def test_a_week_ago_counted_from_the_report_is_one_day():
    found = find_dates(
        "The trawler seized a week ago was towed into port on Friday.",
        published=dt.date(2022, 4, 10),
    )
    assert found[0].value == "2022-04-03", found


def test_a_charge_a_body_rejects_by_its_article_disputes_the_claim():
    reading = read_attribution(
        "Ruritania says Borduria's soldiers crossed into its Eastern province and tore "
        "down a flag, a charge the Bordurian Defence Force rejects."
    )
    assert reading.status == "disputed", reading
    assert "Bordurian Defence Force" in reading.denier, reading


def test_no_soldiers_having_been_somewhere_denies_the_claim():
    reading = read_attribution(
        "But the army's chief of staff, Colonel Ivo Marek, told Radio North that no "
        "Bordurian soldiers had been in or near Kopari and that his force had nothing to "
        "do with it."
    )
    assert reading.status == "denied", reading


def test_blame_traded_is_no_accusation_of_the_sentence():
    # "as X and Y traded blame": the noun; the sentence tells the act in its own voice.
    reading = read_attribution(
        "MAPUTO - The dhow sunk by a patrol boat near Ilha Quirimba was towed into port on "
        "Saturday, as Maputo and Dodoma traded blame over the crew."
    )
    assert reading.status == "confirmed" and not reading.claimant, reading


def test_a_habit_the_act_is_likened_to_does_not_hide_the_act():
    # ", as they often did,": the aside, not the killing, is the habit.
    assert (
        categorise(
            "Ruritania said its officers were on their way to meet village heads, as they "
            "often did, when Bordurian militiamen shot two of them dead."
        )
        is not None
    )


def test_people_told_to_leave_their_homes_are_an_evacuation():
    assert (
        categorise(
            "Families living near the radar site on Kopa Island were also told to leave their "
            "homes."
        )
        == "humanitarian_incident"
    )


def test_forces_sent_against_camps_are_a_military_act():
    # Names of three words each ("the Royal X Army") between the verb and "against".
    assert (
        categorise(
            "The king sent the Royal Ruritanian Army and the Royal Ruritanian Guards against "
            "the camps of three outlawed groups in the south at dawn on 3 May."
        )
        == "military_security"
    )


def test_people_taken_aboard_are_a_rescue():
    assert (
        categorise(
            "The skipper told a local radio station that his crew took all 14 aboard at dawn "
            "on 2 May."
        )
        == "humanitarian_incident"
    )


def test_traffic_stopped_in_other_words_is_a_closure():
    for sentence in (
        "On 3 March the liaison office stopped passenger traffic over the bridge in both "
        "directions from noon.",
        "Slovenia also stopped letting trains in from Croatia that day.",
        "Ordinary travel across Latvia's eastern land border with Russia stopped again on Monday.",
    ):
        assert categorise(sentence) == "border_closure", sentence


def test_people_taken_by_police_in_other_words_are_a_detention():
    for sentence in (
        "Border police picked them up close to Narvik, a town in Nordland county.",
        "Police also led away the pilot's brother, Ivan Petrenko.",
    ):
        assert categorise(sentence) == "detention", sentence


def test_an_alert_raised_and_an_offensive_launched_are_military_acts():
    for sentence in (
        "The army raised its alert to the highest level along the line.",
        "The army launched an offensive against the rebels' camps in the hills on 2 May.",
    ):
        assert categorise(sentence) == "military_security", sentence


def test_an_envoy_called_home_before_his_name_is_a_diplomatic_step():
    assert (
        categorise("The president called home his ambassador in Lisbon on Thursday.")
        == "diplomatic_measure"
    )


def test_a_closure_ordered_is_the_closure():
    # "had ordered the total closure of the bridges": the order shuts them; an order of
    # other acts may still be a plan.
    assert (
        categorise("The minister had ordered the total closure of the two bridges late on Friday.")
        is not None
    )


def test_a_killing_at_a_named_spot_dated_to_its_year_is_an_earlier_case():
    # History told in passing stays background; a killing at a spot the sentence names,
    # dated to its year, is a case of its own the report recalls.
    events = _events(
        "Rebels attacked the post at Kopari on Monday, the army said.\n\n"
        "Militants killed three policemen in an attack on the police station at Nangpur "
        "in 2011.",
        published="2023-05-10",
    )
    assert any(e.date == "2011" and e.place == "Nangpur" for e in events), events


def test_a_side_of_the_border_set_off_after_a_name_only_locates_it():
    from bordermap.geo.extraction.places import find_places

    found = find_places(
        "A convoy was ambushed at Kelvara, on the Ruritanian side of the border.",
        hints=("IN", "BT"),
    )
    assert [p.text for p in found if p.role == "at"] == ["Kelvara"], found


def test_forces_still_on_ground_and_a_post_put_up_are_acts():
    assert categorise("The Bordurian officers were still on Kuru-Bel on Monday.") is not None
    assert categorise("Border guards tried to put up a checkpoint on the pass.") is not None


def test_a_fire_set_and_a_craft_handed_to_a_force_are_acts():
    for sentence in (
        "A deputy said police officers had set the lorries alight on the far bank.",
        "A trawler picked the group up at night and handed it to the Ruritanian coast guard.",
    ):
        assert categorise(sentence) is not None, sentence


def test_an_earlier_case_announced_as_not_the_first_quarrel_is_drafted():
    # "It is not the first quarrel over X. Some years ago ...": the case announced is an
    # incident, not background; the announcing sentence drafts none of its own.
    events = _events(
        "Bordurian police landed on Kuru-Bel on 3 June, the border service said.\n\n"
        "It is not the first quarrel over the summit. Months ago Bordurian border guards "
        "tried to put up a checkpoint there."
    )
    assert not any("first quarrel" in e.evidence[0].text for e in events), events
    assert any("checkpoint" in e.evidence[0].text for e in events), events
