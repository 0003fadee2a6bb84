"""A place the data lacks, in a unit or sea it knows, answered by that unit or sea.

- :func:`holder_of_an_uzbek_located_place`: Uzbek "X-da joylashgan Y", Y "located in"
  X; so too Nepali and Hindi "Xस्थित Y" ("मुस्ताङस्थित कोरला नाका", the Korala post
  located in Mustang), the participle joined to the holder or written apart.
- :func:`region_of_an_uzbek_holder`: Uzbek "Xдаги Y", Y "in" the town X, answered by
  the region holding X (a town's name before "-dagi" is as often its district).
- :func:`district_of_a_kazakh_located_place`: Kazakh "X ауданындағы Y", Y "in" district
  X (also in the Latin alphabet of 2021, "X aýdanyndaǵy Y"), answered by the district
  when Y is unknown or only a namesake far outside it.
- :func:`border_of_a_kazakh_place_on_it`: Kazakh "X шекарасындағы Y", Y on the border X.
- :func:`holder_of_an_azerbaijani_located_place`: Azerbaijani "X üzərində yerləşən Y", Y
  located on X (a border river too).
- :func:`sea_holding_an_unknown_place`: Russian "в районе банки Кито-Ямато в Японском
  море", an unknown bank "in" a sea.
- :func:`waters_off_a_neighbour`: Arabic "في المياه الإقليمية الكويتية جنوب العراق", a
  country's waters, placed by a compass word from its neighbour.

"Qoraqalpog`iston Respublikasida joylashgan «Dovud ota» chegara bojxona posti" (the
Dovud ota border customs post located in the Republic of Karakalpakstan): Uzbek puts
the holder first, in the locative case ("-da"), then the participle "joylashgan"
(located) and the thing located.  When the thing is no place of the data, the holder
is the finest honest answer, coarsened (listed in :mod:`bordermap.geo.places.rereadings`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.result import PlaceResult, noted_reading
from bordermap.geo.places.scope import km_between
from bordermap.geo.places.waters import water_named

__all__ = [
    "border_of_a_kazakh_place_on_it",
    "district_of_a_kazakh_located_place",
    "holder_of_an_azerbaijani_located_place",
    "holder_of_an_uzbek_located_place",
    "region_of_an_uzbek_holder",
    "sea_holding_an_unknown_place",
    "waters_off_a_neighbour",
]

# "<holder>da joylashgan <place>", in Uzbek Latin or Cyrillic; "-dagi" is the locative
# adjective ("Surxondaryo viloyatidagi", of / in Surxondaryo region).
_LOCATED = re.compile(
    r"^(?P<holder>.*?[^\W\d_])(?:da|dagi|да|даги)\s+(?:joylashgan|жойлашган)\s+(?P<place>\S.*)$",
    re.IGNORECASE,
)

# Nepali and Hindi "<holder>स्थित <place>" ("located at/in"), joined or apart.
_DEVANAGARI_LOCATED = re.compile(
    r"^(?P<holder>[\u0900-\u097f]+(?:\s+[\u0900-\u097f]+)?)\s?स्थित\s+(?P<place>\S.*)$"
)


def holder_of_an_uzbek_located_place(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The unit an Uzbek text says an unknown place is located in, or None.

    Parameters
    ----------
    query : str
        The place text, unresolved as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The holder, coarsened, when the located place finds nothing and the holder
        (its locative ending left off) resolves to a region, district or town; else None.
    """
    match = _LOCATED.match(query.strip()) or _DEVANAGARI_LOCATED.match(query.strip())
    if match is None:
        return None
    holder = _holder_of_an_unknown_place(match["place"], match["holder"], hint, geocode)
    if holder is None or holder.status != "resolved" or holder.precision in ("country", "border"):
        return None
    note = f"{match['place']!r} is not in the gazetteer: answered the unit it is located in"
    return noted_reading(holder, query, note, explain, coarsened=True)


# "<holder>даги <place>", "<holder>dagi <place>" (not "joylashgan", the located form).
_IN_A_HOLDER = re.compile(
    r"^(?P<holder>[^\W\d_][\w‘’'`ʻʼ-]*?)(?:даги|dagi)\s+(?!joylashgan|жойлашган)(?P<place>\S.*)$",
    re.IGNORECASE,
)


