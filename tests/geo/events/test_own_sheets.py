"""Reading analysts' own sheets: headers, separators, workbooks, encodings, dates, defaults."""

from __future__ import annotations

import datetime as dt

import pytest

from bordermap.geo import schema
from bordermap.geo.errors import EventFileError
from bordermap.geo.events.loading import check_events, load_events
from bordermap.geo.events.read_options import ReadOptions, ReadOptionsError


def loaded(paths, **options):
    notes: list[str] = []
    rows, problems = check_events(paths, options=ReadOptions(**options), notes=notes)
    return rows, [str(p) for p in problems], notes


# --- CSV as spreadsheets save it ------------------------------------------------------

EXCEL_SEMICOLON = (
    "Date;Location;What happened;Source link;Lat;Longitude\r\n"
    "15.01.2026;Krāslava;Drone crossed;https://t.me/x;55,1;\r\n"
    "16 Jan 2026;Vitebsk region;Troops moved;https://www.lsm.lv/a;;\r\n"
)


def test_excel_semicolon_csv_with_its_own_headers_loads_and_says_what_it_did(write):
    path = write("incidents.csv", EXCEL_SEMICOLON.replace(";55,1;", ";;"))
    rows, problems, notes = loaded([path])
    assert problems == []
    first, second = rows
    assert (first[schema.DATE], first[schema.PLACE], first[schema.TITLE]) == (
        "2026-01-15",
        "Krāslava",
        "Drone crossed",
    )
    assert second[schema.DATE] == "2026-01-16"
    assert second[schema.SOURCE_NAME] == "lsm.lv"  # the host of the event's own link
    assert (first[schema.CATEGORY], first[schema.STATUS]) == ("other", "alleged")
    assert first[schema.ID] == "incidents-2"
    text = "\n".join(notes)
    assert "read as ';'-separated" in text
    assert "'Location' read as 'place'" in text
    assert "'Source link' read as 'source_url'" in text
    assert "'Longitude' read as 'lon'" in text
    assert "no status column: every event is status 'alleged'" in text
    assert "2 typed date(s) read as ISO" in text


def test_decimal_comma_coordinates_are_refused_not_misread(write):
    path = write("incidents.csv", EXCEL_SEMICOLON.replace(";55,1;", ";55,1;27,2"))
    _, problems, _ = loaded([path])
    assert f"{path}:2: lat: not a number (got '55,1')" in problems


def test_bom_and_tab_and_pipe_separators(write):
    header = "date\tplace\ttitle\turl\n"
    row = "2026-01-15\tRiga\tT\thttps://a.example/x\n"
    tsv = write("a.tsv", "\ufeff" + header + row)
    pipe = write("b.csv", (header + row).replace("\t", "|").replace("https://a", "https://b"))
    rows, problems, notes = loaded([tsv, pipe])
    assert problems == []
    assert [r[schema.PLACE] for r in rows] == ["Riga", "Riga"]
    assert any("read as '|'-separated" in n for n in notes)


def test_delimiter_option_wins_over_sniffing(write):
    # One column whose header holds a comma: sniffing would split it.
    path = write("a.csv", "date;place;title, short;url\n2026;Riga;T;https://a.example\n")
    rows, problems, _ = loaded([path], delimiter=";", columns={"title, short": "title"})
    assert problems == []
    assert rows[0][schema.TITLE] == "T"


def test_legacy_encoding_is_named(write):
    path = write(
        "e.csv", "date;place;title;url\n2026;Krāslava;T;https://a.example\n".encode("cp1257")
    )
    _, problems, _ = loaded([path])
    (message,) = problems
    assert "not valid UTF-8" in message and "Windows-1257 (Baltic)" in message
    assert "'Krāslava'" in message


# --- header matching and its limits ----------------------------------------------------


def test_missing_required_column_names_the_headers_and_the_fix(write):
    path = write("e.csv", "When,Spot,Link\n2026,Riga,https://a.example\n")
    _, problems, _ = loaded([path])
    assert problems == [
        f"{path}:1: title: required column is missing; the file's columns are 'When', 'Spot', "
        "'Link'; say which one holds the title with --columns \"Spot=title\" (or [columns] "
        '"Spot" = "title" in a recipe)',
        f"{path}:1: place: required column is missing; the file's columns are 'When', 'Spot', "
        "'Link'; say which one holds the place with --columns \"YOUR COLUMN=place\" (or "
        '[columns] "YOUR COLUMN" = "place" in a recipe)',
    ]


