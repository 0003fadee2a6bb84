"""The second process looks the events' places up ahead and takes a share of the join.

Both only change where and when work is done: every test compares with the answers
made in this process, and the processes are real (``spawn``), never mocked.
"""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from bordermap.geo.borders import join
from bordermap.geo.events.loading import load_events
from bordermap.geo.places import side_process
from bordermap.maps import cli


@pytest.fixture
def two_idle_cores(monkeypatch):
    monkeypatch.setattr(side_process, "SIDE_PROCESS_MIN_PAIRS", 1)
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    monkeypatch.setattr(side_process, "_load", lambda: 0.0)
    yield
    side_process.stop()


def write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_pairs_in_files_are_the_pairs_of_rows_with_coordinates(tmp_path):
    csv = write(
        tmp_path / "a.csv",
        [
            "id,title,place,country,lat,lon",
            'e1,"A, B",  Krāslava ,LV,55.9,27.1',
            "e2,T,Vitebsk region,BY,,",  # no coordinates: looked up, not checked
            "e3,T,,LV,56.9,24.1",  # no place: nothing to check
            'e4,"two\nlines",near Krāslava,,55.9,27.2',
            "e5,T,Krāslava,LV,55.8,27.0",  # the same pair again
        ],
    )
    tsv = write(tmp_path / "b.tsv", ["place\tcountry\tlat\tlon", "Liepāja\tLV\t56.5\t21.0"])
    assert side_process.pairs_in_files([csv, tsv]) == [
        ("Krāslava", "LV"),
        ("near Krāslava", ""),
        ("Liepāja", "LV"),
    ]


def test_pairs_in_files_guess_nothing_from_files_that_are_not_plain_events(tmp_path, monkeypatch):
    csv = write(tmp_path / "a.csv", ["place,country,lat,lon", "Krāslava,LV,55.9,27.1"])
    other = write(tmp_path / "a.yaml", ["- place: Krāslava"])
    unnamed = write(tmp_path / "c.csv", ["where,country,lat,lon", "Krāslava,LV,55.9,27.1"])
    ragged = write(tmp_path / "d.csv", ["place,country,lat,lon", "Krāslava,LV"])
    for files in ([csv, other], [unnamed], [ragged], [tmp_path / "missing.csv"]):
        assert side_process.pairs_in_files(files) == [], files
    monkeypatch.setattr(side_process, "MAX_EARLY_PAIRS", 0)
    assert side_process.pairs_in_files([csv]) == []


def test_pairs_in_files_match_the_pairs_the_checks_ask_for(tmp_path):
    rows = ["id,date,title,place,country,lat,lon,source_name"]
    places = [("Krāslava", "LV"), ("near Daugavpils", ""), ("Vitebsk region", "BY")]
    for n in range(30):
        place, hint = places[n % 3]
        coordinates = ",".join(["", ""] if n % 4 == 0 else ["55.9", "27.1"])
        rows.append(f"e{n},2026-01-0{1 + n % 9},T,{place},{hint},{coordinates},S")
    path = write(tmp_path / "events.csv", rows)
    events = load_events([path])
    given = events[events["lat"].notna() & (events["place"] != "")]
    asked = list(dict.fromkeys(zip(given["place"], given["country"], strict=True)))
    assert side_process.pairs_in_files([path]) == asked


def test_answers_looked_up_ahead_are_those_of_a_look_up_when_asked(tmp_path, two_idle_cores):
    pairs = [("Krāslava", "LV"), ("near Krāslava", ""), ("Xyzzyvillekowo", "LV")]
    path = write(
        tmp_path / "events.csv",
        ["place,country,lat,lon"] + [f"{place},{hint},55.9,27.1" for place, hint in pairs],
    )
    side_process.warm_up([path])
    pending = side_process.start_check_answers(pairs)
    assert pending is not None
    counted = pending.hand_over(side_process.answered_ahead)
    assert counted is not None and counted.result() == len(pairs)
    expected = dict(zip(pairs, side_process.check_answers(pairs), strict=True))
    found = pending.result()
    assert list(found) == pairs
    for pair in pairs:
        if expected[pair] is None:
            assert found[pair] is None
        else:
            assert shapely.equals_exact(found[pair][0], expected[pair][0], tolerance=0)
            assert found[pair][1:] == expected[pair][1:]


def baltic_points(count: int) -> np.ndarray:
    """Points over LV, LT, BY, EE, PL, RU and the Baltic Sea."""
    rng = np.random.default_rng(13)
    return shapely.points(rng.uniform(19.0, 31.0, count), rng.uniform(53.0, 58.5, count))


