"""A pandas DataFrame is read like a sheet of one's own, with the same checks."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from bordermap.geo.errors import EventFileError
from bordermap.geo.events.frames import frame_cell_text, read_frame
from bordermap.geo.events.loading import load_events
from bordermap.geo.events.read_options import ReadOptions


def analyst_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Date": [dt.date(2026, 1, 15), pd.Timestamp("2026-01-16"), None],
            "Location": ["Krāslava", "Vitebsk region", "Latvia–Belarus border"],
            "What happened": ["Drone seen", "Troops moved", "Migrants pushed back"],
            "Source link": ["https://t.me/x", "https://www.lsm.lv/a", "https://delfi.lv/b"],
            "people": [12.0, np.nan, 3],
        }
    )


def test_a_dataframe_loads_like_a_sheet():
    events = load_events(analyst_frame())
    assert list(events["date"]) == ["2026-01-15", "2026-01-16", ""]
    assert list(events["place"]) == ["Krāslava", "Vitebsk region", "Latvia–Belarus border"]
    assert list(events["title"]) == ["Drone seen", "Troops moved", "Migrants pushed back"]
    assert list(events["source_name"]) == ["t.me", "lsm.lv", "delfi.lv"]
    assert list(events["people"]) == ["12", "", "3"]
    assert list(events["source_file"]) == ["dataframe"] * 3
    assert list(events["source_line"]) == [1, 2, 3]
    assert list(events["id"]) == ["dataframe-1", "dataframe-2", "dataframe-3"]


def test_the_input_frame_is_not_modified():
    frame = analyst_frame()
    before = frame.copy()
    load_events([frame])
    pd.testing.assert_frame_equal(frame, before)


def test_problems_name_the_row_counted_from_one():
    frame = pd.DataFrame(
        {
            "id": ["a", "a"],
            "title": ["x", "y"],
            "place": ["Riga", "Riga"],
            "date": ["2026-02-30", ""],
            "source_name": ["LSM", "LSM"],
        },
        index=[10, 20],
    )
    with pytest.raises(EventFileError) as caught:
        load_events(frame)
    assert [str(p) for p in caught.value.problems] == [
        "dataframe:1: date: impossible date: day is out of range for month (got '2026-02-30')",
        "dataframe:2: id: duplicate id, first used at dataframe:1 (got 'a')",
    ]


def test_column_mapping_and_defaults_apply_to_a_frame():
    frame = pd.DataFrame(
        {"Where exactly": ["Riga"], "Headline": ["x"], "Publisher": ["LSM"], "Date": [""]}
    )
    options = ReadOptions(columns={"Where exactly": "place"}, defaults={"status": "confirmed"})
    events = load_events(frame, options=options)
    assert (events["place"][0], events["status"][0]) == ("Riga", "confirmed")


def test_two_frames_are_told_apart():
    first = pd.DataFrame(
        {"id": ["a"], "date": [""], "title": ["x"], "place": ["Riga"], "source_name": ["s"]}
    )
    second = first.assign(id=["b"])
    events = load_events([first, second])
    assert list(events["source_file"]) == ["dataframe", "dataframe-2"]


def test_an_empty_list_is_still_refused():
    with pytest.raises(EventFileError, match="no event files given"):
        load_events([])


def test_a_column_named_twice_is_a_problem():
    frame = pd.DataFrame([["a", "b"]], columns=["title", "title"])
    raw = read_frame(frame, "t")
    assert [p.message for p in raw.problems] == [
        "column named twice: one of them would be lost; rename or drop one"
    ]


@pytest.mark.parametrize(
    ("name", "value", "text"),
    [
        ("people", 12.0, "12"),
        ("lat", np.float64(55.9), "55.9"),
        ("people", np.int64(7), "7"),
        ("notes", None, ""),
        ("notes", pd.NA, ""),
        ("date", pd.NaT, ""),
        ("notes", True, "TRUE"),
        ("date", pd.Timestamp("2026-01-15 03:00"), "2026-01-15 03:00"),
        ("tags", ["fence", "drone"], "fence;drone"),
        ("source_url", ("https://a.lv", "https://b.lv"), "https://a.lv | https://b.lv"),
        ("title", "{{ 7*191 }}", "{{ 7*191 }}"),
    ],
)
def test_cells_read_as_the_text_a_person_typed(name, value, text):
    assert frame_cell_text(name, value) == text
