"""Offline place look-ups of many texts in a second process, while the caller works on.

``resolve`` checks given coordinates against the place each event's text names: some
2,200 distinct (place, country) pairs in the 100,000-event benchmark, about a second
of parsing and looking up, plus the grammar and gazetteer loads.  None of it depends
on the border join, so on a machine with a second core it runs there, started before
the join and collected after it.  The answers are those of :func:`geocode_place` in
this process, computed by the same code on the same data: only where they are
computed changes.
"""

from __future__ import annotations

import functools
import gc
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Generic, TypeVar

from bordermap.geo import pattern_store
from bordermap.geo.collector import collector_paused

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.synchronize import Event

__all__ = [
    "SIDE_PROCESS_MIN_PAIRS",
    "CheckAnswer",
    "Elsewhere",
    "PendingAnswers",
    "check_answers",
    "first_there",
    "meanwhile_there",
    "start_check_answers",
    "stop",
    "warm_up",
    "warmed_up",
    "warmed_up_for",
]

_T = TypeVar("_T")

#: Fewer distinct pairs than this are looked up in this process: starting a second
#: Python and loading the gazetteer there takes about a second of CPU.
SIDE_PROCESS_MIN_PAIRS = 256

#: What a check needs of one answer: its geometry, uncertainty (km) and name; None
#: when the text did not resolve to a geometry.
CheckAnswer = tuple[object, float, str] | None


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
    if not pairs:  # all answered elsewhere: the grammar's import is not needed
        return []
    from bordermap.geo.places.geocoder import geocode_place

    answers: list[CheckAnswer] = []
    with collector_paused():
        for count, (place, hint) in enumerate(pairs):
            if count and count % TURN_EVERY == 0 and _turn_given():
                # Work queued behind these checks is wanted first (the map's towns):
                # the answers so far go back, the caller queues the rest behind it.
                break
            answer = geocode_place(place, country=hint or None)
            if answer.status != "resolved" or answer.geometry is None:
                answers.append(None)
            else:
                answers.append((answer.geometry, answer.uncertainty_km or 0.0, answer.name))
    if _keeps_patterns:
        # Here, not at the process's end: it is terminated once its answers are in.
        # Only patterns new to the file are written (none once a first run kept them).
        pattern_store.save()
    return answers


#: :func:`check_answers` looks whether other work wants its turn every this many
#: look-ups (a look about 2 µs, 32 look-ups about 10 ms), never before the first: each
#: part of the checks answers at least one pair.
TURN_EVERY = 32


def _turn_given() -> bool:
    """In the second process: whether work queued behind the checks asked for its turn
    (it has it now: the flag is cleared)."""
    if _turn_wanted is None or not _turn_wanted.is_set():
        return False
    _turn_wanted.clear()
    return True


