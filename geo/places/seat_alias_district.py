"""A district's name that the gazetteer files only as another name of its seat town.

GeoNames often gives a district's seat the district's name as one of its alternate
names: Mường Xén, the township seating Kỳ Sơn district (Nghệ An), is listed also as
"Kỳ Sơn".  An address filing a place the data lacks under "Kỳ Sơn" ("Nậm Cắn (Kỳ Sơn,
Nghệ An)") files it in the district, not in the township: the place lies anywhere in
the district, and a district is never its seat town.  The district holds the town, so
it is the reading that cannot be wrong.  (A bare name is left alone: an alternate name
is as often the town's old name or its name in another language, "Kazbegi" of
Stepantsminda, "صيدا" of Sidon.)

Only when the town's own name is another one, not even spelt alike: a town bearing the
district's name as its own ("Poonch", "Nemuro" of 根室市, "Do'stlik" of "Дўстлик") is
left to the rules for districts named after their seats.
"""

from __future__ import annotations

from bordermap.geo.places.districts import District, districts_named, districts_seated_at
from bordermap.geo.places.names import normalise
from bordermap.geo.places.spelling import allowed_edits, edit_distance

__all__ = ["districts_an_alias_names"]


def districts_an_alias_names(
    key: str, town_name: str, country: str, lat: float, lon: float
) -> list[District]:
    """Districts seated at a town that bear, as their own name, a name only the town's
    alternate names hold.

    Parameters
    ----------
    key : str
        The looked-up key of the text (:func:`~bordermap.geo.places.names.normalise`).
    town_name : str
        The town's own (preferred) name.
    country : str
        ISO alpha-2 code of the town.
    lat, lon : float
        The town's point.

    Returns
    -------
    list of District
        The units the key names that the town is the seat of; empty when the key is the
        town's own name or names no unit it seats.
    """
    own = normalise(town_name)
    if not key or own == key or _spelt_alike(key, own):
        return []
    named = set(districts_named([key], [country]))
    if not named:
        return []
    return [
        unit
        for unit in districts_seated_at(country, lat, lon)
        if unit in named and not _spelt_alike(normalise(unit.name), own)
    ]


def _spelt_alike(name: str, other: str) -> bool:
    """Whether two keys share a word of three letters or more, spelt alike within the
    edits a name of its length may differ by ("dustlik tumani", "dostlik shahri")."""
    words = [word for word in name.split() if len(word) >= 3]
    others = [word for word in other.split() if len(word) >= 3]
    for word in words:
        limit = max(1, allowed_edits(len(word)))
        if any(edit_distance(word, each, limit) <= limit for each in others):
            return True
    return False
