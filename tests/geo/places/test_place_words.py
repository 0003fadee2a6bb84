"""The word tables (demonyms, place words, border features, case endings) and their checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from bordermap.geo.errors import GeometryDataError
from bordermap.geo.places.inflection import languages_of, languages_of_hint, nominative_keys
from bordermap.geo.places.words import (
    load_border_features,
    load_country_words,
    load_inflections,
    load_place_words,
)

# Every ISO 3166-1 country with a land border or an inhabited territory of its own; the
# demonym table must cover all of them.
_SOVEREIGN_TEXT = (
    "AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ "
    "CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI "
    "FJ FM FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM "
    "JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG "
    "MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK "
    "PL PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ "
    "TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VN VU WS XK YE ZA ZM ZW"
)
SOVEREIGN = tuple(_SOVEREIGN_TEXT.split(" "))


def test_every_country_has_a_demonym() -> None:
    words = load_country_words()
    covered = {code for codes in words.demonyms.values() for code in codes}
    assert set(SOVEREIGN) - covered == set()
    assert len(covered) >= 240


@pytest.mark.parametrize(
    ("word", "codes"),
    [
        ("thai", {"TH"}),
        ("afghan", {"AF"}),
        ("u s", {"US"}),
        ("pak", {"PK"}),
        ("emirati", {"AE"}),
        ("congolese", {"CD", "CG"}),
    ],
)
def test_demonyms(word: str, codes: set[str]) -> None:
    assert load_country_words().codes(word) == codes


def test_place_words_have_every_role() -> None:
    words = load_place_words()
    assert "oblast" in words.region and "области" in words.region
    assert "rajone" in words.district and "powiat" in words.district
    assert "village" in words.settlement and "wieś" in words.settlement
    assert "granicy" in words.border and "robeža" in words.border
    assert "ties" in words.plain_prepositions["lt"]
    assert "каля" in words.near_prepositions["be"]


def test_border_features_table() -> None:
    features = load_border_features()
    assert features["durand line"].pairs == (("AF", "PK"),)
    assert features["bug river"].pairs == (("BY", "PL"), ("PL", "UA"))
    assert features["narva river"].generic and not features["evros"].generic


def test_inflection_languages() -> None:
    assert set(load_inflections()) == {
        *("ru", "uk", "be", "pl", "lt", "lv", "fi", "et", "bs", "cs", "hu", "bn", "el", "sq"),
        "ka",
        "ne",
        "hy",
        "tk",
        "gu",
        "da",
        "mn",
    }
    assert "da" in languages_of("Øresundsbroens") and "da" not in languages_of("Kalvariją")
    assert languages_of("სარფის") == ("ka",)
    assert languages_of("કચ્છના") == ("gu",)
    assert languages_of("Նորդուզի") == ("hy",)
    assert "hu" in languages_of("Győrben") and "cs" in languages_of("v Ostravě")
    assert languages_of("Витебской") == ("ru", "be", "uk")
    assert languages_of("Krāslavas") == ("lv",)
    assert "pl" in languages_of("białoruskiej")
    assert languages_of("Vitebsk") == ()
    # Mongolian is Cyrillic: tried only for an event in Mongolia, never from its letters.
    assert "mn" not in languages_of("Замын-Үүдийн")
    assert languages_of_hint(("MN",)) == ("mn",)
    # Greek letters are Greek whatever the event's country.
    assert languages_of("Κακαβιάς") == ("el",)


def test_languages_of_finds_each_cue_as_written_in_the_table() -> None:
    # languages_of searches each language's cues at once: the answer must stay that of
    # testing every cue as a substring of the lowered text, in the table's order, for
    # a cue of several letters too (Armenian "ու"), in any case, with other letters
    # around it and with the cues of two languages together.
    table = load_inflections()

    def cue_by_cue(text: str) -> tuple[str, ...]:
        lowered = text.lower()
        return tuple(
            code
            for code, language in table.items()
            if language.cues and any(cue in lowered for cue in language.cues)
        )

    cues = sorted({cue for language in table.values() for cue in language.cues})
    assert "ու" in cues
    texts = [f"{side}{cue}{side}" for cue in cues for side in ("", "x ", "Vitebsk ")]
    texts += [text.upper() for text in texts]
    texts += [f"{first} {second}" for first, second in zip(cues, reversed(cues), strict=True)]
    texts += ["", "Vitebsk", "na granicy"]
    for text in texts:
        if any(0x400 <= ord(c) <= 0x4FF for c in text):
            continue  # Cyrillic answers the East Slavic tables before any cue is read
        assert languages_of(text) == cue_by_cue(text), text


@pytest.mark.parametrize(
    ("key", "languages", "nominative"),
    [
        ("vitebskoy", ("ru",), "vitebskaya"),
        ("medininkais", ("lt",), "medininkai"),
        ("kraslavas", ("lv",), "kraslava"),
        ("bialoruskiej", ("pl",), "bialoruski"),
        ("vilniaus", ("lt",), "vilnius"),
        ("pskove", ("ru",), "pskov"),
        ("terespolu", ("pl",), "terespol"),
        ("lietuvos", ("lt",), "lietuva"),
    ],
)
def test_nominative_keys(key: str, languages: tuple[str, ...], nominative: str) -> None:
    assert nominative in [k for k, _ in nominative_keys(key, languages)]


def test_nominative_keys_never_return_the_key_or_a_too_short_stem() -> None:
    variants = [k for k, _ in nominative_keys("buga", ("ru", "pl"))]
    assert "buga" not in variants
    assert all(len(v) >= 3 for v in variants)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bad_demonym_code_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "d.toml", '[demonyms]\nThailand = ["Thai"]\n')
    with pytest.raises(GeometryDataError, match=r"demonyms\.Thailand: code must be ISO"):
        load_country_words(path)


def test_bad_feature_pair_is_named(tmp_path: Path) -> None:
    text = '[[feature]]\nkind = "river"\nnames = ["Narva River"]\npairs = ["EE-EE"]\n'
    with pytest.raises(GeometryDataError, match=r"feature #1\.pairs: 'EE-EE'"):
        load_border_features(_write(tmp_path, "f.toml", text))


def test_bad_feature_kind_is_named(tmp_path: Path) -> None:
    text = '[[feature]]\nkind = "canal"\nnames = ["X"]\npairs = ["EE-RU"]\n'
    with pytest.raises(GeometryDataError, match=r"feature #1: kind must be one of"):
        load_border_features(_write(tmp_path, "f.toml", text))


def test_a_feature_name_without_a_lookup_key_is_refused(tmp_path: Path) -> None:
    # "—" normalises to nothing: such a key would match every text without letters.
    text = '[[feature]]\nkind = "river"\nnames = ["Narva River", "—"]\npairs = ["EE-RU"]\n'
    with pytest.raises(GeometryDataError, match=r"feature #1\.names: '—' gives no lookup key"):
        load_border_features(_write(tmp_path, "f.toml", text))


def test_bad_inflection_rule_is_named(tmp_path: Path) -> None:
    text = '[ru]\ncountries = ["RU"]\ncues = []\nrules = [{ from = "", to = ["a"] }]\n'
    with pytest.raises(GeometryDataError, match=r"ru\.rules #1"):
        load_inflections(_write(tmp_path, "i.toml", text))


def test_place_words_need_every_section(tmp_path: Path) -> None:
    with pytest.raises(GeometryDataError, match=r"\[region\] needs exactly words"):
        load_place_words(_write(tmp_path, "w.toml", '[district]\nwords = ["district"]\n'))
