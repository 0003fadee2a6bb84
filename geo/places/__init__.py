"""Places offline: the gazetteer, the grammar of place phrases and the resolver.

``geocoder.geocode_place`` turns a report's place text into a :class:`result.PlaceResult`
with an honest precision, using only the shipped data.
"""