def _usable_cores() -> int:
    """Cores this process may run on (its affinity where the platform says)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


#: A second process started ahead of its look-ups by :func:`warm_up`, not yet claimed.
_warm_pool: ProcessPoolExecutor | None = None
#: The second process of the :class:`PendingAnswers` not yet collected, if any.
_checking_pool: ProcessPoolExecutor | None = None


#: Set by this process once work waits behind the warm-up of :data:`_warm_pool`.
_warm_pool_has_work: Event | None = None
#: In the second process: that flag, as its pool's initializer handed it over.
_work_waiting: Event | None = None
#: Set by this process when work it needs soon is queued behind the checks in
#: :data:`_warm_pool` (see :func:`meanwhile_there`); handed over with that pool.
_warm_pool_turn: Event | None = None
#: The flag of :data:`_warm_pool_turn` once its pool checks (:data:`_checking_pool`).
_checking_turn: Event | None = None
#: In the second process: that flag, as its pool's initializer handed it over.
_turn_wanted: Event | None = None
#: In the second process: whether it keeps the patterns it compiles for later runs.
_keeps_patterns = False


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


def _new_pool(*, with_work_flag: bool = False) -> ProcessPoolExecutor:
    """A one-process pool; with ``with_work_flag``, :data:`_warm_pool_has_work` is made
    and handed to that process, whose warm-up stops loading when it is set."""
    global _warm_pool_has_work, _warm_pool_turn
    # Imported here: a run that looks up in this process only (a small input, a busy
    # machine, BORDERMAP_SIDE_PROCESS=0) does not need multiprocessing (~0.02 s).
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    # "spawn": a fresh interpreter, never a fork of this one's threads (Arrow's thread
    # pools may hold locks a forked child would inherit held).
    context = get_context("spawn")
    kept_patterns = pattern_store.installed()
    if not with_work_flag:
        return ProcessPoolExecutor(
            max_workers=1,
            mp_context=context,
            initializer=_keep_work_flag,
            initargs=(None, None, kept_patterns),
        )
    # An event can reach the other process only as it starts: through the initializer.
    _warm_pool_has_work = context.Event()
    _warm_pool_turn = context.Event()
    return ProcessPoolExecutor(
        max_workers=1,
        mp_context=context,
        initializer=_keep_work_flag,
        initargs=(_warm_pool_has_work, _warm_pool_turn, kept_patterns),
    )


def _keep_work_flag(
    flag: Event | None, turn: Event | None = None, kept_patterns: bool = False
) -> None:
    """In the second process: keep the flag that says work waits behind the warm-up,
    and the one that says work queued behind the checks wants its turn; use the kept
    patterns where the command line that started it does (:mod:`~bordermap.geo.pattern_store`).

    The cyclic garbage collector stays off there for the process's life, as in the
    ``map`` and ``resolve`` command lines: the process is ended by the one that started
    it, its loading and look-ups make no cyclic garbage (none found after loading, nor
    after the 2,230 checks of the 100k benchmark), and the collector's passes walked
    the gazetteer and grammar again and again (about 0.06 s of CPU, one of them as each
    part of the checks ended, before its answers went back).
    """
    global _work_waiting, _turn_wanted, _keeps_patterns
    gc.disable()
    _work_waiting = flag
    _turn_wanted = turn
    if kept_patterns:
        pattern_store.install()
        _keeps_patterns = True


def _load_join_data() -> None:
    """What the border join of a first country's points reads: the country outlines and
    that country's border pieces (the import of the join alone is most of it)."""
    import numpy as np

    from bordermap.geo.borders.join import nearest_borders_shared

    nearest_borders_shared(np.array([25.28]), np.array([54.69]))


def _import_geocoder() -> None:
    """The geocoder's modules (their patterns are compiled as they are imported)."""
    import bordermap.geo.places.geocoder  # noqa: F401


def _load_gazetteer() -> None:
    from bordermap.geo.places.gazetteer import load_gazetteer

    load_gazetteer()


def _load_place_data() -> None:
    """The phrase grammar and what else the first look-up of a town loads."""
    from bordermap.geo.places.geocoder import geocode_place

    geocode_place("Vilnius", country="LT")


def _load_border_phrases() -> None:
    """What the first look-up of a border phrase reads besides."""
    from bordermap.geo.places.geocoder import geocode_place

    geocode_place("the Lithuania–Belarus border")


def _load_districts() -> None:
    from bordermap.geo.places.districts import load_districts

    load_districts()


def _load_everything(for_join: bool = False) -> None:
    """Load what the second process's work reads, in the order that work needs it: with
    ``for_join`` what the border join of the events' coordinates reads first, then the
    checks' gazetteer, grammar and districts table, while this process waits for the
    events.

    Once work is queued behind this (the flag of :func:`_keep_work_flag` is set: the
    join's share was sent), what is still unloaded is left to that work, which loads
    it when it first reads it: the join no longer waits for the checks' data.  The
    same data are loaded either way; only when they are loaded changes.
    """
    # In steps of about 0.1 s of CPU: the join waits for one at most.
    steps = (
        *((_load_join_data,) if for_join else ()),
        _import_geocoder,
        _load_gazetteer,
        _load_place_data,
        _load_border_phrases,
        _load_districts,
    )
    for load in steps:
        if _work_waiting is not None and _work_waiting.is_set():
            return
        load()


def warm_up(*, for_join: bool = False) -> None:
    """Start the second process now, so that it has loaded its data when asked.

    For callers that know early that a large input is coming (the ``resolve`` and
    ``map`` commands, from the size of the event files): starting Python there and
    loading the gazetteer takes about a second, which then overlaps with reading the
    events.  :func:`start_check_answers` uses it; :func:`stop` ends it if nothing did.
    With ``for_join`` (a map, whose process shares the border join with it: see
    :func:`first_there`) it loads what the join reads first.
    """
    global _warm_pool
    if _warm_pool is not None or not _may_use_second_process():
        return
    try:
        _warm_pool = _new_pool(with_work_flag=True)
        _warm_pool.submit(_load_everything, for_join)
    except (OSError, RuntimeError):
        stop()


