"""Who acts, claims or denies: actor phrases and the names of countries' people.

An actor is written as the report words it, with a country's possessive turned into
its adjective so the same body reads the same everywhere ("Latvia's Ministry of
Defense" → "Latvian Ministry of Defense").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from bordermap.geo.places.gazetteer import load_gazetteer
from bordermap.geo.places.words import DEMONYMS_FILE

__all__ = [
    "CAPITAL_METONYMS",
    "COUNTRY_ADJECTIVES",
    "Actor",
    "country_codes_in",
    "find_actors",
    "normalise_actor",
]

#: Country names, the adjectives reporters use and ISO codes, for the borders a report
#: about Europe's, the Mediterranean's and other land borders is likely to name.
_COUNTRIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Afghanistan", "Afghan", ("AF",)),
    ("Armenia", "Armenian", ("AM",)),
    ("Azerbaijan", "Azerbaijani", ("AZ",)),
    ("Belarus", "Belarusian", ("BY",)),
    ("Albania", "Albanian", ("AL",)),
    ("Algeria", "Algerian", ("DZ",)),
    ("Austria", "Austrian", ("AT",)),
    ("Bangladesh", "Bangladeshi", ("BD",)),
    ("Bosnia and Herzegovina", "Bosnian", ("BA",)),
    ("Bosnia", "Bosnian", ("BA",)),
    ("Brazil", "Brazilian", ("BR",)),
    ("Bulgaria", "Bulgarian", ("BG",)),
    ("Cambodia", "Cambodian", ("KH",)),
    ("Canada", "Canadian", ("CA",)),
    ("Chad", "Chadian", ("TD",)),
    ("Colombia", "Colombian", ("CO",)),
    ("Cyprus", "Cypriot", ("CY",)),
    ("Egypt", "Egyptian", ("EG",)),
    ("Eritrea", "Eritrean", ("ER",)),
    ("Ethiopia", "Ethiopian", ("ET",)),
    ("Guatemala", "Guatemalan", ("GT",)),
    ("Haiti", "Haitian", ("HT",)),
    ("Iraq", "Iraqi", ("IQ",)),
    ("Jordan", "Jordanian", ("JO",)),
    ("Kazakhstan", "Kazakh", ("KZ",)),
    ("Kosovo", "Kosovar", ("XK",)),
    ("Kyrgyzstan", "Kyrgyz", ("KG",)),
    ("Lebanon", "Lebanese", ("LB",)),
    ("Libya", "Libyan", ("LY",)),
    ("Mali", "Malian", ("ML",)),
    ("Montenegro", "Montenegrin", ("ME",)),
    ("Myanmar", "Myanmar", ("MM",)),
    ("Nepal", "Nepali", ("NP",)),
    ("Niger", "Nigerien", ("NE",)),
    ("North Korea", "North Korean", ("KP",)),
    ("North Macedonia", "Macedonian", ("MK",)),
    ("Saudi Arabia", "Saudi", ("SA",)),
    ("Slovenia", "Slovenian", ("SI",)),
    ("Somalia", "Somali", ("SO",)),
    ("South Korea", "South Korean", ("KR",)),
    ("Sudan", "Sudanese", ("SD",)),
    ("Syria", "Syrian", ("SY",)),
    ("Tajikistan", "Tajik", ("TJ",)),
    ("Thailand", "Thai", ("TH",)),
    ("Tunisia", "Tunisian", ("TN",)),
    ("Uzbekistan", "Uzbek", ("UZ",)),
    ("Venezuela", "Venezuelan", ("VE",)),
    ("Vietnam", "Vietnamese", ("VN",)),
    ("China", "Chinese", ("CN",)),
    ("Croatia", "Croatian", ("HR",)),
    ("Estonia", "Estonian", ("EE",)),
    ("Finland", "Finnish", ("FI",)),
    ("France", "French", ("FR",)),
    ("Georgia", "Georgian", ("GE",)),
    ("Germany", "German", ("DE",)),
    ("Greece", "Greek", ("GR",)),
    ("Hungary", "Hungarian", ("HU",)),
    ("India", "Indian", ("IN",)),
    ("Iran", "Iranian", ("IR",)),
    ("Israel", "Israeli", ("IL",)),
    ("Italy", "Italian", ("IT",)),
    ("Latvia", "Latvian", ("LV",)),
    ("Lithuania", "Lithuanian", ("LT",)),
    ("Mexico", "Mexican", ("MX",)),
    ("Moldova", "Moldovan", ("MD",)),
    ("Morocco", "Moroccan", ("MA",)),
    ("Norway", "Norwegian", ("NO",)),
    ("Pakistan", "Pakistani", ("PK",)),
    ("Poland", "Polish", ("PL",)),
    ("Romania", "Romanian", ("RO",)),
    ("Russia", "Russian", ("RU",)),
    ("Serbia", "Serbian", ("RS",)),
    ("Slovakia", "Slovak", ("SK",)),
    ("Spain", "Spanish", ("ES",)),
    ("Sweden", "Swedish", ("SE",)),
    ("Turkey", "Turkish", ("TR",)),
    ("Ukraine", "Ukrainian", ("UA",)),
    ("United States", "American", ("US",)),
    ("US", "US", ("US",)),
    ("U.S.", "U.S.", ("US",)),
)


def _every_country() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The hand-written table, then every other country the gazetteer holds.

    The hand-written rows give the forms reporters use most ("Russia", not "Russian
    Federation"); the rest come from the gazetteer's country names, the short English
    names and the first demonym of ``data/gazetteer/demonyms.toml``, so a report on any
    border names its countries ("the Rwandan army", "the DRC").
    """
    rows = list(_COUNTRIES)
    known = {codes[0] for _, _, codes in rows}
    words = tomllib.loads(DEMONYMS_FILE.read_text(encoding="utf-8"))
    gazetteer = load_gazetteer()
    for code, demonyms in sorted(words.get("demonyms", {}).items()):
        if code in known:
            continue
        english = [d for d in demonyms if _ENGLISH_WORD.fullmatch(d) and len(d) > 3]
        place = gazetteer.country(code)
        if place is None or not english:
            continue
        rows.append((place.name, english[0], (code,)))
        for other in words.get("names", {}).get(code, ()):
            if _ENGLISH_WORD.fullmatch(other) and other != place.name:
                rows.append((other, english[0], (code,)))
    return tuple(rows)


