"""Classes of the tenth place round (session 18), over the 34 seen sets.

Each test holds one class of wording, on our own phrases: other wordings, languages or
places than the sets'.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # "State" between the pair of adjectives and the border word, in the languages
        # the grammar lacked, and Polish "państwowej" after it.
        ("prie Lietuvos-Lenkijos valstybinės sienos", "LT", "Lithuania–Poland border"),
        ("na hrvatsko-srpskoj državnoj granici", "HR", "Croatia–Serbia border"),
        ("na česko-polské státní hranici", "CZ", "Czechia–Poland border"),
        ("na slovensko-ukrajinskej štátnej hranici", "SK", "Slovakia–Ukraine border"),
        ("българо-турската държавна граница", "BG", "Bulgaria–Turkey border"),
        ("na polsko-ukraińskiej granicy państwowej", "PL", "Poland–Ukraine border"),
    ],
)
def test_a_state_border_adjective_is_the_border(text, country, border):
    # Before, the adjective was read as part of the second side ("Baltarusijos
    # valstybinės"), which names no country: unresolved.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "border", border)


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # Serbian and Macedonian Cyrillic: the cases of "граница" the Russian table
        # lacks ("граници", "границом"), and adjectives in "-ој" read by the South Slavic
        # endings, which a letter such as "ј" or "ђ" shows the text is in.
        ("на српско-хрватској граници", "RS", "Croatia–Serbia border"),
        ("на бугарско-македонској граници", "MK", "Bulgaria–North Macedonia border"),
        ("на црногорско-српској граници", "ME", "Montenegro–Serbia border"),
    ],
)
def test_serbian_cyrillic_border_adjectives(text, country, border):
    # Before, "граници" was no border word and "-ској" was tried only by the Russian,
    # Ukrainian and Belarusian endings: unresolved.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision, result.name) == ("resolved", "border", border)


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # A compass word after "parte" or "lado" is a part of the border named after it.
        ("la parte sur de la frontera hispano-marroquí", "ES", "Spain–Morocco border"),
        ("na parte sul da fronteira com o Paraguai", "BR", "Brazil–Paraguay border"),
        ("el lado norte de la frontera colombo-venezolana", "CO", "Colombia–Venezuela border"),
    ],
)
def test_a_compass_part_of_a_border_is_the_border(text, country, border):
    # Before, "sur", "sul", "norte" were read as the side of a country: unresolved.
    result = geocode_place(text, country=country)
    assert (result.status, result.precision) == ("resolved", "border")
    assert result.name.startswith(border)


def test_a_demonym_after_parte_is_still_a_side():
    result = geocode_place("en la parte boliviana de la frontera", country="AR")
    assert (result.status, result.country) == ("resolved", "BO")


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # An Arabic preposition joined to the crossing word that begins the text.
        ("لمعبر المصنع", "LB", "Masnaa", "exact"),
        ("بمنفذ السلوم", "EG", "Sallum–Musaid", "exact"),
        # Joined to a district word or a compass word inside it: "in the district of",
        # "in the north of".
        ("في حقل زراعي بقضاء مرجعيون", "LB", "Caza de Marjayoûn", "district"),
        ("بلدة المطلة بشمال إسرائيل", "IL", "Metula", "settlement"),
    ],
)
def test_an_arabic_joined_preposition_leaves_the_role_word(text, country, name, precision):
    # Before, "لمعبر", "بقضاء", "بشمال" were unknown words: nothing, or the region of
    # the name beside them.
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # Words of place that are no name, beside a town in a caseless script: "at the
        # entrance of the city of", "above the settlement of", "from the border of",
        # "toward", Hebrew "in the area of the city of".
        ("عند مدخل مدينة القصير", "SY", "Al Quşayr", "settlement"),
        ("فوق مستوطنة كريات شمونة", "IL", "Qiryat Shmona", "settlement"),
        ("از مرز بازرگان", "IR", "Bāzargān", "settlement"),
        ("تجاه مرجعيون", "LB", "Marjayoun", "settlement"),
        ("באזור העיר קריית שמונה", "IL", "Qiryat Shmona", "near"),
    ],
)
def test_a_known_word_beside_a_caseless_name_keeps_the_town(text, country, name, precision):
    # Before, the word was unknown, so the town beside it might have been part of a
    # longer name: its region was answered.
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)


@pytest.mark.parametrize(
    ("text", "country", "name", "precision"),
    [
        # A bracket joined to an Arabic district word, and the Arabic comma after a
        # town, are punctuation, as a Latin comma and bracket are.
        ("في أحد الحقول (قضاء حاصبيا)", "LB", "Caza de Hâsbaïya", "district"),
        ("مدينة القامشلي، محافظة الحسكة", "SY", "Al Qāmishlī", "settlement"),
    ],
)
def test_arabic_punctuation_joined_to_a_word(text, country, name, precision):
    # Before, "(قضاء" was an unknown word, not the district word, and "القامشلي،" a
    # word beside the province's name, which was answered instead of the town.
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, precision)


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # An Urdu postposition after a town ("from Jamrud") and an Arabic relative
        # pronoun after one ("Kassala, which lies in the east of the country").
        ("جمرود سے", "PK", "Jamrud"),
        ("كسلا التي تقع شرقي البلاد", "SD", "Kassala"),
    ],
)
def test_a_word_after_a_caseless_name_that_is_no_name(text, country, name):
    # Before, the word was unknown beside the town, so its region was answered.
    result = geocode_place(text, country=country)
    assert (result.status, result.name, result.precision) == ("resolved", name, "settlement")


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # German "Übergang" alone, and the genitive "Grenzübergangs", before a crossing.
        ("am Übergang Spielfeld", "SI", "Spielfeld–Šentilj"),
        ("beim Übergang Nickelsdorf", "AT", "Nickelsdorf–Hegyeshalom"),
        ("des Grenzübergangs Horgoš", "RS", "Röszke–Horgoš"),
    ],
)
def test_german_crossing_word_forms(text, country, name):
    # Before, only "Grenzübergang" itself was read: these were unresolved.
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", name)


@pytest.mark.parametrize(
    "text",
    [
        # "The India-Pakistan border" in Tamil, Punjabi, Gujarati and Kannada: the border
        # noun of each script, as Hindi "सीमा" and Bengali "সীমান্ত" were read.
        "இந்தியா-பாகிஸ்தான் எல்லையில்",
        "ਭਾਰਤ-ਪਾਕਿਸਤਾਨ ਸਰਹੱਦ",
        "ભારત-પાકિસ્તાન સરહદ",
        "ಭಾರತ-ಪಾಕಿಸ್ತಾನ ಗಡಿಯಲ್ಲಿ",
    ],
)
def test_border_nouns_of_more_indic_scripts(text):
    # Before, the border noun was unknown: unresolved.
    result = geocode_place(text, country="IN")
    assert (result.status, result.name) == ("resolved", "India–Pakistan border")


@pytest.mark.parametrize(
    ("text", "country", "border"),
    [
        # The Bulgarian article at the end of the second adjective ("-ската"), for
        # countries whose articled adjective no table lists.
        ("на украинско-руската граница", "UA", "Russia–Ukraine border"),
        ("полско-украинската граница", "PL", "Poland–Ukraine border"),
    ],
)
def test_a_bulgarian_articled_adjective_names_its_country(text, country, border):
    # Before, "руската", "украинската" named no country: unresolved.
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", border)
