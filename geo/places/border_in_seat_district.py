"""The border in a district named by its seat: "near the Bangladesh border in Murshidabad".

In India, Bangladesh, Nepal and Pakistan a district bears its seat's name and border
reporting names it by that name alone (:data:`DISTRICTS_NAMED_AFTER_SEATS`): "the
Bangladesh border in Murshidabad" is the line where it runs through Murshidabad
district, as "the Murshidabad border" is, not the line within reach of the town (the
town of Murshidabad lies some 40 km from it).  The district is drawn as the resolver
draws it (a circle about its seat), so the line is cut to it, or, where the seat lies
far from the line, the district answers (:meth:`BorderReading.border_stretch_in`).

A name with a word of its own ("Murshidabad town", "the city of Amritsar") is the town:
only a bare name reads as the district, and only beside a border word that names one
line: where several fit ("the Ghumdum border in Bandarban", Ghumdum unknown), the
district's circle may meet more than one and the district would answer for a line it
does not hold.
"""

from __future__ import annotations

from bordermap.geo.places.districts import (
    DISTRICTS_NAMED_AFTER_SEATS,
    districts_named,
    districts_seated_at,
)
from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult

__all__ = ["BorderInSeatDistrict"]


class BorderInSeatDistrict:
    """The district a bare seat name stands for beside a border (mixed into the resolver)."""

    def district_a_seat_name_stands_for(self, name: str, town: PlaceResult) -> PlaceResult | None:
        """The district ``name`` stands for beside a border word, or None.

        Parameters
        ----------
        name : str
            The container's words as written ("Murshidabad").
        town : PlaceResult
            What those words resolved to alone (the town of Murshidabad).

        Returns
        -------
        PlaceResult or None
            The district of that name seated at the town, drawn as a circle about its
            seat; None outside :data:`DISTRICTS_NAMED_AFTER_SEATS`, for a town that
            seats no district of its name, or when the name is more than the town's.
        """
        country = town.country
        if (
            town.status != "resolved"
            or town.precision != "settlement"
            or town.coarsened
            or country not in DISTRICTS_NAMED_AFTER_SEATS
            or tuple(self.hint) != (country,)
            or town.lat is None
            or town.lon is None
        ):
            return None
        units = districts_named([normalise(name)], [country])
        seated = set(districts_seated_at(country, town.lat, town.lon))
        if not units or not all(unit in seated for unit in units):
            return None
        district = self.district_circle(units, "district")
        if district is not None:
            self.log(f"{name!r} beside a border is the district seated at {town.name}")
        return district
