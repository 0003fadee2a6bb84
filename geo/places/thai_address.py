"""Thai address chains: "หมู่ 12 ต.บ้านเก่า อ.เมือง จ.กาญจนบุรี".

Thai reports place an event by an address chain, finest unit first: the village group
("หมู่"), the subdistrict ("ต." / "ตำบล"), the district ("อ." / "อำเภอ") and the province
("จ." / "จังหวัด").  The finest unit the data can draw is the district, and it is the
answer even where the text also names the border ("ชายแดนไทย–เมียนมา ด้าน... อ.เมือง
จ.กาญจนบุรี"): the province's stretch of the border can lie 100 km and more from it.

The capital district of a province is written "อ.เมือง" (the town district) with the
province after it; its own name joins the two ("อำเภอเมืองกาญจนบุรี").
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["district_of_the_chain", "districts_apart", "opens_with_a_checkpoint"]

# Both the composed "ำ" and the NFKC pair "ํา" the grammar meets.
_DISTRICT_WORD = r"(?:อ\.|อำเภอ|อําเภอ)"
_PROVINCE_WORD = r"(?:จ\.|จังหวัด)"
#: A district of the chain and the province after it.
_CHAIN = re.compile(
    rf"{_DISTRICT_WORD}\s*(?P<district>[^\s,.()]+)\s*,?\s*{_PROVINCE_WORD}\s*(?P<province>[^\s,.()]+)"
)
#: The capital district, "เมือง" (town) alone before its province.
_CAPITAL = "เมือง"


def _chain(text: str) -> re.Match[str] | None:
    return _CHAIN.search(unicodedata.normalize("NFC", text))


#: What makes the district the finest unit the text gives that the data can draw: a
#: finer unit before it (a subdistrict, a village group), or the border, whose stretch
#: in the province is all the text would otherwise be answered with.
_FINER_OR_BORDER = re.compile(r"(?:^|\s)(?:ต\.|ตำบล|ตําบล|หมู่)|ชายแดน|พรมแดน|ตะเข็บ")


def district_of_the_chain(text: str) -> str | None:
    """The district and province of an address chain in ``text`` as a text of their own
    ("อ.เมืองกาญจนบุรี จ.กาญจนบุรี"), or None when the text has no such chain, or names
    neither a finer unit nor the border ("ด้านอำเภอแม่สะเรียง จ.แม่ฮ่องสอน": the
    reading of the whole text stands).

    >>> district_of_the_chain("ชายแดน ด้านบ้านพุน้ำร้อน หมู่ 12 ต.บ้านเก่า อ.เมือง จ.กาญจนบุรี")
    'อ.เมืองกาญจนบุรี จ.กาญจนบุรี'
    """
    found = _chain(text)
    if found is None or not _FINER_OR_BORDER.search(unicodedata.normalize("NFC", text)):
        return None
    district = found["district"]
    if district == _CAPITAL:
        district += found["province"]
    return f"อ.{district} จ.{found['province']}"


#: "ด่าน" (a checkpoint) opening the text: "ด่านพรมแดนไทย-ลาว ด้านอำเภอเชียงแสน ...", the
#: border checkpoint on a district's side.  ("บ้านด่าน..." is a village's name.)
_CHECKPOINT_FIRST = re.compile(r"^\s*(?:จุดตรวจ\s*)?ด่าน")


def opens_with_a_checkpoint(text: str) -> bool:
    """Whether ``text`` begins with the Thai word for a checkpoint ("ด่านพรมแดน...").

    >>> opens_with_a_checkpoint("ด่านพรมแดนไทย-พม่า ด้าน อ.แม่สาย จ.เชียงราย")
    True
    >>> opens_with_a_checkpoint("ชายแดนไทย-พม่า ด้าน อ.แม่สาย จ.เชียงราย")
    False
    """
    return bool(_CHECKPOINT_FIRST.match(unicodedata.normalize("NFC", text)))


#: Two districts under one district word, joined by a dash: "อ.ภูสิงห์-ขุนหาญ".
_DISTRICT_PAIR = re.compile(
    rf"{_DISTRICT_WORD}\s*(?P<first>[^\s,.()\-–—]+)\s*[-–—]\s*(?:{_DISTRICT_WORD}\s*)?"
    r"(?P<second>[^\s,.()\-–—]+)"
)


def districts_apart(text: str) -> str | None:
    """``text`` with two districts joined by a dash under one district word written as
    two districts ("อ.ภูสิงห์ กับ อ.ขุนหาญ", Phu Sing and Khun Han), or None.

    >>> districts_apart("ด้านช่องโดนโป รอยต่อ อ.ภูสิงห์-ขุนหาญ")
    'ด้านช่องโดนโป รอยต่อ อ.ภูสิงห์ กับ อ.ขุนหาญ'
    """
    text = unicodedata.normalize("NFC", text)
    found = _DISTRICT_PAIR.search(text)
    if found is None:
        return None
    pair = f"อ.{found['first']} กับ อ.{found['second']}"
    return f"{text[: found.start()]}{pair}{text[found.end() :]}"