#: A name or demonym as English prose writes it: capitalised Latin words, joined by "of
#: (the)" or "and (the)" ("Turks and Caicos Islander").
_ENGLISH_WORD = re.compile(
    r"[A-Z][A-Za-zÀ-ÿ'’.-]*(?:\s+(?:of\s+the\s+|of\s+|and\s+(?:the\s+)?)?[A-Z][A-Za-zÀ-ÿ'’.-]*)*"
)
_COUNTRIES = _every_country()
#: Country name → adjective ("Latvia" → "Latvian").
COUNTRY_ADJECTIVES: dict[str, str] = {name: adj for name, adj, _ in _COUNTRIES}


def _every_demonym() -> dict[str, str]:
    """Every English demonym of a country → its name, the table's adjective first.

    A country has more than one adjective in English ("Philippine waters" beside "a
    Filipino fisherman"); the table keeps one, so a sea or airspace named by another
    was read as no place.  A word two countries share keeps the first country's name.
    """
    words = tomllib.loads(DEMONYMS_FILE.read_text(encoding="utf-8"))
    name_of_code: dict[str, str] = {}
    result: dict[str, str] = {}
    for name, adjective, codes in _COUNTRIES:
        name_of_code.setdefault(codes[0], name)
        result.setdefault(adjective, name)
    for code, demonyms in sorted(words.get("demonyms", {}).items()):
        name = name_of_code.get(code)
        for word in demonyms:
            # Capitalised Latin words longer than an acronym ("UK", "ROK" are bodies).
            if name and _ENGLISH_WORD.fullmatch(word) and len(word) > 3 and not word.isupper():
                result.setdefault(word, name)
    return result


#: Adjective → country name, every English demonym ("Philippine" → "Philippines").
ADJECTIVE_COUNTRIES: dict[str, str] = _every_demonym()
_CODE_OF_WORD: dict[str, str] = {}
for _name, _adj, _codes in _COUNTRIES:
    _CODE_OF_WORD.setdefault(_name.lower(), _codes[0])
    _CODE_OF_WORD.setdefault(_adj.lower(), _codes[0])
#: Capitals and other names that stand for a state in reports ("Minsk denied").
CAPITAL_METONYMS: dict[str, str] = {
    "minsk": "BY",
    "moscow": "RU",
    "kremlin": "RU",
    "warsaw": "PL",
    "vilnius": "LT",
    "riga": "LV",
    "tallinn": "EE",
    "helsinki": "FI",
    "athens": "GR",
    "ankara": "TR",
    "rabat": "MA",
    "madrid": "ES",
    "washington": "US",
    "kyiv": "UA",
    "kabul": "AF",
    "islamabad": "PK",
}
_ACRONYMS = {
    word.lower(): word
    for name, adjective, _ in _COUNTRIES
    for word in (name, adjective)
    if word.replace(".", "").isupper()
}


