"""An Arabic text closed by the adjective of the event's country, read without it.

Arabic puts a country's adjective after the noun, with the article: "منطقة قامبيلا
الأثيوبية" (the Ethiopian region of Gambela), "ولاية كسلا السودانية".  The grammar
reads some such texts whole and finds nothing, though the adjective only says what the
event's country already does.  A text that found nothing and whose last word is an
Arabic adjective ("ال…") of one of the event's countries is read again without it; the
new answer is kept only when it lies in that country, so an adjective of another
country ("منطقة X السودانية" in an Ethiopian event) never moves the place.
"""

from __future__ import annotations

from bordermap.geo.places.names import normalise
from bordermap.geo.places.words import load_country_words

__all__ = ["without_the_event_country_adjective"]

#: The Arabic article, which every such adjective opens with.
_ARTICLE = "ال"


def without_the_event_country_adjective(
    text: str, hint: tuple[str, ...]
) -> tuple[str, frozenset[str]] | None:
    """``text`` without a closing Arabic adjective of an event's country, or None.

    Parameters
    ----------
    text : str
        The place text as written ("منطقة قامبيلا الأثيوبية").
    hint : tuple of str
        The event's countries.

    Returns
    -------
    (str, frozenset of str) or None
        The text before the adjective and the event's countries the adjective names;
        None when the last word is not such an adjective or nothing precedes it.
    """
    words = text.split()
    if len(words) < 2 or not words[-1].startswith(_ARTICLE):
        return None
    named = load_country_words().demonyms.get(normalise(words[-1]), frozenset())
    own = named & frozenset(hint)
    if not own:
        return None
    return " ".join(words[:-1]), own