def warmed_up() -> bool:
    """Whether a second process started by :func:`warm_up` waits for work."""
    return _warm_pool is not None


#: Event files of at least this many bytes together warm a second process up: about
#: 20,000 events of CSV, where its look-ups save more than it costs to start.
WARM_UP_BYTES = 4_000_000


@contextmanager
def warmed_up_for(
    paths: Sequence[str | os.PathLike[str]], *, for_join: bool = False
) -> Iterator[None]:
    """Within the block, a second process warmed up if the event files at ``paths`` are
    large (:data:`WARM_UP_BYTES`); ended on leaving it if nothing claimed it.
    ``for_join`` as for :func:`warm_up`."""
    total = 0
    for path in paths:
        try:
            total += os.path.getsize(path)
        except OSError:  # not there, or a glob: reading will say so
            continue
    if total >= WARM_UP_BYTES:
        warm_up(for_join=for_join)
    try:
        yield
    finally:
        stop()


def stop() -> None:
    """End a process :func:`warm_up` started and nothing claimed."""
    global _warm_pool, _warm_pool_has_work, _warm_pool_turn
    pool, _warm_pool = _warm_pool, None
    _warm_pool_has_work = _warm_pool_turn = None
    if pool is not None:
        _terminate(pool)


def _terminate(pool: ProcessPoolExecutor) -> None:
    # Python < 3.14 has no public way to stop a running task: without this, leaving
    # early (an error in the join) would wait for every look-up to finish.
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()
    # Not waited for here: the pool's own thread reaps the ended process (the system
    # freeing its memory took 0.02-0.06 s that the caller spent waiting) and the
    # interpreter joins that thread on its way out, so nothing is left behind.
    pool.shutdown(wait=False, cancel_futures=True)


class PendingAnswers:
    """Answers of :func:`check_answers` being computed in a second process.

    :meth:`result` waits for them; if that process cannot be started or fails, the
    pairs are looked up here instead, so the caller always gets the same answers.

    With ``turn`` (the flag handed to that process as it started: see
    :func:`meanwhile_there`), the checks there stop early when work queued behind them
    asks for its turn; the pairs not yet looked up are then queued again behind that
    work as soon as the answers so far come back.
    """

    def __init__(
        self,
        pairs: list[tuple[str, str]],
        pool: ProcessPoolExecutor | None,
        turn: Event | None = None,
    ) -> None:
        self._pairs = pairs
        self._pool = pool
        # The parts of the checks sent there, by the position of their first pair.
        self._parts: dict[int, Future[list[CheckAnswer]]] = {}
        # Taken to send a part, by this thread or by the pool's as a part comes back.
        self._lock = threading.RLock()
        try:
            self._pool = pool or _new_pool()
        except (OSError, RuntimeError):
            self.close()
            return
        if self._part_from(0) is None:
            self.close()
            return
        global _checking_pool, _checking_turn
        _checking_pool = self._pool
        _checking_turn = turn

    def _part_from(self, start: int) -> Future[list[CheckAnswer]] | None:
        """The part of the checks from pair ``start`` on, sent now if not sent yet;
        None when all are answered or that process has ended."""
        if start >= len(self._pairs):
            return None
        with self._lock:
            if start not in self._parts:
                if self._pool is None:
                    return None
                try:
                    part = self._pool.submit(check_answers, self._pairs[start:])
                except (OSError, RuntimeError):  # that process has ended or is ending
                    return None
                self._parts[start] = part
                part.add_done_callback(functools.partial(self._send_rest, start))
            return self._parts[start]

    def _send_rest(self, start: int, part: Future[list[CheckAnswer]]) -> None:
        """As a part comes back short (work queued behind it had its turn), send the
        rest at once, so that it follows that work with no pause there."""
        if part.cancelled() or part.exception() is not None:
            return
        self._part_from(start + len(part.result()))

    def _answers_there(self) -> list[CheckAnswer]:
        """The answers the second process gives, part after part, until all are in or
        it fails (then those it gave)."""
        answers: list[CheckAnswer] = []
        while (part := self._part_from(len(answers))) is not None:
            try:
                found = part.result()
            except Exception:  # any failure there (an error is raised again here)
                break
            if not found:  # never so: each part answers a first pair
                break
            answers.extend(found)
        return answers

    def waiting(self) -> bool:
        """Whether :meth:`result` would now wait for the second process: a part of the
        checks sent there is not answered yet."""
        with self._lock:
            return self._pool is not None and not all(p.done() for p in self._parts.values())

    def result(self) -> dict[tuple[str, str], CheckAnswer]:
        """Each pair's answer, computed in the second process or, failing that, here."""
        answers = self._answers_there() if self._pool is not None else []
        self.close()
        # Those that process did not answer (it failed or ended): looked up here.
        answers.extend(check_answers(self._pairs[len(answers) :]))
        return dict(zip(self._pairs, answers, strict=True))

    def close(self) -> None:
        """Stop the second process; unfinished look-ups are abandoned, not awaited."""
        global _checking_pool, _checking_turn
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is None:
            return
        if _checking_pool is pool:
            _checking_pool = _checking_turn = None
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
    global _warm_pool, _warm_pool_turn
    if len(pairs) < SIDE_PROCESS_MIN_PAIRS or not _may_use_second_process():
        return None
    pool, _warm_pool = _warm_pool, None
    turn, _warm_pool_turn = _warm_pool_turn, None
    return PendingAnswers(pairs, pool, turn if pool is not None else None)


