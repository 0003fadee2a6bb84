"""Place round 37i: a crossing the table holds, named "in" the unit it lies at.

- A crossing is filed under no region, and its point (often the other side's town) may
  fall just outside the unit's outline.  A text that calls the place a pass or a border
  place ("the Khunjerab pass", "la frontera La Hachadura") and names the unit around it
  means the crossing, when the unit holds nothing of the name: the crossing answers, not
  the unit.  One of the name far from the unit is not taken, nor a bare village name.
- "The Thai-Myanmar border checkpoint in ... Mae Sot district": a crossing named only by
  its two countries, in a district drawn as a circle at its seat, is the one crossing of
  the pair the district holds; a region, which holds posts the table lacks, answers.
- A crossing named inside the words before a district ("Ban Khlong Leuk border
  checkpoint and the nearby Rong Kleu market in ... Aranyaprathet district"), which the
  district's circle holds, is the crossing when the words call it one; without such a
  word ("the Zokhawthar areas of ... Champhai district") the district still answers.
- A Thai address chain opening with a checkpoint ("ด่านพรมแดนไทย-ลาว ด้านอำเภอเชียงแสน
  จังหวัดเชียงราย", the Thai-Lao border checkpoint on the Chiang Saen district side) is
  the one crossing of that border the chain's district holds; the border alone
  ("ชายแดน...") still gives the district.
- "the Tan Thanh Border Gate": English for Vietnamese "cửa khẩu Tân Thanh", the form
  the table lists where the bare name is also a namesake's (Tân Thạnh, Long An).
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrases (events11, blind29, events8): before, the unit, coarser.
        ("The Khunjerab pass in Gilgit-Baltistan", "PK", "Khunjerab Pass"),
        ("la frontera La Hachadura, en Ahuachapán", "SV", "Pedro de Alvarado–La Hachadura"),
        ("the Tan Thanh Border Gate in Lang Son province", "VN", "Tan Thanh–Po Chai"),
        # Our own: the gate alone, and the other side's unit holds the pass too.
        ("the Tan Thanh Border Gate", "VN", "Tan Thanh–Po Chai"),
        ("The Khunjerab pass in Xinjiang", "CN", "Khunjerab Pass"),
    ],
)
def test_a_crossing_named_in_the_unit_at_its_edge(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name
    assert result.precision == "exact"


@pytest.mark.parametrize(
    ("text", "country", "unit"),
    [
        # Our own: the crossing of the name lies far from these units (another
        # department of the same border, a province away from the pass).
        ("la frontera La Hachadura, en Sonsonate", "SV", "Sonsonate"),
        ("The Khunjerab pass in Punjab", "PK", "Punjab"),
        ("the Tan Thanh Border Gate in Cao Bang province", "VN", "Cao Bằng"),
        # Without a pass or border word, the name is a village the unit holds.
        ("village Attari in Amritsar district", "IN", "Amritsar"),
        ("Khunjerab in Gilgit-Baltistan", "PK", "Northern Areas"),
    ],
)
def test_a_crossing_far_from_the_unit_or_not_called_one_is_not_taken(text, country, unit):
    result = geocode_place(text, country=country)
    assert result.precision in ("region", "district")
    assert result.name == unit


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # Field phrase (blind30): before, the district, coarser.
        (
            "The Thai-Myanmar border checkpoint in Tak province’s Mae Sot district",
            "TH",
            "Mae Sot–Myawaddy",
        ),
        # Our own: another pair, another district.
        ("the Thai-Lao border checkpoint in Chiang Saen district", "TH", "Chiang Saen–Ton Pheung"),
    ],
)
def test_the_pairs_one_crossing_in_a_district(text, country, name):
    result = geocode_place(text, country=country)
    assert result.status == "resolved"
    assert result.name == name


def test_a_pairs_crossing_in_a_region_is_not_guessed():
    result = geocode_place("The Thai-Myanmar border checkpoint in Tak province", country="TH")
    assert result.precision == "region"


def test_a_crossing_the_words_name_inside_a_districts_circle():
    # Field phrase (blind37 kh-th-an003): before, the district, coarser.
    result = geocode_place(
        "Ban Khlong Leuk border checkpoint and the nearby Rong Kleu market in Sa Kaew's "
        "Aranyaprathet district",
        country="TH",
    )
    assert result.status == "resolved"
    assert result.name == "Poipet–Aranyaprathet"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Field phrases (blind46 la-th-aw001, blind77 mm-th-cd006): before, the district.
        ("ด่านพรมแดนไทย-ลาว ด้านอำเภอเชียงแสน จังหวัดเชียงราย", "Chiang Saen–Ton Pheung"),
        ("ด่านพรมแดนไทย-พม่า ด้าน อ.แม่สาย จ.เชียงราย", "Mae Sai–Tachileik"),
    ],
)
def test_a_thai_chain_opening_with_a_checkpoint(text, name):
    result = geocode_place(text, country="TH")
    assert result.status == "resolved"
    assert result.name == name


def test_a_thai_chain_naming_only_the_border_gives_the_district():
    # Our own: the border ("ชายแดน"), not a checkpoint, on the district's side.
    result = geocode_place("ชายแดนไทย-พม่า ด้าน อ.แม่สาย จ.เชียงราย", country="TH")
    assert result.precision == "district"
