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
- :func:`with_indian_compass_words`: "North Dinajpur district" is Uttar Dinajpur; Indian
  district names keep the Hindi or Bengali compass word that English reports translate.
- :func:`without_border_adjective`: "del fronterizo estado Táchira": an adjective of the
  border between the article and the unit word.
- :func:`border_sector_as_zone`: "el sector fronterizo de Paso Canoas": the border
  sector of a place is its border zone, not a unit called a sector.
- :func:`inside_in_arabic`: "موقع جبل دخان داخل الأراضي السعودية": an unknown place
  "inside" a country's or region's land is in that land.
- :func:`without_thai_frame`: "จากด่านพรมแดนปาดังเบซาร์ ฝั่งประเทศมาเลเซีย": "from" before
  the place and "on the Malaysian side" after it.
- :func:`near_the_named_place`: "the immigration checkpoint on state Route 85 near Gila
  Bend": an unnamed thing near a named place is near that place.
- :func:`urdu_sector_in_its_holder`: "شکرگڑھ میں کورال سیکٹر پر": a sector in the town or
  district holding it, in Urdu word order.
- :func:`finest_unit_of_a_han_chain`: "鎮康縣南傘鎮": a Chinese chain of units, in
  traditional or simplified characters, read unit by unit, finest first.
- :func:`with_cjk_words_apart`: "马德望省" (Battambang province): what that chain
  leaves: Chinese and Japanese unit words joined to the name, parted from it.
- :func:`by_its_gloss`: "매솟(Mae Sot)", "투먼(圖們)시": a name followed by its spelling
  in another script in brackets, read by that spelling.
- :func:`sub_sector_as_sector`: "Sabzian sub-sector of Poonch district": a sector's
  part read as the sector.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from itertools import product

from bordermap.geo.places.cjk_words import cjk_words_apart, has_cjk_run
from bordermap.geo.places.han_address import han_chain_readings, simplified
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import km_between

#: Answers a text with the event's countries: (text, countries) -> result.
Geocode = Callable[[str, tuple[str, ...]], PlaceResult]

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

# "X near Y", "X cerca de Y", "X près de Y": what stands before the word is not a name.
_NEAR_WORD = re.compile(
    r"^(?P<head>.*\S)\s+(?:near|close\s+to|cerca\s+de(?:l)?|près\s+d(?:e|u|es)|perto\s+de)"
    r"\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _country_named(text: str, geocode: Geocode) -> str | None:
    """The ISO code of the country ``text`` names on its own, or None."""
    found = geocode(text.strip(), ())
    if found.status == "resolved" and found.precision == "country":
        return found.country
    return None


def _noted(found: PlaceResult, query: str, note: str, explain: list[str] | None) -> PlaceResult:
    if explain is not None:
        explain.append(note)
    return replace(found, query=query, note="; ".join(n for n in (found.note, note) if n))


def _reread(
    text: str,
    hint: tuple[str, ...],
    geocode: Geocode,
    query: str,
    note: str,
    explain: list[str] | None,
) -> PlaceResult | None:
    """``text``, a second reading of ``query``, geocoded and noted; None unless resolved."""
    found = geocode(text, hint)
    return _noted(found, query, note, explain) if found.status == "resolved" else None


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
    return _reread(
        bare, hint, geocode, query, f"read without the countries in parentheses: {bare!r}", explain
    )


#: An acronym in parentheses after the name of a body it abbreviates: "(ONASER)".
_ACRONYM_ASIDE = re.compile(r"\s*\((?P<acronym>[A-Z]{2,8})\)")


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
    return _noted(found, query, f"read without the country after it: {match['head']!r}", explain)


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
    return _noted(result, query, f"read with the Indian compass word: {text!r}", explain)


def without_border_adjective(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """``query`` without a border adjective before or after a unit word, or None.

    "en el sector La Honda del fronterizo estado Táchira" is read as "... del estado
    Táchira", "en el municipio fronterizo Pedro María Ureña" as "en el municipio Pedro
    María Ureña".
    """
    bare = _UNIT_THEN_BORDER_ADJECTIVE.sub(r"\g<unit>", _BORDER_ADJECTIVE.sub("", query))
    if bare == query:
        return None
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
    if text == query:
        return None
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
    return replace(_noted(found, query, note, explain), coarsened=True)


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
    return replace(_noted(found, query, note, explain), coarsened=True)


# Urdu "شکرگڑھ میں کورال سیکٹر پر" (at the Koral sector in Shakargarh): the holder, "in"
# or "of", the sector's name, the sector word and a closing postposition.
_URDU_HELD_SECTOR = re.compile(
    r"^(?P<holder>\S+(?:\s\S+)?)\s+(?:میں|کے|کی|کا)\s+(?P<sector>\S+(?:\s\S+)?)\s*سیکٹر"
    r"(?:\s+(?:پر|میں|سے))?$"
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
    return _noted(found, query, f"read in English word order: {text!r}", explain)


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
        outside = _outside_its_county(found, readings[at + 1 :], hint, geocode)
        if outside is not None:
            # "和龙市石人村": the village the data lacks in Helong is not the Shiren
            # 200 km away; the county (or what it is answered by) is read instead.
            if explain is not None:
                explain.append(f"{text!r} is {found.name}, {outside}: not taken")
            continue
        whole = text == simplified(query.strip())
        said = "in simplified characters" if whole else "as the Chinese address chain's unit"
        return _noted(found, query, f"read {said} {text!r}", explain)
    return None


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


#: A name followed by its gloss in brackets, ASCII or full-width: "매솟(Mae Sot)",
#: "투먼(圖們)시", "妙瓦底镇（Myawaddy）".
_GLOSS = re.compile(r"(?P<name>\w+)\s*[(（](?P<gloss>[^()（）]{1,40})[)）]")


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
    name is its unit word ("김형직군(郡)", Kimhyongjik county), read without it.
    """
    for match in _GLOSS.finditer(query):
        name, gloss = match["name"], match["gloss"].strip()
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
                    return _noted(
                        found, query, f"read without the unit's gloss: {bare!r}", explain
                    )
            continue
        readings = [query[: match.start()] + gloss + query[match.end() :], gloss]
        readings += [simplified(gloss)] if simplified(gloss) != gloss else []
        for text in readings:
            found = geocode(text, hint)
            if found.status == "resolved":
                return _noted(found, query, f"read by the gloss in brackets: {text!r}", explain)
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


#: The second readings, in the order they are tried.
REREADINGS = (
    bridge_by_its_person,
    without_country_asides,
    without_acronym_asides,
    without_trailing_country,
    with_indian_compass_words,
    without_border_adjective,
    border_sector_as_zone,
    inside_in_arabic,
    without_thai_frame,
    near_the_named_place,
    urdu_sector_in_its_holder,
    finest_unit_of_a_han_chain,
    with_cjk_words_apart,
    by_its_gloss,
    sub_sector_as_sector,
)
