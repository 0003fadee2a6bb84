"""Offline place look-ups of many texts in a second process, while the caller works on.

``resolve`` checks given coordinates against the place each event's text names: some
2,200 distinct (place, country) pairs in the 100,000-event benchmark, about a second
of parsing and looking up, plus the grammar and gazetteer loads.  None of it depends
on the border join, so on a machine with a second core it runs there, started before
the join and collected after it.  The answers are those of :func:`geocode_place` in
this process, computed by the same code on the same data: only where they are
computed changes.

When ``warm_up`` is given the event files and they are plain CSV, the second process
also reads their (place, hint) pairs itself and looks them up while this one is still
reading and checking the events: the answers are then in by the time they are asked
for, and the process is free for a share of the border join (:meth:`PendingAnswers.hand_over`).
A pair read there that the checked events word differently is simply looked up when
asked, so what is read there only decides how early an answer is ready, never what it is.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing import get_context

from bordermap.geo.collector import collector_paused

__all__ = [
    "SIDE_PROCESS_MIN_PAIRS",
    "CheckAnswer",
    "HandedWork",
    "PendingAnswers",
    "answered_ahead",
    "check_answers",
    "pairs_in_files",
    "start_check_answers",
    "stop",
    "warm_up",
    "warm_up_for",
    "warmed_up_for",
]

#: Fewer distinct pairs than this are looked up in this process: starting a second
#: Python and loading the gazetteer there takes about a second of CPU.
SIDE_PROCESS_MIN_PAIRS = 256

#: What a check needs of one answer: its geometry, uncertainty (km) and name; None
#: when the text did not resolve to a geometry.
CheckAnswer = tuple[object, float, str] | None


#: Answers looked up in the second process before they were asked for (see
#: :func:`warm_up`), by (place, hint).  Always empty in the main process.
_EARLY_ANSWERS: dict[tuple[str, str], CheckAnswer] = {}


def check_answers(pairs: Sequence[tuple[str, str]]) -> list[CheckAnswer]:
    """Look up each (place, country hint) offline, keeping what a check needs.

    Parameters
    ----------
    pairs : sequence of (str, str)
        Place texts and their country hints (``""`` for none).

    Returns
    -------
    list
        For each pair, ``(geometry, uncertainty_km, name)`` of a resolved answer with
        a geometry, else None.
    """
    if all(pair in _EARLY_ANSWERS for pair in pairs):
        # Nothing to look up (no pairs, or all answered ahead): the grammar's import
        # is not needed.
        return [_EARLY_ANSWERS[pair] for pair in pairs]
    from bordermap.geo.places.geocoder import geocode_place

    answers: list[CheckAnswer] = []
    with collector_paused():
        for place, hint in pairs:
            if (place, hint) in _EARLY_ANSWERS:
                answers.append(_EARLY_ANSWERS[place, hint])
                continue
            answer = geocode_place(place, country=hint or None)
            if answer.status != "resolved" or answer.geometry is None:
                answers.append(None)
            else:
                answers.append((answer.geometry, answer.uncertainty_km or 0.0, answer.name))
    return answers


#: Suffixes of the files whose pairs are read ahead, and their separators.
_PLAIN_SUFFIXES = {".csv": ",", ".tsv": "\t"}
#: More distinct pairs than this are not looked up ahead: a file that is not what it
#: seems (a wrong separator, a column of ids named ``place``) costs at most this.
MAX_EARLY_PAIRS = 50_000


def pairs_in_files(paths: Sequence[str | os.PathLike[str]]) -> list[tuple[str, str]]:
    """The distinct (place, hint) pairs of the rows with coordinates, read straight from
    plain CSV or TSV files, in the order the rows first name them.

    The pairs the truth checks of ``resolve`` will ask for, guessed without reading and
    checking the events: texts stripped, rows kept whose ``place``, ``lat`` and ``lon``
    are not blank.  A best effort, for looking answers up ahead: any file that is not a
    ``.csv``/``.tsv`` with those columns named exactly, or that Arrow cannot read, gives
    no pairs at all (``[]``), and so do files naming more than :data:`MAX_EARLY_PAIRS`.

    Parameters
    ----------
    paths : sequence of path-like
        The event files.

    Returns
    -------
    list of (str, str)
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as arrow_csv

    from bordermap.geo.schema import COUNTRY_HINT, LAT, LON, PLACE

    columns = [PLACE, COUNTRY_HINT, LAT, LON]
    pairs: dict[tuple[str, str], None] = {}
    for path in paths:
        delimiter = _PLAIN_SUFFIXES.get(os.path.splitext(os.fspath(path))[1].lower())
        if delimiter is None:
            return []
        try:
            table = arrow_csv.read_csv(
                path,
                parse_options=arrow_csv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
                convert_options=arrow_csv.ConvertOptions(
                    include_columns=columns,
                    column_types=dict.fromkeys(columns, pa.string()),
                    strings_can_be_null=False,
                ),
            )
        except (pa.ArrowException, OSError, ValueError):
            return []
        place, hint, lat, lon = (pc.utf8_trim_whitespace(table[name]) for name in columns)
        given = pc.and_(
            pc.and_(pc.not_equal(place, ""), pc.not_equal(lat, "")), pc.not_equal(lon, "")
        )
        pairs.update(
            dict.fromkeys(
                zip(place.filter(given).to_pylist(), hint.filter(given).to_pylist(), strict=True)
            )
        )
        if len(pairs) > MAX_EARLY_PAIRS:
            return []
    return list(pairs)


