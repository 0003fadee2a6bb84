"""A persistent cache of online geocoder answers, in one SQLite file.

Online geocoders are slow (Nominatim allows one request a second), limited and
sometimes down, so every answer is kept: the provider's raw response, keyed by the
normalised query, the geocoder and the request parameters, with the time it was
fetched.  A second run makes no request.

Each answer is written in a transaction of its own, in WAL mode with ``synchronous
= FULL``: a batch killed at any moment keeps every answer it had received, and two
processes may read and write the same file at once (SQLite serialises the writers;
readers never block).  The processes also share one pace per geocoder
(:meth:`GeocodeCache.reserve_request_slot`).

Answers are stored and returned as data: JSON text, bound as SQL parameters, never
interpreted.  A row that is not JSON (a damaged or edited file) is no answer: it
counts as missing, with a warning naming the file and the key, and is asked again
and overwritten; the online geocoder treats a row whose values fail its checks the
same way.  Nothing in the cache is worth a traceback: it is a copy of what the
service said.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bordermap.geo.errors import GeocodeCacheError

log = logging.getLogger(__name__)

#: File name of the cache inside the user cache directory.
CACHE_FILE_NAME = "geocode-cache.sqlite"

#: Bumped when the table layout changes; an older file is migrated, a newer refused.
SCHEMA_VERSION = 1

#: How long a writer waits for another process's transaction to finish, seconds.
LOCK_TIMEOUT_SECONDS = 30.0

#: Requests that runs sharing one cache may have reserved ahead of now, at most;
#: a reservation further ahead can only come from a clock that was set back.
MAX_QUEUED_REQUESTS = 32

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    geocoder TEXT NOT NULL,
    query TEXT NOT NULL,
    params TEXT NOT NULL,
    response TEXT NOT NULL,
    fetched_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pace (
    geocoder TEXT PRIMARY KEY,
    last_request REAL NOT NULL
) WITHOUT ROWID;
"""


def default_cache_path() -> Path:
    """Return the cache file in the user cache directory (it may not exist yet)."""
    # Imported here: an offline run without the cache never asks (~9 ms of a command).
    import platformdirs

    return Path(platformdirs.user_cache_dir("bordermap", appauthor=False)) / CACHE_FILE_NAME


def normalise_query(query: str) -> str:
    """Return ``query`` as the cache keys it: NFC, case-folded, single-spaced.

    Diacritics are kept: "Krāslava" and "Kraslava" may well get different answers
    from an online service, so they are different questions.
    """
    return " ".join(unicodedata.normalize("NFC", query).casefold().split())


