"""Second readings of a place text that no reading understood as written.

Each function here takes a text the resolver left unresolved, rewrites one general
pattern of how reporters write places, and answers the rewritten text only when it
resolves; otherwise it returns None and the text stays unresolved with its reason.
None of them guesses a name: each drops or translates words around a name the
gazetteer already knows.

- :func:`bridge_by_its_person`: "el Simón Bolívar": a Colombian border bridge named by
  its person alone.
- :func:`without_country_asides`: "Agartala (India)-Akhaura (Bangladesh)": each town of a
  pair followed by its country in parentheses.
- :func:`without_acronym_asides`: "l'Office national de sécurité routière (ONASER) de
  Niangoloko": a body's acronym in parentheses after its name.
- :func:`without_trailing_country`: "l'Extrême-Nord du Cameroun", "the Far North of
  Cameroon": a region followed by the country holding it.
- :func:`sea_then_its_unit`: "Laut Natuna Utara Kepulauan Riau": a sea the data lacks,
  then the province of its coast, without a comma.
- :func:`~bordermap.geo.places.region_without_comma.place_then_its_region`: "el puente
  Internacional de San Miguel Putumayo": a place, then its region, without a comma.
- :func:`~bordermap.geo.places.stretch_words.water_of_a_stretch`: "un tramo remoto del
  río Sarstún": a stretch of a border water, in a Romance language.
- :func:`~bordermap.geo.places.seat_of_a_unit.unit_of_its_seat`: "dans le Chef-lieu du
  Haut-Mbomou": a town named only as the seat of the unit holding it.
- :func:`with_indian_compass_words`: "North Dinajpur district" is Uttar Dinajpur; Indian
  district names keep the Hindi or Bengali compass word that English reports translate.
- :func:`without_border_adjective`: "del fronterizo estado Táchira": an adjective of the
  border between the article and the unit word.
- :func:`border_sector_as_zone`: "el sector fronterizo de Paso Canoas": the border
  sector of a place is its border zone, not a unit called a sector.
- :func:`inside_in_arabic`: "موقع جبل دخان داخل الأراضي السعودية": an unknown place
  "inside" a country's or region's land is in that land.
- :func:`~bordermap.geo.places.arabic_in.holder_of_an_unknown_place_in`: "قاعدة الدوريات
  البحرية في أبو موسى": an unknown place "in" a known one is in it, as in English.
- :func:`country_of_its_waters`: "نزدیک سکوهای نفتی آب های قطر": an unknown place in
  a state's waters is in that state's sea.
- :func:`without_thai_frame`: "จากด่านพรมแดนปาดังเบซาร์ ฝั่งประเทศมาเลเซีย": "from" before
  the place and "on the Malaysian side" after it.
- :func:`near_the_named_place`: "the immigration checkpoint on state Route 85 near Gila
  Bend": an unnamed thing near a named place is near that place.
- :func:`urdu_sector_in_its_holder`: "شکرگڑھ میں کورال سیکٹر پر": a sector in the town or
  district holding it, in Urdu word order.
- :func:`urdu_valley_in_a_text`: "… کشمیر کے وادی نیلم میں": the one valley an Urdu text
  names, as the district or region it is.
- :func:`nepali_municipality_of_a_ward`: "सिरहा नगरपालिका–१९ ...": the municipality of a
  numbered ward.
- :func:`district_of_a_local_unit`: "Beldandi rural municipality of Kanchanpur": the
  district holding a local unit the data lacks.
- :func:`~bordermap.geo.places.german_place_word.town_after_german_ort`: "den Ort
  Aarsal": German "Ort" (place) before a town's name, read as "Ortschaft".
- :func:`~bordermap.geo.places.timorese_units.timorese_units_in_indonesian`: "Pos
  Administratif Maliana, Kotamadya Bobonaro": Timor-Leste's units in Indonesian.
- :func:`~bordermap.geo.places.part_of_a_district.district_holding_a_part`: "Bobiyaan
  village in Hiranagar of Kathua": the district holding a named part "of" it.
- :func:`in_uzbek_latin`: "“Сўх” анклавида": an Uzbek event's text in Uzbek Cyrillic,
  read in Uzbek Latin.
- :func:`finest_unit_of_a_han_chain`: "鎮康縣南傘鎮": a Chinese chain of units, in
  traditional or simplified characters, read unit by unit, finest first.
- :func:`without_han_way_word`: "經中朝友誼橋": a Chinese word of the way ("via")
  joined to the place it goes by.
- :func:`crossing_after_its_countries`: "चीन-भारत नाथुला दर्रा": a crossing after the
  names of the two countries it joins.
- :func:`with_cjk_words_apart`: "马德望省" (Battambang province): what that chain
  leaves: Chinese and Japanese unit words joined to the name, parted from it.
- :func:`by_its_gloss`: "매솟(Mae Sot)", "투먼(圖們)시": a name followed by its spelling
  in another script in brackets, read by that spelling.
- :func:`sub_sector_as_sector`: "Sabzian sub-sector of Poonch district": a sector's
  part read as the sector.
- :func:`~bordermap.geo.places.arabic_script_borders.border_in_arabic_script`: "پاک افغان
  سرحد پر": a border named by its countries in Urdu, Persian or Arabic word order;
  :func:`~bordermap.geo.places.arabic_script_borders.country_area_in_arabic_script`:
  "پاکستانی علاقے میں", a country's territory; and
  :func:`~bordermap.geo.places.arabic_script_borders.border_adjoining_in_urdu`: "رائے سنگھ
  نگر سے متصل بین الاقوامی سرحد", the border by a town.
- :func:`without_population_in_town_word`: "der grenznahen 100.000 Einwohnerstadt
  Subotica": a German town word with the town's population in it.
- :func:`finnish_river_compound`: "Narvajoella": a border river written with Finnish
  "joki" joined to its name.
- :func:`~bordermap.geo.places.french_unit_chains.french_unit_chain_apart`: "dans le
  territoire d'Aru", "la commune de Busiga de la province de Ngozi": French units, unit
  word first, written apart.
- :func:`~bordermap.geo.places.albanian_linked_names.albanian_linked_name`: "në Hanë të
  Elezit": an Albanian noun and genitive linked by "të", read as the nominative "Hani i
  Elezit".
- :func:`~bordermap.geo.places.post_words.arabic_post_of_a_side`: "منفذ الحديثة
  السعودي": an Arabic crossing followed by the adjective of the side whose post it is.
- :func:`~bordermap.geo.places.silent_h.name_without_silent_h`: "Santa Helena de
  Uairén": a name of three words or more written with a silent "h" the tables omit.
- :func:`~bordermap.geo.places.azerbaijani_spelling.name_in_azerbaijani_latin`: "Dondar
  Gushchu": an Azerbaijani village spelled with English digraphs and "g" for "q".
- :func:`~bordermap.geo.places.named_parks.park_of_its_landmark`: "Peace Arch Park": a
  park named after the landmark the tables place exactly.
- :func:`polish_facility_in_a_town`: "lotniska w Wilnie": an airport, station or port
  in the town that holds it.
- :func:`without_count_of_crossings`: "Na 35 kontrolovaných hraničných priechodoch s
  Maďarskom": a border whose crossings are counted.
- :func:`~bordermap.geo.places.indonesian_address.regency_of_an_address`: "Desa Inbate
  Kabupaten Timor Tengah Utara (TTU) Nusa Tenggara Timur (NTT)", "Kabupaten TTU": the
  regency of an Indonesian address chain.
- :func:`~bordermap.geo.places.estonian_address.unit_of_an_estonian_address`: "Võrumaa
  Meremäe valla Tiklasõ küla": the finest unit of an Estonian address chain.
- :func:`last_arabic_unit_by_its_name`: "... في محافظة "نيلفماري"": the unit an Arabic
  text names last, by its name alone.
- :func:`hebrew_place_which_is_in`: "בקיבוץ ברעם שבגליל העליון": the area an unknown
  Hebrew place is "which is in".
- :func:`without_amharic_genitive`: "የኢትዮጵያና የኤርትራ የዛላንበሳ ድንበር": Amharic names
  with the genitive prefix "የ".
- :func:`marathi_genitive_as_hindi`: "मणिपूरच्या चांदेल जिल्ह्यात": Marathi's genitive
  joined to the holder's name, written apart as Hindi's "के".
- :func:`~bordermap.geo.places.town_part.town_of_a_hyphenated_part`: "Ásotthalom-Halastelek
  térségében": a town's part the data lacks, joined to the town's name by a hyphen.
- :func:`holder_of_an_unknown_place`: "कच्छ के हरामी नाले के परिसर में": the district or
  region a Hindi or Nepali text names as the owner of a place the data lacks.
- :func:`tajik_unit_with_ezafe`: "дар улусволии Дашти Қалъа": a Tajik unit word joined
  by the ezafe to a Persian name written as Tajik says it.
- :func:`latin_line_in_another_script`: "연평도 서북방 NLL": a border line's Latin
  acronym among words of another script.
- :func:`place_before_a_latin_line`: "강원 고성군 저진항 동북쪽 NLL 이남 4.6km 해상": the
  place named before a border line's Latin acronym, when a distance's Latin unit follows.
- :func:`place_in_a_municipality`: "over Vestmarka i Eidskog": a place in (Scandinavian
  "i") a municipality named without the word "kommune".
- :func:`pair_across_a_border`: "pe direcţia Gotești (MD) – Cârja (RO)": a pair of
  places each followed by its country, which the data cannot place: the countries' border.
- :func:`malay_place_then_its_town`: "di Kandang Babi Nunukan": a place and the town
  holding it, in Indonesian or Malay, without a comma.
- :func:`thai_districts_apart`: "รอยต่อ อ.ภูสิงห์-ขุนหาญ": two Thai districts under one
  district word, joined by a dash, read as two districts.
- :func:`quoted_name_as_its_unit`: "дидбонгоҳи сарҳадии "Дарвоз"": the one name in
  quotation marks, read alone, when it is a unit (a district or region).
- :func:`area_of_a_municipality`: "grensa i Kongsvinger-området": the area of a
  Scandinavian town, joined to its name by a hyphen, read as its municipality.
- :func:`german_bridge_into_a_town`: "die Stadtbrücke ins benachbarte Frankfurt (Oder)":
  a bridge named by the town it leads into.
- :func:`sea_border_in_south_asian_scripts`: "අන්තර්ජාතික මුහුදු සීමාවේදී": a sea border
  in a South Asian script, answered as "the maritime border" is.
- :func:`bengali_border_across`: "পঞ্চগড়ের তেঁতুলিয়া উপজেলার ইসলামপুর সীমান্ত সংলগ্ন
  ভারতীয় ভূ-খণ্ডে" of an Indian event: a Bangladeshi place's border, read as "near
  the X border" is, the event's country's border with it.
- :mod:`~bordermap.geo.places.post_words`: "ГКПП Капитан Андреево-гара", "د "انګور اډې"
  لاره": a crossing behind the word for its station, or a Pashto name in the oblique case.
- :mod:`~bordermap.geo.places.border_wordings`: "марзи Тоҷикистону Қирғизистон", "כ-3
  קילומטרים מהגבול עם מצרים": a border in Tajik or Hebrew word order.
- :mod:`~bordermap.geo.places.located_in`: "Qoraqalpog`iston Respublikasida joylashgan
  «Dovud ota» ... posti", "в районе банки Кито-Ямато в Японском море", "في المياه
  الإقليمية الكويتية جنوب العراق": a place the data lacks, answered by the unit or sea it
  is in, or a country's waters placed from its neighbour.
- :func:`~bordermap.geo.places.han_waters.unit_of_han_waters`: "金門母嶼東南方海域": the
  county whose waters a Chinese text names, its unit word left off.
- :func:`~bordermap.geo.places.han_country_pairs.border_or_port_of_a_han_pair`: "中俄边境",
  "中俄珲春陆路口岸": a border, or a port of it, named by one character of each country.
- :func:`~bordermap.geo.places.finnic_route.crossing_of_a_finnic_route`: "Torniosta
  Haaparannalle": a Finnish or Estonian "from X to Y" of two towns, their crossing.
- :func:`~bordermap.geo.places.han_crossing_ends.crossing_of_two_han_ends`:
  "中国黑河与俄罗斯布拉戈维申斯克口岸": a Chinese port named by its two ends, its crossing.
- :func:`place_along_the_border`: "dans le territoire d'Aru le long de la frontière": the
  place named before "along the border".
- :func:`border_line_of_a_greek_genitive`: "στο Δέλτα του Έβρου": the border river a
  Greek noun's genitive names.
- :func:`~bordermap.geo.places.joined_locator.region_of_a_joined_locator`: "Ndjounou
  (Okondja-Haut-Ogooué)": a place the data lacks, located by its town and region joined
  with a dash; the region.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from itertools import product

from bordermap.geo.places.albanian_linked_names import albanian_linked_name
from bordermap.geo.places.arabic_in import holder_of_an_unknown_place_in
from bordermap.geo.places.arabic_script_borders import (
    border_adjoining_in_urdu,
    border_in_arabic_script,
    country_area_in_arabic_script,
)
from bordermap.geo.places.azerbaijani_spelling import name_in_azerbaijani_latin
from bordermap.geo.places.border_wordings import hebrew_border_with, tajik_border_of_a_pair
from bordermap.geo.places.cjk_words import cjk_words_apart, has_cjk_run
from bordermap.geo.places.dashed_town_pair import crossing_of_a_dashed_pair
from bordermap.geo.places.estonian_address import unit_of_an_estonian_address
from bordermap.geo.places.finnic_route import crossing_of_a_finnic_route
from bordermap.geo.places.french_unit_chains import french_unit_chain_apart
from bordermap.geo.places.german_place_word import town_after_german_ort
from bordermap.geo.places.han_address import han_chain_readings, simplified
from bordermap.geo.places.han_country_pairs import border_or_port_of_a_han_pair
from bordermap.geo.places.han_crossing_ends import crossing_of_two_han_ends
from bordermap.geo.places.han_waters import unit_of_han_waters
from bordermap.geo.places.indonesian_address import (
    regency_of_an_acronym_after_di,
    regency_of_an_address,
    subdistrict_in_a_bare_place,
)
from bordermap.geo.places.joined_locator import region_of_a_joined_locator
from bordermap.geo.places.located_in import (
    border_of_a_kazakh_place_on_it,
    district_of_a_kazakh_located_place,
    holder_of_an_azerbaijani_located_place,
    holder_of_an_uzbek_located_place,
    region_of_an_uzbek_holder,
    sea_holding_an_unknown_place,
    waters_off_a_neighbour,
)
from bordermap.geo.places.malay_waters import waters_of_a_place_in_a_town
from bordermap.geo.places.named_parks import park_of_its_landmark
from bordermap.geo.places.part_of_a_district import district_holding_a_part
from bordermap.geo.places.persian_area import unit_of_a_persian_area
from bordermap.geo.places.post_words import (
    arabic_post_of_a_side,
    pashto_oblique_as_direct,
    without_bulgarian_station_word,
)
from bordermap.geo.places.quoted_facility import quoted_name_of_a_border_facility
from bordermap.geo.places.region_without_comma import place_then_its_region
from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading
from bordermap.geo.places.scope import km_between
from bordermap.geo.places.seat_of_a_unit import unit_of_its_seat
from bordermap.geo.places.silent_h import name_without_silent_h
from bordermap.geo.places.stretch_words import water_of_a_stretch
from bordermap.geo.places.text_runs import names_a_border
from bordermap.geo.places.thai_address import districts_apart
from bordermap.geo.places.timorese_units import timorese_units_in_indonesian
from bordermap.geo.places.town_part import town_of_a_hyphenated_part
from bordermap.geo.places.words import load_place_words

# "X du Cameroun", "X de la Colombie", "X of Cameroon", "X del Perú": the last words may
# name the country holding X.
_TRAILING_COUNTRY = re.compile(
    r"^(?P<head>.*\S)\s+(?:du|des|de\s+la|de\s+l['’]|de|del|of\s+the|of)\s+(?P<country>[^,()]+)$",
    re.IGNORECASE,
)

# English compass words that Indian district names keep in Hindi or Bengali ("Uttar
# Dinajpur", "Dakshina Kannada", "Purba Medinipur", "Paschim Champaran").
_INDIAN_COMPASS = {
    "north": ("Uttar", "Uttara"),
    "south": ("Dakshin", "Dakshina"),
    "east": ("Purba", "Purbi", "Purva"),
    "west": ("Paschim", "Pashchim", "Paschimi"),
}
_ENGLISH_COMPASS = re.compile(r"\b(?P<word>North|South|East|West)\s+(?=[A-Z])")

# "el fronterizo estado Táchira", "la frontalière région de X": the border adjective
# says the unit is on the border, which the answer shows anyway.
_BORDER_ADJECTIVE = re.compile(
    r"\b(?:fronteriz[oa]s?|fronteiriç[oa]s?|frontali[eè]re?s?|limítrofes?)\s+"
    r"(?=(?:estados?|departamentos?|provincias?|municipios?|distritos?|regi[oó]n|"
    r"région|département|province|estado)\b)",
    re.IGNORECASE,
)
# "en el municipio fronterizo Pedro María Ureña": the adjective after the unit word.
_UNIT_THEN_BORDER_ADJECTIVE = re.compile(
    r"\b(?P<unit>estados?|departamentos?|provincias?|municipios?|distritos?|regi[oó]n|"
    r"région|département|province)\s+(?:fronteriz[oa]s?|fronteiriç[oa]s?|"
    r"frontali[eè]re?s?|limítrofes?)\b",
    re.IGNORECASE,
)

# Thai "จาก" (from) or "ที่" (at) glued before the place, and "ฝั่ง(ประเทศ)X" (on the
# side of (the country) X) after it.
_THAI_FROM = re.compile(r"^(?:จาก|ที่)(?=\S)")
_THAI_SIDE = re.compile(r"\s*ฝั่ง(?:ประเทศ)?(?P<country>\S+)$")

# "X near Y", "X cerca de Y", "X près de Y", "X bei Y": what stands before the word is
# not a name.
_NEAR_WORD = re.compile(
    r"^(?P<head>.*\S)\s+(?:near|close\s+to|cerca\s+de(?:l)?|près\s+d(?:e|u|es)|perto\s+de|"
    r"bei|nahe|unweit\s+von)"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _country_named(text: str, geocode: Geocode) -> str | None:
    """The ISO code of the country ``text`` names on its own, or None."""
    found = geocode(text.strip(), ())
    if found.status == "resolved" and found.precision == "country":
        return found.country
    return None


def _reread(
    text: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    query: str,
    note: str,
    explain: list[str] | None,
) -> PlaceResult | None:
    """``text``, a second reading of ``query``, geocoded and noted; None unless resolved
    (and None, with nothing looked up, when the rewriting left the text as it was)."""
    if text == query:
        return None
    found = geocode(text, hint)
    return noted_reading(found, query, note, explain) if found.status == "resolved" else None


#: "el Simón Bolívar": the Spanish masculine article before a person's name only, the
#: noun ("puente", bridge) left out, as reports from the Colombian border write it.
_ARTICLE_AND_PERSON = re.compile(
    r"^el\s+(?P<name>[A-ZÁÉÍÓÚÑ][\w’'-]+(?:\s+(?:de\s+|da\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]+){1,3})$"
)

#: A parenthesised aside after a name: "Agartala (India)-Akhaura (Bangladesh)".
_ASIDE = re.compile(r"\s*\((?P<aside>[^()]{2,40})\)")


def bridge_by_its_person(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The border bridge of the event's country a name alone stands for, or None.

    "el Simón Bolívar" with a Colombian event is the Simón Bolívar bridge: the text names
    nothing else, and the crossings table has a bridge of the event's country by that
    name ("Puente Internacional Simón Bolívar").  Only a crossing is taken, and only
    with the event's country.

    Parameters
    ----------
    query : str
        The text as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the given event's countries.
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The bridge, or None when the pattern does not apply or no crossing is found.
    """
    match = _ARTICLE_AND_PERSON.match(query.strip())
    if match is None or not hint:
        return None
    bridge = geocode(f"el puente {match['name']}", hint)
    if (
        bridge.status != "resolved"
        or bridge.precision not in ("exact", "settlement")
        or bridge.country
        or bridge.source != "gazetteer"
    ):
        return None  # a crossing lies on the line, in no one country
    note = f"read as the bridge named after {match['name']}: the article stands for it"
    if explain is not None:
        explain.append(note)
    return replace(bridge, query=query, note=note)