def columns_equal(found, expected) -> None:
    assert list(found) == list(expected)
    for name in expected:
        assert np.array_equal(found[name], expected[name], equal_nan=name == join.BORDER_KM), name


def test_the_join_with_a_share_handed_over_gives_the_same_columns(monkeypatch):
    monkeypatch.setattr(join, "HAND_OVER_MIN_POINTS", 100)
    points = baltic_points(600)
    expected = join.border_columns(points)
    assert len(set(expected[join.COUNTRY])) >= 5 and "" in set(expected[join.COUNTRY])
    pending = side_process.PendingAnswers([], None)
    handed = []

    def hand_over(work, *args):
        handed.append(pending.hand_over(work, *args))
        return handed[-1]

    try:
        columns_equal(join.border_columns(points, hand_over=hand_over), expected)
        assert len(handed) == 1
        # Taken back only if the other process had not started: settled one way.
        assert handed[0]._claim.value in (1, -1)
    finally:
        pending.close()


def test_handed_over_work_runs_there_or_here_never_both():
    xy = shapely.get_coordinates(baltic_points(50))
    country = join._countries_of(shapely.points(xy))
    expected = join.nearest_borders_at(xy, country)
    pending = side_process.PendingAnswers([], None)
    try:
        started = pending.hand_over(join.nearest_borders_at, xy, country)
        found = started.result()  # waited for: it ran there
        assert not started.take_back()
        assert (found[0] == expected[0]).all()
        assert np.array_equal(found[1], expected[1], equal_nan=True)
    finally:
        pending.close()
    # A process busy looking places up has not started on work queued behind them:
    # taken back, it is never run there.
    many = [(f"near Krāslava {n}", "LV") for n in range(3000)]
    busy = side_process.PendingAnswers(many, None)
    try:
        queued = busy.hand_over(join.nearest_borders_at, xy, country)
        assert queued.take_back()
        assert queued._claim.value == -1
    finally:
        busy.close()


def test_a_process_that_dies_with_work_handed_over_leaves_the_columns_unchanged(monkeypatch):
    monkeypatch.setattr(join, "HAND_OVER_MIN_POINTS", 100)
    points = baltic_points(300)
    expected = join.border_columns(points)
    pending = side_process.PendingAnswers([], None)

    def hand_over(work, *args):
        handed = pending.hand_over(work, *args)
        handed.result = lambda: (_ for _ in ()).throw(RuntimeError("the process died"))
        handed.take_back = lambda: False
        return handed

    try:
        columns_equal(join.border_columns(points, hand_over=hand_over), expected)
    finally:
        pending.close()


def test_the_command_line_guesses_its_input_files_before_parsing(tmp_path):
    events = write(tmp_path / "e.csv", ["place,country,lat,lon"])
    old = write(tmp_path / "old.csv", ["x"])
    argv = ["-q", "resolve", str(events), "-o", str(old), "--review", str(old), "--offline"]
    assert cli._files_named(argv) == [str(events)]
    assert cli._files_named(["validate"]) == []
    assert not cli._with_dask(argv)
    assert cli._with_dask([*argv, "--engine", "dask"])
    assert cli._with_dask([*argv, "--engine=dask"])


def test_resolve_writes_the_same_bytes_with_the_second_process_ahead(tmp_path, monkeypatch):
    rows = ["id,date,title,place,country,lat,lon,source_name"]
    places = [("Krāslava", "LV"), ("near Krāslava", ""), ("Vitebsk region", "BY"), ("Rīga", "")]
    xy = shapely.get_coordinates(baltic_points(400))
    for n, (lon, lat) in enumerate(xy):
        place, hint = places[n % len(places)]
        rows.append(f"e{n},2026-02-01,T,{place},{hint},{lat:.5f},{lon:.5f},S")
    events = write(tmp_path / "events.csv", rows)
    outputs = {}
    for mode in ("0", "1"):
        monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", mode)
        out = tmp_path / f"out{mode}.geojson"
        args = ["-q", "resolve", str(events), "-o", str(out), "--offline", "--no-cache"]
        with monkeypatch.context() as inside:
            inside.setattr(side_process, "WARM_UP_BYTES", 0)
            inside.setattr(side_process, "SIDE_PROCESS_MIN_PAIRS", 1)
            inside.setattr(join, "HAND_OVER_MIN_POINTS", 100)
            assert cli.main(args) == 0
        assert side_process._warm_pool is None
        outputs[mode] = out.read_bytes(), (tmp_path / f"out{mode}.geojson.review.csv").read_bytes()
    assert outputs["0"] == outputs["1"]
