"""Wrong-place classes of the fifth blind field set (issue 11), each as a rule.

Scored once blind at 1c92ae5 (59.7 % correct or honestly coarser, 14 WRONG), the set's
wrong answers fell into these classes; each test states the class, with the set's
wording and one more of our own where it helps.
"""

from __future__ import annotations

from bordermap.geo.places.geocoder import geocode_place


def test_lower_case_words_before_a_description_are_no_town() -> None:
    # "el paso" is a crossing word here, not El Paso, Colombia; the crossing between
    # the two towns named after "entre" is the one meant.
    result = geocode_place(
        "el paso fronterizo entre San Antonio del Táchira (Venezuela) y Cúcuta", country="CO"
    )
    assert (result.status, result.name) == ("resolved", "Simón Bolívar Bridge")


def test_an_unknown_container_leaves_same_named_towns_undecided() -> None:
    # Three Heiligenkreuz lie in Austria; "im Südburgenland" would have said which.
    result = geocode_place("Heiligenkreuz im Südburgenland", country="AT")
    assert result.status == "ambiguous"
    assert len(result.candidates) >= 2
    # One town far larger than its namesakes still stands: Goma is the city.
    goma = geocode_place(
        "Goma, capitale de la province congolaise du Nord-Kivu (est)", country="CD"
    )
    assert (goma.status, goma.name) == ("resolved", "Goma")


def test_a_name_before_a_descriptor_is_the_place_and_the_town_after_holds_it() -> None:
    # "Katuna border town in Kabale": Katuna is the town; Kabale only holds it. The
    # town is in the tables as the crossing named after it (session 29), which a
    # "border town" in Kabale's region may be.
    katuna = geocode_place("Katuna border town in Kabale", country="UG")
    assert katuna.name != "Kabale" or katuna.precision != "settlement"
    assert katuna.name == "Gatuna–Katuna" or katuna.coarsened
    post = geocode_place("The Maseru bridge border post at Ladybrand", country="ZA")
    assert not (post.status == "resolved" and post.precision == "settlement")


def test_a_unit_by_the_border_is_the_unit() -> None:
    result = geocode_place("the Cibitoke border region", country="BI")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "BI-CI")


def test_a_border_between_places_is_not_the_state_the_text_ends_with() -> None:
    result = geocode_place(
        "el límite entre Ciudad Juárez, Chihuahua y El Paso, Texas", country="US"
    )
    assert (result.status, result.name) == ("resolved", "Mexico–United States border")


def test_a_province_named_like_its_capital_is_the_province() -> None:
    # "Hatay" is the province's own name and only a variant of its capital Antakya.
    hatay = geocode_place("HATAY", country="TR")
    assert (hatay.precision, hatay.admin1_code) == ("region", "TR-31")
    quneitra = geocode_place("Syria’s Quneitra", country="SY")
    assert (quneitra.precision, quneitra.admin1_code) == ("region", "SY-QU")
    # A city bearing the name as its own stays the city.
    assert geocode_place("Kharkiv", country="UA").precision == "settlement"
    assert geocode_place("Ceuta", country="ES").precision == "settlement"


def test_a_caseless_name_beside_an_unknown_word_gives_only_its_region() -> None:
    # "जम्मू कश्मीर" (Jammu Kashmir) is the territory, not the city of Jammu.  Since
    # round40d the pair of names is read as "Jammu and Kashmir" itself, so the answer is
    # the text's own unit rather than the city's region.
    result = geocode_place("जम्मू कश्मीर के कई इलाकों में", country="IN")
    assert (result.status, result.precision, result.admin1_code) == ("resolved", "region", "IN-JK")
    assert result.name == "Jammu and Kashmir"


def test_a_border_and_its_own_country_named_together_are_the_border() -> None:
    result = geocode_place("Mehran International Border to Iraq in western Iran", country="IR")
    # The stretch of the line by the Mehran crossing.
    assert (result.status, result.name) == ("resolved", "Iraq–Iran border at Mehran")


def test_a_border_named_by_a_town_it_is_in_is_the_border_by_the_town() -> None:
    # Baliadangi is unknown; the border in Thakurgaon is Bangladesh's border there
    # (since the eighth session, the stretch of it in the district).
    result = geocode_place("the Baliadangi border in Thakurgaon", country="BD")
    assert (result.status, result.name) == ("resolved", "Bangladesh–India border in Thākurgaon")
    # A border area in a province lies in the province.
    area = geocode_place("a disputed border area in Ubon Ratchathani", country="TH")
    assert (area.status, area.precision, area.admin1_code) == ("resolved", "region", "TH-34")


