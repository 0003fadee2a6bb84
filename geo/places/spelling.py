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
from collections.abc import Hashable, Iterable, Iterator
from functools import lru_cache

__all__ = [
    "PASS_WORDS",
    "SpellingIndex",
    "allowed_edits",
    "closest_spelling",
    "edit_distance",
    "letters_apart",
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
    # Only cells within ``limit`` of the diagonal are worked out: the prefixes of a
    # cell further off differ in length by more than ``limit``, so it is "too far"
    # (``limit + 1``), and every value is held at that cap.
    too_far = limit + 1
    width = len(b) + 1
    before: list[int] | None = None
    previous = [j if j <= limit else too_far for j in range(width)]
    for i in range(1, len(a) + 1):
        letter = a[i - 1]
        current = [too_far] * width
        if i <= limit:
            current[0] = i
        nearest = current[0]
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            other = b[j - 1]
            value = previous[j - 1] + (letter != other)
            if previous[j] + 1 < value:
                value = previous[j] + 1
            if current[j - 1] + 1 < value:
                value = current[j - 1] + 1
            if before is not None and j > 1 and letter == b[j - 2] and a[i - 2] == other:
                value = min(value, before[j - 2] + 1)
            current[j] = min(value, too_far)
            nearest = min(nearest, value)
        if nearest > limit:
            return too_far
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


def _undoubled(key: str) -> str:
    """``key`` with each doubled letter written once.  Two keys of one length alike
    undoubled differ only in which letter is doubled: "garrisa" and "garissa" (Garissa),
    one slip of the writer, though two replaced letters, so one edit."""
    return _DOUBLED.sub(r"\1", key)


def may_be_misspelled(name: str) -> bool:
    """Whether a text's name may be a proper name spelled otherwise: it begins with a
    capital, or is written in a script without case.  A lower-case word is a common
    word ("железнодорожный", railway), never read as a crossing named after one."""
    first = name.strip()[:1]
    return bool(first) and (first.isupper() or first.lower() == first.upper())


def letters_apart(letters: frozenset[str], others: frozenset[str]) -> int:
    """The fewest edits two keys with these letters can be apart: each letter one has and
    the other lacks needs an edit of its own (a swap moves letters, never adds one), so
    no :func:`edit_distance` is below it.

    >>> letters_apart(frozenset("champaran"), frozenset("champawat"))
    2
    """
    return max(len(letters - others), len(others - letters))


#: One form of a :class:`SpellingIndex`: its place in the set's order, the form, what it
#: names, its spelling key, the key's letters, and the key with doubled letters single.
_Form = tuple[int, str, Hashable, str, frozenset[str], str]


class SpellingIndex:
    """The name forms of one small set, each with its spelling key worked out once and
    filed by the key's length, for :func:`closest_spelling` to ask again and again.

    A form whose key is longer or shorter than the text's by more than the allowed
    edits is never near: only the forms of the few lengths around the text's are
    compared, and of those only the ones whose letters could be within the edits.

    Parameters
    ----------
    candidates : iterable of (str, hashable)
        Each name form (a lookup key) with what it names, in the order that decides
        which of a thing's equally near forms is given.
    """

    __slots__ = ("_by_length",)

    def __init__(self, candidates: Iterable[tuple[str, Hashable]]) -> None:
        by_length: dict[int, list[_Form]] = {}
        for order, (form, thing) in enumerate(candidates):
            key = spelling_key(form)
            letters = frozenset(key)
            undoubled = _undoubled(key)
            by_length.setdefault(len(key), []).append(
                (order, form, thing, key, letters, undoubled)
            )
        self._by_length = by_length

    def of_lengths(self, shortest: int, longest: int) -> Iterator[_Form]:
        """The forms whose spelling keys have ``shortest`` to ``longest`` letters."""
        for length in range(shortest, longest + 1):
            yield from self._by_length.get(length, ())


def closest_spelling(
    key: str, candidates: SpellingIndex | Iterable[tuple[str, Hashable]]
) -> tuple[Hashable, str, int] | None:
    """The one candidate whose name is within the allowed edits of ``key``, or None.

    Parameters
    ----------
    key : str
        The lookup key the text gave (:func:`~bordermap.geo.places.names.normalise`).
    candidates : SpellingIndex or iterable of (str, hashable)
        Each name form (a lookup key) with what it names; one thing may have many forms.
        A set compared again and again is best given as its :class:`SpellingIndex`.

    Returns
    -------
    (thing, form, edits) or None
        None when no form is near enough, or when forms of two different things are
        equally near (a guess between them would be a wrong place half the time).
        Forms that differ only in spaces and joining words ("Chapainawabganj",
        "Chapai Nawabganj") are 0 edits apart, whatever their length.
    """
    index = candidates if isinstance(candidates, SpellingIndex) else SpellingIndex(candidates)
    wanted = spelling_key(key)
    wanted_letters = frozenset(wanted)
    wanted_undoubled = _undoubled(wanted)
    # Only a key that begins with a pass word can share one with a form.
    passes = any(wanted.startswith(word) for word in PASS_WORDS)
    # The most edits any form may differ by (a shared pass word only lowers it): a key
    # of another length by more is too far, and not the same length for a doubled letter.
    most = allowed_edits(len(wanted))
    near: list[tuple[int, str, Hashable, int]] = []
    for order, form, thing, other, letters, undoubled in index.of_lengths(
        len(wanted) - most, len(wanted) + most
    ):
        shared = _shared_pass_word(wanted, other) if passes else ""
        if shared and _vowels_only_apart(wanted[len(shared) :], other[len(shared) :]):
            continue
        limit = allowed_edits(len(wanted) - len(shared))
        if limit and letters_apart(wanted_letters, letters) > limit:
            edits = limit + 1  # too far, without working out the distance
        else:
            edits = edit_distance(wanted, other, limit)
        if (
            edits > 1
            and limit
            and len(wanted) == len(other)
            and wanted != other
            and wanted_undoubled == undoubled
        ):
            edits = 1  # another letter doubled (:func:`_undoubled`)
        if edits <= limit:
            near.append((order, form, thing, edits))
    # The forms in the set's order, as when every one was compared in turn: a thing's
    # first form of its fewest edits is the one given.
    best: dict[Hashable, tuple[int, str]] = {}
    for _, form, thing, edits in sorted(near, key=lambda found: found[0]):
        if thing not in best or edits < best[thing][0]:
            best[thing] = (edits, form)
    if not best:
        return None
    nearest = min(edits for edits, _ in best.values())
    things = [thing for thing, (edits, _) in best.items() if edits == nearest]
    if len(things) != 1:
        return None
    edits, form = best[things[0]]
    return things[0], form, edits
