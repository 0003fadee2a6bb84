"""The truth checks' look-ups in a second process give the answers of this process.

Each test that needs a second process starts a real one (``spawn``): nothing here is
mocked, and a test fails if the answers computed there differ in any way from those
computed here, or if a failed or abandoned process changes them or is waited for.
"""

from __future__ import annotations

import os
import signal
import time

import pytest
import shapely

from bordermap.geo import schema
from bordermap.geo.events.loading import load_events
from bordermap.geo.places import side_process
from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.resolve import resolve_events

PAIRS = [
    ("Krāslava", "LV"),
    ("near Krāslava", ""),
    ("Vitebsk region", "BY"),
    ("the Latvia–Belarus border", ""),
    ("Xyzzyvillekowo", "LV"),
    ("Novoselki", ""),
    ("Liepāja", ""),
    ("в Брянской области", "RU"),
]


def same_answers(found, expected) -> None:
    assert list(found) == list(expected)
    for key in expected:
        if expected[key] is None:
            assert found[key] is None, key
            continue
        geometry, uncertainty, name = found[key]
        assert shapely.equals_exact(geometry, expected[key][0], tolerance=0), key
        assert (uncertainty, name) == expected[key][1:], key


def test_check_answers_keep_what_a_check_needs_of_each_answer():
    answers = dict(zip(PAIRS, side_process.check_answers(PAIRS), strict=True))
    for (place, hint), answer in answers.items():
        full = geocode_place(place, country=hint or None)
        if full.status != "resolved" or full.geometry is None:
            assert answer is None, place
        else:
            assert answer == (full.geometry, full.uncertainty_km or 0.0, full.name), place
    assert answers[("Xyzzyvillekowo", "LV")] is None
    assert answers[("Vitebsk region", "BY")][2]


def test_a_second_process_gives_the_answers_of_this_one():
    expected = dict(zip(PAIRS, side_process.check_answers(PAIRS), strict=True))
    pending = side_process.PendingAnswers(list(PAIRS), None)
    same_answers(pending.result(), expected)


def test_a_warmed_process_is_used_and_then_gone(monkeypatch):
    monkeypatch.setattr(side_process, "SIDE_PROCESS_MIN_PAIRS", 1)
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    monkeypatch.setattr(side_process, "_load", lambda: 0.0)
    side_process.warm_up()
    try:
        warmed = side_process._warm_pool
        assert warmed is not None
        pending = side_process.start_check_answers(list(PAIRS))
        assert pending is not None and side_process._warm_pool is None
        expected = dict(zip(PAIRS, side_process.check_answers(PAIRS), strict=True))
        same_answers(pending.result(), expected)
    finally:
        side_process.stop()


def test_a_process_that_dies_leaves_the_answers_unchanged():
    expected = dict(zip(PAIRS, side_process.check_answers(PAIRS), strict=True))
    pending = side_process.PendingAnswers(list(PAIRS), None)
    # Kill the second process before it answers: the pairs are looked up here instead.
    for process in list(pending._pool._processes.values()):
        process.kill()
    same_answers(pending.result(), expected)


def _workers(pool):
    return list(pool._processes.values())


def _reaped(pool):
    """The pool's workers, each exit code known once the call ``_reaped(pool)`` returns
    is called again: it waits for the pool's own thread, which reaps them."""
    workers, manager = _workers(pool), pool._executor_manager_thread

    def ended():
        if manager is not None:
            manager.join()
        return workers

    return ended


def test_an_unclaimed_or_abandoned_process_is_not_waited_for(monkeypatch):
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    monkeypatch.setattr(side_process, "_load", lambda: 0.0)
    side_process.warm_up()
    warmed = _reaped(side_process._warm_pool)
    side_process.stop()
    many = [(f"near Krāslava {n}", "LV") for n in range(3000)]
    pending = side_process.PendingAnswers(many, None)
    abandoned = _reaped(pending._pool)
    pending.close()
    # Ended by a signal (a negative exit code), not left to finish 3,000 look-ups.
    ended = warmed() + abandoned()
    assert [worker.exitcode for worker in ended] == [-signal.SIGTERM] * 2
    assert side_process._warm_pool is None


