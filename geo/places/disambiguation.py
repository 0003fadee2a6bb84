"""Choosing among gazetteer entries that share a name, or refusing to.

The rule, applied in this order:

1. **Event country.**  If the event names its country, only candidates there stay.
   The hint is a constraint: when no candidate lies there, nothing is chosen and the
   others are returned as ``refused`` (a hinted Finnish place is never silently
   answered with a Russian one; "the temple" in a Thai report is not Temple, Texas).
   A settlement filed under another country whose point lies well inside the event's
   country's outline is of that country (Guerguerat, filed under Morocco, for an event
   of Western Sahara: :mod:`bordermap.geo.places.filed_elsewhere`).
   A village of the villages table across a land border of the hinted country that
   bears the name keeps the hinted namesakes from being chosen (rule 6 across the
   hint): a border report names places on both sides, and "Dongzhang", China's name
   for the Yangtse area on the Line of Actual Control, is as much that village of India
   as a Fujian village of the name 2,700 km from any land border; all are reported.
2. **Region of interest.**  If the map's recipe has one (ISO alpha-2 codes or a
   ``(min_lon, min_lat, max_lon, max_lat)`` box), only candidates in it stay; when
   none does, nothing is chosen and the candidates are ``refused``.  Candidates the
   event's country already kept are not removed by the region of interest: the
   event's own hint is the more specific of the two.
3. **Duplicates.**  Entries of one country within :data:`SAME_PLACE_KM` of a more
   populous one are the same place listed twice (GeoNames lists some towns and their
   sections) and are folded into it.
4. **Own names first.**  A place whose own (preferred) name is the query is not
   outvoted by a bigger place that merely has it as an alternate or former name:
   when exactly one candidate bears the name as its own, it is chosen (Kaliningrad
   over Korolev, once "Kaliningrad"; the village of Medininkai over Varniai, whose
   old name it was); when several do, only they go on to rule 5 (Donetsk was once
   "Aleksandrovka", and so are dozens of villages today, which stay ambiguous), with
   any place larger than all of them whose own name begins with the name: its short
   form today ("San Antonio" of San Antonio del Táchira), not a former name.
5. **Population.**  One candidate left: resolved.  Otherwise the most populous is
   chosen only if it has at least :data:`DOMINANCE` times the population of the next;
   anything closer is *ambiguous* and every remaining candidate is reported, because
   "Aleksandrovka" (dozens of villages) or "Borisoglebsk" (a Russian town, and an old
   name of Daugavpils) cannot honestly be decided by size.  Size decides only between
   settlements: a border crossing has no population, so a town is never chosen over a
   crossing elsewhere by its size ("Horgoš" is the Röszke–Horgoš crossing as much as
   Qarasu, a Chinese town that lists Horgos as a variant name).  Nor does a town win,
   by its own name or by its size, over a border crossing that bears the name and lies
   more than :data:`CROSSING_TOWN_KM` from it: the crossing's village may be missing from
   the gazetteer ("Hrebenne", "Blaine", "Grimaldi" are ambiguous).
6. **A village of unknown size is not outweighed.**  A settlement of the villages table
   (``data/gazetteer/villages.tsv``: border villages GeoNames ``cities500`` lacks) has
   no population, which says nothing of its size: when it and another settlement bear
   the name, neither size nor own names decide between them, and all are reported
   (the resolver may still take the one by a land border).  "Πύθιο" is the Evros
   village on the Turkish border as much as Pýthio of Thessaly, 400 km away, and
   "Ağdam" the Tovuz village as much as the town of Aghdam.
7. **Variant names are weak evidence.**  When no candidate bears the name as its own
   (every one matched through an alternate, former or foreign-language name) and the
   candidates lie in more than one country, nothing is chosen unless the event's
   country or the region of interest narrowed them: a name the gazetteer lacks must
   not become a far-away place that once bore it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bordermap.geo.places.filed_elsewhere import country_holding
from bordermap.geo.places.gazetteer import VILLAGE, Place
from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import BORDERS_HELD_BY, km_between

__all__ = [
    "CROSSING_TOWN_KM",
    "DOMINANCE",
    "SAME_PLACE_KM",
    "Choice",
    "RegionOfInterest",
    "admitted",
    "choose",
    "stands_out",
]

#: How many times more populous the first candidate must be than the second.
DOMINANCE = 5.0
#: Same-country entries this close (km) to a larger one count as that place.
SAME_PLACE_KM = 10.0
#: A border crossing this close (km) to a town is that town's crossing (Cúcuta and the
#: Simón Bolívar Bridge, 12 km apart); one farther away is named after another place.
CROSSING_TOWN_KM = 30.0

#: ISO alpha-2 codes, or a box (min_lon, min_lat, max_lon, max_lat).
RegionOfInterest = Sequence[str] | tuple[float, float, float, float]


@dataclass(frozen=True)
class Choice:
    """Outcome of :func:`choose`.

    Attributes
    ----------
    chosen : Place or None
        The place, or None when the candidates are too alike to choose.
    candidates : tuple of Place
        The candidates that survived the hints, most populous first.
    refused : tuple of Place
        Candidates that bear the name but lie outside the event's country or the
        region of interest, when that left none (reported, never chosen).
    reason : str
        Why nothing was chosen, in words; empty when ``chosen`` is set.
    """

    chosen: Place | None
    candidates: tuple[Place, ...]
    refused: tuple[Place, ...] = ()
    reason: str = ""


def _countries_of(place: Place) -> tuple[str, ...]:
    # A border crossing lies in both countries it joins.
    return tuple(getattr(place, "countries", ()) or ()) or (place.country,)


def _in_roi(place: Place, roi: RegionOfInterest) -> bool:
    if len(roi) == 4 and all(isinstance(v, int | float) for v in roi):
        min_lon, min_lat, max_lon, max_lat = roi  # type: ignore[misc]
        return min_lon <= place.lon <= max_lon and min_lat <= place.lat <= max_lat
    return bool(set(_countries_of(place)) & {str(code).upper() for code in roi})


def _km(a: Place, b: Place) -> float:
    # Haversine is ample for "is this the same town" at 10 km.
    return km_between(a.lat, a.lon, b.lat, b.lon)


def _roi_text(roi: RegionOfInterest) -> str:
    if len(roi) == 4 and all(isinstance(v, int | float) for v in roi):
        return "the box " + ", ".join(f"{v:g}" for v in roi)  # type: ignore[union-attr]
    return ", ".join(str(code).upper() for code in roi)


def _held_countries(place: Place) -> set[str]:
    # A crossing counts in both countries it joins; a French Guiana town also in France,
    # whose borders the crossings table gives it ("Saint-Georges" beside the BR-FR
    # Oyapock bridge).
    codes = set(_countries_of(place))
    return codes | {BORDERS_HELD_BY[c] for c in codes if c in BORDERS_HELD_BY}


def _same_place(kept: Place, place: Place) -> bool:
    return bool(_held_countries(kept) & _held_countries(place)) and (
        _km(kept, place) <= SAME_PLACE_KM
    )


def _outweighed_by_a_short_form(own: Place, distinct: Sequence[Place], key: str) -> bool:
    """Whether a sized town whose own name begins with the key outranks an unsized record
    bearing the key as its own name.

    Among places of the event's country only.  The own name settles a former name or a
    variant spelling (Borisoglebsk over Daugavpils, Sredets over Sofia), not a name that
    is the short form of a larger town's own ("San Lorenzo" of San Lorenzo de
    Esmeraldas, 20,000 people, over a record named San Lorenzo of no known size): as
    for several own names, such a town stays among the candidates.
    """
    if own.population > 0:
        # A sized town bearing the name stays the name's (Río Bravo, Coahuila, 1,349
        # people, beside Ciudad Río Bravo): only an unsized record yields.
        return False
    return any(p is not own and p.population > 0 and _short_form_of(key, p) for p in distinct)


def _unless_crossing_apart(
    chosen: Place, places: Sequence[Place], distinct: tuple[Place, ...]
) -> Choice:
    """``chosen``, unless a border crossing bearing the name lies apart from it.

    A crossing is named after the village beside it; when that village is missing
    from the gazetteer, the name still finds its crossing, and a same-named town far
    away must not take the name from it ("Blaine" is Blaine, Minnesota by size, but
    the Peace Arch crossing is at Blaine, Washington; "Hrebenne" is a village of 500
    people 70 km from the Hrebenne crossing).
    """
    apart = [
        p
        for p in places
        if p.kind == "crossing" and p is not chosen and _km(chosen, p) > CROSSING_TOWN_KM
    ]
    if not apart:
        return Choice(chosen, distinct)
    candidates = (*distinct, *(p for p in apart if p not in distinct))
    return Choice(
        None,
        candidates,
        reason=f"{chosen.name} bears the name, and so does the border crossing "
        f"{apart[0].name}, {_km(chosen, apart[0]):.0f} km from it",
    )


def admitted(
    places: Sequence[Place],
    *,
    country: str | Sequence[str] | None = None,
    region_of_interest: RegionOfInterest | None = None,
) -> list[Place]:
    """The places the event's country (else the region of interest) lets through.

    Parameters
    ----------
    places : sequence of Place
        Candidates.
    country : str or sequence of str, optional
        ISO alpha-2 code(s) of the event's country; when given, the region of
        interest is not applied (rules 1 and 2 of :func:`choose`).
    region_of_interest : sequence of str or 4-tuple of float, optional
        ISO alpha-2 codes, or a (min_lon, min_lat, max_lon, max_lat) box.

    Returns
    -------
    list of Place
        The places in the hint, else in the region of interest, else all of them.
    """
    if country:
        wanted = {country.upper()} if isinstance(country, str) else {c.upper() for c in country}
        return [p for p in places if set(_countries_of(p)) & wanted]
    if region_of_interest:
        return [p for p in places if _in_roi(p, region_of_interest)]
    return list(places)


def _unsized(place: Place) -> bool:
    """Whether the place is a village of the villages table: its size is unknown."""
    return place.kind == "settlement" and place.located == VILLAGE


def _village_among_namesakes(distinct: Sequence[Place]) -> Choice | None:
    """Ambiguity when a table village and another settlement bear the name (rule 6)."""
    villages = [p for p in distinct if _unsized(p)]
    others = [p for p in distinct if p.kind == "settlement" and not _unsized(p)]
    if not villages or len(villages) + len(others) < 2:
        return None
    return Choice(
        None,
        tuple(distinct),
        reason=f"{len(villages) + len(others)} settlements bear the name, "
        f"{len(villages)} of them a village whose size is unknown, so size cannot "
        "decide",
    )


def _border_villages_across(
    places: Sequence[Place], kept: Sequence[Place], wanted: set[str]
) -> tuple[Place, ...]:
    """Table villages of a land neighbour of the hint that bear the name (rule 1).

    Only when every hinted namesake is a settlement of known size: a hinted village
    or crossing is itself a border place of the hint, and the hint then decides.
    """
    if not all(p.kind == "settlement" and not _unsized(p) for p in kept):
        return ()
    # Imported here: the border reading imports this module.
    from bordermap.geo.places.border_reading import neighbours_of

    near = {n for code in wanted for n in neighbours_of(code)}
    return tuple(p for p in places if p not in kept and _unsized(p) and p.country in near)


def _lying_inside(places: Sequence[Place], wanted: set[str]) -> list[Place]:
    """The settlements filed under another country whose point lies well inside the
    outline of a wanted one (:func:`~bordermap.geo.places.filed_elsewhere.country_holding`):
    Guerguerat, Moroccan in the tables, for an event of Western Sahara."""
    return [
        p
        for p in places
        if p.kind == "settlement"
        and p.country not in wanted
        and country_holding(p.lat, p.lon, wanted) is not None
    ]


def _by_size(places: Sequence[Place]) -> tuple[Place, ...]:
    return tuple(sorted(places, key=lambda p: (-p.population, p.ident)))


def choose(
    candidates: Sequence[Place],
    *,
    country: str | Sequence[str] | None = None,
    region_of_interest: RegionOfInterest | None = None,
    key: str | None = None,
) -> Choice:
    """Pick one place among same-named candidates, or report them all.

    Parameters
    ----------
    candidates : sequence of Place
        Entries that bear the name (not empty).
    country : str or sequence of str, optional
        ISO alpha-2 code(s) of the event's country.
    region_of_interest : sequence of str or 4-tuple of float, optional
        ISO alpha-2 codes, or a (min_lon, min_lat, max_lon, max_lat) box.
    key : str, optional
        The normalised name looked up; enables rule 4 (own names first).

    Returns
    -------
    Choice
        ``chosen`` is None when the candidates are genuinely comparable, or when
        none lies in the event's country or the region of interest (``refused``).
    """
    places = list(candidates)
    hinted = narrowed = False
    if country:
        wanted = {country.upper()} if isinstance(country, str) else {c.upper() for c in country}
        kept = [p for p in places if set(_countries_of(p)) & wanted] or _lying_inside(
            places, wanted
        )
        if not kept:
            return Choice(
                None,
                (),
                _by_size(places),
                f"found only outside the event's country {', '.join(sorted(wanted))}",
            )
        across = _border_villages_across(places, kept, wanted)
        if across:
            return Choice(
                None,
                _by_size(kept) + across,
                reason=f"{len(kept)} place(s) of the event's country bear the name, and "
                f"so does {across[0].name}, a border village of {across[0].country} "
                "(a neighbour) whose size is unknown",
            )
        places, hinted = kept, True
    if region_of_interest and not hinted:
        kept = [p for p in places if _in_roi(p, region_of_interest)]
        if not kept:
            return Choice(
                None,
                (),
                _by_size(places),
                f"found only outside the region of interest ({_roi_text(region_of_interest)})",
            )
        narrowed = True
        places = kept
    places.sort(key=lambda p: (-p.population, p.ident))
    distinct: list[Place] = []
    for place in places:
        if not any(_same_place(kept, place) for kept in distinct):
            distinct.append(place)
    if len(distinct) == 1:
        return Choice(distinct[0], tuple(distinct))
    village_tie = _village_among_namesakes(distinct)
    if village_tie is not None:
        return village_tie
    first, second = distinct[0], distinct[1]
    if key is not None:
        own = [p for p in distinct if _saints_alike(normalise(p.name)) == _saints_alike(key)]
        if len(own) == 1 and hinted and _outweighed_by_a_short_form(own[0], distinct, key):
            # "San Lorenzo" in Ecuador: a hamlet of no known size bears the bare name,
            # and San Lorenzo de Esmeraldas, a town of 20,000, bears it as its short
            # form; in one country, the bare record says nothing of which is meant.
            return Choice(
                None,
                tuple(distinct),
                reason=f"{len(distinct)} places of the event's country bear the name; "
                f"{own[0].name} bears it as its own but is outweighed by a larger place "
                "that bears it as a variant",
            )
        if len(own) == 1:
            # The one place that bears the name as its own today wins over places that
            # bore it once or bear it as a variant (Borisoglebsk over Daugavpils).
            return _unless_crossing_apart(own[0], places, tuple(distinct))
        if len(own) > 1 and len(own) < len(distinct):
            # Several places bear the name as their own, so it decides nothing: a place
            # larger than all of them whose own name begins with it stays among them,
            # for the name is its short form today, not a former name ("San Antonio" is
            # San Antonio del Táchira as much as the villages named San Antonio).
            largest = max(p.population for p in own)
            distinct = [
                p
                for p in distinct
                if p in own or (_short_form_of(key, p) and p.population > largest)
            ]
            first, second = distinct[0], distinct[1]
        if not own and not (hinted or narrowed):
            countries = {c for p in distinct for c in _countries_of(p)}
            if len(countries) > 1:
                return Choice(
                    None,
                    tuple(distinct),
                    reason=f"{len(distinct)} places bear the name only as a variant "
                    "name, in different countries, and nothing in the text or the "
                    "hints says which",
                )
    crossing_elsewhere = any(p.kind == "crossing" for p in distinct[1:])
    if (
        first.population > 0
        and not crossing_elsewhere
        and first.population >= DOMINANCE * second.population
    ):
        return _unless_crossing_apart(first, places, tuple(distinct))
    if crossing_elsewhere:
        reason = (
            f"{len(distinct)} places bear the name, a border crossing among them, and a "
            "crossing has no population to be outweighed by"
        )
    else:
        reason = (
            f"{len(distinct)} places bear the name and none is {DOMINANCE:g} times "
            "larger than the next"
        )
    return Choice(None, tuple(distinct), reason=reason)


#: Honorific titles before a town's own name that reporters leave out: Mexico's
#: "Heroica" (Heroica Matamoros, Heroica Nogales, Heroica Caborca are "Matamoros",
#: "Nogales", "Caborca" in the press), and "Ciudad" (Ciudad Juárez is "Juárez", more
#: than the Chiapas village of 7,000 that bears the bare name).
_HONORIFIC_TITLES = ("heroica ", "ciudad ")


#: "Saint", "St", "Sainte", "Ste" at the start of a name: one word, written in full or
#: shortened ("St Helier" is Saint Helier as much as St. Helier in London).
_SAINT_WORD = re.compile(r"^(?:saint|sainte|st|ste)\s+")


def _saints_alike(key: str) -> str:
    """``key`` with a leading "saint" word written one way, so the forms compare equal."""
    return _SAINT_WORD.sub("st ", key)


def _short_form_of(key: str, place: Place) -> bool:
    """Whether ``key`` is the first words of the place's own name ("san antonio" of
    San Antonio del Táchira), or the name after an honorific title ("matamoros" of
    Heroica Matamoros)."""
    own = normalise(place.name)
    return own.startswith(f"{key} ") or any(own == f"{title}{key}" for title in _HONORIFIC_TITLES)


def stands_out(chosen: PlaceResult, namesakes: Sequence[Place]) -> bool:
    """Whether the chosen place stands out among the country's places of its name.

    Used where the text had words that would have said which place (an unknown
    container, "Heiligenkreuz im Südburgenland"): the choice stands only for the one
    place of the name, or one at least five times larger than every other ("Goma" is
    the city, whatever villages share its name).

    Parameters
    ----------
    chosen : PlaceResult
        The answer chosen without those words.
    namesakes : sequence of Place
        The places of the event's country that bear the name.

    Returns
    -------
    bool
    """
    own = [p for p in namesakes if (p.lat, p.lon) == (chosen.lat, chosen.lon)]
    if len(namesakes) <= 1 or not own:
        return True
    if any(_unsized(p) for p in namesakes):
        # A village of unknown size may be larger than it looks (rule 6 of choose).
        return False
    size = own[0].population or 0
    others = [p.population or 0 for p in namesakes if p not in own]
    return size > 0 and size >= DOMINANCE * max(others, default=0)
