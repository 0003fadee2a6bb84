"""A place the data lacks, located in brackets by its town and region joined with a dash.

French-language press of Central and West Africa locates a village by its town and
province run together: "Ndjounou (Okondja-Haut-Ogooué)", the village of Ndjounou near
Okondja in Haut-Ogooué.  Read whole, the joined locator is no name; split, the town
is only the reference of a village the data lacks, so the answer is the region both
parts agree on, coarsened, never the town's point.
"""

from __future__ import annotations

import re

from bordermap.geo.places.result import Geocode, PlaceResult, noted_reading

#: "Head (Town-Region)": a name, then a bracketed locator holding a dash and no comma
#: (a comma-separated locator is read as an address already).
_JOINED_LOCATOR = re.compile(r"^(?P<head>[^()]*\S)\s*\((?P<locator>[^(),]+-[^(),]+)\)$")
#: The dashes that may join the town to its region.
_DASH = re.compile(r"\s*[-–]\s*")


def region_of_a_joined_locator(
    query: str, hint: tuple[str, ...], geocode: Geocode, explain: list[str] | None = None
) -> PlaceResult | None:
    """The region a bracketed "Town-Region" locator names, for a place the data lacks.

    Parameters
    ----------
    query : str
        The place text, e.g. "Ndjounou (Okondja-Haut-Ogooué)".
    hint : tuple of str
        The event's countries; the region must be of one of them.
    geocode : Geocode
        Geocodes a text with a country hint.
    explain : list of str, optional
        Receives a line saying how the text was read.

    Returns
    -------
    PlaceResult or None
        The region, coarsened, when some dash splits the locator into a town and an
        admin-1 region of the event's country holding that town; None otherwise, and
        when the head alone is a place (then the head, not its locator, is meant).
    """
    match = _JOINED_LOCATOR.match(query.strip())
    if match is None or not hint:
        return None
    locator = match["locator"].strip()
    for dash in _DASH.finditer(locator):
        town_text, region_text = locator[: dash.start()], locator[dash.end() :]
        if not town_text or not region_text:
            continue
        region = geocode(region_text, hint)
        if (
            region.status != "resolved"
            or region.precision != "region"
            or region.country not in hint
            or not region.admin1_code
        ):
            continue
        town = geocode(town_text, hint)
        # The town must lie in that region: "Okondja" in Haut-Ogooué, so the two parts
        # agree; a town of another region leaves the locator unread.
        if town.status != "resolved" or town.admin1_code != region.admin1_code:
            continue
        if geocode(match["head"], hint).status != "unresolved":
            # The head is itself a place (or several): not a place the data lacks.
            return None
        note = (
            f"a place the data lacks, located by its town {town_text!r} and region "
            f"{region_text!r}: the region"
        )
        return noted_reading(region, query, note, explain, coarsened=True)
    return None
