"""What resolve says about its own answers: every border an area reaches, coordinates
that contradict the event's words, events outside the region of interest."""

from __future__ import annotations

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.resolve import resolve_events


def resolve(write, rows: str, **options):
    path = write("e.csv", "id,date,title,place,country,lat,lon,source_name\n" + rows)
    return resolve_events(load_events([path]), **options)


def test_an_area_lists_every_border_it_reaches(write):
    result = resolve(
        write, "a,2026,T,Vitebsk region,,,,S\nb,2026,T,Latvia,,,,S\nc,2026,T,Krāslava,,,,S\n"
    )
    borders = result.events[schema.BORDERS].tolist()
    assert borders[0] == "BY-LT 0.0; BY-LV 0.0; BY-RU 0.0"
    assert borders[1] == "BY-LV 0.0; EE-LV 0.0; LT-LV 0.0; LV-RU 0.0"
    assert borders[2] == ""  # a town's one border is `border`


def test_swapped_coordinates_are_named_and_kept(write):
    result = resolve(write, "a,2026,T,Krāslava,LV,27.17,55.90,S\n")
    (reason,) = result.review["reason"].tolist()
    assert reason.startswith("lat/lon lie in IR, not in LV (the country hint)")
    assert "lat and lon look swapped: (55.9, 27.17) lies in LV" in reason
    assert result.events.geometry.iloc[0].x == 55.90  # kept as given


def test_coordinates_far_from_the_place_text(write):
    result = resolve(
        write, "a,2026,T,near Krāslava,,56.95,24.1,S\nb,2026,T,near Krāslava,,55.85,27.3,S\n"
    )
    reasons = dict(zip(result.review[schema.ID], result.review["reason"], strict=True))
    assert set(reasons) == {"a"}
    assert "km from 'Krāslava', the place the text names" in reasons["a"]


def test_events_outside_the_region_of_interest(write):
    result = resolve(
        write,
        "a,2026,T,Tallinn,,59.437,24.7535,S\nb,2026,T,Riga,,56.95,24.1,S\n",
        region_of_interest=["LV", "BY"],
    )
    reasons = dict(zip(result.review[schema.ID], result.review["reason"], strict=True))
    assert reasons == {"a": "outside the region of interest (BY, LV): lies in EE"}
    boxed = resolve(
        write, "a,2026,T,Tallinn,,59.437,24.7535,S\n", region_of_interest=(20.0, 50.0, 30.0, 58.0)
    )
    assert boxed.review["reason"].tolist() == ["outside the region of interest (the map's box)"]
