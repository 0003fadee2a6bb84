"""Precision classes found by listing every draft from a sentence the gold codes no event
in, over all folders (session 55, round y): a speaker saying only what will or would
happen, a speaker's verdict on the act told before, a speaker saying nothing is known
yet, and a sentence opening on ordinary times the news is set against ("In normal
times", "On an ordinary day").  Checked on sentences written for the test (other names,
places and days than any gold text)."""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.events import (
    _speaker_knows_nothing_yet,
    _speaker_only_forecasts,
    _speaker_only_judges,
)


def _events(body: str):
    return extract_events(
        report_from_text(f"Published: 2024-03-11\n\nTitle\n\n{body}\n"), id_prefix="t"
    ).events


def _from(sentence: str, body: str) -> list:
    return [e for e in _events(body) if any(sentence in x.text for x in e.evidence)]


_LEDE = "Guards at the Kapitan Andreevo crossing turned back 40 lorries on Sunday. "


def test_a_speaker_saying_what_will_happen_drafts_no_event():
    for forecast in (
        "The regional command said it would step up patrols along the border with Turkey.",
        "Ivan Petrov, the customs chief, said officers would search every lorry at the post.",
        "Bulgaria has also said it will close its consulate in Edirne.",
        "The mayor of Svilengrad said the closure would hurt traders on both sides.",
    ):
        assert _from(forecast, _LEDE + forecast) == [], forecast


def test_a_forecast_told_after_an_act_or_with_an_act_stays_a_draft():
    # An act before the speech verb is not a bare forecast.
    assert not _speaker_only_forecasts(
        "Turkish guards fired on a Bulgarian patrol near Lesovo, and the ministry said it "
        "would protest."
    )
    assert not _speaker_only_forecasts(
        "Ivan Petrov, who was injured at the crossing, said the guards would be punished."
    )
    # The speaker's own next act after the forecast is told.
    assert not _speaker_only_forecasts(
        "Sofia said the wall may reach into Bulgarian land and asked Ankara to stop work."
    )
    # A clause telling an act after the forecast keeps the sentence a draft.
    sentence = (
        "The command said patrols would be doubled, and that two smugglers were caught "
        "near Lesovo."
    )
    assert not _speaker_only_forecasts(sentence)
    assert _from(sentence, _LEDE + sentence)


def test_refusals_demands_and_dated_forecasts_are_not_read_as_forecasts():
    assert not _speaker_only_forecasts(
        "The driver said the guards would not let the lorries through at Lesovo."
    )
    assert not _speaker_only_forecasts("Sofia says Ankara must withdraw its troops.")
    assert not _speaker_only_forecasts(
        "Villagers said shots could be heard from the Turkish side all night."
    )
    assert _speaker_only_forecasts("The ministry said it would send more guards to the line.")
    # A forecast dated to a day ("from Thursday") is left to the plan rules.
    dated = "The ministry said it would close the Lesovo crossing from Thursday."
    assert _from(dated, _LEDE + dated)


def test_a_sentence_opening_on_ordinary_times_drafts_no_event():
    for ordinary in (
        "In normal times a ferry crosses the river in ten minutes, but few now dare.",
        "In normal times, he said, about 800 lorries a day cross into Turkey.",
        "On an ordinary day some 9,000 people cross at Kapitan Andreevo.",
        "Before the closure some 3,000 lorries a day went through the crossing.",
    ):
        assert _from(ordinary, _LEDE + ordinary) == [], ordinary


def test_the_usual_word_inside_a_sentence_keeps_its_incident():
    # "the normally busy crossing" is an adjective; the closure is news.
    sentence = "Guards shut the normally busy Lesovo crossing on Monday after a shooting."
    assert _from(sentence, _LEDE + sentence)


def test_a_speakers_verdict_on_the_act_told_drafts_no_event():
    for verdict in (
        "Opposition leader Maria Ivanova said the shooting could not be justified.",
        "The Turkish foreign ministry said it was unacceptable that the patrol had fired "
        "on the lorries.",
        "A Kremlin spokesman described the clash as alarming and called for calm.",
    ):
        assert _from(verdict, _LEDE + verdict) == [], verdict


def test_a_description_that_tells_what_happened_is_no_verdict():
    # "described the fighting as an attack by 300 troops" tells the act itself.
    assert not _speaker_only_judges(
        "The governor described the fighting as an attack by 300 troops on a patrol."
    )
    # An act told before the speaker keeps the sentence open to the other rules.
    assert not _speaker_only_judges(
        "Guards fired on a boat near Lesovo, and the ministry said the shooting was unlawful."
    )
    assert _speaker_only_judges("The ministry said the shooting was unlawful.")


def test_a_speaker_saying_nothing_is_known_yet_drafts_no_event():
    for unknown in (
        "A customs officer at Lesovo, Petar Kolev, said he had no information yet on the injured.",
        "The spokeswoman said the names of the drivers were not yet known.",
        "Asked about the shooting, Turkish officials told reporters they had no information "
        "about it.",
    ):
        assert _from(unknown, _LEDE + unknown) == [], unknown


def test_an_act_told_beside_what_is_unknown_is_kept():
    assert not _speaker_knows_nothing_yet(
        "The ministry said the names were not yet known, and that two lorries were seized."
    )
    # A state answering a charge ("had found no information to confirm them") is no
    # bare "had no information".
    assert not _speaker_knows_nothing_yet(
        "Ankara said it had found no information to confirm the reports."
    )
    assert _speaker_knows_nothing_yet("The police said they had no information on the case.")
