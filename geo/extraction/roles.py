"""Roles of the finds in a sentence (places, dates): one way to hand out a new role."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar


class _HasRole(Protocol):
    role: str


_Find = TypeVar("_Find", bound=_HasRole)


def with_role(
    found: Iterable[_Find],
    role: str,
    applies: Callable[[_Find], object],
    *,
    was: str | None = None,
) -> list[_Find]:
    """Give a new role to the finds a test picks, keeping the others as they are.

    Parameters
    ----------
    found : iterable of finds
        The finds of one sentence: dataclasses with a ``role`` (places, dates).
    role : str
        The role to give ("at", "aside", "limit", ...).
    applies : callable
        Whether a find takes the role (read as true or false); asked once for each
        find tested, in order.
    was : str, optional
        Test only the finds holding this role now; by default, test every find.

    Returns
    -------
    list
        The finds in their order, those picked with ``role`` set.
    """
    return [
        dataclasses.replace(f, role=role) if (was is None or f.role == was) and applies(f) else f
        for f in found
    ]