def _word_pattern(word: str) -> str:
    # "US", "UK", "DRC" only in capitals: "told us" names no country.
    if word in _ACRONYMS:
        return f"(?-i:{re.escape(_ACRONYMS[word])})"
    if word.startswith("saint "):
        # "St. Pierre and Miquelon", "St Lucia": "Saint" is also written short.
        return r"(?:saint|st\.?)\s+" + re.escape(word.removeprefix("saint "))
    return re.escape(word)


_COUNTRY_WORD = re.compile(
    r"\b(?:"
    + "|".join(
        _word_pattern(w)
        for w in sorted((*_CODE_OF_WORD, *CAPITAL_METONYMS), key=len, reverse=True)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(
    r"\b(?P<country>"
    + "|".join(sorted((re.escape(n) for n in COUNTRY_ADJECTIVES), key=len, reverse=True))
    + r")['’]s?\s+(?=[A-Za-z])"
)

_QUALIFIER = (
    r"(?:(?:the|a|an)\s+)?(?:(?:"
    + "|".join(sorted((re.escape(a) for a in COUNTRY_ADJECTIVES.values()), key=len, reverse=True))
    + "|"
    + "|".join(sorted((re.escape(n) for n in COUNTRY_ADJECTIVES), key=len, reverse=True))
    + r")(?:['’]s?)?\s+)?"
)
#: Heads of actor phrases, plural and singular, as reports word them.
_ACTOR_HEADS = (
    r"(?:Ministry|ministry)\s+of\s+(?:Defen[cs]e|the\s+Interior|Interior|Foreign\s+Affairs)",
    r"(?:Defen[cs]e|Interior|Foreign)\s+(?:Ministry|ministry)",
    r"State\s+Border\s+Guard(?:\s+Service)?",
    r"(?:Border\s+Guard|Border\s+Patrol|Coast\s+Guard)(?:\s+(?:Service|Agency|Board))?",
    r"Police\s+and\s+Border\s+Guard\s+Board",
    r"border\s+guards?|border\s+police|border\s+patrol|coast\s+guards?",
    r"[Aa]rmed\s+[Ff]orces|General\s+Command(?:\s+of\s+the\s+Armed\s+Forces)?",
    r"(?:military|army|troops|soldiers?|navy|air\s+force|security\s+forces|police(?:\s+officers)?)",
    r"(?:government|authorities|officials|prime\s+minister|interior\s+minister|defen[cs]e\s+minister"
    r"|foreign\s+ministry|ministry)",
    r"(?:migrants|a\s+migrant|asylum[\s-]seekers?|refugees|smugglers?|civilians|"
    r"people\s+smugglers)",
    r"(?:drones?|balloons?)",
    r"(?:Frontex|UNHCR|Amnesty\s+International|Human\s+Rights\s+Watch|Red\s+Cross"
    r"|Doctors\s+Without\s+Borders|human\s+rights\s+(?:groups|organi[sz]ations))",
)
_ACTOR = re.compile(_QUALIFIER + r"(?P<head>" + "|".join(_ACTOR_HEADS) + r")\b")


@dataclass(frozen=True)
class Actor:
    """An actor phrase found in a sentence (offsets within the sentence)."""

    name: str
    start: int
    end: int


def normalise_actor(text: str) -> str:
    """Tidy an actor or claimant phrase as written.

    Drops a leading article and turns a country's possessive into its adjective:
    "the Latvia's Ministry of Defense" → "Latvian Ministry of Defense".
    """
    text = " ".join(text.split()).strip(" ,;:“”\"'")
    text = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return _POSSESSIVE.sub(lambda m: COUNTRY_ADJECTIVES[m.group("country")] + " ", text)


def find_actors(sentence: str) -> list[Actor]:
    """Actor phrases in a sentence, in order, as normalised names."""
    found: list[Actor] = []
    for match in _ACTOR.finditer(sentence):
        name = normalise_actor(match.group(0))
        if name.lower() in ("ministry", "government", "military") and not re.search(
            r"[A-Z]", match.group(0)
        ):
            continue  # "the ministry" alone: the claim rules resolve it from context.
        found.append(Actor(name, match.start(), match.end()))
    return found


def country_codes_in(text: str) -> list[str]:
    """ISO codes of the countries a text names, by name, adjective or capital, in order."""
    codes = []
    for match in _COUNTRY_WORD.finditer(text):
        word = re.sub(r"^st\.?\s+", "saint ", match.group(0).lower())
        codes.append(_CODE_OF_WORD.get(word) or CAPITAL_METONYMS[word])
    return codes