def answered_ahead() -> int:
    """How many pairs this process has looked up ahead of being asked (see :func:`warm_up`)."""
    return len(_EARLY_ANSWERS)


def _look_up_early(paths: Sequence[str]) -> None:
    """In the second process: look up the pairs of the event files ahead of being asked."""
    pairs = pairs_in_files(paths)
    _EARLY_ANSWERS.update(zip(pairs, check_answers(pairs), strict=True))


def _usable_cores() -> int:
    """Cores this process may run on (its affinity where the platform says)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


#: A second process started ahead of its look-ups by :func:`warm_up`, not yet claimed.
_warm_pool: _SecondProcess | None = None


def _may_use_second_process() -> bool:
    """``BORDERMAP_SIDE_PROCESS``: ``0`` never, ``1`` whenever there are two cores,
    unset (or anything else) when one of them is idle."""
    wanted = os.environ.get("BORDERMAP_SIDE_PROCESS", "")
    if wanted == "0":
        return False
    cores = _usable_cores()
    if wanted == "1":
        return cores >= 2
    # Only a core that is free helps: on a busy machine the second process only adds
    # its start-up (measured: slower than one process under a load of 2 on 2 cores).
    return cores >= 2 and _load() < cores - 0.5


def _load() -> float:
    """Runnable processes averaged over the last minute (0 where unknown)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


class _SecondProcess(ProcessPoolExecutor):
    """One worker process ("spawn": a fresh interpreter, never a fork of this one's
    threads, as Arrow's thread pools may hold locks a forked child would inherit held),
    and a shared number that settles who does a piece of handed-over work (see
    :class:`HandedWork`): its token once the worker starts on it, minus its token once
    this process takes it back."""

    def __init__(self) -> None:
        context = get_context("spawn")
        self.claim = context.Value("q", 0)
        self.handed = 0  # tokens given so far
        super().__init__(
            max_workers=1, mp_context=context, initializer=_keep_claim, initargs=(self.claim,)
        )


#: In the worker: the shared number of :class:`_SecondProcess`.
_claim = None


def _keep_claim(claim) -> None:
    global _claim
    _claim = claim


def _run_handed(token: int, work: Callable[..., object], args: tuple) -> object:
    """In the worker: run handed-over work unless the caller has taken it back."""
    with _claim.get_lock():
        if _claim.value == -token:
            return None
        _claim.value = token
    return work(*args)


class HandedWork:
    """Work queued in the second process by :meth:`PendingAnswers.hand_over`."""

    def __init__(self, future: Future, pool: _SecondProcess, token: int) -> None:
        self._future = future
        self._claim = pool.claim
        self._token = token

    def take_back(self) -> bool:
        """True if the worker had not started on it: it never will, do it here.
        False if it has: :meth:`result` gives its answer."""
        with self._claim.get_lock():
            if self._claim.value == self._token:
                return False
            self._claim.value = -self._token
        self._future.cancel()
        return True

    def result(self) -> object:
        """The answer of the work (waits for it; raises what it raised)."""
        return self._future.result()


def _new_pool() -> _SecondProcess:
    return _SecondProcess()


def _load_everything() -> None:
    """Load the gazetteer, compile the phrase grammar and read the country outlines and
    border lines: the first look-up of a town and of a border does all of it."""
    from bordermap.geo.places.geocoder import geocode_place

    geocode_place("Vilnius", country="LT")
    geocode_place("the Lithuania–Belarus border")


def warm_up(paths: Sequence[str | os.PathLike[str]] = ()) -> None:
    """Start the second process now, so that it has loaded its data when asked.

    For callers that know early that a large input is coming (the ``resolve`` and
    ``map`` commands, from the size of the event files): starting Python there and
    loading the gazetteer takes about a second, which then overlaps with reading the
    events.  :func:`start_check_answers` uses it; :func:`stop` ends it if nothing did.

    Parameters
    ----------
    paths : sequence of path-like, optional
        The event files: their pairs (see :func:`pairs_in_files`) are then looked up
        there straight after loading, while this process reads the same files.
    """
    global _warm_pool
    if _warm_pool is not None or not _may_use_second_process():
        return
    try:
        _warm_pool = _new_pool()
        _warm_pool.submit(_load_everything)
        if paths:
            _warm_pool.submit(_look_up_early, [os.fspath(p) for p in paths])
    except (OSError, RuntimeError):
        stop()