def test_words_describing_a_border_with_a_country_do_not_hide_it() -> None:
    result = geocode_place("its eastern border with Russia", country="FI")
    assert (result.status, result.name) == ("resolved", "Finland–Russia border")
    syria = geocode_place("Suriye sınırından", country="TR")
    assert (syria.status, syria.name) == ("resolved", "Syria–Turkey border")


def test_polish_locatives_of_ka_and_genitive_plurals_of_ki() -> None:
    assert geocode_place("w Hajnówce", country="PL").name == "Hajnówka"
    krynki = geocode_place("W pobliżu Krynek", country="PL")
    assert (krynki.name, krynki.precision) == ("Krynki", "near")


def test_a_capitalised_preposition_opening_the_text_is_not_part_of_the_name() -> None:
    result = geocode_place("En Villa del Rosario", country="CO")
    assert (result.status, result.name) == ("resolved", "Villa del Rosario")


def test_an_arabic_name_without_its_article_meets_the_gazetteers_with_it() -> None:
    # GeoNames writes "Al Quşayr"; reports write "Qusayr".  Only in Arabic-speaking
    # countries of the event.
    qusayr = geocode_place("Qusayr", country="SY")
    assert (qusayr.status, qusayr.name) == ("resolved", "Al Quşayr")
    assert geocode_place("Qusayr", country="FR").status == "unresolved"


def test_country_names_of_every_language_and_their_cases() -> None:
    # iso-codes' translations: "Grčka", "Ελλάδα"; declined by the South Slavic endings.
    assert geocode_place("Ελλάδα").name == "Greece"
    border = geocode_place("granicu Makedonije s Grčkom", country="MK")
    assert (border.status, border.name) == ("resolved", "Greece–North Macedonia border")
    # A declined form is read back only to a name of the declining language's own
    # locales: "Kilis" is not "Kili" (Chile in Albanian).
    kilis = geocode_place("Kilis sınırında", country="TR")
    # (Since the ninth session a region's border is its stretch along the region.)
    assert kilis.name.startswith("Syria–Turkey border")
    # A name that is part of another country's name says neither ("Congo").
    goma = geocode_place("east Congo’s largest city, Goma", country="CD")
    assert goma.name == "Goma"


def test_a_named_line_of_several_words_and_its_abbreviation() -> None:
    lac = geocode_place("the Line of Actual Control (LAC) between India and China", country="IN")
    assert (lac.status, lac.name) == ("resolved", "China–India border (Line of Actual Control)")
    ladakh = geocode_place(
        "forward locations in Eastern Ladakh along the Line of Actual Control (LAC)", country="IN"
    )
    assert ladakh.name == "China–India border (Line of Actual Control)"


def test_a_crossing_named_by_the_two_towns_it_joins() -> None:
    result = geocode_place(
        "The border gate between Spin Boldak and Chaman districts", country="AF"
    )
    assert (result.status, result.name) == ("resolved", "Chaman–Spin Boldak")


def test_a_bridge_named_after_a_person_is_its_crossing() -> None:
    result = geocode_place(
        "A escasos diez minutos del puente internacional Simón Bolívar", country="CO"
    )
    assert (result.status, result.name) == ("resolved", "Simón Bolívar Bridge")
    # A bridge the data lacks is not the town it is named after.
    santiago = geocode_place("the Santiago bridge that connects Irún and Hendaye", country="ES")
    assert "Santiago" not in (santiago.name or "")


def test_units_named_by_their_border_and_by_a_village_of_them() -> None:
    texas = geocode_place("West Texas Border", country="US")
    # Since the ninth session: the border's stretch along Texas.
    assert (texas.status, texas.name, texas.admin1_code) == (
        "resolved",
        "Mexico–United States border in Texas",
        "US-TX",
    )
    koti = geocode_place("Koti village of Tavush province", country="AM")
    assert (koti.status, koti.name, koti.admin1_code) == ("resolved", "Koti", "AM-TV")


def test_a_county_the_outlines_lack_is_the_county_never_the_town() -> None:
    # Kenya's 47 counties are not in the admin-1 outlines; the town Mandera is.  The
    # county is drawn as a circle around its towns, at its own precision.
    result = geocode_place("Mandera county", country="KE")
    assert (result.status, result.precision, result.country) == ("resolved", "region", "KE")
    assert result.admin1_code == "KE-24" and result.uncertainty_km > 25