def test_explicit_mapping_wins_and_is_case_insensitive(write):
    path = write("e.csv", "When,Spot,Headline,Text,Link\n2026,Riga,H,Long,https://a.example\n")
    rows, problems, notes = loaded([path], columns={"spot": "place", " text ": "title"})
    assert problems == []
    assert (rows[0][schema.PLACE], rows[0][schema.TITLE]) == ("Riga", "Long")
    assert rows[0]["Headline"] == "H"  # not dropped: an extra column under its own name
    assert "'Spot' read as 'place' (column mapping)" in " ".join(notes)


def test_mapping_onto_no_field_is_refused_with_a_suggestion():
    with pytest.raises(ReadOptionsError, match="did you mean 'place'"):
        ReadOptions(columns={"Spot": "plase"})


def test_files_in_bordermap_format_keep_exact_names(write):
    # A near miss in bordermap's own format is a slip, refused (the hostile-input rule).
    path = write(
        "e.csv",
        "id,date,title,place,source_name,Claimed By\ne1,2026,T,Riga,S,X\n",
    )
    _, problems, _ = loaded([path])
    assert "did you mean 'claimed_by'?" in problems[0]


def test_user_defaults_fill_empty_cells_and_missing_columns(write):
    path = write(
        "e.csv",
        "date,place,title,url,status\n2026,Riga,T,https://a.example,\n2026,Riga,U,https://b.example,Confirmed\n",
    )
    rows, problems, notes = loaded(
        [path], defaults={"status": "alleged", "source_name": "State Border Guard"}
    )
    assert problems == []
    assert [r[schema.STATUS] for r in rows] == ["alleged", "confirmed"]
    assert {r[schema.SOURCE_NAME] for r in rows} == {"State Border Guard"}
    assert any("status: 1 event(s) take the default 'alleged'" in n for n in notes)
    assert any("'Confirmed' read as 'confirmed'" in n for n in notes)


def test_category_words_and_labels_are_matched(write):
    path = write(
        "e.csv",
        "date,place,title,url,category\n"
        "2026,Riga,T,https://a.example,Armed clash\n"
        "2026,Riga,U,https://b.example,electronic interference\n"
        "2026,Riga,V,https://c.example,Smuggling\n",
    )
    rows, problems, _ = loaded([path])
    assert problems == []
    assert [r[schema.CATEGORY] for r in rows] == [
        "armed_clash",
        "electronic_interference",
        "smuggling",
    ]


def test_link_without_scheme_gets_a_suggestion_not_a_fix(write):
    path = write("e.csv", "date,place,title,url\n2026,Riga,T,t.me/x\n")
    _, problems, _ = loaded([path])
    assert problems == [
        f"{path}:2: source_url: link has no scheme; did you mean 'https://t.me/x'? (got 't.me/x')"
    ]


# --- dates as people type them ----------------------------------------------------------


def test_mixed_date_forms_in_one_sheet(write):
    path = write(
        "e.csv",
        "date,place,title,url\n"
        "15/01/2026,Riga,A,https://a.example\n"
        "16 Jan 2026,Riga,B,https://a.example\n"
        "January 2026,Riga,C,https://a.example\n"
        "15.01.2026,Riga,D,https://a.example\n"
        "2026-01-17,Riga,E,https://a.example\n",
    )
    rows, problems, _ = loaded([path])
    assert problems == []
    assert [r[schema.DATE] for r in rows] == [
        "2026-01-15",
        "2026-01-16",
        "2026-01",
        "2026-01-15",
        "2026-01-17",
    ]
    assert rows[2][schema.DATE_PRECISION] == "month"


