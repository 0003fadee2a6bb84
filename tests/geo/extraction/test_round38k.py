"""Round 38k: date and status of the drafts aligned to gold events; each on sentences
written for the test."""

import datetime as dt

from bordermap.geo.extraction.attribution import read_attribution
from bordermap.geo.extraction.dates import find_dates

_PUBLISHED = dt.date(2019, 3, 8)  # a Friday


def _roles(sentence: str) -> list[tuple[str, str]]:
    return [(f.value, f.role) for f in find_dates(sentence, published=_PUBLISHED)]


def test_a_denier_worded_twice_makes_a_denial_not_a_dispute():
    found = read_attribution(
        "The Ruritanian interior ministry on Tuesday rejected claims that its police had "
        "fired across the river."
    )
    assert found.status == "denied"
    assert found.claimant == ""


def test_a_speaker_who_tells_and_denies_in_one_sentence_denies():
    found = read_attribution(
        "Borduria's consul in Szohod, Anton Pleszky, told reporters on Monday that he knew "
        "of no arrests and denied that any fishermen were held."
    )
    assert found.status == "denied"


def test_a_claim_and_another_party_s_denial_stay_disputed():
    found = read_attribution(
        "Villagers said soldiers had crossed the stream, but the army denied it."
    )
    assert found.status == "disputed"


def test_the_day_a_speaker_gave_a_figure_or_a_version_is_the_telling_s():
    assert _roles("The mayor gave a higher toll on Wednesday, six dead.") == [
        ("2019-03-06", "statement")
    ]
    assert _roles(
        "The governor gave a different version in the regional daily on Tuesday: the boat "
        "had drifted."
    ) == [("2019-03-05", "statement")]


def test_a_note_or_communique_opening_the_sentence_dates_the_writing():
    assert _roles("In a short note on Monday, the agency said the lorries were held.") == [
        ("2019-03-04", "statement")
    ]


def test_a_rejection_given_in_an_interview_dates_the_rejection():
    assert _roles(
        "The minister dismissed the accusations in an interview with Radio Szohod on Wednesday."
    ) == [("2019-03-06", "statement")]


def test_an_act_of_giving_keeps_its_day():
    assert _roles("The patrol gave chase on Thursday.") == [("2019-03-07", "event")]


def test_a_named_spokesperson_of_a_long_body_speaks():
    found = read_attribution(
        "Guards turned back nine walkers at the pass, Coast and Frontier Protection "
        "spokeswoman Ana Lindqvist said."
    )
    assert found.status == "alleged"


def test_people_named_by_a_plural_nationality_and_where_they_came_speak():
    found = read_attribution("Kazakhs arriving in Osh said they had waited two days at the post.")
    assert found.status == "alleged"


def test_people_placed_by_a_direction_speak():
    found = read_attribution("People living further north said they had heard gunfire.")
    assert found.status == "alleged"


def test_things_placed_by_a_participle_do_not_speak():
    assert read_attribution("Lorries parked in the yard said nothing.").status == "confirmed"


def test_a_party_said_to_have_no_hand_in_the_act_is_a_denial():
    found = read_attribution(
        "The interior minister said Borduria had nothing to do with the ambush."
    )
    assert found.status == "denied"
    found = read_attribution("The governor said the militia had played no part in the attack.")
    assert found.status == "denied"


def test_nothing_to_do_with_a_matter_is_no_denial():
    found = read_attribution("Officials said the closure had nothing to do with trade.")
    assert found.status == "alleged"


def test_a_blame_called_wrong_is_a_denial():
    found = read_attribution("The district chief said it was wrong to blame the herders.")
    assert found.status == "denied"


def test_a_different_picture_given_is_the_speaker_s_account():
    found = read_attribution(
        "The mayor of Tolmin gave a different picture, telling reporters that the boat "
        "had drifted."
    )
    assert found.status == "alleged"
