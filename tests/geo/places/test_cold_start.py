"""What a one-phrase command compiles and imports: the cold start of ``bordermap geocode``.

Speed itself is measured in ``bench/bench_gazetteer.py``; these tests pin the reasons.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bordermap.geo.places import phrases

_BORDER_PATTERNS = (
    "pair_border",
    "between",
    "place_between",
    "border_of",
    "with_",
    "with_only",
    "of_with",
    "of_and",
    "owner_with",
    "owner_after",
    "compass_before",
    "compass_after",
    "compass_joined",
    "section",
    "word_first",
    "owner_border",
    "bare_border",
)


@pytest.fixture
def fresh_grammar():
    phrases._grammar.cache_clear()
    phrases._border_word_in.cache_clear()
    yield phrases._grammar()
    phrases._grammar.cache_clear()
    phrases._border_word_in.cache_clear()


@pytest.mark.parametrize("text", ["Vitebsk region", "the village of Piaski", "w Terespolu"])
def test_a_phrase_without_a_border_word_compiles_no_border_pattern(fresh_grammar, text):
    phrases.parse_place(text)
    compiled = [name for name in _BORDER_PATTERNS if getattr(fresh_grammar, name)._compiled]
    assert compiled == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the Latvia–Belarus border", "border"),
        ("na granicy polsko-białoruskiej", "border"),
        ("Finland's eastern border", "border"),
        ("Vitebsk region", "region"),
    ],
)
def test_the_readings_are_those_of_the_compiled_grammar(fresh_grammar, text, kind):
    assert phrases.parse_place(text).kind == kind


def test_border_word_is_looked_for_in_the_whole_text(fresh_grammar):
    assert fresh_grammar.has_border_word("near the BORDER with Russia")
    assert fresh_grammar.has_border_word("на границе с Россией")
    assert not fresh_grammar.has_border_word("Vitebsk region")


_PLACE_TEXTS = (
    "near the BORDER with Russia",
    "на границе с Россией",
    "na granicy polsko-białoruskiej",
    "the Latvia–Belarus border area",
    "Lietuvos valstybės sienos apsaugos tarnyba",
    "biên giới Việt Nam",
    "Vitebsk region",
    "the village of Piaski",
    "w Terespolu",
    "Dorohusk–Yahodyn region",
    "",
)


@pytest.mark.parametrize("text", _PLACE_TEXTS)
def test_the_border_gate_finds_a_border_word_where_the_border_pattern_does(fresh_grammar, text):
    # The gate groups the border words by first letter; it must agree with the whole
    # border pattern (optional words around the border word) on every text, any case.
    whole = re.compile(fresh_grammar.border_word, re.IGNORECASE)
    for variant in (text, text.upper(), text.lower(), text.title()):
        expected = whole.search(variant) is not None
        assert (fresh_grammar.border_gate.search(variant) is not None) is expected


def _listed(words) -> str:
    # The word table as a plain list of alternatives, in order: what the grouped
    # alternation must match exactly as.
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@pytest.mark.parametrize("table", ["border", "settlement", "region", "district"])
def test_the_grouped_alternation_matches_as_the_listed_words(fresh_grammar, table):
    words = getattr(fresh_grammar.words, table)
    grouped = re.compile(rf"(?P<w>{phrases._alternation(words)})(?P<after>\s+\w+)?", re.I)
    listed = re.compile(rf"(?P<w>{_listed(words)})(?P<after>\s+\w+)?", re.I)
    # Every word of the table in every case, alone and in a text; a few other texts.
    texts = [*_PLACE_TEXTS, "STRASSE", "ſettlement", "İlçe", "ılçe"]
    for word in words:
        texts += [word, word.upper(), word.title(), f"at the {word} of Narva"]
    for text in texts:
        for found, expected in (
            (grouped.match(text), listed.match(text)),
            (grouped.search(text), listed.search(text)),
        ):
            assert (found and (found.span(), found.groupdict())) == (
                expected and (expected.span(), expected.groupdict())
            ), text


def test_words_of_one_letter_in_several_cases_keep_their_order():
    # "Ab" is listed before "abc": grouped by exact first letter, "abc" would be tried
    # first and match more of "abc"; one letter to the engine, they share a group, in the
    # table's order.  So with the long s of "ſx" and the "s" of "sxy".
    words = ("ax", "Ab", "abc", "sq", "ſx", "sxy")
    pattern = re.compile(phrases._alternation(words), re.IGNORECASE)
    for text in ("abc", "ABC", "sxy", "SXY"):
        assert pattern.match(text).group() == _first_listed(words, text) == text[:2]
    assert re.compile(phrases._alternation(("", "x"))).search("abc") is not None


def _first_listed(words, text: str) -> str:
    return re.compile(_listed(words), re.IGNORECASE).match(text).group()


def test_a_command_without_a_terminal_does_not_import_the_progress_bar():
    code = (
        "import sys\n"
        "from bordermap.maps.commands.progress import ProgressBar, progress\n"
        "assert list(progress([1, 2], total=2, desc='x', quiet=False)) == [1, 2]\n"
        "with ProgressBar(desc='x', quiet=False) as bar:\n"
        "    bar.update_to(1, 2)\n"
        "assert 'tqdm' not in sys.modules, 'tqdm imported'\n"
    )
    # stderr is a pipe here, as for a command run by a script: no bar is drawn.
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
