"""Status classes found on the misses of every extract folder (session 41, round 41y):
cues of a claim or a denial the attribution reader missed, each checked on sentences
written for the test (other names, places and speakers than any gold text)."""

from bordermap.geo.extraction.attribution import read_attribution


def test_a_speakers_word_for_what_happened_is_its_account():
    # "called the ban illegal", "called the raid a massacre": the speaker's verdict.
    for sentence in (
        "The Lithuanian foreign minister called the closure illegal and part of a siege.",
        "Oleh Marchenko, an aide to the governor, called the fire a deliberate attack.",
    ):
        reading = read_attribution(sentence)
        assert reading.status == "alleged", sentence
        assert reading.claimant, sentence


def test_calling_someone_in_or_a_verdict_beside_an_act_is_no_claim():
    # A call made is an act; a verdict in one clause of several leaves the act beside
    # it in the report's own voice.
    for sentence in (
        "A farmer in the valley called the police.",
        "The ministry called the ambassador in on Tuesday.",
        "Riga called the move a provocation, and lorries were left queuing at the post.",
        "Dozens of students marched to the consulate and called the shooting a crime.",
    ):
        assert read_attribution(sentence).status == "confirmed", sentence


def test_saying_after_a_statement_or_a_stance_is_the_subjects_account():
    for sentence in (
        "On Monday Armenia lodged a complaint with the OSCE saying a drone had crossed "
        "into Syunik.",
        "The Ugandan army issued a statement of its own saying that rebels had taken Kisoro.",
        "President Ilves criticised the decision on Friday, saying Moscow had broken the deal.",
        "The navy disputed the count, saying it knew of only four boats.",
        "A herder who gave his name as Omar gave a different location, saying the shots "
        "came from the ridge near Tessit.",
    ):
        reading = read_attribution(sentence)
        assert reading.status == "alleged", sentence
        assert reading.claimant and not reading.claimant.startswith("On "), sentence


def test_saying_after_an_act_leaves_the_act_the_reports():
    # "fired on the jet, saying it had entered": the act is told; the reason is theirs,
    # and the gold sets code the act confirmed.  "the disputed X" is no verb.
    for sentence in (
        "Guinean troops fired on a Malian drone on Sunday, saying it had entered Guinean "
        "airspace.",
        "Chile barred two lorry convoys from entering the country, saying their papers "
        "were forged.",
        "Militants shelled two army posts in the disputed Kargil heights, saying they "
        "acted in revenge.",
    ):
        assert read_attribution(sentence).status == "confirmed", sentence


def test_ranks_and_offices_named_back_speak():
    # "The admiral said", "..., the general added", "its headman, Name, said",
    # "ambassador Name said", "the cables said".
    for sentence in (
        "The admiral said the trawler had been fishing inside the zone.",
        "Tehran sent a note to Baku over the incident, the general added.",
        "By then the camp held 400 people, its headman, Peter Banda, said at the time.",
        "The sailors are held at a base near Trat, ambassador Le Van Hoa said after seeing them.",
        "The following spring, the cables said, gunboats turned back a survey ship.",
    ):
        reading = read_attribution(sentence)
        assert reading.status == "alleged", sentence
        assert reading.claimant, sentence


def test_a_denial_of_targeting_is_a_denial():
    for sentence in (
        "An official in Rabat said Morocco had never targeted civilians on the track.",
    ):
        reading = read_attribution(sentence)
        assert reading.status == "denied", sentence
        assert reading.denier, sentence


def test_whose_account_or_reading_the_clause_is():
    # "Its own reading was that ...", "By the Chilean account, ...": the clause is that
    # side's version.
    for sentence in (
        "Its own reading was that the launch had crossed the line before dawn.",
        "Its first assessment was that a balloon had drifted over from the east.",
        "By the Peruvian account, Bolivian police took the two guards to Desaguadero.",
    ):
        reading = read_attribution(sentence)
        assert reading.status == "alleged", sentence
        assert reading.claimant, sentence
    assert read_attribution("By the time police arrived, the men had fled.").status == (
        "confirmed"
    )


def test_concessions_and_a_document_named_back_are_claims():
    for sentence in (
        "On Friday the minister conceded that a helicopter had strayed over the line.",
        "The same document says Eritrea moved two tanks up to the wadi in June.",
    ):
        reading = read_attribution(sentence)
        assert reading.status == "alleged", sentence
        assert reading.claimant, sentence


def test_the_following_month_is_the_month_after_the_one_dated_last():
    import datetime as dt

    from bordermap.geo.extraction.dates import find_dates

    sentence = "The following month, patrol boats turned back a second vessel near the field."
    for last, want in (("2007-12", "2008-01"), ("2008-04", "2008-05")):
        found = find_dates(sentence, published=dt.date(2010, 6, 1), last_month=last)
        assert [(f.value, f.role) for f in found] == [(want, "event")], found
    # Without "the", "next month" is the report's own future, not the story's.
    found = find_dates(
        "The post will reopen next month.", published=dt.date(2010, 6, 1), last_month="2008-04"
    )
    assert all(f.value != "2008-05" for f in found), found