def cache_key(query: str, *, geocoder: str, params: Mapping[str, Any]) -> str:
    """Return the key of one request: a hash of query, geocoder and parameters.

    Parameters
    ----------
    query : str
        The place as asked; normalised with :func:`normalise_query`.
    geocoder : str
        Which service answered, including its domain (``"nominatim@example.org"``),
        so a self-hosted instance never serves answers of the public one.
    params : mapping
        Every request parameter that changes the answer (limit, language,
        polygon...); must be JSON-serialisable.  Credentials never belong here.
    """
    text = json.dumps(
        {"geocoder": geocoder, "query": normalise_query(query), "params": params},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedAnswer:
    """One stored answer.

    Attributes
    ----------
    response : object
        The provider's raw response as it was stored (JSON-compatible); an empty
        list when the provider found nothing, which is an answer too.
    fetched_at : str
        When it was fetched, ISO 8601 in UTC.
    """

    response: Any
    fetched_at: str


@dataclass(frozen=True)
class CacheStats:
    """What a cache file holds.

    Attributes
    ----------
    path : Path
        The cache file.
    answers : int
        Stored answers in total.
    empty_answers : int
        How many of them are "nothing found".
    by_geocoder : dict of str to int
        Answers per geocoder, sorted by geocoder.
    oldest, newest : str or None
        Fetch times of the oldest and newest answer.
    size_bytes : int
        Size of the file and its write-ahead log on disk.
    """

    path: Path
    answers: int
    empty_answers: int
    by_geocoder: dict[str, int]
    oldest: str | None
    newest: str | None
    size_bytes: int


def _utc_now() -> datetime:
    return datetime.now(UTC)


class GeocodeCache:
    """A persistent store of online geocoder answers.

    Parameters
    ----------
    path : str or Path, optional
        The SQLite file; created with its folder when missing.  Defaults to
        :func:`default_cache_path`.
    now : callable, optional
        Returns the current time as an aware ``datetime``; injectable so tests
        control fetch times.

    Raises
    ------
    GeocodeCacheError
        When the file cannot be opened or is not a bordermap cache.
    """

    def __init__(
        self, path: str | Path | None = None, *, now: Callable[[], datetime] = _utc_now
    ) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self._now = now
        self._reported: set[str] = set()  # keys of unreadable rows already warned about
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one per answer.
            self._db = sqlite3.connect(
                self.path, timeout=LOCK_TIMEOUT_SECONDS, isolation_level=None
            )
            self._switch_to_wal()
            # FULL syncs the log on every commit: an answer once committed survives
            # a crash of the process and of the machine.
            self._db.execute("PRAGMA synchronous=FULL")
            # Checked and created inside one write transaction, which (unlike the
            # bare statements) waits for a second process doing the same.
            self._db.execute("BEGIN IMMEDIATE")
            try:
                version = self._db.execute("PRAGMA user_version").fetchone()[0]
                if version > SCHEMA_VERSION:
                    raise GeocodeCacheError(
                        f"{self.path}: cache written by a newer bordermap (layout "
                        f"{version}, this one reads {SCHEMA_VERSION}); upgrade bordermap "
                        "or use --cache with another file"
                    )
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except GeocodeCacheError:
            self._db.close()
            raise
        except sqlite3.Error as err:
            raise GeocodeCacheError(
                f"{self.path}: cannot open the geocoding cache ({err}); delete the file "
                "or pass --cache with another path, or --no-cache"
            ) from err
        except OSError as err:
            raise GeocodeCacheError(
                f"{self.path}: cannot create the geocoding cache ({err.strerror}); pass "
                "--cache with a writable path, or --no-cache"
            ) from err

    def _switch_to_wal(self) -> None:
        """Put the file in WAL mode, waiting while another process does the same.

        Changing the journal mode takes an exclusive lock for which SQLite does not
        call its busy handler, so two processes opening a new file at once would
        fail; the one that loses retries until the other is done.
        """
        deadline = time.monotonic() + LOCK_TIMEOUT_SECONDS
        while True:
            try:
                self._db.execute("PRAGMA journal_mode=WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def __enter__(self) -> GeocodeCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def get(self, key: str) -> CachedAnswer | None:
        """Return the answer stored under ``key``, or None.

        A row that cannot be read back (not JSON, or not text) is None too, with a
        warning: the caller asks the service again and :meth:`put` overwrites it.
        """
        try:
            row = self._db.execute(
                "SELECT response, fetched_at FROM answers WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.Error as err:
            raise self._error("read", err) from err
        if row is None:
            return None
        stored, fetched_at = row
        try:
            if not isinstance(stored, str) or not isinstance(fetched_at, str):
                raise TypeError(f"expected text, found {type(stored).__name__}")
            response = json.loads(stored)
        except (ValueError, TypeError, RecursionError) as err:
            if key not in self._reported:  # once, though several links read it
                self._reported.add(key)
                log.warning(
                    "%s: the answer cached under key %s is not readable JSON (%s); it "
                    "counts as missing: asked again unless --offline, then overwritten",
                    self.path,
                    key,
                    err,
                )
            return None
        return CachedAnswer(response=response, fetched_at=fetched_at)

    def put(
        self,
        key: str,
        response: Any,
        *,
        geocoder: str,
        query: str,
        params: Mapping[str, Any],
    ) -> CachedAnswer:
        """Store one answer in a transaction of its own and return it.

        Parameters
        ----------
        key : str
            From :func:`cache_key` with the same ``query``, ``geocoder``, ``params``.
        response : object
            The provider's raw response, JSON-serialisable.
        geocoder, query, params
            Kept beside the answer for ``bordermap cache stats`` and ``clear``.
        """
        fetched_at = self._now().astimezone(UTC).isoformat(timespec="seconds")
        row = (
            key,
            geocoder,
            normalise_query(query),
            json.dumps(params, sort_keys=True, ensure_ascii=False),
            json.dumps(response, sort_keys=True, ensure_ascii=False),
            fetched_at,
        )
        self._write("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?, ?)", row)
        return CachedAnswer(response=json.loads(row[4]), fetched_at=fetched_at)

    def reserve_request_slot(
        self, geocoder: str, *, min_delay: float, clock: Callable[[], float]
    ) -> float:
        """Reserve the next moment ``geocoder`` may be sent a request, across processes.

        Every bordermap using this cache file shares one pace per geocoder, so two
        runs at once still keep to the service's policy.  The clock is read and the
        slot written in one exclusive transaction: a process that had to wait for
        another's transaction reads the time only once that one has reserved its
        slot, and so reserves the slot after it.

        Parameters
        ----------
        geocoder : str
            As in :func:`cache_key`.
        min_delay : float
            Seconds that must separate two requests.
        clock : callable
            Wall-clock time (seconds since the epoch): comparable across processes.

        Returns
        -------
        float
            Seconds to wait before sending: 0.0 when the request may go now.  The
            slot is reserved either way, so the caller sends once the wait is over
            without asking again.
        """
        if not (math.isfinite(min_delay) and min_delay >= 0):
            raise ValueError(f"min_delay must be a finite number >= 0 (got {min_delay!r})")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                now = clock()
                row = self._db.execute(
                    "SELECT last_request FROM pace WHERE geocoder = ?", (geocoder,)
                ).fetchone()
                slot = now
                if row is not None:
                    following = row[0] + min_delay
                    # A slot further ahead than every run sharing the file could
                    # have queued means a clock was set back: do not wait for it.
                    if now < following <= now + min_delay * MAX_QUEUED_REQUESTS:
                        slot = following
                self._db.execute("INSERT OR REPLACE INTO pace VALUES (?, ?)", (geocoder, slot))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as err:
            raise self._error("write", err) from err
        return slot - now

    def stats(self) -> CacheStats:
        """Return what the cache holds."""
        try:
            total, empty, oldest, newest = self._db.execute(
                "SELECT COUNT(*), COALESCE(SUM(response = '[]'), 0), MIN(fetched_at), "
                "MAX(fetched_at) FROM answers"
            ).fetchone()
            by_geocoder = dict(
                self._db.execute(
                    "SELECT geocoder, COUNT(*) FROM answers GROUP BY geocoder ORDER BY geocoder"
                ).fetchall()
            )
        except sqlite3.Error as err:
            raise self._error("read", err) from err
        size = sum(
            p.stat().st_size
            for p in (self.path, self.path.with_name(self.path.name + "-wal"))
            if p.exists()
        )
        return CacheStats(self.path, total, empty, by_geocoder, oldest, newest, size)

    def clear(self, *, geocoder: str | None = None, older_than_days: float | None = None) -> int:
        """Delete stored answers and return how many were deleted.

        Parameters
        ----------
        geocoder : str, optional
            Only answers of this geocoder (as shown by :meth:`stats`), or of any
            instance of this service when given without ``@domain``.
        older_than_days : float, optional
            Only answers fetched more than this many days ago: a finite number,
            0 or more.

        Raises
        ------
        ValueError
            When ``older_than_days`` is negative, NaN or infinite.
        """
        if older_than_days is not None and not (
            math.isfinite(older_than_days) and older_than_days >= 0
        ):
            raise ValueError(
                f"older_than_days must be a finite number of days, 0 or more "
                f"(got {older_than_days!r})"
            )
        where, args = [], []
        if geocoder is not None:
            where.append("(geocoder = ? OR geocoder LIKE ?)")
            args += [geocoder, geocoder + "@%"]
        if older_than_days is not None:
            try:
                cutoff = self._now().astimezone(UTC) - timedelta(days=older_than_days)
            except OverflowError:
                return 0  # before the year 1: no answer is that old
            where.append("fetched_at < ?")
            args.append(cutoff.isoformat(timespec="seconds"))
        sql = "DELETE FROM answers" + (" WHERE " + " AND ".join(where) if where else "")
        deleted = self._write(sql, args)
        if geocoder is None and older_than_days is None:
            try:
                self._db.execute("VACUUM")  # give the space back after a full clear
            except sqlite3.Error as err:
                raise self._error("write", err) from err
        return deleted

    def _write(self, sql: str, args: Any) -> int:
        """Run one statement in a transaction of its own; return the rows changed."""
        try:
            # BEGIN IMMEDIATE takes the write lock at once, so a second process
            # waits here (up to LOCK_TIMEOUT_SECONDS) instead of failing mid-way.
            self._db.execute("BEGIN IMMEDIATE")
            try:
                changed = self._db.execute(sql, args).rowcount
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as err:
            raise self._error("write", err) from err
        return changed

    def _error(self, action: str, err: sqlite3.Error) -> GeocodeCacheError:
        return GeocodeCacheError(
            f"{self.path}: cannot {action} the geocoding cache ({err}); another "
            "bordermap may hold it locked for long, or the file is damaged (delete it, "
            "or use --cache with another path, or --no-cache)"
        )
