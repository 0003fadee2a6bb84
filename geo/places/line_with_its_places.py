"""A border line named with the places along it: "along the Golok, from A to B".

"sepanjang Sungai Golok bermula dari Pengkalan Kubor, Tumpat sehingga ke Jeli" (along
the Golok from Pengkalan Kubor in Tumpat to Jeli) names one border river and the
towns that mark the stretch the text means.  Read as several places the text would be
ambiguous; but when every other place lies by the line, on one of its two sides, they
only say where along it the text is, and the line answers.  A place off the line, or
of a third country, is more than a mark on it, and the text stays several places.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from shapely.geometry import Point

from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import KM_PER_DEGREE, POINT_ANSWERS

__all__ = ["MARK_KM", "line_marked_by_places"]

#: A place this close to the line marks a stretch of it (a town naming a border lies
#: within it: :data:`bordermap.geo.places.border_reading.TOWN_BORDER_KM`).
MARK_KM = 30.0


def line_marked_by_places(
    found: Sequence[tuple[str, PlaceResult]],
    hint: Sequence[str],
    pair_of: Callable[[PlaceResult], tuple[str, ...]],
) -> PlaceResult | None:
    """The one border line among ``found`` when the other places only mark it.

    Parameters
    ----------
    found : sequence of (str, PlaceResult)
        The names read inside a text and what each resolved to, in the text's order.
    hint : sequence of str
        The event's countries; one of them must be a side of the line.
    pair_of : callable
        The countries of a border answer (``BorderReading.border_pairs_of``).

    Returns
    -------
    PlaceResult or None
        The line, its note saying which places mark it, when exactly one answer is a
        resolved border line of the event's country and every other is a point of one
        of its two sides (a crossing, of no one side, counts) within :data:`MARK_KM` of
        it; else None.
    """
    lines = [r for _, r in found if r.status == "resolved" and r.precision == "border"]
    if len(lines) != 1 or lines[0].geometry is None or len(found) < 2:
        return None
    line = lines[0]
    pair = set(pair_of(line))
    if len(pair) != 2 or not pair & set(hint):
        return None
    marks = [(span, r) for span, r in found if r is not line]
    for _, place in marks:
        if (
            place.status != "resolved"
            or place.precision not in POINT_ANSWERS
            or (place.country is not None and place.country not in pair)
            or place.lat is None
            or place.lon is None
        ):
            return None
        km = line.geometry.distance(Point(place.lon, place.lat)) * KM_PER_DEGREE
        if km > MARK_KM:
            return None
    spans = ", ".join(repr(span) for span, _ in marks)
    note = f"{line.name}: {spans} lie by it and mark where along it the text is"
    return replace(line, note=f"{line.note}; {note}" if line.note else note)
