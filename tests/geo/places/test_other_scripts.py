"""Place names in the scripts the keys keep as written: Arabic, Persian, Devanagari,
Georgian, Armenian, Thai, CJK (issue 11: reports in the languages of the border).

Before, every letter of these scripts was dropped from the lookup keys, so a report
in Arabic or Hindi could never meet GeoNames' own names for the place.
"""

from __future__ import annotations

import pytest

from bordermap.geo.places.geocoder import geocode_place
from bordermap.geo.places.names import normalise
from scripts.build_gazetteer import _alternate_ok


def test_keys_keep_letters_of_other_scripts_and_fold_latin_as_before() -> None:
    assert normalise("تورخم") == "تورخم"
    assert normalise("रक्सौल। बीरगंज") == normalise("रक्सौल बीरगंज")  # the danda splits
    assert normalise("تورخم، افغانستان") == "تورخم افغانستان"  # so does the Arabic comma
    assert normalise("ب\u0640ل\u0640دة") == normalise("بلدة")  # the tatweel is no letter
    assert normalise("Łódź") == "lodz"
    assert normalise("Tromsø") == "tromso"
    assert normalise("Витебск") == "vitebsk"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("تورخم", None, "Torkham"),
        ("თბილისი", None, "Tbilisi"),
        ("Երևան", None, "Yerevan"),
        ("แม่สาย", None, "Mae Sai"),
        # Crossing words of Persian and Hindi around a known name.
        ("گذرگاه مرزی آستارا", "IR", "Astara"),
        ("پایانه مرزی آستارا", "IR", "Astara"),
        ("रक्सौल बॉर्डर", "IN", "Raxaul–Birgunj"),
        ("मोतिहारी के रक्सौल बॉर्डर", "IN", "Raxaul–Birgunj"),
    ],
)
def test_names_and_crossings_written_in_their_own_script(text, country, name) -> None:
    result = geocode_place(text, country=country)
    assert (result.status, result.name) == ("resolved", name)


def test_a_border_word_before_a_country_is_no_crossing() -> None:
    # "مرز ایران" is Iran's border, never a crossing or a town named like the country.
    result = geocode_place("مرز ایران", country="IR")
    assert result.precision not in ("exact", "settlement", "near")


def test_the_build_keeps_caseless_scripts_and_refuses_mixed_or_romanised_names() -> None:
    assert _alternate_ok("თბილისი")  # Georgian has no capitals to show
    assert _alternate_ok("तबिलिसी")
    assert _alternate_ok("Тбилиси")
    assert not _alternate_ok("tbilisi")  # a machine romanisation, in lower case
    assert not _alternate_ok("Tbilisiთბილისი")  # two scripts at once
