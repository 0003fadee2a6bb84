"""The border in a district named by its seat: "near the Bangladesh border in Murshidabad".

In India, Bangladesh, Nepal and Pakistan a district bears its seat's name and border
reporting names it by that name alone (:data:`DISTRICTS_NAMED_AFTER_SEATS`): "the
Bangladesh border in Murshidabad" is the line where it runs through Murshidabad
district, as "the Murshidabad border" is, not the line within reach of the town (the
town of Murshidabad lies some 40 km from it).  The district is drawn as the resolver
draws it (a circle about its seat), so the line is cut to it, or, where the seat lies
far from the line, the district answers (:meth:`BorderReading.border_stretch_in`).

A town's border ("Teknaf's Myanmar border", Bengali "টেকনাফের মিয়ানমার সীমান্তে" with
the genitive joined to the name) is the district the seat's name stands for, else near
the town, its circle reaching the line (the field sets code "the Teknaf border" near
Teknaf), or the land around a town off the line
(:meth:`BorderInSeatDistrict.border_a_town_owns`); never the town itself as a point,
nor the whole line.

A name with a word of its own ("Murshidabad town", "the city of Amritsar") is the town:
only a bare name reads as the district, and only beside a border word that names one
line: where several fit ("the Ghumdum border in Bandarban", Ghumdum unknown), the
district's circle may meet more than one and the district would answer for a line it
does not hold.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from shapely.geometry import Point

from bordermap.geo.places.districts import (
    DISTRICTS_NAMED_AFTER_SEATS,
    districts_named,
    districts_seated_at,
)
from bordermap.geo.places.names import normalise
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.places.scope import KM_PER_DEGREE
from bordermap.geo.schema import NEAR_RADIUS_KM

if TYPE_CHECKING:
    from bordermap.geo.places.phrases import PlaceExpression
    from bordermap.geo.places.scope import Scope

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

    def border_a_town_owns(
        self, expr: PlaceExpression, town: PlaceResult, scope: Scope, kinds
    ) -> PlaceResult | None:
        """ "Teknaf's Myanmar border": the line where it runs by the owning town.

        Parameters
        ----------
        expr : PlaceExpression
            A possessive expression: the border words inside, the town's name as owner.
        town : PlaceResult
            What the owner's words resolved to alone (a settlement).
        scope : Scope
            Where the border words are looked up.
        kinds : tuple of str or None
            Place kinds the caller accepts.

        Returns
        -------
        PlaceResult or None
            The district the town's name stands for
            (:meth:`district_a_seat_name_stands_for`), else near a town by the line (the
            circle reaching the line), or the land around a town off the line; None when
            the inner words name no one line of the town's country.  A caseless
            script's border words the parser keeps as a name ("মিয়ানমার সীমান্তে")
            are read as country words beside a border word.
        """
        if town.status != "resolved" or town.precision != "settlement" or expr.inner is None:
            return None
        if expr.inner.kind == "border":
            border = self.resolve(expr.inner, scope, kinds)
        elif expr.inner.kind == "name":
            border = self.compound_border(expr.inner.text)
        else:
            return None
        if (
            border is None
            or border.status != "resolved"
            or border.precision != "border"
            or town.country is None
            or town.country not in self.border_pairs_of(border)
        ):
            return None
        # The name as written, else the town's own (a name in another script: "অমৃতসর").
        district = self.district_a_seat_name_stands_for(
            expr.other, town
        ) or self.district_a_seat_name_stands_for(town.name or "", town)
        if district is not None:
            # "অমৃতসরের ভারত-পাকিস্তান সীমান্তে": the district the seat's name stands for.
            note = f"{expr.other!r} owns the {border.name}: the district of its name"
            self.log(note)
            joined = f"{district.note}; {note}" if district.note else note
            return replace(district, query=self.query, note=joined)
        stretch, far = self.stretch_by_a_town(expr, town, border)
        if far is not None or stretch.geometry is None or town.lat is None or town.lon is None:
            return far
        # A town by the line: the border by the town is near it (the field sets code "the
        # Teknaf border" so), the circle reaching the line where the data draws it.
        km = stretch.geometry.distance(Point(town.lon, town.lat)) * KM_PER_DEGREE
        note = f"{expr.other!r} owns the {border.name}, {km:.0f} km from the town: near it"
        self.log(note)
        return replace(
            town,
            query=self.query,
            precision="near",
            uncertainty_km=max(NEAR_RADIUS_KM, round(km, 3)),
            note=f"{town.note}; {note}" if town.note else note,
        )
