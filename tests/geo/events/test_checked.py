"""Checked events travel as columns, a chunk at a time: the same table and problems as rows."""

from __future__ import annotations

import pandas as pd
import pytest

from bordermap.geo import schema
from bordermap.geo.errors import EventFileError
from bordermap.geo.events import validation
from bordermap.geo.events.loading import LOADED_COLUMNS, check_events, load_events
from tests.sample import HEADER

#: Events whose extra fields differ from record to record, in order and presence.
YAML_EVENTS = """\
- {id: y1, title: T, category: other, status: alleged, place: Riga, source_name: S, unit: a}
- {id: y2, title: T, category: other, status: alleged, place: Riga, source_name: S}
- {id: y3, title: T, category: other, status: alleged, place: Riga, source_name: S, b: x, unit: c}
- {id: y4, title: T, category: other, status: alleged, lat: 56.9, lon: 24.1, source_name: S, b: y}
- {id: y5, title: T, category: other, status: alleged, place: Riga, source_name: S, z: ' w '}
"""
CSV_EVENTS = (
    HEADER + ",team\ne1,,T,other,alleged,Riga,,,,S,,,red\ne2,,T,other,alleged,Riga,,,,S,,,\n"
)


def frame_of_rows(rows: list[dict]) -> pd.DataFrame:
    """The table as it was built before the columns: from one dict per event."""
    extras = list(dict.fromkeys(n for row in rows for n in row if n not in LOADED_COLUMNS))
    frame = pd.DataFrame(rows, columns=[*LOADED_COLUMNS, *extras])
    frame[extras] = frame[extras].fillna("").astype(object)
    for name in (schema.LAT, schema.LON):
        frame[name] = frame[name].astype("float64")
    frame[schema.SOURCE_LINE] = frame[schema.SOURCE_LINE].astype("int64")
    text = [c for c in LOADED_COLUMNS if c not in (schema.LAT, schema.LON, schema.SOURCE_LINE)]
    frame[text] = frame[text].fillna("").astype(object)
    return frame


@pytest.mark.parametrize("chunk", [2, 3, 50_000])
def test_the_table_of_columns_is_the_table_of_rows(write, monkeypatch, chunk):
    monkeypatch.setattr(validation, "CHUNK_RECORDS", chunk)
    paths = [write("e.yaml", YAML_EVENTS), write("e.csv", CSV_EVENTS)]
    rows, problems = check_events(paths)
    assert problems == []
    frame = load_events(paths)
    pd.testing.assert_frame_equal(frame, frame_of_rows(rows), check_exact=True)
    assert list(frame.columns) == [*LOADED_COLUMNS, "unit", "b", "z", "team"]
    assert frame["unit"].tolist() == ["a", "", "c", "", "", "", ""]
    assert frame["z"].tolist() == ["", "", "", "", "w", "", ""]
    assert [str(frame[name].dtype) for name in ("id", "lat", "source_line", "team")] == [
        "object",
        "float64",
        "int64",
        "object",
    ]


def test_rows_keep_only_the_extra_fields_their_record_has(write, monkeypatch):
    monkeypatch.setattr(validation, "CHUNK_RECORDS", 2)
    rows, _ = check_events([write("e.yaml", YAML_EVENTS)])
    extras = [[n for n in row if n not in LOADED_COLUMNS] for row in rows]
    assert extras == [["unit"], [], ["b", "unit"], ["b"], ["z"]]
    assert rows[4]["z"] == "w"


def test_duplicate_ids_and_case_clashes_across_chunks_and_files(write, monkeypatch):
    monkeypatch.setattr(validation, "CHUNK_RECORDS", 2)
    first = write("a.csv", HEADER + ",Unit\ne1,,T,other,alleged,Riga,,,,S,,,x\n")
    second = write(
        "b.csv",
        HEADER
        + ",unit\n"
        + "e2,,T,other,alleged,Riga,,,,S,,,y\n"
        + "e3,,T,other,alleged,Riga,,,,S,,,y\n"
        + "e1,,T,other,alleged,Riga,,,,S,,,y\n"
        + "e2,,T,other,alleged,Riga,,,,S,,,y\n",
    )
    with pytest.raises(EventFileError) as info:
        load_events([first, second])
    assert [str(p) for p in info.value.problems] == [
        f"{second}:2: unit: differs only in case from the field 'Unit' ({first}:2): "
        "spell it the same way everywhere",
        f"{second}:4: id: duplicate id, first used at {first}:2 (got 'e1')",
        f"{second}:5: id: duplicate id, first used at {second}:2 (got 'e2')",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a,b\r\n1,2\r\n3,4\r\n",
        "a,b\r1,2\r3,4",
        'a,b\n1,"x\ny"\n\n\n5,6',
        'a,b\n1,"x\r\ny"\r\n3,4,5\n6\n',
        'a,b\n1,"unterminated\n2,3\n',
        "a,b\n\u2028x,y\n1,2\x0c\n",
    ],
)
def test_csv_lines_are_split_as_a_newline_free_file_splits_them(text):
    # The reader slices lines itself (a StringIO held a second copy of the file): rows,
    # line numbers and errors must be those of io.StringIO(newline="").
    import csv
    import io

    from bordermap.geo.events.readers import _lines

    def rows(lines):
        reader, out = csv.reader(lines, strict=True), []
        while True:
            try:
                out.append((next(reader), reader.line_num))
            except StopIteration:
                return out
            except csv.Error as err:
                return [*out, (str(err), reader.line_num)]

    assert rows(_lines(text)) == rows(io.StringIO(text, newline=""))
