"""Classes of report writing met in the misses of the seen gold sets in session 8, each
checked on sentences written for the test (other names, borders and speakers than any
gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.category_rules import categorise


def _events(body: str, published: str = "2024-06-08"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


_FIGHTING = (
    "Fighting broke out on Sunday between the Myanmar army and rebels around Tamu, the "
    "Sagaing region town facing Moreh in India."
)


def test_ground_taken_by_fighting_is_an_incident():
    events = _events(
        _FIGHTING + " The rebels overran an army base in the town, according to Manipur officials."
    )
    assert [(e.place, e.status, e.claimed_by) for e in events[1:]] == [
        ("Tamu", "alleged", ["Manipur officials"])
    ]
    for words in (
        "The militia overran two police posts on Friday.",
        "Rebels took control of the crossing on Friday.",
        "The insurgents had seized control of the town by Friday.",
    ):
        assert categorise(words) == "military_security", words
    # Control of a fire or of a budget is no ground taken.
    assert categorise("The council took control of the budget.") is None


def test_people_emptying_into_a_place_are_displaced():
    events = _events(
        _FIGHTING + "\n\nFamilies from the hamlets on the river, most of them herders, have also "
        "emptied into Moreh, according to the head of the local aid group."
    )
    assert [(e.place, e.status, e.category) for e in events[1:]] == [
        ("Moreh", "alleged", "humanitarian_incident")
    ]
    assert categorise("Villagers flocked into the district town on Monday.") == (
        "humanitarian_incident"
    )


def test_asking_for_asylum_on_the_other_side_is_the_flight_told():
    events = _events(
        _FIGHTING + "\n\nFive Myanmar policemen asked for asylum on the Indian side, police in "
        "Moreh said."
    )
    assert [(e.status, e.category) for e in events[1:]] == [("alleged", "humanitarian_incident")]
    assert categorise("Two guards applied for political asylum in Armenia.") == (
        "humanitarian_incident"
    )


_CLAIM = "Russia's FSB said Estonian drones flew over the Pskov region on Friday.\n\n"


def test_nothing_seen_where_a_claim_put_something_is_a_denial_of_it():
    events = _events(
        _CLAIM + "The Estonian Defence Forces, which watch the airspace around the clock, said "
        "no drones had been detected over the border that night.\n\n"
        "A spokesman for Estonia's Police and Border Guard Board said on Saturday that his "
        "service had seen no movement of aircraft near the border.\n\n"
        "The Estonian interior minister confirmed that a flight had taken place but said "
        "nothing so far pointed to Estonian forces."
    )
    assert [(e.status, e.claimed_by, e.place) for e in events[1:]] == [
        ("denied", ["Russian FSB"], "Pskov region")
    ] * 3
    # A toll observed is no denial: nothing the other side claimed is answered.
    for toll in (
        "Police in Narva said no one was hurt and recorded no damage.",
        "The coastguard said it had seen no survivors near the wreck.",
    ):
        assert len(_events(_CLAIM + toll)) == 1, toll


def test_a_denial_answers_a_claim_before_the_reports_own_account():
    # The claim names no party the denier's country answers for.
    events = _events(
        "Russia's FSB said drones flew over the Pskov region on Friday.\n\n"
        "Hundreds of people protested outside the Estonian embassy in Moscow on "
        "Saturday.\n\nThe Estonian interior minister confirmed that a flight had taken place "
        "but said nothing so far pointed to Estonian forces."
    )
    assert (events[-1].status, events[-1].claimed_by, events[-1].place) == (
        "denied",
        ["Russian FSB"],
        "Pskov region",
    )


def test_who_speaks_after_an_opening_adverbial_or_an_appositive_with_no_article():
    events = _events(
        "Narva's bridge was shut on Monday after a protest.\n\n"
        "On the Estonian side, the head of the Narva border post, Juhan Tamm, told Estonian "
        "radio that his crossing reopened on Wednesday."
    )
    assert (events[-1].status, events[-1].claimed_by, events[-1].date) == (
        "alleged",
        ["Juhan Tamm"],
        "2024-06-05",
    )
    events = _events(
        _CLAIM + "Juhan Tamm, spokesman for Estonia's Police and Border Guard Board, said on "
        "Saturday that his service had seen no movement of aircraft near the border."
    )
    assert (events[-1].status, events[-1].denied_by) == (
        "denied",
        ["Estonian Police and Border Guard Board"],
    )
    # A commander named without an article speaks in his own right.
    events = _events(
        _CLAIM + "Juhan Tamm, commander of the Narva border unit, said on Saturday that his "
        "men had seen drones flying over the Pskov region."
    )
    assert events[-1].claimed_by == ["Juhan Tamm"]


def test_a_port_of_entry_or_border_complex_is_a_crossing_and_the_post_refers_back_to_it():
    events = _events(
        "Protesters burnt two lorries in Santa Clara in Angola late on Tuesday.\n\n"
        "Namibia closed the Oshikango port of entry until further notice, the home affairs "
        "ministry said on Wednesday.\n\n"
        "The minister said six Angolan officials working at the post had asked for refuge on "
        "the Namibian side.\n\n"
        "About 300 migrants were let into the shelter of the Oshikango border complex early "
        "on Thursday, the town council said.\n\n"
        "Migrants told aid workers that officers at the complex would not let them leave "
        "Namibia."
    )
    # The port of entry is the Oshikango–Santa Clara crossing (at Oshikango's point), and
    # "the post" refers back to it (since 9f6e653 "port of entry" is read as a crossing,
    # no longer as "the port of" a town); so is "the Oshikango border complex" since
    # session 17 (it was the town), and "the complex" refers back to it.
    crossing = "Oshikango–Santa Clara"
    assert [e.place_found for e in events] == [
        "Santa Clara",
        crossing,
        crossing,
        crossing,
        crossing,
    ]
    assert [e.place for e in events[2:]] == [
        "Oshikango port of entry",
        "Oshikango border complex",
        "Oshikango border complex",
    ]


def test_a_sentence_naming_no_place_is_not_placed_at_a_diplomatic_step_told_first():
    events = _events(
        "BISHKEK - Kyrgyzstan called in Tajikistan's ambassador on Tuesday to protest against "
        "what its foreign ministry called repeated attacks on Kyrgyz herders across the "
        "frontier.\n\n"
        "A local deputy, Aibek Toktorov, said at least 10 herders had been killed near "
        "Batken.\n\n"
        "Videos shared online, said to come from relatives, put the number of missing at "
        "about 20."
    )
    # The dated lede, placed only by "the frontier", takes the place the next sentence
    # gives (ninth round, as heldout15/ and heldout19/ code a summons told first); the
    # third sentence is still not placed at the diplomatic step.
    assert [(e.category, e.place) for e in events] == [
        ("diplomatic_measure", "near Batken"),
        ("humanitarian_incident", "near Batken"),
        ("humanitarian_incident", "near Batken"),
    ]


def test_a_named_outlets_account_joined_to_the_reports_own_incident_is_its_claim():
    events = _events(
        "BISHKEK - Kyrgyzstan called in Tajikistan's ambassador on Tuesday over attacks on "
        "Kyrgyz herders across the frontier.\n\n"
        "Over the weekend two herders were also shot at as they walked back to Batken, and "
        "the magazine Kloop said the gunmen belonged to a unit of the Tajik border guard."
    )
    assert [(e.place, e.status, e.claimed_by) for e in events[1:]] == [
        ("Batken", "confirmed", []),
        ("Batken", "alleged", ["Kloop"]),
    ]
    # A speaker's account is not cut where its own clause goes on.
    events = _events(
        "Kyrgyz border guards said two herders were shot at near Batken, and the weekly "
        "Kloop said the gunmen were Tajik soldiers."
    )
    assert [e.claimed_by for e in events] == [["Kyrgyz border guards"]]


def test_an_act_told_after_the_state_it_led_to_with_a_day_of_its_own_is_an_event():
    events = _events(
        "Hundreds of lorries were stuck on the Zambian side of the busiest crossing into "
        "Congo on Thursday, after drivers blocked the road at Kasumbalesa late on Tuesday."
    )
    assert [(e.place, e.date) for e in events] == [
        ("Kasumbalesa", "2024-06-06"),
        ("Kasumbalesa", "2024-06-04"),
    ]
    # "two days after" is a day counted from the sentence's own (since round33y in a
    # lede too, as it already was after another dated sentence): an event of its own.
    counted = _events(
        "Congo shut the Kasumbalesa crossing on Thursday, two days after drivers blocked the road."
    )
    assert [e.date for e in counted] == ["2024-06-06", "2024-06-04"]
    # With no act of its own subject, it stays one event.
    one = (
        "Congo shut the Kasumbalesa crossing on Thursday, after a sudden rise in arrivals "
        "on Tuesday."
    )
    assert len(_events(one)) == 1, one


def test_a_body_by_a_part_of_it_and_more_people_who_tell_are_speakers():
    from bordermap.geo.extraction.attribution import read_attribution

    for sentence, who in (
        ("The Bar Association's Kars branch said the men had walked for two days.",
         "Bar Association's Kars branch"),
        ("Herders have also fled into Kars, a village elder said.", "village elder"),
        ("Rescuers said two bodies were found near the bank.", "Rescuers"),
        ("The drivers' union said three drivers were beaten at the crossing.",
         "drivers' union"),
    ):  # fmt: skip
        said = read_attribution(sentence)
        assert (said.status, said.claimant) == ("alleged", who), sentence


def test_a_name_the_gazetteer_lacks_after_in_or_at_alone_is_the_place_of_last_resort():
    from bordermap.geo.extraction.places import find_places

    hints = ("KE", "UG")
    for sentence, name in (
        ("Kenyan police arrested 12 Ugandans at Suam on Monday.", "Suam"),
        ("Two herders were killed in Kanyerus, police said.", "Kanyerus"),
    ):
        assert [f.text for f in find_places(sentence, hints=hints)] == [name], sentence
    for sentence in (
        # A place the gazetteer or a shape knows wins; the name may be a district's.
        "Two herders were killed near Lokiriama in Kanyerus on Monday.",
        # The name only locates a site the act went to.
        "Soldiers carrying food to the army outpost at Kanyerus when gunmen fired.",
        # Bodies and languages are no villages.
        "The minister said in Parliament that soldiers fired.",
        "He told reporters in Swahili that two died.",
        "Two rebels were killed in Operation Kanyerus on Monday.",
    ):
        assert all(f.text not in ("Kanyerus", "Parliament", "Swahili", "Operation Kanyerus")
                   for f in find_places(sentence, hints=hints)), sentence  # fmt: skip
    events = _events(
        "Ugandan soldiers shot dead two Kenyan herders near Lokiriama on Sunday, police "
        "said.\n\nOn Monday Kenyan police arrested 12 Ugandan herders at Suam."
    )
    assert [e.place for e in events] == ["near Lokiriama", "Suam"]


def test_small_units_of_local_government_and_townships_are_places_as_written():
    from bordermap.geo.extraction.places import find_places

    for sentence, name in (
        ("Two soldiers were killed in Kalas ward on Monday.", "Kalas ward"),
        ("Fighting broke out in Kamion chiefdom on Monday.", "Kamion chiefdom"),
        ("Gunmen attacked a post at Lokiriama township on Monday.", "Lokiriama"),
    ):
        assert [f.text for f in find_places(sentence, hints=("KE", "UG"))] == [name], sentence


def test_a_sentence_opening_on_in_or_at_a_place_names_it():
    from bordermap.geo.extraction.places import find_places

    for sentence, name in (
        ("In Lokichar, soldiers shot two men on Monday.", "Lokichar"),
        ("In Kanyerus, soldiers shot two men on Monday.", "Kanyerus"),
        ("At Narva, guards detained two men on Monday.", "Narva"),
    ):
        assert [f.text for f in find_places(sentence, hints=("KE", "UG", "EE"))] == [name]
    # A month that opens the sentence is a time, as before.
    assert find_places("In January, soldiers shot two men.", hints=("KE", "UG")) == []


def test_a_name_with_its_acronym_in_brackets_speaks_and_reports_called_untrue_are_denied():
    from bordermap.geo.extraction.attribution import read_attribution

    for sentence in (
        "Two migrants drowned, the International Organization for Migration (IOM) said.",
        "The International Organization for Migration (IOM) said two migrants drowned.",
    ):
        said = read_attribution(sentence)
        assert said.claimant == "International Organization for Migration", sentence
    denial = read_attribution(
        "The army said reports that its soldiers killed two herders were false."
    )
    assert (denial.status, denial.denier) == ("denied", "army")
    # What reports said, not called untrue, stays the army's claim.
    said = read_attribution("The army said reports of fighting came from villagers.")
    assert (said.status, said.claimant) == ("alleged", "army")


def test_where_the_wounded_were_taken_for_care_is_no_place_of_the_incident():
    from bordermap.geo.extraction.places import find_places

    for sentence in (
        "Two other herders were wounded and taken to Lodwar hospital.",
        "The injured were rushed to the district hospital in Lodwar.",
        "Three guards were flown to a clinic in Lodwar.",
    ):
        assert all(f.role == "aside" for f in find_places(sentence, hints=("KE", "UG")))
    # Fighting at a hospital happened there.
    found = find_places("Gunmen attacked Lodwar hospital on Monday.", hints=("KE", "UG"))
    assert [f.role for f in found] == ["at"]


def test_a_spot_the_gazetteer_lacks_is_not_lost_to_the_borders_that_describe_it():
    events = _events(
        "A Cambodian soldier was killed in an exchange of fire with Thai troops at Prey "
        "Chan Hill, an undemarcated area where the borders of Thailand, Cambodia and Laos "
        "meet, early on Wednesday, Cambodia's defence ministry said."
    )
    assert [e.place for e in events] == ["Prey Chan Hill"]
    # "X, a remote spot near the border" says X is a place.
    events = _events(
        "Kenyan police shot two raiders at Lokiriama, near the border, on Wednesday.\n\n"
        "Raiders killed two herders at Nakoret, a remote spot on the Ugandan side, on Monday."
    )
    assert [e.place for e in events] == ["Lokiriama", "Nakoret"]


def test_the_unnamed_border_crossed_on_the_way_to_an_incident_keeps_the_incidents_place():
    events = _events(
        "Armed raiders from Uganda killed three herders at Nakoret, a remote spot in "
        "Turkana, early on Tuesday, Kenyan police said.\n\n"
        "The local police commander, Peter Ekai, said the attackers crossed the border at "
        "night and struck the kraals at dawn."
    )
    assert [e.place for e in events] == ["Nakoret"] * len(events)
    # A named border, or a sentence about others, keeps its own place.
    events = _events(
        "Armed raiders from Uganda killed three herders at Nakoret, a remote spot in "
        "Turkana, early on Tuesday, Kenyan police said.\n\n"
        "Kenya later sent troops to the border."
    )
    assert events[-1].place != "Nakoret"


def test_leaders_and_a_body_by_its_acronym_after_whose_it_is_speak():
    from bordermap.geo.extraction.attribution import read_attribution

    for sentence, who in (
        ("Four civilians were killed, according to community leaders.", "community leaders"),
        ("Religious leaders said two herders were killed.", "Religious leaders"),
        ("The breakaway region's KGB said he had crossed the line illegally.",
         "breakaway region's KGB"),
    ):  # fmt: skip
        said = read_attribution(sentence)
        assert (said.status, said.claimant) == ("alleged", who), sentence


def test_the_same_incident_told_on_by_the_same_voice_with_its_day_dates_it():
    events = _events(
        "TBILISI - Russian border guards detained two Georgian men near the village of "
        "Ergneti, Georgia's State Security Service said on Monday.\n\n"
        "The men were gathering firewood on Sunday when they were seized, the service said."
    )
    assert [(e.place, e.date, e.status) for e in events] == [
        ("near the village of Ergneti", "2024-06-02", "alleged")
    ]
    # Another voice, or another harm, stays an event of its own.
    events = _events(
        "TBILISI - Russian border guards detained two Georgian men near the village of "
        "Ergneti, Georgia's State Security Service said on Monday.\n\n"
        "The men were beaten on Sunday, their relatives said."
    )
    assert len(events) == 2


def test_neutralised_is_an_armys_word_for_killing():
    assert (
        categorise('The defence ministry said its forces had "neutralised" three militants.')
        == "armed_clash"
    )


def test_an_unnamed_ministry_is_of_the_state_acting_after_an_opening_time():
    events = _events(
        "Afghan guards and Pakistani troops exchanged fire at the Chaman crossing on "
        "Thursday, Afghan officials said.\n\n"
        "Yesterday, Pakistan deported more than 500 Afghans through Torkham, the interior "
        "ministry said."
    )
    assert events[-1].claimed_by == ["Pakistani interior ministry"]


def test_a_fight_without_weapons_is_a_clash():
    for words in (
        "Kyrgyz and Uzbek guards scuffled at the checkpoint on Wednesday.",
        "A brawl broke out between guards at the post.",
        "Guards came to blows at the post.",
    ):
        assert categorise(words) == "armed_clash", words


def test_a_sentence_opening_on_the_checkpoint_refers_back_to_the_one_named():
    events = _events(
        "OSH - Kyrgyz and Uzbek border guards exchanged fire at the Dostuk checkpoint on "
        "Wednesday, Kyrgyzstan's border service said.\n\n"
        "Uzbek border troops said the Kyrgyz side had moved a boundary marker near the "
        "village of Kara-Suu.\n\n"
        "The checkpoint reopened on Thursday morning after talks."
    )
    assert events[-1].place == events[0].place


def test_a_bare_name_is_not_lost_to_the_country_around_it_nor_to_the_site_it_names():
    from bordermap.geo.extraction.places import find_places

    found = find_places(
        "Gunmen attacked the transit centre in Jorbok in South Sudan on Monday.",
        hints=("SS", "SD"),
    )
    assert (found[0].text, found[0].written_only) == ("Jorbok", True)
    # A site gone to still only locates the site.
    assert (
        find_places(
            "Soldiers carrying food to the army outpost at Kanyerus when gunmen fired.",
            hints=("KE", "UG"),
        )
        == []
    )
    events = _events(
        "Gunmen attacked the transit centre in Jorbok in South Sudan on Monday, killing two "
        "Sudanese refugees, UNHCR said.\n\n"
        "Aid workers said food was running short in Juba.\n\n"
        "The centre was attacked again on Wednesday, aid workers said."
    )
    assert [(e.place, e.date) for e in events] == [
        ("Jorbok", "2024-06-03"),
        ("Jorbok", "2024-06-05"),
    ]


def test_a_communiques_informs_that_is_its_claim_and_information_called_untrue_denied():
    events = _events(
        "The Ministry of Defence of Georgia informs that on 1 June, at about 23:40, Russian "
        "troops opened fire in the direction of Georgian positions near Ergneti.\n\n"
        "The Russian defence ministry has described the information as untrue."
    )
    assert [(e.status, e.claimed_by, e.denied_by) for e in events] == [
        ("alleged", ["Ministry of Defence of Georgia"], []),
        ("denied", ["Ministry of Defence of Georgia"], ["Russian defence ministry"]),
    ]


def test_a_phrasal_verbs_irregular_past_is_met_once_not_with_its_particle_twice():
    from bordermap.geo.extraction.lexicon import LEXICON

    assert "drove back" in LEXICON["pushback"]
    assert "drove back back" not in LEXICON["pushback"]
    assert "shot down" in LEXICON["armed_clash"]
    assert "flew over" in LEXICON["airspace_incursion"]


def test_more_incidents_told_in_their_own_words():
    for words, key in (
        ("Herders were prevented from grazing near the line.", "border_infrastructure"),
        ("Villagers staged a sit-in at the crossing.", "border_infrastructure"),
        ("Authorities evicted 300 migrants from a camp.", "humanitarian_incident"),
        ("Two fishermen were lynched by a mob.", "humanitarian_incident"),
        ("The reception centre caught fire overnight.", "humanitarian_incident"),
        ("The army laid mines along the border.", "military_security"),
        ("The bridge was blown up.", "armed_clash"),
    ):
        assert categorise(words) == key, words
    # An aim to keep people out is no incident.
    assert categorise("Police were called to stop migrants from crossing.") is None


def test_a_phrasal_verb_with_its_object_between_and_people_left_or_found_are_incidents():
    for words, key in (
        ("Police had rounded them up in the port city last week.", "detention"),
        ("Guards sent him back to Serbia.", "pushback"),
        ("Guards abandoned them in the desert.", "humanitarian_incident"),
        ("About 150 migrants were found near the border town on Tuesday.",
         "humanitarian_incident"),
    ):  # fmt: skip
        assert categorise(words) == key, words
    for words in ("Prices went up.", "The migrants found work in the city."):
        assert categorise(words) is None, words


def test_where_a_speaker_spoke_is_no_place_of_the_incident():
    from bordermap.geo.extraction.places import find_places

    for sentence in (
        "Speaking in Gaziantep, the minister said five soldiers were killed.",
        "The minister, speaking to reporters in Gaziantep, said five soldiers were killed.",
        "Five soldiers were killed, the minister said at a news conference in Gaziantep.",
    ):
        assert [f.role for f in find_places(sentence, hints=("SY", "TR"))] == ["aside"]
    # Where the incident happened, or an act at a gathering, stays its place.
    for sentence in (
        "Five soldiers were killed in Gaziantep, the minister said.",
        "Soldiers fired at a rally in Gaziantep on Monday.",
    ):
        assert [f.role for f in find_places(sentence, hints=("SY", "TR"))] == ["at"]


def test_evidence_that_blames_speaks_by_its_name():
    from bordermap.geo.extraction.attribution import read_attribution

    for sentence, who in (
        ("Audio recordings shared online, said to come from herders, blame Kenyan police.",
         "Audio recordings"),
        ("Video footage shared online blamed Ugandan soldiers.", "Video footage shared online"),
    ):  # fmt: skip
        said = read_attribution(sentence)
        assert (said.status, said.claimant) == ("alleged", who), sentence


def test_a_weekday_of_last_week_is_that_day_of_the_week_before():
    import datetime as dt

    from bordermap.geo.extraction.dates import find_dates

    saturday = dt.date(2024, 6, 8)
    for words in (
        "Soldiers fired on a boat on Thursday last week.",
        "Soldiers fired on a boat on the Thursday of last week.",
    ):
        assert [d.value for d in find_dates(words, published=saturday)] == ["2024-05-30"]
    # Alone, a weekday is the latest one and "last week" the whole week.
    assert [d.value for d in find_dates("Fire on Thursday.", published=saturday)] == ["2024-06-06"]


def test_an_accusation_told_of_its_target_is_alleged_by_whoever_is_after_by():
    from bordermap.geo.extraction.attribution import read_attribution

    for sentence, who in (
        ("Rebels were blamed for killing two soldiers.", ""),
        ("Guards have been accused of beating migrants near the fence.", ""),
        ("Guards were accused by rights groups of beating migrants.", "rights groups"),
        ("Amnesty said guards were accused of beating migrants.", "Amnesty"),
    ):
        said = read_attribution(sentence)
        assert (said.status, said.claimant) == ("alleged", who), sentence


def test_stray_as_an_adjective_is_no_incursion_and_a_bullet_is_fire():
    assert categorise("Stray dogs roam the crossing.") is None
    assert categorise("A boy was hit by a stray bullet.") == "armed_clash"
    assert categorise("The drone strayed into Polish airspace.") is not None


def test_a_places_history_of_clashes_is_background():
    for words in (
        "The area has seen repeated clashes between herders over water and pasture.",
        "The frontier has long known raids by cattle rustlers.",
    ):
        assert categorise(words) is None, words
    assert categorise("The village has seen two attacks this week, police said.") is not None


def test_the_report_counting_its_incident_among_others_is_no_incident():
    for words in (
        "The attack was the third this year in Turkana.",
        "It was the latest in a series of raids in the county.",
        "This is the second such incident since March.",
    ):
        assert categorise(words) is None, words
    assert categorise("The third attack killed five people on Monday.") is not None


def test_people_to_be_helped_named_by_what_befell_them_are_no_new_incident():
    assert (
        categorise(
            "The Red Cross has appealed for 2 million dollars to help families displaced "
            "by the raids."
        )
        is None
    )
    assert categorise("Soldiers were sent to help police who were attacked at the post.")


def test_the_same_day_is_the_day_dated_last():
    events = _events(
        "Ugandan soldiers shot two Kenyan herders near Lokiriama on Monday, Kenyan police "
        "said.\n\nTwo days later, Uganda closed the Suam crossing.\n\n"
        "On the same day, Kenyan police detained 12 Ugandan traders in Lodwar.\n\n"
        "Later that day, the two armies exchanged fire near Lokiriama."
    )
    assert [e.date for e in events] == ["2024-06-03", "2024-06-05", "2024-06-05", "2024-06-05"]


def test_the_centre_of_a_town_and_its_market_are_in_the_town():
    from bordermap.geo.extraction.places import find_places

    for sentence in (
        "Gunmen ambushed a bus in Lodwar's main market on Monday.",
        "Gunmen ambushed a bus in the centre of Lodwar on Monday.",
        "Gunmen ambushed a bus in the heart of Lodwar on Monday.",
    ):
        assert [f.text for f in find_places(sentence, hints=("KE", "UG"))] == ["Lodwar"]
    # Whose decision a possessive names stays no place.
    assert find_places("Kenya objected to Lodwar's decision.", hints=("KE", "UG")) == []


def test_a_document_named_back_speaks_for_its_issuer():
    # "..., the statement said", "The same post said": whoever issued it, not the report's
    # own voice; "gave another version" makes its giver the speaker.
    events = _events(
        "Kenya's government said a patrol near Lokichogio came under fire on Tuesday.\n\n"
        "Before leaving, the soldiers found two bodies, the statement said.\n\n"
        "The interior ministry gave another version on its website, saying bandits had shot "
        "the herders near Lokichogio.\n\n"
        "The same post said 40 herders had crossed into Kenya over the weekend."
    )
    assert [(e.status, e.claimed_by) for e in events] == [
        ("alleged", ["Kenyan government"]),
        ("alleged", ["Kenyan government"]),
        ("alleged", ["Kenyan interior ministry"]),
        ("alleged", ["Kenyan interior ministry"]),
    ]


def test_a_named_outpost_or_area_the_gazetteer_lacks_is_the_spot_not_the_border():
    # "near the X border outpost" is a guard post of the line, not the whole border; "the
    # X area of the Y Game Reserve" / "of the reserve" is a spot inside the park.
    events = _events(
        "Tanzanian rangers shot two Kenyan herders on the Kenya–Tanzania border on Sunday.\n\n"
        "Soldiers opened fire near the Kolwara border outpost on Monday, villagers said.\n\n"
        "A patrol investigating poaching in the Tembo area of the Mkomazi Game Reserve "
        "detained two men on Monday, Kenya's government said.\n\n"
        "Rangers arrested four men in the Olkiu area of the reserve on Tuesday."
    )
    assert [e.place for e in events] == [
        "Kenya–Tanzania border",
        "near the Kolwara border outpost",
        "Tembo",
        "Olkiu",
    ]


def test_the_same_voice_goes_on_at_its_own_spot_not_at_a_country_or_the_first_incident():
    # A depth past the line ("300 metres inside Kenya") says which side, not where; a
    # sentence with no place, in the same voice, goes on at that voice's spot.
    events = _events(
        "Tanzanian rangers shot two Kenyan herders near Lokichogio on Sunday, local officials "
        "said.\n\n"
        "Kenya's government said a patrol investigating poaching near Kamboi had detained a "
        "Tanzanian man on Monday.\n\n"
        "According to the statement, the patrol came under fire after dark, about 300 metres "
        "inside Kenya, and returned fire.\n\n"
        "Later, the soldiers recovered a rifle, the statement said."
    )
    assert [e.place for e in events] == [
        "near Lokichogio",
        "near Kamboi",
        "near Kamboi",
        "near Kamboi",
    ]


def test_an_envoys_post_a_roads_end_and_an_escorts_goal_are_no_places_of_the_act():
    events = _events(
        "Rangers shot two Kenyan herders near Lokichogio on the Kenya–Tanzania border on "
        "Sunday.\n\n"
        "On Monday, Kenya recalled its ambassador to Tanzania for consultations.\n\n"
        "Police fired tear gas at herders who had been stuck near Namanga, at a bend of the "
        "highway to Arusha, since Tuesday.\n\n"
        "A Tanzanian helicopter strayed over Loitokitok on Tuesday, and a Kenyan jet was "
        "scrambled to escort it to the airport at Eldoret, the air force said."
    )
    assert [e.place for e in events] == [
        "near Lokichogio",
        "near Lokichogio",
        "near Namanga",
        "Loitokitok",
    ]


def test_the_day_of_a_confirmation_or_of_a_later_statement_is_no_day_of_the_event():
    # "confirmed the crash on Monday and said ...", "Later on Monday the police told X
    # that ...": Monday dates what was said, not what happened.
    events = _events(
        "A Kenyan police helicopter came down near Lokichogio on Sunday evening, the Daily "
        "Star reported.\n\n"
        "Police spokesman Joan Wekesa confirmed the crash on Monday and said the helicopter "
        "had strayed across the border.\n\n"
        "Later on Monday the police told the broadcaster KTN that Tanzanian troops had fired "
        "at the helicopter."
    )
    assert [e.date for e in events] == ["2024-06-02", "", ""]
    assert [e.reported for e in events[1:]] == ["2024-06-03", "2024-06-03"]


def test_what_a_speaker_says_past_a_confirmation_is_their_account():
    # "X confirmed the crash and said it had strayed": the straying is X's word.
    events = _events(
        "A Kenyan police helicopter came down near Lokichogio on Sunday evening.\n\n"
        "Police spokesman Joan Wekesa confirmed the crash on Monday and said the helicopter "
        "had strayed across the border."
    )
    assert [e.status for e in events] == ["confirmed", "alleged"]
    # "confirmed that ..." is the speaker's account too, as the gold sets code it
    # (session 17); an incident told first and confirmed after stays confirmed.
    events = _events(
        "A Kenyan police helicopter came down near Lokichogio on Sunday evening.\n\n"
        "Police spokesman Joan Wekesa confirmed that the helicopter had strayed across the "
        "border."
    )
    assert [e.status for e in events] == ["confirmed", "alleged"]
    events = _events(
        "A Kenyan police helicopter came down near Lokichogio on Sunday evening, police "
        "spokesman Joan Wekesa confirmed on Monday."
    )
    assert [e.status for e in events] == ["confirmed"]


def test_people_stuck_since_a_day_were_stuck_from_that_day():
    # As "has been shut since Wednesday" dates the closing, "had been stranded at X since
    # Thursday night" dates when they were held up, not the days until the report.
    events = _events(
        "About 400 migrants had been stranded near Namanga since Thursday night, police said."
    )
    assert [e.date for e in events] == ["2024-06-06"]


def test_people_taken_away_held_or_returned_across_the_border_are_incidents():
    # "was taken away by the police and is still being held across the border": a
    # detention at the incident's spot (the border is where the captive is kept);
    # "had been returned across the border": a pushback.
    events = _events(
        "Tanzanian rangers opened fire near Lokichogio on the Kenya–Tanzania border on "
        "Sunday, villagers said.\n\n"
        "A third herder, Peter Lomuria, was taken away by the Tanzanian police and is still "
        "being held across the border, his family said.\n\n"
        "Kenya's immigration service said 312 Somalis had been returned across the border "
        "between Monday and Wednesday."
    )
    assert [(e.place, e.category) for e in events[1:]] == [
        ("near Lokichogio", "detention"),
        ("Kenya–Tanzania border", "pushback"),
    ]


def test_the_open_border_is_the_border_not_the_first_incidents_village():
    events = _events(
        "Tanzanian rangers opened fire near Lokichogio on the Kenya–Tanzania border on "
        "Sunday, villagers said.\n\n"
        "Trade has slowed this year. The porous frontier has been closed to lorries since "
        "April because of an outbreak of cholera."
    )
    assert [e.place for e in events] == ["near Lokichogio", "Kenya–Tanzania border"]
