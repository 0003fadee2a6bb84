"""A border's named stretch the sentence gives as the place (session 36, round 36u).

Once the resolver knew stretches by their own names ("Ras Doumeira", "the Bay of
Algeciras"), they ranked as a border, coarser than an alias kept as written or a town
the sentence names only to say where the stretch lies.  Sentences written for the test.
"""

from bordermap.geo.extraction import extract_events, report_from_text
from bordermap.geo.extraction.events import _named_stretch
from bordermap.geo.extraction.places import find_places


def _places(body: str) -> list[tuple[str, str]]:
    report = report_from_text(f"Published: 2022-05-10\n\nTitle\n\n{body}\n")
    return [(e.place, e.date) for e in extract_events(report, id_prefix="t").events]


def test_an_alias_does_not_outrank_the_stretch_it_names_again():
    assert _places(
        "Eritrean troops shelled Djiboutian posts on 3 May in the Ras Doumeira area, "
        "a headland also known as Mount Sirako, the army said."
    ) == [("Ras Doumeira", "2022-05-03")]


def test_an_alias_of_a_stretch_locally_called_by_another_name():
    assert _places(
        "Sudanese farmers were attacked on 4 May in al-Fashaga, a plain locally called "
        "Tirkan Valley, the army said."
    ) == [("al-Fashaga", "2022-05-04")]


def test_a_town_locating_the_stretch_does_not_replace_it():
    assert _places(
        "Eritrean troops shelled Djiboutian posts on 3 May in Ras Doumeira, a few "
        "kilometres north of Moulhoule, the army said."
    ) == [("Ras Doumeira", "2022-05-03")]


def test_a_stretch_by_its_own_name_is_named_and_the_border_is_not():
    sentence = "Gibraltar laid buoys in the Bay of Algeciras on 2 May."
    bay = next(f for f in find_places(sentence, hints=("ES", "GI")) if "Bay" in f.text)
    assert _named_stretch(bay.text, bay.precision, bay.result.name or "")
    assert not _named_stretch(
        "the border", "border", "Spain–Gibraltar border (Bahía de Algeciras)"
    )
    assert not _named_stretch("the Spain–Gibraltar border", "border", "Spain–Gibraltar border")
