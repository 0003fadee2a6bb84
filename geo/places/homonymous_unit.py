"""A place "of the municipality of the same name": the name is the unit's as well.

"en el sector de Caimanera, del municipio homónimo" says that Caimanera is the sector's
name and its municipality's; the words about the unit add no other name, and the
area word before the name ("el sector de") says no more than "in".  The text is read
as the bare name, which the resolver answers by its own rules (a town of the name, or
the admin-1 region holding the unit when no town bears it).
"""

from __future__ import annotations

import re

__all__ = ["name_of_the_homonymous_unit"]

#: "..., del municipio homónimo", "..., do município homônimo", "..., de la commune
#: homonyme", "..., del cantón del mismo nombre": the unit that bears the same name.
_OF_THE_SAME_NAMED_UNIT = re.compile(
    r"^(?P<head>\S.*?)\s*,?\s+(?:del|de\s+la|en\s+el|en\s+la|do|da|no|na|du|de\s+l['’])\s*"
    r"(?:municipio|município|distrito|cant[óo]n|canton|departamento|provincia|província|"
    r"concelho|commune|comuna|parroquia)\s+"
    r"(?:hom[óô]nim[oa]|homonyme|del\s+mismo\s+nombre|do\s+mesmo\s+nome|du\s+m[êe]me\s+nom)"
    r"\s*$",
    re.IGNORECASE,
)
#: The words before the name: a preposition, an article and a word for a part of a
#: town or unit ("en el sector de", "dans le quartier de", "no bairro de").
_AREA_BEFORE_NAME = re.compile(
    r"^(?:(?:en|in|à|a|em|no|na|dans)\s+)?"
    r"(?:(?:(?:el|la|le|l['’]|o|a)\s*)?"
    r"(?:sector|barrio|zona|área|localidad|poblado|pueblo|comunidad|reparto|caserío|"
    r"secteur|localité|quartier|village|bairro|setor|vila|povoado|localidade)\s+"
    r"(?:de\s+|del\s+|du\s+|do\s+|da\s+|d['’])?)?"
    r"(?P<name>\S.*)$",
    re.IGNORECASE,
)


def name_of_the_homonymous_unit(text: str) -> str | None:
    """The name of a text placed in "the municipality of the same name", or None.

    Parameters
    ----------
    text : str
        A place text as the report writes it.

    Returns
    -------
    str or None
        The name the place and its unit share ("Caimanera"), without the words about
        the unit and the area words before it; None when the text names no unit of the
        same name, or the name is not written with a capital.

    Examples
    --------
    >>> name_of_the_homonymous_unit("en el sector de Caimanera, del municipio homónimo")
    'Caimanera'
    >>> name_of_the_homonymous_unit("en el sector de Caimanera") is None
    True
    """
    unit = _OF_THE_SAME_NAMED_UNIT.match(" ".join(text.split()))
    if unit is None:
        return None
    named = _AREA_BEFORE_NAME.match(unit["head"].strip(" ,"))
    name = named["name"].strip(" ,") if named else ""
    return name if name[:1].isupper() else None
