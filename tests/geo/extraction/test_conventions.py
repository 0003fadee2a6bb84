"""Conventions and classes of the round after the ninth blind set: dating, claimants,
places by role, an incident told on, denials and background (fixtures in our words)."""

from bordermap.geo.extraction import extract_events, report_from_text


def _events(body: str, published: str = "2024-05-10"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


# Dating convention -----------------------------------------------------------------


def test_a_sentence_without_a_date_of_its_own_stays_undated_and_notes_the_borrowable_one():
    first, second = _events(
        "Guards fired on a group of smugglers near Tallinna on Tuesday. "
        "Two smugglers were wounded in the clash, officials said."
    )
    assert first.date == "2024-05-07"
    assert second.date == ""
    assert any("2024-05-07" in note and "not taken" in note for note in second.notes)


def test_a_denial_dated_only_as_a_statement_is_undated_and_reported_that_day():
    claim, denial = _events(
        "Villagers said soldiers pushed them back across the river near Narva on Monday.\n\n"
        "The defence minister denied on Wednesday that anyone had been pushed back."
    )
    assert claim.date == "2024-05-06"
    assert denial.status == "denied"
    assert denial.date == ""
    assert denial.reported == "2024-05-08"


# Places by their role in the sentence ------------------------------------------------


def _found(sentence: str, hints: tuple[str, ...]):
    from bordermap.geo.extraction.places import find_places

    return {p.text: p for p in find_places(sentence, hints=hints)}


def test_from_after_a_noun_is_where_people_came_from_not_where_it_happened():
    found = _found("A bus from Lviv was stopped at the Medyka crossing.", ("PL", "UA"))
    assert found["Lviv"].role == "origin"
    # After a verb, "from" is where the act happened.
    found = _found("Divers removed the buoys from the Narva river.", ("EE", "RU"))
    assert found["Narva river"].role == "at"


def test_towards_a_place_is_a_direction_not_a_location():
    found = _found("Guards fired at people walking back towards Belarus.", ("LT", "BY"))
    assert found["Belarus"].role == "aside"


def test_a_named_camp_keeps_its_camp_word_and_not_a_possessive_country_as_container():
    found = _found(
        "Fences went up near the Kalvo transit camp, in Latvia's Ludza county.", ("LV", "BY")
    )
    assert "near the Kalvo transit camp" in found
    assert found["near the Kalvo transit camp"].written_only


def test_a_building_named_after_its_settlement_places_the_event_in_the_settlement():
    found = _found("Wounded villagers reached the clinic at Dolni Varvol.", ("BG", "TR"))
    assert found["Dolni Varvol"].precision == "settlement"


def test_an_unknown_district_is_kept_as_a_district_and_the_finest_place_wins():
    found = _found("Jets bombed villages of Zorvak district on Monday.", ("TJ", "AF"))
    assert found["Zorvak district"].precision == "district"
    (event,) = _events(
        "Gunmen attacked a camp in Zorvak district, within the area of the Kordan border "
        "post, on Monday.",
    )
    assert event.place == "Kordan border post"


# Attribution: who says so ----------------------------------------------------------


def _attribution(sentence: str):
    from bordermap.geo.extraction.attribution import read_attribution

    return read_attribution(sentence)


def test_people_who_tell_what_happened_to_them_are_speakers():
    told = _attribution("A teenage girl said guards opened fire on her group near the river.")
    assert (told.status, told.claimant) == ("alleged", "teenage girl")
    told = _attribution("An old man died on the way without his medicine, his relatives said.")
    assert (told.status, told.claimant) == ("alleged", "his relatives")
    assert _attribution("Several families told our reporter that men took their sons.").claimant


def test_a_relative_clause_speaker_who_found_no_evidence_disputes_the_claim():
    told = _attribution(
        "Monitors raised reports of beatings with the Latvian government, which answered "
        "that it had found no evidence to confirm them."
    )
    assert (told.status, told.claimant, told.denier) == (
        "disputed", "Monitors", "Latvian government",
    )  # fmt: skip


def test_a_reply_is_speech_only_with_what_it_said():
    assert _attribution("Poland responded by reinforcing its border.").status == "confirmed"
    told = _attribution("Riga replied that its guards had not crossed the line.")
    assert told.status == "denied"


def test_findings_are_claims_but_finding_things_is_not():
    assert _attribution("The inquiry concluded that the drone was shot down.").status == "alleged"
    assert _attribution("Soldiers found the bodies near the river.").status == "confirmed"


def test_a_titled_speaker_with_a_name_denies_and_the_day_dates_the_denial():
    from bordermap.geo.extraction.dates import find_dates

    sentence = "Belarus's foreign minister, Ivan Petrov, dismissed Lithuania's account on Tuesday."
    told = _attribution(sentence)
    assert (told.status, told.denier) == ("denied", "Belarusian foreign minister Ivan Petrov")
    import datetime as dt

    (when,) = find_dates(sentence, published=dt.date(2024, 5, 10))
    assert when.role == "statement"


def test_the_first_speaker_of_a_sentence_is_its_claimant():
    told = _attribution(
        "Photographs shared by the Border Monitoring Group showed guards unrolling wire on "
        "Monday, and villagers said they had been told to leave."
    )
    assert told.claimant == "Border Monitoring Group"


def test_a_statement_of_another_day_is_a_claim_of_its_own():
    events = _events(
        "Gunmen fired on a patrol on the Narva river on Monday, the Police and Border Guard "
        "Board said.\n\nThe board said the men fled across the river. "
        "The board said on Thursday that it had sent more troops to the area.\n\n"
        "The board said it had sent more troops to the area."
    )
    assert len(events) == 4
    assert events[2].date == "" and events[2].reported == "2024-05-09"
    # Undated claims of one speaker in two paragraphs are not one event told twice.
    assert events[3].date == "" and events[3].evidence[0].text.startswith("The board said it")


# Claimant naming ---------------------------------------------------------------------


def test_one_body_worded_differently_is_one_speaker():
    from bordermap.geo.extraction.speakers import same_speaker

    assert same_speaker("Vilnius", "Lithuanian government")  # a capital speaks for its state
    assert same_speaker("Lithuania", "the Lithuanian government")
    assert same_speaker("Latvian foreign ministry", "Ministry of Foreign Affairs of Latvia")
    assert same_speaker("Taliban interior ministry", "Taliban-run interior ministry")
    assert same_speaker("Libyan interior ministry", "Libyan interior ministry in Tripoli")
    assert same_speaker("Polish army", "Polish military")
    assert same_speaker("Anna Kowal", "Podlaskie police chief Anna Kowal")  # holder or office
    assert same_speaker("", "")
    assert not same_speaker("Polish army", "Polish defence ministry")
    assert not same_speaker("Latvian officials", "Lithuanian officials")
    assert not same_speaker("", "Polish army")


def test_an_acronym_the_report_spells_out_is_written_in_full():
    from bordermap.geo.extraction.speakers import expand_acronym

    text = "The Free Mountain Front said its fighters were attacked. An FMF commander said so."
    assert expand_acronym("FMF commander", text) == "Free Mountain Front commander"
    assert expand_acronym("OSCE", text) == "OSCE"  # never spelled out: as written
    # Spelled out in a possessive, written without it.
    assert expand_acronym("KHU", "the Karen Hills Union's area") == "Karen Hills Union"
    (event,) = _events(
        "Jets bombed villages of the Karen Hills Union near Mae Sot on Sunday, the KHU said."
    )
    assert event.claimed_by == ["Karen Hills Union"]


# Events, not background --------------------------------------------------------------


def test_comments_rules_for_whoever_and_diplomatic_steps_are_not_incidents():
    from bordermap.geo.extraction.category_rules import categorise

    assert (
        categorise("It was the first time in a decade that the valley had been shelled.") is None
    )
    assert categorise("Anyone who crosses irregularly will be returned to Belarus.") is None
    # Whoever it happened to, an act told in the past is an incident.
    assert categorise("Guards shot at anyone who approached the fence on Monday.") is not None
    # A diplomatic step is its own category, no incident at the border (session 7: the
    # gold sets since the tenth code it).
    assert categorise("Latvia's foreign ministry summoned the Russian envoy to protest.") == (
        "diplomatic_measure"
    )
    # An incident told before the diplomatic step still counts.
    assert categorise("Troops fired on a boat, and Riga summoned the Russian envoy.") is not None


def test_a_sentence_opening_on_what_the_event_before_named_goes_on_with_it():
    events = _events(
        "A border post near Narva was attacked on Monday night. "
        "The attackers used rifles and a drone, which crossed the border from Russia."
    )
    assert len(events) == 1
    assert len(events[0].evidence) == 2


def test_the_next_paragraph_goes_on_with_the_actors_but_not_with_the_place():
    events = _events(
        "A border post near Narva was attacked on Monday night.\n\n"
        "The attackers used rifles and a drone."
    )
    assert len(events) == 1
    events = _events(
        "Aid lorries crossed at the Medyka crossing on Monday.\n\n"
        "The crossing was closed again in the evening."
    )
    assert len(events) == 2
    events = _events(
        "A convoy was attacked near Narva on Monday night.\n\n"
        "The convoy was attacked again later, as it turned back."
    )
    assert len(events) == 2


def test_harm_told_by_nouns_is_an_incident():
    from bordermap.geo.extraction.category_rules import categorise

    assert categorise("Boats brought villagers with shrapnel wounds to the clinic.") is not None
    assert categorise("Monitors reported killings of migrants at the fence.") is not None
    assert categorise("Armed men extorted money from the families.") is not None


def test_a_date_that_opens_on_the_speaker_dates_the_statement():
    import datetime as dt

    from bordermap.geo.extraction.attribution import read_attribution
    from bordermap.geo.extraction.dates import find_dates
    from bordermap.geo.extraction.events import _dating_the_speaker

    def roles(sentence: str) -> list[str]:
        told = read_attribution(sentence)
        dates = find_dates(sentence, published=dt.date(2024, 5, 10))
        return [d.role for d in _dating_the_speaker(dates, told.cues, sentence)]

    assert roles("Last year UN experts raised reports of killings at the fence.") == ["statement"]
    assert roles("Soldiers pushed them back on Monday, aid groups said.") == ["event"]


def test_a_judgement_is_not_an_incident_and_a_hedged_sequel_goes_on_with_the_event():
    events = _events(
        "Guards have killed dozens of migrants near Narva since March, the monitors said. "
        "The killings appear to be continuing.\n\n"
        "Killings under a state policy would be a crime against humanity."
    )
    assert len(events) == 1
    assert len(events[0].evidence) == 2


def test_standing_guard_is_security_not_the_closure_named_beside_it():
    from bordermap.geo.extraction.category_rules import categorise

    sentence = "Police are standing guard at the end of the road, where a sign bars the way."
    assert categorise(sentence) == "military_security"
    assert categorise("No casualties were reported among the guards.") is None


def test_the_other_sides_account_is_placed_where_it_says_the_act_went():
    claim, counter = _events(
        "Latvia's police chief accused Russian guards of firing on the post near Zilupe on "
        "Monday. A spokesman for the Russian border service said Latvian guards had fired "
        "into Russia first."
    )
    assert claim.place == "near Zilupe"
    assert counter.place == "Russia"
    # A retreat into a country, in a clause after the act, does not move the act.
    first, second = _events(
        "Guards clashed with smugglers near Zilupe on Monday. Two smugglers were killed in "
        "the clashes, and the rest withdrew into Russian territory, an official said."
    )
    assert second.place == first.place


def test_a_dated_clause_that_enters_a_country_is_placed_in_it():
    events = _events(
        "In March a drone landed near Zilupe, and on 2 April another drone crossed into "
        "Latvian airspace, according to Riga."
    )
    assert [(e.date, e.place) for e in events] == [
        ("2024-03", "near Zilupe"),
        ("2024-04-02", "Latvia's airspace"),
    ]


def test_a_claim_that_goes_on_to_deny_the_other_sides_act_gives_a_denial_too():
    events = _events(
        "Estonian guards fired on a Russian helicopter over the Narva river on Monday, "
        "saying it had entered Estonian airspace.\n\n"
        "The Russian defence ministry said the helicopter was hit over Ivangorod and never "
        "flew over Estonia."
    )
    denial = events[-1]
    assert denial.status == "denied"
    assert denial.denied_by == ["Russian defence ministry"]
    assert denial.claimed_by and denial.claimed_by != ["Russian defence ministry"]
    assert [e.status for e in events].count("alleged") >= 2  # the act's reason, the claim


# A sentence with no place ----------------------------------------------------------


def test_a_sentence_with_no_place_takes_the_place_its_paragraph_named_last():
    events = _events(
        "Masked men attacked a police patrol in the village of Zilupe on Sunday.\n\n"
        "The men then hid in the Zilupe monastery. In the shooting that followed, two of "
        "them were killed.\n\n"
        "The government holds that the attack was financed from abroad."
    )
    shooting, claim = events[-2:]
    assert shooting.place == "Zilupe monastery"
    # "the attack" goes back to the sentence that told it, not to the place named last.
    assert claim.status == "alleged" and claim.place == events[0].place


def test_a_definite_noun_takes_the_place_of_the_sentence_that_first_told_it():
    events = _events(
        "Latvia closed its crossings with Russia on Friday, in a row over a dam that Russian "
        "workers are building on the Zilupe river.\n\n"
        "Officials had shut the Terehova crossing on Monday. Latvian officials say the dam "
        "breaks a treaty on shared rivers."
    )
    claim = events[-1]
    assert claim.status == "alleged"
    assert "Zilupe" in claim.place


# At sea, in the headline, and nouns that look like verbs -----------------------------


def test_at_sea_off_a_place_and_on_the_island_of_a_place():
    found = _found("Guards forced a dinghy back off Samos on Monday.", ("GR", "TR"))
    assert "Samos" in found and found["Samos"].role == "at"
    found = _found("A boat with 40 people reached the island of Kos.", ("GR", "TR"))
    assert "island of Kos" in found


def test_reaching_an_island_or_a_named_place_is_an_arrival_but_an_agreement_is_not():
    from bordermap.geo.extraction.category_rules import categorise

    assert categorise("A dinghy with 40 people reached the island of Kos.") == "crossing_attempt"
    assert categorise("The two sides reached an agreement on the fence.") != "crossing_attempt"


def test_the_headline_names_the_reports_countries_too():
    report = report_from_text(
        "Title: Greek coastguard accused over Kos pushback\nPublished: 2023-06-15\n\n"
        "Thirty people were forced back into Turkish territorial waters off Kos on 12 June, "
        "according to testimony collected by the Aegean Monitoring Group.\n"
    )
    extraction = extract_events(report)
    assert set(extraction.hints) >= {"GR", "TR"}
    (event,) = extraction.events
    assert event.claimed_by == ["Aegean Monitoring Group"]


def test_a_say_verb_after_a_determiner_is_a_noun():
    told = _attribution("The coast guard rejected the claims, saying its officers act lawfully.")
    assert (told.status, told.claimant, told.denier) == ("denied", "", "coast guard")
    told = _attribution("Romania had earlier denied Ukrainian reports that a drone fell there.")
    assert told.status == "denied"


def test_bodies_named_by_their_kind_speak():
    told = _attribution("The attackers fled towards Ukraine, the inspectorate said.")
    assert (told.status, told.claimant) == ("alleged", "inspectorate")


def test_an_act_denied_as_a_gerund_is_a_denial_and_targeting_is_an_attack():
    from bordermap.geo.extraction.category_rules import categorise

    told = _attribution("The ministry denied hitting civilians.")
    assert (told.status, told.denier) == ("denied", "ministry")
    assert categorise("Its forces had targeted militant hideouts inside the country.")
    assert categorise("The campaign is targeted at young voters.") is None


def test_a_speaker_before_a_clause_of_its_own_does_not_voice_the_incident_after_it():
    (event,) = _events(
        "Minsk said the step was unfriendly, and freight trains were left waiting at the "
        "border near Terespol on Monday."
    )
    assert (event.status, event.claimed_by) == ("confirmed", [])
    # A speaker after the clauses voices them all.
    (event,) = _events(
        "Two smugglers were killed near Terespol on Monday, and the rest fled, an official said."
    )
    assert event.status == "alleged"


def test_lists_of_where_people_came_from_are_not_the_reports_countries():
    report = report_from_text(
        "Published: 2023-11-20\n\nTitle\n\nFinnish guards detained eight people at the "
        "Vaalimaa crossing on Sunday. Most came from Yemen, Syria and Somalia. Russia's "
        "foreign ministry rejected the allegation that it was steering them.\n"
    )
    assert extract_events(report).hints[:2] == ("FI", "RU")


def test_a_named_site_keeps_its_lower_case_words_up_to_the_site_noun():
    found = _found("Guards exchanged fire near the Golovnoy water intake station.", ("KG", "TJ"))
    assert "near the Golovnoy water intake station" in found
    found = _found("Officials did not say when the fence near Narva was damaged.", ("EE", "RU"))
    assert "near Narva" in found
