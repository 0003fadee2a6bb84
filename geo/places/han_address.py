"""Chinese place texts: traditional characters and address chains of unit words.

Chinese reports name a place by a chain of units joined without spaces, coarsest first,
each name followed by its unit word: "云南德宏州瑞丽市" (Yunnan, Dehong prefecture,
Ruili city), "镇康县南伞镇" (Zhenkang county, Nansan town), often after words that are
no name ("与之相邻的", adjacent to it; "中国境内", inside China) and written in
traditional characters in Taiwan, Hong Kong and overseas ("鎮康縣南傘鎮").  The
gazetteer keeps GeoNames' names, which are in simplified characters.

:func:`han_chain_readings` gives the units of such a chain, finest first, each as a
text the resolver reads: a town ("镇", "乡", "村") by its bare name, a county ("县") as
"X County" (answered by the region holding its namesake town, never the town), a city
("市") by its name, except a city under a prefecture ("德宏州瑞丽市"), which is a
county-level city, a unit, read as a county.  Prefectures are skipped (the data has
no Chinese names for them); a province whose "省" is left out before the first unit
("云南瑞丽市") is read last of all, with its word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import bordermap.data

__all__ = ["han_chain_readings", "simplified"]

#: Traditional characters and their simplified forms, one to one (OpenCC's
#: TSCharacters, first form of each).
SIMPLIFIED_FILE = Path(bordermap.data.__file__).parent / "gazetteer" / "han_simplified.tsv"

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_ONLY_HAN = re.compile(rf"^[{_HAN}]+$")
#: Words before or between the units that name no place: "的" (of), "境内" (inside),
#: "与之相邻" (adjacent to it).
_NOT_A_NAME = re.compile(r"的|境内|与之相邻|相邻")
#: A unit: its name (at least two characters) and its unit word.  "小镇" (small town)
#: is a town; "自治州" (autonomous prefecture) and "地区" (prefecture) are prefectures.
#: Japanese "県" (prefecture) heads a chain as a province does ("秋田県由利本荘市").
#: "旗" (banner) is Inner Mongolia's county ("额济纳旗", Ejin Banner).
_UNIT = re.compile(
    rf"(?P<name>[{_HAN}]{{2,}}?)(?P<unit>自治州|地区|小镇|省|州|市|县|旗|県|镇|乡|村)"
)
#: A Japanese prefecture opening a chain: a "県" prefecture, Hokkaidō (道), Tokyo (都),
#: Osaka and Kyoto (府).  Japanese names keep their own characters ("対馬", not "対马").
_JAPANESE_PREFECTURE = re.compile(rf"^(?:[{_HAN}]{{2,3}}?県|北海道|東京都|大阪府|京都府)(?=.)")
#: A unit after a Japanese prefecture: a city, town, village, district or ward.
_JAPANESE_UNIT = re.compile(rf"(?P<name>[{_HAN}]{{2,}}?)(?P<unit>市|町|村|郡|区)")
#: Japanese "沖" (off the coast of), "沖合(い)" (offshore) closing a chain: the place is
#: at sea, off the last unit's land.
_OFFSHORE = re.compile(r"(?:沖|沖合い?)(?:で|の海域)?$")
#: "市中心" (city centre) is the city.
_CITY_CENTRE = re.compile(r"市中心$")
_TOWN_WORDS = ("小镇", "镇", "乡", "村")
#: A first unit's name this long may begin with a province's two-character name.
_PROVINCE_AND_NAME = 4
_PREFECTURE_WORDS = ("自治州", "地区", "州")
#: Provinces and autonomous regions of three characters, written before a first unit
#: as the two-character ones are ("内蒙古额济纳旗"); the others' names have two.
_THREE_CHARACTER_PROVINCES = ("内蒙古", "黑龙江")
#: Of these, the one that is no "省" (province) but an autonomous region, read bare.
_WITHOUT_PROVINCE_WORD = ("内蒙古",)


@lru_cache(maxsize=1)
def _table(path: Path = SIMPLIFIED_FILE) -> dict[int, str]:
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return {ord(row[0]): row[2] for row in rows if len(row) == 3 and row[1] == "\t"}


def simplified(text: str) -> str:
    """``text`` with each traditional Chinese character in its simplified form.

    >>> simplified("鎮康縣南傘鎮")
    '镇康县南伞镇'
    """
    return text.translate(_table())


def han_chain_readings(text: str) -> list[str]:
    """The units of a Chinese address chain in ``text``, finest first, as texts to read.

    Parameters
    ----------
    text : str
        A place text in Chinese characters only.

    Returns
    -------
    list of str
        The whole text in simplified characters first, when it had traditional ones;
        empty when ``text`` is not all Chinese characters or has neither.

    >>> han_chain_readings("鎮康縣南傘鎮")
    ['镇康县南伞镇', '南伞', '镇康 County']
    >>> han_chain_readings("瑞麗")
    ['瑞丽']
    """
    japanese = _JAPANESE_PREFECTURE.match(text.strip())
    if japanese is not None and _ONLY_HAN.match(text.strip()):
        # "長崎県対馬市", "北海道稚内市": the units after the prefecture, in the text's
        # own characters, then the prefecture itself, coarsest.
        rest = text.strip()[japanese.end() :]
        if _OFFSHORE.search(rest):
            # "長崎県対馬市三島灯台沖": a sea spot off a place of the city, outside the
            # city's land; only the prefecture the chain opens with holds it.
            return [japanese[0]]
        names = [unit["name"] for unit in _JAPANESE_UNIT.finditer(rest)]
        return [*names[::-1], japanese[0]]
    plain = simplified(text.strip())
    if not _ONLY_HAN.match(plain):
        return []
    chain = _CITY_CENTRE.sub("市", plain)
    readings: list[str] = []
    under_prefecture = False
    units = [unit for part in _NOT_A_NAME.split(chain) for unit in _UNIT.finditer(part)]
    # Only a text that is all units ends with its finest ("云南边境城镇姐告" goes on to
    # the name of Jiegao, read otherwise): the province stands for it only then.
    all_units = "".join(unit[0] for unit in units) == _NOT_A_NAME.sub("", chain)
    for at, unit in enumerate(units):
        name, word = unit["name"], unit["unit"]
        names = [name]
        if at == 0 and len(name) >= _PROVINCE_AND_NAME:
            # "云南临沧市": the province's name without its "省" runs into the first
            # unit's; its two characters are tried off too (coarsest first, as reversed),
            # and last the province itself, with its word, should no unit be known.
            cut = 3 if name.startswith(_THREE_CHARACTER_PROVINCES) else 2
            names = [name[cut:], name]
            if all_units:
                province = name[:cut]
                readings.append(
                    province if province in _WITHOUT_PROVINCE_WORD else f"{province}省"
                )
        if word == "県":
            # "秋田県由利本荘市": the prefecture, coarsest, when units follow it; its city
            # (a town's name, not a county's) is read as "市" alone is.
            if at < len(units) - 1:
                readings.append(f"{name}県")
            continue
        if word in _TOWN_WORDS:
            readings += names
        elif word == "县" or (word == "市" and under_prefecture):
            readings += [f"{n} County" for n in names]
        elif word == "旗":
            # The data names banners with their word ("额济纳旗", the seat Dalain Hob):
            # read as a county, answered by the region holding that namesake.
            readings += [f"{n}旗 County" for n in names]
        elif word == "市" and at < len(units) - 1:
            # A city with finer units after it ("临沧市大水桑村") is the unit around them,
            # a prefecture-level city of thousands of km², never its seat's point.
            for n in names:
                readings += [f"{n} County", f"{n}市 prefecture-level city"]
        elif word == "市":
            readings += names
        under_prefecture = under_prefecture or word in _PREFECTURE_WORDS
    whole = [plain] if plain != text.strip() else []
    return whole + readings[::-1]