def test_ambiguous_date_shows_both_readings_until_the_order_is_declared(write):
    path = write("e.csv", "date,place,title,url\n03/04/2026,Riga,A,https://a.example\n")
    _, problems, _ = loaded([path])
    assert problems == [
        f"{path}:2: date: ambiguous date: 3 April 2026 (day first) or 4 March 2026 (month "
        'first); declare the order once: date_order = "DMY" (or "MDY") in the recipe, or '
        "--date-order DMY (got '03/04/2026')"
    ]
    rows, problems, _ = loaded([path], date_order="MDY")
    assert problems == [] and rows[0][schema.DATE] == "2026-03-04"


def test_day_first_and_month_first_in_one_file_are_refused(write):
    path = write(
        "e.csv",
        "date,place,title,url\n15/01/2026,Riga,A,https://a.example\n01/16/2026,Riga,B,https://a.example\n",
    )
    _, problems, _ = loaded([path])
    assert len(problems) == 1
    assert "written day first ('15/01/2026' at line 2) and month first" in problems[0]


# --- workbooks -------------------------------------------------------------------------


def _xlsx(path, rows, *, title="Incidents", extra_sheet=None):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if extra_sheet:
        other = book.create_sheet(extra_sheet[0])
        for row in extra_sheet[1]:
            other.append(row)
    book.save(path)
    return path


def test_xlsx_typed_cells_are_read_as_a_person_sees_them(tmp_path):
    path = _xlsx(
        tmp_path / "incidents.xlsx",
        [
            ["Date", "Location", "What happened", "Source link", "Detained", "Lat", "Lon"],
            [
                dt.datetime(2026, 1, 15),
                "Krāslava",
                "Group stopped",
                "https://t.me/x",
                12.0,
                55.9,
                27.15,
            ],
            [None, None, None, None, None, None, None],
            [
                "16/01/2026",
                "Riga",
                '=HYPERLINK("http://x")',
                "https://a.example",
                "~180",
                None,
                None,
            ],
        ],
    )
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(path)
    book.active["C4"].data_type = "s"  # typed with a leading ' : text that looks like a formula
    book.save(path)
    rows, problems, _ = loaded([path])
    assert problems == []
    first, second = rows
    assert first[schema.DATE] == "2026-01-15"
    assert first[schema.DETAINED] == "12"
    assert (first[schema.LAT], first[schema.LON]) == (55.9, 27.15)
    assert first[schema.SOURCE_LINE] == 2 and second[schema.SOURCE_LINE] == 4
    assert second[schema.TITLE] == '=HYPERLINK("http://x")'  # text, never a formula
    assert second[schema.DETAINED] == "~180"


def test_xlsx_named_sheet_and_a_missing_one(tmp_path):
    path = _xlsx(
        tmp_path / "book.xlsx",
        [["notes"], ["not events"]],
        extra_sheet=(
            "2026",
            [["date", "place", "title", "url"], ["2026", "Riga", "T", "https://a.example"]],
        ),
    )
    rows, problems, _ = loaded([path], sheet="2026")
    assert problems == [] and rows[0][schema.PLACE] == "Riga"
    _, problems, _ = loaded([path], sheet="2025")
    assert problems == [f"{path}: -: no such sheet; sheets: 'Incidents', '2026' (got '2025')"]


def test_ods_typed_cells(tmp_path):
    pytest.importorskip("odf")
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")

    def cell(value):
        if isinstance(value, float):
            c = TableCell(valuetype="float", value=value)
            c.addElement(P(text=f"{value:g}"))
        elif isinstance(value, dt.date):
            c = TableCell(valuetype="date", datevalue=value.isoformat())
            c.addElement(P(text=value.strftime("%d.%m.%Y")))
        else:
            c = TableCell(valuetype="string")
            c.addElement(P(text=value))
        return c

    for values in (
        ["Date", "Location", "What happened", "URL", "Fatalities"],
        [dt.date(2026, 1, 15), "Krāslava", "Shots fired", "https://a.example", 2.0],
    ):
        row = TableRow()
        for value in values:
            row.addElement(cell(value))
        table.addElement(row)
    doc.spreadsheet.addElement(table)
    path = tmp_path / "incidents.ods"
    doc.save(str(path))
    rows, problems, _ = loaded([path])
    assert problems == []
    assert (rows[0][schema.DATE], rows[0][schema.FATALITIES]) == ("2026-01-15", "2")