def region_of_an_uzbek_holder(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The admin-1 unit holding the town an Uzbek "-dagi" puts an unknown place in, or None.

    Parameters
    ----------
    query : str
        The place text, unresolved as written.
    hint : tuple of str
        The event's countries.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The region holding the holder (one word, resolved to a town of the event's
        country), coarsened, when the held place finds nothing; the holder itself when
        it is a region; else None.
    """
    match = _IN_A_HOLDER.match(" ".join(query.split()))
    if match is None:
        return None
    holder = _holder_of_an_unknown_place(match["place"], match["holder"], hint, geocode)
    if holder is None or holder.status != "resolved" or (hint and holder.country not in hint):
        return None
    note = f"{match['place']!r} is not in the gazetteer: answered the unit it is in"
    if holder.precision == "region":
        return noted_reading(holder, query, note, explain, coarsened=True)
    if holder.precision != "settlement" or not holder.admin1_code:
        return None
    unit = load_gazetteer().region(holder.admin1_code)
    region = geocode(unit.name, hint) if unit is not None else None
    if (
        region is None
        or region.status != "resolved"
        or region.precision != "region"
        or region.admin1_code != holder.admin1_code
    ):
        return None
    note = f"{note}: the region holding {holder.name}"
    return noted_reading(region, query, note, explain, coarsened=True)


def _holder_of_an_unknown_place(
    place: str,
    holder: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
) -> PlaceResult | None:
    """The answer to ``holder`` when ``place`` finds nothing (no candidate either); else
    None: a place the data knows, or may know, is not answered by what holds it."""
    located = geocode(place, hint)
    if located.status != "unresolved" or located.candidates:
        return None
    return geocode(holder, hint)


# "(<country>'s) <district> ауданындағы <place>": Kazakh puts the district first, in its
# locative adjective ("in the district"), then what lies in it; a country before it is
# in the genitive ("Қазақстанның", "Qazaqstannyń", of Kazakhstan).
_IN_A_KAZAKH_DISTRICT = re.compile(
    r"^(?:(?P<country>\S+?)(?:ның|нің|nyń|niń)\s+)?(?P<district>\S.*?)\s+"
    r"(?P<word>ауданындағы|aýdanyndaǵy)\s+(?P<place>\S.*)$",
    re.IGNORECASE,
)
#: The nominative of the district word, by the script of its locative adjective.
_KAZAKH_DISTRICT_WORD = {"ауданындағы": "ауданы", "aýdanyndaǵy": "aýdany"}
# "<pair> шекарасындағы <place>" (the place on the pair's border), "шекарадағы" (on the
# border), in Cyrillic or Latin Kazakh.
_ON_A_KAZAKH_BORDER = re.compile(
    r"^(?P<border>\S.*?)\s+(?P<word>шекарасындағы|шекарадағы|shekarasyndaǵy|shekaradaǵy)\s+"
    r"(?P<place>\S.*)$",
    re.IGNORECASE,
)
#: A namesake this many times the district's radius from its middle lies outside it (as
#: the resolver's ``BEYOND_THE_CIRCLE`` for a district drawn as a circle).
_OUTSIDE_THE_CIRCLE = 1.5


def district_of_a_kazakh_located_place(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The district a Kazakh text puts a place in, when that place is not found in it.

    "Сарыағаш ауданындағы Достық ауылы" (Dostyq village in Saryagash district): the
    village is in no table, and the one town of its name the data has (Dostyk by the
    Chinese border, 1,200 km off) is a namesake; the district is the honest answer,
    coarsened.  A place found inside the district is left to the other readings.

    Parameters
    ----------
    query : str
        The place text, unresolved or ambiguous as written.
    hint : tuple of str
        The event's countries; a country named in the genitive before the district
        stands for them when there are none, and must be one of them otherwise.
    geocode : callable
        Answers a text with the event's countries.
    explain : list of str, optional
        Receives the reading's line.

    Returns
    -------
    PlaceResult or None
        The district, coarsened; None when the text is not of this form, the district
        is not found or the place lies in it.
    """
    match = _IN_A_KAZAKH_DISTRICT.match(" ".join(query.split()))
    if match is None:
        return None
    if match["country"]:
        country = geocode(match["country"], hint)
        if country.status != "resolved" or country.precision != "country":
            return None
        if hint and country.country not in hint:
            return None
        hint = hint or ((country.country,) if country.country else ())
    word = _KAZAKH_DISTRICT_WORD[match["word"].lower()]
    district = geocode(f"{match['district']} {word}", hint)
    if district.status != "resolved" or district.precision != "district":
        return None
    place = geocode(match["place"], hint)
    if place.status == "resolved" and not _far_outside(place, district):
        return None
    if place.status != "resolved" and place.candidates:
        return None
    why = (
        "is not in the gazetteer"
        if place.status != "resolved"
        else f"is {place.name}, far outside it"
    )
    note = f"{match['place']!r} {why}: answered the district it is in"
    return noted_reading(district, query, note, explain, coarsened=True)


