"""Chinese and Japanese place texts parted into words.

Chinese and Japanese write no spaces: "马德望省" is Battambang (马德望) and its word for a
province (省), "格罗德诺州别拉斯塔维茨基区" a region (州) then a district (区) in it, and
"位于马德望省的…" puts "located in" (位于) and "of" (的) between them.  As one word such
a text names nothing the gazetteer knows, though GeoNames gives many places a Chinese or
Japanese name.  :func:`cjk_words_apart` parts these runs at their unit and joining words,
so the caseless reading (:mod:`bordermap.geo.places.text_runs`) meets each name with its
unit word beside it, as it reads Korean and Thai.

Only the words parted here are needed: what a unit word means (region, district) is
in ``data/gazetteer/place_words.toml`` under ``[other_scripts]``.
"""

from __future__ import annotations

import re

__all__ = [
    "NEIGHBOUR_NAMES",
    "cjk_words_apart",
    "han_number",
    "has_cjk_run",
    "is_cjk_bearing",
    "is_one_cjk_character",
]

#: Han ideographs, the kana and the katakana long vowel mark and middle dot.
_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")

#: Unit words written after a name, longest first: Chinese "自治区" (autonomous region),
#: "地区" (region, area), "省" (province), "州" (oblast, state), "邦" (a Myanmar or Indian
#: state: "克伦邦妙瓦底", Karen State's Myawaddy), "区" (district), "县"
#: (county), "市" (city), "镇" (town), "乡" (township), "村" (village); Japanese "県"
#: (prefecture), "郡" (district), "地方" (region).
UNIT_WORDS = (
    "自治区",
    "自治州",
    "地区",
    "地方",
    "省",
    "州",
    "邦",
    "県",
    "区",
    "县",
    "郡",
    "市",
    "镇",
    "乡",
    "村",
)
#: "口岸" (a border port) before more words: "芒街口岸北仑河二桥", the Mong Cai port's
#: second Beilun bridge, names the port first.  At the end of a run the port's name is
#: read whole, as before ("柬泰国际口岸").
_PORT_WORD = "口岸"

#: Words joining names: "位于" (located in), "整个" (the whole: "整個拉普蘭地區", the whole
#: Lapland region), "的" (of), Japanese "の" (of) and "に架かる" (spanning: "タチラ川に架かる
#: シモン・ボリバル橋", the Simón Bolívar bridge over the Táchira), "等" (and others),
#: and the words for a border.  "的" and "の" also begin names ("的黎波里",
#: Tripoli), so they part a run only after a name or a word parted before them.
#: A way's words open a run too: "經" and "途經" (via, by way of: "經中朝友誼橋", over the
#: Sino-Korean Friendship Bridge), "經由", "通過" (through), in both sets of characters;
#: longest first, so "經由" is not read as "經" and a name beginning "由".
_OPENING_WORDS = (
    "位于", "位於", "整个", "整個", "途經", "途经", "經由", "经由", "通過", "通过", "經", "经",
)  # fmt: skip
#: "边境" and "边界" (border), "国境" (border, Japanese and Chinese), "邊境" in
#: traditional characters: "克什米尔边境锡亚尔科特地区" (the Kashmir border, Sialkot
#: district) joins the border's name to the place; and "城镇" (town) before a town's
#: name ("边境城镇姐告", the border town Jiegao).
_JOINING_WORDS = (
    "的", "の", "等", "边境", "邊境", "边界", "邊界", "国境", "に架かる", "城镇", "城鎮",
    *(
        # Words of where about a place, after its name: "歯舞群島周辺" (around the
        # Habomai Islands), "与那国島西側" (west of Yonaguni), "附近" (near), "海域"
        # (the waters of).  At the head of a run they stay part of the name.  Not
        # "北方" (north of), a town's name in Gifu, nor "近海", a Chinese town's.
        "周辺", "付近", "附近", "沖合", "西側", "東側", "南側", "北側", "水域", "海域", "一帯",
        "一带",
        # Japanese "から" (from) after the place a distance is measured from: "宗谷岬から
        # 約63㌔東" (some 63 km east of Cape Sōya).
        "から",
    ),
)  # fmt: skip

#: A bearing closing a Chinese or Japanese run after a name: "翟山南方" (south of Zhaishan),
#: "金門東南方" (south-east of Kinmen), "X以北" (north of X).  Parted only at the run's end,
#: as "北方" is also a town in Gifu and "河南方城" (Henan's Fangcheng) runs a bearing's
#: characters across two names.  Longest first, so "東南方" is not read as "東" and "南方".
_CLOSING_BEARINGS = tuple(
    sorted(
        (
            *(f"{a}{b}方" for a in "東西东" for b in "南北"),
            *(f"{a}方" for a in "東西南北东"),
            *(f"以{a}" for a in "東西南北东"),
        ),
        key=len,
        reverse=True,
    )
)

#: A name before a unit word has this many characters at least: "广州" (Guangzhou) and
#: "杭州" are one name, not "广" and its 州.
_MIN_NAME = 2


def is_one_cjk_character(text: str) -> bool:
    """Whether ``text`` is a single Chinese or Japanese character.

    Inside a longer text such a character is a word of direction, grammar or an
    abbreviation ("東", east; "沖", off the coast; "北", north), though GeoNames gives a
    few villages and wards one as a variant (Higashi, Okinawa; Kita, Tokyo): never a
    place's name read there.
    """
    return len(text) == 1 and _CJK_RUN.fullmatch(text) is not None


