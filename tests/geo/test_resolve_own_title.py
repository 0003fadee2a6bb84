"""resolve_events: an unknown place placed by the unit the event's own title names.

"the old sawmill yard" is no place of the gazetteer; an event titled "Migrants found
hiding near Terespol" is in the region holding Terespol, never at the town's point, and
the answer says it stands on the title.  A title that restates the phrase's own names,
names only the country, or names a place of another country places nothing.
"""

from __future__ import annotations

import csv
import io

import pytest

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.places.own_title_fallback import phrase_names_in_title, placed_by_own_title
from bordermap.geo.places.result import PlaceResult
from bordermap.geo.resolve import resolve_events

COLUMNS = ("id", "date", "title", "description", "category", "status", "place", "country")


def _events(write, rows: list[tuple[str, str, str, str]]):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*COLUMNS, "source_name"])
    for ident, title, place, hint in rows:
        writer.writerow(
            [ident, "2024-01-02", title, "Nothing more.", "other", "alleged", place, hint, "S"]
        )
    result = resolve_events(load_events([write("e.csv", out.getvalue())]))
    return result, result.events.set_index(schema.ID)


@pytest.mark.parametrize(
    ("title", "place", "hint", "precision", "name"),
    [
        # A town in the title: the region holding it, not its point.
        ("Migrants found hiding near Terespol", "the old sawmill yard", "PL", "region", "Lublin"),
        # A region in the title, as it is.
        ("Guards find tracks in North Karelia", "a forest clearing", "FI", "region", "North"),
        # A border of the event's country.
        ("Migrants push at the Belarus border again", "the old sawmill yard", "PL", "border", ""),
    ],
)
def test_an_unknown_place_is_placed_by_the_unit_its_title_names(
    write, title, place, hint, precision, name
) -> None:
    result, events = _events(write, [("x", title, place, hint)])
    event = events.loc["x"]
    assert event[schema.RESOLVE_STATUS] == "resolved"
    assert event[schema.PRECISION] == precision
    assert event[schema.RESOLVED_NAME].startswith(name)
    assert event[schema.COARSENED] == "yes"
    assert "placed by the event's own title" in event[schema.RESOLVE_NOTE]
    # Listed for review: a reviewer sees which events stand on their title.
    assert (
        "placed by the event's own title" in result.review.set_index(schema.ID).loc["x", "reason"]
    )


@pytest.mark.parametrize(
    ("title", "hint"),
    [
        # Only the country: the hint says that much already.
        ("Poland closes two more crossings", "PL"),
        # A place of another country (the Grodno end of a crossing) is not the event's.
        ("Clashes reported near Grodno", "PL"),
        # Nothing the gazetteer knows.
        ("A quiet night at the fence", "PL"),
    ],
)
def test_a_title_naming_no_unit_of_the_events_country_places_nothing(write, title, hint) -> None:
    _, events = _events(write, [("x", title, "the old sawmill yard", hint)])
    event = events.loc["x"]
    assert event[schema.RESOLVE_STATUS] == "unresolved"
    assert event[schema.COARSENED] == ""


def test_a_place_the_phrase_finds_is_not_read_again_from_the_title(write) -> None:
    _, events = _events(write, [("x", "Queue reported in North Karelia", "Terespol", "PL")])
    assert events.loc["x", schema.RESOLVED_NAME] == "Terespol"
    assert "own title" not in events.loc["x", schema.RESOLVE_NOTE]


def _refused(query: str) -> PlaceResult:
    return PlaceResult(query, "unresolved", note="a pair of places")


def _never(text: str, country: str) -> PlaceResult:
    raise AssertionError(f"the title {text!r} was looked up")


@pytest.mark.parametrize(
    ("place", "title"),
    [
        # A pair the resolver refused: the title names one of its parts again.
        ("entre Kinshasa et Brazzaville", "Boats halted for Brazzaville's jubilee"),
        ("the Bure – Assab crossing", "Eritrea closes the Bure–Assab road crossing"),
        # Written in another case, a name is still the phrase's.
        ("poste de police de Sénoba", "Travellers held at SÉNOBA on polling day"),
    ],
)
def test_a_title_restating_the_phrases_names_is_not_read(place, title) -> None:
    result = _refused(place)
    answer, said = placed_by_own_title(
        result, place=place, title=title, country="CG", lookup=_never
    )
    assert answer is result
    assert said is None


@pytest.mark.parametrize(
    ("place", "title", "repeated"),
    [
        # Words for kinds of place and words written in lower case are no names.
        ("the Nakop border post", "Lorries wait at the border post", set()),
        ("l'Avenue de l'Europe (N830)", "Cross-border avenue at Athus shut", set()),
        ("حي ندوشو في جوما", "Mortar rounds hit a Goma neighbourhood", set()),
        ("Ak-Tilek checkpoint", "A long queue at Ak-Tilek", {"tilek"}),
    ],
)
def test_the_names_a_title_repeats(place, title, repeated) -> None:
    assert phrase_names_in_title(place, title) >= repeated
    if not repeated:
        assert phrase_names_in_title(place, title) == set()


def test_an_event_without_a_country_is_not_read_from_its_title() -> None:
    result = _refused("the old sawmill yard")
    answer, said = placed_by_own_title(
        result, place="the old sawmill yard", title="Near Terespol", country=None, lookup=_never
    )
    assert (answer, said) == (result, None)


def test_a_title_naming_a_unit_and_the_countries_of_people_is_the_unit(write) -> None:
    # The demonym says where the refugees are from; the unit says where the event is.
    _, events = _events(
        write,
        [("x", "Ituri governor orders South Sudanese refugees moved inland", "a camp", "CD")],
    )
    assert events.loc["x", schema.RESOLVE_STATUS] == "resolved"
    assert events.loc["x", schema.ADMIN1_CODE] == "CD-IT"
    assert events.loc["x", schema.COARSENED] == "yes"


def test_a_title_naming_a_unit_and_a_place_of_another_kind_places_nothing(write) -> None:
    # Two places of the event's country besides the unit: the title does not choose.
    _, events = _events(
        write, [("x", "Laos and Myanmar open their first bridge over the Mekong", "a pier", "LA")]
    )
    assert events.loc["x", schema.RESOLVE_STATUS] == "unresolved"
