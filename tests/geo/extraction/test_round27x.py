"""Classes of report writing found on the misses of seen folders 43 and 44 (session 27,
round 27x), each checked on sentences written for the test (other names, places and
speakers than any gold text)."""

from bordermap.geo.extraction.attribution import read_attribution


def test_a_toll_put_at_a_number_in_words_is_the_speakers_count():
    # "X put the death toll at four": an estimate given is a claim whether the number
    # is written in figures or in words.
    for sentence, speaker in (
        ("Malian officials put the death toll of the raid at seven.", "Malian officials"),
        ("Police put the number of dead at a dozen on Monday.", "Police"),
    ):
        attribution = read_attribution(sentence)
        assert attribution.status == "alleged"
        assert attribution.claimant == speaker


def test_an_office_over_a_long_body_set_off_before_its_holder_lets_the_holder_speak():
    # "..., the head of the X Red Cross, Name, told AFP": the office names a body too
    # long to pass as a speaker's name, but the named holder after it speaks.
    attribution = read_attribution(
        "More than 2,000 people had crossed by nightfall, the head of the Nigerien "
        "Red Cross, Amadou Issoufou Garba, told AFP."
    )
    assert attribution.status == "alleged"
    assert attribution.claimant == "Amadou Issoufou Garba"