def test_a_process_whose_answers_are_in_is_ended_not_awaited():
    pending = side_process.PendingAnswers(list(PAIRS), None)
    workers = _reaped(pending._pool)
    expected = dict(zip(PAIRS, side_process.check_answers(PAIRS), strict=True))
    same_answers(pending.result(), expected)
    # Its clean exit (freeing what it loaded) would have kept the caller waiting.
    assert [worker.exitcode for worker in workers()] == [-signal.SIGTERM]


def test_an_ended_process_is_reaped_without_the_caller_waiting():
    pool = side_process._new_pool()
    # A worker that outlives the signal stands for one whose memory takes long to free.
    pool.submit(signal.signal, signal.SIGTERM, signal.SIG_IGN).result()
    busy = pool.submit(time.sleep, 60)
    while not busy.running():  # handed to the worker: no longer to be cancelled
        time.sleep(0.01)
    worker = _workers(pool)[0]
    side_process._terminate(pool)
    try:
        # Returned while the worker still runs: waiting would have lasted its minute.
        assert worker.is_alive()
    finally:
        worker.kill()
        worker.join()
    assert busy.exception() is not None  # the pool saw it end: nothing is left running


def test_the_second_process_runs_without_the_cyclic_collector():
    import gc

    # Ended by the process that started it, making no cyclic garbage: the collector's
    # passes there would only walk the loaded gazetteer and grammar again.
    here = gc.isenabled()
    pool = side_process._new_pool()
    try:
        assert pool.submit(gc.isenabled).result() is False
        # The checks leave it off: their pause does not turn it on again there.
        assert pool.submit(side_process.check_answers, list(PAIRS)[:1]).result()
        assert pool.submit(gc.isenabled).result() is False
    finally:
        side_process._terminate(pool)
    assert gc.isenabled() == here  # this process keeps its own collector as it was


def test_small_inputs_one_core_or_the_switch_keep_the_look_ups_here(monkeypatch):
    assert side_process.start_check_answers(list(PAIRS)) is None  # below the threshold
    monkeypatch.setattr(side_process, "SIDE_PROCESS_MIN_PAIRS", 1)
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 1)
    assert side_process.start_check_answers(list(PAIRS)) is None
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    monkeypatch.setattr(side_process, "_load", lambda: 1.6)  # both cores busy
    assert side_process.start_check_answers(list(PAIRS)) is None
    monkeypatch.setattr(side_process, "_load", lambda: 0.0)
    pending = side_process.start_check_answers(list(PAIRS))
    assert pending is not None
    pending.close()
    monkeypatch.setattr(side_process, "_load", lambda: 1.6)
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "1")  # asked for: the load is not read
    pending = side_process.start_check_answers(list(PAIRS))
    assert pending is not None
    pending.close()
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "0")
    assert side_process.start_check_answers(list(PAIRS)) is None
    side_process.warm_up()
    assert side_process._warm_pool is None


@pytest.fixture(scope="module")
def events_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("side") / "events.csv"
    rows = ["id,date,title,place,country,lat,lon,source_name"]
    points = [("55.8951", "27.1681"), ("56.95", "24.1"), ("27.17", "55.90"), ("55.19", "30.20")]
    for n in range(48):
        place, hint = PAIRS[n % len(PAIRS)]
        lat, lon = points[n % len(points)]
        rows.append(f"e{n},2026,T,{place},{hint if n % 3 else ''},{lat},{lon},S")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_resolve_gives_the_same_events_and_review_with_a_second_process(events_file, monkeypatch):
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "0")
    here = resolve_events(load_events([events_file]))
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "1")
    monkeypatch.setattr(side_process, "SIDE_PROCESS_MIN_PAIRS", 1)
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    monkeypatch.setattr(side_process, "_load", lambda: 0.0)
    there = resolve_events(load_events([events_file]))
    assert here.events.drop(columns="geometry").equals(there.events.drop(columns="geometry"))
    assert here.events.geometry.geom_equals_exact(there.events.geometry, 0).all()
    assert here.review.equals(there.review)
    # The frame has checks to compare: given points far from the place their text names.
    assert here.review["reason"].str.contains("the place the text names").sum() >= 6


