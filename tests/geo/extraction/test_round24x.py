"""Classes of report writing that recur across the seen folders (session 24, round
24x on heldout38), each checked on sentences written for the test (other names,
places and speakers than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.actors import country_codes_in


def _events(body: str, published: str = "2024-06-20"):
    report = report_from_text(f"Published: {published}\n\nTitle\n\n{body}\n")
    return extract_events(report, id_prefix="t").events


def test_a_site_named_with_what_it_is_for_is_the_place():
    # "over the army's X training camp", "hit the X ski centre": a word saying what
    # the site is for stands between its name and its noun, and whose it is ("the
    # army's") or the verb of the shot that struck it comes before; the site is the
    # place, kept as written where the gazetteer lacks it, not the border at large.
    events = _events(
        "Six unidentified drones flew over the army's Varnholt training camp near the "
        "border on Tuesday, the defence ministry said."
    )
    assert len(events) == 1 and events[0].place == "Varnholt training camp", events
    events = _events(
        "The interior ministry said gunfire from across the border had hit the Kelvory "
        "ski centre on 3 June."
    )
    assert len(events) == 1 and events[0].place == "Kelvory ski centre", events


def test_the_seat_of_an_office_in_a_speakers_title_is_not_the_place():
    # "said X, head of the prosecutor's office in Y": the town after the office the
    # speaker heads is where he sits; the shots he tells of were fired at the site
    # the report named before, as a sentence naming no place of its own.
    events = _events(
        "Gunfire from Bosnia hit the Orlovac ski centre in Serbia on 2 June, the Serbian "
        "interior ministry said.\n\n"
        "Shots were fired at one of its cabins on 9 June, said Marko Dren, head of the "
        "prosecutor's office in Priboj."
    )
    assert [e.place for e in events] == ["Orlovac ski centre", "Orlovac ski centre"], events


def test_a_named_ground_or_shore_work_is_the_place():
    # "waded ashore at X Park", "detained at the Y pier": a park, beach, pier or
    # boardwalk named after a preposition of place is where it happened, finer than
    # the town or island it is on, kept as written where the gazetteer lacks it.
    events = _events(
        "At least 20 migrants waded ashore at Kelvory Park on Cozumel on Sunday, police said."
    )
    assert len(events) == 1 and events[0].place == "Kelvory Park", events
    events = _events("Police detained 14 migrants at the Pelvo pier in Chetumal on Monday.")
    assert len(events) == 1 and events[0].place == "Pelvo pier", events


def test_the_beaches_of_a_town_are_in_the_town():
    # "came ashore on the beaches of X", "landed on the shore at Y": the shore is the
    # town's; the town is the place (a name after "the beaches of" was no place
    # phrase, so the landing had no place, or the one people came from).
    events = _events("On 12 March, 14 Haitians came ashore on the beaches of Tulum, police said.")
    assert len(events) == 1 and events[0].place == "Tulum", events


def test_a_country_whose_name_joins_words_by_and_is_a_country():
    # "the Turks and Caicos Islands": the gazetteer's demonym of the territory joins its
    # words by "and", which the table of countries did not read, so the report had no
    # country of its own and a town of it ("off Providenciales") was read against the
    # wrong countries; read whole, its last words are no islands of their own either.
    assert country_codes_in("Police in the Turks and Caicos Islands said") == ["TC"]
    events = _events(
        "Police in the Turks and Caicos Islands detained 30 Haitians two miles off "
        "Providenciales on Monday."
    )
    assert len(events) == 1 and events[0].place == "Providenciales", events


def test_early_in_a_month_is_the_whole_month():
    # "stranded at the crossing in early September": part of a month is the whole
    # month, as the coding rules of bench/extract/README.md now say (session 43).
    events = _events(
        "About 80 lorries were stranded at the Kelvo crossing on the Iran-Turkmenistan "
        "border in early September, drivers said.",
        published="2018-09-20",
    )
    assert len(events) == 1 and events[0].date == "2018-09", events
    events = _events(
        "Guards closed the Kelvo crossing on the Iran-Turkmenistan border in early May.",
        published="2018-09-20",
    )
    assert len(events) == 1 and events[0].date == "2018-05", events


def test_a_number_in_a_speakers_relative_clause_ends_no_clause():
    # "X, which counts about 3,200 refugees in the country, said that ...": the comma
    # inside "3,200" is no end of the clause that describes the speaker; the sentence
    # is the speaker's claim, as it is without the number.
    events = _events(
        "Kelvo Refugee Council, which shelters about 1,400 migrants in the town, said "
        "that migrants are being driven back to the Serbian border by the Croatian police."
    )
    assert len(events) == 1, events
    assert events[0].status == "alleged" and events[0].claimed_by == ["Kelvo Refugee Council"]


def test_a_border_the_sentence_says_is_its_own_is_not_the_datelines():
    # "PRAGUE - ... Hungary brought in checks on its own border with Slovakia": the
    # sentence names whose border it is (the state it opens on), so the dateline's
    # country does not make it its own border with Slovakia, folded into the Czech
    # checks told before.
    report = report_from_text(
        "Published: 2022-10-03\n\n"
        "Czech police check the Slovak border over migrants bound for Germany\n\n"
        "PRAGUE, Oct 3 - Czech police have been checking traffic along the entire border "
        "with Slovakia since midnight on Thursday, at 20 former crossing points.\n\n"
        "Hungary brought in checks on its own border with Slovakia on the same day.\n"
    )
    events = extract_events(report, id_prefix="t").events
    assert [e.place_found for e in events] == [
        "Czechia–Slovakia border",
        "Hungary–Slovakia border",
    ], events


def test_people_counted_who_landed_somewhere_came_ashore():
    # "15 Cubans landed at X", "40 migrants landed on Y": a number of people who landed
    # came ashore there, a crossing by sea; "landed" alone stays a shell's or a plane's.
    events = _events(
        "On 4 March, 22 Haitians landed at Playa Kelvo in Cancun, Mexican police said."
    )
    assert len(events) == 1 and events[0].category == "crossing_attempt", events
    assert not _events("On 4 March, a cargo plane landed at Cancun airport.")
