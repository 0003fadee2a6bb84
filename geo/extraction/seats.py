"""Seats of government: a capital opening a sentence before a speaker is where they spoke.

Wire copy tells a government's answer from its capital: "In Ottawa, the foreign ministry
summoned the ambassador ...", "In Astana, the security committee said ...".  The city is
where the speaker sits, not where the incident happened; the place stays the one the
sentence (or the report) names for the incident.  The table lists the seats of the
world's states (the capitals GeoNames gives each, with the seats and spellings news
uses besides: Kiev, Astana, Abidjan, La Paz, The Hague), lower case.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SEATS_OF_GOVERNMENT", "is_seat_of_government", "seat_before_speaker", "seat_of"]

#: Seat of government (lower case, as written in English news) → ISO 3166-1 alpha-2.
SEATS_OF_GOVERNMENT: dict[str, str] = {
    "abidjan": "CI",
    "abu dhabi": "AE",
    "abuja": "NG",
    "accra": "GH",
    "addis ababa": "ET",
    "algiers": "DZ",
    "amman": "JO",
    "amsterdam": "NL",
    "andorra la vella": "AD",
    "ankara": "TR",
    "antananarivo": "MG",
    "apia": "WS",
    "ashgabat": "TM",
    "ashkhabad": "TM",
    "asmara": "ER",
    "astana": "KZ",
    "asuncion": "PY",
    "asunción": "PY",
    "athens": "GR",
    "baghdad": "IQ",
    "baku": "AZ",
    "bamako": "ML",
    "bandar seri begawan": "BN",
    "bangkok": "TH",
    "bangui": "CF",
    "banjul": "GM",
    "basseterre": "KN",
    "beijing": "CN",
    "beirut": "LB",
    "belgrade": "RS",
    "belmopan": "BZ",
    "berlin": "DE",
    "bern": "CH",
    "bishkek": "KG",
    "bissau": "GW",
    "bogota": "CO",
    "bogotá": "CO",
    "brasilia": "BR",
    "brasília": "BR",
    "bratislava": "SK",
    "brazzaville": "CG",
    "bridgetown": "BB",
    "brussels": "BE",
    "bucharest": "RO",
    "budapest": "HU",
    "buenos aires": "AR",
    "cairo": "EG",
    "canberra": "AU",
    "cape town": "ZA",
    "caracas": "VE",
    "castries": "LC",
    "chisinau": "MD",
    "chişinău": "MD",
    "chișinău": "MD",
    "ciudad de la paz": "GQ",
    "colombo": "LK",
    "conakry": "GN",
    "copenhagen": "DK",
    "dakar": "SN",
    "damascus": "SY",
    "dar es salaam": "TZ",
    "delhi": "IN",
    "dhaka": "BD",
    "dili": "TL",
    "dodoma": "TZ",
    "doha": "QA",
    "dublin": "IE",
    "dushanbe": "TJ",
    "freetown": "SL",
    "funafuti": "TV",
    "gaborone": "BW",
    "georgetown": "GY",
    "gitega": "BI",
    "guatemala city": "GT",
    "hanoi": "VN",
    "harare": "ZW",
    "havana": "CU",
    "helsinki": "FI",
    "honiara": "SB",
    "islamabad": "PK",
    "jakarta": "ID",
    "jerusalem": "IL",
    "juba": "SS",
    "kabul": "AF",
    "kampala": "UG",
    "kathmandu": "NP",
    "khartoum": "SD",
    "kiev": "UA",
    "kigali": "RW",
    "kingston": "JM",
    "kingstown": "VC",
    "kinshasa": "CD",
    "kuala lumpur": "MY",
    "kuwait city": "KW",
    "kyiv": "UA",
    "la paz": "BO",
    "libreville": "GA",
    "lilongwe": "MW",
    "lima": "PE",
    "lisbon": "PT",
    "ljubljana": "SI",
    "lome": "TG",
    "lomé": "TG",
    "london": "GB",
    "luanda": "AO",
    "lusaka": "ZM",
    "madrid": "ES",
    "majuro": "MH",
    "male": "MV",
    "managua": "NI",
    "manama": "BH",
    "manila": "PH",
    "maputo": "MZ",
    "maseru": "LS",
    "mbabane": "SZ",
    "melekeok": "PW",
    "mexico city": "MX",
    "minsk": "BY",
    "mogadishu": "SO",
    "monrovia": "LR",
    "montevideo": "UY",
    "moroni": "KM",
    "moscow": "RU",
    "muscat": "OM",
    "n'djamena": "TD",
    "nairobi": "KE",
    "nassau": "BS",
    "nay pyi taw": "MM",
    "naypyidaw": "MM",
    "naypyitaw": "MM",
    "new delhi": "IN",
    "niamey": "NE",
    "nicosia": "CY",
    "nouakchott": "MR",
    "nuku'alofa": "TO",
    "nur-sultan": "KZ",
    "oslo": "NO",
    "ottawa": "CA",
    "ouagadougou": "BF",
    "palikir": "FM",
    "panama city": "PA",
    "paramaribo": "SR",
    "paris": "FR",
    "phnom penh": "KH",
    "podgorica": "ME",
    "port louis": "MU",
    "port moresby": "PG",
    "port vila": "VU",
    "port of spain": "TT",
    "port-au-prince": "HT",
    "porto-novo": "BJ",
    "prague": "CZ",
    "praia": "CV",
    "pretoria": "ZA",
    "prishtina": "XK",
    "pristina": "XK",
    "putrajaya": "MY",
    "pyongyang": "KP",
    "quito": "EC",
    "rabat": "MA",
    "rangoon": "MM",
    "reykjavik": "IS",
    "reykjavík": "IS",
    "riga": "LV",
    "riyadh": "SA",
    "rome": "IT",
    "roseau": "DM",
    "san jose": "CR",
    "san josé": "CR",
    "san salvador": "SV",
    "sana'a": "YE",
    "sanaa": "YE",
    "santiago": "CL",
    "santo domingo": "DO",
    "sao tome": "ST",
    "sarajevo": "BA",
    "seoul": "KR",
    "skopje": "MK",
    "sofia": "BG",
    "st. george's": "GD",
    "st. john's": "AG",
    "stockholm": "SE",
    "sucre": "BO",
    "suva": "FJ",
    "taipei": "TW",
    "tallinn": "EE",
    "tarawa": "KI",
    "tashkent": "UZ",
    "tbilisi": "GE",
    "tegucigalpa": "HN",
    "tehran": "IR",
    "tel aviv": "IL",
    "the hague": "NL",
    "thimphu": "BT",
    "tirana": "AL",
    "tokyo": "JP",
    "tripoli": "LY",
    "tunis": "TN",
    "tórshavn": "FO",
    "ulaanbaatar": "MN",
    "ulan bator": "MN",
    "vaduz": "LI",
    "valletta": "MT",
    "victoria": "SC",
    "vienna": "AT",
    "vientiane": "LA",
    "vilnius": "LT",
    "warsaw": "PL",
    "washington": "US",
    "wellington": "NZ",
    "windhoek": "NA",
    "yamoussoukro": "CI",
    "yangon": "MM",
    "yaounde": "CM",
    "yaoundé": "CM",
    "yaren": "NR",
    "yerevan": "AM",
    "zagreb": "HR",
}
_PLAIN_SEATS = frozenset(
    "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    for name in SEATS_OF_GOVERNMENT
)

_PLAIN_SEAT_COUNTRY = {
    "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)): code
    for name, code in SEATS_OF_GOVERNMENT.items()
}

#: Words of a speaker's noun phrase that are not capitalised ("the sultan's spokesman",
#: "the foreign ministry", "senior officials").
_SPEAKER_WORDS = (
    r"the|a|an|of|for|and|on|[a-z]+['’]s|spokes(?:man|woman|person|people)|ministry|"
    r"ministers?|officials?|government|authorities|army|police|president|presidency|prime|"
    r"office|committee|council|agency|sources?|military|command|commander|foreign|defen[cs]e|"
    r"interior|security|state|media|prosecutors?|leaders?|chief|general|staff|embassy|"
    r"secretary|deputy|service|guards?|border|national|public|affairs|senior|top|"
    r"parliament|lawmakers|diplomats?|envoy|ambassador|head|junta|cabinet|"
    # "the Malaysian navy chief", "the air force's spokesman", "the coast guard".
    r"navy|naval|air|forces?|coast|marines?|"
    # A name with its Arabic article in lower case ("al-Sawarmi Khalid").
    r"(?:al|el|ad|as|ash|at|ar)-[A-Z][\w’'.-]*"
)
#: A statement or a diplomatic act, the main verb right after the speaker.
_STATEMENT_VERBS = (
    r"said|says|told|tells|announced|stated|declared|insisted|claimed|accused|denied|"
    r"rejected|dismissed|condemned|protested|summoned|lodged|demanded|warned|called|"
    r"confirmed|blamed|urged|expressed|voiced|responded|replied|recalled|vowed|issued"
)
#: After "In <seat>": ", <speaker> <verb>"; a title or a name may stand between commas
#: (", the ministry's spokesman, Ana Lima, said", ", the Minister for Trade, Industry and
#: Labour, Ana Lima, said").
_SPEAKER_THEN_STATEMENT = re.compile(
    rf"^,\s+(?:[A-Z][\w’'.-]*|{_SPEAKER_WORDS})"
    rf"(?:,?\s+(?:[A-Z][\w’'.-]*|{_SPEAKER_WORDS})){{0,14}}?"
    # "In Paris, the minister Name, who oversees customs, rejected": a relative clause
    # about the speaker may stand before the verb.
    rf"(?:,\s+(?:who|which)\s+[^,.;]{{1,60}},)?,?\s+"
    rf"(?:{_STATEMENT_VERBS})\b"
)
#: "In " opening the sentence (the opening preposition may have been lower-cased).
_OPENING_IN = re.compile(r"^\s*[Ii]n\s+(?:the\s+)?$")


def is_seat_of_government(name: str) -> bool:
    """Whether ``name`` is a state's seat of government ("Ottawa", "Bogotá").

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    bool
        True for a name in :data:`SEATS_OF_GOVERNMENT`, accents and case aside.
    """
    plain = unicodedata.normalize("NFKD", name.strip().lower())
    return "".join(c for c in plain if not unicodedata.combining(c)) in _PLAIN_SEATS


def seat_of(name: str, country: str | None) -> bool:
    """Whether ``name`` is the seat of government of ``country`` (ISO alpha-2).

    "Tripoli" found in Lebanon is a port, not Libya's seat: the table's country must be
    the one the gazetteer found the name in.

    Parameters
    ----------
    name : str
        A place name as written.
    country : str or None
        The country the gazetteer placed it in.

    Returns
    -------
    bool
        True when the name is that country's seat.
    """
    plain = unicodedata.normalize("NFKD", name.strip().lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return bool(country) and _PLAIN_SEAT_COUNTRY.get(plain) == country


def seat_before_speaker(sentence: str, start: int, end: int) -> bool:
    """Whether the place at ``sentence[start:end]`` is a seat a speaker speaks from.

    "In Ottawa, Global Affairs Canada summoned the ambassador over ...": a seat of
    government opening the sentence, then a speaker and a verb of saying or of a
    diplomatic act.  "In Kyiv, a drone hit a block of flats" tells an incident there.

    Parameters
    ----------
    sentence : str
        The sentence.
    start, end : int
        Offsets of the place phrase.

    Returns
    -------
    bool
        True when the phrase is such a seat.
    """
    return bool(
        _OPENING_IN.match(sentence[:start])
        and is_seat_of_government(sentence[start:end])
        and _SPEAKER_THEN_STATEMENT.match(sentence[end:])
    )