def test_large_event_files_warm_a_process_up_for_the_block_only(tmp_path, monkeypatch):
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    monkeypatch.setattr(side_process, "_load", lambda: 0.0)
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    small.write_bytes(b"x" * 1000)
    large.write_bytes(b"x" * side_process.WARM_UP_BYTES)
    with side_process.warmed_up_for([small, tmp_path / "missing.csv"]):
        assert side_process._warm_pool is None
    with side_process.warmed_up_for([large]):
        assert side_process._warm_pool is not None
    assert side_process._warm_pool is None


def test_work_meanwhile_runs_there_while_checking_and_here_otherwise():
    from bordermap.layers.town_choice import towns_in

    window, focus = (20.0, 53.0, 29.0, 58.5), (23.0, 54.0, 27.0, 57.0)
    expected = towns_in(window, focus=focus)
    assert expected  # the Baltic states have towns to name
    # No second process: computed here, when asked.
    assert side_process.meanwhile_there(towns_in, window, focus=focus)() == expected
    pending = side_process.PendingAnswers(list(PAIRS), None)
    try:
        there = side_process.meanwhile_there(os.getpid)
        towns = side_process.meanwhile_there(towns_in, window, focus=focus)
        assert there() != os.getpid()  # queued behind the checks, in the other process
        assert towns() == expected
    finally:
        pending.close()
    # Asked after that process has ended: computed here again.
    later = side_process.meanwhile_there(towns_in, window, focus=focus)
    assert later() == expected


def test_work_meanwhile_whose_process_ends_first_is_computed_here():
    from bordermap.layers.town_choice import towns_in

    window = (20.0, 53.0, 29.0, 58.5)
    pending = side_process.PendingAnswers(list(PAIRS), None)
    towns = side_process.meanwhile_there(towns_in, window)
    pending.close()  # ended, perhaps before it got to the towns
    assert towns() == towns_in(window)


def test_work_first_runs_in_the_warmed_process_ahead_of_the_checks(monkeypatch):
    monkeypatch.setattr(side_process, "SIDE_PROCESS_MIN_PAIRS", 1)
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    monkeypatch.setattr(side_process, "_load", lambda: 0.0)
    here = side_process.first_there(os.getpid)
    assert not here.done()  # none warmed: computed here when asked, never "done there"
    assert here() == os.getpid()
    side_process.warm_up()
    try:
        assert side_process.warmed_up()
        there = side_process.first_there(os.getpid)
        pending = side_process.start_check_answers(list(PAIRS))
        assert pending is not None
        assert there() != os.getpid()
        assert there.done()  # answered there: asking again does not wait
        pending.close()
    finally:
        side_process.stop()
    assert not side_process.warmed_up()


def test_resolve_shares_the_join_with_a_warmed_process_alike(events_file, monkeypatch):
    from bordermap.geo.borders import join

    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "0")
    here = resolve_events(load_events([events_file]))
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "1")
    monkeypatch.setattr(side_process, "SIDE_PROCESS_MIN_PAIRS", 1)
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    sent = []
    real = side_process.first_there

    def recording(function, *args, **kwargs):
        sent.append(function)
        return real(function, *args, **kwargs)

    monkeypatch.setattr(side_process, "first_there", recording)
    side_process.warm_up()
    try:
        # Shared only with work of its own here while that process checks (a map).
        there = resolve_events(load_events([events_file]), meanwhile=lambda frame: None)
    finally:
        side_process.stop()
    assert sent == [join.countries_of_coordinates, join.nearest_borders_shared]
    assert here.events.drop(columns="geometry").equals(there.events.drop(columns="geometry"))
    assert here.events.geometry.geom_equals_exact(there.events.geometry, 0).all()
    assert here.review.equals(there.review)


