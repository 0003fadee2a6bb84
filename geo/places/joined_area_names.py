"""An area's name that holds "and": "San Andrés y Providencia", "Castilla y León".

A few units are named by two names joined by a conjunction: Colombia's department of
"San Andrés y Providencia", Spain's "Castilla y León", Portugal's "Trás-os-Montes e Alto
Douro".  The runs of capitalised words (:func:`~bordermap.geo.places.text_runs.runs_of`)
end at the lower-case conjunction, which between two names usually joins two places
("entre Ipiales y Tulcán"); "el archipiélago de San Andrés y Providencia" would then name
the town San Andrés and the town Providencia, of another department.  Two runs joined by
one conjunction are read as one when the whole is an area's name the data knows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bordermap.geo.places.text_runs import AND_WORD, Run

__all__ = ["runs_joined_by_and"]


def runs_joined_by_and(runs: list[Run], is_area_name: Callable[[str], bool]) -> list[Run]:
    """``runs`` with each pair joined by one "and" made one run, when an area bears it.

    Parameters
    ----------
    runs : list of Run
        The runs of a text, in order.
    is_area_name : callable
        Whether a name (the two runs' words with the conjunction between) is a region's,
        district's or country's name in the event's scope.

    Returns
    -------
    list of Run
        The runs, the pairs that name one area joined; the others as they were.
    """
    joined: list[Run] = []
    at = 0
    while at < len(runs):
        run = runs[at]
        following = runs[at + 1] if at + 1 < len(runs) else None
        if (
            following is not None
            and AND_WORD.fullmatch(f" {run.after} ") is not None
            and following.before == run.after
            and following.before2 == run.words[-1].lower()
            and not run.parted_after
            and not following.parted_before
        ):
            words = (*run.words, run.after, *following.words)
            if is_area_name(" ".join(words)):
                joined.append(
                    replace(
                        run,
                        words=words,
                        after=following.after,
                        parted_after=following.parted_after,
                    )
                )
                at += 2
                continue
        joined.append(run)
        at += 1
    return joined