#: Event files of at least this many bytes together warm a second process up: about
#: 20,000 events of CSV, where its look-ups save more than it costs to start.
WARM_UP_BYTES = 4_000_000


def warm_up_for(paths: Sequence[str | os.PathLike[str]]) -> None:
    """Warm a second process up (:func:`warm_up`) if the event files at ``paths`` are
    large together (:data:`WARM_UP_BYTES`); :func:`stop` ends it if nothing claims it."""
    total = 0
    for path in paths:
        try:
            total += os.path.getsize(path)
        except OSError:  # not there, or a glob: reading will say so
            continue
    if total >= WARM_UP_BYTES:
        warm_up(paths)


@contextmanager
def warmed_up_for(paths: Sequence[str | os.PathLike[str]]) -> Iterator[None]:
    """Within the block, a second process warmed up if the event files at ``paths`` are
    large (:func:`warm_up_for`); ended on leaving it if nothing claimed it."""
    warm_up_for(paths)
    try:
        yield
    finally:
        stop()


def stop() -> None:
    """End a process :func:`warm_up` started and nothing claimed."""
    global _warm_pool
    pool, _warm_pool = _warm_pool, None
    if pool is not None:
        _terminate(pool)


def _terminate(pool: ProcessPoolExecutor) -> None:
    # Python < 3.14 has no public way to stop a running task: without this, leaving
    # early (an error in the join) would wait for every look-up to finish.
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


class PendingAnswers:
    """Answers of :func:`check_answers` being computed in a second process.

    :meth:`result` waits for them; if that process cannot be started or fails, the
    pairs are looked up here instead, so the caller always gets the same answers.
    """

    def __init__(self, pairs: list[tuple[str, str]], pool: _SecondProcess | None) -> None:
        self._pairs = pairs
        self._pool = pool
        self._future: Future[list[CheckAnswer]] | None = None
        try:
            self._pool = pool or _new_pool()
            self._future = self._pool.submit(check_answers, pairs)
        except (OSError, RuntimeError):
            self.close()

    def result(self) -> dict[tuple[str, str], CheckAnswer]:
        """Each pair's answer, computed in the second process or, failing that, here."""
        answers = None
        if self._future is not None:
            try:
                answers = self._future.result()
            except Exception:  # any failure there (an error is raised again here)
                answers = None
        self.close()
        if answers is None or len(answers) != len(self._pairs):
            answers = check_answers(self._pairs)
        return dict(zip(self._pairs, answers, strict=True))

    def hand_over(self, work: Callable[..., object], *args: object) -> HandedWork | None:
        """Queue ``work(*args)`` in the second process, after its look-ups; None when
        there is no second process to take it (do the work here).

        ``work`` must be a module-level function whose answer is the same wherever it
        runs.  Once free, the caller calls :meth:`HandedWork.take_back`: if the second
        process has not started on the work (its look-ups took longer), the caller does
        it itself rather than wait; it also does it itself if the work fails there.
        """
        pool = self._pool
        if pool is None:
            return None
        pool.handed += 1
        try:
            future = pool.submit(_run_handed, pool.handed, work, args)
        except (OSError, RuntimeError):  # the process is gone or shutting down
            return None
        return HandedWork(future, pool, pool.handed)

    def close(self) -> None:
        """Stop the second process; unfinished look-ups are abandoned, not awaited."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # Terminated even when its answers are in: a clean exit there (freeing the
        # gazetteer and grammar) took 0.4-0.7 s that the caller spent waiting.
        _terminate(pool)


def start_check_answers(pairs: list[tuple[str, str]]) -> PendingAnswers | None:
    """Start looking up ``pairs`` in a second process when that is worth it.

    Returns None (look them up in this process when needed) for fewer than
    :data:`SIDE_PROCESS_MIN_PAIRS` pairs, on a machine with one core or no idle one
    (the one-minute load average within half a process of the cores), unless the
    environment variable ``BORDERMAP_SIDE_PROCESS`` says otherwise (``0``: never;
    ``1``: whenever there are two cores).  A process started by
    :func:`warm_up` is used if there is one.
    """
    global _warm_pool
    if len(pairs) < SIDE_PROCESS_MIN_PAIRS or not _may_use_second_process():
        return None
    pool, _warm_pool = _warm_pool, None
    return PendingAnswers(pairs, pool)