def test_a_border_phrase_after_words_that_say_which_part() -> None:
    result = geocode_place("najtrudniejszy odcinek granicy polsko-białoruskiej", country="PL")
    assert (result.status, result.name) == ("resolved", "Belarus–Poland border")


def test_czech_and_hungarian_case_endings() -> None:
    assert geocode_place("ve Waidhausu", country="DE").name == "Waidhaus"
    assert geocode_place("Csanádpalotánál", country="HU").name == "Csanádpalota"
    border = geocode_place("az ukrán-magyar határ térségében", country="HU")
    assert (border.status, border.name) == ("resolved", "Hungary–Ukraine border")
    # Czech "u" (at) is not the Bosnian "u" (in): "U Zvorniku" stays the town.
    assert geocode_place("U Zvorniku i regiji", country="BA").precision == "settlement"


def test_seventh_set_classes() -> None:
    # "X-Y border" where X-Y is a crossing's twin name: the border at the crossing.
    twin = geocode_place("the Haparanda-Tornio border", country="SE")
    assert (twin.status, twin.name) == ("resolved", "Finland–Sweden border at Tornio–Haparanda")
    # Polish "prowincja", and "przy" (at) starting a tail that describes the head.
    edirne = geocode_place("w prowincji Edirne przy granicy z Grecją", country="TR")
    assert (edirne.status, edirne.precision, edirne.admin1_code) == ("resolved", "region", "TR-22")
    # "the border near X": near the town, the border by it named in the note (round48f;
    # most field truths code "the border near X" near X).
    bavaria = geocode_place("an der Grenze bei Kiefersfelden", country="DE")
    assert (bavaria.status, bavaria.name, bavaria.precision) == (
        "resolved",
        "Kiefersfelden",
        "near",
    )
    assert "Austria–Germany border near Kiefersfelden" in bavaria.note


def test_german_adjectives_thai_prefixes_and_two_countries_between() -> None:
    dutch = geocode_place("an der deutsch-niederländischen Grenze in Niedersachsen", country="DE")
    assert dutch.name == "Germany–The Netherlands border in Niedersachsen"
    assert geocode_place("an der Grenze zu den Niederlanden", country="DE").precision == "border"
    # Thai "villagers along the border ..." and "at Sa Kaeo": words joined in front.
    villagers = geocode_place("ชาวบ้านแนวชายแดนไทย-กัมพูชา", country="TH")
    assert villagers.name == "Cambodia–Thailand border"
    assert geocode_place("ที่สระแก้ว", country="TH").admin1_code == "TH-27"
    between = geocode_place("between Turkey and Syria", country="TR")
    assert (between.status, between.name) == ("resolved", "Syria–Turkey border")


def test_a_region_and_a_country_between_are_their_border() -> None:
    result = geocode_place("zwischen Niedersachsen und den Niederlanden", country="DE")
    assert (result.status, result.name) == ("resolved", "Germany–The Netherlands border")


def test_eighth_set_word_classes() -> None:
    # Polish instrumental of a soft feminine: "z Białorusią".
    poland = geocode_place("przy granicy z Białorusią", country="PL")
    assert (poland.status, poland.name) == ("resolved", "Belarus–Poland border")
    swiss = geocode_place("die deutsch-schweizerische Grenze", country="DE")
    assert (swiss.status, swiss.name) == ("resolved", "Switzerland–Germany border")
    # Thai "in the border area of Si Sa Ket": the province the border word is joined to.
    sisaket = geocode_place("ในพื้นที่ชายแดนศรีสะเกษ", country="TH")
    assert (sisaket.precision, sisaket.admin1_code) == ("region", "TH-33")


def test_a_town_whose_name_begins_with_a_border_word_is_the_town() -> None:
    # "Frontera Corozal" (Chiapas) was read as "the border of Corozal", a Belizean
    # district, and answered the Belize–Mexico border 221 km away.
    result = geocode_place("Frontera Corozal")
    assert (result.status, result.country, result.precision) == ("resolved", "MX", "settlement")
    # "the X border" and a border word alone stay borders.
    assert geocode_place("the Torkham border", country="AF").precision == "border"
    # Mexico's three borders fit "la frontera": Mexico holds them.
    assert geocode_place("la frontera", country="MX").precision == "country"
