"""resolve_events: an ambiguous place chosen by the event's own title and description.

"the first Thai-Myanmar friendship bridge" is Mae Sot's bridge over the Moei and Mae
Sai's over the Sai.  Alone it stays ambiguous; an event whose other text names what
only one of the two holds is placed there, with a note saying which words chose it.
"""

from __future__ import annotations

import csv
import io

import pytest

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.places.own_text_choice import chosen_by_own_text
from bordermap.geo.places.result import Candidate, PlaceResult
from bordermap.geo.resolve import resolve_events

BRIDGE = "the first Thai-Myanmar friendship bridge"
COLUMNS = ("id", "date", "title", "description", "category", "status", "place", "country")


def _resolved(write, rows: list[tuple[str, str, str]], place: str = BRIDGE, hint: str = "TH"):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*COLUMNS, "source_name"])
    for ident, title, description in rows:
        writer.writerow(
            [ident, "2024-01-02", title, description, "other", "alleged", place, hint, "S"]
        )
    path = write("e.csv", out.getvalue())
    return resolve_events(load_events([path]))


@pytest.mark.parametrize(
    ("title", "description", "name"),
    [
        # The town at the Thai end, in the title.
        (
            "Workers crowd the Mae Sot crossing",
            "Traffic was moved to the second bridge.",
            "Mae Sot",
        ),
        # The province of the town at the Thai end, in the description.
        ("Bridge shut", "The Chiang Rai governor ordered the bridge closed.", "Mae Sai"),
        # The state of the town at the Myanmar end.
        ("People flee", "Fighting went on around villages of Karen State.", "Mae Sot"),
        # A river the text names that is a word of the crossing's own names.
        ("Bridge shut", "Boats crossed the Moei below the bridge.", "Mae Sot"),
        ("Bridge shut", "Flood water rose in the Sai river under the bridge.", "Mae Sai"),
    ],
)
def test_the_text_naming_one_candidate_chooses_it(write, title, description, name) -> None:
    result = _resolved(write, [("x", title, description)])
    event = result.events.set_index(schema.ID).loc["x"]
    assert event[schema.RESOLVE_STATUS] == "resolved"
    assert event[schema.RESOLVED_NAME].startswith(name)
    assert "chosen by the event's own text" in event[schema.RESOLVE_NOTE]
    # The choice is listed for review, so a user can check it.
    review = result.review.set_index(schema.ID)
    assert review.loc["x", schema.RESOLVE_STATUS] == "resolved"
    assert "chosen by the event's own text" in review.loc["x", "reason"]


@pytest.mark.parametrize(
    ("title", "description"),
    [
        # Both candidates named: the text does not choose.
        ("Bridges shut", "Both Mae Sot and Tachileik closed their crossings."),
        ("Bridge shut", "Officials of Tak and Chiang Rai met."),
        # Neither: only words every candidate holds, or none at all.
        ("Thousands cross the friendship bridge", "They entered Thailand from Myanmar."),
        ("Bridge shut", ""),
        # A unit's name written as a common word is no name ("tak" is Polish for "yes").
        ("Most zamknięty", "Urzędnicy powiedzieli tak, most jest zamknięty."),
    ],
)
def test_the_text_naming_both_or_none_leaves_it_ambiguous(write, title, description) -> None:
    result = _resolved(write, [("x", title, description)])
    event = result.events.set_index(schema.ID).loc["x"]
    assert event[schema.RESOLVE_STATUS] == "ambiguous"
    assert "chosen" not in event[schema.RESOLVE_NOTE]
    assert "Mae Sot" in result.review.set_index(schema.ID).loc["x", "candidates"]


def test_each_event_is_chosen_by_its_own_text(write) -> None:
    # The same place phrase, looked up once, answered per event.
    events = _resolved(
        write,
        [
            ("a", "At the Mae Sot crossing", ""),
            ("b", "At Tachileik", ""),
            ("c", "At the bridge", ""),
        ],
    ).events.set_index(schema.ID)
    assert events.loc["a", schema.RESOLVED_NAME] == "Mae Sot–Myawaddy"
    assert events.loc["b", schema.RESOLVED_NAME] == "Mae Sai–Tachileik"
    assert events.loc["c", schema.RESOLVE_STATUS] == "ambiguous"


def test_only_an_ambiguous_answer_with_known_candidates_is_looked_at() -> None:
    resolved = PlaceResult("x", "resolved", name="Mae Sai", lat=20.43, lon=99.88)
    assert chosen_by_own_text(resolved, ["in Mae Sot"]) == (resolved, None)
    # Candidates the gazetteer cannot give back (another geocoder's) are left alone.
    unknown = PlaceResult(
        "x",
        "ambiguous",
        candidates=(
            Candidate("Nowhere One", "TH", None, 10.0, 100.0, "settlement", 0),
            Candidate("Mae Sot–Myawaddy", "MM", None, 16.68911, 98.50893, "settlement", 0),
        ),
    )
    assert chosen_by_own_text(unknown, ["in Mae Sot"]) == (unknown, None)


def test_towns_of_one_name_are_told_apart_by_their_unit(write) -> None:
    # Nine towns of India are called Ramgarh; one lies in Haryana, two in Jammu and
    # Kashmir.
    events = _resolved(
        write,
        [
            ("hr", "Protest", "Farmers of Haryana gathered in the town."),
            ("jk", "Shelling", "Villages of Jammu and Kashmir were hit."),
        ],
        place="Ramgarh",
        hint="IN",
    ).events.set_index(schema.ID)
    assert events.loc["hr", schema.RESOLVE_STATUS] == "resolved"
    assert events.loc["hr", schema.ADMIN1_CODE] == "IN-HR"
    assert "'haryana' (its admin-1 unit)" in events.loc["hr", schema.RESOLVE_NOTE]
    assert events.loc["jk", schema.RESOLVE_STATUS] == "ambiguous"
