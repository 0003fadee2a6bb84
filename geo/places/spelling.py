"""Names written a letter or two away from a unit or crossing of the event's country.

Reports spell the same place several ways: "Nujiamaa" for Nuijamaa, "Kerem Salom" for
Kerem Shalom, "Sistan-Baluchistan" for Sistan and Baluchestan, "Jazen" for Jazan.
When a text names a unit ("province", "district") or a crossing and no name of the
tables matches, the resolver may look for a name of the same kind within the event's
country that is one or two edits away.  Only that small set is searched (a country's
regions, districts or crossings, never its villages, of which many differ by a letter),
and only a single nearest name answers: two names as near, and nothing is chosen.
Two more small sets: a border's side a letter from a name or demonym of the other
side's neighbours ("ivoiro-Ghannéen"), and a name known nowhere, beside a border the
event's country is on, a letter from a name of one of that border's crossings ("la ville
d'Elibo, à la frontière ivoiro-ghanéenne", Elubo).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable, Iterable
from functools import lru_cache

__all__ = [
    "PASS_WORDS",
    "allowed_edits",
    "closest_spelling",
    "edit_distance",
    "may_be_misspelled",
    "spelling_key",
]

#: Words that join the two halves of a unit's name ("Sistan and Baluchestan", "Sīstān va
#: Balūchestān", "Sistan-Baluchistan"): left out of the comparison.
CONNECTORS = frozenset({"and", "va", "wa", "und", "et", "y", "i", "e", "ve", "ja", "og", "en"})
#: The word "pass" that begins the names of many passes and crossings on the Dângrêk and
#: Mekong borders, as keys write it: Thai ช่อง, Lao ຊ່ອງ, Khmer ច្រក, romanised "chong".
#: Two such names differ only in what follows it (ช่องจอม Chong Chom, ช่องจวม Choam, ช่องสะงำ
#: Chong Sa-ngam), so only that part counts towards the edits a name may differ by.
PASS_WORDS = ("ชอง", "ຊອງ", "ចរក", "chong")


#: Hangul letters (jamo) as a lookup key holds them, decomposed.
_JAMO_RUN = re.compile(r"[\u1100-\u11ff]+")


@lru_cache(maxsize=65536)
def spelling_key(key: str) -> str:
    """A lookup key without its joining words and spaces: what spellings are compared on.

    A key holds Hangul decomposed, three or so letters a syllable: they are put back
    together, so that a Korean name is compared syllable by syllable: "후창" (Huch'ang)
    differs from "회창" (Hoech'ang, another county) in one letter of two, not of five.

    >>> spelling_key("sistan va baluchestan")
    'sistanbaluchestan'

    Kept per key: a country's hundreds of forms are compared again with each text.
    """
    joined = "".join(word for word in key.split() if word not in CONNECTORS)
    return _JAMO_RUN.sub(lambda run: unicodedata.normalize("NFC", run[0]), joined)


def allowed_edits(length: int) -> int:
    """Edits a name of ``length`` letters may differ by: none below 5, one below 12, else
    two ("Champaran" is two edits from Champawat, another district)."""
    if length < 5:
        return 0
    return 1 if length < 12 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from ``a`` to ``b``.

    Stops early: any distance above ``limit`` is returned as ``limit + 1``.

    >>> edit_distance("nujiamaa", "nuijamaa", 2)
    1
    >>> edit_distance("kerem salom", "kerem shalom", 2)
    1
    """
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    if not limit:  # any two different names are more than no edit apart
        return 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


_LATIN_VOWELS = re.compile(r"[aeiouy]")


def _vowels_only_apart(a: str, b: str) -> bool:
    """Whether two romanised pass names differ in their vowels only: "choam" and "chom"
    (Choam, Anlong Veng, and Chong Chom, O'Smach) are two passes, whose names a
    romanisation tells apart by the vowel alone, as the Thai ช่องจวม and ช่องจอม."""
    if a == b or not (a.isascii() and b.isascii()):
        return False
    return _LATIN_VOWELS.sub("", a) == _LATIN_VOWELS.sub("", b)


def _shared_pass_word(a: str, b: str) -> str:
    """The word for a pass both spelling keys begin with, else ``""``."""
    return next((word for word in PASS_WORDS if a.startswith(word) and b.startswith(word)), "")


_DOUBLED = re.compile(r"(\w)\1")


def _doubled_elsewhere(a: str, b: str) -> bool:
    """Whether two keys of one length differ only in which letter is doubled: "garrisa"
    and "garissa" (Garissa), one slip of the writer, though two replaced letters."""
    return len(a) == len(b) and a != b and _DOUBLED.sub(r"\1", a) == _DOUBLED.sub(r"\1", b)


def may_be_misspelled(name: str) -> bool:
    """Whether a text's name may be a proper name spelled otherwise: it begins with a
    capital, or is written in a script without case.  A lower-case word is a common
    word ("железнодорожный", railway), never read as a crossing named after one."""
    first = name.strip()[:1]
    return bool(first) and (first.isupper() or first.lower() == first.upper())


def closest_spelling(
    key: str, candidates: Iterable[tuple[str, Hashable]]
) -> tuple[Hashable, str, int] | None:
    """The one candidate whose name is within the allowed edits of ``key``, or None.

    Parameters
    ----------
    key : str
        The lookup key the text gave (:func:`~bordermap.geo.places.names.normalise`).
    candidates : iterable of (str, hashable)
        Each name form (a lookup key) with what it names; one thing may have many forms.

    Returns
    -------
    (thing, form, edits) or None
        None when no form is near enough, or when forms of two different things are
        equally near (a guess between them would be a wrong place half the time).
        Forms that differ only in spaces and joining words ("Chapainawabganj",
        "Chapai Nawabganj") are 0 edits apart, whatever their length.
    """
    wanted = spelling_key(key)
    # Only a key that begins with a pass word can share one with a form.
    passes = any(wanted.startswith(word) for word in PASS_WORDS)
    best: dict[Hashable, tuple[int, str]] = {}
    for form, thing in candidates:
        other = spelling_key(form)
        shared = _shared_pass_word(wanted, other) if passes else ""
        if shared and _vowels_only_apart(wanted[len(shared) :], other[len(shared) :]):
            continue
        limit = allowed_edits(len(wanted) - len(shared))
        edits = edit_distance(wanted, other, limit)
        if edits > 1 and limit and _doubled_elsewhere(wanted, other):
            edits = 1
        if edits <= limit and (thing not in best or edits < best[thing][0]):
            best[thing] = (edits, form)
    if not best:
        return None
    nearest = min(edits for edits, _ in best.values())
    things = [thing for thing, (edits, _) in best.items() if edits == nearest]
    if len(things) != 1:
        return None
    edits, form = best[things[0]]
    return things[0], form, edits
