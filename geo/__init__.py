"""Geography without drawing: events in, places resolved, borders joined.

Rooms by concern:

- :mod:`bordermap.geo.events`: reading and checking event files, dates, categories,
  citations, and writing resolved events;
- :mod:`bordermap.geo.places`: the offline gazetteer, the grammar of place phrases and
  the resolver (``places.geocoder.geocode_place``);
- :mod:`bordermap.geo.online`: online geopy geocoders, their cache, pacing and chain;
- :mod:`bordermap.geo.borders`: boundaries, border lines, extents and the border join;
- :mod:`bordermap.geo.extraction`: draft events from a report's text.

At this level: :mod:`~bordermap.geo.resolve` (events → places → borders, the one step
that uses every room), the shared :mod:`~bordermap.geo.schema`, the error tree
(:mod:`~bordermap.geo.errors`), atomic outputs (:mod:`~bordermap.geo.atomic`),
formula-safe CSV text (:mod:`~bordermap.geo.spreadsheet`), data credits
(:mod:`~bordermap.geo.attribution`) and the packed data container
(:mod:`~bordermap.geo.packed`).  Nothing in ``geo`` imports ``layers`` or ``maps``.
"""

__version__ = "0.1.0"
