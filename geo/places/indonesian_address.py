"""Indonesian address chains: "Desa Inbate Kabupaten Timor Tengah Utara (TTU) ...".

Indonesian reports locate a border village by its whole chain of units, each opened by
its unit word and often without commas: "desa" (village), "kecamatan" (subdistrict),
"kabupaten" (regency) or "kota" (city), then the province, with acronyms in brackets
and regencies written by their acronym alone ("Kabupaten TTU").  The villages and
subdistricts are seldom in the data; the regency is.
:func:`regency_of_an_address` reads the regency of such a chain, its acronym spelt out
from the regencies of the data, and answers it (a second reading of
:mod:`bordermap.geo.places.rereadings`, tried only when nothing else resolved).
"""

from __future__ import annotations

import re
from contextvars import ContextVar

from bordermap.geo.places.districts import district_forms
from bordermap.geo.places.result import PlaceResult, noted_reading

__all__ = [
    "regency_of_an_acronym_after_di",
    "regency_of_an_address",
    "spelt_out_acronym",
    "subdistrict_in_a_bare_place",
]

#: The units of an Indonesian address, finest first.
_UNIT_WORDS = r"(?:dusun|desa|kampung|kelurahan|kecamatan|distrik|kabupaten|kab\.|provinsi)"
_UNIT = re.compile(rf"\b{_UNIT_WORDS}(?=\s)", re.IGNORECASE)
#: The regency word and the words of its name that follow it.
_REGENCY = re.compile(r"\b(?:kabupaten|kab\.)\s+(?P<name>[^,;()]+)", re.IGNORECASE)
#: An acronym in brackets after a name: "(TTU)", "(NTT)".
_ACRONYM_ASIDE = re.compile(r"\s*\([A-Z]{2,6}\)")
#: A regency written by its acronym: "Kabupaten TTU".
_REGENCY_ACRONYM = re.compile(
    r"\b(?P<word>kabupaten|kab\.)\s+(?P<acronym>(?-i:[A-Z]{2,6}))\b", re.I
)
#: A capitalised name right before the regency word: a place in the regency, as a
#: unit word before it would say.
_NAMED_BEFORE_REGENCY = re.compile(r"\b[A-Z][\w'’-]*\s+(?:Kabupaten|Kab\.)\s+[A-Z]")
#: One regency word and more than one capitalised word after it ("Kabupaten Merauke
#: Papua Selatan"): a regency's name and the province's, no comma between them.
_REGENCY_THEN_MORE = re.compile(
    r"\b(?:kabupaten|kab\.)\s+(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){1,4}\s*$", re.I
)
#: Whether a regency is being looked up for this reading: its shorter readings are
#: tried by the reading itself, not again inside each longer one.
_READING_A_REGENCY: ContextVar[bool] = ContextVar("reading_a_regency", default=False)
#: Words of a unit's name in the data that its acronym leaves out.
_NOT_IN_ACRONYM = frozenset({"kabupaten", "kota", "regency"})


def spelt_out_acronym(acronym: str, country: str) -> str | None:
    """The one regency of ``country`` whose name's initials are ``acronym``, or None.

    "TTU" is Timor Tengah Utara: the initials of each word of the name, the unit word
    left out.  None when no regency or several have those initials.
    """
    names = set()
    for _, unit in district_forms(country):
        words = [w for w in unit.name.split() if w.lower() not in _NOT_IN_ACRONYM]
        if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym:
            names.add(" ".join(words))
    return names.pop() if len(names) == 1 else None


#: A comma chain whose last part is one or two capitalised words, no unit word.
_LAST_PART = re.compile(r",\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$")


def _regency_last(query: str, geocode, explain: list[str] | None) -> PlaceResult | None:
    """ "antara PLBN Terpadu Motaain, Silawan, Tasifeto Timur, Belu": a chain of three
    parts or more, finest first, ending in a regency's bare name, is that regency,
    coarsened (the places before it are finer)."""
    match = _LAST_PART.search(query)
    if match is None or query.count(",") < 2:
        return None
    reading = "Kabupaten " + match["name"]
    found = geocode(reading, ("ID",))
    if found.status != "resolved" or found.precision != "district":
        return None
    note = f"read as the regency the address ends with: {reading!r}"
    return noted_reading(found, query, note, explain, coarsened=True)