def meanwhile_there(function: Callable[..., _T], *args: object, **kwargs: object) -> Elsewhere[_T]:
    """Compute ``function(*args, **kwargs)`` in the second process if one is checking.

    For work that needs data that process has loaded already (the gazetteer) and
    whose result is wanted a little later: it is queued behind the checks there,
    which then give it its turn (in a process warmed up by :func:`warm_up`: they
    stop at their next look, and the rest of them is queued behind it), and this
    process goes on meanwhile.  ``function`` must be importable by name,
    its arguments and result picklable.

    Returns
    -------
    callable
        Called with no arguments, it gives the result: waited for from the second
        process, or computed here when there is none, or it has ended or failed.
        The same code on the same data: only where it runs changes.
    """
    result = _there_or_here(_checking_pool, function, args, kwargs)
    if result.queued and _checking_turn is not None:
        # Set once queued: the checks' rest is then queued after it, not before.
        _checking_turn.set()
    return result


def first_there(function: Callable[..., _T], *args: object, **kwargs: object) -> Elsewhere[_T]:
    """Compute ``function(*args, **kwargs)`` in the warmed-up second process, ahead of
    the checks that :func:`start_check_answers` queues after it.

    For work whose result is wanted soon and that needs only what is sent (part of
    the border join of given coordinates, right after reading).  As for
    :func:`meanwhile_there`, ``function`` must be importable by name, its arguments
    and result picklable.

    Returns
    -------
    callable
        As :func:`meanwhile_there`: with no second process warmed up (a small input,
        a busy machine) or when it fails, the result is computed here when asked for.
    """
    pool = _warm_pool
    result = _there_or_here(pool, function, args, kwargs)
    if pool is not None and _warm_pool_has_work is not None:
        # Queued: the warm-up there leaves the rest of its loading to the work after this.
        _warm_pool_has_work.set()
    return result


class Elsewhere(Generic[_T]):
    """``function(*args, **kwargs)``, queued in the second process or computed here.

    Called with no arguments, it gives the result: waited for from that process, or
    computed here when there is none, or it has ended or failed.
    """

    def __init__(
        self,
        function: Callable[..., _T],
        args: tuple[object, ...],
        kwargs: dict[str, object],
        future: Future[_T] | None,
    ) -> None:
        self._function, self._args, self._kwargs = function, args, kwargs
        self._future = future

    def __call__(self) -> _T:
        if self._future is not None:
            try:
                return self._future.result()
            except Exception:  # ended or failed there: computed here, as without it
                pass
        return self._function(*self._args, **self._kwargs)

    @property
    def queued(self) -> bool:
        """Whether it was queued in the second process (not to be computed here)."""
        return self._future is not None

    def done(self) -> bool:
        """Whether the second process has finished it (so calling does not wait);
        False where it is computed here."""
        return self._future is not None and self._future.done()


def _there_or_here(
    pool: ProcessPoolExecutor | None,
    function: Callable[..., _T],
    args: tuple[object, ...],
    kwargs: dict[str, object],
) -> Elsewhere[_T]:
    """``function(*args, **kwargs)`` queued in ``pool`` if any, else computed when asked."""
    future: Future[_T] | None = None
    if pool is not None:
        try:
            future = pool.submit(function, *args, **kwargs)
        except (OSError, RuntimeError):  # that process has ended or is ending
            future = None
    return Elsewhere(function, args, kwargs, future)
