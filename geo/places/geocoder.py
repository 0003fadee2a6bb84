"""Offline geocoding: place texts to geometries with an honest precision.

:func:`geocode_place` is the plain function the CLI and the resolver call;
:class:`~bordermap.geo.places.offline_geocoder.OfflineGeocoder` wraps it as a
:class:`geopy.geocoders.base.Geocoder`, so the
gazetteer is one more link in a chain of geopy geocoders (cache → gazetteer → online).

How each form of :func:`bordermap.geo.places.phrases.parse_place` is answered:

- ``border``: both sides must name countries (names or adjectives, any script) that
  share a land border; the extent is the border line, precision ``border``.
  Sides may be demonyms of any country ("Thai", "Afghan", "U.S.", "Pak", see
  ``data/gazetteer/demonyms.toml``) or declined adjectives ("белорусско-латвийской").
  One country's border ("Finland's eastern border", "the border" with the event's
  country) is the one border that fits the direction, the length the text gives
  ("the 1,300 km-long border"), the event's country or the region of interest;
  when several fit, the answer is ambiguous and lists them.
- ``region``: the admin-1 region of that name (also "Витебская область" →
  "Vitebsk" by its adjective, and declined forms: "в Витебской области");
  precision ``region``, the extent its polygon.  With no such region the answer is
  *unresolved*: a region word never turns into the town of that name.
- ``district``: an admin-1 region of that name if there is one (Latvian
  municipalities are admin-1), unless a raion-like word names the district of a
  county's name ("Utenos rajone"); else, as district outlines are not in the data,
  the unit (:mod:`bordermap.geo.places.districts`) at precision ``district``, drawn as
  a circle of about its size around its seat, where the table knows the seat or the
  namesake town is one; else the admin-1 region holding the unit or its namesake
  town, flagged ``coarsened``; a name borne by units of several regions of the
  event's country is ambiguous.  A village "in" a town (and "villages in X") is the
  district the town is the seat of, else near the town, flagged ``coarsened``.
- ``settlement`` ("the town of X"): X among settlements only.
- ``side``: the border line as above, with ``country`` set to the side named
  ("the Latvian side of the Latvia–Belarus border"); the side must be one of the two.
- ``near``: the inner place; a settlement becomes precision ``near`` with the near
  radius, or the distance the text gives if larger ("40 km east of X").
  Areas keep their own precision: "near the border" is still the border.
- ``within``: "eastern Latvia" is Latvia: the part cannot be drawn, so the whole
  area stands for it; a text that is itself a name ("South Africa") is that name.
  A compass word before a town is not read as part of it ("West Virginia" is not
  "west of Virginia, ZA"): unresolved.
- ``restricted``: the name looked up only inside the container ("X, Country",
  "X in Y Oblast", "Y's X", "X, on the border with Y").  When the container is known
  and the name is not (in it), the answer is the container at its own precision,
  flagged ``coarsened``, never a same-named place elsewhere.  A container the
  gazetteer does not know makes the text unresolved.
- ``name``: a country, a named line or border river (``border_features.toml``), a
  settlement, else a region.  An ordinary word that is also a town's name
  ("forest", "side"; see ``common_words`` in aliases.toml) resolves only in the
  event's country or with "X, Country".

A text none of these forms reads, with nothing refused by the hints, is searched last
for the names written inside it (:mod:`bordermap.geo.places.inner_name`), only with the
event's country: "Sectorului Poliției de Frontieră Sânnicolau Mare" is Sânnicolau Mare.

Declined names ("ties Medininkais", "Krāslavas novadā") are tried in their nominative
forms (:mod:`bordermap.geo.places.inflection`) only after the form as written found
nothing, and only among places of the language's countries.

The event's country and the region of interest are constraints: same-named places go
through :func:`bordermap.geo.places.disambiguation.choose`, which never chooses a place
outside them; such places are listed in an unresolved answer with the reason.  A
last guard refuses any answer outside the event's country, whatever rule chose it
(borders and sides of that country excepted).
Nothing is guessed: an unknown name is ``unresolved``; there is no fuzzy matching.
``geocode_place(..., explain=lines)`` appends, line by line, why the answer is what it is.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from bordermap.geo.borders.extents import country_extent
from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.arabic_country_adjective import without_the_event_country_adjective
from bordermap.geo.places.arabic_final_yeh import with_final_yeh
from bordermap.geo.places.arabic_in import without_arabic_in
from bordermap.geo.places.arabic_script_borders import border_in_arabic_script
from bordermap.geo.places.bengali import (
    bengali_as_hindi,
    bengali_as_hindi_bare_genitive,
    has_bengali,
)
from bordermap.geo.places.between_owned_units import border_between_owned_units
from bordermap.geo.places.beyond_the_reference import reference_farther_than_it_reaches
from bordermap.geo.places.bracketed_pair import port_of_a_bracketed_pair
from bordermap.geo.places.bridge_word_case import bridge_word_in_lower_case
from bordermap.geo.places.country_name_parts import part_of_the_countrys_name
from bordermap.geo.places.crossing_of_another_pair import crossing_of_another_pair
from bordermap.geo.places.crossing_town import crossing_not_a_far_town
from bordermap.geo.places.devanagari_post_word import checkpoint_word_apart
from bordermap.geo.places.disambiguation import RegionOfInterest
from bordermap.geo.places.disputed_island_coast import coast_of_a_disputed_island
from bordermap.geo.places.distant_ring import unit_holding_a_far_circle
from bordermap.geo.places.districts import (
    UPAZILA_COUNTRIES,
    districts_named,
    reading_upazilas,
    upazilas_read,
)
from bordermap.geo.places.far_at_sea import (
    not_the_place_far_at_sea,
    not_the_town_far_off_its_coast,
)
from bordermap.geo.places.filed_elsewhere import country_holding
from bordermap.geo.places.gazetteer import Gazetteer, load_gazetteer
from bordermap.geo.places.gujarati import gujarati_as_hindi, has_gujarati
from bordermap.geo.places.gurmukhi import gurmukhi_as_hindi, has_gurmukhi
from bordermap.geo.places.homonymous_unit import name_of_the_homonymous_unit
from bordermap.geo.places.hyphenated_crossing import unhyphenated_crossing_word
from bordermap.geo.places.inner_name import name_read_inside
from bordermap.geo.places.island_group_waters import region_of_an_island_groups_waters
from bordermap.geo.places.island_territory import the_island_territory
from bordermap.geo.places.islands import island_not_its_town, island_of_a_unit
from bordermap.geo.places.joined_words import joined_words_apart
from bordermap.geo.places.korean_bearings import measured_from_a_korean_place
from bordermap.geo.places.lao_script import (
    has_lao,
    has_thai,
    lao_as_thai,
    thai_as_lao,
    thai_finals,
)
from bordermap.geo.places.malayalam import has_malayalam, malayalam_as_hindi
from bordermap.geo.places.named_posts import (
    crossing_named_in_quotes,
    crossing_of_a_quoted_post,
    friendship_post_not_a_town,
    lower_or_upper_not_the_town,
    quoted_post_name_not_cut,
)
from bordermap.geo.places.names import normalise
from bordermap.geo.places.nearest_town import nearest_town_named
from bordermap.geo.places.outlying_islands import island_beyond_its_outline
from bordermap.geo.places.phrases import parse_place
from bordermap.geo.places.port_word import without_english_port_word
from bordermap.geo.places.post_words import (
    thai_friendship_bridge_by_number,
    without_vietnamese_post_of_a_gate,
)
from bordermap.geo.places.reference_border import border_only_a_reference
from bordermap.geo.places.report_from_across_the_sea import town_on_a_coast_across_the_sea
from bordermap.geo.places.rereadings import REREADINGS, Geocode
from bordermap.geo.places.resolver import (
    ACROSS_KM,
    MAX_CANDIDATES,
    PlaceResolver,
    circle_reaches,
    hint_countries,
)
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.route_town import crossing_of_a_route_town
from bordermap.geo.places.scope import KM_PER_DEGREE, Scope
from bordermap.geo.places.somali_units import somali_units_in_english
from bordermap.geo.places.stated_coordinates import stated_point
from bordermap.geo.places.stated_distance import homonym_off_its_stated_distance
from bordermap.geo.places.stretch_of_a_district import border_stretch_of_a_district
from bordermap.geo.places.tamil import has_tamil, tamil_as_hindi, without_dative_before_near
from bordermap.geo.places.telugu import has_telugu, telugu_as_hindi
from bordermap.geo.places.territory_regions import in_a_territory_of_the_hint
from bordermap.geo.places.thai_address import district_of_the_chain, opens_with_a_checkpoint
from bordermap.geo.places.unit_lists import country_of_a_unit_list
from bordermap.geo.places.vietnamese_abbreviations import (
    vietnamese_unit_abbreviations_spelled_out,
)
from bordermap.geo.places.vietnamese_between import (
    without_arabic_between_countries,
    without_vietnamese_between_countries,
)
from bordermap.geo.places.waters import island_group_of_its_town, water_named
from bordermap.geo.places.words import load_border_features
from bordermap.geo.schema import NEAR_RADIUS_KM

__all__ = ["MAX_CANDIDATES", "explain_place", "geocode_place"]


def geocode_place(
    query: str,
    *,
    country: str | Iterable[str] | None = None,
    region_of_interest: RegionOfInterest | None = None,
    gazetteer: Gazetteer | None = None,
    explain: list[str] | None = None,
) -> PlaceResult:
    """Geocode one place text offline.

    Parameters
    ----------
    query : str
        The place as a report writes it: "Vitebsk region", "the Latvia–Belarus
        border", "near Krāslava", "Daugavpils, Latvia", "Віцебск".
    country : str or iterable of str, optional
        The event's country (ISO alpha-2): preferred among same-named places, and the
        missing side of "border with Y".
    region_of_interest : sequence of str or 4-tuple of float, optional
        ISO alpha-2 codes or a (min_lon, min_lat, max_lon, max_lat) box, preferred
        after ``country``.
    gazetteer : Gazetteer, optional
        Defaults to the one shipped with bordermap.
    explain : list of str, optional
        If given, lines saying why the answer is what it is are appended to it: how
        the text was read, which keys were looked up, what was found, which
        constraint removed which candidate, and why the final one.

    Returns
    -------
    PlaceResult
        ``resolved``, ``ambiguous`` (with candidates) or ``unresolved`` (with the
        reason in ``note`` and any places refused by the hints in ``candidates``).

    Raises
    ------
    GeometryDataError
        If the gazetteer or boundary data is missing or broken.
    """
    gaz = gazetteer if gazetteer is not None else load_gazetteer()
    hint = hint_countries(country)
    resolver = PlaceResolver(gaz, query, hint, region_of_interest, explain)
    if explain is not None:
        constraints = [f"event's country {', '.join(hint)}"] if hint else []
        if region_of_interest:
            constraints.append(f"region of interest {list(region_of_interest)}")
        explain.append(
            f"query {query!r}" + (f" with {'; '.join(constraints)}" if constraints else "")
        )
    stated = stated_point(query, hint)
    if stated is not None:
        # "tại tọa độ 09° 48'N-103°19'E": the spot itself, which no name says better.
        if explain is not None:
            explain.append(_final_line(stated))
        return stated
    for reading in FIRST_READINGS:
        first = reading(query, hint, _geocoder(gaz, region_of_interest), explain)
        if first is not None:
            if explain is not None:
                explain.append(_final_line(first))
            return first
    result = _somali_units_read(query, gaz, hint, region_of_interest, explain)
    if result is not None:
        resolver, result = result
    else:
        result = _read_held_to_the_hint(resolver, query, hint, explain)
    for rewrite, why, tried_when, kept in _TEXT_WRITTEN_OTHERWISE:
        written = rewrite(query, gaz) if result.status in tried_when else None
        if written is not None:
            apart, again = _read_again(gaz, written, hint, region_of_interest, explain, why)
            if again.status in kept:
                resolver, result = apart, replace(again, query=query)
    if result.status == "unresolved":
        # "منطقة قامبيلا الأثيوبية": the event's country's adjective closing an Arabic text.
        bare = without_the_event_country_adjective(query, hint)
        if bare is not None:
            why = "read without the Arabic adjective of the event's country"
            apart, again = _read_again(gaz, bare[0], hint, region_of_interest, explain, why)
            # An area only: "منفذ الوديعة" read without "السعودي" is a namesake village, not
            # the post; the unit word's text ("منطقة", "ولاية") names the area itself.
            if (
                again.status == "resolved"
                and again.precision in ("region", "district")
                and again.country in bare[1]
            ):
                resolver, result = apart, replace(again, query=query)
    result = _district_of_a_thai_chain(query, result, gaz, hint, region_of_interest, explain)
    for in_script, as_hindi, refused in _SCRIPTS_MIRRORING_DEVANAGARI:
        if (result.status == "unresolved" or result.coarsened) and in_script(query):
            steps: list[str] = []
            as_read = as_hindi(query)
            hindi = _read_as_hindi(query, as_read, gaz, hint, region_of_interest, steps)
            if explain is not None:
                explain.extend(steps)
            if hindi is not None and refused is not None and refused(hindi, steps, as_read, gaz):
                hindi = None
            if hindi is not None and _finer_within(hindi, result):
                result = hindi
    if result.status == "unresolved" and has_lao(query):
        # "ເມືອງ ຕາກໃບ ຈັງຫວັດ ນະຣາທິວາດ": a Thai place in Lao letters; only a place of
        # Thailand is taken so, a Lao text about Laos is read as written.
        mirrored = lao_as_thai(query)
        thai = _read_as_hindi(query, mirrored, gaz, hint, region_of_interest, explain, "Thai")
        respelled = None if thai is not None else _thai_spelling_of_lao_finals(mirrored, gaz)
        if respelled is not None:
            # "ຈັງຫວັດ ອຸບົນ": Lao spells the final as it sounds, Thai as "อุบล".
            thai = _read_as_hindi(query, respelled, gaz, hint, region_of_interest, explain, "Thai")
        if thai is not None and thai.country == "TH":
            result = thai
    if result.status == "unresolved" and "LA" in hint and has_thai(query) and not has_lao(query):
        # "บ้านทุ่งกว้าง เมืองโพนทอง แขวงจำปาสัก" of a Lao event: a Lao place in Thai
        # letters, read as the Lao they mirror; only a place of Laos is taken so.
        lao = _read_as_hindi(
            query, thai_as_lao(query), gaz, hint, region_of_interest, explain, "Lao"
        )
        if lao is not None and lao.country == "LA":
            result = lao
    if result.status == "unresolved" and resolver.owner_region is not None:
        # "Bandarban's Ghumdhum": no reading found the place; the region holding its town.
        result = replace(resolver.owner_region, query=query)
        if explain is not None:
            explain.append(f"coarsened: {result.note}")
    result = _the_events_country_for_its_borders(result, hint, resolver)
    result = island_not_its_town(resolver, result)
    result = island_of_a_unit(resolver, result)
    result = island_group_of_its_town(resolver, result)
    result = the_island_territory(resolver, result)
    result = island_beyond_its_outline(resolver, result)
    # "у побережья острова Кунашир": the waters off a disputed island, not the island.
    result = coast_of_a_disputed_island(result)
    result = _border_over_a_region_inside(query, result, hint, gaz, region_of_interest, explain)
    result = _other_side_unsaid(query, result, resolver)
    result = _section_of_a_unit(query, result, resolver)
    if result.status == "unresolved":
        result = _reread(query, hint, gaz, region_of_interest, explain) or result
    if result.status == "unresolved" and not result.candidates:
        # "ngoài khơi bang Teregganu": a region's name a letter off, last of all.
        result = resolver.region_spelled_otherwise(query) or result
    if result.status == "unresolved" and set(hint) & UPAZILA_COUNTRIES and not upazilas_read():
        # "কানাইঘাট সীমান্তের ...": nothing found; an upazila may be named, answered by
        # the district (or division) holding it.  Last, so no town or district of the
        # name is outvoted by an upazila's.
        upazila_steps: list[str] = []
        with reading_upazilas():
            again = geocode_place(
                query,
                country=hint,
                region_of_interest=region_of_interest,
                gazetteer=gaz,
                explain=upazila_steps,
            )
        if again.status == "resolved":
            if explain is not None:
                explain.append("read again with Bangladesh's upazilas:")
                explain.extend(f"  {step}" for step in upazila_steps)
            return again
    if result.status == "unresolved" and hint:
        # "Ahvenanmaan eteläpuolella" of a Finnish event: Åland is filed as a country of
        # its own ("AX") and is Finland's region FI-01.
        geocode = _geocoder(gaz, region_of_interest)
        result = in_a_territory_of_the_hint(query, hint, geocode, explain) or result
    if result.status == "unresolved":
        # "معبر الكركارات بين موريتانيا والمغرب": read whole, the two countries outweighed
        # the crossing's town, and neither is the event's; read without them.
        geocode = _geocoder(gaz, region_of_interest)
        result = without_arabic_between_countries(query, hint, geocode, explain) or result
    if result.status == "unresolved" and not result.candidates and len(hint) == 1:
        result = _in_a_city_state(query, hint[0], result, resolver, explain) or result
    # "the south coast of Trinidad" of an event of Trinidad and Tobago.
    result = part_of_the_countrys_name(query, hint, result, resolver) or result
    # "el punto fronterizo de "Agua Caliente"": not the inland village of that name.
    result = crossing_not_a_far_town(query, result, resolver)
    # "the Lao-Myanmar Friendship Bridge": not the Thai–Lao bridge of that name.
    result = crossing_of_another_pair(query, result, resolver)
    # "the Piusa River that separates Russia's Pskov region and Estonia's Polva county".
    result = border_between_owned_units(query, result, resolver)
    # "Gbapleu, située à 48 km de Danané": not a Gbapleu 150 km from Danané.
    result = homonym_off_its_stated_distance(
        query, result, resolver, _geocoder(gaz, region_of_interest)
    )
    # "umbali wa kilomita-70 kutoka mjini Mandera": far beyond the town, in its county.
    result = unit_holding_a_far_circle(query, result, hint, resolver)
    # "perairan Kabupaten Kepulauan Talaud": an island group's waters pass its circle.
    result = region_of_an_island_groups_waters(query, result, resolver)
    # "cách Kuala Tok Bali, bang Kelantan, khoảng 68 hải lý": far out at sea, not Kelantan.
    result = not_the_place_far_at_sea(query, result, hint, resolver)
    # "根室市の東70〜80キロ・メートルの海上": 70-80 km out at sea is not Nemuro.
    result = not_the_town_far_off_its_coast(query, result, hint, resolver)
    # "ở Tok Bali, bang Kelantan" of a Malaysian event: a coastal town in a Vietnamese
    # report is the town or the sea off it.
    result = town_on_a_coast_across_the_sea(query, result, hint, resolver)
    # "La ville la plus proche dans la zone est Tanguiéta": a reference, not the place.
    result = nearest_town_named(query, result, resolver, _geocoder(gaz, region_of_interest))
    # "منفذ ... 520 كيلو متر غرب بغداد": 520 km from Baghdad is not Baghdad's province.
    result = reference_farther_than_it_reaches(
        query, result, hint, resolver, _geocoder(gaz, region_of_interest)
    )
    # "ТПП "Казбеги"", "“Дўстлик” чегара пости", "Панҷи поин": a post named in its own
    # words, and a town's lower part, are not the town the words recall.
    result = crossing_named_in_quotes(query, result, resolver)
    result = crossing_of_a_quoted_post(query, result, resolver)
    # "per Kalvariją", "via Storskog": a route through a town with one crossing beside it.
    result = crossing_of_a_route_town(query, result, resolver)
    result = friendship_post_not_a_town(query, result, resolver)
    result = quoted_post_name_not_cut(query, result, resolver)
    result = lower_or_upper_not_the_town(
        query, result, resolver, _geocoder(gaz, region_of_interest)
    )
    # "Kamango town, about 12kms from the Ugandan border": an unknown place, not the line.
    result = border_only_a_reference(
        query, result, hint, _geocoder(gaz, region_of_interest), resolver.log
    )
    if result.status == "unresolved" and not result.note and normalise(query):
        result = replace(result, note="no place of that name in the gazetteer")
    if explain is not None:
        explain.append(_final_line(result))
    return result


#: The text written another way, tried in turn while nothing (or, for the last, nothing
#: certain) is found: (rewrite of the text or None, what the explanation says, the
#: statuses that try it, the statuses of the new reading that are kept).
_TEXT_WRITTEN_OTHERWISE: tuple[
    tuple[Callable[[str, Gazetteer], str | None], str, frozenset[str], frozenset[str]], ...
] = (
    # "Vaalimaan-rajanylityspaikan": the crossing's name and its word, one compound.
    (
        lambda text, gaz: unhyphenated_crossing_word(text),
        "read with the crossing word apart",
        frozenset({"unresolved"}),
        frozenset({"resolved", "ambiguous"}),
    ),
    # "ท่าเทียบเรือปากน้ำระนอง": Thai writes the pier, the river mouth and Ranong as one
    # word; apart, the name is read beside its frame words.
    (
        lambda text, gaz: joined_words_apart(text, lambda part: _a_known_name(part, gaz)),
        "read with its joined words apart",
        frozenset({"unresolved"}),
        frozenset({"resolved"}),
    ),
    # "जमुनाहनाका": Nepali's checkpoint word joined to the crossing's name.
    (
        lambda text, gaz: checkpoint_word_apart(text, lambda part: _a_known_name(part, gaz)),
        "read with the checkpoint word apart",
        frozenset({"unresolved"}),
        frozenset({"resolved"}),
    ),
    # "கச்சத்தீவுக்கு அருகே": a Tamil name in the dative that "near" governs.
    (
        # An island of the waters table counts (Katchatheevu).
        lambda text, gaz: without_dative_before_near(
            text, lambda part: _a_known_name(part, gaz) or water_named(part) is not None
        ),
        "read with the Tamil name before 'near' in the nominative",
        frozenset({"unresolved"}),
        frozenset({"resolved"}),
    ),
    # "بالمعبر الحدودى": the border adjective with "ى" for its final "ي".
    (
        lambda text, gaz: with_final_yeh(text),
        "read with a final 'ي' for 'ى'",
        frozenset({"unresolved"}),
        frozenset({"resolved"}),
    ),
    # "في خليج عمان" (in the Gulf of Oman): Arabic "in", a word of its own, before a
    # feature read only by its whole name.
    (
        lambda text, gaz: without_arabic_in(text),
        "read without the Arabic 'in' that opens it",
        frozenset({"unresolved"}),
        frozenset({"resolved"}),
    ),
    # "a Podului Calafat-Vidin": the bridge word, not the first word of a name.
    (
        lambda text, gaz: bridge_word_in_lower_case(text),
        "read with the bridge word apart",
        frozenset({"unresolved"}),
        frozenset({"resolved"}),
    ),
    # "en el sector de Caimanera, del municipio homónimo": the name the place and its
    # unit share, read bare.
    (
        lambda text, gaz: name_of_the_homonymous_unit(text),
        "read as the name it shares with its unit",
        frozenset({"unresolved"}),
        frozenset({"resolved"}),
    ),
    # "the Cedros port": a port named by its place, which the gazetteer files otherwise.
    (
        lambda text, gaz: without_english_port_word(text),
        "read as the place the port is named by",
        frozenset({"unresolved"}),
        frozenset({"resolved"}),
    ),
    # "Grenzübergang Berg (Bezirk Bruck a. d. Leitha)": the data spells "an der" out.
    (
        lambda text, gaz: _german_an_der_spelled_out(text),
        "read with 'a. d.' spelled out",
        frozenset({"unresolved", "ambiguous"}),
        frozenset({"resolved"}),
    ),
)


def _german_an_der_spelled_out(text: str) -> str | None:
    """``text`` with "a. d." written "an der", or None when it has none."""
    spelled = _GERMAN_AN_DER.sub(" an der ", text)
    return spelled if spelled != text else None


#: A second reading: (text, event's countries, geocode, explain) -> answer or None.
Reading = Callable[[str, tuple[str, ...], Geocode, list[str] | None], PlaceResult | None]

#: Readings of a text tried before it is read as written, each answering only a text of
#: its one pattern, whose words read as written would mislead: "인천시 옹진군 백령도 북서방
#: 14km 해상" (the address's first unit would win over the island measured from), "Đồn
#: Biên phòng Cửa khẩu Quốc tế Tịnh Biên" (the station's words would be read as names),
#: "สะพานมิตรภาพไทย-ลาว แห่งที่ 2" (the bridge's number would be lost).
FIRST_READINGS: tuple[Reading, ...] = (
    measured_from_a_korean_place,
    port_of_a_bracketed_pair,
    without_vietnamese_between_countries,
    without_vietnamese_post_of_a_gate,
    vietnamese_unit_abbreviations_spelled_out,
    thai_friendship_bridge_by_number,
    border_stretch_of_a_district,
    country_of_a_unit_list,
)

#: A country no wider than a town (the diagonal of its outline's box, km): the Vatican,
#: Monaco, Gibraltar.  Any place in it is within a town's reach of any other.
CITY_STATE_KM = 10.0


def _in_a_city_state(
    query: str,
    code: str,
    result: PlaceResult,
    resolver: PlaceResolver,
    explain: list[str] | None,
) -> PlaceResult | None:
    """The event's country when it is no wider than a town and nothing was found.

    "piazza San Pietro" of a Vatican event: a square the gazetteer lacks, in a country
    whose whole outline is smaller than the circle a town is drawn with; the country
    answers, flagged.  A text that names a place elsewhere ("Piazza Venezia, Rome",
    found without the event's country) is left unresolved.
    """
    country = resolver.gaz.country(code)
    if country is None:
        return None
    try:
        west, south, east, north = country_extent(code).bounds
    except GeometryDataError:
        return None
    middle = math.radians((south + north) / 2)
    wide = math.hypot((east - west) * math.cos(middle), north - south) * KM_PER_DEGREE
    if wide > CITY_STATE_KM:
        return None
    # Only now the text is read again without the hint (a whole second reading): the
    # country's width ends it first for every country but a handful.
    if geocode_place(query, gazetteer=resolver.gaz).status == "resolved":
        return None
    note = f"{result.note + '; ' if result.note else ''}{country.name} is no wider than a town"
    held = resolver.coarsened_to(country, note)
    if held is not None and explain is not None:
        explain.append(f"coarsened: {note}")
    return None if held is None else replace(held, query=result.query)


#: "The other side of the border (between X and Y)": a side said from where the writer
#: stands, not which one; a river or a place after the words is read as before.
_OTHER_SIDE_OF_THE_BORDER = re.compile(
    r"^(?:(?:on|from|to|at)\s+)?the\s+other\s+side\s+of\s+the\s+border\b|"
    r"^(?:(?:del|al|en\s+el|desde\s+el|hacia\s+el)\s+)?otro\s+lado\s+de\s+la\s+frontera\b|"
    r"^(?:(?:do|no|ao|para\s+o)\s+)?outro\s+lado\s+da\s+fronteira\b|"
    r"^(?:(?:de|à|a|du)\s+)?l?['’]?autre\s+côté\s+de\s+la\s+frontière\b",
    re.IGNORECASE,
)


def _other_side_unsaid(query: str, result: PlaceResult, resolver: PlaceResolver) -> PlaceResult:
    """Ambiguous between a border's two countries when the text names only "the other
    side" of it.

    "del otro lado de la frontera entre México y Guatemala": the other side of the line
    from the writer, who may stand on either; the line itself is not where the text
    puts the event, and which country is, it does not say.
    """
    if (
        result.status != "resolved"
        or result.precision != "border"
        or not _OTHER_SIDE_OF_THE_BORDER.match(query.strip())
    ):
        return result
    sides = [resolver.gaz.country(code) for code in resolver.border_pairs_of(result)]
    if len(sides) != 2 or None in sides:
        return result
    return replace(
        resolver.ambiguous(
            sides,  # type: ignore[arg-type]
            f"'the other side' of the {result.name}: the text does not say whose side",
        ),
        query=query,
    )


#: "на Тавушском участке", "na odcinku podlaskim": one word naming a unit and a word for
#: a section of a border, nothing else.
_SECTION_OF_A_UNIT = re.compile(
    r"^(?:(?:на|в|у|na|w)\s+)?(?:"
    r"\w+\s+(?:участке|участок|участка|участку|ділянці|ділянка|ділянку|odcinku|odcinek)|"
    r"(?:участке|участок|участка|участку|ділянці|ділянка|ділянку|odcinku|odcinek)\s+\w+)$",
    re.IGNORECASE,
)


def _section_of_a_unit(query: str, result: PlaceResult, resolver: PlaceResolver) -> PlaceResult:
    """A border's stretch in the unit a text names as a section, not the unit.

    "на Тавушском участке" (on the Tavush section) of an Armenian event was the province
    of Tavush: the section is of a border, in the province
    (:meth:`~PlaceResolver.border_sections_in`).
    """
    if (
        result.status != "resolved"
        or result.precision not in ("region", "district")
        or not _SECTION_OF_A_UNIT.match(query.strip())
    ):
        return result
    sections = resolver.border_sections_in(result)
    return result if sections is None else replace(sections, query=query)


#: German "a. d." (an der) between two words of a name: "Bruck a. d. Leitha".
_GERMAN_AN_DER = re.compile(r"(?<=\w)\s+a\.\s?d\.\s+(?=[A-ZÄÖÜ])")


def _a_known_name(text: str, gazetteer: Gazetteer) -> bool:
    """Whether ``text`` is, as written, the whole name of a place, of a unit below
    admin-1 ("អូរជ្រៅ", Ou Chrov district) or of a border's river or line ("แม่น้ำโขง",
    the Mekong)."""
    key = normalise(text)
    return (
        bool(gazetteer.lookup_key(key))
        or key in load_border_features()
        or bool(districts_named([key]))
    )


def _geocoder(gazetteer: Gazetteer, region_of_interest: RegionOfInterest | None) -> Geocode:
    """:func:`geocode_place` of a text and its countries with this gazetteer and region,
    as the second readings call it."""

    def geocode(text: str, countries: tuple[str, ...]) -> PlaceResult:
        return geocode_place(
            text,
            country=countries or None,
            region_of_interest=region_of_interest,
            gazetteer=gazetteer,
        )

    return geocode


def _reread(
    query: str,
    hint: tuple[str, ...],
    gazetteer: Gazetteer,
    region_of_interest: RegionOfInterest | None,
    explain: list[str] | None,
) -> PlaceResult | None:
    """The first second reading of :mod:`bordermap.geo.places.rereadings` that resolves."""
    geocode = _geocoder(gazetteer, region_of_interest)
    for reading in REREADINGS:
        found = reading(query, hint, geocode, explain)
        if found is not None:
            return found
    return None


#: Urdu's genitive after a name: the name owns what follows ("X کے علاقے", X's area).
_URDU_GENITIVE = r"\s+(?:کے|کی|کا)\s"


def _border_over_a_region_inside(
    query: str,
    result: PlaceResult,
    hint: tuple[str, ...],
    gazetteer: Gazetteer,
    region_of_interest: RegionOfInterest | None,
    explain: list[str] | None,
) -> PlaceResult:
    """The border an Urdu, Persian or Arabic text names by its countries, over a region
    only found as a name inside the text.

    "صوبہ خیبر پختونخوا کے علاقے باجوڑ میں افغان سرحد کے قریب ایک چیک پوسٹ" (a check post
    near the Afghan border in Khyber Pakhtunkhwa's Bajaur): the grammar did not read
    the chain, and the region, the owner (Urdu genitive) of a place the data lacks, is
    only where; the border it names is what the text is about.  A region that owns
    nothing in the text is the finest place named and stays.  The shipped outline of
    the region may not even hold the place (it keeps the former FATA apart from Khyber
    Pakhtunkhwa).
    """
    if result.status != "resolved" or result.precision != "region":
        return result
    name = name_read_inside(result.note)
    if name is None or not re.search(re.escape(name) + _URDU_GENITIVE, query):
        # The region is the finest place named ("في منطقة كلّس الحدودية مع سوريا", in
        # Kilis's border area with Syria): it answers, the border does not.
        return result
    border = border_in_arabic_script(
        query, hint, _geocoder(gazetteer, region_of_interest), explain
    )
    if border is None or border.precision != "border":
        return result
    return border


def _bengali_refused(hindi: PlaceResult, steps: list[str], as_read: str, gaz: Gazetteer) -> bool:
    """Whether the Hindi reading of a Bengali text found a place too loosely to keep.

    "আসাম সীমান্তে" (at the Assam border) of a Bangladeshi report is the stretch of
    the border, which the Hindi reading answers with the state; and "শেরপুরে" (in
    Sherpur, also "শেরপুর জেলায়", in Sherpur district) only sounds as Hoshiarpur in
    Punjab: the Bengali consonants keep to the states on Bangladesh's border, which a
    district found by its sounds in Hindi would escape.  Only a place found by its
    name is kept, or one found by its sounds in a state the text names as its owner
    ("পঞ্জাবের ফাজিলকায়", in Punjab's Fazilka): the genitive opens that state.
    """
    if hindi.precision == "region":
        return True
    if not any("sounds as the district" in s for s in steps):
        return False
    return not _in_a_state_owning(hindi, as_read, gaz)


#: A Hindi word before the genitive "के" (a Bengali "-ের" read as Hindi): its owner.
_HINDI_OWNER = re.compile(r"(\S+) के(?:\s|$)")


def _in_a_state_owning(hindi: PlaceResult, as_read: str, gaz: Gazetteer) -> bool:
    """Whether ``hindi`` lies in a region of its country that ``as_read``, the Hindi
    its text was read as, names as the owner of what follows ("पञ्जाब के फाजिलका में")."""
    if hindi.admin1_code is None or hindi.country is None:
        return False
    for owner in _HINDI_OWNER.findall(as_read):
        regions = gaz.lookup(owner, kinds=("region",), countries=(hindi.country,))
        if any(r.admin1_code == hindi.admin1_code for r in regions):
            return True
    return False


#: Scripts of India whose letters mirror Devanagari's, each with its reading as Hindi
#: and what it refuses of that reading (None: nothing).
_SCRIPTS_MIRRORING_DEVANAGARI = (
    (has_gujarati, gujarati_as_hindi, None),
    (has_gurmukhi, gurmukhi_as_hindi, None),
    (has_malayalam, malayalam_as_hindi, None),
    (has_telugu, telugu_as_hindi, None),
    (has_tamil, tamil_as_hindi, None),
    (has_bengali, bengali_as_hindi, _bengali_refused),
    # "জম্মুর": a final "র" as the genitive only when the name as written found nothing.
    (has_bengali, bengali_as_hindi_bare_genitive, _bengali_refused),
)


def _read_as_hindi(
    query: str,
    hindi: str,
    gaz: Gazetteer,
    hint: tuple[str, ...],
    region_of_interest: RegionOfInterest | None,
    explain: list[str] | None,
    language: str = "Hindi",
) -> PlaceResult | None:
    """ "રાજસ્થાનના બાડમેર જિલ્લામાં": a Gujarati (or Malayalam) text read as written found
    nothing; read as the Hindi it mirrors, ``hindi`` (:func:`gujarati_as_hindi`,
    :func:`malayalam_as_hindi`), or None when that finds nothing.  ``language`` names
    the mirrored language (a Lao text is read as the Thai it mirrors the same way).

    Only after the text as written: the word lists know some Gujarati words ("સરહદ")
    that their Hindi letters would lose.
    """
    if explain is not None:
        explain.append(f"read as the {language} it mirrors: {hindi!r}")
    resolver = PlaceResolver(gaz, hindi, hint, region_of_interest, explain)
    found = _read_held_to_the_hint(resolver, hindi, hint, explain)
    if found.status == "unresolved":
        return None
    note = f"read as the {language} it mirrors, {hindi!r}"
    return replace(found, query=query, note=f"{found.note}; {note}" if found.note else note)


def _thai_spelling_of_lao_finals(mirrored: str, gaz: Gazetteer) -> str | None:
    """``mirrored`` (a Lao text in the Thai letters it mirrors) with each word that names
    no place of Thailand written with the one other final letter that makes it one, or
    None when no word changes.

    A word with two or more such spellings is left as it is: which one the report means
    is not known.
    """
    words = mirrored.split(" ")
    changed = False
    for i, word in enumerate(words):
        if not word or gaz.lookup(word, countries=("TH",)):
            continue
        found = [other for other in thai_finals(word) if gaz.lookup(other, countries=("TH",))]
        if len(found) == 1:
            words[i] = found[0]
            changed = True
    return " ".join(words) if changed else None


def _district_of_a_thai_chain(
    query: str,
    result: PlaceResult,
    gaz: Gazetteer,
    hint: tuple[str, ...],
    region_of_interest: RegionOfInterest | None,
    explain: list[str] | None,
) -> PlaceResult:
    """The district of a Thai address chain in ``query`` when the answer is coarser.

    "ชายแดนไทย–เมียนมา ด้านบ้านพุน้ำร้อน หมู่ 12 ต.บ้านเก่า อ.เมือง จ.กาญจนบุรี" was
    answered with the province's stretch of the border, 139 km from the district the
    chain names: the finest unit of the chain the data can draw wins over the province
    or its border, when it lies in the same province.  A point answer stays.
    """
    if result.status == "resolved" and result.precision not in ("region", "border", "country"):
        return result
    chain = district_of_the_chain(query)
    if chain is None:
        return result
    if explain is not None:
        explain.append(f"an address chain: its district {chain!r}")
    resolver = PlaceResolver(gaz, chain, hint, region_of_interest, explain)
    district = _read_held_to_the_hint(resolver, chain, hint, explain)
    if district.status == "unresolved" and result.status == "unresolved":
        district = _thai_district_opposite(query, chain, gaz, hint, explain) or district
    if district.status != "resolved" or district.precision != "district":
        return result
    if result.status == "resolved" and result.admin1_code not in (None, district.admin1_code):
        return result
    note = f"the district of the address chain, finer than {result.name or 'the text'}"
    if explain is not None:
        explain.append(note)
    crossing = _checkpoint_of_the_chain(query, result, district, resolver)
    if crossing is not None:
        return replace(
            crossing, query=query, note=f"{crossing.note}; the checkpoint the text names"
        )
    return replace(district, query=query, note=f"{district.note}; {note}")


#: Thai "ตรงข้าม" (opposite) and the finer units of an address chain ("ต." subdistrict,
#: "หมู่" village group): a place across the border from a Thai village so addressed.
_THAI_OPPOSITE = re.compile("ตรงข้าม")
_THAI_FINER_UNIT = re.compile(r"(?:^|\s)(?:ต\.|ตำบล|ตําบล|หมู่)")


def _thai_district_opposite(
    query: str,
    chain: str,
    gaz: Gazetteer,
    hint: tuple[str, ...],
    explain: list[str] | None,
) -> PlaceResult | None:
    """The Thai district of an address chain the text puts a neighbour's place opposite.

    "ฐาน ฯ ของพม่า ตรงข้ามบ้านท่าตาฝั่ง ต.แม่คง อ.แม่สะเรียง จ.แม่ฮ่องสอน" (a Burmese base
    opposite a village of Mae Khong subdistrict, Mae Sariang district) of a Burmese
    event: the chain addresses a Thai village down to its subdistrict, the place faces
    it across the line.  The district, when its circle comes within the near radius of
    the event's country (the village may lie at its edge, the place across from it);
    None otherwise (no "opposite", no unit finer than the district, or a Thai event).
    """
    if (
        not hint
        or "TH" in hint
        or not _THAI_OPPOSITE.search(query)
        or not _THAI_FINER_UNIT.search(query)
    ):
        return None
    district = PlaceResolver(gaz, chain, ("TH",), None, explain).resolve(parse_place(chain))
    if (
        district.status != "resolved"
        or district.precision != "district"
        or district.lat is None
        or district.lon is None
        or not circle_reaches(
            hint, district.lat, district.lon, (district.uncertainty_km or 0.0) + NEAR_RADIUS_KM
        )
    ):
        return None
    note = f"opposite a village of {district.name}, by the event's country {', '.join(hint)}"
    if explain is not None:
        explain.append(note)
    return replace(district, note="; ".join(n for n in (district.note, note) if n))


def _checkpoint_of_the_chain(
    query: str, border: PlaceResult, district: PlaceResult, resolver: PlaceResolver
) -> PlaceResult | None:
    """ "ด่านพรมแดนไทย-ลาว ด้านอำเภอเชียงแสน จังหวัดเชียงราย": the text names the border
    checkpoint on the district's side; the one crossing of that border the district's
    circle holds, or None (none or several, or no checkpoint named)."""
    if (
        border.status != "resolved"
        or border.precision != "border"
        or not opens_with_a_checkpoint(query)
        or district.lat is None
        or district.lon is None
        or not district.uncertainty_km
    ):
        return None
    inside = Scope(
        (district.country,) if district.country else (),
        district.admin1_code,
        anchor=(district.lat, district.lon),
        reach_km=district.uncertainty_km,
    )
    return resolver.pairs_one_crossing_in(resolver.border_pairs_of(border), district, inside)


def _somali_units_read(
    query: str,
    gaz: Gazetteer,
    hint: tuple[str, ...],
    region_of_interest: RegionOfInterest | None,
    explain: list[str] | None,
) -> tuple[PlaceResolver, PlaceResult] | None:
    """The answer to a chain of Somali units read with its unit words in English, or
    None.

    "degmada Doolow ee Gobolka Gedo" (Doolow district in Gedo region) read as written
    finds the town of Doolow inside it; read as "Doolow district, Gedo region" it is the
    district.  Tried before the text as written, and kept only when resolved.
    """
    english = somali_units_in_english(query)
    if english is None:
        return None
    apart, again = _read_again(
        gaz, english, hint, region_of_interest, explain, "read with its Somali unit words"
    )
    if again.status != "resolved":
        return None
    return apart, replace(again, query=query)


def _read_again(
    gaz: Gazetteer,
    text: str,
    hint: tuple[str, ...],
    region_of_interest: RegionOfInterest | None,
    explain: list[str] | None,
    why: str,
) -> tuple[PlaceResolver, PlaceResult]:
    """A fresh resolver on ``text``, the query written another way, and its answer held to
    the hint; ``why`` says which way, in the explanation."""
    if explain is not None:
        explain.append(f"{why}: {text!r}")
    resolver = PlaceResolver(gaz, text, hint, region_of_interest, explain)
    return resolver, _read_held_to_the_hint(resolver, text, hint, explain)


def _read_held_to_the_hint(
    resolver: PlaceResolver, text: str, hint: tuple[str, ...], explain: list[str] | None
) -> PlaceResult:
    """``text`` parsed and resolved, then held to the hint with the countries the text
    itself named while it was read (see :func:`_held_to_the_hint`)."""
    found = resolver.resolve(parse_place(text))
    return _held_to_the_hint(found, hint, explain, resolver.named_countries)


def _finer_within(reading: PlaceResult, first: PlaceResult) -> bool:
    """Whether a second reading replaces the first: the first found nothing, or only a
    guess coarsened to an area ("અમૃતસર" found in the text, its region answered) that
    holds the second reading's own, uncoarsened answer."""
    if first.status == "unresolved":
        return True
    if reading.coarsened or reading.country != first.country:
        return False
    return first.precision == "country" or (
        first.precision == "region"
        and first.admin1_code is not None
        and reading.admin1_code == first.admin1_code
    )


def _held_to_the_hint(
    result: PlaceResult,
    hint: tuple[str, ...],
    explain: list[str] | None,
    named: set[str] | frozenset[str] = frozenset(),
) -> PlaceResult:
    """Refuse an answer that lies outside the event's country, whatever chose it.

    The resolver applies the hint at every choice; this is the last guard, for the
    paths a rule overlooks (a container read as a country elsewhere: "Emerson, Man."
    is not in the Isle of Man).  Borders and sides are exempt: a border of the event's
    country is named with its neighbour.  So is a town the text itself puts in the
    neighbour (``named``: "Ipiales (Colombia), frente a Tulcán", "la ciudad de Bermejo,
    del lado boliviano" of events on the other side) when it lies by the event's
    country, within :data:`~bordermap.geo.places.resolver.ACROSS_KM` of it: the report
    looks across the line.  A point (or a circle about one) filed under another country
    but lying well inside the event's is answered as the event's country's
    (:func:`~bordermap.geo.places.filed_elsewhere.country_holding`).
    """
    if (
        not hint
        or result.status != "resolved"
        or result.country is None
        or result.precision == "border"
        or result.country in hint
    ):
        return result
    if (
        result.country in named
        and result.precision in ("settlement", "exact", "near")
        and result.lat is not None
        and result.lon is not None
        and circle_reaches(hint, result.lat, result.lon, ACROSS_KM)
    ):
        note = f"the text puts {result.name} in {result.country}, across from {', '.join(hint)}"
        if explain is not None:
            explain.append(note)
        return replace(result, note="; ".join(n for n in (result.note, note) if n))
    holding = (
        country_holding(result.lat, result.lon, hint)
        if result.precision in ("settlement", "exact", "near") and result.lat is not None
        else None
    )
    if holding is not None and result.lon is not None:
        # "Guerguerat" of an event of Western Sahara: filed under Morocco, which holds
        # the territory, and lying well inside the territory's outline.
        note = f"{result.name}, filed under {result.country}, lies inside {holding}"
        if explain is not None:
            explain.append(note)
        return replace(
            result,
            country=holding,
            admin1_code=None,
            note="; ".join(n for n in (result.note, note) if n),
        )
    if _reaches_into(result, hint):
        # "près de la localité camerounaise de Garoua-Boulaï" of a Central African
        # event: the circle around the town across the border reaches the event's side.
        note = f"near {result.name} ({result.country}), reaching into {', '.join(hint)}"
        if explain is not None:
            explain.append(note)
        return replace(result, country=None, admin1_code=None, note=note)
    note = (
        f"the answer {result.name} ({result.country}) lies outside the event's country "
        f"{', '.join(hint)}: not taken"
    )
    if explain is not None:
        explain.append(f"refused: {note}")
    return PlaceResult(
        query=result.query, status="unresolved", candidates=(result.as_candidate(),), note=note
    )


def _reaches_into(result: PlaceResult, hint: tuple[str, ...]) -> bool:
    """Whether a "near" answer's circle reaches into one of the hint's countries."""
    if result.precision != "near" or not result.uncertainty_km:
        return False
    if result.lat is None or result.lon is None:
        return False
    return circle_reaches(hint, result.lat, result.lon, result.uncertainty_km)


def _the_events_country_for_its_borders(
    result: PlaceResult, hint: tuple[str, ...], resolver: PlaceResolver
) -> PlaceResult:
    """The event's country, flagged, when every border that fits is one of its own.

    "The Zambian side", "la frontière tchadienne", "the border" of a Zambian, a Chadian
    event: several of the country's borders fit and the words do not say which, but
    the event is in the country either way.  It answers, coarsened, with the borders as
    candidates.  Without a single event country the answer stays ambiguous ("the Bug"
    may be either bank).
    """
    if result.status != "ambiguous" or len(hint) != 1 or not result.candidates:
        return result
    country = resolver.gaz.country(hint[0])
    if country is None:
        return result
    for candidate in result.candidates:
        sides = candidate.name.split(" (")[0].removesuffix(" border").split("–")
        if candidate.precision != "border" or country.name not in sides:
            return result
    held = resolver.coarsened_to(
        country, f"{result.note}; every one is {country.name}'s: answered {country.name}"
    )
    return result if held is None else replace(held, candidates=result.candidates)


def _final_line(result: PlaceResult) -> str:
    if result.status == "unresolved":
        return f"=> unresolved: {result.note}"
    where = ", ".join(v for v in (result.country, result.admin1_code) if v)
    line = f"=> {result.status}: {result.name}" + (f" ({where})" if where else "")
    line += f" at precision {result.precision}"
    if result.coarsened:
        line += " (coarsened)"
    if result.note:
        line += f"; {result.note}"
    return line


def explain_place(
    query: str,
    *,
    country: str | Iterable[str] | None = None,
    region_of_interest: RegionOfInterest | None = None,
    gazetteer: Gazetteer | None = None,
) -> tuple[PlaceResult, list[str]]:
    """Geocode one place text offline and say why (see :func:`geocode_place`).

    Returns
    -------
    tuple of (PlaceResult, list of str)
        The answer and the lines of its explanation.
    """
    lines: list[str] = []
    result = geocode_place(
        query,
        country=country,
        region_of_interest=region_of_interest,
        gazetteer=gazetteer,
        explain=lines,
    )
    return result, lines


def __getattr__(name: str) -> object:
    # The geopy wrapper imports geopy (about 0.3 s): only a caller that wants it pays.
    if name == "OfflineGeocoder":
        from bordermap.geo.places.offline_geocoder import OfflineGeocoder

        return OfflineGeocoder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
