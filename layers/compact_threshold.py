"""The number of events above which a map draws them in compact mode.

A module of its own, importing nothing: the ``map`` command shows it in its help
before it imports the map libraries (see ``bordermap.maps.commands.map``).
"""

#: Point-like events above which a map draws its events in compact mode.
DEFAULT_COMPACT_THRESHOLD = 5_000