def test_the_shared_join_takes_the_countries_found_there_only_once_they_are_in(monkeypatch):
    import numpy as np

    from bordermap.geo.borders import join
    from bordermap.geo.resolve import _SharedJoin

    lons, lats = np.array([26.5, 27.1, 24.9, 26.5]), np.array([55.9, 53.9, 56.7, 55.9])
    xy, country = join.countries_of_coordinates(lons, lats)
    rows = np.arange(len(lons))
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "1")
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    side_process.warm_up(for_join=True)
    try:
        shared = _SharedJoin(rows, lons, lats)
        deadline = time.monotonic() + 60
        while not shared._countries.done() and time.monotonic() < deadline:
            time.sleep(0.01)
        found = shared.countries_found()
        assert found is not None
        assert np.array_equal(found[0], xy) and found[1].tolist() == country.tolist()
        assert list(shared.waited_for()) == list(join.nearest_borders_shared(lons, lats))
    finally:
        side_process.stop()
    # Not in yet: none, and this process finds them itself rather than wait.
    pending = _SharedJoin.__new__(_SharedJoin)
    pending._countries = side_process.Elsewhere(join.countries_of_coordinates, (), {}, None)
    pending._countries._future = type("Running", (), {"done": lambda self: False})()
    assert pending.countries_found() is None
    # No second process: found here, once.
    alone = _SharedJoin(rows, lons, lats)
    assert not alone._countries.queued
    found = alone.countries_found()
    assert np.array_equal(found[0], xy) and found[1].tolist() == country.tolist()


def test_resolve_without_work_meanwhile_keeps_the_join_here(events_file, monkeypatch):
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "1")
    monkeypatch.setattr(side_process, "SIDE_PROCESS_MIN_PAIRS", 1)
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    sent = []
    monkeypatch.setattr(
        side_process, "first_there", lambda function, *a, **k: sent.append(function)
    )
    side_process.warm_up()
    try:
        resolve_events(load_events([events_file]))
    finally:
        side_process.stop()
    assert sent == []


def test_the_warm_up_reads_the_districts_table_the_checks_need():
    # Read while the process waits for the events, not after the first district check.
    from bordermap.geo.places import districts

    districts._table.cache_clear()
    side_process._load_everything()
    assert districts._table.cache_info().currsize == 1
    # Its rows grouped by country too, as the first seat asked for would group them.
    assert districts._table()._by_country is not None
    assert districts._table().lines_in("BY") == [
        (key, line) for key, line in districts._table().lines() if line.startswith("BY\t")
    ]


def test_the_warm_up_leaves_its_loading_to_work_queued_behind_it(monkeypatch):
    # The join's share sent: the checks' data wait for the checks, not the join for them.
    import threading

    from bordermap.geo.places import districts

    queued = threading.Event()
    queued.set()
    monkeypatch.setattr(side_process, "_work_waiting", queued)
    districts._table.cache_clear()
    side_process._load_everything()
    assert districts._table.cache_info().currsize == 0


def test_work_sent_first_tells_the_warming_process_and_comes_out_alike(monkeypatch):
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    monkeypatch.setattr(side_process, "_load", lambda: 0.0)
    side_process.warm_up()
    try:
        flag = side_process._warm_pool_has_work
        assert flag is not None and not flag.is_set()
        there = side_process.first_there(geocode_place, "Krāslava", country="LV")
        assert flag.is_set()
        found, expected = there(), geocode_place("Krāslava", country="LV")
        assert shapely.equals_exact(found.geometry, expected.geometry, tolerance=0)
    finally:
        side_process.stop()
    assert side_process._warm_pool_has_work is None


def test_work_before_waiting_for_the_joins_share_is_done_once_and_changes_nothing(
    events_file, monkeypatch
):
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "0")
    here = resolve_events(load_events([events_file]))
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "1")
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    calls = []
    side_process.warm_up()
    try:
        there = resolve_events(
            load_events([events_file]),
            meanwhile=lambda frame: calls.append("meanwhile"),
            before_waiting=lambda: calls.append("before waiting"),
        )
    finally:
        side_process.stop()
    assert calls == ["before waiting", "meanwhile"]
    assert here.events.drop(columns="geometry").equals(there.events.drop(columns="geometry"))
    assert here.review.equals(there.review)


