"""Country names of minor languages that are also the names of places elsewhere.

``country_names.tsv`` gives each country's name in 156 languages; some of those
names are the own names of real places in other countries: Walloon "Male" (Malta)
is Malé, the capital of the Maldives; Nauruan "Marta" (Malta) is Marta in Italy;
Romanian "Columbia" (Colombia) is Columbia, South Carolina.  A report that writes
such a name seldom means the country in a language few reporters write, so the
name must not beat the place: a place of the event's country that bears it wins,
and without such a hint the text is ambiguous between the two.

Names written so in a widely read language ("Jepang", Indonesian for Japan), the
hand-written names of ``demonyms.toml`` and the gazetteer's own country names
keep their reading.
"""

from __future__ import annotations

from bordermap.geo.places.gazetteer import Gazetteer, Place
from bordermap.geo.places.names import normalise
from bordermap.geo.places.words import CountryWords

# Locales of ``country_names.tsv`` in which much of the world's press is written:
# a country's name in one of them is read as the country even where a place
# elsewhere bears it.
WIDELY_READ_LOCALES = frozenset(
    {
        "ar", "bn", "de", "en", "es", "fa", "fr", "hi", "id", "it", "ja", "ko", "ms",
        "nl", "pl", "pt", "pt_BR", "ru", "sw", "th", "tr", "uk", "ur", "vi",
        "zh_CN", "zh_HK", "zh_TW",
    }
)  # fmt: skip

# Kinds of the gazetteer whose own name may clash with a country's name.
_RIVAL_KINDS = ("settlement", "region")


def minor_language_country(words: CountryWords, key: str) -> tuple[str, frozenset[str]] | None:
    """The country a key names only in languages few reports are written in.

    Parameters
    ----------
    words : CountryWords
        The country words (``demonyms.toml`` and ``country_names.tsv``).
    key : str
        A lookup key.

    Returns
    -------
    tuple of (str, frozenset of str) or None
        The ISO alpha-2 code and the locales that write the name so, when the key
        is a name of the world table only and none of its locales is widely read;
        otherwise None.
    """
    if key in words.names or key in words.demonyms:
        return None
    world = words.world.get(key)
    if world is None or world[1] & WIDELY_READ_LOCALES:
        return None
    return world


def rival_places(gazetteer: Gazetteer, key: str, code: str) -> list[Place]:
    """Settlements and regions outside country ``code`` whose own name has ``key``.

    Only a place's own (first) name counts: an alternate name that merely writes
    a town in another script ("لبنان" for Lebanon, Pennsylvania) is no rival of
    the country it is named after.

    Parameters
    ----------
    gazetteer : Gazetteer
        The gazetteer.
    key : str
        A lookup key.
    code : str
        The ISO alpha-2 code of the country the key names.

    Returns
    -------
    list of Place
        Most populous first, then in gazetteer order.
    """
    found = [
        place
        for place in gazetteer.lookup_key(key, kinds=_RIVAL_KINDS)
        if place.country != code and normalise(place.name) == key
    ]
    return sorted(found, key=lambda place: -place.population)