def is_cjk_bearing(text: str) -> bool:
    """Whether ``text`` is a bearing a Chinese or Japanese run closes with ("北方", north
    of; "東南方"; "以南"): once parted from its name it is a word of direction, never
    the place (Kitagata, Gifu, is "北方" too)."""
    return text in _CLOSING_BEARINGS


def has_cjk_run(text: str) -> bool:
    """Whether ``text`` holds a run of Chinese or Japanese characters long enough to part."""
    return any(len(run) > _MIN_NAME for run in _CJK_RUN.findall(text))


#: A country's short Chinese name before a place: one character and "国" (country),
#: "泰国湄索" (Thailand's Mae Sot); traditional "國" too.
_COUNTRY_WORDS = ("国", "國")


#: Chinese names of China's neighbours (and of Cambodia, on the Mekong ports' news) that
#: begin no other name, written before a place of theirs: "越南广宁省" (Vietnam's Quảng
#: Ninh province), "缅甸掸邦", "巴基斯坦苏斯特口岸" (Pakistan's Sost port), "柬埔寨马德望
#: 省"; simplified and traditional.  Not "印度" (India), which begins "印度尼西亚"
#: (Indonesia) and "印度洋" (the Indian Ocean), nor "蒙古", which begins "蒙古族".
NEIGHBOUR_NAMES = (
    "越南", "缅甸", "緬甸", "老挝", "寮國", "朝鲜", "朝鮮", "俄罗斯", "俄羅斯", "巴基斯坦",
    "阿富汗", "塔吉克斯坦", "吉尔吉斯斯坦", "吉爾吉斯斯坦", "哈萨克斯坦", "哈薩克斯坦",
    "尼泊尔", "尼泊爾", "不丹", "柬埔寨",
)  # fmt: skip


#: Chinese digits, and the multipliers of "二十" (twenty) and "三百" (three hundred).
_HAN_DIGITS = {
    "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9,
}  # fmt: skip
_HAN_MULTIPLIERS = {"十": 10, "百": 100, "千": 1000}


def han_number(written: str) -> int | None:
    """The value of a number written in Chinese characters or digits, or None.

    >>> han_number("二十"), han_number("十五"), han_number("三百五十"), han_number("20")
    (20, 15, 350, 20)
    """
    if written.isdigit():
        return int(written)
    total = digit = 0
    for char in written:
        if char in _HAN_DIGITS:
            digit = _HAN_DIGITS[char]
        elif char in _HAN_MULTIPLIERS:
            # "十五": a multiplier with no digit before it counts one of itself.
            total += (digit or 1) * _HAN_MULTIPLIERS[char]
            digit = 0
        else:
            return None
    return total + digit or None


def _neighbour_at(run: str, at: int) -> str:
    """The neighbour's name beginning at ``at`` before a name, else "" ("朝鲜族" is the
    Korean nationality, not North Korea)."""
    for country in NEIGHBOUR_NAMES:
        end = at + len(country)
        if run.startswith(country, at) and len(run) - end >= _MIN_NAME and run[end] != "族":
            return country
    return ""


def _parted(run: str) -> str:
    words: list[str] = []
    name = ""
    at = 0
    if len(run) >= 2 + _MIN_NAME and run[1] in _COUNTRY_WORDS:
        # "泰國湄索": Thailand, then Mae Sot; the country word is parted off the name.
        words.append(run[:2])
        at = 2
    while at < len(run):
        country = "" if name else _neighbour_at(run, at)
        if country:
            words.append(country)
            at += len(country)
            continue
        opening = next((w for w in _OPENING_WORDS if run.startswith(w, at)), None)
        joining = next((w for w in _JOINING_WORDS if run.startswith(w, at)), None)
        closing = next((w for w in _CLOSING_BEARINGS if run[at:] == w), None)
        unit = next((w for w in UNIT_WORDS if run.startswith(w, at)), None)
        if unit is None and run.startswith(_PORT_WORD, at) and at + len(_PORT_WORD) < len(run):
            unit = _PORT_WORD
        if opening and not name:
            words.append(opening)
            at += len(opening)
        elif joining and (len(name) >= _MIN_NAME or (words and not name)) and at + 1 < len(run):
            words += [name, joining]
            name = ""
            at += len(joining)
        elif closing and len(name) >= _MIN_NAME:
            words += [name, closing]
            name = ""
            at += len(closing)
        elif unit and len(name) >= _MIN_NAME:
            words += [name, unit]
            name = ""
            at += len(unit)
        else:
            name += run[at]
            at += 1
    words.append(name)
    return " ".join(word for word in words if word)


def cjk_words_apart(text: str) -> str:
    """``text`` with its Chinese and Japanese runs parted at unit and joining words.

    Parameters
    ----------
    text : str
        A place text as a report writes it.

    Returns
    -------
    str
        The text with spaces around the words parted; other text as written.

    Examples
    --------
    >>> cjk_words_apart("格罗德诺州别拉斯塔维茨基区")
    '格罗德诺 州 别拉斯塔维茨基 区'
    >>> cjk_words_apart("位于马德望省的柬泰国际口岸")
    '位于 马德望 省 的 柬泰国际口岸'
    >>> cjk_words_apart("广州")
    '广州'
    """
    parted = _CJK_RUN.sub(lambda run: f" {_parted(run.group())} ", text)
    return re.sub(r"\s+", " ", parted).strip()