def test_only_a_warm_up_for_a_shared_join_loads_the_joins_data_first(monkeypatch):
    # resolve shares no join: its warm-up loads what the checks read, as it did.
    loaded = []
    for name in ("_load_join_data", "_import_geocoder", "_load_gazetteer", "_load_place_data"):
        monkeypatch.setattr(side_process, name, lambda name=name: loaded.append(name))
    monkeypatch.setattr(side_process, "_load_border_phrases", lambda: None)
    monkeypatch.setattr(side_process, "_load_districts", lambda: None)
    side_process._load_everything()
    assert loaded == ["_import_geocoder", "_load_gazetteer", "_load_place_data"]
    loaded.clear()
    side_process._load_everything(for_join=True)
    assert loaded == ["_load_join_data", "_import_geocoder", "_load_gazetteer", "_load_place_data"]


def test_checks_give_their_turn_to_work_queued_behind_them(monkeypatch):
    # The flag set (the map's towns queued behind the checks): the answers so far go
    # back at the next look, the flag taken; the rest, asked again, all come.
    import threading

    many = PAIRS * 5
    wanted = threading.Event()
    wanted.set()
    monkeypatch.setattr(side_process, "_turn_wanted", wanted)
    first = side_process.check_answers(many)
    assert len(first) == side_process.TURN_EVERY and not wanted.is_set()
    rest = side_process.check_answers(many[len(first) :])
    assert len(rest) == len(many) - len(first)
    monkeypatch.setattr(side_process, "_turn_wanted", None)
    expected = dict(zip(many, side_process.check_answers(many), strict=True))
    same_answers(dict(zip(many, first + rest, strict=True)), expected)


def test_work_meanwhile_that_takes_its_turn_leaves_the_answers_alike(monkeypatch):
    from bordermap.layers.town_choice import towns_in

    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    monkeypatch.setattr(side_process, "_load", lambda: 0.0)
    window = (20.0, 53.0, 29.0, 58.5)
    many = [(f"{place} {n}" if n else place, hint) for n in range(40) for place, hint in PAIRS]
    side_process.warm_up()
    try:
        pending = side_process.start_check_answers(many)
        assert pending is not None and side_process._checking_turn is not None
        towns = side_process.meanwhile_there(towns_in, window)
        assert towns() == towns_in(window)
        found = pending.result()
    finally:
        side_process.stop()
    same_answers(found, dict(zip(many, side_process.check_answers(many), strict=True)))
    assert side_process._checking_turn is None


def test_pending_answers_say_whether_their_result_would_wait():
    expected = dict(zip(PAIRS, side_process.check_answers(PAIRS), strict=True))
    pool = side_process._new_pool()
    pool.submit(time.sleep, 600)  # the checks queue behind a task that never ends here
    pending = side_process.PendingAnswers(list(PAIRS), pool)
    assert pending.waiting()
    pending.close()  # ended: nothing there is waited for any more
    assert not pending.waiting()
    same_answers(pending.result(), expected)
    assert not pending.waiting()


def test_work_while_checking_runs_only_while_the_checks_are_out(events_file, monkeypatch):
    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "0")
    here = resolve_events(load_events([events_file]))
    called = []
    assert resolve_events(load_events([events_file]), while_checking=called.append)
    assert called == []  # no second process: nothing to wait for

    monkeypatch.setenv("BORDERMAP_SIDE_PROCESS", "1")
    monkeypatch.setattr(side_process, "SIDE_PROCESS_MIN_PAIRS", 1)
    monkeypatch.setattr(side_process, "_usable_cores", lambda: 2)
    side_process.warm_up()
    try:
        # The checks queue behind a task that never ends: this process would wait.
        side_process._warm_pool.submit(time.sleep, 600)
        seen = []

        def while_checking(frame):
            seen.append(set(frame[schema.RESOLVE_NOTE]))
            # Ended now: the checks are looked up here, with the same answers.
            for process in list(side_process._checking_pool._processes.values()):
                process.kill()

        there = resolve_events(load_events([events_file]), while_checking=while_checking)
    finally:
        side_process.stop()
    assert seen == [{""}]  # called once, the notes still to come
    assert here.events.drop(columns="geometry").equals(there.events.drop(columns="geometry"))
    assert here.review.equals(there.review)
