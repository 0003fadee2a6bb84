"""Spanish place names with Portuguese joining words, and the other way round.

A Brazilian report names a Venezuelan town "Santa Elena do Uairén", a Spanish one a
Brazilian town "Foz de Iguaçu": the writer puts the joining word of their own language
("do", "da" for "de", "del", "de la") into a name that keeps the rest of its spelling.
So too the port word a name begins with ("Porto Quijarro" for Puerto Quijarro).
:func:`connector_variants` gives the keys such a name has in the language of the
event's country, for the resolver to look up there, inside that country only.
"""

from __future__ import annotations

import re

__all__ = ["PORTUGUESE_NAMED", "SPANISH_NAMED", "connector_variants", "short_form_key"]

#: Countries whose place names are Spanish.
SPANISH_NAMED = frozenset(
    {
        "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX", "NI",
        "PA", "PE", "PR", "PY", "SV", "UY", "VE",
    }
)  # fmt: skip
#: Countries whose place names are Portuguese.
PORTUGUESE_NAMED = frozenset({"AO", "BR", "CV", "GW", "MZ", "PT", "ST", "TL"})

# A Portuguese joining word and the Spanish ones it stands for.
_TO_SPANISH = {
    "do": ("de", "del"),
    "da": ("de", "de la"),
    "dos": ("de los",),
    "das": ("de las",),
}
# A Spanish joining word and the Portuguese ones it stands for.
_TO_PORTUGUESE = {
    "de": ("do", "da"),
    "del": ("do",),
    "de la": ("da",),
    "de los": ("dos",),
    "de las": ("das",),
}
#: The port word a name begins with, in the other language: "Porto Quijarro" in a
#: Brazilian report is Bolivia's Puerto Quijarro, "Puerto Velho" a Spanish one's Porto Velho.
_FIRST_WORD_TO_SPANISH = {"porto": "puerto"}
_FIRST_WORD_TO_PORTUGUESE = {"puerto": "porto"}
_SPANISH_WORD = re.compile(r" (de las|de los|de la|del|de) ")
_PORTUGUESE_WORD = re.compile(r" (dos|das|do|da) ")


def connector_variants(key: str, country: str) -> list[str]:
    """The keys ``key`` has with the joining words of ``country``'s language.

    Parameters
    ----------
    key : str
        A lookup key (lower case, no accents) of several words.
    country : str
        The event's country (ISO alpha-2).

    Returns
    -------
    list of str
        Each key with one joining word of the other language replaced; empty when the
        country's names are neither Spanish nor Portuguese, or the key has no such word.

    Examples
    --------
    >>> connector_variants("santa elena do uairen", "VE")
    ['santa elena de uairen', 'santa elena del uairen']
    >>> connector_variants("porto quijarro", "BO")
    ['puerto quijarro']
    """
    if country in SPANISH_NAMED:
        pattern, table, first_words = _PORTUGUESE_WORD, _TO_SPANISH, _FIRST_WORD_TO_SPANISH
    elif country in PORTUGUESE_NAMED:
        pattern, table, first_words = _SPANISH_WORD, _TO_PORTUGUESE, _FIRST_WORD_TO_PORTUGUESE
    else:
        return []
    variants: list[str] = []
    first, _, rest = key.partition(" ")
    if first in first_words and rest:
        variants.append(f"{first_words[first]} {rest}")
    for match in pattern.finditer(key):
        for word in table[match.group(1)]:
            variants.append(f"{key[: match.start()]} {word} {key[match.end() :]}")
    return variants


# The first joining word of a name ("Melchor de Mencos", "Santa Rosa de Copán").
_FIRST_JOINING_WORD = re.compile(r" (?:de|del|do|da|dos|das) ")
#: Fewest letters a short form keeps: "Melchor" of Melchor de Mencos, not "San".
SHORT_FORM_LETTERS = 5


def short_form_key(key: str) -> str | None:
    """The words of a Spanish or Portuguese place name before its first joining word,
    which reports write alone ("in Melchor" for Melchor de Mencos), else None.

    >>> short_form_key("melchor de mencos")
    'melchor'
    >>> short_form_key("san jose") is None
    True
    """
    match = _FIRST_JOINING_WORD.search(key)
    if match is None:
        return None
    head = key[: match.start()]
    return head if len(head.replace(" ", "")) >= SHORT_FORM_LETTERS else None