def border_of_a_kazakh_place_on_it(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The border a Kazakh text puts an unknown place on, coarsened, or None.

    "қазақ-қытай шекарасындағы өткізу пункттерінде" (at the checkpoints on the
    Kazakh–Chinese border): the posts are named by no name the data has; the border they
    stand on is the finest honest answer.  Only when the words after the border find
    nothing (no candidate either) and the words before it are a border of the data.
    """
    match = _ON_A_KAZAKH_BORDER.match(" ".join(query.split()))
    if match is None:
        return None
    word = "shekarasy" if match["word"].lower().startswith("s") else "шекарасы"
    border = geocode(f"{match['border']} {word}", hint)
    if border.status != "resolved" or border.precision != "border":
        return None
    place = geocode(match["place"], hint)
    if place.status != "unresolved" or place.candidates:
        return None
    note = f"{match['place']!r} is not in the gazetteer: answered the border it is on"
    return noted_reading(border, query, note, explain, coarsened=True)


# "<holder> üzərində yerləşən <place>" (located on), "<holder>da/də yerləşən <place>"
# (located in): Azerbaijani puts the holder first, as Uzbek does.
_AZERBAIJANI_LOCATED = re.compile(
    r"^(?P<holder>\S.*?)(?:\s+üzərində|\s+ərazisində|n?da|n?də)\s+yerləşən\s+(?P<place>\S.*)$",
    re.IGNORECASE,
)


def holder_of_an_azerbaijani_located_place(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The place an Azerbaijani text says an unknown one is located on or in, or None.

    "Samur çayı üzərində yerləşən körpünün neytral hissəsində" (on the neutral part of
    the bridge located on the Samur river): the bridge is named by no name of the data,
    the river, the Azerbaijan–Russia border, is; it answers, coarsened, as the Uzbek
    "joylashgan" does (:func:`holder_of_an_uzbek_located_place`), a border river too.
    """
    match = _AZERBAIJANI_LOCATED.match(" ".join(query.split()))
    if match is None:
        return None
    holder = _holder_of_an_unknown_place(match["place"], match["holder"], hint, geocode)
    if holder is None or holder.status != "resolved" or holder.precision == "country":
        return None
    note = f"{match['place']!r} is not in the gazetteer: answered what it is located on or in"
    return noted_reading(holder, query, note, explain, coarsened=True)


def _far_outside(place: PlaceResult, district: PlaceResult) -> bool:
    """Whether ``place`` lies beyond :data:`_OUTSIDE_THE_CIRCLE` times the radius of the
    circle ``district`` is drawn as (False when either has no point or radius)."""
    if None in (place.lat, place.lon, district.lat, district.lon) or not district.uncertainty_km:
        return False
    km = km_between(place.lat or 0.0, place.lon or 0.0, district.lat or 0.0, district.lon or 0.0)
    return km > _OUTSIDE_THE_CIRCLE * district.uncertainty_km


#: Kinds of water an unknown place may be answered by: not an island, reef or bank, which
#: is itself a place the text might have meant to name.
_OPEN_WATERS = frozenset({"sea", "gulf", "bay", "strait", "channel", "lagoon"})

# "<place> в <sea>" (in), "<place> во <sea>": the last "in" of a Cyrillic text and what
# follows it, the rest before it.
_IN_CYRILLIC = re.compile(
    r"^(?P<place>.*[а-яё].*?)\s+(?P<holder>(?:в|во)\s+[^\s\d]+(?:\s+[^\s\d]+)?)$"
)


def sea_holding_an_unknown_place(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """The sea a Russian text puts an unknown place in, coarsened, or None.

    "в районе банки Кито-Ямато в Японском море" (by the Kito-Yamato bank in the Sea of
    Japan): the bank is in no table, and the sea's name, declined after "в", is read
    only with its preposition ("в Японском море"), not as the container of a name.
    Only a sea the words after the last "в" name alone, and only when the words before
    it find nothing.
    """
    match = _IN_CYRILLIC.match(query.strip())
    if match is None:
        return None
    sea = geocode(match["holder"], hint)
    water = water_named(sea.name or "") if sea.status == "resolved" else None
    if water is None or water.kind not in _OPEN_WATERS:
        return None
    located = geocode(match["place"], hint)
    if located.status != "unresolved" or located.candidates:
        return None
    note = f"{match['place']!r} is not in the gazetteer: answered the sea it is in"
    return noted_reading(sea, query, note, explain, coarsened=True)


# "(في) المياه (الإقليمية) الكويتية جنوب العراق" (in Kuwaiti territorial waters south of
# Iraq): the waters of one country, then a compass word and another country.
_WATERS_OFF = re.compile(
    r"^(?P<waters>(?:في\s+)?(?:ال)?مياه\s+.+?)\s+"
    r"(?:جنوب|شمال|شرق|غرب|جنوبي|شمالي|شرقي|غربي)\s+(?P<other>\S+)$"
)


def waters_off_a_neighbour(
    query: str,
    hint: tuple[str, ...],
    geocode: Callable[[str, tuple[str, ...]], PlaceResult],
    explain: list[str] | None = None,
) -> PlaceResult | None:
    """A country's waters an Arabic text places from a neighbour, or None.

    "في المياه الإقليمية الكويتية جنوب العراق" (in Kuwaiti territorial waters south of
    Iraq): the compass word says where the waters lie from Iraq, which does not hold
    them; the waters are Kuwait's, the answer.  Only when the words after the compass
    name a country other than the one whose waters the words before it name.
    """
    match = _WATERS_OFF.match(query.strip())
    if match is None:
        return None
    waters = geocode(match["waters"], hint)
    if waters.status != "resolved" or waters.precision != "country":
        return None
    other = geocode(match["other"], ())
    if other.status != "resolved" or other.precision != "country":
        return None
    if other.country == waters.country:
        return None
    note = f"the waters of {waters.name}, placed from {other.name}, which does not hold them"
    return noted_reading(waters, query, note, explain)