def without_country_asides(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` read without the countries it puts in parentheses, or None.

    "Integrated Check Post along Agartala (India)-Akhaura (Bangladesh)": each town of the
    pair is followed by its country, which splits the pair the crossings are named by.
    Only asides that are each a country's name are dropped, or a unit and, last after
    a comma, its country ("Tà Lùng (Cao Bằng, Việt Nam) - Thủy Khẩu (Quảng Tây, Trung
    Quốc)": the province each gate lies in, then its country).

    Parameters
    ----------
    query : str
        The text as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the given event's countries.
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The answer to the text without its asides, or None when there are none, one is
        not a country, or the rest is not found.
    """
    asides = list(_ASIDE.finditer(query))
    if not asides or any(
        _country_named(a["aside"].rsplit(",", 1)[-1], geocode) is None for a in asides
    ):
        return None
    bare = _ASIDE.sub("", query)
    found = _reread(
        bare, hint, geocode, query, f"read without the countries in parentheses: {bare!r}", explain
    )
    sides = {_country_named(a["aside"].rsplit(",", 1)[-1], geocode) for a in asides}
    if found is None or found.precision != "border" or len(sides) != 2:
        return found
    # "the border between Taurato (Papua New Guinea) and Ilina (Solomon Islands)": the
    # asides name the two sides; a border the bare words fell back to (the event's
    # country's one land border) must be theirs.
    names = [geocode(code, ()).name or code for code in sorted(sides)]  # type: ignore[type-var]
    if all(name in (found.name or "") for name in names):
        return found
    if explain is not None:
        explain.append(f"refused: {found.name} is not the border of {' and '.join(names)}")
    between = f"the border between {names[0]} and {names[1]}"
    return _reread(
        between, hint, geocode, query, f"the countries in parentheses: {between!r}", explain
    )


#: An acronym in parentheses after the name of a body it abbreviates: "(ONASER)", and
#: in Cyrillic capitals ("контрольно-пропускной пункт (КПП) «Нижний Пяндж»").
_ACRONYM_ASIDE = re.compile(r"\s*\((?P<acronym>[A-ZА-ЯЁ]{2,8})\)")


def without_acronym_asides(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` without acronyms in parentheses, or None.

    "le poste de douane et l'Office national de sécurité routière (ONASER) de
    Niangoloko": the acronym repeats the body's name and cuts the text before the place
    the body is "of".  An acronym naming a country is left to
    :func:`without_country_asides`.
    """
    asides = list(_ACRONYM_ASIDE.finditer(query))
    if not asides or any(_country_named(a["acronym"], geocode) for a in asides):
        return None
    bare = _ACRONYM_ASIDE.sub("", query)
    return _reread(
        bare, hint, geocode, query, f"read without the acronyms in parentheses: {bare!r}", explain
    )


#: A Central Asian checkpoint named by its town and the traffic it passes, joined by a
#: dash: "«Кызыл-Кия-автодорожный»" (Kyzyl-Kiya, for road traffic), "Достук-
#: железнодорожный" (rail).
_CHECKPOINT_OF_TRAFFIC = re.compile(
    r"(?P<town>[^\W\d_][\w-]*?)-(?:автодорожн|автомобильн|железнодорожн|"
    # Kyrgyz "«Кулунду-унаажол»" (the road checkpoint: "унаа жол", vehicle road) and
    # "темир жол" (railway), written joined or apart.
    r"унаа\s?жол|темир\s?жол)\w*",
    re.IGNORECASE,
)


def checkpoint_by_its_town(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with a checkpoint's "X-автодорожный" read as the checkpoint of X, or None.

    Kyrgyz, Kazakh and Uzbek border services name a checkpoint after its town and what
    it passes (road, rail): "«Кызыл-Кия-автодорожный»" is the road checkpoint of
    Kyzyl-Kiya, which the tables list by the town's name; the Kyrgyz press writes the
    same in Kyrgyz ("«Кулунду-унаажол»").
    """
    match = _CHECKPOINT_OF_TRAFFIC.search(query)
    if match is None:
        return None
    text = f"пункт пропуска «{match['town']}»"
    return _reread(
        text, hint, geocode, query, f"read as the checkpoint of its town: {text!r}", explain
    )


def without_trailing_country(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` read without the country named after it, or None.

    "A Kolofata, dans l'Extrême-Nord du Cameroun" is the Far North region: the last
    words name Cameroon, which holds the region.  Taken only when the country is the
    event's (or there is none) and the rest is then found in that country.

    Parameters
    ----------
    query : str
        The text as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the given event's countries.
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The answer to the rest, or None when the pattern does not apply or the rest
        is not found.
    """
    match = _TRAILING_COUNTRY.match(query.strip())
    if match is None:
        return None
    code = _country_named(match["country"], geocode)
    if code is None or (hint and code not in hint):
        return None
    found = geocode(match["head"], (code,))
    if found.status != "resolved" or found.precision == "country" or found.country != code:
        return None
    return noted_reading(
        found, query, f"read without the country after it: {match['head']!r}", explain
    )


#: An Indonesian or Malay sea, strait, bay or waters written first ("Laut Natuna Utara").
_SEA_FIRST = re.compile(r"^(?:di\s+)?(?:laut|selat|teluk|perairan)\s+\S", re.IGNORECASE)


def sea_then_its_unit(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """A sea the data lacks, then the unit of its coast without a comma, or None.

    "Laut Natuna Utara Kepulauan Riau" is the North Natuna Sea off the Riau Islands
    province, as "Laut Natuna Utara, Kepulauan Riau" reads: the last two or three words
    (the longest first) are taken for the unit when they name a region or district of
    the event's country as written, and the sea before them is answered with it.

    Parameters
    ----------
    query : str
        The text as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the given event's countries.
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The unit the sea lies off, or None when the pattern does not apply or no last
        words name a unit of the event's country.
    """
    text = " ".join(query.split())
    words = text.split()
    if not hint or "," in text or not _SEA_FIRST.match(text) or len(words) < 4:
        return None
    for size in (3, 2):
        head, tail = " ".join(words[:-size]), " ".join(words[-size:])
        unit = geocode(tail, hint)
        if (
            unit.status != "resolved"
            or unit.precision not in ("region", "district")
            or unit.coarsened
            or unit.country not in hint
        ):
            continue
        found = geocode(f"{head}, {tail}", hint)
        if found.status == "resolved" and found.admin1_code == unit.admin1_code:
            return noted_reading(found, query, f"read as {head!r}, {tail!r}", explain)
    return None


def with_indian_compass_words(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with "North X" read as the Indian unit "Uttar X", or None.

    "North Dinajpur district" is Uttar Dinajpur.  Every spelling of the compass word is
    tried; the answer is taken only when those found are one Indian district or region.
    """
    if hint and "IN" not in hint:
        return None
    words = list(_ENGLISH_COMPASS.finditer(query))
    if not words:
        return None
    found: dict[tuple, tuple[str, PlaceResult]] = {}
    for choice in product(*(_INDIAN_COMPASS[w["word"].lower()] for w in words)):
        text = query
        for word, local in sorted(zip(words, choice, strict=True), key=lambda p: -p[0].start()):
            text = text[: word.start()] + local + " " + text[word.end() :]
        result = geocode(text, ("IN",))
        if (
            result.status == "resolved"
            and result.country == "IN"
            and result.precision in ("district", "region")
        ):
            found.setdefault((result.name, result.admin1_code), (text, result))
    if len(found) != 1:
        return None
    text, result = next(iter(found.values()))
    return noted_reading(result, query, f"read with the Indian compass word: {text!r}", explain)


def without_border_adjective(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` without a border adjective before or after a unit word, or None.

    "en el sector La Honda del fronterizo estado Táchira" is read as "... del estado
    Táchira", "en el municipio fronterizo Pedro María Ureña" as "en el municipio Pedro
    María Ureña".
    """
    bare = _UNIT_THEN_BORDER_ADJECTIVE.sub(r"\g<unit>", _BORDER_ADJECTIVE.sub("", query))
    return _reread(
        bare, hint, geocode, query, f"read without the border adjective: {bare!r}", explain
    )


#: "el sector fronterizo de X": Spanish "sector" with the border adjective.
_BORDER_SECTOR = re.compile(r"\b(?:el\s+)?sector\s+fronterizo\b", re.IGNORECASE)


def border_sector_as_zone(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with "zona fronteriza" for "sector fronterizo", or None.

    "en el sector fronterizo de Paso Canoas" reads "sector" as a unit word, and no unit
    bears the crossing's name; the border sector of a place is its border zone.
    """
    text = _BORDER_SECTOR.sub("la zona fronteriza", query)
    return _reread(text, hint, geocode, query, f"read as a border zone: {text!r}", explain)


#: Arabic "X داخل Y" (X inside Y).
_ARABIC_INSIDE = re.compile(r"^(?P<what>\S.*?)\s+داخل\s+(?P<where>\S.*)$")


def inside_in_arabic(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The country or region an unknown place is written "inside" in Arabic, or None.

    "موقع جبل دخان داخل الأراضي السعودية" (the Jabal Dukhan site inside Saudi territory):
    the site is not in the data, the land it lies inside is; it answers, coarsened, as
    "X inside Saudi territory" does in English.  A town after the word is not taken: it
    would put a place "inside" it at its point.
    """
    match = _ARABIC_INSIDE.match(query.strip())
    if match is None:
        return None
    found = geocode(match["where"], hint)
    if found.status != "resolved" or found.precision not in ("country", "region"):
        return None
    note = f"{match['what']!r} is not in the gazetteer inside {found.name}; answered it"
    return noted_reading(found, query, note, explain, coarsened=True)


#: Persian "the (territorial) waters of" and Arabic "the water borders of" a state, the
#: plural ending set apart by a space or a zero-width non-joiner ("آب های قطر", "آب‌های
#: سرزمینی قطر"); Arabic joins "of" (ل) to the state's article ("للمملكة").
_WATERS_OF_A_STATE = re.compile(
    r"^(?P<what>.*?)\s*(?:آب(?:\u200c|\s)?های(?:\s+سرزمینی)?|"
    r"(?:ال)?حدود\s+(?:ال)?مائية)\s+(?P<where>\S.*)$"
)


#: Urdu "a state's water borders" or "sea borders", the state first in the genitive
#: ("کویت کے آبی حدود", Kuwait's water borders), perhaps after "in".
_URDU_WATERS_OF_A_STATE = re.compile(
    r"^(?:(?:میں|پر)\s+)?(?P<where>\S+(?:\s\S+)?)\s+(?:کے|کی)\s+"
    r"(?:آبی|سمندری)\s+(?:حدود|سرحدوں|سرحد)(?:\s+(?:میں|پر|کے\s+قریب))?$"
)

#: Tamil "a state's sea area" ("இலங்கை கடற்பரப்புக்குள்", into Sri Lanka's waters), the
#: state first, the word in the nominative, locative, "into" or "from".
_TAMIL_WATERS_OF_A_STATE = re.compile(
    r"^(?P<where>\S+(?:\s\S+)?)\s+கடற்பரப்(?:பு|பில்|புக்குள்|பிற்குள்|பிலிருந்து)$"
)


def country_of_its_waters(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The state whose waters an unknown place is written to be in, or None.

    "نزدیک سکوهای نفتی آب های قطر" (near the oil platforms of Qatar's waters): the
    platforms are not in the data, the state whose sea they lie in is; it answers,
    coarsened, as "Qatari waters" does in English; so too the Urdu "کویت کے آبی حدود"
    (Kuwait's water borders) and the Tamil "இலங்கை கடற்பரப்புக்குள்" (into Sri Lanka's
    waters).  Only a state: the waters of a
    town ("آبهای جاسک") are off it, which the near words read.
    """
    match = (
        _WATERS_OF_A_STATE.match(query.strip())
        or _URDU_WATERS_OF_A_STATE.match(query.strip())
        or _TAMIL_WATERS_OF_A_STATE.match(query.strip())
    )
    if match is None:
        return None
    where = match["where"]
    if where.startswith("لل"):
        where = "ال" + where[2:]  # "للمملكة العربية السعودية": of the Kingdom of ...
    found = geocode(where, hint)
    if found.status != "resolved" or found.precision != "country":
        return None
    note = f"{query.strip()!r} is at sea in {found.name}'s waters, no finer place said"
    return noted_reading(found, query, note, explain, coarsened=True)


def without_thai_frame(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` without Thai "from" before it and "on the side of X" after it, or None.

    "จากด่านพรมแดนปาดังเบซาร์ ฝั่งประเทศมาเลเซีย" (from the Padang Besar border post, on
    the Malaysian side) is the Padang Besar crossing.  The side must name a country,
    which must be the event's (when one is given) and hold the answer.
    """
    text = query.strip()
    side = _THAI_SIDE.search(text)
    code = None
    if side is not None:
        code = _country_named(side["country"], geocode)
        if code is None or (hint and code not in hint):
            return None
        text = text[: side.start()]
    text = _THAI_FROM.sub("", text)
    if text == query.strip() or not text:
        return None
    return _reread(
        text,
        (code,) if code else hint,
        geocode,
        query,
        f"read without the Thai frame words: {text!r}",
        explain,
    )


def near_the_named_place(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` read as near the place after "near", or None.

    "the immigration checkpoint on state Route 85 near Gila Bend" names no place before
    "near"; the thing is near Gila Bend, so the answer is near Gila Bend, flagged
    coarsened.  Only an answer of precision ``near`` (a town's surroundings) is taken.
    """
    match = _NEAR_WORD.match(query.strip())
    if match is None:
        return None
    text = "near " + match["rest"]
    found = geocode(text, hint)
    if found.status != "resolved" or found.precision != "near":
        return None
    note = f"not understood: {match['head']!r}; read as {text!r}"
    return noted_reading(found, query, note, explain, coarsened=True)


# Urdu "شکرگڑھ میں کورال سیکٹر پر" (at the Koral sector in Shakargarh): the holder, "in"
# or "of", the sector's name, the sector word and a closing postposition.
_URDU_HELD_SECTOR = re.compile(
    r"^(?P<holder>\S+(?:\s\S+)?)\s+(?:میں|کے|کی|کا)\s+(?P<sector>\S+(?:\s\S+)?)\s*سیکٹر"
    r"(?:\s+(?:پر|میں|سے))?$"
)


#: Urdu "X میں ..." (in X, ...): one to three words before the first "میں".
_URDU_OPENING_IN = re.compile(r"^(?P<head>\S+(?:\s+\S+){0,2})\s+میں\s+\S")


def district_opening_an_urdu_text(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The district an Urdu text opens with, "X میں" (in X), or None.

    "لوئر دیر میں پاک افغان سرحدی علاقے مسکینی درہ میں" (in Lower Dir, in the Pak-Afghan
    border area, in Maskini Dara): the district is where the event is; the border its
    country words name runs 2,600 km.  Only a district: a town of the name may be a
    namesake, and a region or the border is what the rest of the text is read for.
    """
    match = _URDU_OPENING_IN.match(query.strip())
    if match is None or not hint:
        return None
    found = geocode(match["head"], hint)
    if found.status != "resolved" or found.precision != "district":
        return None
    return noted_reading(
        found, query, f"read the district it opens with: {match['head']!r}", explain
    )


def urdu_sector_in_its_holder(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` read in English word order as "the X sector in Y", or None.

    "شکرگڑھ میں کورال سیکٹر پر": the Koral sector is no place the data knows; in
    Shakargarh, a town, it is answered as the region holding the town, coarsened, as
    "Koral sector in Shakargarh" is, never as the town's point.
    """
    match = _URDU_HELD_SECTOR.match(query.strip())
    if match is None:
        return None
    text = f"{match['sector']} sector in {match['holder']}"
    found = geocode(text, hint)
    if found.status != "resolved" or found.precision in ("exact", "settlement", "near"):
        return None
    return noted_reading(found, query, f"read in English word order: {text!r}", explain)


#: Urdu "وادی X" (the valley X) inside a longer text: "… کشمیر کے وادی نیلم میں" (in
#: the Neelum valley of Kashmir), "وادی نیلم کے مقام پر" (at the place Neelum valley).
_URDU_VALLEY = re.compile(r"(?:^|\s)(?P<valley>وادی\s+[\u0600-\u06ff]+)(?=\s|$)")
#: Urdu postpositions and genitives, which mark the text as Urdu (not Persian).
_URDU_POSTPOSITION = re.compile(r"(?:^|\s)(?:کے|کی|کا|میں|پر)(?=\s|$)")


def urdu_valley_in_a_text(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The unit an Urdu text's one named valley is, or None.

    "پاکستانی زیر انتظام کشمیر کے وادی نیلم میں" (in the Neelum valley of
    Pakistani-administered Kashmir): the valley alone, "وادی نیلم", is read; only a
    district or region answers, since a valley is an area, never a town's point.
    """
    valleys = {m["valley"] for m in _URDU_VALLEY.finditer(query)}
    if len(valleys) != 1 or not _URDU_POSTPOSITION.search(query):
        return None
    (valley,) = valleys
    if valley == query.strip():
        return None
    found = geocode(valley, hint)
    if found.status != "resolved" or found.precision not in ("district", "region"):
        return None
    return noted_reading(found, query, f"read as the valley it names: {valley!r}", explain)


def finest_unit_of_a_han_chain(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The finest unit of a Chinese address chain that resolves, or None.

    "中國境內盈江縣的那邦小鎮" (the small town of Nabang in Yingjiang county, inside
    China): Nabang is no place the data knows, so the county is read, "盈江 County",
    answered by the region holding its namesake town; "鎮康縣南傘鎮" is the town of
    Nansan.  Each unit is read as :func:`~bordermap.geo.places.han_address.han_chain_readings`
    writes it, with the event's countries.
    """
    readings = han_chain_readings(query)
    for at, text in enumerate(readings):
        found = geocode(text, hint)
        if found.status != "resolved":
            continue
        if _a_crossing_for_a_city(found, text, query):
            # "雲南瑞麗市": Ruili city, a unit of 930 km², is not the Muse–Ruili crossing
            # that bears its name (the data has no Chinese name of the town itself).
            if explain is not None:
                explain.append(f"{text!r} is the crossing {found.name}, not the city: not taken")
            continue
        outside = _outside_its_county(found, readings[at + 1 :], hint, geocode)
        if outside is not None:
            # "和龙市石人村": the village the data lacks in Helong is not the Shiren
            # 200 km away; the county (or what it is answered by) is read instead.
            if explain is not None:
                explain.append(f"{text!r} is {found.name}, {outside}: not taken")
            continue
        whole = text == simplified(query.strip())
        said = "in simplified characters" if whole else "as the Chinese address chain's unit"
        return noted_reading(found, query, f"read {said} {text!r}", explain)
    return None


def _a_crossing_for_a_city(found: PlaceResult, text: str, query: str) -> bool:
    """Whether a chain's city ("X市") was answered by a crossing (a point of no one
    country) that bears the city's name."""
    is_crossing = found.country is None and found.precision in ("exact", "settlement")
    return is_crossing and f"{text}市" in simplified(query)


#: A town or village of a Chinese chain lies this close to the seat of the county or
#: county-level city the chain puts it in (km): Nanping lies 35 km from Helong.
HAN_COUNTY_KM = 75.0


def _outside_its_county(
    found: PlaceResult, coarser: list[str], hint: tuple[str, ...], geocode: Geocode
) -> str | None:
    """Why a point found for a chain's finer unit lies outside a county the chain puts it
    in (farther than :data:`HAN_COUNTY_KM` from the county's namesake town), or None."""
    if found.precision not in ("exact", "settlement") or found.lat is None or found.lon is None:
        return None
    for text in coarser:
        name = text.removesuffix(" County")
        if name == text or f"{name}市 prefecture-level city" in coarser:
            continue  # only a county: a prefecture-level city spreads far wider
        seat = geocode(name, hint)
        if seat.status != "resolved" or seat.precision != "settlement" or seat.lat is None:
            continue
        km = km_between(found.lat, found.lon, seat.lat, seat.lon)
        if km > HAN_COUNTY_KM:
            return f"{km:.0f} km from {seat.name}, seat of the county the chain names"
    return None


def with_cjk_words_apart(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with its Chinese and Japanese words parted, or None.

    "马德望省" (Battambang province) names nothing as one word; "马德望 省" is the
    province.  Only a resolved answer is taken (:mod:`bordermap.geo.places.cjk_words`).
    """
    if not has_cjk_run(query):
        return None
    text = cjk_words_apart(query)
    if text == query.strip():
        return None
    return _reread(
        text,
        hint,
        geocode,
        query,
        f"read with its Chinese or Japanese words apart: {text!r}",
        explain,
    )


#: Two countries' names joined by a dash before a place: "चीन-भारत नाथुला दर्रा" (the
#: China–India Nathu La pass).
_LEADING_COUNTRY_PAIR = re.compile(
    # Not \w: Devanagari's vowel signs are no word characters to Python.
    r"^(?P<a>[^\s\d\-‐‑–—]{2,})\s*[-‐‑–—]\s*(?P<b>[^\s\d\-‐‑–—]{2,})\s+(?P<rest>\S.*)$"
)


def crossing_after_its_countries(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """A crossing named after the two countries it joins, written first, or None.

    "चीन-भारत नाथुला दर्रा" (the China–India Nathu La pass), "China-India Nathu La
    Pass": the pair of countries says which border the named place is on.  The rest is
    looked up with each country alone, and taken only when both find the same place
    at a point (a crossing of their border: a town of one side is refused by the
    other), and only when the pair holds the event's country, if any.
    """
    match = _LEADING_COUNTRY_PAIR.match(query.strip())
    if match is None:
        return None
    a, b = _country_named(match["a"], geocode), _country_named(match["b"], geocode)
    if a is None or b is None or a == b or (hint and not {a, b} & set(hint)):
        return None
    one, other = geocode(match["rest"], (a,)), geocode(match["rest"], (b,))
    if one.status != "resolved" or one.precision not in ("exact", "settlement", "near"):
        return None
    same = (other.status, other.name, other.lat, other.lon)
    if same != ("resolved", one.name, one.lat, one.lon):
        return None
    note = f"read as a place of the {a}–{b} border: {match['rest']!r}"
    return noted_reading(one, query, note, explain)


#: Chinese words of a way that open a text: "經" and "途經" (via), "經由", "通過"
#: (through), in traditional and simplified characters, longest first.
_HAN_WAY_WORD = re.compile("^(?:途經|途经|經由|经由|通過|通过|經|经)(?=[\u4e00-\u9fff]{2})")


def without_han_way_word(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` without the Chinese word of a way that opens it, or None.

    "經中朝友誼橋" (via the Sino-Korean Friendship Bridge): the word is joined to the
    place it goes by, and the joined text names nothing.  The rest is taken only when
    it resolves as written, with the event's countries or none.
    """
    match = _HAN_WAY_WORD.match(query.strip())
    if match is None:
        return None
    text = query.strip()[match.end() :]
    return _reread(
        text, hint, geocode, query, f"read without the word of the way: {text!r}", explain
    )


#: A name followed by its gloss in brackets, ASCII or full-width: "매솟(Mae Sot)",
#: "투먼(圖們)시", "妙瓦底镇（Myawaddy）".
_GLOSS = re.compile(r"(?P<name>\w+)\s*[(（](?P<gloss>[^()（）]{1,40})[)）]")


#: A gloss that gives a place's present name ("후창군(현 김형직군)", Huch'ang county, now
#: Kimhyongjik county; "(now Y)", "(ныне Y)", "(今Y)"): the word "now", then the name.
_NOW_NAME = re.compile(
    r"^(?:(?:현재의?|지금의|현|now|today|ныне|сейчас|теперь)\s+|[今現现]\s*)(?P<name>\S.*)$",
    re.IGNORECASE,
)


def _script(char: str) -> str:
    """The script of a letter, as far as a gloss needs it: Latin, Han, kana, Hangul, other."""
    if "\uac00" <= char <= "\ud7a3" or "\u1100" <= char <= "\u11ff":
        return "hangul"
    if "\u3040" <= char <= "\u30ff":
        return "kana"
    if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
        return "han"
    if char.isascii() or unicodedata.name(char, "").startswith("LATIN"):
        return "latin"
    return "other"


def _scripts(text: str) -> set[str]:
    return {_script(char) for char in text if char.isalpha()}


def by_its_gloss(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The place a name's gloss in brackets names, or None.

    Korean, Japanese and Chinese reports follow a foreign name with its own spelling in
    brackets: "매솟(Mae Sot)" (Mae Sot in hangul, then in Latin letters), "투먼(圖們)시"
    (Tumen in hangul, then in Chinese characters), "珠促(Châu Đốc)市".  The gloss is
    the name as the data more often holds it.  It is read in place of the name, within
    the text, then alone (in simplified characters too), with the event's countries;
    only a gloss in another script than the name's is one (a bracket in the same
    script is an aside), and a gloss of one Han letter after a Korean or Japanese
    name is its unit word ("김형직군(郡)", Kimhyongjik county), read without it.  A
    bracket that gives the present name ("후창군(현 김형직군)", Huch'ang county, now
    Kimhyongjik county) is read in place of the former name, in any script.
    """
    for match in _GLOSS.finditer(query):
        name, gloss = match["name"], match["gloss"].strip()
        now = _NOW_NAME.match(gloss)
        if now:
            # "후창군(현 김형직군)": the place under its present name, whatever the script.
            current = now["name"]
            for text in (query[: match.start()] + current + query[match.end() :], current):
                found = geocode(text, hint)
                if found.status == "resolved":
                    return noted_reading(
                        found, query, f"read by its present name in brackets: {text!r}", explain
                    )
            continue
        glossed = _scripts(gloss)
        if len(glossed) != 1 or glossed & _scripts(name[-1]) or "other" in glossed:
            continue
        if len(re.sub(r"\W", "", gloss)) < 2:
            if glossed == {"han"} and _scripts(name[-1]) & {"hangul", "kana"}:
                # "김형직군(郡)": the unit word of a Korean name in its Han character,
                # which says nothing more: read without it.
                bare = query[: match.end("name")] + query[match.end() :]
                found = geocode(bare, hint)
                if found.status == "resolved":
                    return noted_reading(
                        found, query, f"read without the unit's gloss: {bare!r}", explain
                    )
            continue
        readings = [query[: match.start()] + gloss + query[match.end() :], gloss]
        readings += [simplified(gloss)] if simplified(gloss) != gloss else []
        for text in readings:
            found = geocode(text, hint)
            if found.status == "resolved":
                return noted_reading(
                    found, query, f"read by the gloss in brackets: {text!r}", explain
                )
    return None


_SUB_SECTOR = re.compile(r"\bsub[\s-]?sector\b", re.IGNORECASE)


def sub_sector_as_sector(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with "sub-sector" read as "sector", or None.

    "forward post Copra in Sabzian sub-sector of Poonch district": the Indian Army
    parts its sectors into sub-sectors, named after a village as sectors are; read as
    "Sabzian sector of Poonch district" the text is the district.  Only a text that
    found nothing as written: "the Ramgarh sub-sector ... in Samba district" is read
    by its district already.
    """
    if not _SUB_SECTOR.search(query):
        return None
    text = _SUB_SECTOR.sub("sector", query)
    return _reread(
        text, hint, geocode, query, f"read with 'sector' for 'sub-sector': {text!r}", explain
    )


#: German "die 100.000-Einwohner-Stadt X", "der grenznahen 100.000 Einwohnerstadt X": a
#: town's population written into the word for "town".
_POPULATION_TOWN = re.compile(
    r"(?:\b\d{1,3}(?:[.,\s]\d{3})*[\s-]*)?Einwohner-?(?P<noun>stadt|dorf|gemeinde)\b",
    re.IGNORECASE,
)


def without_population_in_town_word(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with "100.000-Einwohner-Stadt" read as "Stadt", or None.

    "in der grenznahen 100.000 Einwohnerstadt Subotica": the count says how large the
    town is, and the compound hides the word "Stadt" the grammar reads before a name.
    """
    text = _POPULATION_TOWN.sub(lambda m: m["noun"].capitalize(), query)
    return _reread(
        text, hint, geocode, query, f"read without the town's population: {text!r}", explain
    )


#: Finnish "joki" (river) joined to the river's name, in its cases: "Narvajoella" (on
#: the Narva river), "Tenojoen", "Tornionjokea".
_FINNISH_RIVER = re.compile(
    r"\b(?P<name>[A-ZÄÖ][a-zäöå]{2,}?)(?:joki|jokea|joella|joelle|joelta|joessa|joesta|"
    r"joen|jokeen|jokivarressa)\b"
)


def finnish_river_compound(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """A border river written as one Finnish word with "joki", or None.

    "Narvajoella" is "on the Narva river": read as "Narva river", and taken only when
    that is a border (a river the border follows), never a town of the river's name.
    """
    match = _FINNISH_RIVER.search(query)
    if match is None:
        return None
    text = f"{match['name']} river"
    found = geocode(text, hint)
    if found.status != "resolved" or found.precision != "border":
        return None
    return noted_reading(
        found, query, f"read as {text!r}: Finnish joins 'joki' (river) to the name", explain
    )


#: Polish facilities in the genitive or locative before the town holding them:
#: "lotniska w Wilnie" (of the airport in Vilnius), "dworca w Przemyślu".
_POLISH_FACILITY_IN = re.compile(
    r"^(?:\w+\s+)?(?:lotnisk[oau]|lotnisku|dworz?c[aeu]?|dworcu|stacji|stacja|portu|porcie)"
    r"\s+(?P<rest>(?:w|we|na|przy)\s+\S.*)$",
    re.IGNORECASE,
)


def polish_facility_in_a_town(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The town a Polish airport, station or port is written "in", or None.

    "lotniska w Wilnie" (at Vilnius airport): the facility is no place of the data, the
    town is; only a town or its surroundings is taken, never a unit or a border.
    """
    match = _POLISH_FACILITY_IN.match(query.strip())
    if match is None:
        return None
    found = geocode(match["rest"], hint)
    if found.status != "resolved" or found.precision not in ("settlement", "near"):
        return None
    return noted_reading(
        found, query, f"the facility lies in the town: read {match['rest']!r}", explain
    )


#: A place, then "along the border" and what follows it, in French, Spanish, Portuguese
#: or English: "dans le territoire d'Aru le long de la frontière entre les deux pays",
#: "en Irún a lo largo de la frontera con Francia", "em Pacaraima ao longo da fronteira".
_ALONG_THE_BORDER_AFTER = re.compile(
    r"^(?P<head>.*?\w)\s*,?\s+(?:le\s+long\s+(?:de\s+la|de\s+l['’]|des|du)|"
    r"a\s+lo\s+largo\s+de\s+la|ao\s+longo\s+da|along\s+the)\s*"
    r"(?:fronti[eè]re|frontera|fronteira|border|ligne\s+de\s+d[ée]marcation)s?\b.*$",
    re.IGNORECASE,
)


def place_along_the_border(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The place a text names before saying it lies along the border, or None.

    "dans le territoire d'Aru le long de la frontière entre les deux pays": the words
    from "along the border" on say where the place lies, not which; without a comma
    before them the border reading took "Aru le long de la" for the side of a border.
    The place before them answers, when it is found in the event's countries and is
    finer than a country (a country along its own border says nothing more).

    Parameters
    ----------
    query : str
        The text as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the given event's countries.
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The answer to the place before "along the border", or None.
    """
    match = _ALONG_THE_BORDER_AFTER.match(query.strip())
    if match is None:
        return None
    found = geocode(match["head"], hint)
    if (
        found.status != "resolved"
        or found.precision == "country"
        or (hint and found.country is not None and found.country not in hint)
    ):
        return None
    return noted_reading(
        found, query, f"the place before 'along the border': {match['head']!r}", explain
    )


#: A Greek noun, then the genitive of a name: "στο Δέλτα του Έβρου" (in the delta of the
#: Evros), "στις όχθες του Έβρου" (on the banks of the Evros).  The noun is one or two
#: words (the first may be capitalised), the name capitalised; a preposition and article
#: may open the text.
_GREEK_NOUN_OF_A_NAME = re.compile(
    r"^(?:(?:σε|στο|στη|στην|στον|στα|στις|στους|από\s+το|από\s+τη|από\s+την|κοντά\s+στο|"
    r"κοντά\s+στη|κοντά\s+στην|το|τη|την|τα|τις|η|ο|οι)\s+)?"
    r"(?P<noun>[\u0386-\u038f\u0391-\u03a9\u03b1-\u03c9\u03ac-\u03ce\u0390\u03b0]"
    r"[\u03b1-\u03c9\u03ac-\u03ce\u0390\u03b0]*(?:\s+[\u03b1-\u03c9\u03ac-\u03ce\u0390\u03b0]+)?)"
    r"\s+(?:του|της|των)\s+(?P<name>[\u0386-\u038f\u0391-\u03a9].*)$"
)


def border_line_of_a_greek_genitive(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The border line a Greek text names by the genitive after a common noun, or None.

    "στο δέλτα του Έβρου" (in the Evros delta): read as "X of Y", the noun was looked up
    inside the river as though it were an area, and nothing was found.  The genitive's
    name alone is looked up; only a border line answers (a river the border follows):
    the delta, banks or bed of a border river are on that line, while "the sea area of
    X" or "the outskirts of X" are not the place X itself.

    Parameters
    ----------
    query : str
        The text as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the given event's countries.
    explain : list of str, optional
        Lines saying why are appended to it.

    Returns
    -------
    PlaceResult or None
        The border the genitive names, or None.
    """
    match = _GREEK_NOUN_OF_A_NAME.match(query.strip())
    if match is None:
        return None
    found = geocode(match["name"], hint)
    if found.status != "resolved" or found.precision != "border":
        return None
    note = f"the {match['noun']!r} of {match['name']!r}, a border line: read {match['name']!r}"
    return noted_reading(found, query, note, explain)


#: A count and up to two words before what is counted: "Na 35 kontrolovaných hraničných
#: priechodoch s Maďarskom" (at the 35 controlled border crossings with Hungary).
_COUNT_FIRST = re.compile(r"^(?P<pre>(?:[^\W\d]+\s+)?)\d+\s+(?:[^\W\d]+\s+){0,2}?(?P<rest>\S.*)$")


def without_count_of_crossings(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """A border whose crossings a text counts, or None.

    "Na 35 kontrolovaných hraničných priechodoch s Maďarskom": the number and the
    adjective stand where the grammar looks for a side.  The words after them are read
    with the preposition before, dropping one word at a time, and only a border is taken.
    """
    match = _COUNT_FIRST.match(query.strip())
    if match is None:
        return None
    words = match.group(0)[match.end("pre") :].split()[1:]
    for start in range(min(3, len(words))):
        text = match["pre"] + " ".join(words[start:])
        found = geocode(text, hint)
        if found.status == "resolved" and found.precision == "border":
            return noted_reading(found, query, f"read without the count: {text!r}", explain)
    return None


#: The last unit of an Arabic text: "... ، في محافظة "نيلفماري"" (in the Nilphamari
#: governorate), the unit word then the name, nothing after it.
_ARABIC_LAST_UNIT = re.compile(
    r"(?:^|[\s،,])(?:(?:في\s+|ب)?(?:محافظة|ولاية|إقليم|اقليم|مقاطعة|استان)\s+"
    r"(?P<name>[^\s،,][^،,]*)|"
    # "قاعدة القوات الجوية البريطانية في أكروتيري": one word after "in" ends the text.
    r"في\s+(?P<bare>[^\s،,]+))$"
)
_QUOTES = re.compile(r"[\"“”«»'‘’]")


def last_arabic_unit_by_its_name(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The unit an Arabic text names last, read by its name alone, or None.

    "منطقة "بلاباري" ... في محافظة "نيلفماري"" (the Balabari area ... in the Nilphamari
    governorate): Arabic reports call a Bangladeshi district a governorate, which no
    region of the data is; its name alone is the district.  So is one word after "في"
    (in) that ends the text ("قاعدة ... في أكروتيري", a base in Akrotiri).  Only a
    district or region is taken, coarsened when the text names finer places before it.
    """
    match = _ARABIC_LAST_UNIT.search(query.strip())
    if match is None:
        return None
    name = _QUOTES.sub("", match["name"] or match["bare"]).strip()
    if not name:
        return None
    found = geocode(name, hint)
    if found.status != "resolved" or found.precision not in ("district", "region"):
        return None
    finer = bool(query.strip()[: match.start()].strip())
    note = f"read as the unit it names last: {name!r}"
    return noted_reading(found, query, note, explain, coarsened=found.coarsened or finer)


#: Hebrew "X שב-Y" (X, which is in Y): "בקיבוץ ברעם שבגליל העליון".
_HEBREW_WHICH_IS_IN = re.compile(r"^(?P<what>\S.*?)\s+שב(?P<where>[\u05d0-\u05ea]\S*(?:\s+\S+)*)$")


def hebrew_place_which_is_in(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The area an unknown Hebrew place is written "which is in", or None.

    "בקיבוץ ברעם שבגליל העליון" (in kibbutz Bar'am, which is in the Upper Galilee): the
    kibbutz is no place the data knows; the area after "ש" (which) and "ב" (in) is, its
    article "ה" dropped after the "ב" as Hebrew writes it.  Only a region, district or
    country is taken, coarsened.
    """
    match = _HEBREW_WHICH_IS_IN.match(query.strip())
    if match is None:
        return None
    for text in (match["where"], "ה" + match["where"]):
        found = geocode(text, hint)
        if found.status == "resolved" and found.precision in ("region", "district", "country"):
            note = f"{match['what']!r} is not in the gazetteer; read the area it is in: {text!r}"
            return noted_reading(found, query, note, explain, coarsened=True)
    return None


#: Amharic "የ" (of) joined to the name it makes a genitive: "የዛላንበሳ ድንበር" (the border
#: of Zalambessa).
_AMHARIC_OF = re.compile(r"(?:^|(?<=\s))የ(?=[\u1200-\u137f]{2})")


def without_amharic_genitive(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with the Amharic genitive prefix "የ" taken off its words, or None.

    "የኢትዮጵያና የኤርትራ የዛላንበሳ ድንበር" (Ethiopia's and Eritrea's Zalambessa border): each
    name carries "የ" (of), which no name of the data does.
    """
    text = _AMHARIC_OF.sub("", query)
    return _reread(
        text, hint, geocode, query, f"read without the Amharic genitive: {text!r}", explain
    )


#: Marathi's genitive "-च्या" joined to a name before what it holds ("मणिपूरच्या
#: चांदेल जिल्ह्यातील", in Chandel district of Manipur); a stem keeps two letters or more.
_MARATHI_OF = re.compile(r"(?<=[\u0900-\u097f]{2})\u091a\u094d\u092f\u093e(?=\s)")


def marathi_genitive_as_hindi(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with Marathi's joined genitive "-च्या" written as Hindi's "के", or None.

    "मणिपूरच्या चांदेल जिल्ह्यातील ...": the name of the holder carries the ending,
    which no name of the data does; apart, the Hindi readings of "X के Y जिले" find it.
    """
    text = _MARATHI_OF.sub(" के", query)
    return _reread(
        text, hint, geocode, query, f"read with the Marathi genitive apart: {text!r}", explain
    )


#: A Devanagari text opening with one word and the genitive after it, apart as Hindi
#: writes it ("कच्छ के हरामी नाले", Kutch's Harami Nala) or joined as Nepali does
#: ("लिमीको लाप्चा", Limi's Lapcha): the owner of what follows.
_HINDI_HOLDER = re.compile(
    r"^(?P<holder>[\u0900-\u097f]{2,}?)(?:\s+(?:के|की|का)|(?P<joined>को))\s+\S"
)


def holder_of_an_unknown_place(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The district or region a Hindi or Nepali text names as the owner of a place the
    data lacks, or None.

    "कच्छ के हरामी नाले के परिसर में" (in the area of Kutch's Harami Nala; Marathi's
    "कच्छच्या ..." is read so): the creek is not in the data, the district owning it
    is, and holds it.  Only a unit (never a town: "X के Y" may be a village near the
    town X, not in it) of the event's country answers, coarsened; Nepali's joined
    "-को" only for an event in Nepal.
    """
    match = _HINDI_HOLDER.match(query.strip())
    if match is None or not hint or (match["joined"] and "NP" not in hint):
        return None
    rest = query.strip()[match.end() - 1 :]
    if names_a_border(rest) or any(
        _country_named(word, geocode) for word in re.split(r"[\s\-–]+", rest) if word
    ):
        # "बाँकेको नेपाल–भारत सीमाना" (Banke's Nepal-India border): the text is about the
        # border, which the unit alone would not say.
        return None
    holder = match["holder"]
    found = geocode(holder, hint)
    if (
        found.status != "resolved"
        or found.precision not in ("district", "region")
        or found.country not in hint
    ):
        return None
    note = f"read the unit owning what the text names: {holder!r}"
    return noted_reading(found, query, note, explain, coarsened=True)


#: One name in quotation marks ("...", «...», “...”), of two letters or more.
_QUOTED_NAME = re.compile(r'["«“„](?P<name>[^"«»“”„]{2,60})["»”]')


def quoted_name_as_its_unit(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The one name ``query`` puts in quotation marks, read alone, when that is an area.

    "дар назди дидбонгоҳи сарҳадии "Дарвоз" дар ВКМБ" (at the Darvoz border post, in
    Gorno-Badakhshan): a post or a place named after the unit holding it, in words no
    grammar reads.  The unit (its region, where the data draws no outline below admin-1)
    holds what is named after it; a point found by the name alone is not taken, for a
    namesake may lie anywhere in the country.  Only with the event's country.
    """
    found = _QUOTED_NAME.findall(query)
    if len(found) != 1 or not hint:
        return None
    name = found[0].strip()
    result = geocode(name, hint)
    if result.status != "resolved" or result.precision not in ("district", "region"):
        return None
    return noted_reading(
        result, query, f"read the name in quotation marks alone: {name!r}", explain, coarsened=True
    )


#: A Tajik unit word bearing the ezafe "-и"/"-ӣ" before the unit's name ("улусволии
#: Дашти Қалъа", the district of Dasht-e Qal'ah), after an optional "дар" (in), and the
#: English unit word the gazetteer's readings know for it.
_TAJIK_UNIT = re.compile(
    r"^(?:дар\s+)?(?P<unit>улусволии|ноҳияи|вилояти)\s+(?P<name>[\w\s’'-]{2,60})$",
    re.IGNORECASE,
)
_TAJIK_UNIT_WORDS = {"улусволии": "district", "ноҳияи": "district", "вилояти": "province"}


def _persian_romanised_forms(name: str) -> list[str]:
    """The spellings a Tajik-written Persian name may have in GeoNames' romanisation,
    least changed first: a word's ezafe "-и" before the next word written "-e"
    ("Дашти Қалъа", Dasht-e ...), a final "а" that Persian writes with a silent "ه"
    written "-ah" ("Қалъа", Qal'ah)."""
    words = name.split()
    choices = []
    for i, word in enumerate(words):
        options = [word]
        if i + 1 < len(words) and len(word) > 2 and word[-1].lower() == "и":
            options.append(word[:-1] + "-е")
        if len(word) > 2 and word[-1].lower() == "а":
            options.extend(option + "ҳ" for option in list(options))
        choices.append(options)
    return [" ".join(words) for words in product(*choices)]


def tajik_unit_with_ezafe(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The district or province a Tajik text names with its unit word first, or None.

    "дар улусволии Дашти Қалъа" (in the district of Dasht-e Qal'ah): the unit word
    carries the ezafe that joins it to the name, which no reading knows, and the name
    is written as Tajik says it, which GeoNames' romanisation of the Persian writes
    otherwise (:func:`_persian_romanised_forms`).  Only for an event of Afghanistan or
    Tajikistan, and only a unit of the kind the unit word says.
    """
    match = _TAJIK_UNIT.match(query.strip())
    if match is None or not hint or not set(hint) <= {"AF", "TJ"}:
        return None
    unit = _TAJIK_UNIT_WORDS[match["unit"].lower()]
    precision = "district" if unit == "district" else "region"
    for form in _persian_romanised_forms(match["name"].strip()):
        text = f"{form} {unit}"
        found = geocode(text, hint)
        if found.status == "resolved" and found.precision == precision:
            return noted_reading(found, query, f"read as the Tajik unit of {text!r}", explain)
    return None


#: A run of Latin letters, words joined by spaces or hyphens: "NLL", "Line of Control".
_LATIN_RUN = re.compile(r"[A-Za-z]+(?:[\s-]+[A-Za-z]+)*")


def _near_a_name_before(head: str) -> bool:
    """Whether a word of another script saying "near" follows a word in ``head``.

    "연평도 인근" (near Yeonpyeong Island): a near word of :data:`place_words.toml`'s
    other scripts, written apart after at least one word.
    """
    words = head.split()
    near = set(load_place_words().other_scripts["near"])
    return any(word in near for word in words[1:])


def latin_line_in_another_script(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The border line a Latin run inside a text of another script names, or None.

    "연평도 서북방 NLL" (the NLL north-west of Yeonpyeong Island): reports in scripts
    without capitals write a line's acronym in Latin letters, and no reading takes a
    Latin name among Hangul words.  Only one Latin run, beside letters of another
    script, and only when it alone names a border line: the line is the event's place.
    """
    runs = _LATIN_RUN.findall(query)
    if len(runs) != 1 or not hint or not (_scripts(query) - {"latin"}):
        return None
    if _near_a_name_before(query[: query.find(runs[0])]):
        # "연평도 인근 서해 NLL 해상에서" (at sea by the NLL near Yeonpyeong Island): the
        # words before the line say where the event is; they are read instead.
        return None
    found = geocode(runs[0], hint)
    if found.status != "resolved" or found.precision != "border":
        return None
    return noted_reading(found, query, f"read the Latin name {runs[0]!r} alone", explain)


def place_before_a_latin_line(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The place a text of another script names before a border line's Latin acronym,
    or None.

    "강원 고성군 저진항 동북쪽 NLL 이남 4.6km 해상" (at sea 4.6 km south of the NLL, north-east
    of Jeojin port in Goseong county): the words before the line say where along it the
    event is, and the Latin unit of the distance after it ("km") keeps
    :func:`latin_line_in_another_script` from taking the line alone.  Only the first
    Latin run that names a border line, and only a place finer than a border or country
    found in the words before it.
    """
    if not hint or not (_scripts(query) - {"latin"}):
        return None
    for run in _LATIN_RUN.finditer(query):
        line = geocode(run[0], hint)
        if line.status == "resolved" and line.precision == "border":
            break
    else:
        return None
    head = query[: run.start()].strip()
    if not head or not (_scripts(head) - {"latin"}):
        return None
    found = geocode(head, hint)
    if found.status != "resolved" or found.precision in ("country", "border"):
        return None
    note = f"read the words before the line {run[0]!r}: {head!r}"
    return noted_reading(found, query, note, explain)


#: Scandinavian "X i Y" (X in Y), Y one capitalised word: "Vestmarka i Eidskog".
_PLACE_I_PLACE = re.compile(r"^\S.*\s+i\s+[A-ZÆØÅÄÖ][\w-]*$")
#: The word for a municipality, by the event's country ("Eidskog kommune", "Strömstads
#: kommun"); Finland's Swedish "kommun" too.
_MUNICIPALITY_WORD = {"NO": "kommune", "DK": "kommune", "SE": "kommun", "FI": "kommun"}


def place_in_a_municipality(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` read as "X i Y kommune" for an event of Norway, Sweden, Denmark or
    Finland, or None.

    "over Vestmarka i Eidskog": a village "i" (in) the municipality Eidskog, which reports
    name without the word "kommune"; read as "X i Y kommune" is, where Y is the unit.
    Only with one such event country ("i" is "and" in Slavic languages: "Bosna i
    Hercegovina"), and only when that reading resolves.
    """
    words = {_MUNICIPALITY_WORD[c] for c in hint if c in _MUNICIPALITY_WORD}
    if len(words) != 1 or not _PLACE_I_PLACE.match(query.strip()):
        return None
    text = f"{query.strip()} {words.pop()}"
    return _reread(text, hint, geocode, query, f"read as in a municipality: {text!r}", explain)


#: Norwegian, Danish and Swedish "-området" (the area) joined to a town's name by a hyphen.
_AREA_OF_A_TOWN = re.compile(r"(?<=\w)-området\b", re.IGNORECASE)


def area_of_a_municipality(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with "X-området" read as "X kommune" for a Scandinavian event, or None.

    "grensa i Kongsvinger-området" (the border in the Kongsvinger area): the area
    Norwegian, Danish and Swedish join to a town's name is the country around the town,
    which the municipality of that name draws (a circle about its size around its
    seat).  Only with one such event country, and only when the reading answers a
    municipality (a district): a town without one stays unresolved.
    """
    words = {_MUNICIPALITY_WORD[c] for c in hint if c in _MUNICIPALITY_WORD}
    if len(words) != 1 or not _AREA_OF_A_TOWN.search(query):
        return None
    text = _AREA_OF_A_TOWN.sub(f" {words.pop()}", query, count=1)
    found = geocode(text, hint)
    if found.status != "resolved" or found.precision != "district":
        return None
    note = f"the area of a town read as its municipality: {text!r}"
    return noted_reading(found, query, note, explain)


#: A dash after the first place of a pair and its aside: "Gotești (MD) – Cârja (RO)".
_PAIR_DASH = re.compile(r"\s*[-‐‑–—]\s*\S")


def pair_across_a_border(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The border of the two countries a pair of places puts in parentheses, or None.

    "pe direcţia Gotești (MD) – Cârja (RO)" (the way from Gotești, Moldova, to Cârja,
    Romania): the pair lies across the line of the two countries the asides name, and
    that line holds the event when the data lacks one of the places (a town across the
    line would stand outside the event's country).  Only two asides, each a country's
    name or code, two countries, the event's among them, a dash after the first aside,
    and only when the data has their border.
    """
    asides = list(_ASIDE.finditer(query))
    if len(asides) != 2 or not _PAIR_DASH.match(query[asides[0].end() : asides[1].start()]):
        return None
    codes = [_country_named(a["aside"], geocode) for a in asides]
    if None in codes or codes[0] == codes[1] or (hint and not set(hint) & set(codes)):
        return None
    text = f"the border between {codes[0]} and {codes[1]}"
    border = geocode(text, hint)
    if border.status != "resolved" or border.precision != "border":
        return None
    note = f"a pair of places across the border of {codes[0]} and {codes[1]}: that border"
    return noted_reading(border, query, note, explain)


#: A letter only Uzbek's Cyrillic alphabet has among the event's languages ("Сўх",
#: Sokh; "ў" is Belarusian too, "қ", "ғ", "ҳ" Kazakh and Tajik: the event is Uzbek).
_UZBEK_CYRILLIC_LETTER = re.compile("[ўқғҳЎҚҒҲ]")
#: Uzbek Cyrillic letters in Uzbek Latin, as the 1995 alphabet writes them.
_UZBEK_LATIN_OF = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфхэ", "abvgdeziyklmnoprstufxe", strict=True)),
        **{"ё": "yo", "ж": "j", "ц": "ts", "ч": "ch", "ш": "sh", "ъ": "’", "ь": ""},
        **{"ю": "yu", "я": "ya", "ў": "o‘", "қ": "q", "ғ": "g‘", "ҳ": "h"},
    }
)


def in_uzbek_latin(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """An Uzbek event's text in Uzbek Cyrillic read in Uzbek Latin, or None.

    "“Сўх” анклавида" (in the Sokh enclave): GeoNames names Uzbekistan's districts in
    Uzbek Latin ("So‘x Tumani"), whose key the Russian reading of the Cyrillic ("sukh")
    does not meet.
    """
    if "UZ" not in hint or not _UZBEK_CYRILLIC_LETTER.search(query):
        return None
    text = query.lower().translate(_UZBEK_LATIN_OF)
    return _reread(text, hint, geocode, query, f"read in Uzbek Latin: {text!r}", explain)


#: A Nepali municipality or rural municipality after its name, and the number of one of
#: its wards joined by a dash ("सिरहा नगरपालिका–१९", ward 19 of Siraha municipality).
_NEPALI_WARD = re.compile(
    r"(?:(?P<district>[\u0900-\u097f]+)\s+)?"
    r"(?P<unit>[\u0900-\u097f]+\s+(?:नगरपालिका|गाउँपालिका))\s*(?:[-–‑]\s*)?[०-९0-9]+"
)


def thai_districts_apart(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with "อ.A-B" written as the two districts "อ.A กับ อ.B", or None.

    "ด้านช่องโดนโป รอยต่อ อ.ภูสิงห์-ขุนหาญ" (at the Chong Don Po pass, the seam of Phu Sing
    and Khun Han districts): the dash joins two districts, not one name's parts.
    """
    text = districts_apart(query)
    if text is None:
        return None
    return _reread(text, hint, geocode, query, f"read as two districts: {text!r}", explain)


#: Indonesian and Malay "di" (at, in), then capitalised words whose last is the town or
#: regency holding the place before it, without a comma ("di Kandang Babi Nunukan").
_MALAY_PLACE_THEN_TOWN = re.compile(
    r"\bdi\s+(?P<head>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+(?P<town>[A-Z][\w'-]+)$"
)


def malay_place_then_its_town(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with a comma before its last word after Indonesian or Malay "di", or None.

    "pelabuhan tradisional di Kandang Babi Nunukan" (the traditional port at Kandang
    Babi, Nunukan): reporters append the town or regency to a place the data lacks; read
    as "Kandang Babi, Nunukan", what holds Nunukan answers, never the unknown place.
    Only for an event in Indonesia or Malaysia.
    """
    if not set(hint) & {"ID", "MY"}:
        return None
    found = _MALAY_PLACE_THEN_TOWN.search(query.strip())
    if found is None:
        return None
    text = f"{found['head']}, {found['town']}"
    return _reread(text, hint, geocode, query, f"read as a place and its town: {text!r}", explain)


#: English words for local units below a district: Nepal's (rural) municipalities,
#: Tajikistan's jamoats, Kyrgyzstan's aiyl okmotus, South Asia's village councils.
_LOCAL_UNIT = (
    r"(?:rural\s+municipality|municipality|jamoat|ja[mn]oat|a[iy]y?l\s+okmotu|"
    r"village\s+(?:council|development\s+committee)|gram\s+panchayat|union\s+council|"
    r"union\s+parishad)"
)
#: "X rural municipality of Y", "X jamoat, Y district", "Y's X jamoat": the local unit
#: and the district holding it.
_LOCAL_UNIT_OF_A_DISTRICT = re.compile(
    rf"^(?:the\s+)?(?P<unit>[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){{0,2}})\s+"
    rf"{_LOCAL_UNIT}\s*(?:,|\s+of|\s+in)\s+(?:the\s+)?(?P<holder>[^\W\d_][^,]*?)"
    r"(?:\s+district)?$|"
    r"^(?P<owner>[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*)?)['’]s?\s+"
    rf"(?P<owned>[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){{0,2}})\s+{_LOCAL_UNIT}$",
    re.IGNORECASE,
)


def district_of_a_local_unit(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The district holding a local unit the data lacks, or None.

    "Beldandi rural municipality of Kanchanpur", "Isfara’s Lakkon jamoat": the rural
    municipality or jamoat is not in the data; the district the text puts it in is,
    and holds it.  Only when the holder reads as a district ("Y district") of the
    event's country; coarsened (a town of the holder's name would be finer than the
    text, a region coarser than it need be).
    """
    match = _LOCAL_UNIT_OF_A_DISTRICT.match(query.strip())
    if match is None or not hint:
        return None
    holder = (match["holder"] or match["owner"]).strip()
    found = geocode(f"{holder} district", hint)
    if found.status != "resolved" or found.precision != "district" or found.country not in hint:
        return None
    note = f"read the district holding the local unit the text names: {holder!r}"
    return noted_reading(found, query, note, explain, coarsened=True)


def nepali_municipality_of_a_ward(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The municipality a Nepali text numbers a ward of, else the district named before
    it, or None.

    "सिरहा नगरपालिका–१९ सोहर्वास्थित नाकाबाट" (from the checkpoint at Sohrwa, ward 19 of
    Siraha municipality): the ward and the place in it are not in the data; the
    municipality holds both, read alone (the district of its name holds it).
    """
    found = _NEPALI_WARD.search(query)
    if found is None:
        return None
    unit = found["unit"]
    note = f"read the municipality whose ward the text numbers: {unit!r}"
    municipality = _reread(unit, hint, geocode, query, note, explain)
    if municipality is not None or not found["district"]:
        return municipality
    # "पर्सा बिन्दाबासिनी गाउँपालिका ४" (ward 4 of Bindabasini rural municipality, Parsa):
    # the district a Nepali address names before a municipality the data lacks.
    district = geocode(found["district"], hint)
    if district.status != "resolved" or district.precision != "district":
        return None
    note = f"read the district before the municipality: {found['district']!r}"
    return noted_reading(district, query, note, explain)


#: German "die Stadtbrücke ins benachbarte Frankfurt (Oder)" (the town bridge into
#: neighbouring Frankfurt): the words between a bridge and the town it leads into.
_GERMAN_BRIDGE_INTO = re.compile(
    r"(?<=brücke)\s+(?:ins|in\s+das|nach)(?:\s+benachbarte[n]?)?\s+(?=[A-ZÄÖÜ])"
)


def german_bridge_into_a_town(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` with a German bridge named by the town it leads into, or None.

    "die Stadtbrücke ins benachbarte Frankfurt (Oder)" (the town bridge into neighbouring
    Frankfurt (Oder)) is the bridge the crossings table names "Stadtbrücke Frankfurt
    (Oder)": the words saying where it leads are left out and the bridge and the town
    read together.  Only a word ending in "brücke" before them, and only when that
    reading resolves.
    """
    text = _GERMAN_BRIDGE_INTO.sub(" ", query, count=1)
    note = f"a bridge named by the town it leads into: {text!r}"
    return _reread(text, hint, geocode, query, note, explain)


_BANGLADESH = "BD"
#: A Bengali text opening with a place's name, bare or in the genitive ("পঞ্চগড়ের"), and
#: naming a border ("সীমান্ত", "সীমান্তে", "সীমান্তের") after it.
_BENGALI_BORDER_TEXT = re.compile(
    "^(?P<name>[\u0980-\u09ff]+?)(?P<of>\u09c7\u09b0|\u09b0)?\\s.*"
    "\u09b8\u09c0\u09ae\u09be\u09a8\u09cd\u09a4"
)


def bengali_border_across(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` read as "near the Bangladesh border" when the place it opens with is
    Bangladesh's and the event's country is another, or None.

    "পঞ্চগড়ের তেঁতুলিয়া উপজেলার ইসলামপুর সীমান্ত সংলগ্ন ভারতীয় ভূ-খণ্ডে" (on Indian land
    by the Islampur border of Panchagarh's Tetulia upazila) of an Indian event: the
    place is Bangladesh's, across the event's country's border, so the text is at that
    border, as the English "near the Panchagarh border" of an Indian event is.  Only a
    border answer is taken, and only for one event's country other than Bangladesh: a
    place of the event's own country is read as written, never so.
    """
    match = _BENGALI_BORDER_TEXT.match(query.strip())
    if match is None or len(hint) != 1 or hint[0] == _BANGLADESH:
        return None
    names = [match["name"] + match["of"], match["name"]] if match["of"] else [match["name"]]
    for name in names:
        place = geocode(name, (_BANGLADESH,))
        if place.status != "resolved" or place.country != _BANGLADESH:
            continue
        found = geocode("near the Bangladesh border", hint)
        if found.status == "resolved" and found.precision == "border":
            note = f"{name!r} is {place.name} in Bangladesh, across the border: read at it"
            return noted_reading(found, query, note, explain, coarsened=True)
    return None


#: A sea border in the words of South Asian scripts: Hindi and Nepali "समुद्री सीमा"
#: (sea border) and Marathi "सागरी सीमा", Bengali "সমুদ্রসীমা" (also apart, and
#: "সীমানা"), Tamil "கடல் எல்லை", Sinhala "මුහුදු සීමාව", Urdu "سمندری حدود" or
#: "سمندری سرحد"; in any case ending ("සීමාවේදී", at the boundary).
_SOUTH_ASIAN_SEA_BORDER = re.compile(
    r"(?:समुद्री|सागरी)\s+(?:सीमा|सरहद)|সমুদ্র\s?সীমা|கடல்\s*எல்லை|මුහුදු\s+සීමා|"
    r"سمندری\s+(?:حدود|سرحد)"
)


def sea_border_in_south_asian_scripts(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The event's country for a sea border named in a South Asian script, or None.

    "කන්කසන්තුරයට උතුරින් වූ අන්තර්ජාතික මුහුදු සීමාවේදී" (at the international maritime
    boundary north of Kankesanturai): no reading found a place; the text is at sea on
    a border no sea line of the data draws, which "the maritime border" answers with the
    event's country, coarsened.  Only with the event's country.
    """
    if not hint or not _SOUTH_ASIAN_SEA_BORDER.search(query):
        return None
    found = geocode("the maritime border", hint)
    if found.status != "resolved":
        return None
    note = "read as 'the maritime border' its words name"
    return noted_reading(found, query, note, explain, coarsened=True)


#: The second readings, in the order they are tried.
REREADINGS = (
    bridge_by_its_person,
    without_country_asides,
    without_acronym_asides,
    checkpoint_by_its_town,
    without_trailing_country,
    sea_then_its_unit,
    with_indian_compass_words,
    without_border_adjective,
    border_sector_as_zone,
    inside_in_arabic,
    country_of_its_waters,
    without_thai_frame,
    near_the_named_place,
    urdu_sector_in_its_holder,
    urdu_valley_in_a_text,
    finest_unit_of_a_han_chain,
    without_han_way_word,
    crossing_after_its_countries,
    with_cjk_words_apart,
    by_its_gloss,
    sub_sector_as_sector,
    district_opening_an_urdu_text,
    border_in_arabic_script,
    country_area_in_arabic_script,
    border_adjoining_in_urdu,
    without_population_in_town_word,
    finnish_river_compound,
    polish_facility_in_a_town,
    without_count_of_crossings,
    regency_of_an_address,
    regency_of_an_acronym_after_di,
    subdistrict_in_a_bare_place,
    unit_of_an_estonian_address,
    last_arabic_unit_by_its_name,
    holder_of_an_unknown_place_in,
    hebrew_place_which_is_in,
    without_amharic_genitive,
    marathi_genitive_as_hindi,
    quoted_name_as_its_unit,
    quoted_name_of_a_border_facility,
    tajik_unit_with_ezafe,
    latin_line_in_another_script,
    place_before_a_latin_line,
    place_in_a_municipality,
    area_of_a_municipality,
    pair_across_a_border,
    nepali_municipality_of_a_ward,
    district_of_a_local_unit,
    district_holding_a_part,
    timorese_units_in_indonesian,
    in_uzbek_latin,
    german_bridge_into_a_town,
    town_after_german_ort,
    bengali_border_across,
    thai_districts_apart,
    waters_of_a_place_in_a_town,
    unit_of_a_persian_area,
    malay_place_then_its_town,
    holder_of_an_unknown_place,
    place_then_its_region,
    water_of_a_stretch,
    unit_of_its_seat,
    sea_border_in_south_asian_scripts,
    town_of_a_hyphenated_part,
    without_bulgarian_station_word,
    pashto_oblique_as_direct,
    tajik_border_of_a_pair,
    hebrew_border_with,
    holder_of_an_uzbek_located_place,
    district_of_a_kazakh_located_place,
    border_of_a_kazakh_place_on_it,
    holder_of_an_azerbaijani_located_place,
    sea_holding_an_unknown_place,
    waters_off_a_neighbour,
    unit_of_han_waters,
    border_or_port_of_a_han_pair,
    french_unit_chain_apart,
    albanian_linked_name,
    name_without_silent_h,
    name_in_azerbaijani_latin,
    park_of_its_landmark,
    crossing_of_a_dashed_pair,
    place_along_the_border,
    border_line_of_a_greek_genitive,
    crossing_of_a_finnic_route,
    crossing_of_two_han_ends,
    region_of_an_uzbek_holder,
    arabic_post_of_a_side,
    region_of_a_joined_locator,
)