# --- counts, time, YAML defaults -------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("people", "-3", "a count is a whole number of people"),
        ("injured", "2.5", "a count is a whole number of people"),
        ("time", "25:00", "impossible time"),
        ("time", "noon", "write a time of day as HH:MM"),
        ("time", "03:00 Mars/Base", "unknown time zone"),
    ],
)
def test_bad_counts_and_times(write, field, value, message):
    path = write("e.csv", f"date,place,title,url,{field}\n2026,Riga,T,https://a.example,{value}\n")
    _, problems, _ = loaded([path])
    (text,) = problems
    assert text.startswith(f"{path}:2: {field}: {message}") and text.endswith(f"(got {value!r})")


@pytest.mark.parametrize(
    "value", ["03:00", "21:30/04:30", "14:05 UTC", "08:00+02:00", "03:00 Europe/Riga"]
)
def test_times_accepted(write, value):
    path = write("e.csv", f"date,place,title,url,time\n2026,Riga,T,https://a.example,{value}\n")
    rows, problems, _ = loaded([path])
    assert problems == [] and rows[0][schema.TIME] == value


def test_yaml_file_defaults(write):
    path = write(
        "e.yaml",
        "defaults:\n"
        "  category: airspace_incursion\n"
        "  status: alleged\n"
        "  sources:\n"
        "    - {name: State Border Guard, url: 'https://rs.gov.lv/x', date: 2026-01-16}\n"
        "events:\n"
        "  - id: a\n    date: 2026-01-15\n    title: Drone\n    place: Krāslava\n"
        "    origin: Belarus\n"
        "  - id: b\n    title: Balloon\n    place: Rēzekne\n    category: smuggling\n"
        "    source_name: LSM\n",
    )
    rows, problems, notes = loaded([path])
    assert problems == []
    a, b = rows
    assert (a[schema.CATEGORY], a[schema.SOURCE_NAME]) == (
        "airspace_incursion",
        "State Border Guard",
    )
    assert a[schema.ORIGIN] == "Belarus"
    assert (b[schema.CATEGORY], b[schema.SOURCE_NAME], b[schema.SOURCE_URL]) == (
        "smuggling",
        "LSM",
        "",
    )
    assert any("file defaults" in n for n in notes)


def test_yaml_defaults_cannot_hold_what_differs_per_event(write):
    path = write(
        "e.yaml",
        "defaults:\n  title: T\n"
        "events:\n  - id: a\n    title: x\n    place: R\n    source_name: S\n",
    )
    with pytest.raises(EventFileError, match=r"defaults\.title: is different for every event"):
        load_events([path])


def test_a_mapping_naming_no_column_of_the_file_is_said(write):
    path = write("e.csv", "date,place,title,url\n2026,Riga,T,https://a.example\n")
    _, problems, notes = loaded([path], columns={"Where": "place"})
    assert problems == []
    assert f"{path}: 'Where' of the column mapping is not a column of this file" in notes


def test_an_ambiguous_date_is_told_the_order_the_file_uses_elsewhere(write):
    path = write(
        "e.csv",
        "date,place,title,url\n15/01/2026,Riga,A,https://a.example\n03/04/2026,Riga,B,https://a.example\n",
    )
    _, problems, _ = loaded([path])
    (text,) = problems
    assert text.startswith(f"{path}:3: date: ambiguous date: 3 April 2026 (day first)")
    assert "other dates of this file are day first ('15/01/2026' at line 2)" in text


def test_xlsx_formula_never_computed_is_said_not_read_as_empty(tmp_path):
    # openpyxl saves formulas without values, as scripts and some converters do.
    path = _xlsx(
        tmp_path / "f.xlsx",
        [
            ["Date", "Location", "What happened", "Source link", "People"],
            ["2026-01-15", "Riga", "T", "https://a.example", "=2+3"],
        ],
    )
    _, problems, _ = loaded([path])
    assert problems == [
        f"{path}:2: People: a formula whose value was never saved (bordermap never runs "
        "formulas): open the file in a spreadsheet program and save it, or type the value "
        "(got '=2+3')"
    ]
