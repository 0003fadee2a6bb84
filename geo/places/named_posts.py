"""A border post named in its own words is not simply the town its name recalls.

Reports from the former Soviet states and their neighbours name a checkpoint by its
own name, in quotes, beside the word for a post ("ТПП "Казбеги"", "“Дўстлик” чегара
божхона пости", "КПП «Бугристое»").  Three checks follow from it, each applied to the
answer the resolver found:

- :func:`crossing_named_in_quotes`: the quoted name is a crossing's name in the tables
  ("“Эркеч-Там” өткөрмө бекетин", the Irkeshtam post, its parts joined in the table's
  "Эркечтам"; "«Ак-Жол» ... бекетинде", not the village Ak-Jol 300 km inland).
- :func:`crossing_of_a_quoted_post`: the post bears the name of a town that the tables
  know one crossing beside (Kazbegi, the old name of Stepantsminda, 12 km from Upper
  Lars): the crossing, not the town.
- :func:`friendship_post_not_a_town`: the post is named with the word "friendship"
  (Dustlik, Dostuk, Dostyk, Druzhba), as many are, in honour of the neighbour; a town
  of that name elsewhere in the country is a namesake, not the post.
- :func:`quoted_post_name_not_cut`: a post's quoted name of several words ("“Temir
  baba”") is one name; a town filed under a part of it (Temir, 700 km away) is not
  the post.
- :func:`lower_or_upper_not_the_town`: "Панҷи поин" (Lower Panj) is another place than
  Panj, 47 km upstream; Tajik writes "lower" both "поён" and "поин", and names use the
  first ("Панҷи Поён"), so the text is read again with it, else left unresolved.

A wrong place is worse than none: each check either finds the better-named place or
leaves the text unresolved, the town listed as a near miss.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bordermap.geo.places.crossing_town import names_a_border_crossing
from bordermap.geo.places.names import DASHES, normalise
from bordermap.geo.places.rereadings import Geocode
from bordermap.geo.places.resolver import CROSSING_AT_TOWN_KM, PlaceResolver
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import km_between
from bordermap.geo.places.text_runs import BORDER_POST_WORD

__all__ = [
    "crossing_named_in_quotes",
    "crossing_of_a_quoted_post",
    "friendship_post_not_a_town",
    "lower_or_upper_not_the_town",
    "names_a_post",
    "quoted_post_name_not_cut",
]

#: Words for a border checkpoint in the languages of Central Asia and the Caucasus that
#: the general crossing words lack: Russian abbreviations (КПП, ТПП, МАПП, ДАПП), Kazakh
#: ШЫХО (a crossing point) and "өткізу пункті", Uzbek "чегара/божхона пости"
#: (border/customs post) in both scripts, Kyrgyz "бекет" (post) in its cases only, not
#: the names that begin so (Бекетово), Tajik "гузаргоҳ" (crossing), Turkmen "geçelge"
#: and "nokat" (point) in their cases.
_CHECKPOINT_WORD = re.compile(
    r"(?<!\w)(?:кпп|ппк|тпп|мапп|дапп|шыхо|өткізу\s+пункт\w*|"
    r"(?:чегара|божхона)\s+(?:божхона\s+)?пост\w*|(?:chegara|bojxona)\s+(?:bojxona\s+)?post\w*|"
    r"бекет(?:и|ин|ине|инде|инен|тен|тер\w*)?|гузаргоҳ\w*|geçelge\w*|nokad\w*|nokat\w*|"
    # Russian "пост" (post) in its cases, as the customs post it names ("таможенному посту
    # «Темир баба»").
    r"пост(?:а|у|ом|е|ы|ов|ам|ами|ах)?|"
    # Kyrgyz "көзөмөл-өткөрүү жайы" (control and crossing point), Uzbek "nazorat-o‘tkazish
    # punkti" / "назорат-ўтказиш пункти" (the same).
    r"өткөрүү\s+жай\w*|nazorat[\s-]+o\W?tkazish\s+punkt\w*|назорат[\s-]+ўтказиш\s+пункт\w*)(?!\w)",
    re.IGNORECASE,
)

#: A name set in quotes of any kind: «…», “…”, „…“, "…".
_QUOTED = re.compile(r"[«“„\"]\s*([^«»“”„\"]+?)\s*[»”“\"]")

#: The word "friendship" in the languages whose posts bear it: Uzbek (both scripts),
#: Kyrgyz, Kazakh, Russian, Turkmen, Azerbaijani, Tajik, Persian and Pashto, English.
_FRIENDSHIP = frozenset(
    normalise(word)
    for word in (
        "дўстлик",
        "дустлик",
        "dustlik",
        "do'stlik",
        "doʻstlik",
        "do‘stlik",
        "do’stlik",
        "достук",
        "dostuk",
        "достық",
        "достык",
        "dostyk",
        "дружба",
        "druzhba",
        "dostluk",
        "dostluq",
        "дӯстӣ",
        "дусти",
        "دوستی",
        "friendship",
    )
)

#: Tajik "lower" and "upper" written after a name with the izafat ("Панҷи поён"), with
#: the spelling names use for each.
_TAJIK_LOWER_UPPER = {"поён": "поён", "поин": "поён", "боло": "боло"}
_AFTER_IZAFAT = re.compile(r"(?<!\w)(\w+?)и\s+(поён|поин|боло)(?!\w)", re.IGNORECASE)


def names_a_post(query: str) -> bool:
    """Whether ``query`` names a border post or crossing, in the general crossing words
    or in those of Central Asia and the Caucasus ("ТПП", "чегара пости", "бекети")."""
    return bool(
        names_a_border_crossing(query)
        or BORDER_POST_WORD.search(query)
        or _CHECKPOINT_WORD.search(query)
    )


def _read_from(name: str, result: PlaceResult, resolver: PlaceResolver) -> bool:
    """Whether the gazetteer files the answer under ``name`` (a name of the text)."""
    return any(
        place.name == result.name and place.country == result.country
        for place in resolver.gaz.lookup_key(normalise(name), kinds=("settlement",))
    )


def _is_a_town(result: PlaceResult) -> bool:
    return (
        result.status == "resolved"
        and result.precision in ("settlement", "near")
        and result.lat is not None
        and result.lon is not None
        and bool(result.country)
    )


def _crossings_beside(result: PlaceResult, resolver: PlaceResolver) -> list[PlaceResult]:
    """The crossings of the tables on a border of the town's country within
    :data:`CROSSING_AT_TOWN_KM` of it, nearest first."""
    assert result.lat is not None and result.lon is not None and result.country
    found = sorted(
        (km_between(place.lat, place.lon, result.lat, result.lon), place.name, place)
        for place in resolver.crossings_of_country_within(
            result.country, result.lat, result.lon, CROSSING_AT_TOWN_KM
        )
    )
    return [resolver.from_place(place) for _, _, place in found]


def crossing_named_in_quotes(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """The crossing of the tables a text naming a post gives in quotes.

    Parameters
    ----------
    query : str
        The place text as written ("“Эркеч-Там” өткөрмө бекетин").
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (its gazetteer, event's countries and trace).

    Returns
    -------
    PlaceResult
        The crossing when the text names a post, the answer is not already a crossing or
        an area, and a quoted name, as written or with its parts joined, or its words
        before those in lower case (:func:`_named_before`), names exactly one crossing of
        the tables on a border of the event's country; else ``result``.
    """
    if result.status == "resolved" and result.precision not in ("settlement", "near"):
        return result
    if not names_a_post(query):
        return result
    for match in _QUOTED.finditer(query):
        key = normalise(match[1])
        found = {
            place.ident: place
            for variant in dict.fromkeys((key, key.replace(" ", ""), *_named_before(match[1])))
            for place in resolver.gaz.lookup_key(variant, kinds=("crossing",))
            if not resolver.hint or set(place.countries) & set(resolver.hint)
        }
        if len(found) == 1:
            crossing = next(iter(found.values()))
            note = f"the post named {match[1]!r} is the crossing {crossing.name}"
            resolver.log(note)
            return replace(resolver.from_place(crossing), query=query, note=note)
    return result


def _named_before(quoted: str) -> list[str]:
    """Keys of a quoted name's leading words before words in lower case, which describe
    the post ("Эркеч-Там унаа жолу", the Irkeshtam road post): its name, as written and
    with its parts joined; empty when no word of it is in lower case."""
    words = quoted.split()
    cut = next((i for i, word in enumerate(words) if i and word[:1].islower()), len(words))
    if cut == len(words):
        return []
    key = normalise(" ".join(words[:cut]))
    return [key, key.replace(" ", "")]


def crossing_of_a_quoted_post(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """The one crossing beside the town a quoted checkpoint name was read as.

    Parameters
    ----------
    query : str
        The place text as written ('ТПП "Казбеги"').
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it (its gazetteer and trace).

    Returns
    -------
    PlaceResult
        The crossing when the text names a post by a quoted name, the answer is a town
        filed under that name, and the tables know exactly one crossing on a border of
        the town's country within :data:`CROSSING_AT_TOWN_KM` of it; else ``result``.
    """
    if not _is_a_town(result) or not names_a_post(query):
        return result
    quoted = [m[1] for m in _QUOTED.finditer(query) if _read_from(m[1], result, resolver)]
    if not quoted:
        return result
    beside = _crossings_beside(result, resolver)
    if len(beside) != 1:
        return result
    note = (
        f"the post is named {quoted[0]!r}, after {result.name}; the one crossing beside "
        f"that town: {beside[0].name}"
    )
    resolver.log(note)
    return replace(beside[0], query=query, note=note)


def friendship_post_not_a_town(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """Unresolved when a post named "friendship" was answered by a namesake town.

    Parameters
    ----------
    query : str
        The place text as written ("“Дўстлик” чегара божхона пости").
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it.

    Returns
    -------
    PlaceResult
        ``result``, unless the text names a post, the answer is a town filed under a
        word of the text meaning "friendship", and no crossing of the tables lies beside
        that town: then unresolved, the town listed as a near miss.
    """
    if not _is_a_town(result) or not names_a_post(query):
        return result
    words = re.findall(r"[\w'ʻ‘’]+", query)
    friendly = [w for w in words if normalise(w) in _FRIENDSHIP]
    if not any(_read_from(word, result, resolver) for word in friendly):
        return result
    if _crossings_beside(result, resolver):
        return result
    note = (
        f"the post is named {friendly[0]!r} (friendship), as posts are in honour of the "
        f"neighbour; {result.name} ({result.country}) is a town of that name with no "
        "crossing beside it: not the post"
    )
    resolver.log(f"unresolved: {note}")
    return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)


def quoted_post_name_not_cut(
    query: str, result: PlaceResult, resolver: PlaceResolver
) -> PlaceResult:
    """Unresolved when a post's quoted name of several words was answered by a part.

    Parameters
    ----------
    query : str
        The place text as written ("“Temir baba” awtomobil geçelgesi").
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it.

    Returns
    -------
    PlaceResult
        ``result``, unless the text names a post, the answer is a town the gazetteer
        files under some of the words of a quoted name of two or more words but not
        under the whole name: then unresolved, the town listed as a near miss.  The
        quotes mark where the name begins and ends; its first word alone is another name.
    """
    if not _is_a_town(result) or not names_a_post(query):
        return result
    for match in _QUOTED.finditer(query):
        words = match[1].split()
        if len(words) < 2 or _read_from(match[1], result, resolver):
            continue
        if any(dash in match[1] for dash in DASHES):
            # «Дольськ – Мохро»: a crossing named by its two ends, each a name of its own.
            continue
        parts = [
            " ".join(words[start:end])
            for start in range(len(words))
            for end in range(start + 1, len(words) + 1)
            if end - start < len(words)
        ]
        part = next((p for p in parts if _read_from(p, result, resolver)), None)
        if part is None:
            continue
        note = (
            f"the post is named {match[1]!r}; {result.name} ({result.country}) is filed "
            f"under {part!r}, a part of that name only: not the post"
        )
        resolver.log(f"unresolved: {note}")
        return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)
    return result


def lower_or_upper_not_the_town(
    query: str, result: PlaceResult, resolver: PlaceResolver, geocode: Geocode
) -> PlaceResult:
    """Lower or Upper X read as that place, never as X.

    Parameters
    ----------
    query : str
        The place text as written ("аз гузаргоҳи марзии Панҷи поин").
    result : PlaceResult
        The answer found for it.
    resolver : PlaceResolver
        The resolver that read it.
    geocode : Geocode
        Reads a text with the event's countries (for the name respelled).

    Returns
    -------
    PlaceResult
        ``result``, unless it is the town X of a Tajik "X-и поён/поин/боло" (X's lower
        or upper part): then the text read with "lower" spelled as names spell it, when
        that finds a place other than X, else unresolved with X as a near miss.
    """
    if not _is_a_town(result):
        return result
    for match in _AFTER_IZAFAT.finditer(query):
        stem, word = match[1], match[2]
        if not (_read_from(stem, result, resolver) or _read_from(f"{stem}и", result, resolver)):
            continue
        spelled = _TAJIK_LOWER_UPPER[word.lower()]
        if spelled != word.lower():
            again = geocode(f"{stem}и {spelled.capitalize()}", resolver.hint)
            if again.status == "resolved" and again.name != result.name:
                note = f"'{word}' (lower) written '{spelled}' as names write it"
                resolver.log(note)
                return replace(again, query=query, note=note)
        note = (
            f"{match[0]!r} names the {'upper' if spelled == 'боло' else 'lower'} place of "
            f"{result.name}, another place than the town"
        )
        resolver.log(f"unresolved: {note}")
        return PlaceResult(query, "unresolved", candidates=(result.as_candidate(),), note=note)
    return result
