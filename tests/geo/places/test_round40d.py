"""Session 40, round40d: blind86's unresolved names written otherwise than GeoNames writes
them — a Hindi pair of names joined by a dash that GeoNames joins by "and", a compound
name of Arabic letters written apart; a border named by its countries over a region."""

from __future__ import annotations

from bordermap.geo.places.arabic_letters import other_spellings
from bordermap.geo.places.geocoder import geocode_place


def test_a_hindi_pair_of_names_is_the_unit_and_joins():
    # "जम्मू-कश्मीर" is GeoNames' "जम्मू और कश्मीर"; the unknown Akhnoor sector in it is
    # answered by the territory.
    found = geocode_place("जम्मू-कश्मीर", country="IN")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "region", "IN-JK")
    found = geocode_place("जम्मू-कश्मीर के अखनूर सेक्टर में", country="IN")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "region", "IN-JK")


def test_a_name_of_two_arabic_words_is_looked_up_joined():
    # GeoNames writes Khyber Pakhtunkhwa "خیبرپختونخوا"; an Urdu report writes it apart.
    assert "خیبرپختونخوا" in other_spellings("خیبر پختونخوا")
    found = geocode_place("خیبر پختونخوا کے ضلع خیبر کے علاقے راجگال میں", country="PK")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "region", "PK-KP")


def test_a_short_arabic_word_is_never_joined_to_a_name():
    # "پر" (on) beside a name is a particle, not half of the name.
    assert all(" " in spelling for spelling in other_spellings("خیبر پر"))


def test_a_border_named_by_its_countries_outranks_a_region_read_inside():
    # "a check post near the Afghan border in Khyber Pakhtunkhwa's Bajaur": the border,
    # not the province the text opens with (whose outline leaves out the former FATA).
    found = geocode_place(
        "صوبہ خیبرپختونخوا کے علاقے باجوڑ میں افغان سرحد کے قریب ایک چیک پوسٹ", country="PK"
    )
    assert (found.status, found.precision) == ("resolved", "border")
    # A region that owns nothing in the text is the finest place named: it stays.
    found = geocode_place("في منطقة كلّس الحدودية مع سوريا", country="TR")
    assert (found.status, found.precision, found.admin1_code) == ("resolved", "region", "TR-79")
