"""Vietnam's provinces of 1 July 2025, which took in their neighbours, and provinces
carved out of an older one.

Resolution 202/2025/QH15 of the National Assembly (12 June 2025, in force 1 July 2025)
merged 52 of Vietnam's 63 provinces and cities into 23; each new province bears the name
of one of those it was made of.  The shipped outlines are older: "phường Hà Tiên (tỉnh
An Giang)" names a ward of the new An Giang that lies in the outline of Kiên Giang.  A
place the data lacks inside the old province of that name is looked up in the provinces
the name took in (:meth:`bordermap.geo.places.resolver.PlaceResolver.restricted`);
the name itself still answers its old outline, as reports before July 2025 mean it.
"""

from __future__ import annotations

__all__ = ["CARVED_FROM", "TOOK_IN", "provinces_carved_from", "provinces_taken_in"]

#: The ISO 3166-2 code of each old province whose name the new province bears → the codes
#: of the others merged into it, as Article 1 of Resolution 202/2025/QH15 lists them
#: (https://english.luatvietnam.vn/co-cau-to-chuc/resolution-202-2025-qh15-reorganization-of-provincial-level-administrative-divisions-402728-d1.html,
#: https://www.vietnam.vn/en/nghi-quyet-cua-quoc-hoi-ve-sap-xep-don-vi-hanh-chinh-cap-tinh).
#: Codes the shipped outlines lack (Đắk Lắk VN-33, Đồng Nai VN-39, Đồng Tháp VN-45,
#: Bắc Kạn VN-53, Hưng Yên VN-66) find no region and take nothing in.
TOOK_IN: dict[str, tuple[str, ...]] = {
    "VN-07": ("VN-03",),  # Tuyên Quang took in Hà Giang
    "VN-02": ("VN-06",),  # Lào Cai took in Yên Bái
    "VN-69": ("VN-53",),  # Thái Nguyên took in Bắc Kạn
    "VN-68": ("VN-70", "VN-14"),  # Phú Thọ took in Vĩnh Phúc and Hòa Bình
    "VN-56": ("VN-54",),  # Bắc Ninh took in Bắc Giang
    "VN-66": ("VN-20",),  # Hưng Yên took in Thái Bình
    "VN-HP": ("VN-61",),  # Hải Phòng took in Hải Dương
    "VN-18": ("VN-63", "VN-67"),  # Ninh Bình took in Hà Nam and Nam Định
    "VN-25": ("VN-24",),  # Quảng Trị took in Quảng Bình
    "VN-DN": ("VN-27",),  # Đà Nẵng took in Quảng Nam
    "VN-29": ("VN-28",),  # Quảng Ngãi took in Kon Tum
    "VN-30": ("VN-31",),  # Gia Lai took in Bình Định
    "VN-34": ("VN-36",),  # Khánh Hòa took in Ninh Thuận
    "VN-35": ("VN-72", "VN-40"),  # Lâm Đồng took in Đắk Nông and Bình Thuận
    "VN-33": ("VN-32",),  # Đắk Lắk took in Phú Yên
    "VN-SG": ("VN-43", "VN-57"),  # Hồ Chí Minh City took in Bà Rịa–Vũng Tàu, Bình Dương
    "VN-39": ("VN-58",),  # Đồng Nai took in Bình Phước
    "VN-37": ("VN-41",),  # Tây Ninh took in Long An
    "VN-CT": ("VN-52", "VN-73"),  # Cần Thơ took in Sóc Trăng and Hậu Giang
    "VN-49": ("VN-50", "VN-51"),  # Vĩnh Long took in Bến Tre and Trà Vinh
    "VN-45": ("VN-46",),  # Đồng Tháp took in Tiền Giang
    "VN-59": ("VN-55",),  # Cà Mau took in Bạc Liêu
    "VN-44": ("VN-47",),  # An Giang took in Kiên Giang
}


def provinces_taken_in(code: str | None) -> tuple[str, ...]:
    """The codes of the provinces the province ``code`` took in on 1 July 2025, if any.

    >>> provinces_taken_in("VN-44")
    ('VN-47',)
    >>> provinces_taken_in("VN-09")
    ()
    """
    return TOOK_IN.get(code or "", ())


#: The ISO 3166-2 code of a province carved out of an older one → the code of that one,
#: under which the data's units below admin-1 still file its districts: North Kalimantan
#: (``ID-KU``) was made of East Kalimantan's (``ID-KI``) northern regencies by Law 20/2012
#: (https://en.wikipedia.org/wiki/North_Kalimantan), so "Kabupaten Nunukan, Kalimantan
#: Utara" names a regency the data files in ``ID-KI``.
CARVED_FROM: dict[str, tuple[str, ...]] = {
    "ID-KU": ("ID-KI",),
}


def provinces_carved_from(code: str | None) -> tuple[str, ...]:
    """The codes of the older provinces the province ``code`` was carved out of, if any.

    >>> provinces_carved_from("ID-KU")
    ('ID-KI',)
    >>> provinces_carved_from("ID-KI")
    ()
    """
    return CARVED_FROM.get(code or "", ())
