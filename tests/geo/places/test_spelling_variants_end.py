"""Session 43: two spellings of a name that undo each other are not tried forever.

"白山" with the city word is "白山市", and "白山市" without it "白山": read inside a Korean
text glossed in Han characters, the two were tried in turn until Python's recursion
limit (a RecursionError, which ended a whole run of the place sets at blind92).
"""

from bordermap.geo.places.geocoder import geocode_place


def test_a_han_gloss_in_a_korean_address_ends() -> None:
    result = geocode_place("吉林 성 바이산(白山) 시 창바이(長白)조선족자치현에서", country="CN")
    assert result.status in ("resolved", "ambiguous", "unresolved")
    assert result.country in (None, "CN")