def regency_of_an_address(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The regency an Indonesian address chain names, or None.

    The regency's name is read from the words after "Kabupaten", longest first, until
    a district or region is found; the village and subdistrict before it and the
    province after it only locate it.  Only with an Indonesian event, or none.
    """
    if _READING_A_REGENCY.get():
        return None  # a reading of this function's own: its words as written only
    # "Kabupaten Lahad Datu Sabah": Indonesian reports call a neighbour's district a
    # "kabupaten" too; it is looked up in the event's country.
    countries = hint if hint and "ID" not in hint else ("ID",)
    named_before = _NAMED_BEFORE_REGENCY.search(query)
    if (
        len(_UNIT.findall(query)) < 2
        and not _REGENCY_ACRONYM.search(query)
        and named_before is None
    ):
        # A bare last name is a regency only for an Indonesian event.
        last = _regency_last(query, geocode, explain) if "ID" in hint else None
        if last is not None or not _REGENCY_THEN_MORE.search(query):
            return last
    text = _ACRONYM_ASIDE.sub("", query)
    acronym = _REGENCY_ACRONYM.search(text)
    if acronym is not None:
        name = spelt_out_acronym(acronym["acronym"].upper(), "ID")
        if name is None:
            return None
        text = text[: acronym.start("acronym")] + name + text[acronym.end("acronym") :]
    regency = _REGENCY.search(text)
    if regency is None:
        return None
    words = _UNIT.split(regency["name"])[0].split()
    for size in range(len(words), 0, -1):
        reading = "Kabupaten " + " ".join(words[:size])
        if reading.casefold() == query.strip().casefold():
            continue  # the text itself, which was read before this reading
        token = _READING_A_REGENCY.set(True)
        try:
            found = geocode(reading, countries)
        finally:
            _READING_A_REGENCY.reset(token)
        if found.status == "resolved" and found.precision in ("district", "region"):
            note = f"read as the regency of the address: {reading!r}"
            # A village or subdistrict before the regency is finer than the answer.
            # So is a place named before it ("Pelabuhan Internasional Tunon Taka
            # Kabupaten Nunukan Kalimantan Timur": a port in the regency).
            finer = bool(_UNIT.search(text[: regency.start()])) or named_before is not None
            return noted_reading(found, query, note, explain, coarsened=found.coarsened or finer)
    return None


#: "<place> di <ACRONYM>": an unknown place "in" a regency written by its acronym alone.
_AT_AN_ACRONYM = re.compile(r"^(?P<what>\S.*?)\s+di\s+(?P<acronym>(?-i:[A-Z]{2,6}))\s*$")


def regency_of_an_acronym_after_di(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The regency an Indonesian text writes by its acronym alone after "di" (in), or None.

    "PLBN Wini di TTU" (the Wini border post in Timor Tengah Utara): the post is in no
    table and "TTU" is no name of the data; its initials spell out one regency of
    Indonesia (:func:`spelt_out_acronym`), which answers, coarsened.  Only for an event
    in Indonesia, and only when the words before "di" find nothing.
    """
    match = _AT_AN_ACRONYM.match(" ".join(query.split()))
    if match is None or "ID" not in hint:
        return None
    name = spelt_out_acronym(match["acronym"], "ID")
    if name is None:
        return None
    what = geocode(match["what"], hint)
    if what.status != "unresolved" or what.candidates:
        return None
    found = geocode(f"Kabupaten {name}", ("ID",))
    if found.status != "resolved" or found.precision != "district":
        return None
    note = f"{match['what']!r} is not in the gazetteer; {match['acronym']} spelt out: {name}"
    return noted_reading(found, query, note, explain, coarsened=True)


#: "kecamatan X di Y", "distrik X di Y": a subdistrict, then "in" and a place named
#: without its unit word ("distrik Sungai Kolok di Narathiwat").
_SUBDISTRICT_IN_A_PLACE = re.compile(
    r"^(?:di\s+)?(?P<word>kecamatan|distrik)\s+(?P<name>\S.*?)\s+di\s+(?P<where>\S.*)$",
    re.IGNORECASE,
)


def subdistrict_in_a_bare_place(
    query: str, hint: tuple[str, ...], geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The subdistrict "kecamatan/distrik X di Y" names, read as "X district, Y", or None.

    Indonesian and Malay write "distrik" (Papua's kecamatan, and the word their reports
    give a Thai amphoe) and "kecamatan" before the name, then "di" and the place holding
    it, whose unit word may be left out: the grammar reads the whole rest as the name.
    Read as "X district, Y", the unit is looked up inside Y; only a district answers.
    """
    match = _SUBDISTRICT_IN_A_PLACE.match(" ".join(query.split()))
    if match is None:
        return None
    found = geocode(f"{match['name']} district, {match['where']}", hint)
    if found.status != "resolved" or found.precision != "district":
        return None
    note = f"read as the {match['word'].lower()} {match['name']!r} in {match['where']!r}"
    return noted_reading(found, query, note, explain)
